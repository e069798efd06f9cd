import ArgumentParser
import StoryModel

#if canImport(Glibc)
import Glibc
#endif

@main
struct Storyscope: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "storyscope",
        abstract: "Take a news story apart: who is involved, what happened when, and who claims what.",
        discussion: """
            With no subcommand, storyscope opens the story that ships with it (the February 2025 \
            US–Ukraine minerals deal); storyscope FILE (or --story FILE) opens a story file, or a \
            plain-text article drafted at once (see storyscope draft); storyscope FILE... or \
            FOLDER opens several articles, or a folder's, as one story, in order of their dates \
            (see storyscope help browse).
            """,
        version: "storyscope \(version)",
        subcommands: [Browse.self, Draft.self, Export.self, Validate.self, Schema.self],
        defaultSubcommand: Browse.self
    )

    /// `storyscope` alone, the everyday start, opens the browser on the embedded story at once:
    /// there is nothing to parse, and the parser's set-up (it reflects over every command) would
    /// cost about 2.5 ms of the first screen. Everything else goes through the parser, and every
    /// message it prints is made visible first: an argument may hold escape sequences.
    static func main() {
        if CommandLine.arguments.count <= 1 {
            Glibc.exit(
                Browse.open(storyPath: nil, options: Browse.options(noColor: false, ascii: false, mouse: false))
                    .rawValue)
        }
        // `storyscope FILE` (or FOLDER) too: a first screen as quick as the embedded story's.
        if CommandLine.arguments.count == 2, let file = CommandLine.arguments.last, !file.hasPrefix("-"),
            !(configuration.subcommands.map { $0._commandName } + ["help"]).contains(file)
        {
            let options = Browse.options(noColor: false, ascii: false, mouse: false)
            Glibc.exit(Browse.openFiles([file], published: nil, options: options).rawValue)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            Glibc.exit(failure.status.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = visibleText(fullMessage(for: error), keepingLayout: true)
            if !message.isEmpty {
                if code == .success {
                    do { try StandardOutput.write(message + "\n") } catch { Glibc.exit(ExitStatus.ioError.rawValue) }
                } else {
                    for line in message.split(separator: "\n", omittingEmptySubsequences: false) {
                        StandardError.print(String(line))
                    }
                }
            }
            Glibc.exit(code.rawValue)
        }
    }
}

/// `--story FILE`, shared by the commands that read one story.
struct StoryOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A story file to read instead of the embedded story.", valueName: "file"))
    var story: String?

    /// Loads the chosen story, or prints every problem and fails with 65 (invalid) or 66
    /// (unreadable).
    func load() throws(CommandFailure) -> Story {
        switch Self.load(path: story) {
        case .success(let story): return story
        case .failure(let failure): throw failure
        }
    }

    static func load(path: String?, bytes: [UInt8]? = nil) -> Result<Story, CommandFailure> {
        do {
            if let path, let bytes { return .success(try StoryLoader().load(bytes: bytes, path: path)) }
            if let path { return .success(try StoryLoader().load(path: path)) }
            return .success(try StoryLoader().loadEmbedded())
        } catch {
            for diagnostic in error.diagnostics { StandardError.print(diagnostic.description) }
            return .failure(CommandFailure(status: error.kind.exitStatus))
        }
    }
}
