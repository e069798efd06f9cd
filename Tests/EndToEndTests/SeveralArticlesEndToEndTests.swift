import Foundation
import Testing

/// `storyscope a.txt b.txt` and `storyscope FOLDER`: several articles open as one story in the
/// real binary at 80x24, both documents can be read, and the warning that they have no date is
/// on the screen (printed before the browser started, it would be hidden). The articles are the
/// two undated reports written for the tests (Tests/Fixtures/harbour-depot).
@Suite(
    .serialized,
    .enabled(if: Tmux.executable != nil, "tmux is not installed (apt-get install tmux); .ci/run installs it"))
struct SeveralArticlesEndToEndTests {
    static let fixtures = ReleaseBinary.packageRoot.appendingPathComponent("Tests/Fixtures/harbour-depot")

    /// Both reports in the Source view: the first, then the second chosen with d.
    func readBothDocuments(_ tmux: Tmux) throws {
        try tmux.send("5")
        try tmux.wait(for: "1/2 Carrow and Northline set to sign")
        try tmux.send("d")
        let picker = try tmux.wait(for: "Harbour depot signing called off after row")
        #expect(picker.contains("Carrow and Northline set to sign harbour depot deal"))
        try tmux.send("j", "Enter")
        let second = try tmux.wait(for: "2/2 Harbour depot signing called off")
        #expect(second.contains("was called off on Friday, hours before"))
    }

    /// The real binary with `arguments`, run from `folder`, at 80x24.
    func start(_ tmux: Tmux, _ binary: String, _ arguments: String, in folder: URL) throws {
        try tmux.start(
            Harness.wrapped(binary, arguments, prelude: "cd '\(folder.path)';"),
            width: 80, height: 24, environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
    }

    func quit(_ tmux: Tmux) throws {
        try tmux.send("q")
        let ending = try Harness.ending(tmux)
        #expect(ending.status == 0)
        #expect(ending.ttySame)
        #expect(ending.screenRestored)
        // Nothing was printed behind the browser's back.
        #expect(!ending.screen.contains("warning"))
    }

    @Test func twoArticlesOpenAsOneStoryWithTheWarningOnScreen() throws {
        let binary = try ReleaseBinary.path()
        let tmux = Tmux()
        defer { tmux.kill() }
        Harness.reportingTimeouts {
            try start(tmux, binary, "second-report.txt first-report.txt", in: Self.fixtures)
            let first = try tmux.wait(for: "Warnings (2)")
            #expect(first.contains(" Warning: first-report.txt and second-report.txt have no date, so their"))
            #expect(first.contains("No date: first-report.txt · second-report.txt"))
            #expect(first.contains("first line “Date: YYYY-MM-DD”, or open it with --published YYYY-MM-DD."))
            // The first report first, whatever the order given: undated, they go by name.
            #expect(first.contains("Carrow and Northline set to sign harbour depot deal on Friday"))
            // The message goes with the first key; the list stays in the Overview.
            try tmux.send("2")
            let entities = try tmux.wait(for: "[2 Entities]")
            #expect(!entities.contains("Warning:"))
            try tmux.send("1")
            try tmux.wait(for: "Warnings (2)")
            try readBothDocuments(tmux)
            try quit(tmux)
        }
    }

    /// Issue 18's done-when, in the real binary: the shipped article (dated 26 February 2025)
    /// and a sequel written for the tests (4 March) drafted together show one signing event,
    /// scheduled then cancelled, under `o` at 80x24.
    @Test func twoMineralsDealArticlesShowTheSigningScheduledThenCancelled() throws {
        let binary = try ReleaseBinary.path()
        let scratch = try Harness.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let root = ReleaseBinary.packageRoot
        let shipped = try String(
            contentsOf: root.appendingPathComponent("Assets/minerals-deal-article.txt"), encoding: .utf8)
        try ("Date: 2025-02-26\n" + shipped).write(
            to: scratch.appendingPathComponent("first.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            at: root.appendingPathComponent("Tests/Fixtures/sets/minerals-deal-oval-office/2.txt"),
            to: scratch.appendingPathComponent("second.txt"))
        let tmux = Tmux()
        defer { tmux.kill() }
        Harness.reportingTimeouts {
            try start(tmux, binary, "second.txt first.txt", in: scratch)
            let overview = try tmux.wait(for: "Since the first report")
            #expect(overview.contains("scheduled (26 Feb) → cancelled (4 Mar)"))
            try tmux.send("3")
            try tmux.wait(for: "[3 Timeline]")
            try tmux.send("o")
            let outcomes = try tmux.wait(for: "cancelled 4 Mar")
            #expect(outcomes.contains("◷→✗ Signing of the preliminary deal"))
            try tmux.send("q")
            let ending = try Harness.ending(tmux)
            #expect(ending.status == 0)
            #expect(ending.screenRestored)
        }
    }

    @Test func aFolderOpensEveryArticleInIt() throws {
        let binary = try ReleaseBinary.path()
        let scratch = try Harness.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["first-report.txt", "second-report.txt", "harbour-depot.story.json"] {
            try FileManager.default.copyItem(
                at: Self.fixtures.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let tmux = Tmux()
        defer { tmux.kill() }
        Harness.reportingTimeouts {
            try start(tmux, binary, "news", in: scratch)
            let first = try tmux.wait(for: "Warnings (3)")
            #expect(first.contains(" Warning: first-report.txt and second-report.txt have no date, so their"))
            #expect(first.contains("No date: news/first-report.txt · news/second-report.txt"))
            #expect(first.contains("news/harbour-depot.story.json: skipped: a story file, not an article"))
            // Enter on the first undated article opens it.
            try tmux.send("Enter")
            try tmux.wait(for: "1/2 Carrow and Northline set to sign")
            try tmux.send("1")
            try tmux.wait(for: "Warnings (3)")
            try readBothDocuments(tmux)
            try quit(tmux)
        }
    }
}
