import Foundation
import StoryDrafting
import StoryModel

/// Scores a draft against hand truth: named entities found (recall) and right (precision, of
/// the right kind, a duplicate counting against it), quotations held whole by one claim of the
/// right speaker, time expressions resolved right, and the pairs of speakers an article sets
/// against each other proposed as a contrast. Used by the drafting benchmark
/// (`storyscope-bench draft-quality`) and by the tests that hold its targets.
public enum DraftQuality {
    public struct Truth: Decodable, Sendable {
        public struct Name: Decodable, Sendable {
            public var name: String
            public var also: [String]?
            /// person, country, place, organisation or bloc; nil in the older fixtures, where any
            /// kind is right.
            public var kind: String?
            var names: Set<String> { Set([name] + (also ?? [])) }
        }

        public struct Quote: Decodable, Sendable {
            public var quote: String
            /// Nil for the article's own voice (no one named says it).
            public var speaker: String?
        }

        public struct DateTruth: Decodable, Sendable {
            public var text: String
            public var occurrence: Int?
            public var precision: String
            public var start: String?
            public var end: String?
        }

        public struct Contrast: Decodable, Sendable {
            public var a: String
            public var b: String
        }

        public var article: String
        public var published: String?
        /// "tune" or "held-out", for real articles.
        public var split: String?
        public var url: String?
        public var outlet: String?
        public var entities: [Name]
        /// Names that are neither required nor wrong (a byline, a photo credit).
        public var ignore: [String]?
        public var quotes: [Quote]
        public var dates: [DateTruth]
        public var contrasts: [Contrast]?
    }

    /// Only the named entities a draft makes and a tagger finds: people, countries, places,
    /// organisations and blocs (not figures, resources, concepts, the article's own voice).
    public struct NamedEntity: Sendable {
        public var names: Set<String>
        public var kind: String

        public init(names: Set<String>, kind: String) {
            self.names = names
            self.kind = kind
        }
    }

    public struct Score: Sendable {
        public var entitiesFound = 0
        public var entitiesTrue = 0
        public var entitiesRight = 0
        public var entitiesDrafted = 0
        public var quotesRight = 0
        public var quotesTrue = 0
        public var datesRight = 0
        public var datesTrue = 0
        public var contrastsFound = 0
        public var contrastsTrue = 0
        /// What went wrong, one line each, for a reader of the benchmark.
        public var misses: [String] = []

        public init() {}

        public var recall: Double { entitiesTrue == 0 ? 1 : Double(entitiesFound) / Double(entitiesTrue) }
        public var precision: Double { entitiesDrafted == 0 ? 1 : Double(entitiesRight) / Double(entitiesDrafted) }
        public var quoteScore: Double { quotesTrue == 0 ? 1 : Double(quotesRight) / Double(quotesTrue) }
        public var dateScore: Double { datesTrue == 0 ? 1 : Double(datesRight) / Double(datesTrue) }
        public var contrastScore: Double {
            contrastsTrue == 0 ? 1 : Double(contrastsFound) / Double(contrastsTrue)
        }

        /// Counts added up: figures pooled over several articles.
        public static func + (lhs: Score, rhs: Score) -> Score {
            var sum = Score()
            sum.entitiesFound = lhs.entitiesFound + rhs.entitiesFound
            sum.entitiesTrue = lhs.entitiesTrue + rhs.entitiesTrue
            sum.entitiesRight = lhs.entitiesRight + rhs.entitiesRight
            sum.entitiesDrafted = lhs.entitiesDrafted + rhs.entitiesDrafted
            sum.quotesRight = lhs.quotesRight + rhs.quotesRight
            sum.quotesTrue = lhs.quotesTrue + rhs.quotesTrue
            sum.datesRight = lhs.datesRight + rhs.datesRight
            sum.datesTrue = lhs.datesTrue + rhs.datesTrue
            sum.contrastsFound = lhs.contrastsFound + rhs.contrastsFound
            sum.contrastsTrue = lhs.contrastsTrue + rhs.contrastsTrue
            sum.misses = lhs.misses + rhs.misses
            return sum
        }
    }

    public static func loadTruth(_ url: URL) throws -> Truth {
        try JSONDecoder().decode(Truth.self, from: Data(contentsOf: url))
    }

