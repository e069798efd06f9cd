import StoryModel

/// How wide each view's list would like to be: its longest row, with the cursor's two cells
/// before it and the scroll mark's column after it. Read from the first rows of a large story
/// only, so that a story of a hundred thousand items opens as fast as a small one.
enum ListNeeds {
    static let rowsRead = 2_000

    static func of(_ context: BrowserContext) -> [ScreenID: Int] {
        let story = context.story
        func widest(_ count: Int, _ row: (Int) -> String) -> Int {
            (0..<min(count, rowsRead)).reduce(0) { max($0, DisplayWidth.of(context.style.prepare(row($1)))) } + 3
        }
        return [
            .entities: widest(story.entities.count) { EntitiesScreen.row($0, context: context) },
            .timeline: widest(story.events.count) { TimelineScreen.row($0, width: 200, context: context) },
            .narratives: widest(story.topics.count) { NarrativesScreen.row($0, context: context) },
        ]
    }
}
