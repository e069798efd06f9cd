import StoryModel

/// An article taken apart for drafting: its characters, lines, sentences and words, every one
/// with its place in the text as a scalar offset, so that whatever is found can be cited.
struct ArticleText {
    struct Word {
        var start: Int
        var end: Int
        var text: String
        /// Starts with a capital letter (or is an acronym such as "U.S.").
        var isCapitalised: Bool
        /// The first word of its sentence.
        var startsSentence: Bool
    }

    struct Sentence {
        var range: Range<Int>
        /// Indexes into `words`.
        var words: Range<Int>
        var line: Int
        /// On a line written in title case (a headline), where capitals do not mark names.
        var inTitleCaseLine: Bool
    }

    let scalars: [Unicode.Scalar]
    let text: String
    private(set) var words: [Word] = []
    private(set) var sentences: [Sentence] = []
    /// Scalar ranges of each line, without its line break.
    private(set) var lines: [Range<Int>] = []
    /// Whether each line is written in title case (a headline).
    private(set) var titleCaseLines: [Bool] = []

    /// The UTF-8 offset of each scalar, and of the end: slices are copied as bytes.
    private let utf8Offsets: [Int]
    private let utf8: [UInt8]

    init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        utf8 = Array(text.utf8)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        utf8Offsets = offsets
        var start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            lines.append(start..<index)
            start = index + 1
        }
        lines.append(start..<scalars.count)
        for (number, line) in lines.enumerated() {
            let firstSentence = sentences.count
            let firstWord = words.count
            for range in SentenceSplitter.sentences(in: scalars[line], base: line.lowerBound) {
                let first = words.count
                var startsSentence = true
                for word in Self.wordRanges(in: range, scalars) {
                    let text = slice(word)
                    let capital = Self.isUppercase(scalars[word.lowerBound])
                    words.append(
                        Word(
                            start: word.lowerBound, end: word.upperBound, text: text, isCapitalised: capital,
                            startsSentence: startsSentence))
                    startsSentence = false
                }
                sentences.append(
                    Sentence(range: range, words: first..<words.count, line: number + 1, inTitleCaseLine: false))
            }
            let titleCase = Self.isTitleCase(line, words[firstWord...].map { $0.start..<$0.end }, scalars)
            titleCaseLines.append(titleCase)
            for index in firstSentence..<sentences.count { sentences[index].inTitleCaseLine = titleCase }
        }
    }

    func slice(_ range: Range<Int>) -> String {
        String(decoding: utf8[utf8Offsets[range.lowerBound]..<utf8Offsets[range.upperBound]], as: UTF8.self)
    }

    /// At most `margin` characters on each side of a range, within `bounds`, ending at spaces:
    /// the evidence of an item in a very long sentence stays short.
    func window(around range: Range<Int>, within bounds: Range<Int>, margin: Int = 300) -> Range<Int> {
        guard bounds.count > range.count + 2 * margin else { return bounds }
        var start = max(bounds.lowerBound, range.lowerBound - margin)
        var end = min(bounds.upperBound, range.upperBound + margin)
        while start > bounds.lowerBound, start < range.lowerBound, scalars[start - 1] != " " { start += 1 }
        while end < bounds.upperBound, end > range.upperBound, scalars[end] != " " { end -= 1 }
        return start..<end
    }

    /// The indexes of the words that start inside a range, found by halving.
    func wordIndexes(in range: Range<Int>) -> Range<Int> {
        let first = words.firstIndex(startingAtOrAfter: range.lowerBound, \.start)
        return first..<words.firstIndex(startingAtOrAfter: range.upperBound, \.start)
    }

    /// A sentence's words, each with a "," after it where the text has one: the words of a
    /// clause, for rules that read clauses.
    func wordsWithCommas(_ sentence: Sentence) -> [String] {
        words[sentence.words].map { word in commaFollows(word) ? word.text + "," : word.text }
    }

    /// Whether a comma stands right after a word: where a clause or a list item ends.
    func commaFollows(_ word: Word) -> Bool { word.end < scalars.count && scalars[word.end] == "," }

    /// The sentence that holds a scalar offset.
    func sentence(containing offset: Int) -> Int? {
        let low = sentences.partitionPoint { $0.range.upperBound > offset }
        return low < sentences.count && sentences[low].range.contains(offset) ? low : nil
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { SentenceSplitter.isWordScalar(scalar) }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
    }

    /// Words: letters and digits, with an apostrophe, hyphen or full stop inside ("Ukraine's" is
    /// one word here and its possessive is dropped by callers; "U.S." and "NATO-like" are words).
    static func wordRanges(in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < range.upperBound {
                if isWordScalar(scalars[index]) {
                    index += 1
                } else if index + 1 < range.upperBound, "'’-.".unicodeScalars.contains(scalars[index]),
                    isWordScalar(scalars[index + 1])
                {
                    index += 2
                } else if scalars[index] == ".", isInitials(scalars[start..<index]) {
                    // The final stop of an abbreviation: "U.S." keeps its last full stop.
                    index += 1
                    break
                } else {
                    break
                }
            }
            result.append(start..<index)
        }
        return result
    }

    /// "U", "U.S", "U.K": single capitals joined by full stops, before the final stop.
    private static func isInitials(_ letters: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !letters.isEmpty else { return false }
        for (offset, scalar) in letters.enumerated() {
            if offset % 2 == 0 ? !scalar.properties.isUppercase : scalar != "." { return false }
        }
        return letters.count % 2 == 1
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { SentenceSplitter.isSpace(scalar) }

    /// The longest run of text taken for one sentence, in characters.
    static let maxSentenceLength = SentenceSplitter.maxSentenceLength

    /// A line most of whose longer words are capitalised: a headline.
    static func isTitleCase(_ line: Range<Int>, _ lineWords: [Range<Int>], _ scalars: [Unicode.Scalar]) -> Bool {
        let words = lineWords.filter { $0.count > 3 }
        guard words.count >= 3 else { return false }
        let capitalised = words.filter { isUppercase(scalars[$0.lowerBound]) }.count
        let endsLikeSentence =
            line.upperBound > line.lowerBound && ".!?\"”".unicodeScalars.contains(scalars[line.upperBound - 1])
        return capitalised * 10 >= words.count * 7 && !endsLikeSentence
    }
}

extension Array {
    /// In an array ordered by `start`, the first element's index whose start is at or after
    /// `offset` (the end index if none), found by halving.
    func firstIndex(startingAtOrAfter offset: Int, _ start: (Element) -> Int) -> Int {
        partitionPoint { start($0) >= offset }
    }
}
