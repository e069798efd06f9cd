import ArgumentParser
import StoryDrafting
import StoryModel
import TerminalUI

#if canImport(Glibc)
import Glibc
#endif

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open a story in the full-screen browser (the default command).",
        discussion: """
            FILE is a story file, or a plain-text article, drafted at once and shown (as \
            storyscope draft would draft it; its items are marked drafted). Which one it is, is \
            decided by the content, not the name. Press ? in the browser for every key. q quits.
            """
    )

    @Argument(help: ArgumentHelp("A story file or a plain-text article to open.", valueName: "file"))
    var file: String?

    @OptionGroup var source: StoryOption

    @Option(
        name: .long,
        help: ArgumentHelp(
            "For an article: its publication date, when it has no \"Date:\" first line.", valueName: "YYYY-MM-DD"))
    var published: String?

    @Flag(
        name: .long,
        help: "No colours (also when NO_COLOR is set); meaning stays visible through bold, reverse and marks.")
    var noColor = false

    @Flag(name: .long, help: "Draw with plain ASCII only (automatic when the locale is not UTF-8).")
    var ascii = false

    @Flag(
        name: .long,
        help:
            "Use the mouse: click selects, a click on a link follows it, the wheel scrolls. Off by default, so the terminal's own select-and-copy keeps working."
    )
    var mouse = false

    func validate() throws {
        if file != nil && source.story != nil {
            throw ValidationError("give a file or --story, not both")
        }
        if let published, Day(iso: published) == nil {
            throw ValidationError("--published \(published) is not a date; write YYYY-MM-DD, e.g. 2025-02-26")
        }
    }

    func run() throws {
        let status =
            // --story FILE is read as FILE is: an article given there opens as a draft too.
            if let file = file ?? source.story {
                Self.openFile(
                    file, published: published.flatMap(Day.init(iso:)), noColor: noColor, ascii: ascii, mouse: mouse)
            } else {
                Self.open(storyPath: source.story, noColor: noColor, ascii: ascii, mouse: mouse)
            }
        if status != .success { throw CommandFailure(status: status) }
    }

    /// `storyscope FILE`: a story file, or an article drafted in memory; what it is, is read
    /// from the file before the terminal is touched.
    static func openFile(_ path: String, published: Day?, noColor: Bool, ascii: Bool, mouse: Bool) -> ExitStatus {
        switch ArticleFile.read(path) {
        case .success(.story(let bytes)):
            return open(storyPath: path, bytes: bytes, noColor: noColor, ascii: ascii, mouse: mouse)
        case .success(.article(let text)):
            // Checked and warned about here; drafted while the terminal starts.
            let article = Drafter.Article(name: path, text: text, published: published)
            do {
                for warning in try Drafter.check([article]) { StandardError.print("storyscope: warning: \(warning)") }
            } catch {
                StandardError.print("storyscope: error: \(error.message)")
                return .invalidStory
            }
            let delay = testDraftDelay()
            let draft = PendingStory(doing: "Drafting \(path)") {
                if delay > 0 { usleep(delay) }
                return try? Drafter.story(Drafter.draft([article]))
            }
            do throws(TerminalBrowser.Failure) {
                if try !TerminalBrowser.run(
                    options: options(noColor: noColor, ascii: ascii, mouse: mouse), pending: draft)
                {
                    // A draft that does not load is a bug: say what is wrong, in the open.
                    do {
                        _ = try Drafter.load(Drafter.draft([article]))
                    } catch {
                        StandardError.print("storyscope: error: the draft of \(path) does not load: \(error)")
                    }
                    return .software
                }
            } catch {
                StandardError.print("storyscope: error: \(error.description)")
                return .noTerminal
            }
            return .success
        case .failure(let failure):
            StandardError.print("storyscope: error: \(failure.message)")
            return failure.unreadable ? .unreadable : .invalidStory
        }
    }

    /// For the end-to-end tests of quitting while a draft is under way: STORYSCOPE_TEST_DRAFT_DELAY
    /// microseconds added to the draft, as a long article would take.
    private static func testDraftDelay() -> UInt32 {
        getenv("STORYSCOPE_TEST_DRAFT_DELAY").flatMap { UInt32(String(cString: $0)) } ?? 0
    }

    private static func options(noColor: Bool, ascii: Bool, mouse: Bool) -> TerminalBrowser.Options {
        let noColorSet = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
        return TerminalBrowser.Options(color: !noColor && !noColorSet, ascii: ascii ? true : nil, mouse: mouse)
    }

    /// Loads the story and runs the browser on it; returns the exit status. Shared by `run` and
    /// by the start without arguments, which skips the parser (see `Storyscope.main`).
    /// `bytes`: the story file, when it has been read already.
    static func open(storyPath: String?, bytes: [UInt8]? = nil, noColor: Bool, ascii: Bool, mouse: Bool)
        -> ExitStatus
    {
        let options = options(noColor: noColor, ascii: ascii, mouse: mouse)
        do throws(TerminalBrowser.Failure) {
            if let storyPath {
                // A story file may be invalid: its errors come before the terminal is touched.
                let story: Story
                switch StoryOption.load(path: storyPath, bytes: bytes) {
                case .success(let loaded): story = loaded
                case .failure(let failure): return failure.status
                }
                try TerminalBrowser.run(options: options, story: story)
            } else {
                let load = PendingStory(doing: "Loading the story") { try? StoryLoader().loadEmbedded() }
                if try !TerminalBrowser.run(options: options, pending: load) {
                    // The tests check the embedded story on every build, so this is for a broken
                    // build only: load it again, in the open, to print what is wrong.
                    if case .failure(let failure) = StoryOption.load(path: nil) { return failure.status }
                    return .software
                }
            }
        } catch {
            StandardError.print("storyscope: error: \(error.description)")
            return .noTerminal
        }
        return .success
    }
}
