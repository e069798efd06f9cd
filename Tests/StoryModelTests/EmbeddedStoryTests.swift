import Foundation
import Testing

@testable import StoryModel

/// Holds the embedded story to the article: verbatim text, verbatim quotes, exact spans,
/// every proper name covered, dates resolved only from the publication anchor.
@Suite struct EmbeddedStoryTests {
    let story: Story
    let index: StoryIndex
    let article: String
    let articleScalars: [Unicode.Scalar]

    init() throws {
        story = try StoryLoader().loadEmbedded()
        index = StoryIndex(story)
        article = try assetText("minerals-deal-article.txt")
        articleScalars = Array(article.unicodeScalars)
    }

    @Test func theShippedArticleIsTheSourceVerbatim() throws {
        // The copy in Assets/ must stay byte-identical to the article as received
        // (3,957 bytes); the fingerprint was taken from ../shared/source when it was copied.
        let bytes = Array(article.utf8)
        #expect(bytes.count == 3957)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        #expect(hash == 0x45ce_26b6_38b7_cc9f, "FNV-1a of the article changed: 0x\(String(hash, radix: 16))")
        #expect(story.documents.count == 1)
        #expect(story.documents[0].text.string == article)
        #expect(StoryLoader.embeddedAsset(named: "minerals-deal-article.txt") == article)
    }

