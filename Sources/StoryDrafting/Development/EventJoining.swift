import StoryModel

// One happening reported by several articles becomes one event with a report per article.
//
// A sentence of a later article speaks of an event of an earlier one when it names the same
// kind of happening (a signing, a vote: `Happenings`), its day does not contradict the
// event's (the same day or overlapping days, no day, or a sentence that says the happening was
// moved), and it shares enough with it: 2 points for each participant, 1 for each word of what
// it is about, 2 for the same day given, 1 for overlapping days (the event's day as the latest
// article gave it); a sentence that names no one but points back ("the tie has been
// rearranged") 1, and 1 more if the event is still to come. 2 points are enough. Of the events
// that qualify, the one sharing the most wins, the latest on a tie. A statement of outcome
// with no date ("the signing was called off") is a report on the event it names in its own
// article or an earlier one, or a new event with no date when none qualifies. Only the 64
// latest events of a kind are looked at.

/// What an event is, for the sentences of later articles to find it.
struct EventFacts {
    /// The article's place among the drafted articles.
    var article: Int
    var kind: String?
    var about: Set<String>
    var participants: Set<Int>
}

/// A report waiting to be written on its event, with the article's place in the order.
struct PendingReport {
    var article: Int
    var report: StatusReport
    /// The time this article gives the happening, if it gives one.
    var when: When?
    /// The status is said in words ("was postponed"), not read from a tense.
    var stated = false

    /// The article says the happening was put off and gives no new day ("postponed this
    /// morning"): its report is expected, with no time of its own.
    var putOffWithNoDay: Bool { stated && when == nil && report.status == .expected }
}

extension StoryBuilder {
    /// How much a sentence shares with an event: 2 for each participant, 1 for each word of
    /// what it is about; nil when it cannot be the same happening.
    func affinity(
        _ event: Int, kind: String, about: Set<String>, participants: Set<Int>, resolved: ResolvedTime?, moved: Bool,
        definite: Bool = false
    ) -> Int? {
        let facts = eventFacts[event]
        guard facts.kind == kind else { return nil }
        // Its day as the latest article gave it: a tie moved to Tuesday is Tuesday's now.
        let current =
            pendingReports[event]?.last(where: { Self.bounded($0.when?.resolved) != nil })?.when?.resolved
            ?? events[event].when.resolved
        if !moved, let resolved, let other = current, !Self.overlap(resolved, other) {
            return nil
        }
        let sharedParticipants = Self.shared(facts.participants, participants)
        var score = 2 * sharedParticipants + Self.shared(facts.about, about)
        // The same day (or month) given twice speaks for one happening; overlapping days, less.
        // "since 2009", "by March": open-ended, they may part two happenings but not join them.
        if let resolved = Self.bounded(resolved), let other = Self.bounded(current),
            Self.overlap(resolved, other)
        {
            let sameDays = resolved.start == other.start && resolved.end == other.end
            // A span that only overlaps ("last week" and Saturday's tie) with none of the same
            // people or bodies is another happening of its kind: another match that week.
            if !sameDays, !moved, sharedParticipants == 0, !participants.isEmpty { return nil }
            score += sameDays ? 2 : 1
        }
        // "The tie has been rearranged": one already told of, still to come.
        if definite && participants.isEmpty {
            let planned: Set<Event.Status> = [.scheduled, .expected, .proposed]
            let latest = pendingReports[event]?.last?.report.status ?? events[event].status
            // A happening moved ("rearranged for Tuesday") is still to come, whatever was said of it.
            score += 1 + (planned.contains(latest) || moved ? 1 : 0)
        }
        return score >= 2 ? score : nil
    }

    /// How many members two sets share, counted without making a third.
    static func shared<Element>(_ a: Set<Element>, _ b: Set<Element>) -> Int {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        return small.reduce(0) { $0 + (large.contains($1) ? 1 : 0) }
    }

    /// A worked-out time with both ends: not "before" or "after" a day.
    static func bounded(_ time: ResolvedTime?) -> ResolvedTime? {
        guard let time, time.precision != .before, time.precision != .after else { return nil }
        return time
    }

    /// Whether a span holds a shorter time within it: "last week" holds "on Saturday".
    static func holds(_ wide: ResolvedTime?, _ narrow: ResolvedTime?) -> Bool {
        guard let wide = bounded(wide), let narrow = bounded(narrow), let low = wide.start?.ordinal,
            let high = wide.end?.ordinal, let start = narrow.start?.ordinal, let end = narrow.end?.ordinal
        else { return false }
        return low <= start && end <= high && high - low > end - start
    }

