#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with POSIX calls, so that loading needs no Foundation.
enum FileReader {
    enum Failure: Error, Equatable {
        case cannotOpen(String)
        case tooLarge(size: Int, limit: Int)
        case readFailed(String)
    }

    static func contents(of path: String, limit: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.cannotOpen(describeErrno(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.cannotOpen(describeErrno(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.cannotOpen("is a directory")) }
        let declaredSize = Int(info.st_size)
        if declaredSize > limit { return .failure(.tooLarge(size: declaredSize, limit: limit)) }
        // Read straight into the final buffer; grow it only for files that report no size
        // (pipes) or that grow while being read.
        var capacity = max(declaredSize, 0) + 1
        var bytes = [UInt8](repeating: 0, count: capacity)
        var filled = 0
        while true {
            if filled == capacity {
                if capacity > limit { return .failure(.tooLarge(size: filled, limit: limit)) }
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
            if filled > limit { return .failure(.tooLarge(size: filled, limit: limit)) }
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
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
func formatByteCount(_ bytes: Int) -> String {
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
