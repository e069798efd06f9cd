/// Full-story search: names, aliases, titles, quotes, paraphrases, descriptions and the
/// source text, case- and diacritic-insensitive, ranked so that a name match comes before a
/// match in the body text. Built once; a query looks words up in a sorted token table
/// (every word that starts with what was typed) instead of scanning every string.
public struct SearchIndex: Sendable {
    public enum Target: Sendable, Hashable {
        case item(ItemRef)
        /// A sentence (or the headline) of a source document.
        case passage(document: Int, range: Range<Int>)

        /// Groups results in the order a reader scans them.
        public var groupOrder: Int {
            switch self {
            case .item(.entity): 0
            case .item(.topic): 1
            case .item(.claim): 2
            case .item(.event): 3
            case .item(.relation): 4
            case .passage: 5
            }
        }

        public var groupName: String {
            switch self {
            case .item(.entity): "Entities"
            case .item(.topic): "Topics"
            case .item(.claim): "Claims"
            case .item(.event): "Events"
            case .item(.relation): "Relations"
            case .passage: "Source text"
            }
        }
    }

    public enum Field: Int, Sendable, Comparable {
        case name, alias, title, date, quote, paraphrase, description, sourceText

        /// A name first, then what an item is (a title, an event's date), then what was said,
        /// then what describes it: "Friday" finds the Friday meeting before an entity whose
        /// description mentions Friday.
        var weight: Int {
            switch self {
            case .name: 100
            case .alias: 90
            case .title: 80
            case .date: 75
            case .quote: 70
            case .paraphrase: 50
            case .description: 40
            case .sourceText: 20
            }
        }

        public static func < (lhs: Field, rhs: Field) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public struct Result: Sendable, Hashable {
        public var target: Target
        public var field: Field
        public var score: Int
        /// The text of the field that matched best.
        public var text: String
    }

    private struct Entry: Sendable {
        var target: Target
        var field: Field
        var text: Substring
    }

    private let entries: [Entry]
    /// Distinct folded words, sorted bytewise, stored end to end in one buffer.
    private let tokenBytes: [UInt8]
    private let tokenStarts: [Int32]
    /// For each token, the entries that contain it, ascending.
    private let postings: [[UInt32]]

    public init(story: Story) {
        var entries: [Entry] = []
        func add(_ target: Target, _ field: Field, _ text: Substring) {
            if !text.isEmpty { entries.append(Entry(target: target, field: field, text: text)) }
        }
        for (index, entity) in story.entities.enumerated() {
            let target = Target.item(.entity(index))
            add(target, .name, entity.name[...])
            for alias in entity.aliases { add(target, .alias, alias[...]) }
            add(target, .description, entity.role[...])
            add(target, .description, entity.description[...])
        }
        for (index, topic) in story.topics.enumerated() {
            let target = Target.item(.topic(index))
            add(target, .title, topic.question[...])
            if let summary = topic.summary { add(target, .description, summary[...]) }
            for side in topic.sides {
                add(target, .description, side.label[...])
                if let summary = side.summary { add(target, .description, summary[...]) }
            }
        }
        for (index, claim) in story.claims.enumerated() {
            let target = Target.item(.claim(index))
            if let quote = claim.quote { add(target, .quote, quote[...]) }
            add(target, .paraphrase, claim.paraphrase[...])
            if let said = claim.said {
                add(target, .date, said.text[...])
                if let resolved = said.resolved { add(target, .date, Self.spelledOut(resolved)[...]) }
            }
        }
        for (index, event) in story.events.enumerated() {
            let target = Target.item(.event(index))
            add(target, .title, event.title[...])
            add(target, .date, event.when.text[...])
            if let resolved = event.when.resolved { add(target, .date, Self.spelledOut(resolved)[...]) }
            add(target, .description, event.summary[...])
        }
        for (index, relation) in story.relations.enumerated() {
            if let label = relation.label { add(.item(.relation(index)), .description, label[...]) }
        }
        for (index, document) in story.documents.enumerated() {
            for sentence in document.text.sentences {
                let role = document.part(containing: sentence.lowerBound)?.role
                if role == .repeatedHeadline { continue }
                add(
                    .passage(document: index, range: sentence), role == .headline ? .title : .sourceText,
                    document.text.slice(sentence))
            }
        }

        var tokenIDs: [String: Int] = [:]
        var tokenList: [[UInt8]] = []
        var postingLists: [[UInt32]] = []
        for (entryIndex, entry) in entries.enumerated() {
            forEachFoldedWord(String(entry.text)) { word in
                let key = String(decoding: word, as: UTF8.self)
                let id: Int
                if let existing = tokenIDs[key] {
                    id = existing
                } else {
                    id = tokenList.count
                    tokenIDs[key] = id
                    tokenList.append(word)
                    postingLists.append([])
                }
                if postingLists[id].last != UInt32(entryIndex) { postingLists[id].append(UInt32(entryIndex)) }
            }
        }
        let order = tokenList.indices.sorted { tokenList[$0].lexicographicallyPrecedes(tokenList[$1]) }
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        starts.reserveCapacity(order.count + 1)
        for id in order {
            starts.append(Int32(bytes.count))
            bytes.append(contentsOf: tokenList[id])
        }
        starts.append(Int32(bytes.count))
        self.entries = entries
        self.tokenBytes = bytes
        self.tokenStarts = starts
        self.postings = order.map { postingLists[$0] }
    }

