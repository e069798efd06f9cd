import ArgumentParser
import BrowserCore
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
            decided by the content, not the name.

            Several articles, or a folder, open as one story drafted from them all, one document \
            each, in order of their dates: a first line "Date: YYYY-MM-DD", or else --published. \
            Articles of one day go by file name, and those without a date come last. A folder gives \
            the regular files directly in it; hidden files and subfolders are not read, and a file \
            in it that is not an article (a story file, say) is skipped with a warning. At most \
            \(ArticleSources.maxArticles) articles at once. A story file opens alone.

            What a draft's reader must know (an article without a date, a file skipped) is said on \
            the first screen and listed at the top of the Overview (1).

            Press ? in the browser for every key. q quits.
            """
    )

    @Argument(
        help: ArgumentHelp(
            "A story file; or plain-text articles, and folders of them, to draft and open as one story.",
            valueName: "file"))
    var files: [String] = []

    @OptionGroup var source: StoryOption

    @Option(
        name: .long,
        help: ArgumentHelp(
            "For articles: the publication date of those without a \"Date:\" first line.", valueName: "YYYY-MM-DD"))
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
        if !files.isEmpty && source.story != nil {
            throw ValidationError("give a file or --story, not both")
        }
        if let published, Day(iso: published) == nil {
            throw ValidationError("--published \(published) is not a date; write YYYY-MM-DD, e.g. 2025-02-26")
        }
    }

    func run() throws {
        let options = Self.options(noColor: noColor, ascii: ascii, mouse: mouse)
        // --story FILE is read as FILE is: an article given there opens as a draft too.
        let paths = source.story.map { [$0] } ?? files
        let status =
            paths.isEmpty
            ? Self.open(storyPath: nil, options: options)
            : Self.openFiles(paths, published: published.flatMap(Day.init(iso:)), options: options)
        if status != .success { throw CommandFailure(status: status) }
    }

    /// `storyscope FILE...`: one story file, or articles (files and folders) drafted in memory
    /// into one story. What each file is, is read from it before the terminal is touched.
    static func openFiles(_ paths: [String], published: Day?, options: TerminalBrowser.Options) -> ExitStatus {
        if paths.count == 1, let path = paths.first, !ArticleFolder.isFolder(path) {
            switch ArticleFile.read(path) {
            case .success(.story(let bytes)):
                return open(storyPath: path, bytes: bytes, options: options)
            case .success(.article(let text)):
                let article = ArticleSources.article(named: path, text: text, published: published)
                return openDraft(of: [article], skipped: [], options: options)
            case .failure(let failure):
                StandardError.print("storyscope: error: \(failure.message)")
                return failure.unreadable ? .unreadable : .invalidStory
            }
        }
        switch ArticleSources.read(paths, published: published) {
        case .success(let gathered):
            return openDraft(of: gathered.articles, skipped: gathered.skipped, options: options)
        case .failure(let failure):
            StandardError.print("storyscope: error: \(failure.message)")
            return failure.unreadable ? .unreadable : .invalidStory
        }
    }

    /// Drafts the articles while the terminal starts, and shows the draft with its warnings:
    /// on the first screen and in the Overview, where the browser cannot hide them.
    static func openDraft(of articles: [Drafter.Article], skipped: [String], options: TerminalBrowser.Options)
        -> ExitStatus
    {
        let undatedWarnings: [String]
        do {
            undatedWarnings = try Drafter.check(articles)
        } catch {
            StandardError.print("storyscope: error: \(error.message)")
            return .invalidStory
        }
        // The draft has a document for each article, in this order.
        let undated = articles.indices.filter { !ArticleSources.isDated(articles[$0]) }.map {
            Notices.Undated(name: articles[$0].name, document: $0)
        }
        let delay = testDraftDelay()
        let what = articles.count == 1 ? articles[0].name : "\(articles.count) articles"
        let draft = PendingStory(doing: "Drafting \(what)") {
            if delay > 0 { usleep(delay) }
            guard let draft = try? Drafter.draft(articles) else { return nil }
            let warnings = skipped + draft.warnings.filter { !undatedWarnings.contains($0) }
            return PendingStory.Opened(
                story: Drafter.story(draft), notices: Notices(undated: undated, warnings: warnings))
        }
        do throws(TerminalBrowser.Failure) {
            if try !TerminalBrowser.run(options: options, pending: draft) {
                // A draft that does not load is a bug: say what is wrong, in the open.
                do {
                    _ = try Drafter.load(Drafter.draft(articles))
                } catch {
                    StandardError.print("storyscope: error: the draft of \(what) does not load: \(error)")
                }
                return .software
            }
        } catch {
            StandardError.print("storyscope: error: \(error.description)")
            return .noTerminal
        }
        return .success
    }

    /// For the end-to-end tests of quitting while a draft is under way: STORYSCOPE_TEST_DRAFT_DELAY
    /// microseconds added to the draft, as a long article would take.
    private static func testDraftDelay() -> UInt32 {
        getenv("STORYSCOPE_TEST_DRAFT_DELAY").flatMap { UInt32(String(cString: $0)) } ?? 0
    }

    static func options(noColor: Bool, ascii: Bool, mouse: Bool) -> TerminalBrowser.Options {
        let noColorSet = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
        return TerminalBrowser.Options(color: !noColor && !noColorSet, ascii: ascii ? true : nil, mouse: mouse)
    }

    /// Loads the story and runs the browser on it; returns the exit status. Shared by `run` and
    /// by the start without arguments, which skips the parser (see `Storyscope.main`).
    /// `bytes`: the story file, when it has been read already.
    static func open(storyPath: String?, bytes: [UInt8]? = nil, options: TerminalBrowser.Options) -> ExitStatus {
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
