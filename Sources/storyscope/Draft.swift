import ArgumentParser
import StoryDrafting
import StoryModel

struct Draft: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draft a story file from plain-text articles.",
        discussion: """
            Finds the people, countries, places and organisations the articles name, a claim for \
            every quotation with its speaker, an event for every time expression with its date \
            worked out, and the places where speakers are set against each other. Every item cites \
            the article and is marked "drafted" until a person has checked it (docs/DRAFTING.md). \
            Several articles make one story, one document each, drafted in order of their dates; \
            articles of one day go by file name, and those without a date come last.

            A folder gives the regular files directly in it: hidden files and subfolders are not \
            read, and a file in it that is not an article (a story file, say) is skipped with a \
            warning. At most \(ArticleSources.maxArticles) articles at once.

            Dates: relative dates ("on Friday", "last month") are worked out from each article's \
            publication date: a first line "Date: YYYY-MM-DD" in the article, or else --published. \
            Without either they stay unresolved, with a warning.
            """
    )

    @Argument(help: ArgumentHelp("Plain-text articles (UTF-8), or folders of them.", valueName: "article"))
    var articles: [String]

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The publication date of articles that have no \"Date:\" first line.", valueName: "YYYY-MM-DD"))
    var published: String?

    @Option(name: .long, help: "The outlet that published the articles.")
    var outlet: String?

    @Option(name: .long, help: "The story's title (default: the first article's headline).")
    var title: String?

    @OptionGroup var destination: OutputOption

    func validate() throws {
        if let published, Day(iso: published) == nil {
            throw ValidationError("--published \(published) is not a date; write YYYY-MM-DD, e.g. 2025-02-26")
        }
    }

    func run() throws {
        let draft = try Self.draft(articles, published: published.flatMap(Day.init(iso:)), outlet: outlet, title: title)
        let text = Drafter.storyFile(draft)
        try destination.write(text)
    }

    /// Reads and drafts the articles, in date order; prints warnings, or the one error and fails.
    static func draft(_ paths: [String], published: Day?, outlet: String? = nil, title: String? = nil)
        throws(CommandFailure) -> Drafter.Draft
    {
        let gathered: ArticleSources.Gathered
        switch ArticleSources.read(paths, published: published) {
        case .success(let read): gathered = read
        case .failure(let failure):
            StandardError.print("storyscope: error: \(failure.message)")
            throw CommandFailure(status: failure.unreadable ? .unreadable : .invalidStory)
        }
        for line in gathered.skipped { StandardError.print("storyscope: warning: \(line)") }
        do {
            let draft = try Drafter.draft(gathered.articles, options: Drafter.Options(title: title, outlet: outlet))
            for warning in draft.warnings { StandardError.print("storyscope: warning: \(warning)") }
            return draft
        } catch {
            StandardError.print("storyscope: error: \(error.message)")
            throw CommandFailure(status: .invalidStory)
        }
    }
}
