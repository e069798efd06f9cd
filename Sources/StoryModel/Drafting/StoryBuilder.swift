/// Puts together what the finders found in each article into one story: entities merged
/// across articles by name, ids made unique, every item marked drafted.
struct StoryBuilder {
    private var entities: [Entity] = []
    private var entityByName: [String: Int] = [:]
    private var relations: [Relation] = []
    private var events: [Event] = []
    private var claims: [Claim] = []
    private var topics: [Topic] = []
    private var usedIDs: Set<String> = []

    private mutating func uniqueID(_ base: String) -> String {
        var id = base
        var number = 2
        while usedIDs.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        usedIDs.insert(id)
        return id
    }

    mutating func add(_ article: ArticleText, document: String, published: Day?) {
        usedIDs.insert(document)
        func evidence(_ range: Range<Int>) -> Evidence {
            Evidence(document: document, start: range.lowerBound, end: range.upperBound, excerpt: article.slice(range))
        }
        // Entities, merged with those of earlier articles by name.
        let finder = EntityFinder(article, known: entities.filter { $0.kind == .person }.map(\.name))
        var local: [Int] = []
        for found in finder.entities {
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
            guard let office = found.office, let place = entityByName[office.of] else { continue }
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
        let spans = nameSpans(article, entities: local)
        let persons = Set(local.filter { entities[$0].kind == .person })
        var roles: [Int: String] = [:]
        for entity in persons where entities[entity].role != "named in the article" {
            roles[entity] = entities[entity].role
        }

        // Claims, one per quotation.
        let attributed = QuoteFinder.attribute(
            QuoteFinder.quotes(in: article), in: article, mentions: spans, persons: persons, roles: roles)
        var claimOfQuote: [(claim: Int, speaker: Int?, sentence: Int)] = []
        for item in attributed {
            // "automatic security," as American style writes it: the comma is not the speaker's.
            var inner = item.quotes[0].inner
            while inner.count > 1, ",;:".unicodeScalars.contains(article.scalars[inner.upperBound - 1]) {
                inner = inner.lowerBound..<inner.upperBound - 1
            }
            let quote = article.slice(inner)
            let speakerID = item.speaker.map { entities[$0].id } ?? document
            let speakerName = item.speaker.map { entities[$0].name } ?? "The article"
            var claim = Claim(
                id: uniqueID("claim-\(claims.count + 1)"), speaker: speakerID, quote: quote,
                paraphrase:
                    "\(speakerName) is quoted: \u{201C}\(quote)\u{201D} (drafted: say it in your own words).",
                reach: item.speaker == nil ? .reported : item.reach,
                about: [], evidence: [evidence(item.evidence)]
            ).markedDrafted(true)
            if let response = item.response, let previous = claimOfQuote.last(where: { $0.speaker != item.speaker }) {
                claim.respondsTo = Claim.Response(claim: claims[previous.claim].id, evidence: [evidence(response)])
            }
            claimOfQuote.append(
                (claims.count, item.speaker, article.sentence(containing: item.evidence.lowerBound) ?? 0))
            claims.append(claim)
        }
        addContrasts(claimOfQuote, article)

        // Events, one per time expression.
        for date in DateFinder.find(in: article, published: published) {
            let sentence = article.sentences[date.sentence]
            let sentenceText = article.slice(sentence.range)
            let future = DateFinder.isFuture(sentenceText)
            let participants = Array(
                Set(spans.filter { sentence.range.contains($0.range.lowerBound) }.map(\.entity))
            ).sorted().prefix(6).map { entities[$0].id }
            let title = Self.shortTitle(sentenceText)
            events.append(
                Event(
                    id: uniqueID("event-\(events.count + 1)"), title: title,
                    summary: "Drafted from the sentence: \u{201C}\(Self.clipped(sentenceText, 300))\u{201D}",
                    status: DateFinder.status(of: sentenceText, future: future),
                    when: When(text: date.text, evidence: [evidence(date.range)], resolved: date.resolved),
                    participants: participants, evidence: [evidence(sentence.range)]
                ).markedDrafted(true))
        }
    }

    /// Where a speaker is set against another: "In response", "while", "whereas", "but",
    /// "however" between two quotations of different speakers, near each other.
    private mutating func addContrasts(_ quoted: [(claim: Int, speaker: Int?, sentence: Int)], _ article: ArticleText) {
        for (a, b) in zip(quoted, quoted.dropFirst()) {
            guard let first = a.speaker, let second = b.speaker, first != second, b.sentence - a.sentence <= 1 else {
                continue
            }
            let later = article.slice(article.sentences[b.sentence].range).lowercased()
            let sameSentence = a.sentence == b.sentence
            let markers =
                sameSentence
                ? [" while ", " whereas ", " but ", "; "]
                : ["in response", "in reply", "however", "but ", "meanwhile", "responding"]
            guard
                markers.contains(where: {
                    sameSentence
                        ? containsVerbatim(later, $0) : later.hasPrefix($0) || containsVerbatim(later, ", \($0)")
                })
            else {
                continue
            }
            let names = (entities[first].name, entities[second].name)
            // The same two speakers again: their claims join the sides they already have.
            if let existing = topics.firstIndex(where: { Set($0.sides.map(\.label)) == [names.0, names.1] }) {
                for (name, claim) in [(names.0, a.claim), (names.1, b.claim)] {
                    let side = topics[existing].sides.firstIndex { $0.label == name }!
                    let id = claims[claim].id
                    if !topics[existing].sides.contains(where: { $0.claims.contains(id) }) {
                        topics[existing].sides[side].claims.append(id)
                    }
                }
                continue
            }
            topics.append(
                Topic(
                    id: uniqueID("contrast-\(topics.count + 1)"),
                    question: "\(names.0) and \(names.1): how do their accounts differ?",
                    summary:
                        "Drafted: the article sets these speakers against each other; name the question in your own words.",
                    sides: [
                        Topic.Side(label: names.0, claims: [claims[a.claim].id]),
                        Topic.Side(label: names.1, claims: [claims[b.claim].id]),
                    ]
                ).markedDrafted(true))
        }
    }

    /// Where each entity's names and aliases occur in the article, in order.
    private func nameSpans(_ article: ArticleText, entities local: [Int]) -> [NameSpan] {
        var byFirstWord: [String: [(entity: Int, words: [String])]] = [:]
        for entity in Set(local) {
            for name in entities[entity].names {
                let words = name.split(separator: " ").map(String.init)
                guard let first = words.first else { continue }
                byFirstWord[first, default: []].append((entity, words))
            }
        }
        var spans: [NameSpan] = []
        let words = article.words
        var index = 0
        while index < words.count {
            var best: (entity: Int, length: Int)?
            for candidate in byFirstWord[EntityFinder.withoutPossessive(words[index].text)] ?? []
            where candidate.words.count > (best?.length ?? 0) && index + candidate.words.count <= words.count {
                let matches = candidate.words.indices.allSatisfy { offset in
                    let word = words[index + offset].text
                    return word == candidate.words[offset]
                        || EntityFinder.withoutPossessive(word) == candidate.words[offset]
                }
                if matches { best = (candidate.entity, candidate.words.count) }
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

    static func clipped(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// A short title from a sentence: its first words, up to about 70 characters.
    static func shortTitle(_ sentence: String) -> String {
        var title = ""
        for word in sentence.split(separator: " ") {
            if title.count + word.count + 1 > 70 { return title + "…" }
            title += (title.isEmpty ? "" : " ") + word
        }
        return title
    }

    func story(id: String, title: String, documents: [SourceDocument]) -> Story {
        let sources = documents.map(\.id).joined(separator: ", ")
        return Story(
            id: id, title: title,
            summary:
                "Drafted by storyscope from \(documents.count == 1 ? "one article" : "\(documents.count) articles") (\(sources)): the people, places and bodies it names, who is quoted, and the times it gives.",
            documents: documents, entities: entities, relations: relations, events: events, claims: claims,
            topics: topics)
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
