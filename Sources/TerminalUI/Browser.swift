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

    /// Runs the browser until the user quits. `story` is asked for once the terminal is set up,
    /// so that loading can overlap the set-up; if it gives none, the terminal is put back and
    /// `run` returns false at once.
    @discardableResult
    public static func run(options: Options, story: () -> Story?) throws(Failure) -> Bool {
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
        guard let story = story() else { return false }
        switch loop(session, story: story) {
        case .quit:
            break
        case .signal:
            // Asked to stop by a signal: the terminal is restored first, then the process dies
            // of that signal, so the shell sees why it ended.
            session.restore()
            tg_die_of(tg_exit_signal())
        case .terminalGone:
            // As if hung up: restore what can be restored, and end as SIGHUP would.
            session.restore()
            tg_die_of(SIGHUP)
        }
        return true
    }

    private static func loop(_ session: TerminalSession, story: Story) -> Ending {
        let trapKey = getenv("STORYSCOPE_TEST_TRAP").flatMap { String(cString: $0).first }
        let context = BrowserContext(story: story, ascii: session.ascii)
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