    /// Whether two worked-out times can be the same happening's.
    static func overlap(_ a: ResolvedTime, _ b: ResolvedTime) -> Bool {
        func bounds(_ time: ResolvedTime) -> ClosedRange<Int> {
            let low = time.precision == .before ? Int.min : (time.start?.ordinal ?? Int.min)
            let high = time.precision == .after ? Int.max : (time.end?.ordinal ?? Int.max)
            return low...max(low, high)
        }
        return bounds(a).overlaps(bounds(b))
    }

    /// The event of this article or an earlier one that a sentence speaks of, if any.
    func event(
        for statement: Happenings.Statement, participants: Set<Int>, resolved: ResolvedTime?, article: Int,
        sameArticle: Bool
    ) -> Int? {
        var best: (event: Int, score: Int)?
        for event in (eventsOfKind[statement.kind] ?? []).suffix(64) {
            let facts = eventFacts[event]
            // "The vote will now take place on 4 June", after this article said it was put off:
            // its new day, which contradicts the old one as a move does.
            let movedHere = statement.definite && resolved != nil && putOff(event, by: article)
            guard facts.article < article || (sameArticle && facts.article == article),
                let score = affinity(
                    event, kind: statement.kind, about: statement.about, participants: participants, resolved: resolved,
                    moved: statement.outcome == .moved || movedHere, definite: statement.definite)
            else { continue }
            if score >= (best?.score ?? 0) { best = (event, score) }
        }
        return best?.event
    }

    /// Whether an article has said that an event was put off with no new day ("postponed on
    /// Tuesday night").
    func putOff(_ event: Int, by article: Int) -> Bool {
        (pendingReports[event] ?? []).contains { $0.article == article && $0.putOffWithNoDay }
    }

    /// An event of this article of the same kind, on the very same day (a day, not a span),
    /// whose actors (people, bodies, countries: not the places where it happens) are not
    /// others': the happening named again ("the quarter-final tomorrow", then "Kick-off at Mill
    /// Lane is at 3pm on Saturday 25 January").
    func sameHappening(
        _ statement: Happenings.Statement, participants: Set<Int>, _ date: DateFinder.Found, _ article: Int
    ) -> Int? {
        guard let resolved = date.resolved, resolved.precision == .day else { return nil }
        let actors = participants.filter { entities[$0].kind != .place }
        return (eventsOfKind[statement.kind] ?? []).last { event in
            guard eventFacts[event].article == article, events[event].when.resolved?.precision == .day,
                events[event].when.resolved?.start == resolved.start
            else { return false }
            let theirs = eventFacts[event].participants.filter { entities[$0].kind != .place }
            return theirs.isEmpty || actors.isEmpty || !theirs.isDisjoint(with: actors)
        }
    }

    /// The latest event this article tells or reports on, on the very same day, of any kind.
    func sameDay(_ date: DateFinder.Found, _ article: Int) -> Int? {
        guard let resolved = date.resolved, resolved.precision == .day else { return nil }
        func onThatDay(_ time: ResolvedTime?) -> Bool { time?.precision == .day && time?.start == resolved.start }
        return eventFacts.indices.last { event in
            eventFacts[event].article == article && onThatDay(events[event].when.resolved)
                || (pendingReports[event] ?? []).contains { $0.article == article && onThatDay($0.when?.resolved) }
        }
    }

    /// Notes a new event's facts, for later articles to find it.
    mutating func noteEvent(_ facts: EventFacts) {
        if let kind = facts.kind { eventsOfKind[kind, default: []].append(events.count - 1) }
        eventFacts.append(facts)
    }

    /// Adds an article's report on an event: its first report is the event's own article's.
    mutating func addReport(to event: Int, _ report: PendingReport) {
        var reports = pendingReports[event] ?? []
        if reports.isEmpty, let first = events[event].evidence.first {
            reports.append(
                PendingReport(
                    article: eventFacts[event].article,
                    report: StatusReport(document: first.document, status: events[event].status, evidence: [first]),
                    when: events[event].when.resolved == nil ? nil : events[event].when))
        }
        if let same = reports.firstIndex(where: { $0.article == report.article }) {
            // An article's outcome outweighs what it says was planned, and a new day given
            // outweighs a plan with none ("postponed this morning… rearranged for Tuesday").
            // What an article says came of it ("has been postponed") outweighs a status read
            // from a tense, whichever sentence comes first.
            let planned: Set<Event.Status> = [.scheduled, .expected, .proposed]
            let old = reports[same]
            // Put off, then given its new day ("The vote will now take place on 4 June"): the day
            // is part of what the article says came of it.
            if old.putOffWithNoDay, report.when != nil, planned.contains(report.report.status) {
                var moved = report
                moved.stated = true
                reports[same] = moved
            } else if report.stated && !old.stated
                || report.stated == old.stated && planned.contains(old.report.status)
                    && (!planned.contains(report.report.status) || old.when == nil && report.when != nil)
            {
                reports[same] = report
            }
        } else {
            reports.append(report)
        }
        pendingReports[event] = reports
    }

