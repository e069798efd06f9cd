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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(declaredSize, 0) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.readFailed(describeErrno(errno)))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            // Files that grow while read, or pipes with no declared size.
            if bytes.count > limit { return .failure(.tooLarge(size: bytes.count, limit: limit)) }
        }
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
