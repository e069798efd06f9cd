import Foundation
import Testing

@testable import StoryModel

/// The package root, found from this file's path, for tests that read Assets/.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

func assetText(_ name: String) throws -> String {
    try String(contentsOf: packageRoot.appendingPathComponent("Assets").appendingPathComponent(name), encoding: .utf8)
}

/// A minimal valid story around a short text, for tests that change one thing and look at
/// what the loader says.
func storyJSON(
    text: String = "Alice met Bob in Paris on Monday. Bob said \"it went well\".",
    entities: String? = nil, events: String? = nil, claims: String? = nil,
    topics: String = "[]", extraTop: String = ""
) -> String {
    let entities =
        entities ?? """
            [{"id": "alice", "name": "Alice", "kind": "person", "role": "r", "description": "d"},
             {"id": "bob", "name": "Bob", "kind": "person", "role": "r", "description": "d"}]
            """
    let events =
        events ?? """
            [{"id": "meeting", "title": "Alice meets Bob", "summary": "s", "status": "happened",
              "when": {"text": "on Monday", "evidence": {"excerpt": "on Monday"}},
              "participants": ["alice", "bob"], "evidence": [{"excerpt": "Alice met Bob"}]}]
            """
    let claims =
        claims ?? """
            [{"id": "went-well", "speaker": "bob", "quote": "it went well", "paraphrase": "p", "reach": "said",
              "evidence": [{"excerpt": "Bob said \\"it went well\\""}]}]
            """
    return """
        {"format": "storyscope-story", "version": 1, "id": "test", "title": "T", "summary": "S",\(extraTop)
         "documents": [{"id": "doc", "title": "D", "text": \(jsonString(text))}],
         "entities": \(entities), "events": \(events), "claims": \(claims), "topics": \(topics)}
        """
}

func jsonString(_ text: String) -> String {
    JSONWriter.render(JSONValue(.string(text))).trimmingCharacters(in: .newlines)
}

func load(_ json: String, loader: StoryLoader = StoryLoader()) throws(StoryLoadError) -> Story {
    try loader.load(bytes: Array(json.utf8), name: "test.json") { _ in .failure(.init(message: "no files in tests")) }
}

/// The diagnostics a story file produces; fails the test when it loads.
func diagnostics(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Diagnostic] {
    do {
        _ = try load(json)
        Issue.record("expected the story to be rejected", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.diagnostics
    }
}

func messages(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    diagnostics(json, sourceLocation: sourceLocation).map(\.description)
}