    /// Writes the reports on their events: in the order of the articles, the latest report's
    /// status the event's, the latest day given the event's day, every article's words cited.
    mutating func writeReports() {
        for (event, pending) in pendingReports {
            // In the order the articles came out (the loader takes the last as the latest).
            let reports = pending.sorted {
                (publishedOfArticle[$0.article], $0.article) < (publishedOfArticle[$1.article], $1.article)
            }
            guard Set(reports.map(\.article)).count > 1 else {
                // Reports of the event's own article only: its outcome is its status.
                if let last = reports.last { events[event].status = last.report.status }
                continue
            }
            // Each report carries the time its article gave, where that is not the latest report's
            // (the format holds the latest report's time to be the event's, or its own).
            let latest = reports.last(where: { Self.bounded($0.when?.resolved) != nil })?.when
            let final = latest ?? events[event].when
            events[event].reports = reports.map { pending in
                var report = pending.report
                // Only a day or a span with both ends, as the event's own day is chosen.
                if let when = pending.when, Self.bounded(when.resolved) != nil, when.resolved != final.resolved {
                    report.when = when
                }
                return report
            }
            events[event].status = reports.last!.report.status
            // The latest day given, of a day or a span with both ends ("since 2009" moves nothing),
            // unless it only holds the day given before ("last week" says less than "Saturday").
            if let latest, !Self.holds(latest.resolved, events[event].when.resolved) {
                events[event].when = latest
            }
            for report in reports {
                for evidence in report.report.evidence where !events[event].evidence.contains(evidence) {
                    events[event].evidence.append(evidence)
                }
            }
        }
    }
}

extension StoryBuilder {
    /// Links between events that a sentence states (`EventLinkWords`): the sentence's own event
    /// at one end, at the other the latest event of the kind named after the link's words, in
    /// this article or an earlier one.
    mutating func addLinks(
        _ article: ArticleText, document: String, articleIndex: Int, dates: [DateFinder.Found], spans: [NameSpan]
    ) {
        for (index, owned) in eventOfSentence.sorted(by: { $0.key < $1.key }) {
            let sentence = article.sentences[index]
            let marked = article.wordsWithCommas(sentence)
            let words = marked.map(Happenings.plain)
            // What the sentence says came of its happening, read once for all its links.
            let outcome = Happenings.statement(marked)?.outcome
            for (rule, range) in EventLinkWords.find(in: words.map { $0.trimmingCharacters(",") }) {
                // The happening named just after the link's words.
                var kind: String?
                // Its head word: "as a result of the row", "after Sunday's summit".
                for word in words[range.upperBound...].prefix(3) {
                    let bare = word.hasSuffix(",") ? String(word.dropLast()) : word
                    if let found = Happenings.kinds[bare] ?? Happenings.subjects[bare] {
                        kind = found
                        break
                    }
                    if word.hasSuffix(",") { break }
                }
                // The latest of that kind told before this sentence; else the happening the words
                // after the link tell ("after the lender withdrew its backing"), as an event.
                func toldAt(_ candidate: Int) -> Int {
                    events[candidate].evidence.first { $0.document == document }?.start ?? .max
                }
                let told = kind.flatMap { kind in
                    (eventsOfKind[kind] ?? []).filter { candidate in
                        !owned.contains(candidate)
                            && (eventFacts[candidate].article < articleIndex
                                || eventFacts[candidate].article == articleIndex
                                    && toldAt(candidate) < sentence.range.lowerBound)
                    }.max {
                        // The latest told: of the latest article, the last in its text.
                        (eventFacts[$0].article, eventFacts[$0].article == articleIndex ? toldAt($0) : $0)
                            < (eventFacts[$1].article, eventFacts[$1].article == articleIndex ? toldAt($1) : $1)
                    }
                }
                guard
                    let other = told
                        ?? cause(
                            after: range, in: sentence, words: words, article, document: document,
                            articleIndex: articleIndex, dates: dates, spans: spans, reversed: rule.reversed,
                            owned: owned)
                else { continue }
                for own in Set(owned).sorted() where own != other {
                    // What the sentence says was called off or put off "after" something came of
                    // it, whatever the article says of it later ("will now take place on 4 June").
                    var rule = rule
                    if rule.kind == .follows, [.cancelled, .moved].contains(outcome) { rule.kind = .outcomeOf }
                    link(own, other, rule, range, sentence, article, document: document)
                }
            }
        }
    }

