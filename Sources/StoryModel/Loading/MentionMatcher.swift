/// Finds every place a document names an entity, by its name or one of its aliases, as
/// written (case-sensitive) and as whole words: "Ukraine" matches "Ukraine's" but not
/// "Ukrainer". A match inside a longer match of the same entity is dropped
/// ("Zelensky" inside "Volodymyr Zelensky").
///
/// Names are keyed by their whole sequence of words (letters and digits), hashed; each
/// document's words are scanned once, and at each word only the word counts that names
/// starting with that word have are tried. The work is linear in the text, bounded per word
/// by `maxNameWords`, and in all by `maxAttempts` candidate checks, past which loading stops
/// with an error rather than run away (many entities sharing one short name, say).
public enum MentionMatcher {
    /// Names and aliases of more words than this are refused by the loader.
    static let maxNameWords = 32
    /// At most this many candidate places are checked in one story.
    public static let maxAttempts = 4_000_000

    public struct TooManyMatches: Error {
        /// The entity being matched when the limit was reached.
        public var entity: Int
    }

    private struct Name {
        public var entity: Int
        var text: String
        var bytes: [UInt8]
        /// Bytes before the first word ("$" of "$500 billion").
        var leading: Int
        var endsInWord: Bool
        /// The documents the name is matched in; nil for all.
        var documents: Set<Int>?
    }

    /// The mentions of each entity: its authored ones, then those found by name, in order.
    public static func mentions(of entities: [Entity], in documents: [SourceDocument]) throws(TooManyMatches)
        -> [[Mention]]
    {
        // Keyed by the hash of the whole word sequence; every candidate is then checked byte for
        // byte, so a collision costs a comparison, never a wrong match.
        var byWords: [UInt64: [Name]] = [:]
        var documentByID: [String: Int] = [:]
        for (index, document) in documents.enumerated() where documentByID[document.id] == nil {
            documentByID[document.id] = index
        }
        // For each first word, the word counts of the names that start with it.
        var lengthsByFirstWord: [UInt64: [Int]] = [:]
        for (index, entity) in entities.enumerated() {
            var seen: [[UInt8]] = []
            for text in entity.names {
                let bytes = Array(text.utf8)
                if seen.contains(bytes) { continue }
                seen.append(bytes)
                let words = wordSpans(in: bytes)
                guard !words.isEmpty, words.count <= maxNameWords else { continue }
                let name = Name(
                    entity: index, text: text, bytes: bytes, leading: words[0].start,
                    endsInWord: text.unicodeScalars.last.map(isWordScalar) ?? false,
                    documents: entity.matchedIn[text].map { Set($0.compactMap { documentByID[$0] }) })
                byWords[sequenceKey(words.map(\.hash)), default: []].append(name)
                if !lengthsByFirstWord[words[0].hash, default: []].contains(words.count) {
                    lengthsByFirstWord[words[0].hash, default: []].append(words.count)
                }
            }
        }
        for key in lengthsByFirstWord.keys { lengthsByFirstWord[key]!.sort() }

        var attempts = 0
        var found = [[(document: Int, start: Int, end: Int, name: String)]](repeating: [], count: entities.count)
        for (documentIndex, document) in documents.enumerated() {
            let utf8 = Array(document.text.string.utf8)
            let words = wordSpans(in: utf8)
            for (position, word) in words.enumerated() {
                guard let lengths = lengthsByFirstWord[word.hash] else { continue }
                var key = sequenceStart
                var covered = 0
                for length in lengths {
                    guard position + length <= words.count else { break }
                    while covered < length {
                        key = sequenceStep(key, words[position + covered].hash)
                        covered += 1
                    }
                    for candidate in byWords[key] ?? [] {
                        if let only = candidate.documents, !only.contains(documentIndex) { continue }
                        attempts += 1
                        if attempts > maxAttempts { throw TooManyMatches(entity: candidate.entity) }
                        let start = word.start - candidate.leading
                        guard start >= 0, matches(candidate, at: start, in: utf8) else { continue }
                        found[candidate.entity].append(
                            (documentIndex, start, start + candidate.bytes.count, candidate.text))
                    }
                }
            }
        }

        return entities.indices.map { index in
            var spans = found[index]
            // Longest first at each start, so that contained matches can be dropped.
            spans.sort { ($0.document, $0.start, -$0.end) < ($1.document, $1.start, -$1.end) }
            var matched: [Mention] = []
            var coveredUntil = (document: -1, end: -1)
            for span in spans {
                if span.document == coveredUntil.document && span.start < coveredUntil.end { continue }
                coveredUntil = (span.document, span.end)
                let text = documents[span.document].text
                let start = text.scalarOffset(ofUTF8: span.start)
                let end = text.scalarOffset(ofUTF8: span.end)
                matched.append(
                    Mention(
                        evidence: Evidence(
                            document: documents[span.document].id, start: start, end: end,
                            excerpt: String(text.slice(start..<end))),
                        origin: .matched(name: span.name)))
            }
            let authored = entities[index].mentions.filter { $0.origin == .authored }
            if authored.isEmpty { return matched }
            let authoredSpans = Set(
                authored.map {
                    AuthoredSpan(document: $0.evidence.document, start: $0.evidence.start, end: $0.evidence.end)
                })
            return authored
                + matched.filter {
                    !authoredSpans.contains(
                        AuthoredSpan(document: $0.evidence.document, start: $0.evidence.start, end: $0.evidence.end))
                }
        }
    }

