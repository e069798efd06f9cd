import StoryModel
import Testing

@testable import StoryDrafting

/// Each extraction rule of `storyscope draft`, on sentences written for these tests.
@Suite struct DraftingRuleTests {
    static let published = Day(iso: "2025-02-26")!  // a Wednesday

    func draft(_ text: String, published: Day? = DraftingRuleTests.published) throws -> Story {
        try Drafter.load(try Drafter.draft([Drafter.Article(name: "test.txt", text: text, published: published)]))
    }

    func entity(_ story: Story, _ name: String) -> Entity? { story.entities.first { $0.name == name } }

    func speaker(_ story: Story, quote: String) -> String? {
        guard let claim = story.claims.first(where: { $0.quote == quote }) else { return "(no claim)" }
        return story.entities.first { $0.id == claim.speaker }?.name
    }

    func resolved(_ story: Story, _ text: String) -> ResolvedTime? {
        story.events.first { $0.when.text == text }?.when.resolved
    }

    // MARK: Entities

    @Test func titlesGiveRolesAndShortFormsMergeIntoTheFullName() throws {
        let story = try draft(
            "Ukrainian President Volodymyr Zelensky met officials. Zelensky said little. President Zelensky left.")
        let person = try #require(entity(story, "Volodymyr Zelensky"))
        #expect(person.kind == .person)
        #expect(person.role == "Ukrainian President")
        #expect(person.aliases == ["Zelensky"])
        #expect(entity(story, "Ukraine")?.aliases == ["Ukrainian"], "a demonym is its country")
        #expect(story.relations.map(\.id) == ["volodymyr-zelensky--holds-office-in--ukraine"])
    }

    @Test func capitalsThatOnlyStartASentenceOrNameADayAreNotEntities() throws {
        let story = try draft(
            "Talks went well on Monday. However, Officials in Paris were silent in March. The talks ended.")
        #expect(story.entities.map(\.name) == ["Paris"])
        #expect(entity(story, "Paris")?.kind == .place)
    }

    @Test func headlineCapitalsAreNotNames() throws {
        let story = try draft("Leaders Set To Forge Grand Deal Amid Tensions\n\nThe leaders met in Oslo.")
        #expect(story.entities.map(\.name) == ["Oslo"])
    }

    @Test func organisationsAndPlacesByTheirLastWord() throws {
        let story = try draft(
            "Westmoor Rail and the Union of Rail Drivers met at Cardale Park near the North Sea. Westmoor said no.")
        #expect(entity(story, "Westmoor Rail")?.kind == .organisation)
        #expect(entity(story, "Westmoor Rail")?.aliases == ["Westmoor"])
        #expect(entity(story, "Union of Rail Drivers")?.kind == .organisation)
        #expect(entity(story, "Cardale Park")?.kind == .place)
        #expect(entity(story, "North Sea")?.kind == .place)
    }

    @Test func bodiesWithATitleWordInTheirNameAndSaintsNamesAreNotPeople() throws {
        let story = try draft(
            "Night ward at Alderbrook General to close over staff shortage\n\nAlderbrook General Hospital sent patients to St Mary's. Local MP Graham Tully objected."
        )
        #expect(entity(story, "Alderbrook General Hospital")?.kind == .organisation)
        #expect(entity(story, "Alderbrook General Hospital")?.aliases == ["Alderbrook General"])
        #expect(entity(story, "St Mary's")?.kind == .place)
        #expect(entity(story, "Graham Tully")?.role == "MP")
        #expect(story.entities.count == 3)
    }

    @Test func aClauseOfItsOwnKeepsItsOwnTense() throws {
        let story = try draft(
            "The ward will close from March 3, the trust announced on Tuesday. On Friday, they will vote.")
        #expect(resolved(story, "on Tuesday")?.start == Day(iso: "2025-02-25"), "announced: past")
        #expect(resolved(story, "On Friday")?.start == Day(iso: "2025-02-28"), "the sentence's future")
    }

    @Test func aSurnameTwoPeopleShareIsNobodysAlias() throws {
        let story = try draft("Peter Moss spoke first. Linda Moss answered. Moss left early.")
        #expect(entity(story, "Peter Moss")?.aliases == [])
        #expect(entity(story, "Linda Moss")?.aliases == [])
        #expect(entity(story, "Moss") == nil)
    }

    // MARK: Quotations

    @Test func everyQuotationStyleIsFound() throws {
        let text = """
            Anna Berg said: "straight double". Anna Berg said “curly double”. Anna Berg said ‘curly single’. \
            Anna Berg said 'straight single' and it's not 'a quote's end' yet.
            """
        let quotes = try draft(text).claims.compactMap(\.quote)
        #expect(quotes == ["straight double", "curly double", "curly single", "straight single", "a quote's end"])
    }

