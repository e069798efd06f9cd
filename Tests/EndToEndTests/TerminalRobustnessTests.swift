import Foundation
import Testing

/// Issue 4: the browser in real terminals of several kinds, resized, signalled, suspended,
/// crashed and fed a hostile story. Each test starts its own private tmux server.
@Suite(
    .serialized,
    .enabled(if: Tmux.executable != nil, "tmux is not installed (apt-get install tmux); .ci/run installs it"))
struct TerminalRobustnessTests {
    static let terms = ["xterm-256color", "screen-256color", "linux", "vt100"]
    static let locales = ["C.UTF-8", "C"]

    @Test(arguments: terms, locales)
    func opensNavigatesAndQuitsInEveryTerminal(term: String, locale: String) throws {
        let binary = try ReleaseBinary.path()
        let tmux = Tmux()
        defer { tmux.kill() }
        Harness.reportingTimeouts {
            try tmux.start(
                Harness.wrapped(binary), width: 80, height: 24,
                environment: ["TERM": term, "LANG": locale, "LC_ALL": locale])
            let first = try tmux.wait(for: "Contested (8)")
            if locale == "C" {
                // No UTF-8: ASCII throughout, dashes and quotes included, never mojibake.
                let asciiOnly = first.unicodeScalars.allSatisfy { $0.isASCII }
                #expect(asciiOnly, "non-ASCII output under LANG=C (\(term))")
                #expect(first.contains("Who    Donald Trump - Volodymyr Zelensky"))
            } else {
                #expect(first.contains("Who    Donald Trump · Volodymyr Zelensky"))
            }
            try tmux.send("4")
            try tmux.send("Enter")
            let narratives = try tmux.wait(for: "[4 Narratives]")
            #expect(narratives.contains("very big agreement") && narratives.contains("framework agreement"))
            try tmux.send("q")
            let ending = try Harness.ending(tmux)
            #expect(ending.status == 0, "\(term) \(locale)")
            #expect(ending.ttySame, "\(term) \(locale)")
            if term == "linux" || term == "vt100" {
                // No alternate screen to return to: the browser clears what it drew instead.
                #expect(
                    !ending.screen.contains("storyscope") && !ending.screen.contains("framework agreement"),
                    "\(term) \(locale): \(ending.screen)")
            } else {
                #expect(ending.screenRestored, "\(term) \(locale): \(ending.screen)")
            }
        }
    }

    /// Colour only where the terminal has it and the user wants it; the same screen otherwise.
    @Test func colourFollowsTheTerminalAndNoColor() throws {
        let binary = try ReleaseBinary.path()
        func colourCodes(term: String, extra: [String: String] = [:], arguments: String = "") throws -> Bool {
            let tmux = Tmux()
            defer { tmux.kill() }
            try tmux.start(
                Harness.wrapped(binary, arguments), width: 80, height: 24,
                environment: ["TERM": term, "LANG": "C.UTF-8"].merging(extra) { $1 })
            try tmux.wait(for: "Contested (8)")
            let styled = try tmux.run(["capture-pane", "-p", "-e", "-t", tmux.session])
            return hasColour(styled)
        }
        let xterm = try colourCodes(term: "xterm-256color")
        let linux = try colourCodes(term: "linux")
        let vt100 = try colourCodes(term: "vt100")
        let noColorVariable = try colourCodes(term: "xterm-256color", extra: ["NO_COLOR": "1"])
        let noColorFlag = try colourCodes(term: "xterm-256color", arguments: "--no-color")
        #expect(xterm)
        #expect(linux)
        #expect(!vt100, "vt100 is monochrome")
        #expect(!noColorVariable, "NO_COLOR")
        #expect(!noColorFlag, "--no-color")
    }

    /// Whether any SGR sequence sets a foreground or background colour (30-37, 38, 40-47, 48,
    /// 90-97, 100-107); 39 and 49 only reset to the default.
    func hasColour(_ text: String) -> Bool {
        for sequence in text.components(separatedBy: "\u{1B}[").dropFirst() {
            guard let end = sequence.firstIndex(of: "m"), sequence[..<end].allSatisfy({ $0.isNumber || $0 == ";" })
            else { continue }
            for parameter in sequence[..<end].split(separator: ";").compactMap({ Int($0) }) {
                if (30...38).contains(parameter) || (40...48).contains(parameter) || (90...97).contains(parameter)
                    || (100...107).contains(parameter)
                {
                    return true
                }
            }
        }
        return false
    }

    @Test func resizesDownToOneByOneAndBack() throws {
        let binary = try ReleaseBinary.path()
        let tmux = Tmux()
        defer { tmux.kill() }
        Harness.reportingTimeouts {
            try Harness.startBrowser(tmux, binary)
            try tmux.send("3")
            // Each size has a title bar of its own, so a wait cannot match the previous screen.
            let steps: [(width: Int, height: Int, firstLine: String?)] = [
                (30, 8, nil), (1, 1, nil), (2, 2, nil),
                (40, 10, " storyscope  1  2 [3 Timeline] 4  5"),
                (200, 60, " storyscope  1 Overview  2 Entities [3 Timeline] 4 Narratives  5 Source"),
                (80, 24, " storyscope  1 Overview  2 Entities [3 Timeline] 4 Narratives  5 Source"),
            ]
            for step in steps {
                try tmux.run(["resize-window", "-t", tmux.session, "-x", String(step.width), "-y", String(step.height)])
                if let firstLine = step.firstLine {
                    try tmux.wait(timeout: 5, "the \(step.width)x\(step.height) screen") { screen in
                        let first =
                            screen.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
                        // At 200 columns the story title follows the tabs; at 80 there is no room.
                        return step.width == 200
                            ? first.hasPrefix(firstLine) && first.contains("minerals deal") : first == firstLine
                    }
                } else if step.width >= 20 {
                    try tmux.wait(for: "terminal too small")
                } else {
                    Thread.sleep(forTimeInterval: 0.2)
                }
            }
            // A burst of resizes with no pause: the last one must win, whenever the signals land
            // (a resize just before the browser waits for input must not be lost).
            for width in [60, 120, 45, 100, 70, 90, 80] {
                try tmux.run(["resize-window", "-t", tmux.session, "-x", String(width), "-y", "24"])
            }
            let back = try tmux.wait(timeout: 5, "the 80x24 screen after the burst") { screen in
                screen.hasPrefix(" storyscope  1 Overview  2 Entities [3 Timeline] 4 Narratives  5 Source\n")
            }
            #expect(back.contains("undated"), "the time axis is drawn again at 80x24")
            try tmux.send("q")
            let ending = try Harness.ending(tmux)
            #expect(ending.status == 0)
            #expect(ending.ttySame)
        }
    }

    @Test(arguments: [("HUP", 129), ("TERM", 143), ("INT", 130), ("QUIT", 131)])
    func signalsEndTheBrowserWithTheTerminalRestored(signal: String, status: Int) throws {
        let binary = try ReleaseBinary.path()
        let tmux = Tmux()
        defer { tmux.kill() }
        Harness.reportingTimeouts {
            try Harness.startBrowser(tmux, binary)
            let child = try #require(try Harness.browserPID(tmux), "browser process not found")
            _ = try Spawn.run(["/bin/kill", "-\(signal)", String(child)], capturing: true)
            let ending = try Harness.ending(tmux)
            #expect(ending.status == status, "SIG\(signal)")
            #expect(ending.ttySame, "SIG\(signal)")
            #expect(ending.screenRestored, "SIG\(signal): \(ending.screen)")
        }
    }

    /// The terminal disappears without a SIGHUP reaching the browser (its tmux server is killed
    /// outright): the browser must exit, not spin on a dead terminal.
    @Test func theBrowserEndsWhenItsTerminalVanishes() throws {
        let binary = try ReleaseBinary.path()
        let tmux = Tmux()
        defer { tmux.kill() }
        Harness.reportingTimeouts {
            try Harness.startBrowser(tmux, binary)
            let pid = try #require(try Harness.browserPID(tmux), "browser process not found")
            tmux.kill()
            // Gone, or a zombie waiting for init to reap it: either way no longer running.
            func running() -> Bool {
                guard let status = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
                    return false
                }
                let state = status.split(separator: ")").last?.split(separator: " ").first
                return state != "Z" && state != "X"
            }
            let deadline = Date().addingTimeInterval(5)
            while running() && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            #expect(!running(), "the browser is still running without a terminal")
            if running() { kill(pid, SIGKILL) }
        }
    }

    @Test func aCrashStillRestoresTheTerminal() throws {
        let binary = try ReleaseBinary.path()
        let tmux = Tmux()
        defer { tmux.kill() }
        Harness.reportingTimeouts {
            try Harness.startBrowser(
                tmux, binary, environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "STORYSCOPE_TEST_TRAP": "Z"])
            #expect(try Harness.keypadModes(tmux) == "1 1", "the browser runs with the keypad in application mode")
            try tmux.send("Z")
            let ending = try Harness.ending(tmux)
            #expect(ending.status >= 128, "died of a signal")
            #expect(ending.ttySame)
            #expect(ending.screenRestored, "\(ending.screen)")
            // Cursor keys and keypad back in normal mode, as q leaves them.
            #expect(try Harness.keypadModes(tmux) == "0 0")
        }
    }

    /// A long draft can be walked away from: q, Ctrl-C and the signals end the browser at once,
    /// with the terminal restored, while the draft is still under way on its own thread.
    @Test(arguments: [("q", 0), ("C-c", 0), ("TERM", 143), ("HUP", 129)])
    func quittingWhileDraftingEndsAtOnce(how: String, status: Int) throws {
        let binary = try ReleaseBinary.path()
        let folder = try Harness.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("slow.txt")
        try "Date: 2025-02-26\nAnna Berg said \"we are ready\" on Friday.\n".write(
            to: article, atomically: true, encoding: .utf8)
        let tmux = Tmux()
        defer { tmux.kill() }
        Harness.reportingTimeouts {
            try tmux.start(
                Harness.wrapped(binary, "'\(article.path)'"), width: 80, height: 24,
                environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "STORYSCOPE_TEST_DRAFT_DELAY": "60000000"])
            let waiting = try tmux.wait(for: "q or Ctrl-C stops and quits")
            #expect(waiting.contains("Drafting \(article.path)"))
            if how.count == 1 || how.hasPrefix("C-") {
                try tmux.send(how)
            } else {
                let child = try #require(try Harness.browserPID(tmux), "browser process not found")
                _ = try Spawn.run(["/bin/kill", "-\(how)", String(child)], capturing: true)
            }
            // Well before the draft's minute is up.
            let ending = try Harness.ending(tmux, timeout: 5)
            #expect(ending.status == status, "\(how)")
            #expect(ending.ttySame, "\(how)")
            #expect(ending.screenRestored, "\(how): \(ending.screen)")
            #expect(try Harness.keypadModes(tmux) == "0 0", "\(how)")
        }
    }

    @Test func suspendWithCtrlZThenFg() throws {
        let binary = try ReleaseBinary.path()
        let tmux = Tmux()
        defer { tmux.kill() }
        Harness.reportingTimeouts {
            // capture-pane drops trailing spaces, so the prompt ends in a visible character.
            try tmux.start(
                "PS1='READY>' exec bash --norc --noprofile -i", width: 80, height: 24,
                environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
            try tmux.wait(for: "READY>")
            try tmux.type("stty -g > saved.stty; '\(binary)'")
            try tmux.send("Enter")
            try tmux.wait(for: "Contested (8)")
            try tmux.send("2")
            try tmux.wait(for: "[2 Entities]")
            try tmux.send("C-z")
            try tmux.wait(for: "Stopped")
            try tmux.type("stty -g | cmp -s - saved.stty && echo SUSPENDED-TTY-SAME")
            try tmux.send("Enter")
            try tmux.wait(for: "SUSPENDED-TTY-SAME")
            // Resized while suspended: fg must draw at the new size.
            try tmux.run(["resize-window", "-t", tmux.session, "-x", "120", "-y", "30"])
            try tmux.type("fg")
            try tmux.send("Enter")
            // Side by side, as at 120 columns: the detail pane's separator and heading.
            try tmux.wait(for: "│Volodymyr Zelensky")
            try tmux.send("q")
            try tmux.type("stty -g | cmp -s - saved.stty && echo AFTER-TTY-SAME; rm -f saved.stty")
            try tmux.send("Enter")
            try tmux.wait(for: "AFTER-TTY-SAME")
        }
    }

    @Test func terminalsThatCannotWorkGetAClearError() throws {
        let binary = try ReleaseBinary.path()
        for (term, expected) in [
            ("nosuchterm", "TERM=nosuchterm is unknown here"), ("dumb", "TERM=dumb cannot move the cursor"),
            ("", "TERM is not set"),
        ] {
            let tmux = Tmux()
            defer { tmux.kill() }
            Harness.reportingTimeouts {
                let setTerm = term.isEmpty ? "unset TERM;" : "export TERM='\(term)';"
                try tmux.start(
                    Harness.wrapped(binary, "2>&1", prelude: setTerm), width: 100, height: 24,
                    environment: ["LANG": "C.UTF-8"])
                let ending = try Harness.ending(tmux)
                #expect(ending.status == 2, "TERM=\(term)")
                #expect(ending.screen.contains("storyscope: error:"), "TERM=\(term)")
                #expect(
                    ending.screen.replacingOccurrences(of: "\n", with: "").contains(expected),
                    "TERM=\(term): \(ending.screen)")
                #expect(ending.ttySame)
            }
        }
    }

    /// A terminal that cannot move the cursor gets the error line and nothing else: no screen
    /// "cleared" with a page of spaces before it.
    @Test func aDumbTerminalGetsOnlyTheErrorLine() throws {
        let binary = try ReleaseBinary.path()
        let directory = try Harness.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = directory.appendingPathComponent("dumb.bin").path
        let tmux = Tmux()
        defer { tmux.kill() }
        Harness.reportingTimeouts {
            try tmux.start(
                Harness.wrapped(binary, "2>&1", prelude: "sleep 0.3; export TERM=dumb;"), width: 80, height: 24,
                environment: ["LANG": "C.UTF-8"])
            try tmux.run(["pipe-pane", "-o", "-t", tmux.session, "cat >> '\(log)'"])
            let ending = try Harness.ending(tmux)
            #expect(ending.status == 2)
            let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: log)), as: UTF8.self)
            let afterShell = written.components(separatedBy: "SHELL READY").last ?? written
            let beforeError = afterShell.components(separatedBy: "storyscope: error:").first ?? afterShell
            #expect(beforeError.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
            #expect(beforeError.count < 8, "\(beforeError.count) bytes before the error line")
        }
    }

    @Test func mouseClicksWithMouseOn() throws {
        let binary = try ReleaseBinary.path()
        let tmux = Tmux()
        defer { tmux.kill() }
        Harness.reportingTimeouts {
            try Harness.startBrowser(tmux, binary, arguments: "--mouse")
            try tmux.send("4")
            try tmux.wait(for: "[4 Narratives]")
            // An SGR mouse report, as xterm sends it: button 1 pressed and released at column 4, row 5.
            let click = FileManager.default.temporaryDirectory.appendingPathComponent("click-\(UUID()).bin")
            try Data("\u{1B}[<0;4;5M\u{1B}[<0;4;5m".utf8).write(to: click)
            defer { try? FileManager.default.removeItem(at: click) }
            try tmux.run(["load-buffer", "-b", "click", click.path])
            try tmux.run(["paste-buffer", "-b", "click", "-t", tmux.session])
            // Both, in one wait: a frame can reach tmux in pieces.
            _ = try tmux.wait(timeout: 5, "the fourth topic selected by the click") { screen in
                screen.contains("> 4. Is a ceasefire near?") && screen.contains("Narratives 4/8")
            }
            try tmux.send("q")
            #expect(try Harness.ending(tmux).status == 0)
        }
    }

    @Test func yPutsTheCitationOnTheClipboard() throws {
        let binary = try ReleaseBinary.path()
        let tmux = Tmux()
        defer { tmux.kill() }
        Harness.reportingTimeouts {
            try tmux.start(
                Harness.wrapped(binary), width: 80, height: 24,
                environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
            // tmux takes OSC 52 from programs into its paste buffer when set-clipboard is on.
            try tmux.run(["set-option", "-g", "set-clipboard", "on"])
            try tmux.wait(for: "Contested (8)")
            for key in ["4", "Enter", "l", "y"] { try tmux.send(key) }
            try tmux.wait(for: "Sent ")
            let buffer = try tmux.run(["show-buffer"])
            #expect(
                buffer.hasPrefix("\u{201C}framework agreement\u{201D} \u{2014} Volodymyr Zelensky (said)"), "\(buffer)")
            #expect(buffer.contains("line 11:"))
            try tmux.send("q")
            #expect(try Harness.ending(tmux).status == 0)
        }
    }
}