    /// Whether the name's bytes are at `start`, as whole words: nothing word-like just before
    /// a name that starts with punctuation, and nothing word-like just after one that ends in
    /// a letter.
    private static func matches(_ candidate: Name, at start: Int, in utf8: [UInt8]) -> Bool {
        let end = start + candidate.bytes.count
        guard end <= utf8.count, utf8[start..<end].elementsEqual(candidate.bytes) else { return false }
        if candidate.leading > 0, start > 0, isWordScalar(at: previousScalarStart(utf8, before: start), in: utf8) {
            return false
        }
        if end < utf8.count, candidate.endsInWord, isWordScalar(at: end, in: utf8) { return false }
        return true
    }

    private static let sequenceStart: UInt64 = 0x243F_6A88_85A3_08D3

    private static func sequenceStep(_ key: UInt64, _ word: UInt64) -> UInt64 { pairKey(key, word) }

    private static func sequenceKey(_ words: [UInt64]) -> UInt64 { words.reduce(sequenceStart, sequenceStep) }

    private static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15) ^ ((second << 29) | (second >> 35))
    }

    /// A maximal run of letters and digits, as UTF-8 offsets, with an FNV-1a hash of its bytes.
    struct WordSpan {
        var start: Int
        var end: Int
        var hash: UInt64
    }

    /// The maximal runs of letters and digits in UTF-8 text.
    static func wordSpans(in utf8: [UInt8]) -> [WordSpan] {
        var spans: [WordSpan] = []
        spans.reserveCapacity(utf8.count / 5)
        utf8.withUnsafeBufferPointer { bytes in
            var offset = 0
            var start = -1
            var hash: UInt64 = 0
            while offset < bytes.count {
                let lead = bytes[offset]
                let length: Int
                let isWord: Bool
                if lead < 0x80 {
                    length = 1
                    isWord =
                        (lead >= 0x30 && lead <= 0x39) || (lead >= 0x41 && lead <= 0x5A)
                        || (lead >= 0x61 && lead <= 0x7A)
                } else {
                    var end = offset + 1
                    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                    length = end - offset
                    isWord = scalar(in: bytes, from: offset, to: end).map(isWordScalar) ?? false
                }
                if isWord {
                    if start < 0 {
                        start = offset
                        hash = 0xCBF2_9CE4_8422_2325
                    }
                    for byte in bytes[offset..<offset + length] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
                } else if start >= 0 {
                    spans.append(WordSpan(start: start, end: offset, hash: hash))
                    start = -1
                }
                offset += length
            }
            if start >= 0 { spans.append(WordSpan(start: start, end: bytes.count, hash: hash)) }
        }
        return spans
    }

    private struct AuthoredSpan: Hashable {
        var document: String
        var start: Int
        var end: Int
    }

}

@inline(__always)
func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
        let value = scalar.value
        return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
}

private func previousScalarStart(_ utf8: [UInt8], before offset: Int) -> Int {
    var start = offset - 1
    while start > 0, utf8[start] & 0xC0 == 0x80 { start -= 1 }
    return start
}

/// The scalar encoded in `bytes[start..<end]`, if they are one well-formed scalar.
private func scalar(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Unicode.Scalar? {
    var decoder = UTF8()
    var iterator = bytes[start..<end].makeIterator()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
    return nil
}

/// Whether the scalar starting at a UTF-8 offset is a word character.
private func isWordScalar(at offset: Int, in utf8: [UInt8]) -> Bool {
    let lead = utf8[offset]
    if lead < 0x80 { return isWordScalar(Unicode.Scalar(lead)) }
    var end = offset + 1
    while end < utf8.count, utf8[end] & 0xC0 == 0x80 { end += 1 }
    return utf8.withUnsafeBufferPointer { scalar(in: $0, from: offset, to: end).map(isWordScalar) ?? false }
}
