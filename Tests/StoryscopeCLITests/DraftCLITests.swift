import Foundation
import Testing

@testable import StoryModel

#if canImport(Glibc)
import Glibc
#endif

/// `storyscope draft` and `storyscope FILE`, run as a user runs them.
@Suite(.serialized) struct DraftCLITests {
    static let article = """
        Date: 2025-02-26
        Written for storyscope's tests.

        Ann Lee says the port deal is done

        Port chief Ann Lee said on Monday that the deal was "done and signed". Bo Park, the union's leader, \
        called it "a draft at best". The two will meet again on Friday.
        """

    @Test func draftWritesAStoryThatValidatesUnchanged() throws {
        let scratch = try Scratch()
        let path = try scratch.write("port.txt", Self.article)
        let drafted = try CLI.run(["draft", path, "--output", scratch.url.appendingPathComponent("port.json").path])
        #expect(drafted.status == 0, "\(drafted.stderr)")
        #expect(drafted.stderr.isEmpty, "no warning: the article has a Date: line")
        let checked = try CLI.run(["validate", scratch.url.appendingPathComponent("port.json").path])
        #expect(checked.status == 0)
        // "said on Monday" dates Ann Lee's words, not an event; Friday's meeting is the one event.
        #expect(checked.stdout.contains("(2 entities, 1 events, 2 claims, 0 topics; 5 drafted, not yet reviewed)"))
    }

    @Test func draftToStandardOutputWithOptions() throws {
        let scratch = try Scratch()
        let path = try scratch.write("a.txt", "Ann Lee met Bo Park on Monday.")
        let result = try CLI.run(["draft", path, "--published", "2025-02-26", "--outlet", "Test Times", "--title", "T"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let story = try StoryLoader().load(bytes: Array(result.stdout.utf8), name: "out") { _ in
            .failure(.init(message: "none"))
        }
        #expect(story.title == "T")
        #expect(story.documents[0].outlet == "Test Times")
        #expect(story.events[0].when.resolved?.start == Day(iso: "2025-02-24"))
    }

    @Test func aMissingDateIsOneWarning() throws {
        let scratch = try Scratch()
        let path = try scratch.write("a.txt", "Ann Lee met Bo Park on Monday.")
        let result = try CLI.run(["draft", path])
        #expect(result.status == 0)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.hasPrefix("storyscope: warning: \(path): no publication date"))
    }

    @Test func badInputGetsOneLineAndAStatus() throws {
        let scratch = try Scratch()
        let empty = try scratch.write("empty.txt", "")
        let binary = scratch.url.appendingPathComponent("binary.dat")
        try Data([0x41, 0x00, 0x42, 0x43]).write(to: binary)
        let latin1 = scratch.url.appendingPathComponent("latin1.txt")
        try Data([0x63, 0x61, 0x66, 0xE9]).write(to: latin1)
        let story = try scratch.write("story.json", validStory)
        let cases: [([String], Int32, String)] = [
            (["draft", empty], 65, "the file is empty"),
            (["draft", binary.path], 65, "binary data (a NUL byte at offset 1)"),
            (["draft", latin1.path], 65, "not UTF-8 text (byte 0xE9 at offset 3)"),
            (["draft", story], 65, "this is a story file, not an article"),
            (
                ["draft", scratch.url.appendingPathComponent("missing.txt").path], 66,
                "cannot read the file: no such file"
            ),
            (["draft", empty, "--published", "26/02/2025"], 64, "is not a date; write YYYY-MM-DD"),
            ([binary.path], 65, "neither a story file nor a plain-text article"),
            ([story, "--story", story], 64, "give a file or --story, not both"),
        ]
        for (arguments, status, message) in cases {
            let result = try CLI.run(arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            // One line; a usage error adds the parser's usage line and its pointer to --help.
            #expect(
                result.stderr.split(separator: "\n").count <= (status == 64 ? 3 : 1), "\(arguments): \(result.stderr)")
        }
    }

    /// Refused from its size, without being read: a sparse file says 900 MiB and holds none.
    @Test func aNineHundredMebibyteArticleIsRefusedFromItsSize() throws {
        let scratch = try Scratch()
        let path = scratch.url.appendingPathComponent("huge.txt")
        FileManager.default.createFile(atPath: path.path, contents: Data("Ann Lee met Bo Park.".utf8))
        let handle = try FileHandle(forWritingTo: path)
        try handle.truncate(atOffset: 900 << 20)
        try handle.close()
        for arguments in [["draft", path.path], [path.path]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 65)
            #expect(
                result.stderr
                    == "storyscope: error: \(path.path): the article is 900.0 MiB; storyscope drafts articles of up to 2.0 MiB\n"
            )
        }
    }

    /// A FIFO nobody writes to reads as empty; opening it never blocks.
    @Test func aFIFOWithNoWriterIsAnEmptyFileNotAHang() throws {
        let scratch = try Scratch()
        let path = scratch.url.appendingPathComponent("fifo.txt").path
        #expect(mkfifo(path, 0o600) == 0)
        for arguments in [["draft", path], [path]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 65)
            #expect(result.stderr.contains("\(path): the file is empty"))
        }
    }

    /// The same articles draft to the same bytes in every run (no order taken from hashing).
    @Test func theSameArticlesDraftToTheSameBytesInTwoProcesses() throws {
        let scratch = try Scratch()
        let first = try scratch.write("port.txt", Self.article)
        let second = try scratch.write(
            "council.txt",
            "Date: 2025-03-01\nThe councillor, Ann Lee, said \"the port stays open\". Councillor Bo Park said \"it will close\". The councillor said \"we will see\" on Friday.\n"
        )
        let one = try CLI.run(["draft", first, second])
        let two = try CLI.run(["draft", first, second])
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout)
    }

    @Test func theFileArgumentOpensAnArticleOrAStoryWithoutATerminalSayingSo() throws {
        let scratch = try Scratch()
        let article = try scratch.write("port.txt", Self.article)
        let story = try scratch.write("story.json", validStory)
        for arguments in [[article], [story], ["--story", article]] {
            let file = arguments.joined(separator: " ")
            let result = try CLI.run(arguments)
            // No terminal here: the file was read and understood, then the browser says it needs one.
            #expect(result.status == 2, "\(file): \(result.stderr)")
            #expect(result.stderr.contains("needs a terminal"))
        }
    }
}
