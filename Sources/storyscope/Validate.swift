import ArgumentParser

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check story files and report every problem with its place.",
        discussion: """
            Prints "OK FILE (N entities, N events, N claims, N topics)" for each valid file and \
            FILE:LINE:COLUMN: error: ... for each problem. Exit status: 0 when every file is valid, \
            66 when a file is missing or unreadable, 65 when a file is invalid.
            """
    )

    @Argument(help: ArgumentHelp("Story files to check.", valueName: "file"))
    var files: [String]

    func run() throws {
        var worst: Int32 = 0
        for file in files {
            do {
                let story = try StoryLoader().load(path: file)
                print(visibleText("OK \(file) (\(story.counts))"))
            } catch {
                StandardError.print(error.description)
                let status = error.kind.exitStatus
                // A file that cannot be read at all outranks one that is merely invalid.
                if worst == 0 || status == 66 { worst = status }
            }
        }
        if worst != 0 { throw ExitCode(worst) }
    }
}
