/// The full text of a source document, addressed by Unicode scalar offsets (code points,
/// counted from 0), the unit story files use for evidence spans. Conversions to UTF-8
/// offsets go through a checkpoint every 64 scalars, so they cost O(log n + 64) without a
/// per-scalar table.
public struct DocumentText: Sendable, Hashable {
    public let string: String
    public let scalarCount: Int
    /// Scalar offset of the first character of each line; lines are separated by "\n".
    public let lineStarts: [Int]
    /// Sentence spans, in order, never crossing a line break.
    public let sentences: [Range<Int>]
    private let checkpoints: [Int32]
    private static let stride = 64

    public init(_ string: String) {
        var text = string
        text.makeContiguousUTF8()
        self.string = text
        var checkpoints: [Int32] = []
        var lineStarts = [0]
        var scalarIndex = 0
        var utf8Offset = 0
        for scalar in text.unicodeScalars {
            if scalarIndex % Self.stride == 0 { checkpoints.append(Int32(truncatingIfNeeded: utf8Offset)) }
            utf8Offset += UTF8.width(scalar)
            scalarIndex += 1
            if scalar == "\n" { lineStarts.append(scalarIndex) }
        }
        self.checkpoints = checkpoints
        self.scalarCount = scalarIndex
        self.lineStarts = lineStarts
        self.sentences = SentenceSplitter.sentences(in: text.unicodeScalars)
    }

    public static func == (lhs: DocumentText, rhs: DocumentText) -> Bool { lhs.string == rhs.string }
    public func hash(into hasher: inout Hasher) { hasher.combine(string) }

    public var lineCount: Int { lineStarts.count }

    func utf8Offset(ofScalar offset: Int) -> Int {
        precondition(offset >= 0 && offset <= scalarCount, "scalar offset out of range")
        if offset == scalarCount { return string.utf8.count }
        let checkpoint = offset / Self.stride
        var utf8 = Int(checkpoints[checkpoint])
        var remaining = offset - checkpoint * Self.stride
        return withBytes { bytes in
            while remaining > 0 {
                utf8 += utf8LeadWidth(bytes[utf8])
                remaining -= 1
            }
            return utf8
        }
    }

    /// The text's UTF-8 bytes, in place (the string is made contiguous at init).
    @inline(__always)
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(string.utf8).withUnsafeBufferPointer(body)
    }

    /// The scalar offset of a UTF-8 offset that lies on a scalar boundary.
    func scalarOffset(ofUTF8 offset: Int) -> Int {
        // Binary search for the last checkpoint at or before the offset.
        var low = 0
        var high = checkpoints.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if Int(checkpoints[middle]) <= offset { low = middle } else { high = middle }
        }
        var scalar = low * Self.stride
        var utf8 = checkpoints.isEmpty ? 0 : Int(checkpoints[low])
        return withBytes { bytes in
            while utf8 < offset {
                utf8 += utf8LeadWidth(bytes[utf8])
                scalar += 1
            }
            return scalar
        }
    }

    func stringIndex(ofScalar offset: Int) -> String.Index {
        string.utf8.index(string.utf8.startIndex, offsetBy: utf8Offset(ofScalar: offset))
    }

    /// The text between two scalar offsets.
    public func slice(_ range: Range<Int>) -> Substring {
        string[stringIndex(ofScalar: range.lowerBound)..<stringIndex(ofScalar: range.upperBound)]
    }

    /// 1-based line number of a scalar offset.
    public func line(ofScalar offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle }
        }
        return low + 1
    }

    /// Scalar range of a 1-based line, without its line break.
    public func range(ofLine line: Int) -> Range<Int> {
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : scalarCount
        return start..<end
    }

    /// Scalar offsets of every occurrence of `needle`, compared byte for byte (verbatim).
    func occurrences(of needle: String) -> [Int] {
        let needleBytes = Array(needle.utf8)
        guard !needleBytes.isEmpty else { return [] }
        var found: [Int] = []
        var text = string
        text.withUTF8 { haystack in
            needleBytes.withUnsafeBufferPointer { needle in
                forEachOccurrence(of: needle, in: haystack) { offset in
                    found.append(offset)
                    return true
                }
            }
        }
        return found.map(scalarOffset(ofUTF8:))
    }

    /// Index into `sentences` of the sentence holding a scalar offset, if any.
    func sentenceIndex(containing offset: Int) -> Int? {
        let low = sentences.partitionPoint { $0.upperBound > offset }
        guard low < sentences.count, sentences[low].contains(offset) else { return nil }
        return low
    }
}

@inline(__always)
private func utf8LeadWidth(_ byte: UInt8) -> Int {
    switch byte {
    case 0..<0x80: 1
    case 0xC0..<0xE0: 2
    case 0xE0..<0xF0: 3
    default: 4
    }
}
