import Foundation
import Testing

enum Harness {
    /// A shell around the browser that records the terminal state before and after, and the
    /// exit status, then stays open so the restored screen can be read.
    static func wrapped(_ binary: String, _ arguments: String = "", prelude: String = "") -> String {
        """
        \(prelude) printf 'SHELL READY\\n'; before=$(stty -g); '\(binary)' \(arguments); status=$?; after=$(stty -g); \
        if [ "$before" = "$after" ]; then echo STTY=same; else echo STTY=changed; fi; echo EXIT=$status; exec sleep 600
        """
    }

    /// Starts the browser (wrapped, see `wrapped`) in a fresh tmux session and waits for its
    /// first screen; returns that screen.
    @discardableResult
    static func startBrowser(
        _ tmux: Tmux, _ binary: String, arguments: String = "", width: Int = 80, height: Int = 24,
        environment: [String: String] = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]
    ) throws -> String {
        try tmux.start(wrapped(binary, arguments), width: width, height: height, environment: environment)
        return try tmux.wait(for: "Contested (8)")
    }

    /// After the browser ended: its exit status, and whether the terminal came back whole.
    struct Ending {
        var status: Int
        var ttySame: Bool
        var screen: String
        /// The shell's own line is back, and none of the browser's screen is left.
        var screenRestored: Bool { screen.contains("SHELL READY") && !screen.contains(" storyscope ") }
    }

    static func ending(_ tmux: Tmux, timeout: Double = 10) throws -> Ending {
        let screen = try tmux.wait(timeout: timeout, "the browser to end") { $0.contains("EXIT=") }
        let status = screen.components(separatedBy: "EXIT=").last.flatMap { Int($0.prefix { $0.isNumber }) } ?? -1
        return Ending(status: status, ttySame: screen.contains("STTY=same"), screen: screen)
    }

    /// tmux's record of the pane's cursor-key and keypad modes ("1 1" in application mode, as
    /// the browser sets them; "0 0" as a shell expects them).
    static func keypadModes(_ tmux: Tmux) throws -> String {
        try tmux.run(["display-message", "-p", "-t", tmux.session, "#{keypad_cursor_flag} #{keypad_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The browser's process: the child of the shell running in the pane.
    static func browserPID(_ tmux: Tmux) throws -> Int32? {
        let pane = try tmux.run(["display-message", "-p", "-t", tmux.session, "#{pane_pid}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        let child = try Spawn.run(["/usr/bin/pgrep", "-P", pane, "-x", "storyscope"], capturing: true).output
        return Int32(child.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "storyscope-e2e-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a body, turning a timed-out wait into a test failure that shows the screen.
    static func reportingTimeouts(_ body: () throws -> Void) {
        do {
            try body()
        } catch let failure as Tmux.WaitFailure {
            Issue.record(Comment(rawValue: failure.descriptionWithScreen))
        } catch {
            Issue.record(error)
        }
    }
}
