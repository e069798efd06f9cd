import StoryModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Writes to file descriptors directly: no Foundation, and no C `stdout`/`stderr` globals,
/// which Swift 6 rejects as not concurrency-safe.
enum StandardOutput {
    /// Writes the text, or says why it could not on standard error and fails with status 74:
    /// output that did not arrive (a full disk, a closed descriptor) is never a success.
    static func write(_ text: String) throws(CommandFailure) {
        if let failure = writeAll(1, text) {
            StandardError.print("storyscope: error: cannot write to standard output: \(failure)")
            throw CommandFailure(status: .ioError)
        }
    }
}

enum StandardError {
    /// Prints one line; whatever it holds is made visible first (`^[` for ESC), so a file name
    /// or a value from a story cannot drive the terminal.
    static func print(_ line: String) { _ = writeAll(2, visibleText(line) + "\n") }
}

/// Writes all of the text; nil, or why not.
func writeAll(_ descriptor: Int32, _ text: String) -> String? {
    var text = text
    return text.withUTF8 { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }
}
