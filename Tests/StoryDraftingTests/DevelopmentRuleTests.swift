import Foundation
import StoryDrafting
import StoryModel
import Testing

/// Several articles about one story drafted together: one event for a happening they all
/// report, with each article's status; statements of outcome without a date; links and
/// replies across articles. The articles here were written for these tests.
@Suite struct DevelopmentRuleTests {
    func history(_ event: Event) -> [String] { event.reports.map { "\($0.document) \($0.status.rawValue)" } }

    @Test func theShippedArticleAndItsSequelMakeOneSigningScheduledThenCancelled() throws {
        let first = try String(
            contentsOf: packageRoot.appendingPathComponent("Assets/minerals-deal-article.txt"), encoding: .utf8)
        let second = try String(
            contentsOf: packageRoot.appendingPathComponent("Tests/Fixtures/sets/minerals-deal-oval-office/2.txt"),
            encoding: .utf8)
        let story = try draftSet(["Date: 2025-02-26\n" + first, second])
        let signings = story.events.filter { $0.title.lowercased().contains("signing") && !$0.reports.isEmpty }
        #expect(signings.count == 1)
        let signing = try #require(signings.first)
        #expect(history(signing) == ["article-1 scheduled", "article-2 cancelled"])
        #expect(signing.status == .cancelled)
        #expect(signing.reports[1].evidence[0].excerpt.contains("the signing was called off"))
        #expect(signing.drafted)
    }

    @Test func aHappeningOnTheSameDayIsOneEventWithAReportFromEachArticle() throws {
        let story = try draftSet([
            """
            Date: 2025-06-03

            The town council of Carrow and the freight firm Northline are set to sign the depot agreement on Friday.
            """,
            """
            Date: 2025-06-10

            The signing of the depot agreement between Carrow and Northline was called off on Friday, hours before it was due.
            """,
        ])
        let joined = story.events.filter { !$0.reports.isEmpty }
        #expect(joined.count == 1)
        #expect(joined.first.map(history) == ["article-1 scheduled", "article-2 cancelled"])
        #expect(joined.first?.when.resolved?.start == Day(iso: "2025-06-06"))
        #expect(story.events.count == 1)
    }

    @Test func aPostponedMatchKeepsOneEventAndMovesToItsNewDay() throws {
        let story = try draftSet([
            """
            Date: 2025-01-24

            Ashby Town will host Kettleford in the cup quarter-final on Saturday 25 January.
            """,
            """
            Date: 2025-01-25

            The cup quarter-final between Ashby Town and Kettleford was postponed this morning after heavy rain.

            The tie has been rearranged for Tuesday 28 January, the county football association said.
            """,
        ])
        let match = try #require(story.events.first { !$0.reports.isEmpty })
        #expect(match.reports.first?.status == .scheduled)
        #expect(match.status == .scheduled)
        #expect(match.when.resolved?.start == Day(iso: "2025-01-28"))
        // The first article's day stays with its report: the event moved.
        #expect(match.reports.first?.when?.resolved?.start == Day(iso: "2025-01-25"))
        #expect(match.reports.last?.when == nil)
    }

    @Test func wordsSaidOnADayCarryThatDayAndMakeNoEvent() throws {
        let story = try draftStory(
            """
            Date: 2025-01-29

            “We were lucky with the weather,” Gareth Lowe told the Echo on Tuesday night. The semi-final is on 15 February.
            """, published: nil)
        let claim = try #require(story.claims.first)
        #expect(claim.said?.text == "on Tuesday night")
        #expect(claim.said?.resolved?.start == Day(iso: "2025-01-28"))
        #expect(claim.said?.resolved?.inferred == true)
        #expect(story.events.map(\.when.text) == ["on 15 February"])
    }

