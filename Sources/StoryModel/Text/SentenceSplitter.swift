/// The one sentence splitter, used by the loader (DocumentText) and the drafter (ArticleText).
///
/// A sentence ends at ".", "!" or "?" (with any closing quotes or brackets) before any space or
/// the line's end, except after an abbreviation ("U.S.", "Mr.", "Dr.", an initial); at a CJK
/// full stop with no space after it; at a line break. A run with no end in `maxSentenceLength`
/// characters is cut at a space: a sentence bounds every excerpt drawn from it, and a text made
/// without stops must not make one of megabytes. Sentences do not hold their outer spaces.
public enum SentenceSplitter {
    /// The longest run of text taken for one sentence, in characters.
    public static let maxSentenceLength = 1_500

    /// The sentences of `text` as ranges of scalar offsets, counted from `base` at its start.
    /// One pass forward (a look back of at most a dozen characters at a full stop), so a text
    /// read in place (a string's scalars) costs no copy.
    /// Inlinable, so that the drafter's call on an array of scalars is compiled for that array
    /// rather than through the generic collection (several times slower on a long article).
    @inlinable
    public static func sentences<Text: BidirectionalCollection>(in text: Text, base: Int = 0) -> [Range<Int>]
    where Text.Element == Unicode.Scalar {
        var result: [Range<Int>] = []
        // The sentence being read: where it starts, where its last non-space ends, its last space.
        var start: (index: Text.Index, offset: Int)?
        var contentEnd = base
        var lastSpace: (index: Text.Index, offset: Int, contentEnd: Int)?
        var index = text.startIndex
        var offset = base

        func close(at end: Int) {
            if let from = start?.offset, end > from { result.append(from..<end) }
            start = nil
            lastSpace = nil
        }

        while index < text.endIndex {
            let scalar = text[index]
            if scalar == "\n" {
                close(at: contentEnd)
            } else if isSpace(scalar) {
                if start != nil { lastSpace = (index, offset, contentEnd) }
            } else {
                if start == nil { start = (index, offset) }
                if let from = start, offset - from.offset >= maxSentenceLength {
                    // Cut at the last space, or here when the run has none.
                    if let space = lastSpace, space.offset > from.offset {
                        close(at: space.contentEnd)
                        index = space.index
                        offset = space.offset
                        continue
                    }
                    close(at: offset)
                    start = (index, offset)
                }
                contentEnd = offset + 1
                if isSentenceEnd(scalar) {
                    var after = text.index(after: index)
                    var afterOffset = offset + 1
                    while after < text.endIndex, SentenceRules.closers.contains(text[after]) {
                        after = text.index(after: after)
                        afterOffset += 1
                    }
                    let atSpace = after == text.endIndex || isSpace(text[after])
                    if scalar.value > 0x7F
                        || (atSpace && !continuesInLowercase(after: after, in: text)
                            && !(scalar == "." && continuesAfterClockTime(dot: index, after: after, in: text))
                            && (scalar != "." || !isAbbreviation(before: index, in: text, from: start!.index)))
                    {
                        close(at: afterOffset)
                        contentEnd = afterOffset
                        index = after
                        offset = afterOffset
                        continue
                    }
                }
            }
            index = text.index(after: index)
            offset += 1
        }
        close(at: contentEnd)
        return result
    }

    /// Any space, a line break included: ASCII answered without the Unicode tables, which are
    /// slow to ask.
    @inlinable
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// ".", "!", "?", and the full stops of Chinese and Japanese (the only ones above ASCII,
    /// which need no space after them). A switch, not a set: every character is asked.
    @inlinable
    static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x21, 0x3F, 0x3002, 0xFF01, 0xFF1F, 0xFF0E: true
        default: false
        }
    }

    /// Whether the next word on the line starts in lower case: `“Why?” she asked.` is one
    /// sentence, and so is "3 p.m. on Friday".
    @usableFromInline
    static func continuesInLowercase<Text: BidirectionalCollection>(
        after position: Text.Index, in text: Text
    ) -> Bool where Text.Element == Unicode.Scalar {
        var index = position
        var spaces = 0
        while index < text.endIndex, text[index] != "\n", isSpace(text[index]), spaces < 8 {
            index = text.index(after: index)
            spaces += 1
        }
        guard index < text.endIndex, spaces > 0 else { return false }
        let next = text[index]
        return next.isASCII ? (0x61...0x7A).contains(next.value) : next.properties.isLowercase
    }

    /// "at 11 a.m. Oct. 15", "at 7 p.m. Tuesday": a clock time's "a.m." or "p.m." before a
    /// month or a weekday ends no sentence.
    @usableFromInline
    static func continuesAfterClockTime<Text: BidirectionalCollection>(
        dot: Text.Index, after position: Text.Index, in text: Text
    ) -> Bool where Text.Element == Unicode.Scalar {
        // The three scalars before the dot: "a.m" or "p.m".
        var back = dot
        var before: [Unicode.Scalar] = []
        while before.count < 3, back > text.startIndex {
            back = text.index(before: back)
            before.insert(text[back], at: 0)
        }
        guard before == ["a", ".", "m"] || before == ["p", ".", "m"] else { return false }
        var index = position
        while index < text.endIndex, text[index] != "\n", isSpace(text[index]) { index = text.index(after: index) }
        var word = ""
        while index < text.endIndex, word.unicodeScalars.count < 10, isWordScalar(text[index]) {
            word.unicodeScalars.append(text[index])
            index = text.index(after: index)
        }
        return SentenceRules.dayAndMonthWords.contains(word)
    }

    /// Whether the full stop at `dot` ends an abbreviation: the word before it, read back at
    /// most a dozen characters and not before the sentence's start, is one by SentenceRules.
    @usableFromInline
    static func isAbbreviation<Text: BidirectionalCollection>(
        before dot: Text.Index, in text: Text, from start: Text.Index
    ) -> Bool where Text.Element == Unicode.Scalar {
        var begin = dot
        var word: [Unicode.Scalar] = []
        while begin > start, word.count < 12 {
            let previous = text.index(before: begin)
            let scalar = text[previous]
            guard isWordScalar(scalar) || scalar == "." else { break }
            word.append(scalar)
            begin = previous
        }
        guard !word.isEmpty else { return false }
        // Most sentences end in a lower-case word: only "vs" and "etc" of those are short forms,
        // answered without making a string.
        if let last = word.last, last.isASCII, (0x61...0x7A).contains(last.value), !word.contains(".") {
            return word.count <= 3 && (word.elementsEqual(["s", "v"]) || word.elementsEqual(["c", "t", "e"]))
        }
        var string = String.UnicodeScalarView()
        string.append(contentsOf: word.reversed())
        return SentenceRules.isAbbreviation(String(string))
    }

    /// Letters and digits.
    @inlinable
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
