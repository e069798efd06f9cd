import Foundation
import StoryDrafting
import StoryModel
import Testing

/// How exactly a plan's time is given, when words were said, and whose happening a time in a
/// clause of its own is. The sentences were written for these tests.
@Suite struct PlanAndAttributionTests {
    func event(_ story: Story, _ words: String) -> Event? {
        story.events.first { $0.evidence.contains { $0.excerpt.contains(words) } }
    }

    @Test func aPlanWithADayIsScheduledAndOneWithAVaguerTimeIsExpected() throws {
        let story = try draftStory(
            """
            The ribbon cutting at the Orrin Street depot is set for Tuesday.

            Marta Quell said building work was planned for next spring, with the depot set to open in 2027.

            The Orrin board would hold a special meeting on Thursday night, Quell said.

            If the loan is approved, the Orrin firm would start hiring in September.

            Quell plans to brief the Orrin board on Friday.
            """, published: Day(iso: "2025-10-10"))
        #expect(event(story, "set for Tuesday")?.status == .scheduled)
        #expect(event(story, "planned for next spring")?.status == .expected)
        #expect(story.events.first { $0.when.text.contains("2027") }?.status == .expected)
        // "would" with a day, in reported speech, is an arrangement.
        #expect(event(story, "special meeting on Thursday night")?.status == .scheduled)
        #expect(event(story, "start hiring in September")?.status == .expected)
        // An intention with a day is still only an intention.
        #expect(event(story, "plans to brief")?.status == .expected)
    }

    @Test func plansVotedOnAreNoIntention() throws {
        let story = try draftStory(
            "Councillors in Orrin will vote on Tuesday on plans to close Quay Street to traffic.",
            published: Day(iso: "2025-10-10"))
        #expect(story.events.first?.status == .scheduled)
    }

    @Test func aTimeJustAfterAVerbInThePastHappenedWhateverComesNext() throws {
        let story = try draftStory(
            """
            Orrin Dairy shares fell 9% on Wednesday as investors priced in a greater risk that the deal would fail.

            The Orrin board, which opened an inquiry into the merger in November, said the deal would hurt farmers.
            """, published: Day(iso: "2025-01-16"))
        #expect(event(story, "fell 9% on Wednesday")?.status == .happened)
        #expect(story.events.first { $0.when.text == "in November" }?.status == .happened)
    }

    @Test func anAttributionsDayAfterTheHappeningsOwnMakesNoEvent() throws {
        let story = try draftStory(
            "The signing ceremony is scheduled for 11 a.m. Oct. 15 at the old mill, county spokesperson Dana Orrin said Thursday.",
            published: Day(iso: "2024-10-11"))
        #expect(story.events.count == 1)
        #expect(story.events.first?.when.resolved?.start == Day(iso: "2024-10-15"))
        // When the day of saying comes first, it is the sentence's own happening's.
        let first = try draftStory(
            "The Orrin minister said Monday that his country wants a summit in less than six months.",
            published: Day(iso: "2022-12-27"))
        #expect(first.events.contains { $0.when.text == "Monday" })
    }

    @Test func aSentenceThatIntroducesAQuotationGivesItsDay() throws {
        let story = try draftStory(
            """
            The Orrin manager, Petra Lund, spoke after the match.

            Lund told the Echo on Tuesday night:

            “We were the better side, and I will not apologise for that.”
            """, published: Day(iso: "2025-01-29"))
        let claim = try #require(story.claims.first { $0.quote?.contains("better side") == true })
        #expect(claim.said?.resolved?.start == Day(iso: "2025-01-28"))
        #expect(claim.said?.resolved?.inferred == true)
        #expect(!story.events.contains { $0.when.text.contains("Tuesday night") })
    }

    @Test func theSameHappeningOnTheSameDayIsOneEventWhereOnlyItsPlaceIsNamed() throws {
        let story = try draftStory(
            """
            Orrin Town host Kettleby Rovers in the cup quarter-final tomorrow.

            Kick-off at Quell Lane is at 3pm on Saturday 25 January.
            """, published: Day(iso: "2025-01-24"))
        #expect(story.events.count == 1)
        #expect(story.events.first?.evidence.count == 2)
    }

    @Test func aTimeInARelativeClauseIsThatClausesHappening() throws {
        let story = try draftSet([
            """
            Date: 2025-01-24

            Orrin Town host Kettleby Rovers in the cup quarter-final on Saturday 25 January.
            """,
            """
            Date: 2025-01-29

            Orrin Town will travel to Scarrow United, who beat Pellham on penalties last week, in the semi-final on Saturday 15 February.
            """,
        ])
        // Last week's match was Scarrow United's and Pellham's, not Orrin Town's quarter-final.
        let quarterFinal = try #require(event(story, "quarter-final on Saturday 25 January"))
        #expect(quarterFinal.reports.isEmpty)
        #expect(quarterFinal.when.resolved?.start == Day(iso: "2025-01-25"))
        let beaten = try #require(story.events.first { $0.when.text == "last week" })
        #expect(beaten.status == .happened)
    }

    @Test func aWiderTimeInALaterArticleLeavesTheDayGivenBefore() throws {
        let story = try draftSet([
            """
            Date: 2025-03-03

            Orrin Council will vote on the Quay Street scheme on Thursday.
            """,
            """
            Date: 2025-03-10

            Orrin Council approved the Quay Street scheme last week after a long debate.
            """,
        ])
        let vote = try #require(story.events.first { !$0.reports.isEmpty })
        #expect(vote.reports.map(\.status) == [.scheduled, .happened])
        #expect(vote.when.resolved?.precision == .day)
        #expect(vote.when.resolved?.start == Day(iso: "2025-03-06"))
    }
}

