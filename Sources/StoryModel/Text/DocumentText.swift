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
        self.sentences = SentenceSplitter.sentences(in: text)
    }

    public static func == (lhs: DocumentText, rhs: DocumentText) -> Bool { lhs.string == rhs.string }
    public func hash(into hasher: inout Hasher) { hasher.combine(string) }

    public var lineCount: Int { lineStarts.count }

    public func utf8Offset(ofScalar offset: Int) -> Int {
        precondition(offset >= 0 && offset <= scalarCount, "scalar offset out of range")
        if offset == scalarCount { return string.utf8.count }
        let checkpoint = offset / Self.stride
        var utf8 = Int(checkpoints[checkpoint])
        var remaining = offset - checkpoint * Self.stride
        let view = string.utf8
        var index = view.index(view.startIndex, offsetBy: utf8)
        while remaining > 0 {
            let width = UTF8.isASCII(view[index]) ? 1 : utf8LeadWidth(view[index])
            utf8 += width
            index = view.index(index, offsetBy: width)
            remaining -= 1
        }
        return utf8
    }

    /// The scalar offset of a UTF-8 offset that lies on a scalar boundary.
    public func scalarOffset(ofUTF8 offset: Int) -> Int {
        // Binary search for the last checkpoint at or before the offset.
        var low = 0
        var high = checkpoints.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if Int(checkpoints[middle]) <= offset { low = middle } else { high = middle }
        }
        var scalar = low * Self.stride
        var utf8 = checkpoints.isEmpty ? 0 : Int(checkpoints[low])
        let view = string.utf8
        var index = view.index(view.startIndex, offsetBy: utf8)
        while utf8 < offset {
            let width = utf8LeadWidth(view[index])
            utf8 += width
            index = view.index(index, offsetBy: width)
            scalar += 1
        }
        return scalar
    }

    public func stringIndex(ofScalar offset: Int) -> String.Index {
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
    public func occurrences(of needle: String) -> [Int] {
        let needleBytes = Array(needle.utf8)
        guard !needleBytes.isEmpty else { return [] }
        var found: [Int] = []
        string.utf8.withContiguousStorageIfAvailable { haystack in
            let first = needleBytes[0]
            let last = haystack.count - needleBytes.count
            var start = 0
            while start <= last {
                if haystack[start] == first {
                    var matches = true
                    for offset in 1..<needleBytes.count where haystack[start + offset] != needleBytes[offset] {
                        matches = false
                        break
                    }
                    if matches { found.append(start) }
                }
                start += 1
            }
        }
        return found.map(scalarOffset(ofUTF8:))
    }

    /// Index into `sentences` of the sentence holding a scalar offset, if any.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
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

/// Splits text into sentences: a sentence ends at '.', '!' or '?' (with any closing quotes)
/// followed by a space, unless the word before the period is an abbreviation such as
/// "U.S." or "Sir." — or at a line break.
enum SentenceSplitter {
    static func sentences(in text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        var result: [Range<Int>] = []
        var start = 0
        func close(at end: Int) {
            var from = start
            var to = end
            while from < to, scalars[from] == " " { from += 1 }
            while to > from, scalars[to - 1] == " " { to -= 1 }
            if from < to { result.append(from..<to) }
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                close(at: index)
                start = index + 1
            } else if scalar == "." || scalar == "!" || scalar == "?" {
                var end = index + 1
                while end < scalars.count, closingPunctuation.contains(scalars[end]) { end += 1 }
                let followedByBreak = end == scalars.count || scalars[end] == " " || scalars[end] == "\n"
                if followedByBreak && !(scalar == "." && isAbbreviation(scalars, periodAt: index)) {
                    close(at: end)
                    start = end
                    index = end
                    continue
                }
            }
            index += 1
        }
        close(at: scalars.count)
        return result
    }

    private static let closingPunctuation: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")"]
    private static let abbreviations: Set<String> = ["Mr", "Mrs", "Ms", "Dr", "Sir", "St", "Jr", "Sr", "vs", "etc", "Gen", "Sen", "Rep", "Gov", "Prof"]

    private static func isAbbreviation(_ scalars: [Unicode.Scalar], periodAt index: Int) -> Bool {
        var wordStart = index
        while wordStart > 0, scalars[wordStart - 1] != " ", scalars[wordStart - 1] != "\n" { wordStart -= 1 }
        let word = String(String.UnicodeScalarView(scalars[wordStart..<index]))
        if word.contains(".") { return true }                       // U.S., U.K.
        if word.count == 1, word.first?.isUppercase == true { return true }  // initials
        return abbreviations.contains(word)
    }
}
