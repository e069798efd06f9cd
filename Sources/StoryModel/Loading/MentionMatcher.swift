/// Finds every place a document names an entity, by its name or one of its aliases, as
/// written (case-sensitive) and as whole words: "Ukraine" matches "Ukraine's" but not
/// "Ukrainer". A match inside a longer match of the same entity is dropped
/// ("Zelensky" inside "Volodymyr Zelensky").
///
/// The names are indexed by their first two words, which are nearly unique, and each
/// document's words are scanned once: the cost grows with the text and the matches, not with
/// the text times the number of entities.
enum MentionMatcher {
    private struct Pair: Hashable {
        var first: Substring
        var second: Substring
    }

    private struct Name {
        var entity: Int
        var text: String
        var bytes: [UInt8]
    }

    /// The mentions of each entity: its authored ones, then those found by name, in order.
    static func mentions(of entities: [Entity], in documents: [SourceDocument]) -> [[Mention]] {
        var byPair: [Pair: [Name]] = [:]
        var bySingle: [Substring: [Name]] = [:]
        var leadingPunctuation: [Name] = []
        for (index, entity) in entities.enumerated() {
            for text in Set(entity.names) {
                let name = Name(entity: index, text: text, bytes: Array(text.utf8))
                let words = wordRuns(in: text)
                if words.isEmpty { continue }
                if words[0].lowerBound != text.startIndex {
                    leadingPunctuation.append(name)
                } else if words.count == 1 {
                    bySingle[text[words[0]], default: []].append(name)
                } else {
                    byPair[Pair(first: text[words[0]], second: text[words[1]]), default: []].append(name)
                }
            }
        }

        var found = [[(document: Int, start: Int, end: Int, name: String)]](repeating: [], count: entities.count)
        for (documentIndex, document) in documents.enumerated() {
            let text = document.text.string
            let utf8 = Array(text.utf8)
            func offset(_ index: String.Index) -> Int { text.utf8.distance(from: text.startIndex, to: index) }
            func tryMatch(_ candidate: Name, at start: Int) {
                let end = start + candidate.bytes.count
                guard end <= utf8.count, utf8[start..<end].elementsEqual(candidate.bytes) else { return }
                // Whole words: a name that ends in a letter must not run on into another one.
                if end < utf8.count, let last = candidate.text.unicodeScalars.last, isWordScalar(last), isWordScalar(at: end, in: utf8) { return }
                found[candidate.entity].append((documentIndex, start, end, candidate.text))
            }
            let words = wordRuns(in: text)
            for (position, word) in words.enumerated() {
                let start = offset(word.lowerBound)
                for candidate in bySingle[text[word]] ?? [] { tryMatch(candidate, at: start) }
                if position + 1 < words.count, let candidates = byPair[Pair(first: text[word], second: text[words[position + 1]])] {
                    for candidate in candidates { tryMatch(candidate, at: start) }
                }
            }
            // Rare names that start with punctuation ("$500 billion"): a plain search.
            for candidate in leadingPunctuation {
                for scalarOffset in document.text.occurrences(of: candidate.text) {
                    let start = document.text.utf8Offset(ofScalar: scalarOffset)
                    if start > 0, isWordScalar(at: previousScalarStart(utf8, before: start), in: utf8) { continue }
                    tryMatch(candidate, at: start)
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
                matched.append(Mention(evidence: Evidence(document: documents[span.document].id, start: start, end: end,
                                                          excerpt: String(text.slice(start..<end))),
                                       origin: .matched(name: span.name)))
            }
            let authored = entities[index].mentions.filter { $0.origin == .authored }
            let authoredSpans = Set(authored.map { AuthoredSpan(document: $0.evidence.document, start: $0.evidence.start, end: $0.evidence.end) })
            return authored + matched.filter {
                !authoredSpans.contains(AuthoredSpan(document: $0.evidence.document, start: $0.evidence.start, end: $0.evidence.end))
            }
        }
    }

    private struct AuthoredSpan: Hashable {
        var document: String
        var start: Int
        var end: Int
    }

    /// The maximal runs of letters and digits in a text.
    static func wordRuns(in text: String) -> [Range<String.Index>] {
        var runs: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        let scalars = text.unicodeScalars
        while index < text.endIndex {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                if start == nil { start = index }
            } else if let begin = start {
                runs.append(begin..<index)
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let begin = start { runs.append(begin..<text.endIndex) }
        return runs
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

/// Whether the scalar starting at a UTF-8 offset is a word character.
private func isWordScalar(at offset: Int, in utf8: [UInt8]) -> Bool {
    var end = offset + 1
    while end < utf8.count, utf8[end] & 0xC0 == 0x80 { end += 1 }
    guard let scalar = String(decoding: utf8[offset..<end], as: UTF8.self).unicodeScalars.first else { return false }
    return isWordScalar(scalar)
}
