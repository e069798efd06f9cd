#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
@_exported import StoryModel

/// Writes to file descriptors directly: no Foundation, and no C `stdout`/`stderr` globals,
/// which Swift 6 rejects as not concurrency-safe.
enum StandardOutput {
    static func write(_ text: String) { writeAll(1, text) }
}

enum StandardError {
    static func print(_ line: String) { writeAll(2, line + "\n") }
}

@discardableResult
func writeAll(_ descriptor: Int32, _ text: String) -> Bool {
    var text = text
    return text.withUTF8 { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}

/// Writes a whole file or nothing: the text goes to a temporary file beside the target,
/// which is then renamed over it, so an existing file is never left half-written. A target that
/// is not a regular file (/dev/null, a FIFO, a terminal) is written in place, never replaced; a
/// symbolic link is followed, so the link stays and the file it names gets the text.
enum OutputFile {
    static func write(_ text: String, to path: String) -> String? {
        var status = stat()
        let exists = stat(path, &status) == 0
        if exists && (status.st_mode & S_IFMT) != S_IFREG {
            return writeInPlace(text, to: path)
        }
        let target = exists ? (resolvedPath(path) ?? path) : path
        let temporary = "\(target).tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        if exists { fchmod(descriptor, status.st_mode & 0o7777) }
        let ok = writeAll(descriptor, text)
        let error = errno
        let closed = close(descriptor) == 0
        guard ok, closed else {
            unlink(temporary)
            return String(cString: strerror(ok ? errno : error))
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return reason
        }
        return nil
    }

    private static func writeInPlace(_ text: String, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        let ok = writeAll(descriptor, text)
        let error = errno
        close(descriptor)
        return ok ? nil : String(cString: strerror(error))
    }

    private static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
