import StoryModel

/// Puts together what the finders found in each article into one story: entities merged
/// across articles by name, ids made unique, every item marked drafted.
struct StoryBuilder {
    var entities: [Entity] = []
    private var entityByName: [String: Int] = [:]
    /// What honorifics said of people's sex ("Mr Rodriguez"), by name: surer than a given name.
    private var sexByName: [String: Knowledge.Sex] = [:]
    var relations: [Relation] = []
    var events: [Event] = []
    var claims: [Claim] = []
    private var topics: [Topic] = []
    var usedIDs: Set<String> = []
    /// At most this many entities, claims and events each in one draft: a draft is for an
    /// article, and an input built to make hundreds of thousands stays a small story.
    static let maxItems = 1_000
    /// Kinds of item that reached `maxItems`, for a warning.
    private(set) var truncated: Set<String> = []
    /// What the reader should know of an article: dates that could not be worked out, say.
    private(set) var warnings: [String] = []
    /// The contrast topic of each pair of speakers ("id id", in order), to add to it.
    private var topicOfSpeakers: [String: Int] = [:]
    /// What each event is, for later articles to find it (EventJoining.swift).
    var eventFacts: [EventFacts] = []
    var eventsOfKind: [String: [Int]] = [:]
    /// Reports of articles on events, written on them at the end.
    var pendingReports: [Int: [PendingReport]] = [:]
    /// How many articles were added, and the ordinal day each came out.
    private(set) var articleCount = 0
    var publishedOfArticle: [Int] = []
    /// Each document's article, by id.
    var articleOfDocument: [String: Int] = [:]
    /// The event each sentence of the article being added speaks of, first found first.
    var eventOfSentence: [Int: [Int]] = [:]

    mutating func uniqueID(_ base: String) -> String {
        var id = base
        var number = 2
        while usedIDs.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        usedIDs.insert(id)
        return id
    }

    /// Ids that generated ones must not take: the documents' (a second article named
    /// claim-1.txt must not collide with the first article's first claim).
    mutating func reserve(_ ids: [String]) { usedIDs.formUnion(ids) }

