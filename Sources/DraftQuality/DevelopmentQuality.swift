import Foundation
import StoryDrafting
import StoryModel

/// Scores the draft of several articles about one developing story against hand truth
/// (docs/drafting/sets-truth-guide.md): whether the reports of one happening by several
/// articles land on one drafted event, the reports themselves (an article's status for an
/// event), the links between events, the replies between quotations, and the days on which
/// quoted words were said.
///
/// Places are compared by sentence: a drafted event stands for the true event whose cited
/// sentences it shares most. A report counts when the drafted event that stands for a true one
/// has a report of that article with that status, in whichever sentence.
public enum DevelopmentQuality {
    public struct Truth: Decodable, Sendable {
        public struct Article: Decodable, Sendable {
            public var file: String
            public var url: String?
            public var outlet: String?
            public var published: String?
        }

        public struct Report: Decodable, Sendable {
            public var article: Int
            public var status: String
            public var evidence: String
            /// The day this article gives the event, where it is not the event's own.
            public var when: String?
        }

        public struct Event: Decodable, Sendable {
            public var id: String
            public var title: String
            public var when: String?
            public var reports: [Report]
        }

        public struct Link: Decodable, Sendable {
            public var from: String
            public var to: String
            public var kind: String
            public var article: Int
            public var evidence: String
        }

        public struct Quoted: Decodable, Sendable {
            public var article: Int
            public var quote: String
            public var speaker: String?
        }

        public struct Reply: Decodable, Sendable {
            public var article: Int
            public var quote: String
            public var speaker: String?
            public var respondsTo: Quoted
        }

        public struct SaidOn: Decodable, Sendable {
            public var article: Int
            public var quote: String
            public var speaker: String?
            public var said: String
            public var evidence: String?
        }

        public var articles: [Article]
        public var events: [Event]
        public var links: [Link]?
        public var replies: [Reply]?
        public var claimsSaidOn: [SaidOn]?
    }

    /// Found and true, right and drafted: one measure's counts.
    public struct Counts: Sendable {
        public var found = 0
        public var truth = 0
        public var right = 0
        public var drafted = 0

        public init() {}

        public var recall: Double { truth == 0 ? 1 : Double(found) / Double(truth) }
        public var precision: Double { drafted == 0 ? 1 : Double(right) / Double(drafted) }

        public static func + (lhs: Counts, rhs: Counts) -> Counts {
            var sum = Counts()
            sum.found = lhs.found + rhs.found
            sum.truth = lhs.truth + rhs.truth
            sum.right = lhs.right + rhs.right
            sum.drafted = lhs.drafted + rhs.drafted
            return sum
        }
    }

    public struct Score: Sendable {
        /// Pairs of reports of one happening by two articles held by one drafted event.
        public var matching = Counts()
        /// Reports of happenings that several articles report.
        public var reportsAcross = Counts()
        /// Every report, of one article or several.
        public var reports = Counts()
        public var links = Counts()
        public var replies = Counts()
        public var saidOn = Counts()
        public var misses: [String] = []

        public init() {}

        /// Every measure, in the order the benchmark's table gives them.
        public static let measures: [WritableKeyPath<Score, Counts> & Sendable] = [
            \.matching, \.reportsAcross, \.reports, \.links, \.replies, \.saidOn,
        ]

        public static func + (lhs: Score, rhs: Score) -> Score {
            var sum = lhs
            for measure in measures { sum[keyPath: measure] = lhs[keyPath: measure] + rhs[keyPath: measure] }
            sum.misses += rhs.misses
            return sum
        }
    }

    public static func loadTruth(_ url: URL) throws -> Truth {
        try JSONDecoder().decode(Truth.self, from: Data(contentsOf: url))
    }

    /// The articles of a set as the drafter takes them, in the truth's order; nil for one whose
    /// file is not stored (a real article the corpus no longer holds).
    public static func articles(_ truth: Truth, root: URL) -> [Drafter.Article?] {
        truth.articles.map { article in
            let url = root.appendingPathComponent(article.file)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
            return Drafter.Article(
                name: url.lastPathComponent == "article.txt"
                    || Int(url.deletingPathExtension().lastPathComponent) != nil
                    ? "\(url.deletingLastPathComponent().lastPathComponent)-\(url.lastPathComponent)"
                    : url.lastPathComponent,
                text: text, published: article.published.flatMap(Day.init(iso:)))
        }
    }

    /// One article's text as the draft's evidence counts it: scalars, and its sentences.
    struct Text {
        let scalars: [Unicode.Scalar]
        let sentences: [Range<Int>]

        init(_ text: String) {
            scalars = Array(text.unicodeScalars)
            sentences = SentenceSplitter.sentences(in: scalars)
        }

