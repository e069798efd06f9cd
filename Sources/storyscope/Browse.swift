import ArgumentParser
import StoryModel
import TerminalUI

#if canImport(Glibc)
import Glibc
#endif

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open a story in the full-screen browser (the default command).",
        discussion: "Press ? in the browser for every key. q quits."
    )

    @OptionGroup var source: StoryOption

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

    func run() throws {
        let status = Self.open(storyPath: source.story, noColor: noColor, ascii: ascii, mouse: mouse)
        if status != .success { throw CommandFailure(status: status) }
    }

    /// Loads the story and runs the browser on it; returns the exit status. Shared by `run` and
    /// by the start without arguments, which skips the parser (see `Storyscope.main`).
    static func open(storyPath: String?, noColor: Bool, ascii: Bool, mouse: Bool) -> ExitStatus {
        let noColorSet = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
        let options = TerminalBrowser.Options(color: !noColor && !noColorSet, ascii: ascii ? true : nil, mouse: mouse)
        do throws(TerminalBrowser.Failure) {
            if let storyPath {
                // A story file may be invalid: its errors come before the terminal is touched.
                let story: Story
                switch StoryOption.load(path: storyPath) {
                case .success(let loaded): story = loaded
                case .failure(let failure): return failure.status
                }
                try TerminalBrowser.run(options: options) { story }
            } else {
                let load = BackgroundStoryLoad()
                if try !TerminalBrowser.run(options: options, story: load.wait) {
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