/// A happening put off and given its new day later in the same article, and the times a
/// speaker gives that name no happening. The sentences were written for these tests.
@Suite struct PutOffAndRetoldTests {
    @Test func aVotePutOffThenGivenItsNewDayIsScheduledForThatDay() throws {
        let story = try draftSet([
            """
            Date: 2024-05-09

            Orrin councillors will vote on Tuesday on the Quay Street scheme.
            """,
            """
            Date: 2024-05-15

            The vote on the Quay Street scheme was postponed on Tuesday night after the council's lawyers warned that the papers were late.

            The vote will now take place at a special meeting on 4 June.
            """,
        ])
        let vote = try #require(story.events.first { !$0.reports.isEmpty })
        #expect(vote.reports.map(\.status) == [.scheduled, .scheduled])
        #expect(vote.when.resolved?.start == Day(iso: "2024-06-04"))
        #expect(vote.reports.last?.evidence.first?.excerpt.contains("4 June") == true)
        // What was put off "after" something came of it, whatever day it was given next.
        #expect(vote.links.contains { $0.kind == .outcomeOf })
        // "at a special meeting" is where the vote takes place: no meeting of its own.
        #expect(!story.events.contains { $0.when.text == "on 4 June" && $0.id != vote.id })
    }

    @Test func aSpeakersTimeOnTheDayOfAHappeningToldIsThatHappeningsDay() throws {
        let story = try draftStory(
            """
            The Orrin council meeting was abandoned on Tuesday night amid protests in the gallery.

            “That did not happen tonight, and it will not happen again,” council leader Petra Lund said.
            """, published: Day(iso: "2024-06-04"))
        #expect(story.events.count == 1)
        let meeting = try #require(story.events.first)
        #expect(meeting.when.evidence.map(\.excerpt) == ["on Tuesday night", "tonight"])
    }
}

/// One sentence that tells several happenings, each with what came of it. Written for these tests.
@Suite struct ListedOutcomeTests {
    @Test func eachHappeningOfAListGetsItsOwnOutcome() throws {
        let story = try draftStory(
            """
            Orrin and Quell were due to sign the port agreement at a ceremony on Friday, followed by a joint press conference.

            As a result of the row, the signing was called off, the press conference was cancelled and the Quell delegation went home.
            """, published: Day(iso: "2025-03-04"))
        let signing = try #require(story.events.first { $0.when.text == "on Friday" })
        #expect(signing.status == .cancelled)
        let conference = try #require(story.events.first { $0.title == "Press conference was cancelled" })
        #expect(conference.status == .cancelled)
        #expect(conference.evidence.first?.excerpt.hasPrefix("As a result of the row") == true)
    }

    @Test func preparingToSignOnADayLooksAhead() throws {
        let story = try draftStory(
            "Orrin and Quell are preparing to sign a port deal on March 4.", published: Day(iso: "2025-03-03"))
        #expect(story.events.first?.status == .scheduled)
    }
}

/// Sentences a review found the first versions of these rules got wrong, written for these tests.
@Suite struct PlanRuleReviewTests {
    func status(_ text: String, _ published: String, _ words: String) throws -> Event.Status? {
        try draftStory(text, published: Day(iso: published)).events.first {
            $0.evidence.contains { $0.excerpt.contains(words) }
        }?.status
    }

    @Test func aVerbAfterAModalOrADeterminerIsNoPastTense() throws {
        #expect(
            try status("Orrin Rovers must beat Quell Town on Saturday to stay up.", "2025-01-22", "must beat")
                == .scheduled)
        // "The delayed match": an adjective after a determiner, not a verb in the past.
        #expect(
            try status("The delayed match against Quell Town on Saturday will be shown live.", "2025-01-22", "delayed")
                == .scheduled)
    }

    @Test func aPlanGoingAheadEvenIfIsNoCondition() throws {
        #expect(
            try status(
                "The Orrin vote will go ahead on Tuesday even if the opposition walks out.", "2025-01-22", "go ahead")
                == .scheduled)
        #expect(try status("The planned Orrin strike will go ahead on Monday.", "2025-01-22", "planned") == .scheduled)
    }

    @Test func anOpeningTimeIsTheHappeningsAndTheAttributionsDayMakesNoEvent() throws {
        let story = try draftStory(
            "On Monday, the Orrin council voted to close Quay Road, a spokesman said Tuesday.",
            published: Day(iso: "2025-01-22"))
        #expect(story.events.map(\.when.text) == ["On Monday"])
    }

    @Test func addedIsAHappeningToo() throws {
        let story = try draftStory(
            "Orrin Rovers lost on Saturday and added a striker on Monday.", published: Day(iso: "2025-01-22"))
        #expect(story.events.contains { $0.when.text == "on Monday" })
    }
}

@Suite struct ListAndKinReviewTests {
    func kind(_ story: Story, _ name: String) -> Entity.Kind? { story.entities.first { $0.names.contains(name) }?.kind }

    @Test func aCommaAfterAPlaceIsNoListWhenNoneGoesOn() throws {
        let story = try draftStory("The firm has offices in London, Quellsoft said on Monday.")
        #expect(kind(story, "Quellsoft") != .place)
    }

    @Test func kinComesBeforeAPlaceOfTheSameName() throws {
        let story = try draftStory("Mayor Tom Orrin thanked his daughter Georgia, who ran the phone bank.")
        #expect(kind(story, "Georgia") == .person)
    }

    @Test func aGivenNameBeforeFieldIsAPerson() throws {
        let story = try draftStory("Sally Field won the award on Sunday. The final was played at Quell Field.")
        #expect(kind(story, "Sally Field") == .person)
        #expect(kind(story, "Quell Field") == .place)
    }
}