    mutating func add(_ article: ArticleText, name: String, document: String, published: Day?) {
        usedIDs.insert(document)
        let articleIndex = articleCount
        defer { articleCount += 1 }
        eventOfSentence = [:]
        publishedOfArticle.append(published?.ordinal ?? .max)
        articleOfDocument[document] = articleIndex
        func evidence(_ range: Range<Int>) -> Evidence {
            Evidence(document: document, start: range.lowerBound, end: range.upperBound, excerpt: article.slice(range))
        }
        // Entities, merged with those of earlier articles by name.
        let finder = EntityFinder(article, known: entities.filter { $0.kind == .person }.map(\.name))
        var local: [Int] = []
        for found in finder.entities {
            if entityByName[found.name] == nil && entities.count >= Self.maxItems {
                truncated.insert("names")
                local.append(-1)
                continue
            }
            if let sex = found.sex, found.kind == .person {
                sexByName[found.name] = sexByName[found.name] ?? sex
            }
            if let existing = entityByName[found.name] {
                for alias in found.aliases where !entities[existing].aliases.contains(alias) {
                    entities[existing].aliases.append(alias)
                }
                local.append(existing)
                continue
            }
            let id = uniqueID(Drafter.slug(found.name, fallback: "entity"))
            entityByName[found.name] = entities.count
            local.append(entities.count)
            entities.append(
                Entity(
                    id: id, name: found.name, aliases: found.aliases, kind: found.kind,
                    role: found.role ?? "named in the article",
                    description:
                        "\(found.kind.rawValue.capitalizedFirst) named in the article (drafted: describe in your own words)."
                ).markedDrafted(true))
        }
        for (position, found) in finder.entities.enumerated() {
            guard local[position] >= 0, let office = found.office, let place = entityByName[office.of] else { continue }
            let subject = entities[local[position]].id
            let object = entities[place].id
            let id = "\(subject)--holds-office-in--\(object)"
            guard !usedIDs.contains(id) else { continue }
            usedIDs.insert(id)
            relations.append(
                Relation(
                    id: id, subject: subject, predicate: .holdsOfficeIn, object: object, label: "is \(office.title) of",
                    evidence: [evidence(office.evidence)]
                ).markedDrafted(true))
        }
        local.removeAll { $0 < 0 }
        let spans = nameSpans(article, entities: local)
        let persons = Set(local.filter { entities[$0].kind == .person })
        var roles: [Int: String] = [:]
        for entity in persons where entities[entity].role != "named in the article" {
            roles[entity] = entities[entity].role
        }

        // Claims, one per quotation.
        var sexes: [Int: Knowledge.Sex] = [:]
        for entity in persons {
            if let sex = sexByName[entities[entity].name] {
                sexes[entity] = sex
            } else if let given = entities[entity].name.split(separator: " ").first,
                let sex = Knowledge.givenName(given)
            {
                sexes[entity] = sex
            }
        }
        let attributed = QuoteFinder.attribute(
            QuoteFinder.quotes(in: article), in: article, mentions: spans,
            people: QuoteFinder.People(persons: persons, roles: roles, sexes: sexes), limit: Self.maxItems + 1)
        var claimOfQuote: [(claim: Int, speaker: Int?, sentence: Int)] = []
        let dates = DateFinder.find(in: article, published: published, limit: Self.maxItems + 1)
        // Time expressions that say when quoted words were said: the claim's, not an event's.
        var saidTimes: Set<Int> = []
        // The latest claim, and the latest of another speaker than its: what "In response" answers.
        var latest: (claim: Int, speaker: Int?)?
        var latestOfAnother: (claim: Int, speaker: Int?)?
        for item in attributed {
            // One claim for each part of a quotation split by its reporting words ("…,” she
            // said. “…”): each is the speaker's words as printed, and the first part answers
            // and is answered for the whole.
            var firstPart: Int?
            for part in item.quotes {
                if claims.count >= Self.maxItems {
                    truncated.insert("quotations")
                    break
                }
                // "automatic security," as American style writes it: the comma is not the speaker's.
                var inner = part.inner
                while inner.count > 1, ",;:".unicodeScalars.contains(article.scalars[inner.upperBound - 1]) {
                    inner = inner.lowerBound..<inner.upperBound - 1
                }
                let quote = article.slice(inner)
                // Quotation marks around nothing but spaces quote no one.
                if quote.allSatisfy(\.isWhitespace) { continue }
                let speakerID = item.speaker.map { entities[$0].id } ?? document
                let speakerName = item.speaker.map { entities[$0].name } ?? "The article"
                var claim = Claim(
                    id: uniqueID("claim-\(claims.count + 1)"), speaker: speakerID, quote: quote,
                    paraphrase:
                        "\(speakerName) is quoted: \u{201C}\(quote)\u{201D} (drafted: say it in your own words).",
                    reach: item.speaker == nil ? .reported : item.reach,
                    about: [], evidence: [evidence(item.evidence)]
                ).markedDrafted(true)
                if firstPart == nil {
                    // When the words were said first: an answer cannot come before what it answers.
                    if item.speaker != nil,
                        let said = SaidOn.find(
                            for: item.quotes.map(\.inner), evidence: item.evidence, dates: dates, in: article,
                            published: published)
                    {
                        claim.said = When(text: said.text, evidence: [evidence(said.range)], resolved: said.resolved)
                        saidTimes.insert(said.range.lowerBound)
                    }
                    let answered = latest.map { $0.speaker != item.speaker ? $0 : latestOfAnother } ?? nil
                    if let response = item.response, let answered {
                        claim.respondsTo = Claim.Response(
                            claim: claims[answered.claim].id, evidence: [evidence(response)])
                    } else if let speaker = item.speaker,
                        let (answered, response) = answeredByName(
                            item.evidence, speaker: speaker, article, spans, document: document,
                            quoted: item.quotes.map(\.inner),
                            saidOn: claim.said?.resolved?.start?.ordinal ?? published?.ordinal ?? .max)
                    {
                        claim.respondsTo = Claim.Response(claim: claims[answered].id, evidence: [evidence(response)])
                    }
                    if let current = latest, current.speaker != item.speaker { latestOfAnother = current }
                    latest = (claims.count, item.speaker)
                    claimOfQuote.append(
                        (claims.count, item.speaker, article.sentence(containing: item.evidence.lowerBound) ?? 0))
                    firstPart = claims.count
                }
                claims.append(claim)
            }
        }
        addContrasts(claimOfQuote, article, spans, document: document)

        // Events, one per time expression; what is read from a sentence, read once. A sentence
        // that speaks of an earlier article's event is a report on it instead.
        var described:
            (
                sentence: Int, title: String, summary: String, status: Event.Status, words: [String],
                reading: Happenings.Reading?, plans: DateFinder.PlanWords
            )?
        // The earlier event each reading of a sentence joins: one sentence may give many times.
        var joined: [String: Int?] = [:]
        var unresolvable: [DateFinder.Found] = []
        var datedSentences: Set<Int> = []
        defer {
            if let first = unresolvable.first {
                let line = article.sentences[first.sentence].line
                warnings.append(
                    "\(name): \(unresolvable.count == 1 ? "a time expression" : "\(unresolvable.count) time expressions") could not be worked out to a day of the years 1 to 9999, or not to one that fits its weekday (\(unresolvable.count == 1 ? "" : "first: ")\u{201C}\(abbreviate(first.text, limit: 40))\u{201D}, line \(line)); left unresolved"
                )
            }
        }
        let quoted = attributed.flatMap { $0.quotes.map(\.inner) }
        let datesOfSentence = Dictionary(grouping: dates, by: \.sentence)
        for date in dates where !saidTimes.contains(date.range.lowerBound) {
            if date.resolved == nil && published != nil { unresolvable.append(date) }
            if EventlessTimes.isEventless(
                date, in: article, sentenceDates: datesOfSentence[date.sentence] ?? [], quoted: quoted)
            {
                continue
            }
            if events.count >= Self.maxItems {
                truncated.insert("time expressions")
                break
            }
            datedSentences.insert(date.sentence)
            let sentence = article.sentences[date.sentence]
            let near = article.window(around: date.range, within: sentence.range)
            if described?.sentence != date.sentence {
                let text = article.slice(article.window(around: date.range, within: sentence.range, margin: 2_000))
                let words = article.wordsWithCommas(sentence)
                described = (
                    date.sentence, Self.shortTitle(text),
                    "Drafted from the sentence: \u{201C}\(abbreviate(text, limit: 300))\u{201D}",
                    DateFinder.status(of: text, future: DateFinder.isFuture(text)), words,
                    Happenings.Reading(words), DateFinder.PlanWords(text)
                )
            }
            let clause = RelativeClause.span(around: date.range, within: sentence.range, article) ?? near
            let participantSet = Set(spans.starting(in: clause).map(\.entity))
            let participants = Array(participantSet).sorted().prefix(6).map { entities[$0].id }
            // A time just after a verb in the past ("Bellwick stock fell 9% on Wednesday", "which
            // opened an investigation in November") happened, whatever the sentence plans next.
            var status = described!.status
            if date.tense == .past, [.scheduled, .expected].contains(status) { status = .happened }
            // A day after the article's own has not happened yet, whatever the tense says.
            if status == .happened, let published, let start = date.resolved?.start, start > published,
                date.resolved?.precision != .before
            {
                status = .scheduled
            }
            status = DateFinder.planned(status, described!.plans, precision: date.resolved?.precision)
            let dateWord = article.wordIndexes(in: date.range).lowerBound - sentence.words.lowerBound
            let statement = described!.reading?.statement(near: dateWord)
            let key =
                statement.map {
                    "\(date.sentence) \($0.word) \(date.resolved?.start?.ordinal ?? 0) \(date.resolved?.end?.ordinal ?? 0)"
                } ?? ""
            if let statement, articleIndex > 0,
                let earlier = joined[key]
                    ?? event(
                        for: statement, participants: participantSet, resolved: date.resolved, article: articleIndex,
                        sameArticle: false)
            {
                joined[key] = earlier
                let status =
                    Happenings.status(
                        statement,
                        datedAfterOutcome: Happenings.isNewDay(statement, words: described!.words, date: dateWord),
                        tense: status) ?? status
                let movedAway = statement.outcome == .moved && status == .expected
                addReport(
                    to: earlier,
                    PendingReport(
                        article: articleIndex,
                        report: StatusReport(document: document, status: status, evidence: [evidence(near)]),
                        when: movedAway
                            ? nil : When(text: date.text, evidence: [evidence(date.range)], resolved: date.resolved),
                        stated: statement.outcome != nil))
                eventOfSentence[date.sentence, default: []].append(earlier)
                continue
            }
            // A new event's status as its words of outcome say it ("postponed until Sunday":
            // scheduled for Sunday), else as its tense does.
            if let statement, statement.outcome != nil,
                let stated = Happenings.status(
                    statement,
                    datedAfterOutcome: Happenings.isNewDay(statement, words: described!.words, date: dateWord),
                    tense: status)
            {
                status = stated
            }
            // The same happening named again in this article on the same day ("tomorrow", then
            // "Kick-off … on Saturday 25 January"): one event, its time given in both places.
            if let statement, let same = sameHappening(statement, participants: participantSet, date, articleIndex) {
                events[same].when.evidence.append(evidence(date.range))
                if !events[same].evidence.contains(where: { $0.start == near.lowerBound }) {
                    events[same].evidence.append(evidence(near))
                }
                eventOfSentence[date.sentence, default: []].append(same)
                continue
            }
            // A speaker's "tonight" or "this morning" that names no happening, on the day of one
            // this article already tells: that happening's day, said again, not an event of its own.
            if statement == nil, quoted.contains(where: { $0.contains(date.range.lowerBound) }),
                let same = sameDay(date, articleIndex)
            {
                events[same].when.evidence.append(evidence(date.range))
                continue
            }
            events.append(
                Event(
                    id: uniqueID("event-\(events.count + 1)"), title: described!.title, summary: described!.summary,
                    status: status,
                    when: When(text: date.text, evidence: [evidence(date.range)], resolved: date.resolved),
                    participants: participants, evidence: [evidence(near)]
                ).markedDrafted(true))
            noteEvent(
                EventFacts(
                    article: articleIndex, kind: statement?.kind, about: statement?.about ?? [],
                    participants: participantSet))
            eventOfSentence[date.sentence, default: []].append(events.count - 1)
        }
        defer { addLinks(article, document: document, articleIndex: articleIndex, dates: dates, spans: spans) }
        addStatements(
            article, document: document, articleIndex: articleIndex, spans: spans, skipping: datedSentences,
            // A sentence with a quotation in it is a speaker's, not the article's report.
            quoted: quoted)
    }

