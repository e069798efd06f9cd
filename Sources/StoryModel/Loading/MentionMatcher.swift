/// Finds every place a document names an entity, by its name or one of its aliases, as
/// written (case-sensitive) and as whole words: "Ukraine" matches "Ukraine's" but not
/// "Ukrainer". A match inside a longer match of the same entity is dropped
/// ("Zelensky" inside "Volodymyr Zelensky").
struct MentionMatcher {
    private struct DocumentWords {
        var document: SourceDocument
        var utf8: [UInt8]
        /// First word of a candidate match → UTF-8 offsets where a word with that text starts.
        var starts: [Substring: [Int]]
    }

    private let documents: [DocumentWords]

    init(documents: [SourceDocument]) {
        self.documents = documents.map { document in
            var starts: [Substring: [Int]] = [:]
            let text = document.text.string
            var wordStart: String.Index?
            var index = text.startIndex
            while index < text.endIndex {
                let scalar = text.unicodeScalars[index]
                if isWordScalar(scalar) {
                    if wordStart == nil { wordStart = index }
                } else if let start = wordStart {
                    starts[text[start..<index], default: []].append(text.utf8.distance(from: text.startIndex, to: start))
                    wordStart = nil
                }
                index = text.unicodeScalars.index(after: index)
            }
            if let start = wordStart {
                starts[text[start...], default: []].append(text.utf8.distance(from: text.startIndex, to: start))
            }
            return DocumentWords(document: document, utf8: Array(text.utf8), starts: starts)
        }
    }

    /// The entity's authored mentions followed by those found by name, in document order.
    func mentions(of entity: Entity) -> [Mention] {
        var matched: [Mention] = []
        for words in documents {
            let text = words.document.text
            let utf8 = words.utf8
            var spans: [(start: Int, end: Int, name: String)] = []
            for name in Set(entity.names) {
                let nameBytes = Array(name.utf8)
                let firstWord = name.unicodeScalars.firstIndex(where: { !isWordScalar($0) }).map { name[..<$0] } ?? name[...]
                let candidates: [Int]
                if firstWord.isEmpty {
                    // A name that starts with punctuation ("$500 billion"): a plain scan.
                    candidates = text.occurrences(of: name).map(text.utf8Offset(ofScalar:))
                        .filter { $0 == 0 || !isWordByteStart(utf8, at: previousScalarStart(utf8, before: $0)) }
                } else {
                    candidates = words.starts[firstWord] ?? []
                }
                for start in candidates where start + nameBytes.count <= utf8.count {
                    guard utf8[start..<(start + nameBytes.count)].elementsEqual(nameBytes) else { continue }
                    let end = start + nameBytes.count
                    if end < utf8.count, let last = name.unicodeScalars.last, isWordScalar(last),
                       isWordByteStart(utf8, at: end) {
                        continue
                    }
                    spans.append((start, end, name))
                }
            }
            // Longest first, so that contained matches can be dropped.
            spans.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
            var coveredUntil = -1
            for span in spans where span.end > coveredUntil {
                if span.start < coveredUntil { continue }
                coveredUntil = span.end
                let start = text.scalarOffset(ofUTF8: span.start)
                let end = text.scalarOffset(ofUTF8: span.end)
                matched.append(Mention(evidence: Evidence(document: words.document.id, start: start, end: end,
                                                          excerpt: String(text.slice(start..<end))),
                                       origin: .matched(name: span.name)))
            }
        }
        let authored = entity.mentions.filter { $0.origin == .authored }
        let authoredSpans = Set(authored.map { [$0.evidence.document, String($0.evidence.start), String($0.evidence.end)] })
        let extra = matched.filter { !authoredSpans.contains([$0.evidence.document, String($0.evidence.start), String($0.evidence.end)]) }
        return authored + extra
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
private func isWordByteStart(_ utf8: [UInt8], at offset: Int) -> Bool {
    var end = offset + 1
    while end < utf8.count, utf8[end] & 0xC0 == 0x80 { end += 1 }
    guard let scalar = String(decoding: utf8[offset..<end], as: UTF8.self).unicodeScalars.first else { return false }
    return isWordScalar(scalar)
}
