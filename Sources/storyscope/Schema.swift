import ArgumentParser
import StoryModel

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema of story files, for authors and their editors."
    )

    static let assetName = "story.schema.json"

    func run() throws {
        guard let schema = StoryLoader.embeddedAsset(named: Self.assetName) else {
            StandardError.print("storyscope: error: this build has no embedded \(Self.assetName)")
            throw CommandFailure(status: .software)
        }
        try StandardOutput.write(schema)
    }
}