    /// Sentences with no time expression that say what came of a happening ("the signing was
    /// called off") or that one is to come ("the upcoming signing"): a report on the event they
    /// name, or a new event with no date.
    private mutating func addStatements(
        _ article: ArticleText, document: String, articleIndex: Int, spans: [NameSpan], skipping dated: Set<Int>,
        quoted: [Range<Int>]
    ) {
        for (index, sentence) in article.sentences.enumerated() where !dated.contains(index) {
            if events.count >= Self.maxItems { break }
            guard let reading = Happenings.Reading(article.wordsWithCommas(sentence)), let first = reading.statement()
            else { continue }
            guard !quoted.contains(where: { $0.overlaps(sentence.range) }) else { continue }
            // "the signing was called off, the press conference was cancelled and …": each
            // happening told with its own outcome.
            let told = reading.statements()
            // What the sentence's tense says, read once for all the happenings it tells.
            let text = article.slice(sentence.range)
            let future = DateFinder.isFuture(text)
            let tense = DateFinder.status(of: text, future: future)
            for statement in told.count > 1 ? told : [first] {
                if events.count >= Self.maxItems { break }
                addStatement(
                    statement, sentence: index, text: text, future: future, tense: tense, article, document: document,
                    articleIndex: articleIndex, spans: spans)
            }
        }
    }

