#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with POSIX calls, so that loading needs no Foundation.
public enum FileReader {
    public enum Failure: Error, Equatable {
        case cannotOpen(String)
        /// `size` is what the file says it holds, or (`known` false) what was read before
        /// reading stopped, for a pipe.
        case tooLarge(size: Int, limit: Int, known: Bool)
        case readFailed(String)
    }

    /// What kinds of file may be read.
    public enum Kinds: Sendable {
        /// Regular files only (the text of a document).
        case regular
        /// Regular files, pipes and sockets (a story file, which may come through `<(...)`),
        /// never a device.
        case regularOrStream
    }

    public static func contents(of path: String, limit: Int, kinds: Kinds = .regularOrStream) -> Result<
        [UInt8], Failure
    > {
        contents(of: path, kinds: kinds) { _ in limit }
    }

    /// As `contents(of:limit:kinds:)`, with a limit that depends on what the file starts with
    /// (a story file may be larger than an article): `limit` is asked once, with the first
    /// bytes (up to `peekBytes`), before the rest is read. A file whose size is over the limit
    /// is refused from its size alone, in constant memory, however large it says it is.
    public static func contents(
        of path: String, kinds: Kinds = .regularOrStream, peekBytes: Int = 4096, limit: ([UInt8]) -> Int
    ) -> Result<[UInt8], Failure> {
        // Never blocking on open: a FIFO with no writer would otherwise hang here. Reads block
        // again afterwards, so a pipe whose writer is slow is still read whole.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (kinds == .regular ? O_NOFOLLOW : 0))
        guard descriptor >= 0 else { return .failure(.cannotOpen(describeErrno(errno))) }
        defer { close(descriptor) }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.cannotOpen(describeErrno(errno))) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { return .failure(.cannotOpen("is a directory")) }
        if type != S_IFREG {
            let what = type == S_IFCHR || type == S_IFBLK ? "a device" : type == S_IFIFO ? "a pipe" : "a socket"
            if kinds == .regular || type == S_IFCHR || type == S_IFBLK {
                return .failure(.cannotOpen("is \(what), not a regular file"))
            }
        }
        let declaredSize = type == S_IFREG ? Int(info.st_size) : 0
        // The first bytes, which decide the limit.
        var bytes = [UInt8](repeating: 0, count: peekBytes)
        var filled = 0
        var ended = false
        while filled < peekBytes {
            switch readSome(descriptor, into: &bytes, at: filled) {
            case .failure(let failure): return .failure(failure)
            case .success(0): ended = true
            case .success(let count): filled += count
            }
            if ended { break }
        }
        let limit = limit(Array(bytes[..<filled]))
        if declaredSize > limit { return .failure(.tooLarge(size: declaredSize, limit: limit, known: true)) }
        if filled > limit { return .failure(.tooLarge(size: filled, limit: limit, known: false)) }
        if ended {
            bytes.removeSubrange(filled...)
            return .success(bytes)
        }
        // Read straight into the final buffer; grow it only for files that report no size
        // (pipes) or that grow while being read.
        var capacity = max(declaredSize, filled) + 1
        bytes += [UInt8](repeating: 0, count: capacity - bytes.count)
        while true {
            if filled == capacity {
                if capacity > limit { return .failure(.tooLarge(size: filled, limit: limit, known: false)) }
                capacity = min(capacity * 2, limit + 1)
                bytes += [UInt8](repeating: 0, count: capacity - bytes.count)
            }
            switch readSome(descriptor, into: &bytes, at: filled) {
            case .failure(let failure): return .failure(failure)
            case .success(0): ended = true
            case .success(let count): filled += count
            }
            if ended { break }
            if filled > limit { return .failure(.tooLarge(size: filled, limit: limit, known: false)) }
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    /// One read(2) into `bytes` from `offset` to its end, past interruptions.
    private static func readSome(_ descriptor: Int32, into bytes: inout [UInt8], at offset: Int) -> Result<Int, Failure>
    {
        while true {
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if count >= 0 { return .success(count) }
            if errno != EINTR { return .failure(.readFailed(describeErrno(errno))) }
        }
    }

    /// The path of the file a story names as a `textFile`, if the name keeps to the story's
    /// folder: relative, no NUL, no ".." that climbs out of the folder, and no symbolic link
    /// that leads out of it. A story someone sends you must not be able to read (and, through
    /// export, pass on) any other file of yours.
    static func confinedPath(_ name: String, in directory: String) -> Result<String, StoryLoader.TextFileError> {
        let rule = "a textFile must name a file inside the story's folder"
        if name.utf8.contains(0) {
            return .failure(.init(message: "\(rule), and a file name cannot hold a NUL character"))
        }
        if name.hasPrefix("/") { return .failure(.init(message: "\(rule), not an absolute path")) }
        var depth = 0
        for component in name.split(separator: "/", omittingEmptySubsequences: true) {
            if component == ".." { depth -= 1 } else if component != "." { depth += 1 }
            if depth < 0 { return .failure(.init(message: "\(rule); \"..\" leads out of it")) }
        }
        guard let folder = realPath(directory) else {
            return .failure(.init(message: "cannot resolve the story's folder: \(describeErrno(errno))"))
        }
        guard let target = realPath("\(directory)/\(name)") else {
            return .failure(.init(message: describeErrno(errno)))
        }
        let inside = folder == "/" ? target.hasPrefix("/") : target.hasPrefix(folder + "/")
        if !inside { return .failure(.init(message: "\(rule); a symbolic link leads out of it")) }
        return .success(target)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func describeErrno(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES: "permission denied"
        case EISDIR: "is a directory"
        case ENOTDIR: "a component of the path is not a directory"
        case ELOOP: "too many symbolic links"
        case ENAMETOOLONG: "file name too long"
        default: String(cString: strerror(code))
        }
    }
}

/// "1.2 MB" style sizes for messages.
public func formatByteCount(_ bytes: Int) -> String {
    if bytes < 1024 { return "\(bytes) bytes" }
    let units = ["KiB", "MiB", "GiB", "TiB"]
    var value = Double(bytes) / 1024
    var unit = 0
    while value >= 1024 && unit < units.count - 1 {
        value /= 1024
        unit += 1
    }
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10) \(units[unit])"
}
