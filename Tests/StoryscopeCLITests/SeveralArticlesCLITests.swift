import Foundation
import Testing

@testable import StoryModel

#if canImport(Glibc)
import Glibc
#endif

/// `storyscope FILE...`, `storyscope FOLDER` and `storyscope draft FOLDER`, run as a user runs
/// them: the articles in date order, one line per error, hostile folders. The articles are the
/// two reports written for the tests (Tests/Fixtures/harbour-depot, undated) and one written here.
@Suite(.serialized) struct SeveralArticlesCLITests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/harbour-depot")

    /// Written for storyscope's tests: a dated article of invented people.
    static let datedArticle = """
        Date: 2025-06-12
        Written for storyscope's tests. The people in it are invented.

        Carrow council reopens talks with Northline

        Mayor Ruth Alder said on Thursday that talks with Northline would "start again next week".
        """

    /// A folder holding the two undated reports, the dated article, the story file drafted from
    /// the reports, a hidden file and a subfolder.
    func folder() throws -> Scratch {
        let scratch = try Scratch()
        for name in ["first-report.txt", "second-report.txt", "harbour-depot.story.json"] {
            try FileManager.default.copyItem(
                at: Self.fixtures.appendingPathComponent(name), to: scratch.url.appendingPathComponent(name))
        }
        try scratch.write("talks.txt", Self.datedArticle)
        try scratch.write(".notes.txt", "Written for storyscope's tests: a hidden note, never read.")
        try FileManager.default.createDirectory(
            at: scratch.url.appendingPathComponent("older"), withIntermediateDirectories: true)
        try scratch.write("older/ignored.txt", "Date: 2025-01-01\nWritten for storyscope's tests: in a subfolder.")
        return scratch
    }

    func documents(_ storyFile: String) throws -> [String] {
        try StoryLoader().load(bytes: Array(storyFile.utf8), name: "out") { _ in .failure(.init(message: "none")) }
            .documents.map(\.id)
    }

    @Test func draftAFolderInDateOrderWithAWarningForEachUndatedArticleAndSkippedFile() throws {
        let scratch = try folder()
        let result = try CLI.run(["draft", scratch.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        // The dated article first, then the undated ones by name; the subfolder and hidden file unread.
        #expect(try documents(result.stdout) == ["talks", "first-report", "second-report"])
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let story = scratch.url.appendingPathComponent("harbour-depot.story.json").path
        #expect(
            lines.first
                == "storyscope: warning: \(story): skipped: a story file, not an article (storyscope \(story) opens it)"
        )
        for report in ["first-report.txt", "second-report.txt"] {
            let path = scratch.url.appendingPathComponent(report).path
            #expect(
                lines.filter { $0.hasPrefix("storyscope: warning: \(path): no publication date") }.count == 1,
                "\(result.stderr)")
        }
        #expect(
            !result.stderr.contains("talks.txt") && !result.stderr.contains("ignored")
                && !result.stderr.contains("notes"))
    }

    @Test func filesAndFoldersMixAndPublishedDatesTheUndated() throws {
        let scratch = try folder()
        let reports = try Scratch()
        let talks = scratch.url.appendingPathComponent("talks.txt").path
        for name in ["second-report.txt", "first-report.txt"] {
            try FileManager.default.copyItem(
                at: Self.fixtures.appendingPathComponent(name), to: reports.url.appendingPathComponent(name))
        }
        // --published puts the reports before the article of 12 June; the same file named twice
        // is drafted once.
        let result = try CLI.run(["draft", talks, reports.url.path, talks, "--published", "2025-06-03"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try documents(result.stdout) == ["first-report", "second-report", "talks"])
        #expect(!result.stderr.contains("no publication date"))
    }

    @Test func errorsAreOneLineNamingTheFile() throws {
        let scratch = try folder()
        let story = scratch.url.appendingPathComponent("harbour-depot.story.json").path
        let report = scratch.url.appendingPathComponent("first-report.txt").path
        let empty = try Scratch()
        let crowded = try Scratch()
        for number in 0...200 { try crowded.write("\(number).txt", "Written for storyscope's tests.") }
        let cases: [([String], Int32, String)] = [
            (
                [report, story], 65,
                "\(story): this is a story file, not an article; it opens alone: storyscope \(story)"
            ),
            (["draft", report, story], 65, "\(story): this is a story file, not an article"),
            ([scratch.url.path, story], 65, "\(story): this is a story file, not an article"),
            ([empty.url.path], 66, "\(empty.url.path): no article in this folder (no files; subfolders are not read)"),
            (["draft", empty.url.path], 66, "no article in this folder"),
            (
                [crowded.url.path], 65,
                "\(crowded.url.path): more than 200 files; storyscope drafts at most 200 articles"
            ),
            (["draft", crowded.url.path], 65, "more than 200 files"),
            ([report, empty.url.appendingPathComponent("missing.txt").path], 66, "missing.txt: cannot read the file"),
        ]
        for (arguments, status, message) in cases {
            let result = try CLI.run(arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("storyscope: error: "), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    /// A FIFO held open by a writer that never writes, a symbolic link that loops, one to a
    /// device: none is opened, so the command ends (here within 20 s, or timeout says 124).
    @Test func aHostileFolderNeverHangs() throws {
        let scratch = try Scratch()
        try scratch.write("article.txt", Self.datedArticle)
        let fifo = scratch.url.appendingPathComponent("fifo.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = open(fifo, O_RDWR | O_NONBLOCK)
        defer { close(writer) }
        #expect(symlink("loop.txt", scratch.url.appendingPathComponent("loop.txt").path) == 0)
        #expect(symlink("/dev/zero", scratch.url.appendingPathComponent("zero.txt").path) == 0)
        let timed = "exec timeout 20 \"$0\" \"$@\""
        let draft = try CLI.run(["draft", scratch.url.path], shell: timed)
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(try documents(draft.stdout) == ["article"])
        #expect(draft.stderr.isEmpty, "\(draft.stderr)")
        let browse = try CLI.run([scratch.url.path], shell: timed)
        #expect(browse.status == 2, "\(browse.stderr)")
    }

    /// Read and understood, then the browser says it needs a terminal: the only line. Warnings
    /// are the browser's to show, where the screen does not hide them.
    @Test func severalArticlesAndAFolderOpenInTheBrowser() throws {
        let scratch = try folder()
        let first = scratch.url.appendingPathComponent("first-report.txt").path
        let second = scratch.url.appendingPathComponent("second-report.txt").path
        for arguments in [[first, second], [scratch.url.path], ["--story", scratch.url.path], [first]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("needs a terminal"))
        }
    }

    @Test func helpSaysWhatAFolderGives() throws {
        for arguments in [["help", "browse"], ["draft", "--help"]] {
            let help = try CLI.run(arguments)
            #expect(help.status == 0)
            let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains("hidden files and subfolders are not read"), "\(arguments)")
            #expect(text.contains("skipped with a warning"), "\(arguments)")
            #expect(text.contains("At most 200 articles at once"), "\(arguments)")
            #expect(text.contains("order of their dates"), "\(arguments)")
        }
    }
}
