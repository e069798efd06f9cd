@testable import StoryModel

/// A version 2 story that uses every field and every form the schema describes, so that a
/// walk of the schema along it reaches every rule. Document "b" is read from "b.txt".
enum SchemaExampleStory {
    static let textA =
        "Launch set for Friday\nThe launch is set for Friday. Mia said \"we are ready\".\nWashington agreed to help, Mia said."
    static let textB = "The launch was called off on Friday. In reply, Leo said \"we were never ready\"."

    static let json = """
        {"format": "storyscope-story", "version": 2, "id": "example", "title": "T", "summary": "S",
         "documents": [
          {"id": "a", "title": "A", "kind": "news article", "outlet": "O", "url": "https://example.invalid/a",
           "published": {"date": "2025-06-03", "inferred": true, "basis": "the dateline"}, "note": "n",
           "parts": [{"role": "headline", "lines": 1, "note": "n"}, {"role": "body", "lines": [2, 3]}],
           "text": \(jsonString(textA))},
          {"id": "b", "title": "B", "published": {"date": "2025-06-10"}, "textFile": "b.txt"}],
         "entities": [
          {"id": "mia", "name": "Mia", "kind": "person", "role": "r", "description": "d",
           "aliases": ["Mia Holt", {"name": "the engineer", "matchIn": ["a"]}], "matchIn": ["a", "b"],
           "mentions": [{"document": "a", "excerpt": "Mia said", "occurrence": 2}], "drafted": false},
          {"id": "leo", "name": "Leo", "kind": "person", "role": "r", "description": "d"},
          {"id": "washington", "name": "Washington", "kind": "place", "role": "r", "description": "d"}],
         "relations": [
          {"id": "mia-opposes-leo", "subject": "mia", "predicate": "opposes", "object": "leo", "label": "argues with",
           "evidence": [{"document": "b", "start": 37, "end": 45, "excerpt": "In reply"}], "drafted": false}],
         "events": [
          {"id": "talks", "status": "happened", "title": "Talks", "summary": "s",
           "when": {"text": "that week", "evidence": [{"document": "a", "excerpt": "set for Friday", "occurrence": 1}],
                    "resolved": {"precision": "week", "start": "2025-06-02", "end": "2025-06-08"}},
           "evidence": [{"excerpt": "Washington agreed to help"}]},
          {"id": "launch", "title": "Launch", "summary": "s", "status": "cancelled",
           "when": {"text": "on Friday", "evidence": {"document": "b", "excerpt": "on Friday"},
                    "resolved": {"precision": "day", "date": "2025-06-06", "inferred": true,
                                 "basis": "the Friday of that week"}},
           "participants": ["mia", "leo"], "place": "washington",
           "evidence": [{"document": "b", "excerpt": "The launch was called off"}],
           "links": [{"kind": "follows", "event": "talks", "evidence": [{"document": "b", "excerpt": "called off"}]}],
           "reports": [{"document": "a", "status": "scheduled", "evidence": [{"excerpt": "The launch is set for Friday"}],
                        "when": {"text": "for Friday", "evidence": {"excerpt": "set for Friday", "occurrence": 2},
                                 "resolved": {"precision": "day", "date": "2025-06-06"}}},
                       {"document": "b", "status": "cancelled", "evidence": [{"excerpt": "was called off"}]}],
           "drafted": false}],
         "claims": [
          {"id": "ready", "speaker": "mia", "quote": "we are ready", "paraphrase": "p", "reach": "said",
           "event": "talks", "about": ["washington"], "evidence": [{"excerpt": "Mia said \\"we are ready\\""}],
           "drafted": false},
          {"id": "never", "speaker": "leo", "quote": "we were never ready", "paraphrase": "p", "reach": "disputed",
           "event": "launch", "evidence": [{"document": "b", "excerpt": "Leo said \\"we were never ready\\""}],
           "respondsTo": {"claim": "ready", "evidence": [{"document": "b", "excerpt": "In reply"}]},
           "said": {"text": "on Friday", "evidence": [{"document": "b", "excerpt": "on Friday"}],
                    "resolved": {"precision": "day", "date": "2025-06-06", "inferred": true, "basis": "that Friday"}}},
          {"id": "view", "speaker": "b", "paraphrase": "p", "reach": "assessed",
           "evidence": [{"document": "b", "excerpt": "The launch was called off on Friday."}]}],
         "topics": [
          {"id": "readiness", "question": "Ready?", "summary": "s",
           "sides": [{"label": "yes", "summary": "s", "claims": ["ready"]}, {"label": "no", "claims": ["never"]}],
           "others": ["view"], "drafted": false}]}
        """

    static var root: JSONValue { try! JSONParser.parse(Array(json.utf8)) }

    /// Loads a story file as this story's: "b.txt" is document b's text.
    static func load(_ value: JSONValue) -> Result<Story, StoryLoadError> {
        let bytes = Array(JSONWriter.render(value).utf8)
        do {
            return .success(
                try StoryLoader().load(bytes: bytes, name: "example.json") { name in
                    name == "b.txt" ? .success(textB) : .failure(.init(message: "no such file"))
                })
        } catch {
            return .failure(error)
        }
    }
}
