import StoryModel

/// Finds the time expressions of an article ("on Friday", "Friday, February 28", "this week",
/// "last month", "yesterday", "recently", "2025-03-03") and works out the date each stands for
/// from the publication date, with its precision and how it was worked out.
struct DateFinder {
    struct Found {
        var range: Range<Int>
        var text: String
        var resolved: ResolvedTime?
        var sentence: Int
        /// The tense its date was worked out with: its clause's, or the past after "since" and
        /// "last".
        var tense: Tense = .unknown
    }

    /// The time expressions of an article, the first `limit` of them.
    static func find(in article: ArticleText, published: Day?, limit: Int = .max) -> [Found] {
        var result: [Found] = []
        for (sentenceIndex, sentence) in article.sentences.enumerated() where result.count < limit {
            // The "Date:" line gives the publication date; it is not an event.
            if article.scalars[sentence.range].starts(with: "Date:".unicodeScalars) { continue }
            let words = Array(article.words[sentence.words])
            // Worked out only for a sentence that holds a time expression.
            var known: Bool?
            func sentenceLooksAhead() -> Bool {
                if let known { return known }
                let value = isFuture(article.slice(sentence.range))
                known = value
                return value
            }
            /// The tense of the clause that holds the expression ("…will close from November 3,
            /// the trust announced on Tuesday": the announcing is past); a clause of the
            /// expression alone ("On Friday, they will…") takes the sentence's.
            func tense(_ range: Range<Int>) -> Tense {
                let clause = clause(around: range, in: sentence.range, article)
                let clauseWords = article.wordIndexes(in: clause)
                if clauseWords.count - article.wordIndexes(in: range).count < 2 {
                    return sentenceLooksAhead() ? .future : .unknown
                }
                // "announced in February", "sent out on Friday": a verb in the past just before
                // says more than a "will" elsewhere in the clause ("was due to open on Saturday"
                // looks ahead from the past).
                let near = article.wordIndexes(in: clause.lowerBound..<range.lowerBound).suffix(pastVerbReach)
                let nearText = near.isEmpty ? "" : article.slice(article.words[near.first!].start..<range.lowerBound)
                if !looksAhead(nearText), followsAVerbInThePast(range, clause, article) { return .past }
                if looksAhead(article.slice(clause)) { return .future }
                return sentenceLooksAhead() && !isClauseOfItsOwn(clauseWords, article) ? .future : .unknown
            }
            var index = 0
            while index < words.count, result.count < limit {
                if let (length, resolve) = match(words, at: index, article) {
                    var start = index
                    // "hit by Tuesday's tornado": before a possessive, "by" is no deadline.
                    let possessive = EntityFinder.withoutPossessive(words[index].text) != words[index].text
                    if start > 0, prepositions.contains(words[start - 1].text.lowercased()),
                        joined(words[start - 1], words[start], article),
                        !possessive || ["last", "next", "this"].contains(words[start - 1].text.lowercased())
                    {
                        start -= 1
                    }
                    // "so far this month", "the 1980s", "the last nine years": words that belong
                    // to the expression.
                    if start == index, start > 1, words[start - 2].text.lowercased() == "so",
                        words[start - 1].text.lowercased() == "far"
                    {
                        start -= 2
                    } else if start == index, start > 0, ["the", "this"].contains(words[start - 1].text.lowercased()),
                        ["last", "past", "first", "second", "third", "fourth", "weekend"].contains(
                            words[start].text.lowercased()) || words[start].text.hasSuffix("0s")
                    {
                        start -= 1
                    }
                    // "until the end of this year", "since the beginning of 2022", "at the start of
                    // March": a part of the span, or the span bounded by the word before.
                    if start == index, start >= 3, words[start - 1].text.lowercased() == "of",
                        words[start - 3].text.lowercased() == "the",
                        let third = Self.partWords[words[start - 2].text.lowercased()]
                    {
                        var first = start - 3
                        var bound: String?
                        if first > 0,
                            prepositions.contains(words[first - 1].text.lowercased())
                                || words[first - 1].text
                                    .lowercased() == "beyond",
                            joined(words[first - 1], words[first], article)
                        {
                            first -= 1
                            bound = words[first].text.lowercased()
                        }
                        let range = words[first].start..<words[index + length - 1].end
                        let when = bound == "since" ? Tense.past : tense(range)
                        var resolved = resolve(published, when)
                        if let bound, Self.boundingWords.contains(bound) {
                            resolved = bounded(resolved, by: bound)
                        } else if let time = resolved, time.precision == .range {
                            resolved = part(third, of: time)
                        }
                        result.append(
                            Found(
                                range: range, text: article.slice(range), resolved: resolved, sentence: sentenceIndex,
                                tense: when))
                        index += length
                        continue
                    }
                    let range = words[start].start..<words[index + length - 1].end
                    let preposition = start < index ? words[start].text.lowercased() : ""
                    // "since March", "last Friday": always before the publication date.
                    let when = ["since", "last"].contains(preposition) ? Tense.past : tense(range)
                    var resolved = resolve(published, when)
                    if start < index { resolved = bounded(resolved, by: words[start].text.lowercased()) }
                    result.append(
                        Found(
                            range: range, text: article.slice(range), resolved: resolved, sentence: sentenceIndex,
                            tense: when))
                    index += length
                } else {
                    index += 1
                }
            }
        }
        return result
    }

