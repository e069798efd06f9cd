import StoryModel

/// The generated knowledge tables (Places, GivenNames, CommonWords), made by
/// scripts/gen-knowledge.py from public data sets (credits in docs/DATA-CREDITS.md).
enum KnowledgeTables {}

/// A table of lines sorted by their UTF-8 bytes, "key" or "key|value", looked up by halving
/// without being parsed into a dictionary: a table of two hundred thousand words costs nothing
/// until it is first asked (the tables are static, made on first use), then one pass to find
/// where its lines start, then a few comparisons a lookup.
final class SortedLines: Sendable {
    /// The table's text, read in place: a literal's bytes are not copied.
    private let bytes: String.UTF8View
    /// Where each line starts, and the end of the last one (plus one).
    private let starts: [Int32]

    init(_ text: String) {
        bytes = text.utf8
        let count = bytes.count
        starts =
            text.utf8.withContiguousStorageIfAvailable { buffer in
                var starts: [Int32] = [0]
                starts.reserveCapacity(count / 8)
                for index in 0..<buffer.count where buffer[index] == UInt8(ascii: "\n") {
                    starts.append(Int32(index + 1))
                }
                starts.append(Int32(count + 1))
                return starts
            } ?? [0, Int32(count + 1)]
    }

    private func byte(_ offset: Int) -> UInt8 { bytes[bytes.index(bytes.startIndex, offsetBy: offset)] }

    var count: Int { starts.count - 1 }

    /// Every line, for tests.
    var allLines: [String] {
        (0..<count).map { line in
            String(decoding: (Int(starts[line])..<Int(starts[line + 1]) - 1).map(byte), as: UTF8.self)
        }
    }

    /// The value after "|" on the line whose key is `key` ("" for a line with no value), or nil.
    func value(for key: some StringProtocol) -> Substring? {
        var key = key.utf8.map { $0 }
        // A key never holds the separators.
        if key.isEmpty || key.contains(UInt8(ascii: "|")) || key.contains(UInt8(ascii: "\n")) { return nil }
        let line = (0..<count).partitionPoint {
            if case .greater = compare(&key, line: $0) { return false }
            return true
        }
        guard line < count, case .equal(let valueStart) = compare(&key, line: line) else { return nil }
        let end = Int(starts[line + 1]) - 1
        return Substring(decoding: (min(valueStart, end)..<end).map(byte), as: UTF8.self)
    }

    func contains(_ key: some StringProtocol) -> Bool { value(for: key) != nil }

    private enum Order {
        case less
        case greater
        /// Where the value starts.
        case equal(Int)
    }

    /// `key` against the key of line `line` (its bytes up to "|" or the line's end).
    private func compare(_ key: inout [UInt8], line: Int) -> Order {
        var position = Int(starts[line])
        let end = Int(starts[line + 1]) - 1
        for wanted in key {
            let here = position < end ? byte(position) : UInt8(ascii: "|")
            guard here != UInt8(ascii: "|") else { return .greater }
            if wanted != here { return wanted < here ? .less : .greater }
            position += 1
        }
        if position == end { return .equal(end) }
        return byte(position) == UInt8(ascii: "|") ? .equal(position + 1) : .less
    }
}
