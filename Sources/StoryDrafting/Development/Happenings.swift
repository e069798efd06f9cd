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
        /// The outcome is told as done: "have finally approved", "was signed".
        var done = false
    }

    /// Words just before a phrase of outcome that tell it as done.
    static let doneWords: Set<String> = ["was", "were", "has", "have", "had", "finally", "been", "already"]

    /// Words before a kind word that make it the setting of another happening.
    static let settingWords: Set<String> = ["at", "during"]

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

    /// A sentence read once for its happenings: its words, its main clause, where it names a
    /// kind of happening, the phrases of outcome it holds, what it is about. Several time
    /// expressions of one sentence each ask it for their statement (`statement(near:)`).
    struct Reading {
        /// Lowercased, without possessives or commas.
        let lower: [String]
        /// The main clause: after an opening "As a result of the row," and before the first
        /// connective that follows a kind word.
        let begin: Int
        let end: Int
        /// Where words of `kinds` and of `subjects` stand.
        let kindWords: [(kind: String, index: Int)]
        let subjectWords: [(kind: String, index: Int)]
        /// Every phrase of outcome, in order.
        let outcomes: [(outcome: Outcome, range: Range<Int>)]
        let about: Set<String>
        /// Words after which a clause of a list ends: those followed by a comma, and "and".
        let listBreaks: Set<Int>

        /// How many words of what a sentence is about are kept: enough to tell two happenings
        /// apart, few enough that comparing them costs little.
        static let aboutLimit = 16

        init?(_ words: [String]) {
            let marked = words.map(Happenings.plain)
            let lower = marked.map { $0.hasSuffix(",") ? String($0.dropLast()) : $0 }
            // Most sentences name no happening: told apart before anything else is read.
            let kindWords = lower.indices.compactMap { index in kinds[lower[index]].map { ($0, index) } }
            let subjectWords = lower.indices.compactMap { index in subjects[lower[index]].map { ($0, index) } }
            guard !kindWords.isEmpty || !subjectWords.isEmpty else { return nil }
            var begin = 0
            if let first = lower.first,
                connectives.contains(first) || EventLinkWords.find(in: lower).first?.range.lowerBound == 0,
                let comma = marked.prefix(12).firstIndex(where: { $0.hasSuffix(",") }), comma + 1 < words.count
            {
                begin = comma + 1
            }
            var end = lower.count
            var sawKind = false
            for (index, word) in lower.enumerated() where index >= begin {
                if kinds[word] != nil || subjects[word] != nil { sawKind = true }
                if sawKind, connectives.contains(word), index > 0 {
                    end = index
                    break
                }
            }
            var outcomes: [(Outcome, Range<Int>)] = []
            for start in lower.indices {
                for (parts, result) in outcomesByFirstWord[lower[start]] ?? [] {
                    guard start + parts.count <= lower.count,
                        zip(parts, lower[start..<start + parts.count]).allSatisfy({ $0 == $1 })
                    else { continue }
                    // "the rearranged quarter-final", "a postponed vote": after a determiner, a
                    // participle describes a happening; it is not what came of it ("approved
                    // plans" is).
                    let next = start + parts.count
                    let describes = start > 0 && (definiteWords.contains(lower[start - 1]) || lower[start - 1] == "a")
                    if !describes { outcomes.append((result, start..<next)) }
                }
            }
            var about: Set<String> = []
            for word in lower where about.count < Self.aboutLimit {
                if word.count >= 4, !commonWords.contains(word), kinds[word] == nil, subjects[word] == nil,
                    !outcomeWordsToLeaveOut.contains(word), !word.allSatisfy(\.isNumber)
                {
                    about.insert(word)
                }
            }
            self.listBreaks = Set(
                marked.indices.filter { marked[$0].hasSuffix(",") || (lower[$0] == "and" && $0 > 0) })
            self.lower = lower
            self.begin = begin
            self.end = end
            self.kindWords = kindWords
            self.subjectWords = subjectWords
            self.outcomes = outcomes
            self.about = about
        }

        /// Each happening of the main clause that its own part of a list tells with an outcome
        /// ("the signing was called off, the press conference was cancelled and …"); fewer than
        /// two when the clause is no such list.
        func statements() -> [Statement] {
            let found = (kindWords + subjectWords).filter { $0.index >= begin && $0.index < end }
                .sorted { $0.index < $1.index }
            guard found.count > 1 else { return [] }
            var result: [Statement] = []
            var partStart = begin
            while partStart < end {
                // A part runs to the next comma or "and".
                let partEnd = (partStart..<end).first { listBreaks.contains($0) }.map { $0 + 1 } ?? end
                let part = partStart..<partEnd
                if let kind = found.first(where: { part.contains($0.index) }),
                    let outcome = outcomes.last(where: { part.contains($0.range.lowerBound) }),
                    !result.contains(where: { $0.word == kind.index })
                {
                    result.append(
                        Statement(
                            kind: kind.kind, word: kind.index, outcome: outcome.outcome, outcomeWords: outcome.range,
                            about: about, definite: pointsBack(kind.index), done: toldAsDone(outcome.range)))
                }
                partStart = partEnd
            }
            return result.count > 1 ? result : []
        }

        /// Whether the phrase of outcome at `range` is told as done: "have finally approved",
        /// "was signed".
        func toldAsDone(_ range: Range<Int>) -> Bool {
            range.lowerBound > 0 && doneWords.contains(lower[range.lowerBound - 1])
                || lower[range].contains { doneWords.contains($0) }
        }

        /// Whether a word of a kind points back to a happening already told of: "the cup tie",
        /// "this vote" (a determiner among the three words before it).
        func pointsBack(_ index: Int) -> Bool {
            lower[max(0, index - 3)..<index].contains { definiteWords.contains($0) }
        }

        /// Whether the word at `index` names where another happening takes place: "at a special
        /// meeting", "during the summit".
        func isSetting(_ index: Int) -> Bool {
            lower[max(0, index - 3)..<index].contains { settingWords.contains($0) }
        }

        /// The statement for a time expression at word `near` (nil: the sentence's own).
        func statement(near: Int? = nil) -> Statement? {
            // A time expression outside the main clause speaks of the clause it stands in.
            let clause =
                if let near, near < begin { 0..<begin } else if let near, near >= end { end..<lower.count } else {
                    begin..<end
                }
            func nearest(_ found: [(kind: String, index: Int)]) -> (String, Int)? {
                let inClause = found.filter { clause.contains($0.index) }
                let candidates = inClause.isEmpty ? found.filter { $0.index >= begin } : inClause
                guard !candidates.isEmpty else { return nil }
                if let near {
                    // "The vote will take place at a special meeting on 4 June": a happening named
                    // after "at" is where another one happens.
                    let own = candidates.filter { !isSetting($0.index) }
                    return (own.isEmpty ? candidates : own).min { abs($0.index - near) < abs($1.index - near) }
                        .map { ($0.kind, $0.index) }
                }
                return candidates.first.map { ($0.kind, $0.index) }
            }
            guard let (kind, word) = nearest(kindWords) ?? nearest(subjectWords) else { return nil }
            // The outcome of the clause the kind word stands in: the last one ("the vote,
            // delayed twice, finally passed").
            let own = word >= end ? end..<lower.count : min(begin, word)..<max(end, word + 1)
            let outcome = outcomes.last { own.contains($0.range.lowerBound) && $0.range.upperBound <= own.upperBound }
            // "the cup tie": the words just before a word of its kind, past any that describe it.
            let definite = (kindWords + subjectWords).contains { found in found.kind == kind && pointsBack(found.index)
            }
            let done = outcome.map { toldAsDone($0.range) } ?? false
            return Statement(
                kind: kind, word: word, outcome: outcome?.outcome, outcomeWords: outcome?.range, about: about,
                definite: definite, done: done)
        }
    }

    /// What the words of one sentence say of a happening; `near`: the index of a word (a time
    /// expression's) whose nearest kind word is taken, else the first of the main clause.
    static func statement(_ words: [String], near: Int? = nil) -> Statement? {
        Reading(words)?.statement(near: near)
    }

    /// Words of the outcome phrases that say nothing of which happening it is ("cancelled",
    /// "postponed"); the short ones ("the", "was", "place") may.
    static let outcomeWordsToLeaveOut = Set(outcomeVocabulary.filter { $0.count >= 6 })

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
        // "the press conference was cancelled": the words that name it before its kind word,
        // and what came of it where nothing else follows.
        if phrase.count < 2, let marker = before.lastIndex(where: { nounMarkers.contains($0) }),
            marker + 1 < before.count
        {
            let modifiers = words[max(0, statement.word - 2) + marker + 1..<statement.word].map {
                $0.trimmingCharacters(",")
            }
            phrase = modifiers + phrase
            if let outcome = statement.outcomeWords, outcome.lowerBound > statement.word,
                outcome.lowerBound - statement.word <= 2
            {
                phrase += words[statement.word + 1..<outcome.upperBound].map { $0.trimmingCharacters(",") }
            }
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
        // "is expected to be completed" looks ahead; "have finally approved plans to close…" is done.
        case .happened: planned.contains(tense) && !statement.done ? tense : .happened
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