    /// One happening a sentence with no time expression tells: a report on the event it names,
    /// or a new event with no date.
    private mutating func addStatement(
        _ statement: Happenings.Statement, sentence index: Int, text: String, future: Bool, tense: Event.Status,
        _ article: ArticleText, document: String, articleIndex: Int, spans: [NameSpan]
    ) {
        let sentence = article.sentences[index]
        // With no outcome, only a happening to come is a report: "the upcoming signing".
        guard statement.outcome != nil || future,
            let status = Happenings.status(statement, datedAfterOutcome: false, tense: tense)
        else { return }
        let participantSet = Set(spans.starting(in: sentence.range).map(\.entity))
        let evidence = Evidence(
            document: document, start: sentence.range.lowerBound, end: sentence.range.upperBound, excerpt: text)
        if let earlier = event(
            for: statement, participants: participantSet, resolved: nil, article: articleIndex, sameArticle: true)
        {
            eventOfSentence[index, default: []].append(earlier)
            if eventFacts[earlier].article == articleIndex && [.scheduled, .expected].contains(status) { return }
            addReport(
                to: earlier,
                PendingReport(
                    article: articleIndex,
                    report: StatusReport(document: document, status: status, evidence: [evidence]), when: nil,
                    stated: statement.outcome != nil))
            return
        }
        // Only a happening with people or bodies to it, or one that came to an end, is an
        // event of its own: "a plan is expected" alone is not; nor one named in a clause that
        // describes someone ("her captain, who serves the second game of a ban").
        guard !participantSet.isEmpty else { return }
        let kindWord = article.words[sentence.words.lowerBound + statement.word]
        guard RelativeClause.span(around: kindWord.start..<kindWord.end, within: sentence.range, article) == nil
        else { return }
        events.append(
            Event(
                id: uniqueID("event-\(events.count + 1)"),
                title: Happenings.title(article.wordsWithCommas(sentence), statement: statement)
                    ?? Self.shortTitle(text),
                summary: "Drafted from the sentence: \u{201C}\(abbreviate(text, limit: 300))\u{201D}",
                status: status, when: When(text: "no date given"),
                participants: Array(participantSet).sorted().prefix(6).map { entities[$0].id },
                evidence: [evidence]
            ).markedDrafted(true))
        noteEvent(
            EventFacts(
                article: articleIndex, kind: statement.kind, about: statement.about, participants: participantSet))
        eventOfSentence[index, default: []].append(events.count - 1)
    }

