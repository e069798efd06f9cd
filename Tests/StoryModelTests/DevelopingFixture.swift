import Foundation

@testable import StoryModel

/// The story told across two articles, written for the tests (Tests/Fixtures/harbour-depot):
/// the first report sets a signing for Friday 6 Jun, the second (10 Jun) says it was called off.
let developingStory: Story = try! StoryLoader().load(
    path: packageRoot.appendingPathComponent("Tests/Fixtures/harbour-depot/harbour-depot.story.json").path)

/// The same story as if the second report had said nothing of the signing: still scheduled,
/// for a day before the second report, with no report since the first.
func storyWithoutTheSecondWordOnTheSigning() -> Story {
    var story = developingStory
    let signing = story.events.firstIndex { $0.id == "signing" }!
    story.events[signing].reports.removeLast()
    story.events[signing].status = .scheduled
    return story
}
