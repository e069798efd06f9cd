import Foundation
import StoryModel

/// The package folder, for fixtures.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A story file's text loaded as `storyscope validate` loads it, with no files beside it.
func load(_ json: String) throws(StoryLoadError) -> Story {
    try StoryLoader().load(bytes: Array(json.utf8), name: "test.json") { _ in
        .failure(.init(message: "no files in tests"))
    }
}
