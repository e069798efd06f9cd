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

    @Option(
        name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: [.short, .long], help: "Replace the --output file even when it is read-only.")
    var force = false

    func run() throws {
        let story = try source.load()
        let text =
            switch format {
            case .json: JSONExport.render(story)
            case .markdown: MarkdownExport.render(story)
            }
        if let output {
            if let failure = OutputFile.write(text, to: output, force: force) {
                StandardError.print("\(output): error: cannot write: \(failure)")
                throw CommandFailure(status: .cannotCreate)
            }
        } else {
            try StandardOutput.write(text)
        }
    }
}
