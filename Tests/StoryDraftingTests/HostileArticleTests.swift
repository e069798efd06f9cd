import Testing

@testable import StoryDrafting
@testable import StoryModel

/// Articles from strangers (issue 15): whatever they hold, drafting ends, does not trap, and
/// writes a story that validate accepts. Each shape is small here; `scripts/bench-hostile`
/// times the same shapes at 2 MiB.
@Suite struct HostileArticleTests {
    static let published = Day(iso: "2025-02-26")!

    /// Drafts and checks what every draft must be: its file validates, and loads to the story
    /// the browser is given.
    func draft(_ text: String, name: String = "a.txt", published: Day? = HostileArticleTests.published) throws
        -> Drafter.Draft
    {
        let draft = try Drafter.draft([Drafter.Article(name: name, text: text, published: published)])
        let loaded = try load(Drafter.storyFile(draft))
        #expect(loaded == Drafter.story(draft))
        return draft
    }

    @Test func countsTooLargeForADateLeaveThePhraseUnresolvedWithAWarning() throws {
        let draft = try draft(
            "It began 2000000000000000000 weeks ago. It began 9223372036854775807 days ago. It began 1000000 days ago.")
        #expect(draft.story.events.count == 3)
        #expect(draft.story.events.allSatisfy { $0.when.resolved == nil })
        #expect(
            draft.warnings.contains {
                $0.hasPrefix("a.txt: 3 time expressions could not be worked out to a day of the years 1 to 9999")
                    && $0.contains("2000000000000000000 weeks ago") && $0.contains("line 1")
            }, "\(draft.warnings)")
    }

    @Test func theEndsOfTheCalendarAreNotCrossed() throws {
        let late = try draft("It ends tomorrow, next week and next month.", published: Day(iso: "9999-12-31"))
        #expect(late.story.events.allSatisfy { $0.when.resolved == nil })
        let early = try draft("It began yesterday, last week and last year.", published: Day(iso: "0001-01-01"))
        #expect(early.story.events.allSatisfy { $0.when.resolved == nil })
        #expect(Day(iso: "9999-12-31")!.adding(days: 1) == nil)
        #expect(Day(iso: "0001-01-01")!.adding(days: -1) == nil)
        #expect(Day(iso: "2025-02-26")!.adding(.max, times: 7) == nil)
        #expect(Day(iso: "2025-02-26")!.adding(-3, times: 7) == Day(iso: "2025-02-05"))
        #expect(Day(year: 10_000, month: 1, day: 1) == nil && Day(year: 0, month: 1, day: 1) == nil)
    }

    @Test func aPrintedWeekdayThatContradictsItsDateIsLeftUnresolved() throws {
        // 27 February 2025 was a Thursday; without a year, the nearest year that fits is 2026.
        let draft = try draft("They met on Friday, February 27, 2025, and again on Friday, February 27.")
        #expect(draft.story.events.map { $0.when.resolved?.start } == [nil, Day(iso: "2026-02-27")])
        #expect(draft.warnings.contains { $0.contains("could not be worked out") })
    }

    @Test func quotationMarksAroundOnlySpacesQuoteNoOne() throws {
        let draft = try draft("\"   \" said Anna Berg. \u{201C}\u{00A0}\u{201D} she added.")
        #expect(draft.story.claims.isEmpty)
    }

    @Test func aRunOfCapitalisedWordsLongerThanANameIsNoName() throws {
        let run = (0..<40).map { "Zq\($0)x" }.joined(separator: " ")
        let draft = try draft("\(run) met Anna Berg, who spoke.")
        #expect(draft.story.entities.allSatisfy { $0.name.split(separator: " ").count <= EntityFinder.maxNameWords })
    }

    @Test func generatedIdsNeverCollideWithDocumentIds() throws {
        let first = Drafter.Article(name: "a.txt", text: "Anna Berg said \"yes\" on Friday.", published: Self.published)
        let second = Drafter.Article(
            name: "claim-1.txt", text: "Bo Park said \"no\" on Monday.", published: Self.published)
        let third = Drafter.Article(name: "event-1.txt", text: "Nothing happened.", published: Self.published)
        let draft = try Drafter.draft([first, second, third])
        let ids =
            draft.story.documents.map(\.id) + draft.story.entities.map(\.id) + draft.story.events.map(\.id)
            + draft.story.claims.map(\.id) + draft.story.topics.map(\.id)
        #expect(Set(ids).count == ids.count, "\(ids)")
        #expect(draft.story.documents.map(\.id) == ["a", "claim-1", "event-1"])
        _ = try load(Drafter.storyFile(draft))
    }

    /// Sentences end at any space, at a line's end, and after a CJK full stop with none; no
    /// sentence grows past its bound: each bounds every excerpt drawn from it.
    @Test func sentencesEndWithoutAnASCIISpace() {
        func sentences(_ text: String) -> [String] {
            let article = ArticleText(text)
            return article.sentences.map { article.slice($0.range) }
        }
        #expect(sentences("One.\tTwo!\u{00A0}Three?\u{2003}Four.") == ["One.", "Two!", "Three?", "Four."])
        #expect(
            sentences("\u{5B89}\u{5A1C}\u{8BF4}\u{3002}\u{597D}\u{3002}\u{8D70}\u{FF01}") == [
                "\u{5B89}\u{5A1C}\u{8BF4}\u{3002}", "\u{597D}\u{3002}", "\u{8D70}\u{FF01}",
            ])
        #expect(
            sentences("Mr. Lee met Dr. Park in the U.S. on Friday.") == ["Mr. Lee met Dr. Park in the U.S. on Friday."])
        // A clock time before a date goes on; before another word it may end the sentence.
        #expect(
            sentences("The signing is at 11 a.m. Oct. 15 at the mill. It ends at 3 p.m. The mayor spoke.") == [
                "The signing is at 11 a.m. Oct. 15 at the mill.", "It ends at 3 p.m.", "The mayor spoke.",
            ])
        #expect(sentences("Polls close at 8 p.m. Tuesday in Ohio.") == ["Polls close at 8 p.m. Tuesday in Ohio."])
        let endless = String(repeating: "word ", count: 2_000)
        #expect(sentences(endless).allSatisfy { $0.unicodeScalars.count <= ArticleText.maxSentenceLength })
    }

    @Test func excerptsStayShortHoweverTheTextIsJoined() throws {
        let shapes = [
            String(repeating: "\"a\"said,", count: 3_000),
            (0..<1_000).map { "\"a\($0),\" said Ann Lee." }.joined(separator: "\t"),
            (0..<1_000).map { "Ann Lee said \"a\($0)\" on Friday." }.joined(separator: "\u{00A0}"),
            String(repeating: "\u{5B89}\u{5A1C}\u{8BF4}\u{201C}\u{597D}\u{201D}\u{3002}", count: 3_000),
        ]
        for text in shapes {
            let story = try draft(text).story
            let excerpts =
                story.claims.flatMap(\.evidence) + story.events.flatMap(\.evidence)
                + story.events.flatMap(\.when.evidence)
            let longest = excerpts.map { $0.end - $0.start }.max() ?? 0
            #expect(longest <= 2 * ArticleText.maxSentenceLength, "an excerpt of \(longest) characters")
        }
    }

    @Test func aChainOfQuotationsJoinedBySaidIsManyClaims() throws {
        let story = try draft(String(repeating: "\"a\" said Ann Lee, ", count: 40)).story
        #expect(story.claims.count >= 40 / QuoteFinder.maxParts)
    }

    @Test func thousandsOfNamesSharingAFirstWordAreEachFound() throws {
        let text = (0..<300).map { "Ann Zq\($0)x spoke. Ann Zq\($0)x agreed." }.joined(separator: " ")
        // As the browser has it: loaded, its mentions found.
        let story = Drafter.story(try draft(text))
        #expect(story.entities.filter { $0.name.hasPrefix("Ann Zq") }.count == 300)
        let counts = story.entities.filter { $0.name.hasPrefix("Ann Zq") }.map(\.mentions.count)
        #expect(counts.allSatisfy { $0 == 2 }, "\(Set(counts))")
    }

    @Test func articlesTooLargeTogetherAreRefusedBeforeAnyIsDrafted() {
        let big = String(repeating: "Ann Lee met Bo Park on Monday. ", count: (1 << 20) * 19 / 10 / 31)
        let articles = (1...5).map { Drafter.Article(name: "big-\($0).txt", text: big) }
        #expect(throws: Drafter.Failure.self) { try Drafter.check(articles) }
        do {
            _ = try Drafter.check(articles)
        } catch {
            #expect(
                error.message.hasPrefix(
                    "big-1.txt and 4 more: the articles come to 9.5 MiB; storyscope drafts up to 4.0 MiB of articles at once"
                ),
                "\(error.message)")
        }
        #expect(throws: Never.self) { try Drafter.check(Array(articles.prefix(2))) }
    }

    @Test func crlfAndCRArticlesDraftAsLFOnesDo() throws {
        let lines = [
            "Date: 2025-02-26", "Headline Of The Piece Here", "", "Anna Berg said \"we are ready\" on Friday.",
        ]
        let lf = try Drafter.draft([Drafter.Article(name: "a.txt", text: lines.joined(separator: "\n"))])
        for ending in ["\r\n", "\r"] {
            let other = try Drafter.draft([Drafter.Article(name: "a.txt", text: lines.joined(separator: ending))])
            #expect(Drafter.storyFile(other) == Drafter.storyFile(lf))
        }
        #expect(!Drafter.storyFile(lf).contains("\\r"))
        // "said … on Friday": the day the words were said, worked out from the Date: line.
        #expect(lf.story.claims.first?.said?.resolved?.start == Day(iso: "2025-02-21"))
    }

    /// The last guard: whatever a rule lets through, the check before writing mends or leaves
    /// out what validate would refuse, and says so.
    @Test func whatValidateWouldRefuseIsMendedOrLeftOutWithAWarning() throws {
        let base = try Drafter.draft([
            Drafter.Article(
                name: "a.txt", text: "Anna Berg said \"we are ready\" on Friday, and Bo Park said \"no\".",
                published: Self.published)
        ]).story
        var broken = base
        broken.entities[0].aliases.append(String(repeating: "Zq ", count: 40).trimmingSpaces)
        broken.claims[0].quote = "words the article never says"
        let checked = try DraftCheck.check(broken, name: "a.txt")
        #expect(checked.story.entities[0].aliases.isEmpty)
        #expect(checked.story.claims.count == base.claims.count - 1)
        #expect(checked.warnings.count == 1)
        #expect(
            checked.warnings[0].hasPrefix("a.txt: 2 drafted items mended or left out, as validate would refuse them"))
        _ = try load(JSONExport.render(checked.story))
    }
}

