import ArgumentParser
import StoryModel

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the whole story as JSON (a story file) or as a Markdown briefing."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown
    }

    @OptionGroup var source: StoryOption

    @Option(name: .long, help: "json: a story file that loads back unchanged; markdown: a briefing with citations.")
    var format: Format

    @OptionGroup var destination: OutputOption

    func run() throws {
        let story = try source.load()
        let text =
            switch format {
            case .json: JSONExport.render(story)
            case .markdown: MarkdownExport.render(story)
            }
        try destination.write(text)
    }
}
