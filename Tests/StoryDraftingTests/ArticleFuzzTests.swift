import Foundation
import StoryModel
import Testing

@testable import StoryDrafting

/// A fuzz target for the drafter, run here for a bounded number of articles from fixed seeds.
/// Longer by hand: `FUZZ_INPUTS=20000 swift test --filter ArticleFuzzTests`.
///
/// Articles come from a grammar of real-looking news sentences (reported speech in every
/// quoting style, names with titles and appositions, dates of every shape and counts of every
/// size, headlines, datelines), then are roughened: odd whitespace and line ends, other scripts,
/// control and bidirectional characters, unbalanced marks, cuts. For every article drafting must
/// end without trapping; what `draft` writes must be a story validate accepts, loading to the
/// story the browser is given; and drafting twice must give the same bytes.
@Suite struct ArticleFuzzTests {
    static let inputs = ProcessInfo.processInfo.environment["FUZZ_INPUTS"].flatMap(Int.init) ?? 600

    @Test(arguments: [UInt64(11), 22, 33])
    func everyDraftValidatesAndIsTheSameTwice(seed: UInt64) throws {
        var random = Generator(seed: seed)
        var drafted = 0
        for round in 0..<Self.inputs {
            let text = random.article()
            let published = random.pick([Day(iso: "2025-02-26"), nil, Day(iso: "9999-12-30"), Day(iso: "0001-01-02")])
            let article = Drafter.Article(name: random.pick(Generator.fileNames), text: text, published: published)
            let draft: Drafter.Draft
            do {
                draft = try Drafter.draft([article])
            } catch {
                // Only an empty article is refused; it says so in one line.
                let message = error.message
                let empty = text.allSatisfy { $0.isWhitespace }
                #expect(empty, "round \(round): \(message)")
                #expect(!message.contains("\n"))
                continue
            }
            drafted += 1
            let file = Drafter.storyFile(draft)
            do {
                let loaded = try load(file)
                #expect(loaded == Drafter.story(draft), "round \(round): the browser's story is the file's")
            } catch {
                Issue.record(
                    "round \(round) (seed \(seed)): validate refuses the draft: \(error)\n\(text.debugDescription)")
                return
            }
            let again = try Drafter.draft([article])
            #expect(Drafter.storyFile(again) == file, "round \(round): a second draft differs")
        }
        #expect(drafted > Self.inputs * 9 / 10)
    }

    /// Several articles at once: their ids, merged entities, joined events and replies still
    /// validate, with nothing mended, and the same bytes twice.
    @Test func severalArticlesTogetherValidate() throws {
        var random = Generator(seed: 44)
        for round in 0..<max(20, Self.inputs / 20) {
            let articles = (0..<Int(random.next() % 4 + 2)).map { index in
                Drafter.Article(
                    name: random.pick(Generator.fileNames), text: random.article() + " Text \(index).",
                    published: random.pick([
                        Day(iso: "2025-02-26"), Day(iso: "2025-03-04"), Day(iso: "2024-12-31"), nil,
                    ]))
            }
            let draft = try Drafter.draft(articles)
            #expect(throws: Never.self, "round \(round)") { try load(Drafter.storyFile(draft)) }
            // Events joined across articles, their reports, links and days are written as the
            // loader takes them: nothing needed mending.
            #expect(!draft.warnings.contains { $0.contains("mended or left out") }, "round \(round): \(draft.warnings)")
            // The same bytes every run: joins, reports and links never hang on a dictionary's order.
            #expect(Drafter.storyFile(try Drafter.draft(articles)) == Drafter.storyFile(draft), "round \(round)")
        }
    }
}