    static let namedKinds: Set<Entity.Kind> = [.person, .country, .place, .organisation, .bloc]

    /// The named entities of a draft, as the scorer compares them.
    public static func namedEntities(of story: Story) -> [NamedEntity] {
        story.entities.filter { namedKinds.contains($0.kind) }.map {
            NamedEntity(names: Set($0.names), kind: $0.kind.rawValue)
        }
    }

    /// Kinds a reader would not call wrong for each other.
    static func kindGroup(_ kind: String) -> String {
        switch kind {
        case "country", "place": "place"
        case "organisation", "bloc": "organisation"
        default: kind
        }
    }

    public static func score(_ story: Story, against truth: Truth) -> Score {
        var score = scoreEntities(namedEntities(of: story), against: truth)
        scoreQuotes(story, against: truth, into: &score)
        scoreDates(story, against: truth, into: &score)
        scoreContrasts(story, against: truth, into: &score)
        return score
    }

    /// Recall: a true entity is found when some drafted entity shares one of its names.
    /// Precision: a drafted entity is right when it shares a name with a true entity that no
    /// earlier drafted entity took, and is of its kind (country and place, organisation and
    /// bloc, count as one): a duplicate counts against it. Ignored names count neither way.
    public static func scoreEntities(_ drafted: [NamedEntity], against truth: Truth) -> Score {
        var score = Score()
        let ignored = Set(truth.ignore ?? [])
        let counted = drafted.filter { $0.names.isDisjoint(with: ignored) }
        score.entitiesTrue = truth.entities.count
        score.entitiesDrafted = counted.count
        for expected in truth.entities {
            if counted.contains(where: { !expected.names.isDisjoint(with: $0.names) }) {
                score.entitiesFound += 1
            } else {
                score.misses.append("entity not found: \(expected.name)")
            }
        }
        var taken: Set<Int> = []
        for entity in counted {
            let name = entity.names.sorted { $0.count > $1.count }.first ?? "?"
            guard
                let match = truth.entities.indices.first(where: {
                    !truth.entities[$0].names.isDisjoint(with: entity.names)
                })
            else {
                score.misses.append("entity not in the truth: \(name) (\(entity.kind))")
                continue
            }
            if taken.contains(match) {
                score.misses.append("entity drafted twice: \(name) (\(truth.entities[match].name))")
            } else if let kind = truth.entities[match].kind, kindGroup(kind) != kindGroup(entity.kind) {
                taken.insert(match)
                score.misses.append("entity of the wrong kind: \(name) is a \(entity.kind), expected a \(kind)")
            } else {
                taken.insert(match)
                score.entitiesRight += 1
            }
        }
        return score
    }

