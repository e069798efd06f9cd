import BrowserCore
import CNCurses
import TerminalGuard

#if canImport(Glibc)
import Glibc
#endif

/// The terminal while the browser runs: started with `newterm` (so a missing or unknown
/// terminal is an error the program reports, not an ncurses abort), restored exactly once.
final class TerminalSession {
    struct Options {
        var color = true
        var ascii: Bool? = nil
        var escapeDelay: Int32 = 25
        var mouse = false
    }

    enum StartError: Error, CustomStringConvertible {
        case unknownTerminal(String?)
        case cannotMoveCursor(String)

        var description: String {
            switch self {
            case .cannotMoveCursor(let term):
                "the terminal type TERM=\(term) cannot move the cursor, and storyscope needs a full-screen terminal; try TERM=xterm-256color, or use 'storyscope export --format markdown'"
            case .unknownTerminal(let term?):
                "the terminal type TERM=\(term) is unknown here (no terminfo entry); try TERM=xterm-256color or install ncurses-term"
            case .unknownTerminal(nil):
                "TERM is not set; set it to your terminal's type, e.g. TERM=xterm-256color"
            }
        }
    }

    private var screen: OpaquePointer?
    private var restored = false
    private var input: UnsafeMutablePointer<FILE>?
    private var output: UnsafeMutablePointer<FILE>?
    private(set) var palette = Palette(depth: .none)
    /// True when the locale's character set is not UTF-8, or ASCII was asked for.
    let ascii: Bool