    @Test func theEmbeddedStoryIsTheAssetFile() throws {
        #expect(
            StoryLoader.embeddedAsset(named: StoryLoader.embeddedStoryName)
                == (try assetText(StoryLoader.embeddedStoryName)))
    }

    /// Every quote is checked against the article text itself, independently of the loader.
    @Test func everyQuoteIsVerbatimInTheArticle() {
        let quotes = story.claims.compactMap(\.quote)
        #expect(quotes.count >= 5)
        for quote in quotes {
            #expect(article.contains(quote), "not verbatim: \(quote)")
        }
        #expect(quotes.contains("very big agreement"))
        #expect(quotes.contains("framework agreement"))
    }

    @Test func everyEvidenceSpanMatchesTheArticleText() {
        var checked = 0
        func check(_ evidence: Evidence, _ owner: String) {
            #expect(evidence.document == "article")
            #expect(
                evidence.start >= 0 && evidence.end <= articleScalars.count && evidence.start < evidence.end, "\(owner)"
            )
            guard evidence.start >= 0, evidence.end <= articleScalars.count, evidence.start < evidence.end else {
                return
            }
            let text = String(String.UnicodeScalarView(articleScalars[evidence.start..<evidence.end]))
            #expect(text == evidence.excerpt, "\(owner): span \(evidence.start)..<\(evidence.end) reads \(text)")
            checked += 1
        }
        for entity in story.entities { for mention in entity.mentions { check(mention.evidence, entity.id) } }
        for relation in story.relations { for evidence in relation.evidence { check(evidence, relation.id) } }
        for event in story.events {
            #expect(!event.evidence.isEmpty, "\(event.id) has no evidence")
            for evidence in event.evidence { check(evidence, event.id) }
            event.when.evidence.map { check($0, event.id) }
        }
        for claim in story.claims {
            #expect(!claim.evidence.isEmpty, "\(claim.id) has no evidence")
            for evidence in claim.evidence { check(evidence, claim.id) }
        }
        #expect(checked > 150)
    }

    /// The proper names are derived from the text: every capitalised word that is not the
    /// first of a sentence or of a quotation, in the parts written in sentence case (the
    /// headline is title case, where capitals mean nothing). Each must lie inside some entity's mention, or
    /// inside an event's time wording ("on Friday").
    @Test func everyProperNameInTheArticleIsCovered() {
        let document = story.documents[0]
        let covered = coveredRanges()
        var names: [String] = []
        for sentence in document.text.sentences {
            guard let part = document.part(containing: sentence.lowerBound), !part.isTitleCase else { continue }
            var first = true
            forEachWord(in: sentence) { range, word in
                defer { first = false }
                let opensQuote =
                    range.lowerBound > 0 && "\"\u{201C}".unicodeScalars.contains(articleScalars[range.lowerBound - 1])
                guard !first, !opensQuote, word.first?.isUppercase == true else { return }
                names.append(word)
                #expect(
                    covered.contains { $0.contains(range.lowerBound) && $0.upperBound >= range.upperBound },
                    "'\(word)' at \(range) (line \(document.text.line(ofScalar: range.lowerBound))) is not covered by any entity"
                )
            }
        }
        // The derivation found the names one expects, so the check is not vacuous.
        for expected in [
            "Zelensky", "Trump", "Putin", "Kallas", "Rubio", "Shmyhal", "Starmer", "NATO", "EU", "U.S.", "U.K.",
            "Washington", "Europe", "Russia", "Friday",
        ] {
            #expect(names.contains(expected), "the derivation missed \(expected)")
        }
    }

    @Test func everyFigureInTheArticleIsCovered() {
        let covered = coveredRanges()
        var figures = 0
        forEachWord(in: 0..<articleScalars.count) { range, word in
            guard word.first?.isNumber == true else { return }
            figures += 1
            #expect(covered.contains { $0.contains(range.lowerBound) }, "figure '\(word)' is not covered by an entity")
        }
        #expect(figures == 2)  // $500 billion, 5%
    }

    @Test func datesAreResolvedFromThePublicationAnchorAndMarkedInferred() throws {
        let published = try #require(story.documents[0].published)
        #expect(published.day.iso == "2025-02-26")
        #expect(published.inferred)
        let friday = try #require(story.events.first { $0.when.text == "on Friday" })
        #expect(friday.when.resolved?.start?.iso == "2025-02-28")
        #expect(friday.when.resolved?.start?.weekday == 4)
        for event in story.events {
            guard let resolved = event.when.resolved else { continue }
            // The article prints no date at all, so every resolved date is inferred.
            #expect(resolved.inferred, "\(event.id)")
            #expect(resolved.basis?.isEmpty == false, "\(event.id)")
        }
        let thisWeek = try #require(story.events.first { $0.when.text == "this week" })
        #expect(thisWeek.when.resolved?.precision == .week)
        #expect(thisWeek.when.resolved.map { $0.start!...$0.end! }?.contains(published.day) == true)
    }

    @Test func theTimelineRunsInDateOrder() {
        let ordinals = index.timeline.map { story.events[$0].when.sortOrdinal }
        #expect(ordinals == ordinals.sorted())
        #expect(story.events[index.timeline.first!].when.resolved?.precision == .before)
    }

    @Test func theContestedTopicsTheIssueNamesAreThere() throws {
        func topic(withClaimQuoted quote: String) -> Topic? {
            story.topics.first { topic in
                topic.sides.contains { $0.claims.contains { id in story.claims[index.claimByID[id]!].quote == quote } }
            }
        }
        // "very big agreement" and "framework agreement" on different sides of one topic.
        let deal = try #require(topic(withClaimQuoted: "very big agreement"))
        let bigSide = deal.sides.firstIndex {
            $0.claims.contains { story.claims[index.claimByID[$0]!].quote == "very big agreement" }
        }
        let frameworkSide = deal.sides.firstIndex {
            $0.claims.contains { story.claims[index.claimByID[$0]!].quote == "framework agreement" }
        }
        #expect(bigSide != nil && frameworkSide != nil && bigSide != frameworkSide)

        func speakers(_ topic: Topic) -> Set<String> {
            Set((topic.sides.flatMap(\.claims) + topic.others).map { story.claims[index.claimByID[$0]!].speaker })
        }
        for needle in ["security", "NATO", "ceasefire", "Europe", "Putin", "$500 billion"] {
            let found = story.topics.first { $0.question.contains(needle) }
            #expect(found != nil, "no topic asks about \(needle)")
            if let found {
                #expect(found.sides.count >= 2)
                #expect(speakers(found).count >= 2, "\(found.id) has a single speaker")
            }
        }
        // Third voices the article gives.
        let allSpeakers = Set(story.claims.map(\.speaker))
        for voice in ["russia", "kallas", "shmyhal"] { #expect(allSpeakers.contains(voice)) }
        #expect(index.eventsOfEntity[index.entityByID["starmer"]!].count == 1)
    }

    @Test func everyEntityIsMentionedAndEveryClaimHasASpeakerInTheCast() {
        for entity in story.entities where entity.id != "the-article" {
            #expect(!entity.mentions.isEmpty, "\(entity.id) is never mentioned in the text")
        }
        for claim in story.claims { #expect(index.entityByID[claim.speaker] != nil) }
    }

    // MARK: Helpers

    private func coveredRanges() -> [Range<Int>] {
        story.entities.flatMap { $0.mentions.map(\.evidence.range) }
            + story.events.compactMap { $0.when.evidence.first?.range }
    }

    /// Words as runs of letters, digits and inner dots ("U.S."), with a possessive "'s" cut off.
    private func forEachWord(in range: Range<Int>, _ body: (Range<Int>, String) -> Void) {
        var start: Int?
        func flush(_ end: Int) {
            guard let from = start else { return }
            var to = end
            while to > from, articleScalars[to - 1] == "." || articleScalars[to - 1] == "'" { to -= 1 }
            var word = String(String.UnicodeScalarView(articleScalars[from..<to]))
            if word.hasSuffix("'s") {
                word.removeLast(2)
                to -= 2
            }
            if word.contains("."), !word.hasSuffix(".") {
                word += "."
                to += 1
            }  // "U.S" → "U.S."
            if !word.isEmpty { body(from..<to, word) }
            start = nil
        }
        for offset in range {
            let scalar = articleScalars[offset]
            let inWord =
                scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || ((scalar == "." || scalar == "'") && start != nil)
            if inWord { if start == nil { start = offset } } else { flush(offset) }
        }
        flush(range.upperBound)
    }
}
