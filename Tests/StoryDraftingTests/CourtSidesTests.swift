import StoryModel
import Testing

@testable import StoryDrafting

/// The prosecution against the defence in a court report, and "took issue with". The sentences
/// were written for these tests, in the manner of the real court reports that showed the problem.
@Suite struct CourtSidesTests {
    func pairs(_ story: Story) -> Set<String> {
        Set(story.topics.map { $0.sides.map(\.label).sorted().joined(separator: " / ") })
    }

    @Test func theProsecutionsSpeakersAreSetAgainstTheDefences() throws {
        let story = try draftStory(
            """
            Marta Quell said, in her prosecution closing speech to jurors, that the account was “no easy lie”.

            Tomas Orrin said, in his defence closing speech, that the complainant wanted money.

            “Examine the evidence carefully,” Orrin told jurors.
            """)
        #expect(pairs(story).contains("Marta Quell / Tomas Orrin"))
    }

    @Test func aTitleBeforeTheNameGivesTheSideAndAnUnquotedSideIsReported() throws {
        let story = try draftStory(
            """
            Judge Ann Lusk warned prosecutor Ben Tarrow twice during the morning.

            Defense attorney Cora Vell said, “I would ask the court to consider a mistrial.”
            """)
        let topic = try #require(story.topics.first { Set($0.sides.map(\.label)) == ["Ben Tarrow", "Cora Vell"] })
        let tarrow = try #require(story.entities.first { $0.name == "Ben Tarrow" })
        #expect(story.claims.contains { $0.speaker == tarrow.id && $0.reach == .reported })
        #expect(topic.drafted)
    }

    @Test func aCountrysDefenceIsNoSide() throws {
        let story = try draftStory(
            """
            Defence Secretary Ann Lusk said the budget would rise. “We will spend more,” Lusk said.

            Prosecutors in Quellport charged Ben Tarrow on Monday. “The case is strong,” prosecutor Cora Vell said.
            """)
        #expect(!story.topics.contains { Set($0.sides.map(\.label)) == ["Ann Lusk", "Cora Vell"] })
    }

    @Test func tookIssueWithThatAnswersTheSpeakerBefore() throws {
        let story = try draftStory(
            """
            “They are liars,” defence lawyer Carl Orrin told the jury.

            Prosecutor Dana Quell took issue with that.

            “You need to look at the whole picture,” Quell told jurors.
            """)
        #expect(story.topics.contains { Set($0.sides.map(\.label)) == ["Carl Orrin", "Dana Quell"] })
    }
}

/// A name that runs past its sentence's end ("… Ann. Lee …" where Ann Lee is named in full)
/// reads its side inside the sentence it starts in.
@Suite struct CourtSidesEdgeTests {
    @Test func aNameAcrossASentenceBreakIsReadSafely() throws {
        let story = try draftStory(
            """
            Prosecutor Ann Lee said “no.” Defence lawyer Bo Park said “yes.” The jury heard from Ann. Lee defence lawyers said.
            """)
        #expect(!story.entities.isEmpty)
    }
}