    init(options: Options) throws {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nc_codeset())
        ascii = options.ascii ?? (codeset != "UTF-8")
        let term = getenv("TERM").map { String(cString: $0) }
        guard let term, !term.isEmpty else { throw StartError.unknownTerminal(nil) }
        // Saved before ncurses changes anything: the crash handler puts these modes back.
        tg_save_terminal(0)
        input = fdopen(dup(0), "r")
        output = fdopen(dup(1), "w")
        screen = newterm(nil, output, input)
        guard screen != nil else {
            if let input { fclose(input) }
            if let output { fclose(output) }
            throw StartError.unknownTerminal(term)
        }
        // A terminal that cannot address the cursor (TERM=dumb) cannot show a full screen.
        let cursorAddress = tigetstr("cup")
        if cursorAddress == nil || Int(bitPattern: cursorAddress) == -1 {
            // Nothing was drawn, and such a terminal would "clear" by writing spaces.
            restore(clearing: false)
            throw StartError.cannotMoveCursor(term)
        }
        // The crash handler takes the keypad out of application mode with this terminal's own
        // sequence, as endwin does.
        let keypadReset = tigetstr("rmkx")
        if let keypadReset, Int(bitPattern: keypadReset) != -1 { tg_set_keypad_reset(keypadReset) }
        tg_install_crash_handlers()
        raw()
        noecho()
        nonl()
        keypad(nc_stdscr(), true)
        // Reads never block inside ncurses: `nextInput` waits in poll(), where a signal
        // cannot slip in unseen between a check and the wait.
        wtimeout(nc_stdscr(), 0)
        curs_set(0)
        set_escdelay(options.escapeDelay)
        var depth = Palette.Depth.none
        if options.color && has_colors() {
            start_color()
            use_default_colors()
            depth = nc_colors() >= 256 ? .extended : .basic
        }
        palette = Palette(depth: depth)
        if options.mouse {
            mousemask(nc_mouse_mask(), nil)
            mouseinterval(0)
        }
    }

    /// The pending mouse event after KEY_MOUSE, if it is one the browser uses.
    func readMouse() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let kind: MouseEvent.Kind
        if nc_mouse_is_wheel_up(event.bstate) != 0 {
            kind = .wheelUp
        } else if nc_mouse_is_wheel_down(event.bstate) != 0 {
            kind = .wheelDown
        } else if nc_mouse_is_click(event.bstate) != 0 {
            kind = .click
        } else {
            return nil
        }
        return MouseEvent(x: Int(event.x), y: Int(event.y), kind: kind)
    }

    /// Sends text to the clipboard of the terminal the user sits at, through OSC 52, which
    /// crosses ssh. Written straight to the terminal after ncurses has flushed its output.
    func copyToClipboard(_ text: String) {
        let sequence = "\u{1B}]52;c;\(Base64.encode(Array(text.utf8)))\u{07}"
        var bytes = Array(sequence.utf8)
        fflush(output)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress! + offset, $0.count - offset) }
            if written <= 0 { break }
            offset += written
        }
    }

    var size: Size {
        Size(width: Int(getmaxx(nc_stdscr())), height: Int(getmaxy(nc_stdscr())))
    }

    var window: UnsafeMutablePointer<WINDOW> { nc_stdscr() }

    /// What the browser waits for.
    enum Next: Equatable {
        case key(Key)
        case mouse
        case resize
        /// A signal (SIGTERM, SIGHUP, SIGINT, SIGQUIT) asked the browser to stop.
        case stop
        /// The terminal reports input but yields none, again and again: it is gone (the ssh link
        /// or the terminal window closed without a SIGHUP reaching us).
        case terminalGone
        /// The time given ran out, or `tg_wake` was called: nothing from the user.
        case timeout
    }

    /// Blocks until there is a key, a mouse event or a resize, or until the browser must stop.
    /// `idle` runs once, if no input is waiting, before the wait begins: work the user should
    /// not wait for, done while they read the screen.
    /// `timeout` in milliseconds: how long to wait before answering `.timeout` (for ever when
    /// negative); a `tg_wake` from another thread answers `.timeout` at once.
    func nextInput(whenIdle idle: (() -> Void)? = nil, timeout: Int32 = -1) -> Next {
        var idle = idle
        var emptyReads = 0
        while true {
            if tg_exit_signal() != 0 { return .stop }
            if tg_take_resize() != 0 {
                adoptWindowSize()
                return .resize
            }
            var value: wint_t = 0
            let status = wget_wch(nc_stdscr(), &value)
            switch KeyDecoder.decode(status: status, value: UInt32(value)) {
            case .key(let key): return .key(key)
            case .mouse: return .mouse
            case .resize: return .resize
            case .none where status != nc_err():
                continue  // a byte with no meaning (NUL, ^\ ...): read on
            case .none:
                if let work = idle {
                    idle = nil
                    work()
                    continue
                }
                if timeout < 0 {
                    if tg_wait_for_input(0) == 1 {
                        emptyReads += 1
                        if emptyReads >= 64 && tg_exit_signal() == 0 { return .terminalGone }
                    }
                } else if tg_wait_for_input_until(0, timeout) == 1 {
                    emptyReads += 1
                    if emptyReads >= 64 && tg_exit_signal() == 0 { return .terminalGone }
                } else {
                    if tg_exit_signal() != 0 { return .stop }
                    if tg_take_resize() != 0 {
                        adoptWindowSize()
                        return .resize
                    }
                    return .timeout
                }
            }
        }
    }

    /// Takes the terminal's current size, and forgets what the screen shows: after a resize the
    /// terminal may have cropped or reflowed it.
    private func adoptWindowSize() {
        var rows: Int32 = 0
        var columns: Int32 = 0
        if tg_window_size(1, &rows, &columns) == 0, rows > 0, columns > 0 {
            resize_term(rows, columns)
        }
        forceFullRedraw()
    }

    /// Leaves the terminal as it was: line mode, echo, cursor, main screen. Safe to call twice.
    func restore(clearing: Bool = true) {
        guard let current = screen else { return }
        screen = nil
        mousemask(0, nil)
        // Without an alternate screen (TERM=linux, vt100) the browser would stay on screen
        // after exit: clear it, so the shell gets a clean screen back.
        let alternateScreen = tigetstr("smcup")
        if clearing, alternateScreen == nil || Int(bitPattern: alternateScreen) == -1 {
            werase(nc_stdscr())
            wrefresh(nc_stdscr())
        }
        curs_set(1)
        endwin()
        delscreen(current)
        if let output {
            fflush(output)
            fclose(output)
        }
        if let input { fclose(input) }
        output = nil
        input = nil
    }

    /// Ctrl-Z: gives the terminal back and stops; on `fg`, takes it again at its current size
    /// (it may have been resized meanwhile).
    func suspend() {
        endwin()
        // SIGSTOP, not SIGTSTP: ncurses installs its own SIGTSTP handler, which does not
        // always stop the process; SIGSTOP always does, and the shell shows the job stopped.
        kill(getpid(), SIGSTOP)
        adoptWindowSize()
        refresh()
    }

    /// Marks the whole screen as unknown, so the next refresh repaints every cell.
    func forceFullRedraw() {
        clearok(nc_curscr(), true)
    }

    deinit { restore() }
}
