import BrowserCore
import StoryModel
import TerminalGuard

#if canImport(Glibc)
import Glibc
#endif

/// Runs the browser on the terminal until the user quits. All decisions are made by
/// `reduce` in BrowserCore; this loop only reads keys, paints grids and carries out effects.
public enum TerminalBrowser {
    /// How the loop ended.
    private enum Ending {
        case quit
        case signal
        case terminalGone
    }

    public struct Options: Sendable {
        public var color: Bool
        public var ascii: Bool?
        public var mouse: Bool

        public init(color: Bool = true, ascii: Bool? = nil, mouse: Bool = false) {
            self.color = color
            self.ascii = ascii
            self.mouse = mouse
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case notATerminal
        case cannotStart(String)

        public var description: String {
            switch self {
            case .notATerminal:
                "the browser needs a terminal on standard input and output; for text, use 'storyscope export --format markdown'"
            case .cannotStart(let reason): reason
            }
        }
    }

    /// Runs the browser on a story already loaded, until the user quits.
    public static func run(options: Options, story: Story) throws(Failure) {
        _ = try run(options: options, pending: nil, ready: PendingStory.Opened(story: story))
    }

    /// Runs the browser on a story still being loaded or drafted: the terminal is set up
    /// meanwhile, and while it is not ready the browser says what it is doing and answers `q`,
    /// Ctrl-C and the signals at once. Returns false, with the terminal put back, if the work
    /// gave no story; true when the user quit (whether or not the story had come).
    @discardableResult
    public static func run(options: Options, pending: PendingStory) throws(Failure) -> Bool {
        try run(options: options, pending: pending, ready: nil)
    }

    private static func run(options: Options, pending: PendingStory?, ready: PendingStory.Opened?) throws(Failure)
        -> Bool
    {
        guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
        // Before newterm, so that ncurses leaves these signals to us.
        tg_install_exit_handlers()
        let session: TerminalSession
        do {
            session = try TerminalSession(
                options: .init(color: options.color, ascii: options.ascii, mouse: options.mouse))
        } catch {
            throw .cannotStart(String(describing: error))
        }
        defer { session.restore() }
        let opened: PendingStory.Opened
        if let ready {
            opened = ready
        } else {
            switch wait(for: pending!, session) {
            case .story(let loaded): opened = loaded
            case .noStory: return false
            case .ended(.quit): return true
            case .ended(let ending):
                end(ending, session)
                return true
            }
        }
        let ending = loop(session, opened: opened)
        if ending != .quit { end(ending, session) }
        return true
    }

    /// After a signal or a lost terminal: the terminal is restored first, then the process
    /// dies of that signal (SIGHUP for a lost terminal), so the shell sees why it ended.
    private static func end(_ ending: Ending, _ session: TerminalSession) {
        session.restore()
        tg_die_of(ending == .terminalGone ? SIGHUP : tg_exit_signal())
    }

    private enum Waited {
        case story(PendingStory.Opened)
        case noStory
        case ended(Ending)
    }

    /// Waits for the pending story. Blank for a moment (a quick draft never flashes a screen),
    /// then a screen that says what is being done and for how long, redrawn each second and on
    /// a resize. `q`, Ctrl-C and Esc quit; the signals end the program as they do later.
    private static func wait(for pending: PendingStory, _ session: TerminalSession) -> Waited {
        let clock = ContinuousClock()
        let start = clock.now
        var painter = GridPainter(palette: session.palette)
        var shownSeconds: Int?
        while true {
            if let outcome = pending.poll() { return outcome.map { .story($0) } ?? .noStory }
            let elapsed = start.duration(to: clock.now)
            let milliseconds =
                Int(elapsed.components.seconds) * 1_000 + Int(elapsed.components.attoseconds / 1_000_000_000_000_000)
            var timeout = WaitingScreen.delayMilliseconds - milliseconds
            if timeout <= 0 {
                let seconds = milliseconds / 1_000
                if shownSeconds != seconds {
                    shownSeconds = seconds
                    painter.paint(
                        WaitingScreen.render(
                            size: session.size, doing: pending.doing, seconds: seconds, ascii: session.ascii),
                        window: session.window)
                }
                timeout = 1_000 - milliseconds % 1_000
            }
            switch session.nextInput(timeout: Int32(timeout)) {
            case .stop: return .ended(.signal)
            case .terminalGone: return .ended(.terminalGone)
            case .key(.character("q")), .key(.control("c")), .key(.escape): return .ended(.quit)
            case .resize:
                shownSeconds = nil
                painter.invalidate()
            case .key, .mouse, .timeout: continue
            }
        }
    }

    private static func loop(_ session: TerminalSession, opened: PendingStory.Opened) -> Ending {
        let trapKey = getenv("STORYSCOPE_TEST_TRAP").flatMap { String(cString: $0).first }
        let context = BrowserContext(story: opened.story, ascii: session.ascii, notices: opened.notices)
        var state = BrowserState.initial(size: session.size, context: context)
        var painter = GridPainter(palette: session.palette)
        var searchStarted = false
        while true {
            painter.paint(render(state, context), window: session.window)
            let input: Input
            // The search index is built beside the browser once the first screen is up.
            let idle: (() -> Void)? =
                searchStarted
                ? nil
                : {
                    searchStarted = true
                    BackgroundThread { context.prepareSearch() }.detach()
                }
            switch session.nextInput(whenIdle: idle) {
            case .stop: return .signal
            case .terminalGone: return .terminalGone
            case .timeout: continue
            case .key(.character(let character)) where character == trapKey:
                // Tests of the crash path: a real Swift trap, caught by the crash handler.
                fatalError("trap requested by STORYSCOPE_TEST_TRAP")
            case .key(let key): input = .key(key)
            case .resize: input = .resize(session.size)
            case .mouse:
                guard let event = session.readMouse() else { continue }
                input = .mouse(event)
            }
            let (next, effects) = reduce(state, input, context)
            state = next
            for effect in effects {
                switch effect {
                case .quit: return .quit
                case .redraw:
                    session.forceFullRedraw()
                    painter.invalidate()
                case .suspend:
                    session.suspend()
                    painter.invalidate()
                    state = reduce(state, .resize(session.size), context).0
                case .copy(let text):
                    // The status message saying what was sent must be on screen first.
                    painter.paint(render(state, context), window: session.window)
                    session.copyToClipboard(text)
                }
            }
        }
    }
}
