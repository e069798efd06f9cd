import StoryModel

/// Finds the quotations of an article — straight and curly double quotes, curly single quotes,
/// and straight single quotes where they cannot be apostrophes — and who says each, from the
/// reporting words around it.
struct QuoteFinder {
    struct Quote {
        /// The quoted words, without the quotation marks.
        var inner: Range<Int>
        /// With the marks.
        var outer: Range<Int>
    }

    struct Attributed {
        var quotes: [Quote]
        /// The entity that says it, or nil for the article's own voice.
        var speaker: Int?
        var reach: Claim.Reach
        /// From the start of the first quote's sentence to the end of the last one's.
        var evidence: Range<Int>
        /// "In response" before it, if the sentence answers what came before.
        var response: Range<Int>?
    }

    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "asked", "asks", "warned", "warns", "added", "adds", "wrote", "writes",
        "noted", "notes", "calls", "called", "call", "refers", "referred", "described", "describes", "stated",
        "stating", "saying", "implied", "implies", "suggested", "suggests", "argued", "argues", "insisted",
        "insists", "claimed", "claims", "stressed", "announced", "declared", "explained", "replied", "answered",
        "admitted", "conceded", "promised", "vowed", "urged", "predicted", "remarked", "commented", "posted",
        "tweeted", "recalled", "agreed", "countered", "responded",
    ]

    static func quotes(in article: ArticleText) -> [Quote] {
        var result: [Quote] = []
        for line in article.lines {
            result += quotes(inLine: line, article.scalars)
        }
        return result
    }

    /// The most parts one quotation is taken to have ("…,” she said, “…”): a chain of
    /// quotations joined by "said," is many quotations, and its work must grow with its length.
    static let maxParts = 4

    /// A quotation longer than this, in characters, is taken for a stray mark.
    static let maxQuoteLength = 3_000

    private static func quotes(inLine line: Range<Int>, _ s: [Unicode.Scalar]) -> [Quote] {
        var result: [Quote] = []
        var index = line.lowerBound
        func isWord(_ i: Int) -> Bool { i >= line.lowerBound && i < line.upperBound && ArticleText.isWordScalar(s[i]) }
        func isSpaceOrEdge(_ i: Int) -> Bool {
            i < line.lowerBound || i >= line.upperBound || s[i].properties.isWhitespace
                || "([—–-:;,".unicodeScalars.contains(s[i])
        }
        // For each kind of closing mark, the next one from each place, made on first need in one
        // pass from the right: a line of openers without closers costs its length, not its square.
        var nextClose: [Int: [Int32]] = [:]
        func next(_ kind: Int, after position: Int, _ closes: (Int) -> Bool) -> Int? {
            if nextClose[kind] == nil {
                var table = [Int32](repeating: -1, count: line.count + 1)
                for i in stride(from: line.upperBound - 1, through: line.lowerBound, by: -1) {
                    table[i - line.lowerBound] = closes(i) ? Int32(i) : table[i - line.lowerBound + 1]
                }
                nextClose[kind] = table
            }
            guard position < line.upperBound else { return nil }
            let found = Int(nextClose[kind]![position - line.lowerBound])
            return found < 0 ? nil : found
        }
        while index < line.upperBound {
            let mark = s[index]
            var close: Int?
            switch mark {
            case "\u{201C}":
                close = next(0, after: index + 1) { s[$0] == "\u{201D}" }
            case "\"":
                if isSpaceOrEdge(index - 1), index + 1 < line.upperBound, !s[index + 1].properties.isWhitespace {
                    close = next(1, after: index + 1) { s[$0] == "\"" }
                }
            case "\u{2018}":
                close = next(2, after: index + 1) { s[$0] == "\u{2019}" && !isWord($0 + 1) }
            case "'":
                if isSpaceOrEdge(index - 1), isWord(index + 1) {
                    close =
                        next(3, after: index + 2) { s[$0] == "'" && !isWord($0 + 1) && isWord($0 - 1) }
                        ?? next(4, after: index + 2) {
                            s[$0] == "'" && !isWord($0 + 1) && ".,!?".unicodeScalars.contains(s[$0 - 1])
                        }
                }
            default:
                break
            }
            if let close, close > index + 1, close - index <= maxQuoteLength {
                result.append(Quote(inner: index + 1..<close, outer: index..<close + 1))
                index = close + 1
            } else {
                index += 1
            }
        }
        return result
    }

    /// Each quotation (a quote split by "he said" counts once) with its speaker.
    static func attribute(
        _ quotes: [Quote], in article: ArticleText, mentions: [NameSpan], persons: Set<Int>, roles: [Int: String],
        limit: Int = .max
    ) -> [Attributed] {
        var result: [Attributed] = []
        var lastSpeaker: Int?
        var lastPerson: Int?
        var mentionIndex = 0
        var position = 0
        while position < quotes.count, result.count < limit {
            let quote = quotes[position]
            guard let first = article.sentence(containing: quote.outer.lowerBound) else {
                position += 1
                continue
            }
            let lastSentence =
                article.sentence(containing: max(quote.outer.lowerBound, quote.outer.upperBound - 1)) ?? first
            var evidence = article.sentences[first].range.lowerBound..<article.sentences[lastSentence].range.upperBound
            // In a very long sentence, the words around the quotation only.
            evidence = article.window(around: quote.outer, within: evidence)
            while mentionIndex < mentions.count, mentions[mentionIndex].range.lowerBound < evidence.lowerBound {
                if persons.contains(mentions[mentionIndex].entity) { lastPerson = mentions[mentionIndex].entity }
                mentionIndex += 1
            }
            var group = [quote]
            // "…,” she said, “…”: the second part of one quotation.
            while position + 1 < quotes.count, group.count < maxParts {
                let next = quotes[position + 1]
                let between = article.slice(group.last!.outer.upperBound..<next.outer.lowerBound)
                guard next.outer.lowerBound < evidence.upperBound || between.count < 40,
                    isInterruption(between)
                else { break }
                group.append(next)
                position += 1
                if let end = article.sentence(containing: next.outer.upperBound - 1) {
                    evidence = evidence.lowerBound..<max(evidence.upperBound, article.sentences[end].range.upperBound)
                }
            }
            // The names and words of these sentences only: the work grows with the text.
            var inSentence: [NameSpan] = []
            var scan = mentionIndex
            while scan < mentions.count, mentions[scan].range.lowerBound < evidence.upperBound {
                inSentence.append(mentions[scan])
                scan += 1
            }
            let outside = article.words[article.wordIndexes(in: evidence)].filter { word in
                !group.contains { $0.outer.contains(word.start) }
            }
            var speaker: Int?
            var reach = Claim.Reach.reported
            if let (verb, found) = speakerByVerb(
                outside, quotes: group, mentions: inSentence, persons: persons, roles: roles, lastSpeaker: lastSpeaker,
                lastPerson: lastPerson, article: article)
            {
                speaker = found
                reach = verb == "according" ? .reported : .said
            } else if let previous = result.last, let speaking = previous.speaker,
                article.sentence(containing: previous.evidence.upperBound - 1).map({ $0 + 1 }) == first,
                article.sentences[first].line == article.sentences[max(0, first - 1)].line
            {
                // A quotation that goes on in the next sentence, with no words of its own.
                speaker = speaking
                reach = previous.reach
            }
            if let speaker { lastSpeaker = speaker }
            let opening = article.slice(evidence.lowerBound..<min(evidence.upperBound, evidence.lowerBound + 14))
            var response: Range<Int>?
            for marker in ["In response", "In reply", "Responding"] where opening.hasPrefix(marker) {
                response = evidence.lowerBound..<evidence.lowerBound + marker.unicodeScalars.count
            }
            result.append(
                Attributed(quotes: group, speaker: speaker, reach: reach, evidence: evidence, response: response))
            position += 1
        }
        return result
    }

    /// ", she said, " or " he added: " between two parts of one quotation.
    private static func isInterruption(_ text: String) -> Bool {
        let words = text.split { !$0.isLetter }.map { $0.lowercased() }
        let trimmed = text.trimmingSpaces
        return !words.isEmpty && words.count <= 5 && words.contains { reportingVerbs.contains($0) }
            && !text.contains(".") && !text.contains("\n") && (trimmed.hasSuffix(",") || trimmed.hasSuffix(":"))
    }

    /// The speaker: the subject of the reporting verb nearest the quote. Inverted ("…,” said
    /// Brenn) it is the name after the verb; otherwise the name just before it, past an
    /// apposition ("Okafor, the chief executive, said"), a pronoun (the last person named), a
    /// title ("the mayor said"), or the verb before it ("told the BBC … and called"). A plain
    /// noun before the verb ("the coastguard told her") is someone unnamed: no speaker.
    private static func speakerByVerb(
        _ words: [ArticleText.Word], quotes: [Quote], mentions: [NameSpan], persons: Set<Int>, roles: [Int: String],
        lastSpeaker: Int?, lastPerson: Int?, article: ArticleText
    ) -> (String, Int?)? {
        let quoteStart = quotes[0].outer.lowerBound
        let quoteEnd = quotes.last!.outer.upperBound
        // "according to X" anywhere in the sentence.
        for (index, word) in words.enumerated() where word.text.lowercased() == "according" {
            if index + 1 < words.count, words[index + 1].text == "to",
                let mention = mentions.first(where: { $0.range.lowerBound >= words[index + 1].end })
            {
                return ("according", mention.entity)
            }
        }
        // "would be added" is not someone adding words.
        let passive: Set<String> = ["be", "been", "being", "is", "was", "were", "are"]
        let verbs = words.indices.filter {
            reportingVerbs.contains(words[$0].text.lowercased())
                && !($0 > 0 && passive.contains(words[$0 - 1].text.lowercased()))
        }
        guard
            let verbIndex = verbs.min(by: {
                distance(words[$0], quoteStart, quoteEnd) < distance(words[$1], quoteStart, quoteEnd)
            })
        else { return nil }
        let verb = words[verbIndex]
        // "…,” said Kestrel manager Tomasz Wielki: a name, or a title and a name, right after
        // the verb; a person before anything else named there.
        if verb.start > quoteEnd, verbIndex + 1 < words.count, words[verbIndex + 1].isCapitalised {
            let window = words[(verbIndex + 1)..<min(words.count, verbIndex + 6)]
            let named = mentions.filter { mention in window.contains { $0.start == mention.range.lowerBound } }
            if let found = named.first(where: { persons.contains($0.entity) }) ?? named.first {
                return ("said", found.entity)
            }
        }
        return subject(
            of: verbIndex, words, mentions, persons: persons, roles: roles, lastPerson: lastPerson,
            lastSpeaker: lastSpeaker, article: article, depth: 0
        ).map { ("said", $0) }
    }

    private static let auxiliaries: Set<String> = [
        "also", "then", "had", "has", "have", "was", "were", "is", "later", "again", "previously", "repeatedly",
        "reportedly", "publicly", "once", "earlier", "has", "had", "openly", "privately", "simply", "just", "first",
    ]

    private static func subject(
        of verbIndex: Int, _ words: [ArticleText.Word], _ mentions: [NameSpan], persons: Set<Int>, roles: [Int: String],
        lastPerson: Int?, lastSpeaker: Int?, article: ArticleText, depth: Int
    ) -> Int?? {
        guard depth < 4 else { return nil }
        let verb = words[verbIndex]
        var position = verbIndex - 1
        while position >= 0, auxiliaries.contains(words[position].text.lowercased()) { position -= 1 }
        guard position >= 0 else { return nil }
        let previous = words[position]
        if let mention = mentions.last(where: {
            $0.range.lowerBound <= previous.start && $0.range.upperBound >= previous.end
        }) {
            return mention.entity
        }
        // An apposition or relative clause between the name and the verb.
        let gap = article.scalars[previous.end..<verb.start]
        if gap.contains(","), let mention = mentions.last(where: { $0.range.upperBound <= previous.start }),
            verb.start - mention.range.upperBound <= 120
        {
            return mention.entity
        }
        let lower = previous.text.lowercased()
        if lower == "he" || lower == "she" { return lastPerson ?? lastSpeaker }
        if lower == "and",
            let earlier = (0..<position).last(where: { reportingVerbs.contains(words[$0].text.lowercased()) })
        {
            return subject(
                of: earlier, words, mentions, persons: persons, roles: roles, lastPerson: lastPerson,
                lastSpeaker: lastSpeaker, article: article, depth: depth + 1)
        }
        for (entity, role) in roles where role.lowercased().split(separator: " ").last.map(String.init) == lower {
            return entity
        }
        return .some(nil)
    }

    private static func distance(_ word: ArticleText.Word, _ start: Int, _ end: Int) -> Int {
        word.start >= end ? word.start - end : max(0, start - word.end)
    }
}

/// A place where the article names an entity.
struct NameSpan {
    var range: Range<Int>
    var entity: Int
}