    /// "Brenn hit back at Alder", "responding to Trump's remark": the latest claim, of this
    /// article or an earlier one, of the person the reply's words name (after them, else
    /// anywhere in the sentence but the speaker), and where those words stand.
    private func answeredByName(
        _ evidence: Range<Int>, speaker: Int, _ article: ArticleText, _ spans: [NameSpan], document: String,
        quoted quotations: [Range<Int>], saidOn: Int
    ) -> (claim: Int, words: Range<Int>)? {
        // The day a claim was said: its own, else its article's.
        func day(_ claim: Claim) -> Int {
            claim.said?.resolved?.start?.ordinal
                ?? claim.evidence.first.flatMap { articleOfDocument[$0.document] }.map { publishedOfArticle[$0] }
                ?? .max
        }
        guard let quoted = article.sentence(containing: evidence.lowerBound) else { return nil }
        // The reply's words in the quotation's sentence, or in the one before that names the
        // speaker ("Brenn hit back at Alder. “…,” he said.").
        var found: (sentence: Int, phrase: Range<Int>)?
        for sentence in [quoted, quoted - 1] where sentence >= 0 {
            // The speaker's own words ("Nobody has answered our letters") are no reply's wording.
            let words = article.words[article.sentences[sentence].words].map { word in
                quotations.contains { $0.contains(word.start) } ? "" : word.text.lowercased()
            }
            guard let phrase = Replies.phrase(in: words) else { continue }
            if sentence == quoted
                || spans.starting(in: article.sentences[sentence].range).contains(where: { $0.entity == speaker })
            {
                found = (sentence, phrase)
                break
            }
        }
        guard let (sentence, phrase) = found else { return nil }
        let indexes = article.sentences[sentence].words
        let start = article.words[indexes.lowerBound + phrase.lowerBound].start
        let end = article.words[indexes.lowerBound + phrase.upperBound - 1].end
        let named = spans.starting(in: article.sentences[sentence].range).filter {
            $0.entity != speaker && entities[$0.entity].kind == .person
        }
        let speakerID = entities[speaker].id
        let answered: Int?
        if let other = (named.first { $0.range.lowerBound >= end } ?? named.first)?.entity {
            let id = entities[other].id
            answered = claims.lastIndex { $0.speaker == id && $0.quote != nil && day($0) <= saidOn }
        } else {
            // Only a reply that takes no object ("Zelensky replied"), not "rejected the plan".
            let wording = article.words[indexes.lowerBound + phrase.lowerBound..<indexes.lowerBound + phrase.upperBound]
                .map { $0.text.lowercased() }.joined(separator: " ")
            let object = article.words[indexes.lowerBound + phrase.upperBound..<indexes.upperBound].prefix(3).map {
                $0.text.lowercased()
            }
            guard Replies.withoutObject.contains(wording) || object.contains(where: Replies.wordsSaid.contains)
            else { return nil }
            // "“I’m not playing cards,” Zelensky replied": the latest words of another speaker
            // of this article.
            let people = Set(entities.filter { $0.kind == .person }.map(\.id))
            answered = claims.lastIndex {
                $0.speaker != speakerID && $0.quote != nil && $0.evidence.first?.document == document
                    && people.contains($0.speaker) && day($0) <= saidOn
            }
        }
        guard var answered else { return nil }
        // The first part of that quotation, which answers and is answered for the whole.
        while answered > 0, claims[answered - 1].speaker == claims[answered].speaker,
            claims[answered - 1].evidence.first == claims[answered].evidence.first
        {
            answered -= 1
        }
        return (answered, start..<end)
    }