    /// A quotation is right when one claim of the right speaker holds all of it and not much
    /// more (at most a fifth more, and ten characters), quotation marks and spacing aside.
    static func scoreQuotes(_ story: Story, against truth: Truth, into score: inout Score) {
        score.quotesTrue = truth.quotes.count
        let entityByID = Dictionary(story.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let claims = story.claims.compactMap { claim in claim.quote.map { (claim, normalised($0)) } }
        for expected in truth.quotes {
            let wanted = normalised(expected.quote)
            let holding = claims.filter { $0.1.contains(wanted) }
            guard !holding.isEmpty else {
                score.misses.append("quotation not found whole: \(expected.quote.prefix(40))…")
                continue
            }
            let close = holding.filter { $0.1.count <= wanted.count + max(10, wanted.count / 5) }
            guard !close.isEmpty else {
                score.misses.append("quotation merged with more: \(expected.quote.prefix(40))…")
                continue
            }
            func speakerIsRight(_ claim: Claim) -> Bool {
                let speaker = entityByID[claim.speaker]
                return if let name = expected.speaker {
                    speaker.map { !Set($0.names).isDisjoint(with: names(of: name, in: truth)) } ?? false
                } else {
                    speaker == nil || !namedKinds.contains(speaker!.kind)
                }
            }
            if close.contains(where: { speakerIsRight($0.0) }) {
                score.quotesRight += 1
            } else {
                let given = entityByID[close[0].0.speaker]?.name ?? "the article"
                score.misses.append(
                    "quotation \(expected.quote.prefix(30))…: speaker \(given), expected \(expected.speaker ?? "the article")"
                )
            }
        }
    }

    /// Every name of a true entity, from any one of them.
    static func names(of name: String, in truth: Truth) -> Set<String> {
        truth.entities.first { $0.names.contains(name) }?.names ?? [name]
    }

    /// Quotation marks dropped, runs of spaces and line breaks made one space, the closing
    /// comma or stop of American style dropped.
    static func normalised(_ text: String) -> String {
        let marks: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "«", "»"]
        var out = ""
        var space = false
        for character in text {
            if marks.contains(character) { continue }
            if character.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" ") }
            space = false
            out.append(character)
        }
        while let last = out.last, ".,;:!? ".contains(last) { out.removeLast() }
        return out
    }

    static func scoreDates(_ story: Story, against truth: Truth, into score: inout Score) {
        score.datesTrue = truth.dates.count
        // The times of events (each place that gives one: an event named twice on one day has
        // its time in both), and those that say when quoted words were said.
        let times = (story.events.map(\.when) + story.claims.compactMap(\.said)).flatMap { when in
            when.evidence.isEmpty
                ? [(text: when.text, start: 0, resolved: when.resolved)]
                : when.evidence.map { (text: $0.excerpt, start: $0.start, resolved: when.resolved) }
        }.sorted { $0.start < $1.start }
        for expected in truth.dates {
            let candidates = times.filter { $0.text.contains(expected.text) }
            let occurrence = (expected.occurrence ?? 1) - 1
            guard candidates.indices.contains(occurrence) else {
                score.misses.append("time expression not found: \(expected.text)")
                continue
            }
            let resolved = candidates[occurrence].resolved
            let right: Bool
            switch expected.precision {
            case "unresolved": right = resolved == nil
            case "day": right = resolved?.precision == .day && resolved?.start?.iso == expected.start
            case "before": right = resolved?.precision == .before && resolved?.end?.iso == expected.end
            case "after": right = resolved?.precision == .after && resolved?.start?.iso == expected.start
            default:
                right =
                    resolved?.precision.rawValue == expected.precision && resolved?.start?.iso == expected.start
                    && resolved?.end?.iso == expected.end
            }
            if right {
                score.datesRight += 1
            } else {
                score.misses.append(
                    "\(expected.text): resolved \(resolved.map { "\($0.precision.rawValue) \($0.start?.iso ?? "") \($0.end?.iso ?? "")" } ?? "not at all"), expected \(expected.precision) \(expected.start ?? "") \(expected.end ?? "")"
                )
            }
        }
    }

    /// A pair is proposed when one topic has a claim of each speaker on different sides.
    static func scoreContrasts(_ story: Story, against truth: Truth, into score: inout Score) {
        let pairs = truth.contrasts ?? []
        score.contrastsTrue = pairs.count
        let entityByID = Dictionary(story.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let claimByID = Dictionary(story.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func speakers(of side: Topic.Side) -> Set<String> {
            Set(side.claims.compactMap { claimByID[$0].flatMap { entityByID[$0.speaker] }?.names }.joined())
        }
        for pair in pairs {
            let a = names(of: pair.a, in: truth)
            let b = names(of: pair.b, in: truth)
            let found = story.topics.contains { topic in
                let sides = topic.sides.map(speakers(of:))
                return sides.indices.contains { i in
                    sides.indices.contains { j in
                        i != j && !sides[i].isDisjoint(with: a) && !sides[j].isDisjoint(with: b)
                    }
                }
            }
            if found {
                score.contrastsFound += 1
            } else {
                score.misses.append("contrast not proposed: \(pair.a) / \(pair.b)")
            }
        }
    }

    /// Drafts the article a truth file names (paths relative to `root`) with its date.
    public static func draft(_ truth: Truth, root: URL) throws -> Story {
        let url = root.appendingPathComponent(truth.article)
        let text = try String(contentsOf: url, encoding: .utf8)
        let article = Drafter.Article(
            name: url.lastPathComponent, text: text, published: truth.published.flatMap(Day.init(iso:)))
        return try Drafter.load(try Drafter.draft([article]))
    }
}
