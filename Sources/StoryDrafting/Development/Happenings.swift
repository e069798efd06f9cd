import StoryModel

/// What a sentence says of a happening: what kind it is (a signing, a vote, a match), and what
/// came of it (called off, postponed, went ahead). Used to find the reports of one happening
/// by several articles, and the statements of outcome that give no date ("the signing was
/// called off"). Rules as data: a kind, or a word for one, is one entry in a table.
enum Happenings {
    /// Words that name a happening, by kind (the first word of each line names the kind).
    static let kindLines = [
        "signing sign signs signed signing signature",
        "meeting meet meets meeting meetings talks summit discussions",
        "vote vote votes voted voting ballot approval approve approves approved",
        "match match matches game games fixture fixtures final replay tie ties quarter-final semi-final semi-finals kick-off",
        "hearing hearing trial sentencing inquest",
        "strike strike strikes walkout walkouts stoppage",
        "election election elections runoff referendum",
        "conference conference briefing",
        "visit visit visits trip",
        "row row rows clash clashes exchange spat argument confrontation",
        "launch launch launches",
        "opening opening reopening",
        "works works construction groundbreaking demolition",
        "inspection inspection inspections investigation inquiry probe review",
    ]

    /// Words for what a happening is about, taken as its kind where no word of `kindLines` is
    /// in the sentence: "the deal collapsed", "the regulator blocked the takeover".
    static let subjectLines = [
        "deal deal deals agreement agreements accord pact takeover takeovers acquisition merger bid buyout transaction",
        "bill bill bills legislation motion budget",
        "plan plan plans scheme proposal proposals",
    ]

    static let kinds: [String: String] = table(kindLines)
    static let subjects: [String: String] = table(subjectLines)

    static func table(_ lines: [String]) -> [String: String] {
        var table: [String: String] = [:]
        for line in lines {
            let words = line.split(separator: " ").map(String.init)
            for word in words.dropFirst() { table[word] = words[0] }
        }
        return table
    }

    /// What came of a happening, as a sentence says it.
    enum Outcome: Equatable {
        case cancelled
        /// Put off to a later day, or to none yet.
        case moved
        case happened
        /// Still to come, with no word of when.
        case pending
    }

    /// Phrases of outcome, lowercased, with spaces around so they match whole words. The last
    /// one in a sentence's main clause is its outcome: "the vote, delayed twice, finally passed".
    static let outcomes: [(phrase: String, outcome: Outcome)] = [
        (" called off ", .cancelled), (" call off ", .cancelled), (" calls off ", .cancelled),
        (" cancelled ", .cancelled), (" canceled ", .cancelled), (" cancellation ", .cancelled),
        (" scrapped ", .cancelled), (" abandoned ", .cancelled), (" did not go ahead ", .cancelled),
        (" didn't go ahead ", .cancelled), (" didn’t go ahead ", .cancelled), (" did not take place ", .cancelled),
        (" never took place ", .cancelled), (" blocked ", .cancelled), (" blocks ", .cancelled),
        (" collapsed ", .cancelled), (" fell through ", .cancelled), (" without signing ", .cancelled),
        (" not signed ", .cancelled), (" was dropped ", .cancelled), (" axed ", .cancelled),
        (" prohibited ", .cancelled), (" struck down ", .cancelled),
        (" postponed ", .moved), (" postpone ", .moved), (" delayed ", .moved), (" put off ", .moved),
        (" pushed back ", .moved), (" rescheduled ", .moved), (" deferred ", .moved), (" adjourned ", .moved),
        (" moved to ", .moved), (" brought forward ", .moved), (" rearranged ", .moved), (" put back ", .moved),
        (" went ahead ", .happened), (" took place ", .happened), (" was held ", .happened),
        (" were held ", .happened), (" was signed ", .happened), (" were signed ", .happened),
        (" signed the ", .happened), (" passed ", .happened), (" approved ", .happened),
        (" was played ", .happened), (" were played ", .happened), (" finally ", .happened),
        (" completed ", .happened), (" won ", .happened), (" beat ", .happened), (" voted ", .happened),
        (" has yet to ", .pending), (" have yet to ", .pending), (" yet to be ", .pending),
        (" still has not ", .pending), (" still have not ", .pending), (" has not yet ", .pending),
        (" have not yet ", .pending), (" still hasn't ", .pending), (" still hasn’t ", .pending),
        (" on hold ", .pending),
    ]