    @Test func aHappeningNamedTwiceInOneArticleOnOneDayIsOneEvent() throws {
        let story = try draftStory(
            """
            Date: 2025-02-26

            Zelensky will meet Trump in Washington on Friday. The meeting between Zelensky and Trump on 28 February is the first since the election.
            """, published: nil)
        #expect(story.events.count == 1)
        #expect(story.events.first?.when.evidence.map(\.excerpt) == ["on Friday", "on 28 February"])
    }

    @Test func aHappeningOfTheSameKindOnAnotherDayIsAnotherEvent() throws {
        let story = try draftSet([
            """
            Date: 2025-05-27

            The Pemberleigh council will vote on the harbour budget on 3 June, the mayor Ann Whitby said.
            """,
            """
            Date: 2025-06-12

            The Pemberleigh council voted on a parking plan on 10 June, the mayor Ann Whitby said.
            """,
        ])
        #expect(story.events.allSatisfy { $0.reports.isEmpty })
        #expect(story.events.count == 2)
    }

    @Test func aStatementOfOutcomeWithoutADateReportsOnTheEventItNames() throws {
        let story = try draftSet([
            """
            Date: 2025-03-10

            Harrowden Foods said it would complete its takeover of Bellwick Dairies by the end of June, its chief executive Mara Quint said.
            """,
            """
            Date: 2025-05-02

            The takeover of Bellwick Dairies by Harrowden Foods was blocked by the competition board, Mara Quint said.
            """,
        ])
        let takeover = try #require(story.events.first { !$0.reports.isEmpty })
        // "said it would complete": what the firm expects, reported.
        #expect(history(takeover) == ["article-1 expected", "article-2 cancelled"])
    }

    @Test func aHappeningToComeWithNoDateIsAnEventAndNotOneWithoutPeople() throws {
        let story = try draftSet([
            """
            Date: 2025-02-26

            Trump announced the upcoming signing of the agreement with Zelensky. A new plan is expected.
            """
        ])
        #expect(story.events.count == 1)
        #expect(story.events.first?.status == .scheduled)
        #expect(story.events.first?.when.resolved == nil)
        #expect(story.events.first?.title == "Signing of the agreement with Zelensky")
    }

    @Test func aResultOfOneHappeningIsLinkedToIt() throws {
        let story = try draftSet([
            """
            Date: 2025-02-26

            Zelensky is due to sign the agreement with Trump on Friday.
            """,
            """
            Date: 2025-03-04

            The row between Zelensky and Trump broke out on Friday in the Oval Office.

            As a result of the row, the signing with Trump was called off and Zelensky left.
            """,
        ])
        let signing = try #require(story.events.first { !$0.reports.isEmpty })
        let row = try #require(story.events.first { $0.title.contains("row") && $0.reports.isEmpty })
        #expect(signing.links.map(\.kind) == [.outcomeOf])
        #expect(signing.links.first?.event == row.id)
        #expect(signing.links.first?.evidence.first?.excerpt == "As a result of")
    }

    @Test func whatAPostponementCameAfterIsAnEventItIsAnOutcomeOf() throws {
        let story = try draftSet([
            """
            Date: 2024-05-09

            Pemberleigh's councillors will vote on Tuesday on plans to close Market Street, council leader Helen Marsh said.
            """,
            """
            Date: 2024-05-15

            The vote on Market Street was postponed on Tuesday night after the council's own lawyers warned that members had too little time.
            """,
        ])
        let vote = try #require(story.events.first { !$0.reports.isEmpty })
        let warning = try #require(story.events.first { $0.title.contains("lawyers warned") })
        #expect(warning.status == .happened)
        #expect(vote.links.map(\.kind) == [.outcomeOf])
        #expect(vote.links.first?.event == warning.id)
        #expect(vote.links.first?.evidence.first?.excerpt == "after")
    }

