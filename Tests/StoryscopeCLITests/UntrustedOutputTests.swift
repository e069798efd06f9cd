import Foundation
import StoryGenerator
import Testing

@testable import StoryModel

/// Output that cannot be lost or misreported: write errors fail loudly, names on standard
/// error are shown as visible text, a read-only file is not replaced without --force, and
/// an interrupted export leaves no temporary file behind.
@Suite struct UntrustedOutputTests {
    @Test func aFullDiskOrAClosedOutputIsAnError() throws {
        for (script, reason) in [
            ("\"$0\" export --format markdown > /dev/full", "No space left on device"),
            ("\"$0\" export --format json >&-", "Bad file descriptor"),
            ("\"$0\" schema > /dev/full", "No space left on device"),
            ("\"$0\" validate \"$1\" > /dev/full", "No space left on device"),
        ] {
            let story = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Assets/minerals-deal.story.json").path
            let result = try CLI.run([story], shell: script)
            #expect(result.status == 74, "\(script)")
            #expect(result.stderr == "storyscope: error: cannot write to standard output: \(reason)\n", "\(script)")
        }
    }

    @Test func namesOnStandardErrorAreVisibleText() throws {
        let hostile = "nodir/\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{202E}x.json"
        let write = try CLI.run(["export", "--format", "json", "--output", hostile])
        #expect(write.status == 73)
        #expect(
            write.stderr == "nodir/^[]0;PWNED^G^[[2J<U+202E>x.json: error: cannot write: No such file or directory\n")
        let usage = try CLI.run(["export", "--format", "\u{1B}]52;c;cm0gLXJmIH4=\u{07}"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("^[]52;c;cm0gLXJmIH4=^G"))
        let missing = try CLI.run(["validate", "\u{9B}2J\u{1B}[31m.json"])
        #expect(missing.status == 66)
        for output in [write, usage, missing] {
            #expect(!output.stderr.unicodeScalars.contains { isControl($0) && $0 != "\n" || isBidiControl($0) })
        }
    }

    @Test func aReadOnlyTargetIsReplacedOnlyWithForce() throws {
        let scratch = try Scratch()
        let target = try scratch.write("out.json", "old")
        #expect(chmod(target, 0o444) == 0)
        let refused = try CLI.run(["export", "--format", "json", "--output", target])
        #expect(refused.status == 73)
        #expect(refused.stderr == "\(target): error: cannot write: the file is read-only; use --force to replace it\n")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
        let forced = try CLI.run(["export", "--format", "json", "--output", target, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("{"))
        var status = stat()
        #expect(stat(target, &status) == 0 && status.st_mode & 0o777 == 0o444, "the file's mode is kept")
    }

    @Test func leftoversOfAKilledExportAreRemovedByTheNext() throws {
        let scratch = try Scratch()
        let target = scratch.url.appendingPathComponent("out.json").path
        // No process has a pid this high (pid_max is at most 4194304); ours is alive.
        let dead = try scratch.write("out.json.storyscope-tmp-99999999", "half")
        let alive = try scratch.write("out.json.storyscope-tmp-\(getpid())", "someone else's")
        let unrelated = try scratch.write("other.json.storyscope-tmp-99999999", "another target's")
        #expect(try CLI.run(["export", "--format", "json", "--output", target]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: alive))
        #expect(FileManager.default.fileExists(atPath: unrelated))
    }

    /// A generated story big enough that writing its export takes a while.
    static let bigStory: String = JSONExport.render(StoryGenerator(count: 4_000).generate())

    /// SIGTERM, SIGINT or SIGHUP while the temporary file is being written: it is removed, the
    /// target is untouched, and the program ends by that signal.
    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func aSignalDuringExportLeavesNoTemporaryFile(signal: Int32) throws {
        let scratch = try Scratch()
        let source = try scratch.write("big.json", Self.bigStory)
        let target = try scratch.write("out.json", "old")
        var caught = false
        for _ in 0..<5 where !caught {
            let pid = try spawnWithDefaultSignals(
                CLI.executable.path, ["export", "--story", source, "--format", "json", "--output", target])
            let temporary = "\(target).storyscope-tmp-\(pid)"
            var status: Int32 = 0
            var ended = false
            while !FileManager.default.fileExists(atPath: temporary) {
                if waitpid(pid, &status, WNOHANG) == pid {
                    ended = true
                    break
                }
                usleep(100)
            }
            if !ended {
                kill(pid, signal)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            }
            // The export may have finished between the look and the signal: then try again.
            caught = !ended && status & 0x7F == signal
            if caught {
                #expect(!FileManager.default.fileExists(atPath: temporary))
                // The rename is atomic: the target is the old file or the whole export, never a part.
                let written = try String(contentsOfFile: target, encoding: .utf8)
                #expect(written == "old" || written.hasSuffix("}\n"))
            }
        }
        #expect(caught, "the export ended before the signal could be sent, five times")
    }

    /// posix_spawn with every signal at its default action and none blocked, whatever the
    /// test runner has set; output goes to /dev/null.
    private func spawnWithDefaultSignals(_ path: String, _ arguments: [String]) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO) }
        return pid
    }
}
