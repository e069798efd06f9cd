import StoryModel
import Testing

@testable import StoryDrafting

/// Names whose kind their neighbours tell: places listed after one named "in", a given name
/// after a word for kin, a surname before "Jr.", a sports ground. The sentences were written
/// for these tests, in the manner of the real articles that showed each problem.
@Suite struct ListAndKinRuleTests {
    func kind(_ story: Story, _ name: String) -> Entity.Kind? { story.entities.first { $0.names.contains(name) }?.kind }

    @Test func namesListedAfterAPlaceNamedInAreThemselvesPlaces() throws {
        let story = try draftStory(
            "Crews toured the damage in Orrinby and Quellwick on Monday. Two people died in Sant Varo, Marquel and Tezzin, officials said. "
                + "The Varo Growers Trust and the Tezzin Hall committee opened shelters.")
        #expect(kind(story, "Orrinby") == .place)
        #expect(kind(story, "Quellwick") == .place)
        #expect(kind(story, "Marquel") == .place)
        #expect(kind(story, "Tezzin") == .place)
        // A body's name in a list of its own stays a body's.
        #expect(kind(story, "Varo Growers Trust") == .organisation)
    }

    @Test func aListAfterAPlaceNeedsTheListsWords() throws {
        // "in Orrinby, Quellwick's mayor said": a comma, then no list.
        let story = try draftStory("The flood reached homes in Orrinby. Later Tezzin said the barrier had held.")
        #expect(kind(story, "Orrinby") == .place)
        #expect(kind(story, "Tezzin") != .place)
    }

    @Test func aGivenNameAfterAWordForKinIsAPerson() throws {
        let story = try draftStory(
            "Mayor Tom Orrin was joined on stage by his wife Sandy, who thanked the volunteers. Sandy had run the phone bank."
        )
        #expect(kind(story, "Sandy") == .person)
        #expect(kind(story, "Tom Orrin") == .person)
    }

    @Test func theSurnameOfAJuniorIsTheWordBeforeJr() throws {
        let story = try draftStory(
            "“We counted twice,” said disaster council chief Jose Orrin Jr. Later Orrin said the count was final.")
        let orrin = try #require(story.entities.first { $0.name.hasPrefix("Jose Orrin") })
        #expect(orrin.kind == .person)
        #expect(orrin.names.contains("Orrin"))
        #expect(!story.entities.contains { $0.name == "Orrin" && $0.kind != .person })
    }

    @Test func aSportsFieldIsAPlace() throws {
        let story = try draftStory("The Orrin Owls beat Quell State 2-1 at Tezzin Field on Sunday.")
        #expect(kind(story, "Tezzin Field") == .place)
    }
}