    /// The stretch of a sentence between the commas, semicolons or dashes around a range.
    private static func clause(around range: Range<Int>, in sentence: Range<Int>, _ article: ArticleText) -> Range<Int>
    {
        func isBreak(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case ",", ";", ":", "\u{2014}", "\u{2013}": true
            default: false
            }
        }
        let bounds = article.window(around: range, within: sentence)
        var start = range.lowerBound
        while start > bounds.lowerBound, !isBreak(article.scalars[start - 1]) { start -= 1 }
        var end = range.upperBound
        while end < bounds.upperBound, !isBreak(article.scalars[end]) { end += 1 }
        return start..<end
    }

    /// A clause with a verb of its own in the past ("the trust announced on Tuesday"): its
    /// time is its own, not the sentence's future.
    private static func isClauseOfItsOwn(_ words: Range<Int>, _ article: ArticleText) -> Bool {
        article.words[words].contains { word in
            word.text.count > 3 && word.text.hasSuffix("ed") && word.text.first?.isLowercase == true
        }
    }

    private static let prepositions: Set<String> = [
        "on", "by", "until", "since", "from", "before", "after", "last", "next", "this", "later", "earlier", "in",
        "early", "late", "mid", "beyond",
    ]

    /// Words before "the end of…" that bound the whole span ("until the end of this year": before
    /// its last day), where "in the middle of November" names a part of it.
    static let boundingWords: Set<String> = ["since", "until", "by", "before", "after", "from", "beyond"]

    /// "the end of", "the beginning of": which third of the span they name.
    static let partWords: [String: Int] = ["beginning": 0, "start": 0, "middle": 1, "end": 2]

    /// "since 2015" is an open span from 2015; "by Friday", "until March" and "before May" end
    /// with what they name.
    private static func bounded(_ time: ResolvedTime?, by preposition: String) -> ResolvedTime? {
        guard let time, let start = time.start ?? time.end, let end = time.end ?? time.start else { return time }
        switch preposition {
        case "since":
            return ResolvedTime(precision: .after, start: start, end: nil, inferred: time.inferred, basis: time.basis)
        case "by", "until", "before":
            return ResolvedTime(precision: .before, start: nil, end: end, inferred: time.inferred, basis: time.basis)
        case "from", "beyond":
            // "from November 3": the day it starts; "from April", "from 2024", "beyond July":
            // from then on.
            guard time.precision == .range else { return time }
            return ResolvedTime(precision: .after, start: start, end: nil, inferred: time.inferred, basis: time.basis)
        case "after":
            guard let next = end.adding(days: 1) else { return time }
            return ResolvedTime(precision: .after, start: next, end: nil, inferred: time.inferred, basis: time.basis)
        case "early", "mid", "late":
            guard time.precision == .range else { return time }
            return part(["early": 0, "mid": 1, "late": 2][preposition]!, of: time)
        default:
            return time
        }
    }

    /// The early, middle or late third of a span: of a month the 1st–10th, 11th–20th and 21st
    /// to its end; of a year January–April, May–August, September–December.
    static func part(_ third: Int, of time: ResolvedTime) -> ResolvedTime {
        guard let start = time.start, let end = time.end else { return time }
        var from = start
        var to = end
        if start.day == 1, end.month == start.month, end.year == start.year {
            from = Day(year: start.year, month: start.month, day: 1 + 10 * third) ?? start
            to = third == 2 ? end : Day(year: start.year, month: start.month, day: 10 + 10 * third) ?? end
        } else if start.month == 1, start.day == 1, end.month == 12, end.day == 31, end.year == start.year {
            from = Day(year: start.year, month: 1 + 4 * third, day: 1) ?? start
            let lastMonth = 4 + 4 * third
            to = Day(year: start.year, month: lastMonth, day: Day.daysIn(month: lastMonth, year: start.year)) ?? end
        } else {
            let length = end.ordinal - start.ordinal + 1
            from = start.adding(days: length * third / 3) ?? start
            to = start.adding(days: length * (third + 1) / 3 - 1) ?? end
        }
        return ResolvedTime(precision: .range, start: from, end: to, inferred: time.inferred, basis: time.basis)
    }

    /// Words next to each other, with only spaces and commas between.
    private static func joined(_ a: ArticleText.Word, _ b: ArticleText.Word, _ article: ArticleText) -> Bool {
        let gap = article.scalars[a.end..<b.start]
        // "Sept. 27": the stop of a month's abbreviation.
        if gap.first == ".", monthNumber(a.text) != nil, a.text.count <= 4 {
            return gap.dropFirst().allSatisfy { $0 == " " || $0 == "," } && b.start - a.end <= 4
        }
        return gap.allSatisfy { $0 == " " || $0 == "," } && b.start - a.end <= 3
    }

    /// Words that put the sentence's time ahead of the publication date.
    static func isFuture(_ sentence: String) -> Bool {
        // A headline's "to" is its future: "Talks to resume on Thursday".
        if !".!?\"”'’".contains(sentence.last ?? "."), containsVerbatim(sentence, " to ") { return true }
        return looksAhead(sentence)
    }

    /// Words of the future in a stretch of text: "will", "is set to", "is expected"…
    static func looksAhead(_ text: String) -> Bool {
        let lower = " " + text.lowercased() + " "
        return [
            " will ", " set to ", " is expected", " are expected", " expected to", " is scheduled", " are scheduled",
            " scheduled to", " still expected", " is due ", " are due ", " due to meet", " plans to", " plan to",
            " is to ", " are to ", " is set for ", " are set for ", " preparing to ", " prepares to ",
            " would ", " upcoming", " next ", " is going to", " are going to", " later this", "'ll ", "’ll ",
            " was due to", " were due to", " is forecast", " are forecast", " forecast for", " forecast to",
            " predicted for",
        ].contains { containsVerbatim(lower, $0) }
            // "must beat Town on Saturday" looks ahead; "must have known" does not.
            || containsVerbatim(lower, " must ") && !containsVerbatim(lower, " must have ")
    }

    /// Whether an expression's clause speaks of what is to come, what has been, or does not say.
    enum Tense {
        case future, past, unknown
    }

    /// Works out the date from the publication date and the tense of the expression's clause.
    typealias Resolver = (Day?, Tense) -> ResolvedTime?

    /// Verbs in the past that do not end in "-ed".
    private static let irregularPast: Set<String> = [
        "said", "told", "sent", "met", "made", "held", "went", "came", "took", "gave", "saw", "found", "left",
        "began", "spoke", "wrote", "struck", "won", "lost", "paid", "ran", "brought",
        "bought", "fought", "thought", "kept", "led", "fell", "rose", "grew", "knew", "drew", "flew", "threw",
        "shot", "sold", "stood", "was", "were", "had", "did", "became", "broke", "chose", "got", "heard", "meant",
        "sat", "spent", "sought", "swept", "withdrew", "forgave", "overtook", "undertook", "beat",
    ]

    /// How many words before an expression, in its clause, are read for a verb in the past:
    /// enough for "which opened an inquiry into the merger in November".
    static let pastVerbReach = 6

    /// Words before a verb's form that make it no verb in the past.
    static let notBeforeThePast: Set<String> = [
        "is", "are", "be", "been", "will", "to", "being", "must", "can", "could", "should", "may", "might", "would",
        "shall", "the", "a", "an", "its", "their", "his", "her",
    ]

    /// Whether one of the words just before an expression, in its clause, is a verb in the past:
    /// "the companies announced on Tuesday", "sent out on Friday", "dropped the ball last Friday".
    private static func followsAVerbInThePast(_ range: Range<Int>, _ clause: Range<Int>, _ article: ArticleText)
        -> Bool
    {
        let inClause = article.wordIndexes(in: clause.lowerBound..<range.lowerBound)
        let clauseStart = inClause.lowerBound
        let before = inClause.suffix(pastVerbReach)
        return before.contains { index in
            let word = article.words[index]
            guard word.text.first?.isLowercase == true,
                irregularPast.contains(word.text) || (word.text.count > 4 && word.text.hasSuffix("ed"))
            else { return false }
            // "is scheduled for", "will be held on", "must beat", "the delayed match": a
            // participle, an infinitive or an adjective, not the past.
            let auxiliary = index > clauseStart ? article.words[index - 1].text.lowercased() : ""
            return !notBeforeThePast.contains(auxiliary)
        }
    }

    private static func number(_ word: ArticleText.Word) -> Int? {
        guard let first = word.text.utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            return nil
        }
        var digits = word.text
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = String(digits.dropLast(2)) }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Int(digits)
    }

    private static func monthNumber(_ text: String) -> Int? {
        if let index = Gazetteer.months.firstIndex(of: text) { return index + 1 }
        if text == "Sept" || text == "Sept." { return 9 }
        if let index = Gazetteer.monthAbbreviations.firstIndex(of: text.hasSuffix(".") ? String(text.dropLast()) : text)
        {
            return index + 1
        }
        return nil
    }

    /// The expression starting at a word: how many words it takes, and how to resolve it.
    private static func match(_ words: [ArticleText.Word], at index: Int, _ article: ArticleText)
        -> (Int, Resolver)?
    {
        let word = words[index]
        // Most words start no time expression: told apart without making a lowercase copy.
        guard let first = word.text.utf8.first,
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || startWords.contains(word.text)
                || word.text.hasPrefix("mid-") || word.text.hasPrefix("Mid-")
                || ((word.text.hasSuffix("s")) && startWords.contains(EntityFinder.withoutPossessive(word.text)))
        else { return nil }
        let lower = word.text.lowercased()
        func next(_ offset: Int) -> ArticleText.Word? {
            let position = index + offset
            guard position < words.count, joined(words[position - 1], words[position], article) else { return nil }
            return words[position]
        }
        // 2025-03-03
        if word.text.utf8.count == 10, let day = Day(iso: word.text) {
            return (1, { _, _ in .day(day, inferred: false) })
        }
        // Friday, February 28(, 2025) · February 28(, 2025) · 28 February (2025)
        // "last Friday's deluge": the weekday of a possessive too.
        let weekday = Gazetteer.weekdays.firstIndex(of: EntityFinder.withoutPossessive(word.text))
        let monthFirst = weekday != nil ? next(1).flatMap { monthNumber($0.text) } : monthNumber(word.text)
        let monthOffset = weekday != nil ? 1 : 0
        if let month = monthFirst, let dayWord = next(monthOffset + 1), let dayNumber = number(dayWord),
            (1...31).contains(dayNumber)
        {
            var length = monthOffset + 2
            var year: Int?
            if let yearWord = next(length), let value = number(yearWord), (1900...2200).contains(value) {
                year = value
                length += 1
            }
            return (length, { published, _ in dated(month, dayNumber, year, published, weekday) })
        }
        // 25 January (2025), and "Saturday 25 January" as British style writes it.
        let dayOffset = weekday != nil ? 1 : 0
        if let dayWord = dayOffset == 0 ? word : next(1), let day = number(dayWord), (1...31).contains(day),
            let monthWord = next(dayOffset + 1), let month = monthNumber(monthWord.text)
        {
            var year: Int?
            var length = dayOffset + 2
            if let yearWord = next(length), let value = number(yearWord), (1900...2200).contains(value) {
                year = value
                length += 1
            }
            return (length, { published, _ in dated(month, day, year, published, weekday) })
        }
        if let weekday {
            var length = 1
            if let part = next(1), ["morning", "afternoon", "evening", "night"].contains(part.text) { length = 2 }
            var before = index > 0 ? words[index - 1].text.lowercased() : ""
            // "hit by Tuesday's tornado": "by" before a possessive is no deadline.
            if EntityFinder.withoutPossessive(word.text) != word.text, !["last", "next", "this"].contains(before) {
                before = ""
            }
            return (
                length,
                { published, tense in
                    guard let published else { return nil }
                    let ahead = ["next", "until", "by"].contains(before) || (before != "last" && tense == .future)
                    return onWeekday(
                        weekday, published, ahead: ahead, strictlyBefore: before == "last",
                        strictlyAfter: ["next", "until", "by"].contains(before))
                }
            )
        }
        // in July (2025)
        if let month = monthNumber(word.text), Gazetteer.months.contains(word.text), index > 0,
            [
                "in", "since", "until", "by", "early", "late", "mid", "during", "to", "of", "from", "after", "before",
                "for", "through", "between", "beyond",
            ].contains(words[index - 1].text.lowercased())
                // "July, August and September": a month after a month and its comma, or its "and"
                // (not "Corbyn and May").
                || (monthNumber(words[index - 1].text) != nil && article.scalars[words[index - 1].end] == ",")
                || (index > 1 && ["and", "or"].contains(words[index - 1].text)
                    && monthNumber(words[index - 2].text) != nil)
        {
            var year: Int?
            var length = 1
            if let yearWord = next(1), let value = number(yearWord), (1900...2200).contains(value) {
                year = value
                length = 2
            }
            return (length, { published, tense in wholeMonth(month, year, published, tense) })
        }
        // "in 2024", "the 2008 crash", "for 2021": a year; not a count ("of 2000 workers").
        if let year = number(word), word.text.count == 4, (1900...2200).contains(year), index > 0,
            yearLeaders.contains(words[index - 1].text.lowercased()),
            // "of 2000 workers" counts; "in 2022, officials said" is a year (a comma parts them).
            article.commaFollows(word)
                || !(next(1).map { $0.text.first?.isLowercase == true && ($0.text.hasSuffix("s") || $0.text == "per") }
                    ?? false),
            let start = Day(year: year, month: 1, day: 1), let end = Day(year: year, month: 12, day: 31)
        {
            return (1, { _, _ in ResolvedTime(precision: .range, start: start, end: end, inferred: false) })
        }
        // The rules below are asked of every word that may start a time: each first checks
        // its own word in a table made once ("a", a number, is common).
        if Self.relativeWords.contains(lower), let found = partOfDayOrWeekend(lower, next) { return found }
        // "over the weekend": found at "weekend" ("the" is too common a word to start from).
        if lower == "weekend", index > 0, words[index - 1].text.lowercased() == "the" {
            return (1, weekend("the"))
        }
        if Self.seasonWords.contains(lower),
            let found = season(lower, next, previous: index > 0 ? words[index - 1].text.lowercased() : "")
        {
            return found
        }
        if Self.ordinals[lower] != nil, let found = halfOrQuarter(lower, next) { return found }
        // "mid-March"
        if lower.hasPrefix("mid-"), let month = monthNumber(String(word.text.dropFirst(4))) {
            return (1, { published, tense in wholeMonth(month, nil, published, tense).map { part(1, of: $0) } })
        }
        // "in recent weeks", "recent years": some time before the publication date.
        if lower == "recent", let unit = next(1)?.text.lowercased(),
            ["days", "weeks", "months", "years"].contains(unit)
        {
            return (2, beforePublication)
        }
        // "year to date": from the year's start to the publication date.
        if lower == "year", next(1)?.text == "to", next(2)?.text.lowercased() == "date" {
            return (
                3,
                { published, _ in
                    guard let published else { return nil }
                    return period("year", step: 0, published, part: -1)
                }
            )
        }
        // "this past week", "the past month": the one before this one.
        if lower == "past", let unit = next(1)?.text.lowercased(), ["week", "month", "year"].contains(unit) {
            return (2, { published, _ in published.flatMap { period(unit, step: -1, $0, part: 0) } })
        }
        switch lower {
        case "yesterday", "today", "tonight", "tomorrow":
            let shift = lower == "yesterday" ? -1 : lower == "tomorrow" ? 1 : 0
            let dayPart = next(1).map { Self.partsOfDay.contains($0.text) } ?? false
            return (
                dayPart ? 2 : 1,
                { published, _ in
                    guard let published, let day = published.adding(days: shift) else { return nil }
                    return .day(day, inferred: true, basis: "\(lower), from the publication date \(published.long)")
                }
            )
        case "recently":
            return (1, beforePublication)
        case "this", "next", "last":
            guard let unit = next(1)?.text.lowercased(), ["week", "month", "year"].contains(unit) else { break }
            let step = lower == "next" ? 1 : lower == "last" ? -1 : 0
            let partial = index > 0 ? words[index - 1].text.lowercased() : ""
            // "so far this month": from its start to the publication date, as "earlier this".
            let soFar = index > 1 && partial == "far" && words[index - 2].text.lowercased() == "so"
            return (
                2,
                { published, _ in
                    guard let published else { return nil }
                    return period(
                        unit, step: step, published,
                        part: partial == "later" ? 1 : partial == "earlier" || soFar ? -1 : 0)
                }
            )
        default:
            break
        }
        // "the 1980s", "the 2020s": a decade.
        if word.text.utf8.count == 5, word.text.hasSuffix("0s"), let decade = Int(word.text.dropLast()),
            (1000...9990).contains(decade), let start = Day(year: decade, month: 1, day: 1),
            let end = Day(year: decade + 9, month: 12, day: 31)
        {
            return (1, { _, _ in ResolvedTime(precision: .range, start: start, end: end, inferred: false) })
        }
        // "the last nine years", "the past two months": back from the publication date.
        if ["last", "past"].contains(lower), let countWord = next(1),
            let count = number(countWord) ?? smallNumbers[countWord.text.lowercased()],
            let unit = next(2)?.text.lowercased(), ["days", "weeks", "months", "years"].contains(unit)
        {
            return (
                3,
                { published, _ in
                    guard let published, let start = shifted(published, by: -count, unit) else { return nil }
                    return ResolvedTime(
                        precision: .range, start: start, end: published, inferred: true,
                        basis: "the \(count) \(unit) before the publication date, \(published.long)")
                }
            )
        }
        // "within two months", "in less than six months": before the end of that span.
        if lower == "within" || (lower == "in" && next(1)?.text.lowercased() == "less" && next(2)?.text == "than") {
            let offset = lower == "within" ? 1 : 3
            if let countWord = next(offset), let count = number(countWord) ?? smallNumbers[countWord.text.lowercased()],
                let unit = next(offset + 1)?.text.lowercased(),
                ["day", "days", "week", "weeks", "month", "months", "year", "years"].contains(unit)
            {
                return (
                    offset + 2,
                    { published, _ in
                        guard let published, let end = shifted(published, by: count, unit) else { return nil }
                        return ResolvedTime(
                            precision: .before, start: nil, end: end, inferred: true,
                            basis: "\(count) \(unit) after the publication date, \(published.long)")
                    }
                )
            }
        }
        // "earlier in the day", "later in the day": the publication date.
        if ["earlier", "later"].contains(lower), next(1)?.text == "in", next(2)?.text == "the",
            next(3)?.text.lowercased() == "day"
        {
            return (4, { published, _ in published.map { .day($0, inferred: true, basis: "the publication date") } })
        }
        // "in the past": before the publication date.
        if lower == "in", next(1)?.text == "the", next(2)?.text.lowercased() == "past",
            index + 3 >= words.count || !joined(words[index + 2], words[index + 3], article)
                || !["few", "two", "three", "year", "week", "month"].contains(words[index + 3].text.lowercased())
        {
            return (3, beforePublication)
        }
        // "three years ago", "six months ago": that whole year or month.
        if let count = number(word) ?? smallNumbers[lower], let unit = next(1)?.text.lowercased(),
            ["month", "months", "year", "years"].contains(unit), next(2)?.text.lowercased() == "ago"
        {
            return (
                3,
                { published, _ in
                    guard let published, let day = shifted(published, by: -count, unit) else { return nil }
                    let basis = "\(count) \(unit) before the publication date, \(published.long)"
                    let months = unit.hasPrefix("year") ? 1...12 : day.month...day.month
                    guard let start = Day(year: day.year, month: months.lowerBound, day: 1),
                        let end = Day(
                            year: day.year, month: months.upperBound,
                            day: Day.daysIn(month: months.upperBound, year: day.year))
                    else { return nil }
                    return ResolvedTime(precision: .range, start: start, end: end, inferred: true, basis: basis)
                }
            )
        }
        // "3 days ago", "two weeks ago"
        if let count = number(word) ?? smallNumbers[lower],
            let unit = next(1)?.text.lowercased(), ["day", "days", "week", "weeks"].contains(unit),
            next(2)?.text.lowercased() == "ago"
        {
            return (
                3,
                { published, _ in
                    guard let published, let day = published.adding(-count, times: unit.hasPrefix("week") ? 7 : 1)
                    else { return nil }
                    guard unit.hasPrefix("week") else {
                        return .day(
                            day, inferred: true, basis: "\(count) days before the publication date, \(published.long)")
                    }
                    // "a week ago": the week, Monday to Sunday, that holds the day a week back.
                    guard let monday = day.adding(days: -day.weekday), let sunday = monday.adding(days: 6) else {
                        return nil
                    }
                    return ResolvedTime(
                        precision: .week, start: monday, end: sunday,
                        inferred: true, basis: "\(count) weeks before the publication date, \(published.long)")
                }
            )
        }
        return nil
    }

    private static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]
    private static let relativeWords: Set<String> = ["this", "last", "next"]
    private static let seasons = ["spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12]
    private static let seasonWords = relativeWords.union(seasons.keys)
    private static let ordinals = ["first": 0, "second": 1, "third": 2, "fourth": 3]

    /// Words before a year that make it a time: "in 2024", "the 2008 crash", "for 2021".
    private static let yearLeaders: Set<String> = [
        "in", "since", "until", "by", "during", "the", "for", "from", "before", "after", "early", "late", "mid",
        "and", "or", "between", "through", "to", "of",
    ]

    /// "this morning", "last night": the publication date or the day before it; "the weekend",
    /// "this weekend", "last weekend", "next weekend": a Saturday and Sunday.
    private static func partOfDayOrWeekend(_ lower: String, _ next: (Int) -> ArticleText.Word?) -> (Int, Resolver)? {
        guard relativeWords.contains(lower), let second = next(1)?.text.lowercased() else {
            return nil
        }
        if lower == "this", partsOfDay.contains(second) || second == "morning" {
            return (2, { published, _ in published.map { .day($0, inferred: true, basis: "the publication date") } })
        }
        if lower == "last", second == "night" {
            return (
                2,
                { published, _ in
                    published.flatMap { $0.adding(days: -1) }.map {
                        .day($0, inferred: true, basis: "the night before the publication date")
                    }
                }
            )
        }
        guard second == "weekend" else { return nil }
        return (2, weekend(lower))
    }

    /// The weekend of the publication date's week ("this"), the one before ("last") or after
    /// ("next"); "the weekend" is the one just gone, unless the clause looks ahead.
    private static func weekend(_ which: String) -> Resolver {
        { published, tense in
            guard let published, let monday = published.adding(days: -published.weekday) else { return nil }
            var week = 0
            switch which {
            case "last": week = -1
            case "next": week = 1
            case "the": week = tense == .future || published.weekday >= 5 ? 0 : -1
            default: week = 0
            }
            guard let saturday = monday.adding(days: 5 + 7 * week), let sunday = saturday.adding(days: 1) else {
                return nil
            }
            return ResolvedTime(
                precision: .range, start: saturday, end: sunday, inferred: true,
                basis: "the weekend nearest the publication date, \(published.long)")
        }
    }

    /// "the fall", "this summer", "next spring": the season of the northern half of the world
    /// (autumn is September to November), in the publication year unless "next" or "last".
    private static func season(_ lower: String, _ next: (Int) -> ArticleText.Word?, previous: String)
        -> (Int, Resolver)?
    {
        var step = 0
        var length = 1
        var name = lower
        if ["this", "next", "last"].contains(lower), let second = next(1)?.text.lowercased(), seasons[second] != nil {
            step = lower == "next" ? 1 : lower == "last" ? -1 : 0
            length = 2
            name = second
        } else {
            // "prices fall", "the fall of the city": not a season.
            guard seasons[lower] != nil, ["the", "in", "into", "during", "this"].contains(previous),
                next(1)?.text != "of"
            else { return nil }
        }
        guard let firstMonth = seasons[name] else { return nil }
        return (
            length,
            { published, _ in
                guard let published else { return nil }
                let year = published.year + step
                let lastMonth = firstMonth == 12 ? 2 : firstMonth + 2
                let endYear = firstMonth == 12 ? year + 1 : year
                guard let start = Day(year: year, month: firstMonth, day: 1),
                    let end = Day(year: endYear, month: lastMonth, day: Day.daysIn(month: lastMonth, year: endYear))
                else { return nil }
                return ResolvedTime(
                    precision: .range, start: start, end: end, inferred: true,
                    basis: "the \(name) of \(year), from the publication date \(published.long)")
            }
        )
    }

    /// "first half of 2024", "second quarter of this year".
    private static func halfOrQuarter(_ lower: String, _ next: (Int) -> ArticleText.Word?) -> (Int, Resolver)? {
        guard let ordinal = ordinals[lower], let unit = next(1)?.text.lowercased(), ["half", "quarter"].contains(unit),
            next(2)?.text == "of", let yearWord = next(3)
        else { return nil }
        let months = unit == "half" ? 6 : 3
        guard ordinal * months < 12 else { return nil }
        func span(_ year: Int) -> ResolvedTime? {
            let lastMonth = (ordinal + 1) * months
            guard let start = Day(year: year, month: ordinal * months + 1, day: 1),
                let end = Day(year: year, month: lastMonth, day: Day.daysIn(month: lastMonth, year: year))
            else { return nil }
            return ResolvedTime(precision: .range, start: start, end: end, inferred: false)
        }
        if let year = number(yearWord), yearWord.text.count == 4, Day.years.contains(year) {
            return (4, { _, _ in span(year) })
        }
        let step = ["this": 0, "next": 1, "last": -1][yearWord.text.lowercased()]
        if let step, next(4)?.text.lowercased() == "year" {
            return (5, { published, _ in published.flatMap { span($0.year + step) } })
        }
        return nil
    }

    /// The words a time expression can start with, other than numbers, as printed.
    private static let startWords: Set<String> = {
        let lower =
            [
                "yesterday", "today", "tonight", "tomorrow", "recently", "this", "next", "last", "past", "within", "in",
                "earlier", "later", "weekend", "recent", "year", "spring", "summer", "fall", "autumn", "winter",
                "first",
                "second", "third", "fourth",
            ]
            + smallNumbers.keys
        let names =
            Gazetteer.weekdays + Gazetteer.months
            + (Gazetteer.monthAbbreviations + ["Sept"]).flatMap { [$0, $0 + "."] }
        return Set(lower + lower.map(\.capitalizedFirst) + lower.map { $0.uppercased() } + names)
    }()

    /// "recently", "in the past": some time before the publication date.
    private static func beforePublication(_ published: Day?, _: Tense) -> ResolvedTime? {
        published.map {
            ResolvedTime(
                precision: .before, start: nil, end: $0, inferred: true,
                basis: "before the publication date, \($0.long)")
        }
    }

    private static let smallNumbers = [
        "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30,
    ]

    /// A day `count` units (days, weeks, months or years) after `day`, checked.
    static func shifted(_ day: Day, by count: Int, _ unit: String) -> Day? {
        if unit.hasPrefix("day") { return day.adding(days: count) }
        if unit.hasPrefix("week") { return day.adding(count, times: 7) }
        let months = unit.hasPrefix("month") ? count : count.multipliedReportingOverflow(by: 12).partialValue
        guard count > -100_000, count < 100_000 else { return nil }
        let total = day.year * 12 + (day.month - 1) + months
        let year = total / 12
        let month = total % 12 + 1
        guard Day.years.contains(year) else { return nil }
        return Day(year: year, month: month, day: min(day.day, Day.daysIn(month: month, year: year)))
    }

    /// A printed day and month: the year is the one that puts it nearest the publication date
    /// (and on the weekday printed with it, if one is).
    private static func dated(
        _ month: Int, _ day: Int, _ year: Int?, _ published: Day?, _ weekday: Int?
    )
        -> ResolvedTime?
    {
        if let year {
            guard let date = Day(year: year, month: month, day: day), weekday == nil || date.weekday == weekday else {
                return nil
            }
            return .day(date, inferred: false)
        }
        guard let published else { return nil }
        let candidates = [published.year - 1, published.year, published.year + 1].compactMap {
            Day(year: $0, month: month, day: day)
        }
        // A printed weekday that fits none of the years: the date is left for the author.
        let fitting = candidates.filter { weekday == nil || $0.weekday == weekday }
        guard
            let best = fitting.min(by: {
                abs($0.ordinal - published.ordinal) < abs($1.ordinal - published.ordinal)
            })
        else { return nil }
        return .day(best, inferred: true, basis: "the year of the publication date, \(published.long)")
    }

    /// `strictlyBefore`: "last Friday" on a Friday is the one a week back.
    /// The weekday nearest the publication date, ahead or back. The publication's own weekday is
    /// that day ("Trump is due to speak on Tuesday night" in Tuesday's paper), unless "next" or
    /// "last" says otherwise.
    private static func onWeekday(
        _ weekday: Int, _ published: Day, ahead: Bool, strictlyBefore: Bool = false, strictlyAfter: Bool = false
    ) -> ResolvedTime? {
        let name = Gazetteer.weekdays[weekday]
        if ahead {
            var offset = (weekday - published.weekday + 7) % 7
            if offset == 0 && strictlyAfter { offset = 7 }
            guard let day = published.adding(days: offset) else { return nil }
            return .day(
                day, inferred: true,
                basis: offset == 0
                    ? "the publication date, \(published.long), a \(name)"
                    : "the \(name) after the publication date, \(published.long)")
        }
        var offset = (published.weekday - weekday + 7) % 7
        if offset == 0 && strictlyBefore { offset = 7 }
        guard let day = published.adding(days: -offset) else { return nil }
        return .day(
            day, inferred: true,
            basis: offset == 0
                ? "the publication date, \(published.long), a \(name)"
                : "the \(name) before the publication date, \(published.long)")
    }

    /// A month named without a year is the last one up to the publication date in a clause of
    /// the past, and the nearest otherwise.
    private static func wholeMonth(_ month: Int, _ year: Int?, _ published: Day?, _ tense: Tense = .unknown)
        -> ResolvedTime?
    {
        guard
            let year = year
                ?? published.map({ published in
                    let now = published.year * 12 + published.month
                    // A clause in the future still often names the month just gone ("talks that
                    // began in November will resume"): the nearest, unless the clause is past.
                    // A month more than three back is not the future's; a tie goes to the later.
                    let candidates = [published.year - 1, published.year, published.year + 1].filter {
                        (tense != .past || $0 * 12 + month <= now) && (tense != .future || $0 * 12 + month >= now - 3)
                    }
                    return candidates.min {
                        let (a, b) = (abs(($0 * 12 + month) - now), abs(($1 * 12 + month) - now))
                        return a < b || (a == b && tense == .future && $0 > $1)
                    }!
                }),
            let start = Day(year: year, month: month, day: 1),
            let end = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))
        else { return nil }
        return ResolvedTime(
            precision: .range, start: start, end: end, inferred: published != nil,
            basis: published.map { "the month named nearest the publication date, \($0.long)" })
    }

    /// This, next or last week, month or year; `part` 1 for "later this", -1 for "earlier this".
    private static func period(_ unit: String, step: Int, _ published: Day, part: Int) -> ResolvedTime? {
        let basis = "from the publication date, \(published.long)"
        switch unit {
        case "week":
            guard let monday = published.adding(days: 7 * step - published.weekday), let sunday = monday.adding(days: 6)
            else { return nil }
            var start = monday
            var end = sunday
            if step == 0 && part != 0 {
                if part > 0 { start = published } else { end = published }
                return ResolvedTime(precision: .range, start: start, end: end, inferred: true, basis: basis)
            }
            return ResolvedTime(precision: .week, start: start, end: end, inferred: true, basis: basis)
        case "month":
            var month = published.month + step
            var year = published.year
            if month < 1 {
                month += 12
                year -= 1
            } else if month > 12 {
                month -= 12
                year += 1
            }
            guard var start = Day(year: year, month: month, day: 1),
                var end = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))
            else { return nil }
            if step == 0 && part > 0 { start = published }
            if step == 0 && part < 0 { end = published }
            return ResolvedTime(precision: .range, start: start, end: end, inferred: true, basis: basis)
        default:
            let year = published.year + step
            guard var start = Day(year: year, month: 1, day: 1), var end = Day(year: year, month: 12, day: 31) else {
                return nil
            }
            if step == 0 && part > 0 { start = published }
            if step == 0 && part < 0 { end = published }
            return ResolvedTime(precision: .range, start: start, end: end, inferred: true, basis: basis)
        }
    }

    /// The status a sentence gives its event.
    static func status(of sentence: String, future: Bool) -> Event.Status {
        let lower = sentence.lowercased()
        if ["cancel", "called off", "scrapped", "abandoned", "postponed", "faced cancellation", "was dropped"].contains(
            where: { containsVerbatim(lower, $0) })
        {
            return .cancelled
        }
        // "are set to sign an agreement that would let…": what is planned outweighs what might follow.
        let planned = [" set to ", " set for ", " scheduled", " due to ", " due on ", " is to ", " are to ", " will "]
        let hedged = hedges.contains { containsVerbatim(lower, $0) }
        if future && !hedged && planned.contains(where: { containsVerbatim(lower, $0) }) {
            return .scheduled
        }
        if [" expected", "likely", " may ", " could ", "would"].contains(where: { containsVerbatim(lower, $0) })
            && future
        {
            return .expected
        }
        return future ? .scheduled : .happened
    }

    /// Words that make a plan a forecast: "is expected to", "could", "likely".
    static let hedges = [
        " expected", " expects", " expect ", " likely", " may ", " could ", " might ", " probably", " possibly",
    ]

    /// Words that make a plan an intention or a hope rather than an arrangement: "plans to
    /// announce", "if approved", "hoping to".
    static let intentionWords = [
        " plans to ", " plan to ", " planned for ", " planning to ", " hopes to ", " hope to ", " hoping ", " if ",
        " intends to ", " aims to ", " wants to ", " wanted to ",
    ]

    /// "vote on plans to close the street": plans as a thing voted on, not an intention.
    static func namesPlans(_ lower: String) -> Bool {
        guard !intentionsBesidePlans.contains(where: { containsVerbatim(lower, $0) }) else { return false }
        let words = lower.split(separator: " ")
        return words.indices.contains { index in
            guard index > 0, words[index] == "plans" || words[index] == "plan" else { return false }
            let before = words[index - 1]
            return plansMarkers.contains(before) || before.hasSuffix("'s") || before.hasSuffix("’s")
        }
    }

    /// The words of intention that are not "plan…".
    static let intentionsBesidePlans = intentionWords.filter { !$0.hasPrefix(" plan") }

    /// Words before "plans" that make it a noun: "vote on plans to close", "approved plans".
    static let plansMarkers: Set<Substring> = [
        "on", "the", "of", "its", "their", "his", "her", "for", "with", "about", "approved", "backed", "rejected",
        "new",
    ]

    /// What a sentence's words say of its plans, read once for all its time expressions.
    struct PlanWords {
        /// An intention or a hope: "plans to", "if approved".
        var intended: Bool
        /// A forecast: "expected", "likely", "could".
        var hedged: Bool
        /// "would", as reported speech puts a plan: "the board would meet on Thursday".
        var would: Bool

        init(_ sentence: String) {
            let lower = " " + sentence.lowercased() + " "
            // "even if the opposition walks out" sets no condition on the plan.
            let conditional = containsVerbatim(lower, " if ") && !containsVerbatim(lower, " even if ")
            intended =
                (conditional || intentionWords.contains { $0 != " if " && containsVerbatim(lower, $0) })
                && !namesPlans(lower)
            hedged = hedges.contains { containsVerbatim(lower, $0) }
            would = containsVerbatim(lower, " would ")
        }
    }

    /// A plan's status from how exactly its time is given: a day (or an hour of it) is
    /// scheduled, a vaguer time ("next spring", "in 2027", "next week") or an intention is
    /// expected; "would" with a day ("the commission would hold a special meeting on Thursday
    /// night", in reported speech) is an arrangement, unless hedged.
    static func planned(_ status: Event.Status, _ words: PlanWords, precision: ResolvedTime.Precision?)
        -> Event.Status
    {
        guard status == .scheduled || status == .expected, let precision else { return status }
        if status == .scheduled, precision != .day || words.intended { return .expected }
        if status == .expected, precision == .day, !words.intended, !words.hedged, words.would { return .scheduled }
        return status
    }
}
