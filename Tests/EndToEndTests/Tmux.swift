import Foundation

/// Runs a program in a private tmux server (its own socket, so it never touches a user's
/// tmux) and reads the screen back as text.
final class Tmux {
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }()

    let socket = "storyscope-e2e-\(UUID().uuidString.prefix(8))"
    let session = "main"
    private var serverPID: Int32?

    /// Runs a tmux command and returns what it printed. `capturing: false` is for the command
    /// that starts the server: the server would inherit the pipe and keep it open for ever.
    @discardableResult
    func run(_ arguments: [String], capturing: Bool = true) throws -> String {
        try Spawn.run([Tmux.executable!, "-L", socket] + arguments, capturing: capturing).output
    }

    /// Starts `command` (a shell command line) in a new session of the given size.
    func start(_ command: String, width: Int, height: Int, environment: [String: String] = [:]) throws {
        // The test runner's own environment may say NO_COLOR (swift test sets it); each test
        // says what it wants instead.
        let exports =
            "unset NO_COLOR; "
            + environment.sorted { $0.key < $1.key }.map { "export \($0.key)='\($0.value)';" }.joined(separator: " ")
        try run(
            [
                "-f", "/dev/null", "new-session", "-d", "-s", session, "-x", String(width), "-y", String(height),
                "sh", "-c", "\(exports) \(command)",
            ], capturing: false)
        serverPID = Int32(try run(["display-message", "-p", "#{pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", session] + keys)
    }

    /// Types text literally (no key-name lookup).
    func type(_ text: String) throws {
        try run(["send-keys", "-t", session, "-l", text])
    }

    func capture() throws -> String {
        try run(["capture-pane", "-p", "-t", session])
    }

    /// Polls the screen until `condition` holds on a settled screen (the same in two captures in a
    /// row: a frame can reach tmux in pieces), or the time runs out; returns the last screen.
    @discardableResult
    func wait(timeout: Double = 10, _ description: String, until condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        var lastMatch: String?
        repeat {
            screen = try capture()
            if condition(screen) {
                if screen == lastMatch { return screen }
                lastMatch = screen
                Thread.sleep(forTimeInterval: 0.02)
                continue
            }
            lastMatch = nil
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        if let lastMatch { return lastMatch }
        throw WaitFailure(description: description, screen: screen)
    }

    @discardableResult
    func wait(for text: String, timeout: Double = 10) throws -> String {
        try wait(timeout: timeout, "\u{201C}\(text)\u{201D} on screen") { $0.contains(text) }
    }

    /// Ends the server and everything in it (the browsers inside get SIGHUP), for certain.
    func kill() {
        _ = try? run(["kill-server"], capturing: false)
        if let serverPID, serverPID > 0 { Glibc.kill(serverPID, SIGKILL) }
        serverPID = nil
    }

    deinit { kill() }

    struct WaitFailure: Error, CustomStringConvertible {
        var description: String
        var screen: String
        var descriptionWithScreen: String { "timed out waiting for \(description); the screen was:\n\(screen)" }
    }
}

/// The release binary under test: `.build/release/storyscope` when it is newer than every
/// source file (`.ci/run` builds it first); otherwise one built now in its own scratch folder,
/// since `swift test` holds the lock on `.build`.
enum ReleaseBinary {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func path() throws -> String {
        if let given = ProcessInfo.processInfo.environment["STORYSCOPE_BINARY"] { return given }
        let standard = packageRoot.appendingPathComponent(".build/release/storyscope").path
        if isFresh(standard) { return standard }
        let scratch = packageRoot.appendingPathComponent(".build-e2e").path
        let built = scratch + "/release/storyscope"
        if isFresh(built) { return built }
        let result = try Spawn.run(
            [
                "/usr/bin/env", "swift", "build", "-c", "release", "--product", "storyscope",
                "--scratch-path", scratch, "--package-path", packageRoot.path,
            ], capturing: true)
        guard result.status == 0 else { throw BuildFailure(status: result.status, output: result.output) }
        return built
    }

    struct BuildFailure: Error {
        var status: Int32
        var output: String
    }

    private static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    /// Whether the binary exists and is newer than Package.swift and everything in Sources/ and Assets/.
    private static func isFresh(_ binary: String) -> Bool {
        guard let built = modified(binary) else { return false }
        var newest = modified(packageRoot.appendingPathComponent("Package.swift").path) ?? .distantPast
        for folder in ["Sources", "Assets", "Plugins"] {
            let url = packageRoot.appendingPathComponent(folder)
            guard
                let files = FileManager.default.enumerator(
                    at: url, includingPropertiesForKeys: [.contentModificationDateKey])
            else { continue }
            for case let file as URL in files {
                if let date = try? file.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate,
                    date > newest
                {
                    newest = date
                }
            }
        }
        return built >= newest
    }
}

/// posix_spawn and waitpid, without Foundation's Process, whose reaping of children that
/// start daemons (the tmux server) hangs under the test runner.
enum Spawn {
    struct Failure: Error { var message: String }

    /// Runs a command to completion. Output goes to a temporary file, never a pipe: a daemon
    /// the command starts (tmux starts its server from several commands) would inherit a pipe
    /// and hold it open for ever, and reading it to the end would never return.
    static func run(_ arguments: [String], capturing: Bool) throws -> (output: String, status: Int32) {
        let outputPath =
            capturing
            ? FileManager.default.temporaryDirectory.appendingPathComponent("spawn-\(UUID().uuidString)").path
            : "/dev/null"
        defer { if capturing { unlink(outputPath) } }
        let pid = try launch(arguments, output: outputPath)
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR {}
        // A normal exit puts the status in bits 8-15; anything else (a signal) counts as failure.
        let code = (exitStatus & 0x7F) == 0 ? (exitStatus >> 8) & 0xFF : 128 + (exitStatus & 0x7F)
        let output = capturing ? (FileManager.default.contents(atPath: outputPath) ?? Data()) : Data()
        return (String(decoding: output, as: UTF8.self), code)
    }

    /// Starts a process with standard input from /dev/null and its output (both streams) to a file.
    static func launch(_ arguments: [String], output: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ)
        guard status == 0 else {
            throw Failure(message: "cannot run \(arguments[0]): \(String(cString: strerror(status)))")
        }
        return pid
    }
}
