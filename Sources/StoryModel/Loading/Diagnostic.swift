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
/// Unicode scalars, tabs as one).
struct SourceLocator {
    private let bytes: [UInt8]
    private var lineStarts: [Int]?

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func locate(_ offset: Int) -> (line: Int, column: Int) {
        if lineStarts == nil {
            var starts = [0]
            for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
            lineStarts = starts
        }
        let starts = lineStarts!
        var low = 0
        var high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle } else { high = middle }
        }
        let clamped = min(offset, bytes.count)
        var column = 1
        var index = starts[low]
        while index < clamped {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        // A continuation byte at the offset itself still counts as its own column.
        return (low + 1, column)
    }
}