    @Test func speakersComeFromTheReportingWords() throws {
        let text = """
            Mayor Ruth Alder visited the port. “We will build it,” said Mayor Ruth Alder. \
            Tomas Brenn, the firm's chief, said: “Not yet.” “Soon,” Brenn told reporters. \
            He added that it was “a question of money”. According to Alder, the plan is “sound”. \
            The coastguard told her the sea was “rough”.
            """
        let story = try draft(text)
        #expect(speaker(story, quote: "We will build it") == "Ruth Alder")
        #expect(speaker(story, quote: "Not yet.") == "Tomas Brenn")
        #expect(speaker(story, quote: "Soon") == "Tomas Brenn")
        #expect(speaker(story, quote: "a question of money") == "Tomas Brenn", "he: the last person named")
        #expect(speaker(story, quote: "sound") == "Ruth Alder")
        #expect(speaker(story, quote: "rough") == nil, "someone unnamed: the article's voice")
        let rough = try #require(story.claims.first { $0.quote == "rough" })
        #expect(rough.speaker == "test" && rough.reach == .reported)
    }

    /// One claim a part, each the speaker's words as printed, both citing the whole sentence.
    @Test func aQuotationSplitByHeSaidIsAClaimAPartOfOneSpeaker() throws {
        let story = try draft("Felix Morrow was calm. “Someone called it ‘a small risk’,” he said, “and now we lose.”")
        #expect(story.claims.map(\.quote) == ["Someone called it ‘a small risk’", "and now we lose."])
        #expect(speaker(story, quote: "Someone called it ‘a small risk’") == "Felix Morrow")
        #expect(speaker(story, quote: "and now we lose.") == "Felix Morrow")
        #expect(story.claims.allSatisfy { $0.evidence[0].excerpt.hasSuffix("“and now we lose.”") })
    }

    @Test func aContrastBecomesATopicAndAnAnswer() throws {
        let text = """
            Ann Lee calls it a "very big deal", while Bo Park refers to it as a "first step". \
            In response, Ann Lee said it was "final".
            """
        let story = try draft(text)
        #expect(story.topics.count == 1)
        #expect(story.topics[0].sides.map(\.label) == ["Ann Lee", "Bo Park"])
        let answer = try #require(story.claims.first { $0.quote == "final" })
        #expect(answer.respondsTo?.claim == story.claims.first { $0.quote == "first step" }?.id)
    }

    // MARK: Dates