    /// The phrases of `outcomes` as words, by their first word.
    static let outcomesByFirstWord: [String: [(words: [String], outcome: Outcome)]] = Dictionary(
        grouping: outcomes.map { (words: $0.phrase.split(separator: " ").map(String.init), outcome: $0.outcome) },
        by: { $0.words[0] })
    static let outcomeVocabulary = Set(outcomes.flatMap { $0.phrase.split(separator: " ").map(String.init) })

    /// Words after which a sentence speaks of another happening: its cause, or what came
    /// before ("called off after the row"). A sentence's main clause ends there.
    static let connectives: Set<String> = [
        "after", "following", "because", "since", "when", "amid", "despite", "as", "before", "instead",
    ]

    /// The words of a sentence that say nothing of which happening it is.
    static let commonWords: Set<String> = [
        "about", "after", "again", "against", "also", "been", "before", "being", "between", "both", "could", "days",
        "does", "during", "each", "even", "first", "from", "further", "have", "having", "here", "into", "just",
        "last", "later", "more", "most", "much", "must", "next", "only", "other", "over", "said", "same", "says",
        "should", "since", "some", "still", "such", "than", "that", "their", "them", "then", "there", "these",
        "they", "this", "those", "through", "told", "under", "until", "upon", "very", "were", "what", "when",
        "where", "which", "while", "will", "with", "would", "week", "weeks", "month", "months", "year", "years",
        "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "morning", "evening", "night", "afternoon", "time", "because", "however",
        "called", "planned", "scheduled", "expected", "set", "due", "instead", "following", "amid", "despite",
        "now", "already", "statement", "reporters", "announced", "earlier", "before", "finally", "went", "ahead",
    ]

    /// A sentence's happening: its kind, the word that names it, and its outcome if it says one.
    struct Statement {
        var kind: String
        /// The index, among the sentence's words, of the word that names the kind.
        var word: Int
        var outcome: Outcome?
        /// The span, among the sentence's words, of the phrase that says the outcome.
        var outcomeWords: Range<Int>?
        /// Content words, lowercased: what the happening is about ("minerals").
        var about: Set<String>
        /// Named as one already told of: "the tie", "this vote".
        var definite = false
    }

    /// Words before a kind word that point back to a happening already told of.
    static let definiteWords: Set<String> = ["the", "this", "that", "its", "their"]

    /// Lowercased words without a possessive: "Friday's" reads as "friday". A comma after the
    /// word (see `ArticleText.wordsWithCommas`) is kept: it ends clauses.
    static func plain(_ word: String) -> String {
        if word.hasSuffix(",") { return plain(String(word.dropLast())) + "," }
        var lower = word.lowercased()
        if lower.count > 3, lower.hasSuffix("'s") || lower.hasSuffix("’s") {
            lower.removeLast(2)
        } else if lower.count > 3, lower.hasSuffix("s'") || lower.hasSuffix("s’") {
            lower.removeLast()
        }
        return lower
    }

    /// What the words of one sentence say of a happening; `near`: the index of a word (a time
    /// expression's) whose nearest kind word is taken, else the first of the main clause.
    static func statement(_ words: [String], near: Int? = nil) -> Statement? {
        let marked = words.map(plain)
        let lower = marked.map { $0.hasSuffix(",") ? String($0.dropLast()) : $0 }
        // Most sentences name no happening: told apart before anything else is read.
        guard lower.contains(where: { kinds[$0] != nil || subjects[$0] != nil }) else { return nil }
        // A sentence that opens with what led to it ("As a result of the row, the signing was
        // called off") has its main clause after the opening's comma.
        var begin = 0
        if let first = lower.first,
            connectives.contains(first) || EventLinkWords.find(in: lower).first?.range.lowerBound == 0,
            let comma = marked.prefix(12).firstIndex(where: { $0.hasSuffix(",") }), comma + 1 < words.count
        {
            begin = comma + 1
        }
        // The main clause: up to the first connective that follows a kind word.
        var end = lower.count
        var sawKind = false
        for (index, word) in lower.enumerated() where index >= begin {
            if kinds[word] != nil || subjects[word] != nil { sawKind = true }
            if sawKind, connectives.contains(word), index > 0 {
                end = index
                break
            }
        }
        // The kind word nearest the time expression, of the main clause if it has one.
        func nearest(in table: [String: String]) -> (String, Int)? {
            let all = lower.indices.compactMap { index in table[lower[index]].map { ($0, index) } }
            // A time expression after the main clause speaks of the clause it stands in.
            let clause =
                if let near, near < begin { 0..<begin } else if let near, near >= end { end..<lower.count } else {
                    begin..<end
                }
            let main = all.filter { clause.contains($0.1) }
            let found = main.isEmpty ? all.filter { $0.1 >= begin } : main
            guard !found.isEmpty else { return nil }
            if let near { return found.min { abs($0.1 - near) < abs($1.1 - near) } }
            return found.first
        }
        guard let (kind, word) = nearest(in: kinds) ?? nearest(in: subjects) else { return nil }
        var outcome: (Outcome, Range<Int>)?
        let clause = lower[min(begin, word)..<max(end, min(lower.count, word + 1))]
        for start in clause.indices {
            for (parts, result) in outcomesByFirstWord[clause[start]] ?? [] {
                guard start + parts.count <= clause.endIndex,
                    zip(parts, clause[start..<start + parts.count]).allSatisfy({ $0 == $1 })
                else { continue }
                outcome = (result, start..<start + parts.count)
            }
        }
        let about = Set(
            lower.filter {
                $0.count >= 4 && !commonWords.contains($0) && kinds[$0] == nil && subjects[$0] == nil
                    && !outcomeVocabulary.contains($0)
            })
        // "the cup tie": the words just before the kind word, past any that describe it.
        let definite = lower.indices.contains { index in
            (kinds[lower[index]] ?? subjects[lower[index]]) == kind
                && lower[max(0, index - 3)..<index].contains { definiteWords.contains($0) }
        }
        return Statement(
            kind: kind, word: word, outcome: outcome?.0, outcomeWords: outcome?.1, about: about, definite: definite)
    }

