import ArgumentParser

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open a story (the default command). Prints the story's summary."
    )

    @OptionGroup var source: StoryOption

    func run() throws {
        let story = try source.load()
        print(visibleText(story.title))
        print()
        print(visibleText(story.summary))
        print()
        print("\(story.counts).")
        print("Run 'storyscope export --format markdown' for the full briefing.")
    }
}
