import Foundation
import Testing

/// The everyday case: storyscope over a real ssh session. The test starts OpenSSH's sshd on
/// 127.0.0.1 at a free port, with a host key and a user key it makes itself, and connects with
/// `ssh -tt` from inside tmux.
@Suite(
    .serialized,
    .enabled(
        if: Tmux.executable != nil && SSHServer.available,
        "needs tmux and OpenSSH (apt-get install tmux openssh-server openssh-client); .ci/run installs them"))
struct SSHTests {
    @Test func browsingOverSSH() throws {
        let binary = try ReleaseBinary.path()
        let directory = try Harness.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try SSHServer(directory: directory)
        defer { server.stop() }
        let tmux = Tmux()
        defer { tmux.kill() }
        Harness.reportingTimeouts {
            let remote = "TERM=xterm-256color LANG=C.UTF-8 '\(binary)'; echo REMOTE-EXIT=$?"
            try tmux.start(
                "\(server.clientCommand(remote)); echo SSH-EXIT=$?; exec sleep 600", width: 80, height: 24,
                environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
            let first = try tmux.wait(for: "Contested (8)", timeout: 20)
            #expect(first.hasPrefix(" storyscope [1 Overview]"))
            try tmux.send("4")
            try tmux.send("Enter")
            let narratives = try tmux.wait(for: "\u{201C}framework agreement\u{201D}")
            #expect(narratives.contains("\u{201C}very big agreement\u{201D}"))
            try tmux.send("l")
            try tmux.send("Enter")
            try tmux.wait(for: "── Volodymyr Zelensky ──")
            try tmux.send("BSpace")
            try tmux.wait(for: "[4 Narratives]")
            try tmux.send("q")
            let after = try tmux.wait(for: "SSH-EXIT=")
            #expect(after.contains("REMOTE-EXIT=0"))
            #expect(after.contains("SSH-EXIT=0"))
            #expect(!after.contains("[4 Narratives]"), "the remote screen was restored")
        }
    }
}

/// A throwaway sshd for one test: its own keys, config and port, stopped afterwards.
final class SSHServer {
    static let sshd = "/usr/sbin/sshd"
    static var available: Bool {
        ["/usr/sbin/sshd", "/usr/bin/ssh", "/usr/bin/ssh-keygen"].allSatisfy {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    let directory: URL
    let port: Int
    private var pid: pid_t = 0

    init(directory: URL) throws {
        self.directory = directory
        let path = directory.path
        for (key, type) in [("host_key", "ed25519"), ("user_key", "ed25519")] {
            let result = try Spawn.run(
                ["/usr/bin/ssh-keygen", "-q", "-t", type, "-N", "", "-f", "\(path)/\(key)"], capturing: true)
            guard result.status == 0 else { throw Spawn.Failure(message: "ssh-keygen: \(result.output)") }
        }
        try FileManager.default.copyItem(atPath: "\(path)/user_key.pub", toPath: "\(path)/authorized_keys")
        port = try SSHServer.freePort()
        let user = String(cString: getpwuid(getuid()).pointee.pw_name)
        let config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(path)/host_key
            PidFile \(path)/sshd.pid
            AuthorizedKeysFile \(path)/authorized_keys
            AllowUsers \(user)
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PubkeyAuthentication yes
            PermitRootLogin prohibit-password
            StrictModes no
            UsePAM no
            PrintMotd no
            LogLevel ERROR
            """
        try config.write(toFile: "\(path)/sshd_config", atomically: true, encoding: .utf8)
        // sshd wants its privilege-separation directory; a fresh machine may not have it yet.
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        pid = try Spawn.launch([SSHServer.sshd, "-D", "-e", "-f", "\(path)/sshd_config"], output: "\(path)/sshd.log")
        // Wait until it accepts connections.
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if SSHServer.canConnect(port: port) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let log = (try? String(contentsOfFile: "\(path)/sshd.log", encoding: .utf8)) ?? ""
        stop()
        throw Spawn.Failure(message: "sshd did not start: \(log)")
    }

    /// The ssh command line that runs `command` on this server in a terminal.
    func clientCommand(_ command: String) -> String {
        let path = directory.path
        let escaped = command.replacingOccurrences(of: "'", with: "'\\''")
        return
            "ssh -tt -q -p \(port) -i '\(path)/user_key' -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
            + "-o BatchMode=yes -o LogLevel=ERROR \(String(cString: getpwuid(getuid()).pointee.pw_name))@127.0.0.1 '\(escaped)'"
    }

    func stop() {
        guard pid > 0 else { return }
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        pid = 0
    }

    deinit { stop() }

    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard bound else { throw Spawn.Failure(message: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func canConnect(port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}
