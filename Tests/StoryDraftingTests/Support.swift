import Foundation
import StoryDrafting
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

/// An article of text written for a test, drafted and loaded as validate loads the file.
func draftStory(_ text: String, published: Day? = Day(iso: "2025-02-26")) throws -> Story {
    try Drafter.load(try Drafter.draft([Drafter.Article(name: "test.txt", text: text, published: published)]))
}

/// Articles written for a test (each with its "Date: …" first line), drafted together as one
/// story and loaded; their documents are article-1, article-2, …
func draftSet(_ texts: [String]) throws -> Story {
    try Drafter.load(
        try Drafter.draft(
            texts.enumerated().map { Drafter.Article(name: "article-\($0.offset + 1).txt", text: $0.element) }))
}