    @Test func aReplyByNameAnswersTheLatestWordsOfThatPersonInAnEarlierArticle() throws {
        let story = try draftSet([
            """
            Date: 2025-06-03

            Mayor Ruth Alder said: “The road will be paid for by the county.”
            """,
            """
            Date: 2025-06-10

            Tomas Brenn hit back at Alder on Monday. “The county has never promised a penny,” he said.
            """,
        ])
        let alder = try #require(story.claims.first { $0.quote?.contains("paid for") == true })
        let brenn = try #require(story.claims.first { $0.quote?.contains("never promised") == true })
        #expect(brenn.respondsTo?.claim == alder.id)
        #expect(brenn.respondsTo?.evidence.first?.excerpt == "hit back")
    }

    @Test func aReplyThatNamesNoOneAnswersTheLatestWordsOfAnotherSpeaker() throws {
        let story = try draftStory(
            """
            Date: 2025-03-04

            Donald Trump told Volodymyr Zelensky “you don’t have the cards”.

            “I’m not playing cards,” Zelensky replied.
            """, published: nil)
        let trump = try #require(story.claims.first { $0.quote == "you don’t have the cards" })
        let zelensky = try #require(story.claims.first { $0.quote?.hasPrefix("I’m not playing") == true })
        #expect(zelensky.respondsTo?.claim == trump.id)
        #expect(zelensky.respondsTo?.evidence.first?.excerpt == "replied")
    }

    @Test func theDayOfAHappeningNamedAfterSaidIsTheHappeningsNotTheWords() throws {
        let story = try draftStory(
            """
            Date: 2025-01-25

            Ann Alder said the council vote on Friday was a farce: “It was a shambles from start to end.”
            """, published: nil)
        #expect(story.claims.first?.said == nil)
        #expect(story.events.map(\.when.text) == ["on Friday"])
    }

    @Test func wordsInsideAQuotationOrAPlanRejectedAreNoReply() throws {
        let story = try draftStory(
            """
            Date: 2025-01-25

            “The budget is sound,” Ann Alder said.

            “Nobody has answered our letters in months,” Carol Dunn said.

            Bob Brenn rejected the plan. “We will not sign it,” he said.
            """, published: nil)
        #expect(story.claims.allSatisfy { $0.respondsTo == nil }, "\(story.claims.map { ($0.id, $0.respondsTo) })")
    }

    @Test func aStatedPostponementOutweighsATenseWhicheverComesFirst() throws {
        let story = try draftSet([
            """
            Date: 2025-01-20

            Alder Town will play Brenn Rovers in the county cup quarter-final on Saturday 25 January.
            """,
            """
            Date: 2025-01-25

            The quarter-final between Alder Town and Brenn Rovers has been postponed.

            The tie had been set for Saturday 25 January.
            """,
        ])
        let match = try #require(story.events.first { !$0.reports.isEmpty })
        #expect(history(match) == ["article-1 scheduled", "article-2 expected"])
    }

    @Test func anOutcomeToldAsDoneOutweighsAPlanNamedInTheSameSentence() throws {
        let story = try draftSet([
            """
            Date: 2024-05-09

            Pemberleigh's councillors will vote on Tuesday on plans to close Market Street, Helen Marsh said.
            """,
            """
            Date: 2024-07-12

            Pemberleigh's councillors have finally approved plans to close Market Street, Helen Marsh said.
            """,
        ])
        let vote = try #require(story.events.first { !$0.reports.isEmpty })
        #expect(history(vote) == ["article-1 scheduled", "article-2 happened"])
    }

    @Test func aHedgedFutureIsExpectedNotScheduled() throws {
        let story = try draftStory("Talks between the two unions will likely resume on Friday.")
        #expect(story.events.first?.status == .expected)
    }

    @Test func aDayAfterTheArticlesOwnHasNotHappened() throws {
        let story = try draftStory(
            "Ashby Town manager Gareth Lowe says his side are ready to host Kettleford tomorrow.",
            published: Day(iso: "2025-01-24"))
        #expect(story.events.first?.status == .scheduled)
    }
}