    public var tokenCount: Int { postings.count }

    /// A worked-out date in words, so that "Friday" or "February" finds the event:
    /// "Friday 28 February 2025", "week of 24 February 2025", "by 26 February 2025".
    static func spelledOut(_ resolved: ResolvedTime) -> String {
        func long(_ day: Day?) -> String {
            guard let day else { return "" }
            return "\(day.day) \(Day.monthFullNames[day.month - 1]) \(day.year)"
        }
        switch resolved.precision {
        case .day:
            guard let day = resolved.start else { return "" }
            return "\(Day.weekdayFullNames[day.weekday]) \(long(day))"
        case .week: return "week of \(long(resolved.start))"
        case .range: return "\(long(resolved.start)) to \(long(resolved.end))"
        case .before: return "by \(long(resolved.end))"
        case .after: return "from \(long(resolved.start))"
        }
    }

    /// Results for a query, best first, at most `limit`. Every word of the query must occur
    /// in one field; each word may be the start of a longer word (search as you type).
    public func search(_ query: String, limit: Int = 200) -> [Result] {
        var terms: [[UInt8]] = []
        forEachFoldedWord(query) { terms.append($0) }
        guard !terms.isEmpty else { return [] }

        // A dense scoreboard over entries (no hashing per posting): how many query words each
        // entry has matched so far, and how many of them as whole words.
        var matchedTerms = [UInt8](repeating: 0, count: entries.count)
        var exactWords = [UInt8](repeating: 0, count: entries.count)
        // The last term (plus one) counted as a whole word for each entry, so a term counts once.
        var exactTerm = [UInt8](repeating: 0, count: entries.count)
        var touched: [UInt32] = []
        for (termIndex, term) in terms.enumerated() {
            let range = tokenRange(withPrefix: term)
            let required = UInt8(truncatingIfNeeded: termIndex)
            var next: [UInt32] = []
            for tokenIndex in range {
                let exact: UInt8 = tokenLength(tokenIndex) == term.count ? 1 : 0
                for entry in postings[tokenIndex] {
                    let slot = Int(entry)
                    if matchedTerms[slot] == required {
                        matchedTerms[slot] = required + 1
                        next.append(entry)
                    }
                    if matchedTerms[slot] == required + 1 && exact == 1 && exactTerm[slot] != required + 1 {
                        exactTerm[slot] = required + 1
                        exactWords[slot] = exactWords[slot] &+ 1
                    }
                }
            }
            touched = next
            if touched.isEmpty { return [] }
        }

        // Cheap scores first; the phrase bonuses (which fold the text again) only for the
        // best candidates, enough to fill `limit` targets.
        let candidates = bestCandidates(touched, count: max(limit * 4, 400)) { entry in
            entries[entry].field.weight + 5 * Int(exactWords[entry])
        }
        var foldedQuery: [UInt8] = []
        for (index, term) in terms.enumerated() {
            if index > 0 { foldedQuery.append(0x20) }
            foldedQuery.append(contentsOf: term)
        }
        var foldedText: [UInt8] = []
        var best: [Target: (score: Int, entry: Int)] = [:]
        for entryIndex in candidates {
            let entry = entries[entryIndex]
            var score = entry.field.weight + 5 * Int(exactWords[entryIndex])
            if terms.count > 1 || entry.field.rawValue <= Field.alias.rawValue {
                foldedText.removeAll(keepingCapacity: true)
                appendFoldedWords(entry.text, to: &foldedText)
                if foldedText == foldedQuery {
                    score += 30
                } else if foldedText.starts(with: foldedQuery) {
                    score += 15
                } else if terms.count > 1
                    && foldedText.withUnsafeBufferPointer({ text in
                        foldedQuery.withUnsafeBufferPointer { containsBytes(text, $0) }
                    })
                {
                    score += 10
                }
            }
            if let current = best[entry.target], current.score >= score { continue }
            best[entry.target] = (score, entryIndex)
        }
        let ranked = best.sorted { a, b in
            if a.value.score != b.value.score { return a.value.score > b.value.score }
            if a.key.groupOrder != b.key.groupOrder { return a.key.groupOrder < b.key.groupOrder }
            return a.key.sortKey.lexicographicallyPrecedes(b.key.sortKey)
        }
        return ranked.prefix(limit).map { target, best in
            let entry = entries[best.entry]
            return Result(target: target, field: entry.field, score: best.score, text: String(entry.text))
        }
    }

