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
        // Not blocking on open: a FIFO with no writer would otherwise hang here.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (kinds == .regular ? O_NONBLOCK | O_NOFOLLOW : 0))
        guard descriptor >= 0 else { return .failure(.cannotOpen(describeErrno(errno))) }
        defer { close(descriptor) }
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
        let declaredSize = Int(info.st_size)
        if declaredSize > limit { return .failure(.tooLarge(size: declaredSize, limit: limit, known: true)) }
        // Read straight into the final buffer; grow it only for files that report no size
        // (pipes) or that grow while being read.
        var capacity = max(declaredSize, 0) + 1
        var bytes = [UInt8](repeating: 0, count: capacity)
        var filled = 0
        while true {
            if filled == capacity {
                if capacity > limit { return .failure(.tooLarge(size: filled, limit: limit, known: false)) }
                capacity = min(capacity * 2, limit + 1)
                bytes += [UInt8](repeating: 0, count: capacity - bytes.count)
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, capacity - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.readFailed(describeErrno(errno)))
            }
            if count == 0 { break }
            filled += count
            if filled > limit { return .failure(.tooLarge(size: filled, limit: limit, known: false)) }
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
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