/// Titles of drafts (issue 16, class 8).
@Suite struct DraftTitleTests {
    @Test func anArticleWithoutAHeadlineIsTitledByItsFirstSentenceNotItsDateLine() throws {
        let draft = try Drafter.draft([
            Drafter.Article(name: "a.txt", text: "Date: 2025-02-26\nThe ferry ran late on Monday. Nobody minded.")
        ])
        #expect(draft.story.documents[0].title == "The ferry ran late on Monday.")
        #expect(draft.story.title == "The ferry ran late on Monday.")
    }
}

/// One set of sentence rules for the loader and the drafter (issue 16, "one text layer").
@Suite struct SharedSentenceRuleTests {
    @Test func theLoaderAndTheDrafterEndSentencesAlike() {
        let text =
            "Robert F. Kennedy Jr. met Sen. Ann Lee in the U.S.\u{00A0}on Friday. Gov. Ruiz left.\tThe end. "
            + "\u{201C}Yes!\u{201D} \u{4E0A}\u{3002}\u{4E0B}\u{3002}"
        let article = ArticleText(text)
        let drafted = article.sentences.map { article.slice($0.range) }
        let loaded = DocumentText(text).sentences.map { range in
            String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
        }
        #expect(
            drafted == [
                "Robert F. Kennedy Jr. met Sen. Ann Lee in the U.S.\u{00A0}on Friday.", "Gov. Ruiz left.", "The end.",
                "\u{201C}Yes!\u{201D}", "\u{4E0A}\u{3002}", "\u{4E0B}\u{3002}",
            ])
        #expect(loaded == drafted)
    }

    @Test func theLoaderBoundsSentencesAsTheDrafterDoes() {
        let endless = String(repeating: "word ", count: 3_000) + String(repeating: "x", count: 4_000)
        for sentences in [DocumentText(endless).sentences, ArticleText(endless).sentences.map(\.range)] {
            #expect(sentences.count >= 9)
            #expect(sentences.allSatisfy { $0.count <= SentenceSplitter.maxSentenceLength })
            #expect(sentences.last?.upperBound == endless.unicodeScalars.count)
        }
        #expect(DocumentText(endless).sentences == ArticleText(endless).sentences.map(\.range))
    }
}

/// Event titles (issue 16, class 8): the sentence's main clause, not its raw opening.
@Suite struct EventTitleTests {
    @Test(arguments: [
        (
            "However, talks between the two unions collapsed after a walkout.",
            "Talks between the two unions collapsed after a walkout."
        ),
        (
            "Separately, the mayor is expected to open the bridge, officials said on Friday.",
            "The mayor is expected to open the bridge"
        ),
        (
            "But the vote, which was due on Tuesday, was postponed.",
            "The vote, which was due on Tuesday, was postponed."
        ),
    ])
    func aTitleIsTheMainClause(sentence: String, title: String) {
        #expect(StoryBuilder.shortTitle(sentence) == title)
    }
}