    /// Words between a phrase of moving and the new day: "postponed until Sunday", "rearranged
    /// for Tuesday" (not "postponed this morning", the day it was put off).
    static let newDayWords: Set<String> = ["until", "till", "to", "for"]

    /// Whether the time expression at word `date` is the day a happening was moved to.
    static func isNewDay(_ statement: Statement, words: [String], date: Int) -> Bool {
        guard statement.outcome == .moved, let phrase = statement.outcomeWords, date >= phrase.upperBound else {
            return false
        }
        let lower = words.map { $0.lowercased().trimmingCharacters(",") }
        return lower[phrase.upperBound..<min(date, lower.count)].contains { newDayWords.contains($0) }
    }

    /// Words before a kind word that make it a noun.
    static let nounMarkers: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "this", "that", "upcoming", "planned", "proposed", "first",
        "second", "final",
    ]

    /// Words that end the name of a happening: a verb, a relative, a connective.
    static let phraseEnders: Set<String> = [
        "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can",
        "which", "that", "who", "whose", "where", "when", "after", "before", "because", "amid", "despite", "as",
        "and", "but", "said", "says", "to", "in", "on", "at",
    ]

    /// A short title for a happening told in a sentence: its kind word and what follows it up
    /// to a verb, a comma or ten words ("the upcoming signing of the preliminary deal, which…"
    /// → "Signing of the preliminary deal"); nil when that is a lone word.
    static func title(_ words: [String], statement: Statement) -> String? {
        // A noun ("the upcoming signing"), not a verb ("ready to sign"): a determiner before it.
        let before = words[max(0, statement.word - 2)..<statement.word].map { $0.lowercased() }
        guard before.contains(where: { nounMarkers.contains($0) || $0.hasSuffix("'s") || $0.hasSuffix("’s") })
        else { return nil }
        var phrase: [String] = []
        for word in words[statement.word...].prefix(10) {
            let bare = word.trimmingCharacters(",")
            if !phrase.isEmpty && phraseEnders.contains(bare.lowercased()) { break }
            phrase.append(bare)
            if word.hasSuffix(",") { break }
        }
        guard phrase.count >= 2 else { return nil }
        return phrase.joined(separator: " ").capitalizedFirst
    }

    /// The status a statement gives its happening; `datedAfterOutcome`: the sentence gives a
    /// day after its outcome phrase ("postponed until Sunday"); `tense`: the status its tense
    /// gives (DateFinder.status), for a sentence that says no outcome or a future one.
    static func status(_ statement: Statement, datedAfterOutcome: Bool, tense: Event.Status) -> Event.Status? {
        let planned: Set<Event.Status> = [.scheduled, .expected, .proposed]
        return switch statement.outcome {
        case .cancelled: .cancelled
        case .moved: datedAfterOutcome ? .scheduled : .expected
        case .happened: planned.contains(tense) ? tense : .happened
        case .pending: .expected
        case nil: tense
        }
    }
}

extension String {
    /// The string without `character` at its end.
    func trimmingCharacters(_ character: Character) -> String {
        hasSuffix(String(character)) ? String(dropLast()) : self
    }
}