    /// Irregular past forms that tell a happening in a clause: "the lender withdrew its backing".
    static let pastForms: Set<String> = [
        "withdrew", "left", "broke", "fell", "went", "came", "took", "made", "gave", "quit", "pulled", "lost", "won",
        "beat", "struck", "began", "ran", "sent", "held", "met", "told", "said", "rose", "hit", "set",
    ]

    /// The happening told by the words after a link's ("after the council's lawyers warned
    /// that…"), up to a comma or the sentence's end, made an event of its own: a clause of three
    /// words or more with a verb in the past, its time the one it gives, if any.
    private mutating func cause(
        after range: Range<Int>, in sentence: ArticleText.Sentence, words: [String], _ article: ArticleText,
        document: String, articleIndex: Int, dates: [DateFinder.Found], spans: [NameSpan], reversed: Bool,
        owned: [Int]
    ) -> Int? {
        guard !reversed, events.count < Self.maxItems else { return nil }
        var end = range.upperBound
        while end < words.count {
            end += 1
            if words[end - 1].hasSuffix(",") { break }
        }
        let clause = words[range.upperBound..<end].map { $0.trimmingCharacters(",") }
        guard clause.count >= 3,
            clause.contains(where: { ($0.hasSuffix("ed") && $0.count > 4) || Self.pastForms.contains($0) })
        else { return nil }
        let first = article.words[sentence.words.lowerBound + range.upperBound]
        let last = article.words[sentence.words.lowerBound + end - 1]
        let span = first.start..<last.end
        let text = article.slice(span)
        let time = dates.first { span.contains($0.range.lowerBound) }
        // Its time made an event already ("after last night's meeting was abandoned"): that one.
        if let time,
            let made = owned.first(where: { event in
                events[event].when.evidence.contains { $0.document == document && $0.start == time.range.lowerBound }
            })
        {
            return made
        }
        let participantSet = Set(spans.starting(in: span).map(\.entity))
        let statement = Happenings.statement(
            article.wordsWithCommas(sentence).suffix(from: range.upperBound).map { $0 })
        events.append(
            Event(
                id: uniqueID("event-\(events.count + 1)"), title: Self.shortTitle(text),
                summary: "Drafted from the words: \u{201C}\(abbreviate(text, limit: 300))\u{201D}",
                status: DateFinder.isFuture(text) ? .expected : .happened,
                when: time.map {
                    When(text: $0.text, evidence: [evidence(article, $0.range, document)], resolved: $0.resolved)
                }
                    ?? When(text: "no date given"),
                participants: Array(participantSet).sorted().prefix(6).map { entities[$0].id },
                evidence: [evidence(article, span, document)]
            ).markedDrafted(true))
        noteEvent(
            EventFacts(
                article: articleIndex, kind: statement?.kind, about: statement?.about ?? [],
                participants: participantSet))
        return events.count - 1
    }

    private func evidence(_ article: ArticleText, _ range: Range<Int>, _ document: String) -> Evidence {
        Evidence(document: document, start: range.lowerBound, end: range.upperBound, excerpt: article.slice(range))
    }

    private mutating func link(
        _ own: Int, _ other: Int, _ rule: EventLinkWords.Rule, _ range: Range<Int>, _ sentence: ArticleText.Sentence,
        _ article: ArticleText, document: String
    ) {
        let (from, to) = rule.reversed ? (other, own) : (own, other)
        guard !events[from].links.contains(where: { $0.event == events[to].id }),
            !events[to].links.contains(where: { $0.event == events[from].id })
        else { return }
        let start = article.words[sentence.words.lowerBound + range.lowerBound].start
        let end = article.words[sentence.words.lowerBound + range.upperBound - 1].end
        events[from].links.append(
            EventLink(
                kind: rule.kind, event: events[to].id,
                evidence: [
                    Evidence(document: document, start: start, end: end, excerpt: article.slice(start..<end))
                ]))
    }
}
