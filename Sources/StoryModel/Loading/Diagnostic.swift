#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// One problem found in a story file, with the place it was found.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based; 0 when the problem concerns the file as a whole.
    public var line: Int
    public var column: Int
    /// Where in the JSON structure, e.g. `$.entities[3].aliases[1]`; nil for syntax errors.
    public var path: String?
    public var message: String

    public init(file: String, line: Int, column: Int, path: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: PATH: message`, one line, safe to print to a terminal.
    public var description: String {
        let place = line > 0 ? "\(file):\(line):\(column)" : file
        let text = path.map { "\($0): \(message)" } ?? message
        return visibleText("\(place): error: \(text)")
    }
}

/// Why a story could not be loaded.
public struct StoryLoadError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// The file is missing or cannot be read (exit status 66).
        case unreadable
        /// The file was read but is not a valid story (exit status 65).
        case invalid
    }

    public var kind: Kind
    /// At least one; sorted by place in the file.
    public var diagnostics: [Diagnostic]

    public init(kind: Kind, diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Maps byte offsets of a file to 1-based line and column (columns count characters as
/// Unicode scalars, tabs as one). Only used once something is wrong, so it scans on demand;
/// `locateAll` places any number of offsets in one pass over the file.
struct SourceLocator {
    private let bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }

    func locate(_ offset: Int) -> (line: Int, column: Int) { locateAll([offset])[0] }

    /// The line and column of each offset, in the order given: one pass over the file up to
    /// the last offset, whatever their number.
    func locateAll(_ offsets: [Int]) -> [(line: Int, column: Int)] {
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var result = [(line: Int, column: Int)](repeating: (1, 1), count: offsets.count)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var line = 1
            var lineStart = 0
            // The column is counted from `counted` (a scalar boundary at or after lineStart).
            var counted = 0
            var column = 1
            for slot in order {
                let target = max(0, min(offsets[slot], buffer.count))
                while lineStart < target,
                    let found = memchr(base + max(lineStart, counted), 0x0A, target - max(lineStart, counted))
                {
                    line += 1
                    lineStart = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                    counted = lineStart
                    column = 1
                }
                if counted < lineStart {
                    counted = lineStart
                    column = 1
                }
                // Characters from the line start: bytes that do not continue a scalar.
                while counted < target {
                    let asciiEnd = ByteScanning.skipASCII(buffer, from: counted, to: target)
                    column += asciiEnd - counted
                    counted = asciiEnd
                    if counted < target {
                        if buffer[counted] & 0xC0 != 0x80 { column += 1 }
                        counted += 1
                    }
                }
                result[slot] = (line, column)
            }
        }
        return result
    }
}
