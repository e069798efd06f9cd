import Foundation
import Testing

@testable import StoryModel

/// Runs the real `storyscope` executable that `swift test` builds beside the test bundle.
struct CLI {
    static let executable: URL = {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return testBinary.deletingLastPathComponent().appendingPathComponent("storyscope")
    }()

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs storyscope, or with `shell`, `/bin/sh -c SCRIPT` with storyscope's path as `$0`
    /// (for redirections Process cannot make) and `arguments` after it.
    static func run(_ arguments: [String], in directory: URL? = nil, shell script: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = script == nil ? executable : URL(fileURLWithPath: "/bin/sh")
        let arguments = script.map { ["-c", $0, executable.path] + arguments } ?? arguments
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = FileHandle.nullDevice
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so a large output cannot fill the pipe and stall the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A scratch folder with story files in it, removed at the end of the test.
final class Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("storyscope-cli-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }
}

let validStory = """
    {"format": "storyscope-story", "version": 1, "id": "t", "title": "T", "summary": "S",
     "documents": [{"id": "doc", "title": "D", "text": "Alice met Bob."}],
     "entities": [{"id": "alice", "name": "Alice", "kind": "person", "role": "r", "description": "d"}],
     "events": [{"id": "e", "title": "Meeting", "summary": "s", "status": "happened", "when": {"text": "once"},
                 "participants": ["alice"], "evidence": [{"excerpt": "Alice met Bob"}]}]}
    """

@Suite(.serialized) struct CLITests {
    @Test func theBinaryExists() {
        #expect(
            FileManager.default.isExecutableFile(atPath: CLI.executable.path), "\(CLI.executable.path) was not built")
    }

    @Test func validateReportsOKWithCounts() throws {
        let scratch = try Scratch()
        let file = try scratch.write("good.json", validStory)
        let result = try CLI.run(["validate", file])
        #expect(result.status == 0)
        #expect(result.stdout == "OK \(file) (1 entities, 1 events, 0 claims, 0 topics)\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func validateExitsWith65AndPlacesEveryError() throws {
        let scratch = try Scratch()
        let bad = validStory.replacingOccurrences(
            of: "\"participants\": [\"alice\"]", with: "\"participants\": [\"alicia\"]"
        )
        .replacingOccurrences(of: "\"kind\": \"person\"", with: "\"kind\": \"human\"")
        let file = try scratch.write("bad.json", bad)
        let result = try CLI.run(["validate", file])
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "\(file):3:56: error: $.entities[0].kind: unknown entity kind \"human\"; expected one of \"person\", \"country\", \"bloc\", \"organisation\", \"place\", \"resource\", \"figure\", \"concept\", \"media\"",
                "\(file):5:31: error: $.events[0].participants[0]: unknown entity \"alicia\"; did you mean \"alice\"?",
            ])
        #expect(result.stdout.isEmpty)
    }

    @Test func validateExitsWith66ForAMissingFileAndChecksTheRest() throws {
        let scratch = try Scratch()
        let good = try scratch.write("good.json", validStory)
        let bad = try scratch.write("bad.json", "{")
        let result = try CLI.run(["validate", good, "/nonexistent.json", bad])
        #expect(result.status == 66)
        #expect(result.stdout.hasPrefix("OK \(good)"))
        #expect(result.stderr.contains("/nonexistent.json: error: cannot read the file: no such file"))
        #expect(result.stderr.contains("\(bad):1:2: error: unexpected end of file"))
        #expect(try CLI.run(["validate", good, bad]).status == 65)
    }

    @Test func validateWithoutFilesIsAUsageError() throws {
        let result = try CLI.run(["validate"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Missing expected argument"))
    }

    @Test func validatesTheShippedStoryFile() throws {
        let asset = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Assets/minerals-deal.story.json")
        let result = try CLI.run(["validate", asset.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("(37 entities, 13 events, 35 claims, 8 topics)"))
    }

    @Test func exportJSONRoundTripsThroughTheLoader() throws {
        let scratch = try Scratch()
        let result = try CLI.run(["export", "--format", "json"])
        #expect(result.status == 0)
        let file = try scratch.write("exported.json", result.stdout)
        let reloaded = try StoryLoader().load(path: file)
        #expect(reloaded == (try StoryLoader().loadEmbedded()))
        #expect(try CLI.run(["validate", file]).status == 0)
    }

    @Test func exportMarkdownIsABriefing() throws {
        let result = try CLI.run(["export", "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# The US–Ukraine minerals deal, February 2025\n"))
        #expect(result.stdout.contains("\u{201C}very big agreement\u{201D}"))
        #expect(result.stdout.contains("\u{201C}framework agreement\u{201D}"))
    }

    @Test func exportToAFileWritesItWhole() throws {
        let scratch = try Scratch()
        let target = scratch.url.appendingPathComponent("brief.md").path
        let result = try CLI.run(["export", "--format", "markdown", "--output", target])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written == (try CLI.run(["export", "--format", "markdown"])).stdout)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter {
            $0.contains(".storyscope-tmp-")
        }
        #expect(leftovers.isEmpty)
        let unwritable = try CLI.run(["export", "--format", "json", "--output", "/nonexistent-dir/out.json"])
        #expect(unwritable.status == 73)
        #expect(unwritable.stderr.contains("/nonexistent-dir/out.json: error: cannot write"))
    }

    /// `-o /dev/null` once replaced the device with a regular file (rename over it). Targets that
    /// are not regular files are written in place; a symbolic link stays a link.
    @Test func exportWritesDevicesAndFIFOsInPlaceAndFollowsLinks() throws {
        let scratch = try Scratch()
        let fifo = scratch.url.appendingPathComponent("pipe").path
        let copied = scratch.url.appendingPathComponent("copied.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "cat \"$0\" > \"$1\"", fifo, copied]
        try reader.run()
        let toFIFO = try CLI.run(["export", "--format", "json", "--output", fifo])
        reader.waitUntilExit()
        #expect(toFIFO.status == 0, "\(toFIFO.stderr)")
        var status = stat()
        #expect(stat(fifo, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO, "still a FIFO")
        let expected = try CLI.run(["export", "--format", "json"]).stdout
        #expect(try String(contentsOfFile: copied, encoding: .utf8) == expected)

        let real = scratch.url.appendingPathComponent("real.json").path
        let link = scratch.url.appendingPathComponent("link.json").path
        try "old".write(toFile: real, atomically: false, encoding: .utf8)
        #expect(chmod(real, 0o600) == 0)
        #expect(symlink(real, link) == 0)
        #expect(try CLI.run(["export", "--format", "json", "--output", link]).status == 0)
        #expect(lstat(link, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK, "still a link")
        #expect(try String(contentsOfFile: real, encoding: .utf8) == expected)
        #expect(stat(real, &status) == 0 && status.st_mode & 0o777 == 0o600, "the file's mode is kept")
    }

    @Test func exportOfAnInvalidStoryFailsWithoutOutput() throws {
        let scratch = try Scratch()
        let file = try scratch.write("bad.json", "[]")
        let result = try CLI.run(["export", "--story", file, "--format", "json"])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "\(file):1:1: error: $: expected a story (an object), found an array\n")
        #expect(try CLI.run(["export", "--story", "/nope.json", "--format", "json"]).status == 66)
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let result = try CLI.run(["export", "--format", "pdf"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("pdf"))
    }

    @Test func helpAndVersion() throws {
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        for word in ["draft", "export", "validate", "schema", "--story", "storyscope FILE"] {
            #expect(help.stdout.contains(word))
        }
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("storyscope "))
    }

    @Test func theBrowserWithoutATerminalPointsToExport() throws {
        let result = try CLI.run([])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty, "no escape codes written to a pipe")
        #expect(
            result.stderr
                == "storyscope: error: the browser needs a terminal on standard input and output; for text, use 'storyscope export --format markdown'\n"
        )
    }

    @Test func schemaIsValidJSON() throws {
        let result = try CLI.run(["schema"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["$schema"] != nil)
    }

    @Test func hostileStringsNeverReachTheTerminalRaw() throws {
        let scratch = try Scratch()
        let hostile = validStory.replacingOccurrences(
            of: "\"title\": \"T\"", with: "\"title\": \"T\\u001b]0;owned\\u0007\\u001b[2J\"")
        let file = try scratch.write("hostile.json", hostile)
        for arguments in [["export", "--story", file, "--format", "markdown"], ["validate", file]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 0)
            #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(arguments)")
        }
    }
}
