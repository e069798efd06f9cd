import StoryModel

/// Generates large, valid stories for benchmarks and smoke tests: deterministic for a seed,
/// with realistic text lengths, names with diacritics and wide characters, and every item
/// tied to a sentence of a generated source document by explicit offsets.
public struct StoryGenerator {
    public var seed: UInt64
    /// How many entities, events and claims (each).
    public var count: Int
    /// Sentences per source document.
    public var sentencesPerDocument = 1_000

    public init(count: Int, seed: UInt64 = 42) {
        self.count = count
        self.seed = seed
    }

    typealias Random = SeededRandom

    static let givenNames = [
        "Oleksandr", "Zoë", "Łukasz", "Ярослав", "Mária", "José", "Ana", "Søren", "Çağrı", "Nguyễn", "李明", "佐藤",
        "Amélie", "Jürgen", "Dvořák", "Björn", "Ines", "Kateryna",
    ]
    static let familyNames = [
        "Kovalenko", "Šimić", "Müller", "Nowak", "García", "Øberg", "Petrenko", "Yılmaz", "Dupont", "王", "田中",
        "Horváth", "Novák", "Lindqvist", "Rossi", "Fernández",
    ]
    static let places = [
        "Kyiv", "Kraków", "Zürich", "Reykjavík", "Besançon", "São Paulo", "東京", "Łódź", "Malmö", "Brașov",
    ]
    static let words = [
        "agreement", "minerals", "security", "ceasefire", "talks", "reserves", "council", "treaty", "fund",
        "border", "pipeline", "sanctions", "election", "summit", "budget", "harbour", "grain", "energy",
        "reform", "inquiry", "coalition", "tariff", "reconstruction", "corridor", "negotiation", "guarantee",
    ]
    static let verbs = [
        "said", "announced", "warned", "denied", "suggested", "insisted", "claimed", "conceded", "argued", "noted",
    ]