        /// The sentence holding `offset` (the last that starts at or before it).
        func sentence(at offset: Int) -> Int {
            let after = sentences.partitionPoint { $0.lowerBound > offset }
            return max(0, after - 1)
        }

        /// Where `words` first stand in the text, as a sentence.
        func sentence(of words: String) -> Int? {
            let needle = Array(words.unicodeScalars)
            guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
            var start = 0
            while start + needle.count <= scalars.count {
                if scalars[start] == needle[0], Array(scalars[start..<start + needle.count]) == needle {
                    return sentence(at: start)
                }
                start += 1
            }
            return nil
        }
    }

    struct Place: Hashable {
        var article: Int
        var sentence: Int
    }

    /// `articleOfDocument`: the truth's article number (from 1) of each drafted document id.
    public static func score(_ story: Story, against truth: Truth, articleOfDocument: [String: Int]) -> Score {
        var score = Score()
        var texts: [Int: Text] = [:]
        for document in story.documents {
            if let article = articleOfDocument[document.id] { texts[article] = Text(document.text.string) }
        }
        let stored = Set(texts.keys)
        func place(_ evidence: Evidence) -> Place? {
            guard let article = articleOfDocument[evidence.document], let text = texts[article] else { return nil }
            return Place(article: article, sentence: text.sentence(at: evidence.start))
        }
        func place(article: Int, words: String) -> Place? {
            texts[article]?.sentence(of: words).map { Place(article: article, sentence: $0) }
        }

        // The truth, as places; items of articles not stored are left out.
        struct TrueReport {
            var event: Int
            var article: Int
            var status: String
            var place: Place?
        }
        var trueReports: [TrueReport] = []
        for (index, event) in truth.events.enumerated() {
            for report in event.reports where stored.contains(report.article) {
                trueReports.append(
                    TrueReport(
                        event: index, article: report.article, status: report.status,
                        place: place(article: report.article, words: report.evidence)))
                if trueReports.last!.place == nil {
                    score.misses.append("truth: evidence not found in article \(report.article): \(report.evidence)")
                }
            }
        }
        let articlesOfEvent = Dictionary(grouping: trueReports, by: \.event).mapValues { Set($0.map(\.article)) }
        let eventIndex = Dictionary(truth.events.enumerated().map { ($0.element.id, $0.offset) }) { a, _ in a }

        // Drafted reports: an event's own, or the one its status and evidence make.
        struct DraftedReport {
            var article: Int
            var status: String
            var place: Place
        }
        var draftedReports: [[DraftedReport]] = []
        var draftedPlaces: [Set<Place>] = []
        for event in story.events {
            var reports: [DraftedReport] = []
            for report in event.reports {
                if let first = report.evidence.first, let spot = place(first) {
                    reports.append(
                        DraftedReport(article: spot.article, status: report.status.rawValue, place: spot))
                }
            }
            if event.reports.isEmpty, let first = event.evidence.first, let spot = place(first) {
                reports.append(DraftedReport(article: spot.article, status: event.status.rawValue, place: spot))
            }
            draftedReports.append(reports)
            var places = Set(reports.map(\.place))
            for evidence in event.evidence + event.when.evidence { if let p = place(evidence) { places.insert(p) } }
            draftedPlaces.append(places)
        }

        // Each drafted event stands for the true event whose reports share most of its places.
        var truePlaces: [Int: Set<Place>] = [:]
        for report in trueReports { if let p = report.place { truePlaces[report.event, default: []].insert(p) } }
        let mapped: [Int?] = draftedPlaces.map { places in
            var best: (event: Int, shared: Int)?
            for (event, own) in truePlaces.sorted(by: { $0.key < $1.key }) {
                let shared = own.intersection(places).count
                if shared > 0, shared > (best?.shared ?? 0) { best = (event, shared) }
            }
            return best?.event
        }
        // The main drafted event of a true event: the one holding most of its reports right.
        func rightReports(_ drafted: Int, _ event: Int) -> Int {
            draftedReports[drafted].count { report in
                trueReports.contains { $0.event == event && $0.article == report.article && $0.status == report.status }
            }
        }
        var main: [Int: Int] = [:]
        for (drafted, event) in mapped.enumerated() {
            guard let event else { continue }
            if let current = main[event], rightReports(current, event) >= rightReports(drafted, event) { continue }
            main[event] = drafted
        }

        // Matching: pairs of true reports (of different articles) on one drafted event.
        for event in truth.events.indices {
            let reports = trueReports.filter { $0.event == event }
            for i in reports.indices {
                for j in reports.indices where j > i && reports[j].article != reports[i].article {
                    score.matching.truth += 1
                    let together = draftedPlaces.indices.contains { drafted in
                        [reports[i], reports[j]].allSatisfy { report in
                            report.place.map { draftedPlaces[drafted].contains($0) } ?? false
                                || draftedReports[drafted].contains {
                                    $0.article == report.article && mapped[drafted] == event
                                }
                        }
                    }
                    if together {
                        score.matching.found += 1
                    } else {
                        score.misses.append(
                            "not one event: \(truth.events[event].id) in articles \(reports[i].article) and \(reports[j].article)"
                        )
                    }
                }
            }
        }
        for (drafted, reports) in draftedReports.enumerated() {
            for i in reports.indices {
                for j in reports.indices where j > i && reports[j].article != reports[i].article {
                    score.matching.drafted += 1
                    if let event = mapped[drafted],
                        articlesOfEvent[event]?.isSuperset(of: [reports[i].article, reports[j].article]) == true
                    {
                        score.matching.right += 1
                    } else {
                        score.misses.append(
                            "wrongly one event: \(story.events[drafted].id) (\(story.events[drafted].title)) in articles \(reports[i].article) and \(reports[j].article)"
                        )
                    }
                }
            }
        }

        // Reports: found on the true event's main drafted event, of its article and status.
        for report in trueReports {
            let across = (articlesOfEvent[report.event]?.count ?? 0) > 1
            let found =
                main[report.event].map { drafted in
                    draftedReports[drafted].contains { $0.article == report.article && $0.status == report.status }
                } ?? false
            score.reports.truth += 1
            if across { score.reportsAcross.truth += 1 }
            if found {
                score.reports.found += 1
                if across { score.reportsAcross.found += 1 }
            } else if across {
                let got = main[report.event].map {
                    draftedReports[$0].filter { $0.article == report.article }.map(\.status)
                }
                score.misses.append(
                    "report missed: \(truth.events[report.event].id) \(report.status) in article \(report.article)"
                        + (got.map { $0.isEmpty ? "" : " (drafted: \($0.joined(separator: ", ")))" } ?? " (no event)"))
            }
        }
        for (drafted, reports) in draftedReports.enumerated() {
            let across = Set(reports.map(\.article)).count > 1
            for report in reports {
                let right =
                    mapped[drafted].map { event in
                        main[event] == drafted
                            && trueReports.contains {
                                $0.event == event && $0.article == report.article && $0.status == report.status
                            }
                    } ?? false
                score.reports.drafted += 1
                if right { score.reports.right += 1 }
                if !across && !right {
                    score.misses.append(
                        "report wrong (one article): \(story.events[drafted].id) (\(story.events[drafted].title)) \(report.status) in article \(report.article)"
                            + (mapped[drafted] == nil ? ", no true event" : "")
                    )
                }
                if across {
                    score.reportsAcross.drafted += 1
                    if right {
                        score.reportsAcross.right += 1
                    } else {
                        score.misses.append(
                            "report wrong: \(story.events[drafted].id) (\(story.events[drafted].title)) \(report.status) in article \(report.article)"
                        )
                    }
                }
            }
        }

        // Links: between the true events their drafted ends stand for, of the same kind.
        let trueLinks = (truth.links ?? []).filter { stored.contains($0.article) }
        let draftedIndex = Dictionary(story.events.enumerated().map { ($0.element.id, $0.offset) }) { a, _ in a }
        var draftedLinks: [(from: Int?, to: Int?, kind: String, text: String)] = []
        for (index, event) in story.events.enumerated() {
            for link in event.links {
                draftedLinks.append(
                    (
                        mapped[index], draftedIndex[link.event].flatMap { mapped[$0] }, link.kind.rawValue,
                        "\(event.id) \(link.kind.rawValue) \(link.event)"
                    ))
            }
        }
        score.links.truth = trueLinks.count
        for link in trueLinks {
            let from = eventIndex[link.from]
            let to = eventIndex[link.to]
            if from != nil, to != nil,
                draftedLinks.contains(where: { $0.from == from && $0.to == to && $0.kind == link.kind })
            {
                score.links.found += 1
            } else {
                score.misses.append("link missed: \(link.from) \(link.kind) \(link.to) (article \(link.article))")
            }
        }
        score.links.drafted = draftedLinks.count
        for link in draftedLinks {
            let right =
                link.from != nil && link.to != nil
                && trueLinks.contains {
                    eventIndex[$0.from] == link.from && eventIndex[$0.to] == link.to && $0.kind == link.kind
                }
            if right { score.links.right += 1 } else { score.misses.append("link wrong: \(link.text)") }
        }

        // Replies: a drafted claim holding the answering words, answering one holding the answered.
        let claimByID = Dictionary(story.claims.map { ($0.id, $0) }) { a, _ in a }
        func holds(_ claim: Claim, _ quoted: Truth.Quoted) -> Bool {
            guard let quote = claim.quote, let first = claim.evidence.first,
                articleOfDocument[first.document] == quoted.article
            else { return false }
            let drafted = DraftQuality.normalised(quote)
            let truth = DraftQuality.normalised(quoted.quote)
            return !drafted.isEmpty && !truth.isEmpty && (drafted.contains(truth) || truth.contains(drafted))
        }
        let trueReplies = (truth.replies ?? []).filter {
            stored.contains($0.article) && stored.contains($0.respondsTo.article)
        }
        let draftedReplies = story.claims.compactMap { claim in
            claim.respondsTo.flatMap { claimByID[$0.claim] }.map { (claim, $0) }
        }
        score.replies.truth = trueReplies.count
        score.replies.drafted = draftedReplies.count
        func matches(_ pair: (Claim, Claim), _ reply: Truth.Reply) -> Bool {
            holds(pair.0, Truth.Quoted(article: reply.article, quote: reply.quote, speaker: reply.speaker))
                && holds(pair.1, reply.respondsTo)
        }
        for reply in trueReplies {
            if draftedReplies.contains(where: { matches($0, reply) }) {
                score.replies.found += 1
            } else {
                score.misses.append(
                    "reply missed: \u{201C}\(reply.quote)\u{201D} answering \u{201C}\(reply.respondsTo.quote)\u{201D}")
            }
        }
        for pair in draftedReplies {
            if trueReplies.contains(where: { matches(pair, $0) }) {
                score.replies.right += 1
            } else {
                score.misses.append("reply wrong: \(pair.0.id) answering \(pair.1.id)")
            }
        }
        scoreSaidOn(story, truth, articleOfDocument: articleOfDocument, stored: stored, into: &score)
        return score
    }