    @Test(arguments: [
        ("They met on Monday.", "on Monday", "day 2025-02-24"),
        ("They will meet on Friday.", "on Friday", "day 2025-02-28"),
        ("They met last Friday.", "last Friday", "day 2025-02-21"),
        ("They meet next Tuesday.", "next Tuesday", "day 2025-03-04"),
        ("It happened yesterday.", "yesterday", "day 2025-02-25"),
        ("It opens tomorrow.", "tomorrow", "day 2025-02-27"),
        ("It ended on Friday, February 21.", "on Friday, February 21", "day 2025-02-21"),
        ("It starts on March 3.", "on March 3", "day 2025-03-03"),
        ("It starts on 3 March 2026.", "on 3 March 2026", "day 2026-03-03"),
        ("It starts on 2025-03-10.", "on 2025-03-10", "day 2025-03-10"),
        ("They meet this week.", "this week", "week 2025-02-24 2025-03-02"),
        ("They met last week.", "last week", "week 2025-02-17 2025-02-23"),
        ("They met last month.", "last month", "range 2025-01-01 2025-01-31"),
        ("They meet next month.", "next month", "range 2025-03-01 2025-03-31"),
        ("Talks resume later this month.", "later this month", "range 2025-02-26 2025-02-28"),
        ("They met recently.", "recently", "before  2025-02-24"),
        ("The vote is in July.", "in July", "range 2025-07-01 2025-07-31"),
        ("It was built in 2019.", "in 2019", "range 2019-01-01 2019-12-31"),
        ("They met three days ago.", "three days ago", "day 2025-02-23"),
    ])
    func timeExpressionsAreResolved(sentence: String, phrase: String, expected: String) throws {
        let story = try draft("Written for the tests. \(sentence)")
        let time = try #require(resolved(story, phrase), "\(phrase) not found in \(story.events.map(\.when.text))")
        let shown =
            "\(time.precision.rawValue) \(time.precision == .before ? "" : time.start?.iso ?? "")"
            + (time.precision == .day ? "" : " \(time.end?.iso ?? "")")
        #expect(
            shown
                == expected.replacingOccurrences(
                    of: "2025-02-24", with: time.precision == .before ? "2025-02-26" : "2025-02-24"))
    }

    @Test func aPrintedDateIsNotInferredAndARelativeOneIs() throws {
        let story = try draft("It began on 2025-01-05. It ends on Friday.")
        #expect(resolved(story, "on 2025-01-05")?.inferred == false)
        #expect(resolved(story, "on Friday")?.inferred == true)
        #expect(resolved(story, "on Friday")?.basis?.contains("Wed 26 Feb 2025") == true)
    }

    @Test func statusComesFromTheClause() throws {
        let story = try draft(
            "The vote was called off on Monday. The vote will be held on Friday. They met on Tuesday.")
        #expect(story.events.map(\.status) == [.cancelled, .scheduled, .happened])
    }

    @Test func withoutADateRelativeExpressionsStayUnresolvedWithOneWarning() throws {
        let draft = try Drafter.draft([Drafter.Article(name: "a.txt", text: "They met on Monday and on Tuesday.")])
        #expect(draft.warnings.count == 1)
        #expect(draft.warnings[0].hasPrefix("a.txt: no publication date"))
        #expect(draft.story.events.allSatisfy { $0.when.resolved == nil })
    }

    @Test func aDateLineGivesThePublicationDate() throws {
        let draft = try Drafter.draft([Drafter.Article(name: "a.txt", text: "Date: 2025-03-03\nThey met on Friday.")])
        #expect(draft.warnings.isEmpty)
        #expect(draft.story.documents[0].published?.day == Day(iso: "2025-03-03"))
        #expect(draft.story.events.map(\.when.text) == ["on Friday"], "the Date: line is not an event")
    }

    // MARK: The draft as a whole

    @Test func severalArticlesMakeOneStoryWithEntitiesMerged() throws {
        let draft = try Drafter.draft([
            Drafter.Article(name: "one.txt", text: "Date: 2025-03-03\nAnna Berg met Bo Park in Oslo."),
            Drafter.Article(name: "two.txt", text: "Date: 2025-03-10\nBerg and Bo Park met again in Oslo."),
        ])
        let story = try Drafter.load(draft)
        #expect(story.documents.map(\.id) == ["one", "two"])
        #expect(story.entities.map(\.name) == ["Anna Berg", "Bo Park", "Oslo"])
        #expect(story.entities[0].mentions.map(\.evidence.document) == ["one", "two"])
    }

    @Test func theDraftIsAValidVersion2StoryWithEveryItemMarked() throws {
        let draft = try Drafter.draft([
            Drafter.Article(
                name: "x.txt", text: "Headline About Things Here\n\nAnna Berg said on Monday: \"we are ready\".",
                published: Self.published)
        ])
        let file = Drafter.storyFile(draft)
        #expect(file.contains("\"version\": 2"))
        let story = try load(file)
        #expect(story.draftedCount == story.entities.count + story.events.count + story.claims.count)
        #expect(story.documents[0].parts.map(\.role) == [.headline, .body])
        #expect(story.documents[0].title == "Headline About Things Here")
    }

    // MARK: Bad input

    @Test func anArticleWithNoNamesQuotesOrDatesIsASmallValidStory() throws {
        let story = try draft("it was quiet here, and nothing much happened at all.")
        #expect(story.entities.isEmpty && story.claims.isEmpty && story.events.isEmpty)
        #expect(story.documents.count == 1)
    }

    @Test func emptyAndHugeArticlesAreRefusedInOneLine() {
        #expect(throws: Drafter.Failure.self) { try Drafter.draft([Drafter.Article(name: "e.txt", text: " \n ")]) }
        let huge = String(repeating: "word ", count: Drafter.maxArticleBytes / 5 + 10)
        do {
            _ = try Drafter.draft([Drafter.Article(name: "big.txt", text: huge)])
            Issue.record("a huge article was drafted")
        } catch {
            #expect(
                error.message.hasPrefix("big.txt: the article is 2.0 MiB; storyscope drafts articles of up to 2.0 MiB"))
        }
    }

    @Test func anArticleOfThousandsOfItemsIsCutWithAWarning() throws {
        // Prices, not talks: talks named again on the same day are one happening.
        let text = (0..<StoryBuilder.maxItems + 100).map { "Ann Lee said \"a\($0)\". Prices rose on Monday." }
            .joined(separator: " ")
        let draft = try Drafter.draft([Drafter.Article(name: "many.txt", text: text, published: Self.published)])
        #expect(draft.story.claims.count == StoryBuilder.maxItems)
        #expect(draft.story.events.count == StoryBuilder.maxItems)
        #expect(
            draft.warnings.contains { $0.hasPrefix("only the first \(StoryBuilder.maxItems) quotations were drafted") })
        #expect(
            draft.warnings.contains {
                $0.hasPrefix("only the first \(StoryBuilder.maxItems) time expressions were drafted")
            })
        #expect(throws: Never.self) { try Drafter.load(draft) }
    }

    @Test func openingQuotesThatNeverCloseAreNoQuotations() throws {
        let story = try draft(
            String(repeating: "\u{201C}", count: 5_000) + " and" + String(repeating: " 'a", count: 5_000))
        #expect(story.claims.isEmpty)
    }

    @Test func aFileIsAStoryOrAnArticleByItsContent() {
        func kind(_ bytes: [UInt8]) -> String {
            switch ArticleFile.classify(bytes, name: "f") {
            case .success(.story(_)): "story"
            case .success(.article): "article"
            case .failure(let failure): failure.message
            }
        }
        #expect(kind(Array("  {\"format\": 1}".utf8)) == "story")
        #expect(kind(Array("Plain words.".utf8)) == "article")
        #expect(kind([0xFF, 0x41]).hasPrefix("f: neither a story file nor a plain-text article: not UTF-8 text"))
        #expect(kind([0x41, 0x00, 0x42]).hasPrefix("f: neither a story file nor a plain-text article: binary data"))
        #expect(kind(Array(" \n".utf8)) == "f: the file is empty: neither a story file nor an article")
    }
}