    /// The `count` best entries by `score`, best first (ties: lower entry first), without
    /// sorting them all: scores are small integers, so a histogram finds the cut-off, and only
    /// the entries above it are sorted. A query for one letter can touch most of the story.
    private func bestCandidates(_ touched: [UInt32], count: Int, score: (Int) -> Int) -> [Int] {
        guard touched.count > count else {
            return touched.map { Int($0) }.sorted { a, b in
                let left = score(a)
                let right = score(b)
                return left != right ? left > right : a < b
            }
        }
        let scores = touched.map { UInt16(clamping: score(Int($0))) }
        var histogram = [Int](repeating: 0, count: Int(scores.max() ?? 0) + 1)
        for value in scores { histogram[Int(value)] += 1 }
        var cutoff = histogram.count - 1
        var above = 0
        while cutoff > 0 && above + histogram[cutoff] < count {
            above += histogram[cutoff]
            cutoff -= 1
        }
        // Everything above the cut-off, and the lowest-numbered entries at it.
        var chosen: [(score: UInt16, entry: Int)] = []
        chosen.reserveCapacity(count)
        var atCutoff = [UInt64](repeating: 0, count: entries.count / 64 + 1)
        for (position, value) in scores.enumerated() {
            let entry = Int(touched[position])
            if Int(value) > cutoff {
                chosen.append((value, entry))
            } else if Int(value) == cutoff {
                atCutoff[entry >> 6] |= 1 << UInt64(entry & 63)
            }
        }
        var needed = count - chosen.count
        var word = 0
        while needed > 0 && word < atCutoff.count {
            var bits = atCutoff[word]
            while bits != 0 && needed > 0 {
                chosen.append((UInt16(cutoff), word * 64 + bits.trailingZeroBitCount))
                bits &= bits - 1
                needed -= 1
            }
            word += 1
        }
        chosen.sort { $0.score != $1.score ? $0.score > $1.score : $0.entry < $1.entry }
        return chosen.map(\.entry)
    }

    private func tokenLength(_ index: Int) -> Int { Int(tokenStarts[index + 1] - tokenStarts[index]) }

    /// Compares token `index` with `prefix`, looking at no more than the prefix's length.
    private func compare(token index: Int, prefix: [UInt8]) -> Int {
        let start = Int(tokenStarts[index])
        let length = tokenLength(index)
        for offset in 0..<min(length, prefix.count) {
            let a = tokenBytes[start + offset]
            let b = prefix[offset]
            if a != b { return a < b ? -1 : 1 }
        }
        return length >= prefix.count ? 0 : -1
    }

    /// The tokens that start with `prefix`: contiguous, since tokens are sorted.
    private func tokenRange(withPrefix prefix: [UInt8]) -> Range<Int> {
        let tokens = postings.indices
        let start = tokens.partitionPoint { compare(token: $0, prefix: prefix) >= 0 }
        return start..<tokens[start...].partitionPoint { compare(token: $0, prefix: prefix) > 0 }
    }
}

extension SearchIndex.Target {
    /// A stable order within a group.
    var sortKey: [Int] {
        switch self {
        case .item(.entity(let index)), .item(.topic(let index)), .item(.claim(let index)),
            .item(.event(let index)), .item(.relation(let index)):
            [index]
        case .passage(let document, let range): [document, range.lowerBound]
        }
    }
}

/// Calls `body` with each word of the folded text, as UTF-8 bytes.
func forEachFoldedWord<Text: StringProtocol>(_ text: Text, _ body: ([UInt8]) -> Void) {
    var word: [UInt8] = []
    foldScalars(text) { scalar in
        if isWordScalar(scalar) {
            if scalar.isASCII { word.append(UInt8(scalar.value)) } else { word.append(contentsOf: String(scalar).utf8) }
        } else if !word.isEmpty {
            body(word)
            word.removeAll(keepingCapacity: true)
        }
    }
    if !word.isEmpty { body(word) }
}

/// Appends the folded words of a text, one space between them: the byte form phrase matching
/// compares. Not built on `forEachFoldedWord`: this runs for hundreds of candidates per
/// keystroke, and handing each word over as an array costs about 10% of a search.
func appendFoldedWords<Text: StringProtocol>(_ text: Text, to out: inout [UInt8]) {
    var inWord = false
    foldScalars(text) { scalar in
        if isWordScalar(scalar) {
            if !inWord && !out.isEmpty { out.append(0x20) }
            inWord = true
            if scalar.isASCII { out.append(UInt8(scalar.value)) } else { out.append(contentsOf: String(scalar).utf8) }
        } else {
            inWord = false
        }
    }
}

/// The folded words of a text joined by single spaces: the form phrase matching compares.
func foldedWords(_ text: String) -> String {
    var bytes: [UInt8] = []
    appendFoldedWords(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
}