    /// Where a speaker is set against another (see ContrastFinder): one topic per pair of
    /// speakers, one side each; the same two speakers again add their claims to their sides.
    private mutating func addContrasts(
        _ quoted: [(claim: Int, speaker: Int?, sentence: Int)], _ article: ArticleText, _ spans: [NameSpan],
        document: String
    ) {
        let places = quoted.map { item in
            let sentences = article.sentences[max(0, item.sentence - 1)...item.sentence]
            return ContrastFinder.Quoted(
                claim: item.claim, speaker: item.speaker, sentence: item.sentence,
                named: Set(spans.starting(in: sentences.last!.range).map(\.entity)),
                namedBefore: sentences.count > 1
                    ? Set(spans.starting(in: sentences.first!.range).map(\.entity)) : [],
                words: article.words[sentences.last!.words].map { $0.text.lowercased() },
                before: sentences.count > 1 ? article.words[sentences.first!.words].map { $0.text.lowercased() } : [])
        }
        for pair in ContrastFinder.pairs(places) {
            addTopic(
                (pair.first.speaker!, pair.first.claim), (pair.second.speaker!, pair.second.claim), matter: pair.matter)
        }
        addOppositions(quoted, article, spans, document: document)
        addCourtSides(quoted, article, spans, document: document)
    }

    /// A side's claim in a contrast: the entity's quotation nearest the sentence, else what the
    /// sentence reports of them (a claim marked reported, its words for the author to write).
    private mutating func claim(
        of entity: Int, near index: Int, _ quoted: [(claim: Int, speaker: Int?, sentence: Int)],
        _ article: ArticleText, document: String
    ) -> Int? {
        if let nearest = quoted.filter({ $0.speaker == entity }).min(by: {
            abs($0.sentence - index) < abs($1.sentence - index)
        }) {
            return nearest.claim
        }
        guard claims.count < Self.maxItems else { return nil }
        let sentence = article.sentences[index]
        claims.append(
            Claim(
                id: uniqueID("claim-\(claims.count + 1)"), speaker: entities[entity].id,
                paraphrase:
                    "Drafted: what the article reports of \(entities[entity].name) here; say it in your own words.",
                reach: .reported, about: [],
                evidence: [
                    Evidence(
                        document: document, start: sentence.range.lowerBound, end: sentence.range.upperBound,
                        excerpt: article.slice(sentence.range))
                ]
            ).markedDrafted(true))
        return claims.count - 1
    }

