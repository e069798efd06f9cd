import ArgumentParser

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

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let story = try source.load()
        let text = switch format {
        case .json: JSONExport.render(story)
        case .markdown: MarkdownExport.render(story)
        }
        if let output {
            if let failure = OutputFile.write(text, to: output) {
                StandardError.print("\(output): error: cannot write: \(failure)")
                throw ExitCode(73)  // EX_CANTCREAT
            }
        } else {
            StandardOutput.write(text)
        }
    }
}
