import StoryModel
import Testing

@testable import StoryDrafting

/// Contrasts as real articles make them (issue 16, class 9), on text written for these tests.
@Suite struct ContrastRuleTests {
    func draft(_ text: String) throws -> Story { try draftStory(text) }

    /// The pairs of speakers set against each other, each as "A / B" in the order of the sides.
    func pairs(_ story: Story) -> [String] {
        let speaker = Dictionary(uniqueKeysWithValues: story.claims.map { ($0.id, $0.speaker) })
        let name = Dictionary(uniqueKeysWithValues: story.entities.map { ($0.id, $0.name) })
        return story.topics.map { topic in
            topic.sides.map { side in side.claims.first.flatMap { speaker[$0] }.flatMap { name[$0] } ?? "?" }
                .joined(separator: " / ")
        }
    }

    @Test func aRebuttalSetsTheSecondSpeakerAgainstTheFirst() throws {
        let story = try draft(
            """
            Opposition leader Carla Mendes said: "The tax plan is chaos."

            Prime Minister Greta Holm hit back: "Chaos is what we inherited."
            """)
        #expect(pairs(story) == ["Carla Mendes / Greta Holm"])
        #expect(story.topics[0].question != "Carla Mendes and Greta Holm: how do their accounts differ?")
    }

    @Test func aSpeakerIntroducedAsTakingTheOtherToTaskAnswersThem() throws {
        let story = try draft(
            """
            "We have a plan for the harbour," said Mayor Ida Berg.

            But councillor Jonas Lind took Berg to task. "There is no plan, only a press release," he said.
            """)
        #expect(pairs(story) == ["Ida Berg / Jonas Lind"])
    }

    @Test func twoVoicesInARowOnOneMatterAreAContrast() throws {
        let story = try draft(
            """
            "The summit must include every country," said envoy Rita Kaur.
            "A summit without both parties cannot mediate anything," said spokesperson Leo Santos.
            """)
        let topic = try #require(story.topics.first)
        #expect(pairs(story) == ["Rita Kaur / Leo Santos"])
        #expect(topic.question.contains("summit"), "the question names what both talk about: \(topic.question)")
    }

    @Test func speakersWhoMerelyFollowEachOtherOnDifferentThingsAreNot() throws {
        let story = try draft(
            """
            "The bridge opens in June," said engineer Rita Kaur.
            "Our bakery sells more bread on Sundays," said baker Leo Santos.
            """)
        #expect(story.topics.isEmpty)
    }
}

/// Contrasts with someone the article never quotes (written for the tests, in the manner of
/// court reports and parliamentary sketches).
@Suite struct OppositionTests {
    @Test func aSpeakerSetAgainstSomeoneNeverQuoted() throws {
        let story = try draftStory(
            """
            Judge Ada Brandt admonished prosecutor Lewis Kemp twice on Tuesday. "That line is closed," she said.
            """)
        #expect(ContrastRuleTests().pairs(story) == ["Ada Brandt / Lewis Kemp"])
        // The one never quoted speaks in the sentence that sets them apart, as reported.
        let kemp = try #require(story.entities.first { $0.name == "Lewis Kemp" })
        let claim = try #require(story.claims.first { $0.speaker == kemp.id })
        #expect(claim.quote == nil && claim.reach == .reported)
        #expect(claim.evidence[0].excerpt.hasPrefix("Judge Ada Brandt admonished"))
    }

    @Test func anIntransitiveObjectionTakesTheOtherNamedInItsSentence() throws {
        let story = try draftStory(
            """
            When Sen. Mara Quill (R-Ohio) asked to speak, Senator Teo Voss (D-Vt.) objected. \
            "This is absurd," Quill said.
            """)
        #expect(ContrastRuleTests().pairs(story) == ["Teo Voss / Mara Quill"])
        #expect(!story.entities.contains { $0.name.hasPrefix("R-") || $0.name.hasPrefix("D-") })
    }

    @Test func noOppositionWithoutAnyoneQuoted() throws {
        let story = try draftStory("Chief Ines Rowe criticised Mayor Paul Orr over the budget.")
        #expect(story.topics.isEmpty)
    }
}