    /// The prosecution's speakers against the defence's (`CourtSides`), in an article where one
    /// of them at least is quoted: each with their quotation, or what the sentence that gives
    /// their side reports of them.
    private mutating func addCourtSides(
        _ quoted: [(claim: Int, speaker: Int?, sentence: Int)], _ article: ArticleText, _ spans: [NameSpan],
        document: String
    ) {
        guard quoted.contains(where: { $0.speaker != nil }) else { return }
        // Each person's side, as a title before the name gives it ("prosecutor Thomas Binger"),
        // else the words after it ("Jennifer Knight said, in her prosecution closing speech"),
        // and the sentence that gives it.
        var titled: [Int: Set<CourtSides.Side>] = [:]
        var described: [Int: Set<CourtSides.Side>] = [:]
        var sideSentence: [Int: Int] = [:]
        for span in spans where entities[span.entity].kind == .person {
            guard let index = article.sentence(containing: span.range.lowerBound) else { continue }
            let sentence = article.sentences[index]
            if let side = CourtSides.side(beforeNameAt: span.range, in: sentence, article) {
                titled[span.entity, default: []].insert(side)
                sideSentence[span.entity] = sideSentence[span.entity] ?? index
            } else if let side = CourtSides.side(afterNameAt: span.range, in: sentence, article) {
                described[span.entity, default: []].insert(side)
                sideSentence[span.entity] = sideSentence[span.entity] ?? index
            }
        }
        func side(_ entity: Int) -> CourtSides.Side? {
            let sides = titled[entity] ?? described[entity] ?? []
            return sides.count == 1 ? sides.first : nil
        }
        let people = Set(titled.keys).union(described.keys).sorted()
        let prosecution = people.filter { side($0) == .prosecution }
        let defence = people.filter { side($0) == .defence }
        let speaking = Set(quoted.compactMap(\.speaker))
        for one in prosecution {
            for other in defence where topics.count < Self.maxItems {
                guard speaking.contains(one) || speaking.contains(other),
                    let first = claim(of: one, near: sideSentence[one]!, quoted, article, document: document),
                    let second = claim(of: other, near: sideSentence[other]!, quoted, article, document: document)
                else { continue }
                addTopic((one, first), (other, second), matter: nil)
            }
        }
    }

    /// "Williams hit back at Hoover", "Schumer objected": a sentence that sets its subject
    /// against someone it names makes them a contrast even when one of them is never quoted;
    /// the one who is not speaks in that sentence, as the article reports them (a claim marked
    /// reported, its words to be written by the author).
    private mutating func addOppositions(
        _ quoted: [(claim: Int, speaker: Int?, sentence: Int)], _ article: ArticleText, _ spans: [NameSpan],
        document: String
    ) {
        let speaking = Set(quoted.compactMap(\.speaker))
        guard !speaking.isEmpty else { return }
        let sides = Set(entities.indices.filter { [.person, .organisation].contains(entities[$0].kind) })
        for (index, sentence) in article.sentences.enumerated() where topics.count < Self.maxItems {
            guard let verb = ContrastFinder.opposition(in: article.words[sentence.words]) else { continue }
            let verbStart = article.words[sentence.words.lowerBound + verb.lowerBound].start
            let verbEnd = article.words[sentence.words.lowerBound + verb.upperBound - 1].end
            let inSentence = spans.starting(in: sentence.range)
            let named = inSentence.filter { sides.contains($0.entity) }
            // The one named first after the verb is the other side ("criticised the U.S. for
            // enabling Putin": the U.S., a country, so no pair); with none after it ("Schumer
            // objected"), another named in the sentence.
            let after = inSentence.first { $0.range.lowerBound >= verbEnd }
            guard let subject = named.last(where: { $0.range.upperBound <= verbStart })?.entity,
                let object = after.map({ $0.entity }) ?? named.first(where: { $0.entity != subject })?.entity,
                object != subject, sides.contains(object),
                speaking.contains(subject) || speaking.contains(object)
            else { continue }
            guard let first = claim(of: subject, near: index, quoted, article, document: document),
                let second = claim(of: object, near: index, quoted, article, document: document)
            else { continue }
            addTopic((subject, first), (object, second), matter: nil)
        }
    }

    /// One topic per pair of speakers, one side each; the same two again add their claims.
    private mutating func addTopic(
        _ one: (entity: Int, claim: Int), _ other: (entity: Int, claim: Int), matter: String?
    ) {
        let names = (entities[one.entity].name, entities[other.entity].name)
        let key = [entities[one.entity].id, entities[other.entity].id].sorted().joined(separator: " ")
        if let existing = topicOfSpeakers[key] {
            for (name, claim) in [(names.0, one.claim), (names.1, other.claim)] {
                guard let side = topics[existing].sides.firstIndex(where: { $0.label == name }) else { continue }
                let id = claims[claim].id
                if !topics[existing].sides[side].claims.contains(id) {
                    topics[existing].sides[side].claims.append(id)
                }
            }
            return
        }
        topicOfSpeakers[key] = topics.count
        let question =
            matter.map { "\(names.0) and \(names.1) on \u{201C}\($0)\u{201D}: who says what?" }
            ?? "What sets \(names.0) and \(names.1) against each other?"
        topics.append(
            Topic(
                id: uniqueID("contrast-\(topics.count + 1)"),
                question: question,
                summary:
                    "Drafted: the article sets these speakers against each other; name the question in your own words.",
                sides: [
                    Topic.Side(label: names.0, claims: [claims[one.claim].id]),
                    Topic.Side(label: names.1, claims: [claims[other.claim].id]),
                ]
            ).markedDrafted(true))
    }

