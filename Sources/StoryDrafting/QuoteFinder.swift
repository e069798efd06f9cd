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

    static func quotes(in article: ArticleText) -> [Quote] {
        var result: [Quote] = []
        // A quotation over several paragraphs, as news writes it: each paragraph opens a mark,
        // only the last closes it. The paragraphs open so far, while one is being followed.
        var open: Int?
        var paragraphs = 0
        let s = article.scalars
        for line in article.lines {
            var found = quotes(inLine: line, s)
            var first = line.lowerBound
            while first < line.upperBound, ArticleText.isSpace(s[first]) { first += 1 }
            guard first < line.upperBound else { continue }  // a blank line keeps a quotation open
            let opensHere = openingMarks.contains(s[first])
            let closedHere = found.first?.outer.lowerBound == first
            if open == nil, !opensHere || closedHere {
                // A quotation opened after the paragraph's start that does not close in it.
                if let unclosed = lastUnclosedOpening(in: line, after: found.last?.outer.upperBound ?? first, s) {
                    result += found
                    open = unclosed
                    paragraphs = 1
                    continue
                }
            }
            if let start = open, opensHere {
                if closedHere {
                    // The last paragraph: one quotation from the first mark to this close.
                    let closing = found.removeFirst()
                    result.append(
                        Quote(inner: start + 1..<closing.inner.upperBound, outer: start..<closing.outer.upperBound))
                    open = nil
                } else if paragraphs < maxParagraphs {
                    paragraphs += 1
                    result += found
                    continue
                } else {
                    open = nil
                }
            } else {
                open = nil
            }
            if opensHere && !closedHere && !found.contains(where: { $0.outer.lowerBound == first }) {
                open = first
                paragraphs = 1
            }
            result += found
        }
        // In text order, none inside another: a quotation over paragraphs holds what was found
        // in its middle paragraphs (a quotation inside a quotation stays inside it).
        var ordered: [Quote] = []
        for quote in result.sorted(by: { $0.outer.lowerBound < $1.outer.lowerBound }) {
            if let last = ordered.last, quote.outer.lowerBound < last.outer.upperBound { continue }
            ordered.append(quote)
        }
        return ordered
    }

    /// An opening mark after `start` in a line, with words after it and no closing mark: the
    /// first paragraph of a quotation that goes on.
    private static func lastUnclosedOpening(in line: Range<Int>, after start: Int, _ s: [Unicode.Scalar]) -> Int? {
        var index = line.upperBound - 1
        while index >= start {
            let scalar = s[index]
            if scalar == "\u{201D}" || (scalar == "\"" && index > line.lowerBound && !ArticleText.isSpace(s[index - 1]))
            {
                return nil  // something closes after the last opening
            }
            if scalar == "\u{201C}"
                || (scalar == "\""
                    && (index == line.lowerBound || ArticleText.isSpace(s[index - 1])
                        || s[index - 1] == ":"))
            {
                return index + 1 < line.upperBound && ArticleText.isWordScalar(s[index + 1]) ? index : nil
            }
            index -= 1
        }
        return nil
    }

    /// The pairs of QuotationMarks by their opening mark, with their place in the table.
    private static let pairByOpening: [Unicode.Scalar: (offset: Int, close: Unicode.Scalar)] = Dictionary(
        uniqueKeysWithValues: QuotationMarks.pairs.enumerated().map { ($0.element.open, ($0.offset, $0.element.close)) }
    )

    /// Marks that open a quotation at a paragraph's start.
    private static let openingMarks: Set<Unicode.Scalar> = ["\u{201C}", "\"", "\u{2018}", "\u{00AB}"]
    /// The most paragraphs one quotation runs over.
    static let maxParagraphs = 8

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
                // A curly opening closed by a straight mark, as pasted text often has it.
                close =
                    next(0, after: index + 1) { s[$0] == "\u{201D}" }
                    ?? next(5, after: index + 1) { s[$0] == "\"" && !isWord($0 + 1) }
            case "\"":
                if isSpaceOrEdge(index - 1), index + 1 < line.upperBound, !s[index + 1].properties.isWhitespace {
                    close =
                        next(1, after: index + 1) { s[$0] == "\"" }
                        ?? next(6, after: index + 1) { s[$0] == "\u{201D}" }
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
                // « », „ “, 「 」 and the other pairs of the table: they open and close unambiguously.
                if let pair = pairByOpening[mark] {
                    close = next(7 + pair.offset, after: index + 1) { s[$0] == pair.close }
                }
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

    /// The people of an article, as speakers: who is a person, their titles, their usual sex.
    struct People {
        var persons: Set<Int>
        var roles: [Int: String]
        var sexes: [Int: Knowledge.Sex]
    }

    /// Who was named last, as the article is read: what "he", "she" and "the premier" stand for.
    struct Recent {
        var speaker: Int?
        var person: Int?
        /// The last person who could be "he" (a man, or of no known sex), and "she".
        var he: Int?
        var she: Int?
        /// Where each entity was last named (a mention's index), for titles.
        var seen: [Int: Int] = [:]
        /// The sentences `he` and `she` were taken from: in the latest sentence that names
        /// someone who could be "he", the first named (most often its subject) is "he".
        private var heSentence = -1
        private var sheSentence = -1

        mutating func saw(_ entity: Int, at index: Int, sentence: Int, _ people: People) {
            seen[entity] = index
            guard people.persons.contains(entity) else { return }
            person = entity
            let sex = people.sexes[entity]
            if sex != .female, heSentence != sentence {
                he = entity
                heSentence = sentence
            }
            if sex != .male, sheSentence != sentence {
                she = entity
                sheSentence = sentence
            }
        }
    }

    /// Each quotation (a quote split by "he said" counts once) with its speaker.
    static func attribute(
        _ quotes: [Quote], in article: ArticleText, mentions: [NameSpan], people: People, limit: Int = .max
    ) -> [Attributed] {
        var result: [Attributed] = []
        var recent = Recent()
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
                let mention = mentions[mentionIndex]
                recent.saw(
                    mention.entity, at: mentionIndex,
                    sentence: article.sentence(containing: mention.range.lowerBound) ?? -1,
                    people)
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
                outside, quotes: group, mentions: inSentence, people: people, recent: recent, article: article)
            {
                speaker = found
                reach = verb == "according" ? .reported : .said
            } else if let subject = sentenceSubject(
                of: group[0], evidence: evidence, mentions: inSentence, people: people, recent: recent,
                article: article)
            {
                // No verb of saying: "Mr Joyce was optimistic that “…”", "accused him of “untruths”".
                speaker = subject
            } else if let previous = result.last, let speaking = previous.speaker,
                article.sentence(containing: previous.evidence.upperBound - 1).map({ $0 + 1 }) == first,
                article.sentences[first].line == article.sentences[max(0, first - 1)].line
                    || startsParagraph(quote, article)
            {
                // A quotation that goes on in the next sentence, or opens the next paragraph,
                // with no words of its own: the same speaker goes on.
                speaker = speaking
                reach = previous.reach
            }
            if speaker == nil, startsParagraph(quote, article), first > 0,
                let reporter = reporter(ofSentence: first - 1, article: article, mentions: mentions, people: people)
            {
                // "She said there is something very wrong…" then a paragraph that is only a
                // quotation: the words go on from whoever the paragraph before reported.
                speaker = reporter(recent)
                reach = .said
            }
            if let speaker { recent.speaker = speaker }
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

    /// Whose words a quotation is when its sentence has no verb of saying: the person the
    /// sentence names first ("Corbyn later used his questions to address the “crisis”"), or an
    /// organisation that opens it ("Frimley Health has thanked residents for … ‘increasing
    /// demand’"). Not for a quotation that opens its sentence: that is a quotation of its own.
    private static func sentenceSubject(
        of quote: Quote, evidence: Range<Int>, mentions: [NameSpan], people: People, recent: Recent,
        article: ArticleText
    ) -> Int? {
        let before = article.slice(evidence.lowerBound..<quote.outer.lowerBound)
        guard before.contains(where: { $0.isLetter }) else { return nil }
        // "He repeated lines that Labor was “in denial”": a sentence opened by "he" or "she".
        let firstWord = before.split(separator: " ").first.map(String.init) ?? ""
        if firstWord == "He", let he = recent.he ?? recent.speaker { return he }
        if firstWord == "She", let she = recent.she ?? recent.speaker { return she }
        if let person = mentions.first(where: { people.persons.contains($0.entity) }) { return person.entity }
        let opening = article.slice(evidence.lowerBound..<(mentions.first?.range.lowerBound ?? evidence.lowerBound))
        let openers = opening.split(separator: " ").filter { $0.contains { $0.isLetter } }
        if let first = mentions.first, first.range.upperBound <= quote.outer.lowerBound,
            openers.allSatisfy({ ["the", "The"].contains($0) })
        {
            return first.entity
        }
        return nil
    }

    /// Who a sentence without quotation marks reports: the subject of its first verb of saying,
    /// as "he" and "she" then stand (so the answer waits for `Recent`). Nil when it reports no
    /// one or holds a quotation of its own.
    private static func reporter(
        ofSentence index: Int, article: ArticleText, mentions: [NameSpan], people: People
    ) -> ((Recent) -> Int?)? {
        let sentence = article.sentences[index]
        let range = sentence.range
        guard !article.scalars[range].contains(where: { QuotationMarks.doubles.contains($0) })
        else { return nil }
        let words = Array(article.words[sentence.words])
        guard let verb = words.indices.prefix(8).first(where: { ReportingVerbs.isVerb(words, at: $0) }), verb > 0
        else { return nil }
        let named = Array(mentions.starting(in: range))
        return { recent in
            subject(of: verb, words, named, people: people, recent: recent, article: article, depth: 0) ?? nil
        }
    }

    /// Whether a quotation opens its paragraph (its line, after spaces).
    private static func startsParagraph(_ quote: Quote, _ article: ArticleText) -> Bool {
        var index = quote.outer.lowerBound
        while index > 0, article.scalars[index - 1] != "\n" {
            if !ArticleText.isSpace(article.scalars[index - 1]) { return false }
            index -= 1
        }
        return true
    }

    /// ", she said, " or " he added: " between two parts of one quotation.
    private static func isInterruption(_ text: String) -> Bool {
        let words = text.split { !$0.isLetter }.map { $0.lowercased() }
        let trimmed = text.trimmingSpaces
        return !words.isEmpty && words.count <= 5 && words.contains { ReportingVerbs.all.contains($0) }
            && !text.contains(".") && !text.contains("\n") && (trimmed.hasSuffix(",") || trimmed.hasSuffix(":"))
    }

    /// The speaker: the subject of the reporting verb nearest the quote. Inverted ("…,” said
    /// Brenn) it is the name after the verb; otherwise the name just before it, past an
    /// apposition ("Okafor, the chief executive, said"), a pronoun (the last person named), a
    /// title ("the mayor said"), or the verb before it ("told the BBC … and called"). A plain
    /// noun before the verb ("the coastguard told her") is someone unnamed: no speaker.
    private static func speakerByVerb(
        _ words: [ArticleText.Word], quotes: [Quote], mentions: [NameSpan], people: People, recent: Recent,
        article: ArticleText
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
            ReportingVerbs.isVerb(words, at: $0) && !($0 > 0 && passive.contains(words[$0 - 1].text.lowercased()))
        }
        guard
            let verbIndex = verbs.min(by: {
                distance(words[$0], quoteStart, quoteEnd) < distance(words[$1], quoteStart, quoteEnd)
            })
        else { return nil }
        let verb = words[verbIndex]
        // "…,” said Kestrel manager Tomasz Wielki: a name, or a title and a name, right after
        // the verb; a person before anything else named there.
        // "…,” said harbour master Ines Walsh: a role in lower case may come first.
        if verb.start > quoteEnd, ReportingVerbs.invertible.contains(verb.text.lowercased()),
            verbIndex + 1 < words.count,
            words[verbIndex + 1].isCapitalised
                || !["he", "she", "they", "the", "a", "an"].contains(words[verbIndex + 1].text)
        {
            let window = words[(verbIndex + 1)..<min(words.count, verbIndex + 7)]
            let named = mentions.filter { mention in window.contains { $0.start == mention.range.lowerBound } }
            if let found = named.first(where: { people.persons.contains($0.entity) }) ?? named.first {
                return ("said", found.entity)
            }
        }
        return subject(of: verbIndex, words, mentions, people: people, recent: recent, article: article, depth: 0).map {
            ("said", $0)
        }
    }

    private static let auxiliaries: Set<String> = [
        "also", "then", "had", "has", "have", "was", "were", "is", "later", "again", "previously", "repeatedly",
        "reportedly", "publicly", "once", "earlier", "has", "had", "openly", "privately", "simply", "just", "first",
        "could", "would", "will", "can", "may", "might", "should", "must", "be", "been", "not", "never", "did",
        "does", "overheard", "heard",
    ]

    private static func subject(
        of verbIndex: Int, _ words: [ArticleText.Word], _ mentions: [NameSpan], people: People, recent: Recent,
        article: ArticleText, depth: Int
    ) -> Int?? {
        guard depth < 4 else { return nil }
        let verb = words[verbIndex]
        var position = verbIndex - 1
        // "also said", "wrongly claimed": auxiliaries and adverbs between the subject and its verb.
        while position >= 0,
            auxiliaries.contains(words[position].text.lowercased())
                || (words[position].text.hasSuffix("ly") && !words[position].isCapitalised)
                || Gazetteer.postNominals.contains(words[position].text)
        {
            position -= 1
        }
        guard position >= 0 else { return nil }
        let previous = words[position]
        // "Houston wrote to Trudeau, asking him to …": a participle after a comma has the
        // sentence's subject, the person named first, not the name just before it.
        // "McConnell eviscerated Democrats, at one point asking, “…”" and "Collins used her
        // speech to call it “disgraceful”" too.
        if let subject = mentions.first(where: {
            people.persons.contains($0.entity) && $0.range.upperBound <= verb.start
        }),
            subject.range.lowerBound <= words[0].start + 80,
            (verb.text.hasSuffix("ing") && article.scalars[subject.range.upperBound..<verb.start].contains(","))
                || previous.text == "to"
        {
            return subject.entity
        }
        if let mention = mentions.last(where: {
            $0.range.lowerBound <= previous.start && $0.range.upperBound >= previous.end
        }) {
            // "Dr Jay Butler, deputy director at the Centers for Disease Control, said": the
            // person, not the employer named in the apposition.
            if !people.persons.contains(mention.entity), article.scalars[previous.end..<verb.start].contains(","),
                let person = mentions.last(where: {
                    people.persons.contains($0.entity) && $0.range.upperBound < mention.range.lowerBound
                }),
                article.slice(person.range.upperBound..<mention.range.lowerBound).hasPrefix(","),
                !article.slice(person.range.upperBound..<mention.range.lowerBound).contains(".")
            {
                return person.entity
            }
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
        // "he" and "she": the last person named who could be one.
        if lower == "he" { return .some(recent.he ?? recent.speaker) }
        if lower == "she" { return .some(recent.she ?? recent.speaker) }
        // "prompting Trump to raise his voice and say": the person named in the verb's own
        // clause (since its last comma) before anyone further back.
        if lower == "and",
            let person = mentions.last(where: {
                people.persons.contains($0.entity) && $0.range.upperBound <= previous.start
                    && !article.scalars[$0.range.upperBound..<previous.start].contains(",")
            })
        {
            return person.entity
        }
        if lower == "and",
            let earlier = (0..<position).last(where: { ReportingVerbs.isVerb(words, at: $0) })
        {
            return subject(
                of: earlier, words, mentions, people: people, recent: recent, article: article, depth: depth + 1)
        }
        // "the premier said": of those who hold that title, the one named last (the first, if
        // none has been named yet), so that the answer is the same in every run.
        let holders = people.roles.keys.filter {
            people.roles[$0]!.lowercased().split(separator: " ").last.map(String.init) == lower
        }
        if let holder = holders.max(by: { (recent.seen[$0] ?? -1, -$0) < (recent.seen[$1] ?? -1, -$1) }) {
            return holder
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

extension Array where Element == NameSpan {
    /// The names that start within a range of the text, found by halving (names are in text
    /// order): the names of one sentence cost its own length, not the article's.
    func starting(in range: Range<Int>) -> ArraySlice<NameSpan> {
        let first = partitionPoint { $0.range.lowerBound >= range.lowerBound }
        return self[first..<self[first...].partitionPoint { $0.range.lowerBound >= range.upperBound }]
    }
}
