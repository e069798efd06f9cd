import ArgumentParser
import TemporaryFileGuard

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Writes a whole file or nothing: the text goes to a temporary file beside the target, which
/// is then renamed over it, so an existing file is never left half-written.
/// - A target that is not a regular file (/dev/null, a FIFO, a terminal) is written in place,
///   never replaced; a symbolic link is followed, so the link stays and the file it names gets
///   the text; an existing file keeps its mode.
/// - A read-only target is refused unless `force`, as `mv -i` and `cp` would.
/// - The temporary file is `TARGET.storyscope-tmp-PID`. A signal that ends the program
///   removes it; one that cannot be caught (SIGKILL) leaves it, and the next write to that
///   target removes leftovers whose process is gone.
enum OutputFile {
    static let temporaryMarker = ".storyscope-tmp-"

    static func write(_ text: String, to path: String, force: Bool = false) -> String? {
        var status = stat()
        let exists = stat(path, &status) == 0
        if exists && (status.st_mode & S_IFMT) != S_IFREG {
            return writeInPlace(text, to: path)
        }
        if exists && !force && isReadOnly(status) {
            return "the file is read-only; use --force to replace it"
        }
        let target = exists ? (resolvedPath(path) ?? path) : path
        removeLeftovers(of: target)
        let temporary = "\(target)\(temporaryMarker)\(getpid())"
        _ = tfg_guard(temporary)
        defer { tfg_release() }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        if exists { fchmod(descriptor, status.st_mode & 0o7777) }
        let failure = writeAll(descriptor, text)
        let closed = close(descriptor) == 0 ? nil : String(cString: strerror(errno))
        if let reason = failure ?? closed {
            unlink(temporary)
            return reason
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return reason
        }
        return nil
    }

    /// Whether the file's mode lets no one in our place write it. Root may write anything, so
    /// for root a file with no write bit at all counts as read-only, as `mv -i` sees it.
    private static func isReadOnly(_ status: stat) -> Bool {
        let mode = status.st_mode
        if geteuid() == 0 { return mode & 0o222 == 0 }
        if status.st_uid == geteuid() { return mode & S_IWUSR == 0 }
        if status.st_gid == getegid() { return mode & S_IWGRP == 0 }
        return mode & S_IWOTH == 0
    }

    /// Removes `TARGET.storyscope-tmp-PID` files beside the target whose process no longer
    /// runs: what a killed export left behind.
    static func removeLeftovers(of target: String) {
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { String(target[..<$0]) } ?? "."
        let prefix = (slash.map { String(target[target.index(after: $0)...]) } ?? target) + temporaryMarker
        guard let directory = opendir(folder.isEmpty ? "/" : folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.hasPrefix(prefix), let pid = pid_t(name.dropFirst(prefix.count)), pid != getpid() else {
                continue
            }
            if kill(pid, 0) == 0 || errno != ESRCH { continue }
            let leftover = "\(folder)/\(name)"
            var info = stat()
            guard lstat(leftover, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid() else {
                continue
            }
            unlink(leftover)
        }
    }

    private static func writeInPlace(_ text: String, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        let failure = writeAll(descriptor, text)
        let closed = close(descriptor) == 0 ? nil : String(cString: strerror(errno))
        return failure ?? closed
    }

    private static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// `--output FILE [--force]`, shared by the commands that write a file: the whole file or
/// nothing, or standard output when no file is named.
struct OutputOption: ParsableArguments {
    @Option(
        name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: [.short, .long], help: "Replace the --output file even when it is read-only.")
    var force = false

    func write(_ text: String) throws(CommandFailure) {
        if let output {
            if let failure = OutputFile.write(text, to: output, force: force) {
                StandardError.print("\(output): error: cannot write: \(failure)")
                throw CommandFailure(status: .cannotCreate)
            }
        } else {
            try StandardOutput.write(text)
        }
    }
}