    /// Days on which quoted words were said, where the article gives one that is not its own.
    static func scoreSaidOn(
        _ story: Story, _ truth: Truth, articleOfDocument: [String: Int], stored: Set<Int>, into score: inout Score
    ) {
        let said = (truth.claimsSaidOn ?? []).filter { stored.contains($0.article) }
        score.saidOn.truth = said.count
        for item in said {
            let found = story.claims.contains { claim in
                guard let quote = claim.quote, let first = claim.evidence.first,
                    articleOfDocument[first.document] == item.article,
                    DraftQuality.normalised(quote).contains(DraftQuality.normalised(item.quote))
                        || DraftQuality.normalised(item.quote).contains(DraftQuality.normalised(quote))
                else { return false }
                return saidDay(claim) == item.said
            }
            if found {
                score.saidOn.found += 1
            } else {
                score.misses.append("said-on missed: \u{201C}\(item.quote)\u{201D} on \(item.said)")
            }
        }
        // Precision: a drafted day is right when the truth gives that day for the quotation, or
        // gives none and the day is the article's own.
        for claim in story.claims {
            guard let day = saidDay(claim), let quote = claim.quote, let first = claim.evidence.first,
                let article = articleOfDocument[first.document]
            else { continue }
            score.saidOn.drafted += 1
            let normal = DraftQuality.normalised(quote)
            let truthDay = said.first {
                $0.article == article
                    && (normal.contains(DraftQuality.normalised($0.quote))
                        || DraftQuality.normalised($0.quote).contains(normal))
            }?.said
            if day == (truthDay ?? truth.articles[article - 1].published) {
                score.saidOn.right += 1
            } else {
                score.misses.append("said-on wrong: \(claim.id) on \(day)")
            }
        }
    }

    /// The day a drafted claim says its words were said, if it gives one.
    static func saidDay(_ claim: Claim) -> String? {
        guard let resolved = claim.said?.resolved, resolved.precision == .day else { return nil }
        return resolved.start?.iso
    }

    /// Drafts a set (its stored articles, in the truth's order) and scores it.
    public static func run(_ truth: Truth, root: URL) throws -> (score: Score, stored: Int) {
        let all = articles(truth, root: root)
        let present = all.enumerated().compactMap { index, article in article.map { (index + 1, $0) } }
        guard !present.isEmpty else { return (Score(), 0) }
        let draft = try Drafter.draft(present.map(\.1))
        let story = Drafter.story(draft)
        var articleOfDocument: [String: Int] = [:]
        for (document, article) in zip(story.documents, present) { articleOfDocument[document.id] = article.0 }
        return (score(story, against: truth, articleOfDocument: articleOfDocument), present.count)
    }
}