/// Generates articles from a small grammar of news sentences, then roughens them.
struct Generator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }

    static let happenings = ["signing", "vote", "match", "meeting", "tie", "takeover", "row", "inspection", "deal"]
    static let outcomes = [
        "called off", "postponed until Sunday", "rearranged for 3 March", "cancelled", "held", "delayed", "blocked",
        "moved to", "signed", "finally passed",
    ]

    static let fileNames = [
        "a.txt", "claim-1.txt", "event-2.txt", "Report (final).txt", "\u{1B}[31mred.txt", "über.txt", "..txt", "x",
        "contrast-1", "a.txt",
    ]
    static let givenNames = [
        "Ann", "Bo", "Chiara", "Dmitri", "Émile", "Fatima", "Grace", "Hiroshi", "Ngozi", "Sir Keir",
    ]
    static let surnames = ["Lee", "Park", "Okafor", "Brennan-Vale", "O'Neill", "van der Berg", "Zhang", "Ruiz Jr."]
    static let titles = ["President", "Prime Minister", "Dr", "Mr.", "Councillor", "Judge", "Chief Executive", "MP"]
    static let bodies = [
        "Harbour Council", "the Department of Health and Human Services", "Kestrel Athletic", "Lowmoor Rail Ltd",
        "the Court of Appeal", "NATO", "the European Union", "Acme Corp. (ACME)",
    ]
    static let places = ["Washington", "Kyiv", "West Lowmoor", "Lubbock County", "the Oval Office", "Guyana", "Kent"]
    static let verbs = [
        "said", "says", "told reporters", "added", "warned", "hit back", "wrongly claimed", "replied", "wrote", "asked",
    ]
    static let dates = [
        "on Friday", "last Monday", "next Tuesday", "on Friday, February 27, 2025", "February 28", "28 February 2026",
        "2025-03-03", "this week", "last month", "in July", "in 2024", "yesterday", "tomorrow", "recently",
        "three days ago", "a week ago", "2000000000000000000 weeks ago", "9223372036854775807 days ago",
        "1000000 days ago", "late February", "since 2015", "the first half of 2024", "on Sunday, March 2",
        "February 30", "0 days ago", "99 weeks ago", "this morning",
    ]
    static let quoteMarks: [(String, String)] = [
        ("\"", "\""), ("\u{201C}", "\u{201D}"), ("\u{2018}", "\u{2019}"), ("'", "'"), ("«", "»"), ("„", "“"),
        ("\u{300C}", "\u{300D}"), ("\u{201C}", ""), ("", "\u{201D}"), ("\"", ""),
    ]
    static let words = [
        "the", "deal", "was", "done", "we", "are", "ready", "no", "one", "will", "sign", "port", "vote", "match",
        "postponed", "cancelled", "signing", "framework", "agreement", "very", "big", "Budget", "National",
        "Insurance", "Most", "Valuable", "Player", "However", "In", "response", "but", "while",
    ]
    static let oddities = [
        "\t", "\u{00A0}", "\r\n", "\r", "\u{2028}", "\u{1B}]0;pwned\u{07}", "\u{202E}", "\u{0007}", "\u{3002}",
        "\u{5B89}\u{5A1C}", "مرحبا", "🇺🇦", "👨\u{200D}👩", "e\u{301}", "\u{FEFF}", "  ", "\n\n", "...", "\u{2026}",
        "\u{200B}",
    ]

    mutating func name() -> String {
        let person = "\(pick(Self.givenNames)) \(pick(Self.surnames))"
        return chance(30) ? "\(pick(Self.titles)) \(person)" : person
    }

    mutating func phrase(_ count: Int) -> String {
        (0..<count).map { _ in pick(Self.words) }.joined(separator: " ")
    }

    mutating func quotation() -> String {
        let (open, close) = pick(Self.quoteMarks)
        return open + phrase(Int(next() % 8) + 1) + (chance(50) ? "," : "") + close
    }

    mutating func sentence() -> String {
        switch next() % 15 {
        case 0: return "\(name()) \(pick(Self.verbs)) \(quotation()) \(pick(Self.dates))."
        case 1: return "\(quotation()) \(pick(Self.verbs)) \(name())."
        case 2: return "\(name()), the \(pick(Self.titles).lowercased()) of \(pick(Self.bodies)), said: \(quotation())"
        case 3: return "\(quotation()) she said. \(quotation())"
        case 4: return "In response, \(name()) said \(quotation()) while \(name()) said \(quotation())."
        case 5: return "\(pick(Self.bodies)) met in \(pick(Self.places)) \(pick(Self.dates)), \(phrase(4))."
        case 6: return "\(phrase(5).capitalized) To Meet In \(pick(Self.places))"
        case 7: return "\(pick(Self.places).uppercased()), \(pick(Self.dates)) (Wire) -- \(phrase(6))."
        case 8: return "Date: \(pick(["2025-02-26", "9999-12-31", "0001-01-01", "2025-02-30", "soon"]))"
        case 9: return String(repeating: "\(quotation())said,", count: Int(next() % 12) + 1)
        case 10: return (0..<Int(next() % 40) + 1).map { _ in pick(Self.surnames).capitalized }.joined(separator: " ")
        // A story that develops: outcomes, links and replies (issue 18).
        case 11:
            return
                "The \(pick(Self.happenings)) between \(name()) and \(pick(Self.bodies)) was \(pick(Self.outcomes)) \(pick(Self.dates))."
        case 12:
            return
                "\(pick(["As a result of", "After", "Following", "Because of", "Instead of"])) the \(pick(Self.happenings)), the \(pick(Self.happenings)) was \(pick(Self.outcomes))."
        case 13: return "\(name()) hit back at \(name()) \(pick(Self.dates)). \(quotation()) he said."
        default: return "\(phrase(6)) \(pick(Self.dates)), according to \(name()): \(quotation())"
        }
    }

    mutating func article() -> String {
        var text = ""
        for _ in 0..<Int(next() % 20) + 1 {
            text += sentence()
            text += chance(20) ? pick(Self.oddities) : pick([" ", "\n", "\n\n", " "])
        }
        // Roughen: oddities dropped in anywhere, a cut at any character.
        var characters = Array(text)
        for _ in 0..<Int(next() % 4) where !characters.isEmpty {
            characters.insert(contentsOf: pick(Self.oddities), at: Int(next() % UInt64(characters.count)))
        }
        if chance(20), !characters.isEmpty {
            characters = Array(characters.prefix(Int(next() % UInt64(characters.count))))
        }
        return String(characters)
    }
}
