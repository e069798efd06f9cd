import ArgumentParser
import StoryModel

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check story files and report every problem with its place.",
        discussion: """
            Prints "OK FILE (N entities, N events, N claims, N topics)" for each valid file (with \
            how many items are drafted and not yet reviewed, if any) and \
            FILE:LINE:COLUMN: error: ... for each problem. Exit status: 0 when every file is valid, \
            66 when a file is missing or unreadable, 65 when a file is invalid, 74 when standard \
            output cannot be written.
            """
    )

    @Argument(help: ArgumentHelp("Story files to check.", valueName: "file"))
    var files: [String]

    func run() throws {
        var worst = ExitStatus.success
        for file in files {
            do {
                let story = try StoryLoader().load(path: file)
                let drafted = story.draftedCount
                let review = drafted > 0 ? "; \(drafted) drafted, not yet reviewed" : ""
                try StandardOutput.write(visibleText("OK \(file) (\(story.counts)\(review))") + "\n")
            } catch let error as StoryLoadError {
                for diagnostic in error.diagnostics { StandardError.print(diagnostic.description) }
                let status = error.kind.exitStatus
                // A file that cannot be read at all outranks one that is merely invalid.
                if worst == .success || status == .unreadable { worst = status }
            }
        }
        if worst != .success { throw CommandFailure(status: worst) }
    }
}
