import Foundation
import StoryDrafting
import StoryModel

/// Scores a draft against hand truth: named entities found (recall) and right (precision),
/// quotations with the right speaker, time expressions resolved right. Used by the drafting
/// benchmark (`storyscope-bench draft-quality`) and by the tests that hold its targets.
public enum DraftQuality {
    public struct Truth: Decodable, Sendable {
        public struct Name: Decodable, Sendable {
            public var name: String
            public var also: [String]?
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

        public var article: String
        public var published: String?
        public var entities: [Name]
        public var quotes: [Quote]
        public var dates: [DateTruth]
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
        /// What went wrong, one line each, for a reader of the benchmark.
        public var misses: [String] = []

        public var recall: Double { entitiesTrue == 0 ? 1 : Double(entitiesFound) / Double(entitiesTrue) }
        public var precision: Double { entitiesDrafted == 0 ? 1 : Double(entitiesRight) / Double(entitiesDrafted) }
        public var quoteScore: Double { quotesTrue == 0 ? 1 : Double(quotesRight) / Double(quotesTrue) }
        public var dateScore: Double { datesTrue == 0 ? 1 : Double(datesRight) / Double(datesTrue) }
    }

    public static func loadTruth(_ url: URL) throws -> Truth {
        try JSONDecoder().decode(Truth.self, from: Data(contentsOf: url))
    }

    public static func score(_ story: Story, against truth: Truth) -> Score {
        var score = Score()
        // Entities.
        score.entitiesTrue = truth.entities.count
        score.entitiesDrafted = story.entities.count
        for expected in truth.entities {
            if story.entities.contains(where: { !expected.names.isDisjoint(with: $0.names) }) {
                score.entitiesFound += 1
            } else {
                score.misses.append("entity not found: \(expected.name)")
            }
        }
        for entity in story.entities {
            if truth.entities.contains(where: { !$0.names.isDisjoint(with: entity.names) }) {
                score.entitiesRight += 1
            } else {
                score.misses.append("entity not in the truth: \(entity.name) (\(entity.kind.rawValue))")
            }
        }
        // Quotations.
        score.quotesTrue = truth.quotes.count
        let entityByID = Dictionary(story.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for expected in truth.quotes {
            let wanted = trimmed(expected.quote)
            guard
                let claim = story.claims.first(where: { claim in
                    guard let quote = claim.quote.map(trimmed) else { return false }
                    return quote.hasPrefix(wanted) || wanted.hasPrefix(quote)
                })
            else {
                score.misses.append("quotation not found: \(expected.quote)")
                continue
            }
            let speaker = entityByID[claim.speaker]
            let right =
                if let name = expected.speaker {
                    speaker.map { $0.names.contains(name) } ?? false
                } else {
                    speaker == nil
                }
            if right {
                score.quotesRight += 1
            } else {
                score.misses.append(
                    "quotation \(expected.quote.prefix(30))…: speaker \(speaker?.name ?? "the article"), expected \(expected.speaker ?? "the article")"
                )
            }
        }
        // Time expressions.
        score.datesTrue = truth.dates.count
        let events = story.events.sorted { ($0.when.evidence.first?.start ?? 0) < ($1.when.evidence.first?.start ?? 0) }
        for expected in truth.dates {
            let candidates = events.filter { $0.when.text.contains(expected.text) }
            let occurrence = (expected.occurrence ?? 1) - 1
            guard candidates.indices.contains(occurrence) else {
                score.misses.append("time expression not found: \(expected.text)")
                continue
            }
            let resolved = candidates[occurrence].when.resolved
            let right: Bool
            switch expected.precision {
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
        return score
    }

    private static func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, ".,;:!? ".contains(last) { text = text.dropLast() }
        return String(text)
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