    /// Where each entity's names and aliases occur in the article, in order: at each word the
    /// longest name that starts there.
    private func nameSpans(_ article: ArticleText, entities local: [Int]) -> [NameSpan] {
        var trie = NameTrie()
        for entity in Set(local).sorted() {
            for name in entities[entity].names {
                let words = name.split(separator: " ").map(String.init)
                if !words.isEmpty { trie.insert(words, entity: entity) }
            }
        }
        var spans: [NameSpan] = []
        let words = article.words
        var index = 0
        while index < words.count {
            let best = trie.longestMatch(at: index, count: words.count) { position in
                let word = words[position].text
                let bare = EntityFinder.withoutPossessive(word)
                return bare == word ? [word] : [word, bare]
            }
            if let best {
                spans.append(
                    NameSpan(range: words[index].start..<words[index + best.length - 1].end, entity: best.entity))
                index += best.length
            } else {
                index += 1
            }
        }
        return spans
    }

    /// Words that open a sentence and say nothing of its event: "However, …", "Separately, …".
    static let openers: Set<String> = [
        "however", "meanwhile", "separately", "but", "and", "also", "still", "yet", "moreover", "instead", "then",
        "now", "so", "further", "furthermore", "additionally", "earlier", "later", "previously",
    ]

    /// A short title from a sentence: its main clause, without the connective that opens it
    /// ("However, talks resumed…" → "Talks resumed…") and cut at the first comma that follows
    /// four words or more, up to about 70 characters.
    static func shortTitle(_ sentence: String) -> String {
        var words = sentence.split(separator: " ").map(String.init)
        while let first = words.first, words.count > 3,
            openers.contains((first.hasSuffix(",") ? String(first.dropLast()) : first).lowercased())
        {
            words.removeFirst()
        }
        if let first = words.first, let letter = first.first, letter.isLowercase {
            words[0] = first.capitalizedFirst
        }
        var title = ""
        // Inside "…, which was due on Tuesday, …": its commas do not end the main clause.
        var relative = false
        for (index, word) in words.enumerated() {
            if title.count + word.count + 1 > 70 { return title + "…" }
            title += (title.isEmpty ? "" : " ") + word
            guard word.hasSuffix(","), index + 1 < words.count else { continue }
            if ["which", "who", "whom", "whose", "where"].contains(words[index + 1].lowercased()) {
                relative = true
            } else if relative {
                relative = false
            } else if index >= 3 {
                // The main clause ends at a comma once it has a subject and a verb's worth of words.
                return String(title.dropLast())
            }
        }
        return title
    }

    /// `lead`: the first article's lead sentence, which the Overview shows as the story's
    /// summary until someone writes one.
    func story(id: String, title: String, lead: String?, documents: [SourceDocument]) -> Story {
        var builder = self
        builder.writeReports()
        return builder.built(id: id, title: title, lead: lead, documents: documents)
    }

    private func built(id: String, title: String, lead: String?, documents: [SourceDocument]) -> Story {
        let sources = documents.map(\.id).joined(separator: ", ")
        let drafted =
            "Drafted by storyscope from \(documents.count == 1 ? "one article" : "\(documents.count) articles") (\(sources))"
        return Story(
            id: id, title: title,
            summary: lead.map {
                "\u{201C}\($0)\u{201D} (the lead of \(documents.count == 1 ? "the article" : "the first article"), quoted; drafted: summarise the story in your own words)"
            } ?? "\(drafted): the people, places and bodies it names, who is quoted, and the times it gives.",
            documents: documents, entities: entities, relations: relations, events: events, claims: claims,
            topics: topics)
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
