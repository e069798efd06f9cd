/// How a story develops across its documents, worked out from the story alone: what each
/// document said of an event, what came of what was expected, what changed since the first
/// report, and what was said when. The browser and the Markdown briefing both read it, so the
/// two always say the same thing; each only words it for its medium.
public struct StoryDevelopment: Sendable {
    public let story: Story
    public let index: StoryIndex
    /// The story's documents in the order they came out (undated ones last, in file order).
    public let documentsInTimeOrder: [Int]
    /// The day the latest dated document came out: what "now" is for the story.
    public let latestDay: Day?
    /// Whether some claim says when its words were said.
    let claimsSayWhenSaid: Bool

    public init(story: Story, index: StoryIndex? = nil) {
        self.story = story
        self.index = index ?? StoryIndex(story)
        documentsInTimeOrder = story.documents.indicesInTimeOrder
        latestDay = story.documents.compactMap { $0.published?.day }.max()
        claimsSayWhenSaid = story.claims.contains { $0.said?.resolved != nil }
    }

    /// The day a document came out, if it says.
    public func day(ofDocument document: Int) -> Day? { story.documents[document].published?.day }

    /// Whether the story is told across several documents.
    public var hasSeveralDocuments: Bool { story.documents.count > 1 }
}