    public func generate() -> Story {
        var random = Random(state: seed)
        let documentCount = max(1, (count + sentencesPerDocument - 1) / sentencesPerDocument)

        // Entities first: their names appear in the sentences, so mentions are found at load.
        var entities: [Entity] = []
        entities.reserveCapacity(count)
        let kinds: [Entity.Kind] = [
            .person, .person, .person, .country, .organisation, .place, .resource, .figure, .concept,
        ]
        for index in 0..<count {
            let kind = kinds[index % kinds.count]
            let name: String
            switch kind {
            case .person: name = "\(random.pick(Self.givenNames)) \(random.pick(Self.familyNames))-\(index)"
            case .place: name = "\(random.pick(Self.places)) \(index)"
            default: name = "\(random.pick(Self.words).capitalizedFirst) \(random.pick(Self.words)) \(index)"
            }
            entities.append(
                Entity(
                    id: "e\(index)", name: name, aliases: ["\(name.split(separator: " ").first!) #\(index)"],
                    kind: kind,
                    role: sentence(&random, words: 8), description: sentence(&random, words: 30)))
        }

        // One sentence per item, spread over the documents.
        var texts = [String](repeating: "", count: documentCount)
        var scalarCounts = [Int](repeating: 0, count: documentCount)
        func addSentence(_ text: String, to document: Int) -> Evidence {
            let line = text + (text.hasSuffix(".") ? "" : ".")
            if !texts[document].isEmpty {
                texts[document] += " "
                scalarCounts[document] += 1
            }
            let begin = scalarCounts[document]
            texts[document] += line
            scalarCounts[document] += line.unicodeScalars.count
            return Evidence(document: "d\(document)", start: begin, end: scalarCounts[document], excerpt: line)
        }

        var events: [Event] = []
        events.reserveCapacity(count)
        let statuses = Event.Status.allCases
        for index in 0..<count {
            // Event i involves entity i, so every entity is named somewhere in the text.
            let a = index
            let b = random.below(count)
            let title =
                "\(entities[a].name) and \(entities[b].name) \(random.pick(["meet", "sign", "talk", "clash", "agree"])) on \(random.pick(Self.words))"
            let evidence = addSentence("\(title) \(sentence(&random, words: 14))", to: index % documentCount)
            let day = Day(ordinal: 19_000 + random.below(2_000))
            let resolved: ResolvedTime? =
                random.below(5) == 0 ? nil : .day(day, inferred: random.below(2) == 0, basis: "generated")
            events.append(
                Event(
                    id: "v\(index)", title: title, summary: sentence(&random, words: 25),
                    status: statuses[index % statuses.count],
                    when: When(text: resolved == nil ? "no date given" : "on \(day.iso)", resolved: resolved),
                    participants: ["e\(a)", "e\(b)"], evidence: [evidence]))
        }

        var claims: [Claim] = []
        claims.reserveCapacity(count)
        let reaches = Claim.Reach.allCases
        for index in 0..<count {
            let speaker = random.below(count)
            let quote =
                "\(random.pick(Self.words)) \(random.pick(Self.words)) is \(random.pick(["vital", "a mistake", "close", "impossible", "overdue"]))"
            let text =
                "\(entities[speaker].name) \(random.pick(Self.verbs)) that the \(quote), \(sentence(&random, words: 10))"
            let evidence = addSentence(text, to: index % documentCount)
            claims.append(
                Claim(
                    id: "c\(index)", speaker: "e\(speaker)", quote: random.below(2) == 0 ? quote : nil,
                    paraphrase: sentence(&random, words: 20), reach: reaches[index % reaches.count],
                    event: random.below(3) == 0 ? "v\(random.below(count))" : nil, about: ["e\(random.below(count))"],
                    evidence: [evidence]))
        }

        // Topics: two or three sides of a few claims each; relations between random entities.
        var topics: [Topic] = []
        let topicCount = max(1, count / 100)
        for index in 0..<topicCount {
            let sides = (0..<(2 + index % 2)).map { side in
                Topic.Side(
                    label: "Side \(side + 1): \(random.pick(Self.words))",
                    claims: (0..<3).map { offset in "c\((index * 9 + side * 3 + offset) % count)" })
            }
            var seen = Set<String>()
            let unique = sides.map { side in
                Topic.Side(label: side.label, claims: side.claims.filter { seen.insert($0).inserted })
            }
            guard unique.allSatisfy({ !$0.claims.isEmpty }) else { continue }
            topics.append(
                Topic(
                    id: "t\(index)", question: "Will the \(random.pick(Self.words)) \(random.pick(Self.words)) hold?",
                    sides: unique))
        }
        var relations: [Relation] = []
        for index in 0..<(count / 2) {
            let a = random.below(count)
            let b = random.below(count)
            let evidence = events[index % events.count].evidence[0]
            relations.append(
                Relation(
                    id: "r\(index)", subject: "e\(a)",
                    predicate: Relation.Predicate.allCases[index % Relation.Predicate.allCases.count],
                    object: "e\(b)", evidence: [evidence]))
        }

        let documents = (0..<documentCount).map { index in
            SourceDocument(
                id: "d\(index)", title: "Generated report \(index)", kind: "generated", text: DocumentText(texts[index])
            )
        }
        return Story(
            id: "generated-\(count)-\(seed)", title: "A generated story of \(count) items",
            summary: "Generated for benchmarks.",
            documents: documents, entities: entities, relations: relations, events: events, claims: claims,
            topics: topics)
    }

    private func sentence(_ random: inout Random, words: Int) -> String {
        var parts: [String] = []
        parts.reserveCapacity(words)
        for position in 0..<words {
            let word = random.below(12) == 0 ? random.pick(Self.familyNames) : random.pick(Self.words)
            parts.append(position == 0 ? word.capitalizedFirst : word)
        }
        return parts.joined(separator: " ")
    }
}

/// A small deterministic generator (SplitMix64): the same seed gives the same sequence on
/// every machine, so generated stories and random tests can be replayed.
public struct SeededRandom: Sendable {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
