import Testing

@testable import StoryModel

/// The validator (the loader) and the schema agree on every rule either states. Each rule of
/// the schema is broken in turn, by edits made from the schema itself, and the loader must
/// refuse each broken story at the place broken. Conversely, a story changed in every place
/// every way (each field left out, each value of each other type, blank, empty, unknown) is
/// loaded only if the schema takes it, and refused only if the schema refuses it or for one of
/// the loader's own rules below, which a JSON Schema cannot state.
@Suite struct SchemaAgreementTests {
    static let schema = SchemaTests.schema
    static let validator = SchemaValidator(root: schema)

    /// The loader's rules a JSON Schema cannot state, by the words of their messages: they
    /// relate items to one another, to the documents' text, or to the file's version.
    static let loaderOnlyRules: [(rule: String, words: String)] = [
        ("ids are unique", "duplicate id "),
        ("excerpts are found verbatim", "is not found verbatim"),
        ("an excerpt found several times says which", "\" occurs "),
        ("an excerpt in several documents says which", "add \"document\" to say which"),
        ("evidence by offsets names its document", "needs a \"document\" field"),
        ("a status report's evidence and time are in its document", "this evidence must come from document"),
        ("spans, occurrences and lines are within the text", "is out of range"),
        ("a document's parts are within the text", "are out of range"),
        ("an excerpt equals the text at its span", "excerpt does not match the text"),
        ("a quote lies inside the claim's evidence", "is in the document but not inside this claim's evidence"),
        ("a textFile can be read", "cannot use textFile"),
        ("dates are real calendar days", "is not a valid date"),
        ("a span does not end before it starts", "is after \"end\""),
        ("a week runs Monday to Sunday", "a week runs Monday to Sunday"),
        ("a named weekday agrees with the date", " names a "),
        ("a document's parts run forward", "comes after the last"),
        ("a document's parts do not overlap", "document parts overlap"),
        ("an event is not linked to itself", "cannot be linked to itself"),
        ("a claim does not answer itself", "a claim cannot answer itself"),
        ("an answer is not dated before what it answers", "this answer is dated"),
        ("the status agrees with the latest report", "differs from the latest report's"),
        ("the latest report's time is the event's", "differs from the event's \"when\""),
        ("words are said before they are reported", "words cannot be reported before they are said"),
        ("a document reports an event's status once", "reports this event's status twice"),
        ("a claim is listed once in a topic", "is listed twice in this topic"),
        ("fields of version 2 need version 2", "format version 2"),
        ("a name has at most 32 words", "a name or alias may have at most"),
    ]

    static let itemKinds: Set<Substring> = ["document", "entity", "relation", "event", "claim", "topic", "or"]

    static func isLoaderOnly(_ message: String) -> Bool {
        // "unknown entity "x"", "unknown document or entity "x"": a reference, not a value.
        if message.hasPrefix("unknown "), let quote = message.firstIndex(of: "\"") {
            let words = message[message.index(message.startIndex, offsetBy: 8)..<quote].split(separator: " ")
            if !words.isEmpty, words.allSatisfy(itemKinds.contains) { return true }
        }
        // ""x" is an entity, expected claim": a reference to the wrong kind of item.
        if message.hasPrefix("\""), message.contains("\" is a"), message.contains(", expected ") { return true }
        return loaderOnlyRules.contains { message.contains($0.words) }
    }

    @Test func theExampleUsesEveryPartOfTheSchemaAndLoads() {
        let example = SchemaExampleStory.root
        #expect(Self.validator.errors(example) == [])
        if case .failure(let error) = SchemaExampleStory.load(example) { Issue.record("\(error)") }
        var breaker = SchemaRuleBreaker(schema: Self.schema)
        breaker.walk(example)
        #expect(breaker.unknownKeywords == [], "a rule the tests do not know how to break")
        let reached = Set(subschemaPointers(Self.schema).filter { Self.validator.resolve($0)?.members != nil })
        #expect(reached.subtracting(breaker.visited).sorted() == [], "parts of the schema the example does not use")
    }

    /// From the schema: each of its rules broken alone, and the loader refuses the story there.
    @Test func theLoaderRefusesEveryRuleOfTheSchemaBroken() {
        let example = SchemaExampleStory.root
        var breaker = SchemaRuleBreaker(schema: Self.schema)
        breaker.walk(example)
        var tried = 0
        for edit in breaker.edits {
            let broken = edit.applied(to: example)
            // A rule of one branch of an anyOf is not broken while another branch holds.
            guard !Self.validator.errors(broken).isEmpty else { continue }
            tried += 1
            switch SchemaExampleStory.load(broken) {
            case .success:
                Issue.record("the schema refuses, the loader takes: \(edit)")
            case .failure(let error):
                let place = renderPath(edit.path)
                #expect(
                    error.diagnostics.contains { pathsMeet($0.path ?? "", place) }, "\(edit): \(error.diagnostics)")
            }
        }
        #expect(tried > 300, "\(tried) rules broken")
    }

    /// The times version 2 added, a claim's `said` and a report's `when`, are broken as an
    /// event's `when` is, and the loader refuses each where it is broken.
    @Test func theTimesOfClaimsAndReportsAreBrokenAsAnEventsTimeIs() {
        let example = SchemaExampleStory.root
        var breaker = SchemaRuleBreaker(schema: Self.schema)
        breaker.walk(example)
        let shared = [
            "required text (#/$defs/when)", "additionalProperties (#/$defs/when)", "type (#/$defs/when)",
            "enum (#/$defs/resolvedTime/properties/precision)", "pattern (#/$defs/date)",
            "then forbids start (#/$defs/resolvedTime/allOf/1)", "anyOf: none given (#/$defs/evidence)",
        ]
        for place in ["$.claims[1].said", "$.events[1].reports[0].when"] {
            let edits = breaker.edits.filter { renderPath($0.path).hasPrefix(place) }
            let rules = Set(edits.map(\.rule))
            for rule in shared { #expect(rules.contains(rule), "\(place): \(rule)") }
            for edit in edits where !Self.validator.errors(edit.applied(to: example)).isEmpty {
                guard case .failure(let error) = SchemaExampleStory.load(edit.applied(to: example)) else {
                    Issue.record("the schema refuses, the loader takes: \(edit)")
                    continue
                }
                #expect(error.diagnostics.contains { ($0.path ?? "").hasPrefix(place) }, "\(edit)")
            }
        }
    }

    /// From the loader: whatever it refuses for a rule the schema could state, the schema refuses.
    @Test func theSchemaRefusesWhatTheLoaderRefusesAndTakesTheRest() {
        let example = SchemaExampleStory.root
        var edits: [JSONEdit] = []
        let probes =
            JSONValue.typeProbes + [.string(" "), .string(""), .number("0"), .number("-1"), .number("1.0")]
        example.walk { path, value in
            for probe in probes { edits.append(JSONEdit(path: path, value: probe, rule: "replaced")) }
            for member in value.members ?? [] {
                edits.append(JSONEdit(path: path, value: value.removing(member.key), rule: "\(member.key) left out"))
            }
            if value.members != nil {
                edits.append(
                    JSONEdit(path: path, value: value.adding("zzUnknown", .string("x")), rule: "unknown field"))
            }
            if let elements = value.elements, !elements.isEmpty {
                edits.append(
                    JSONEdit(path: path, value: JSONValue(.array(Array(elements.dropFirst()))), rule: "shortened"))
            }
        }
        for edit in edits {
            let changed = edit.applied(to: example)
            let schemaErrors = Self.validator.errors(changed)
            switch (SchemaExampleStory.load(changed), schemaErrors.isEmpty) {
            case (.success, true): break
            case (.success, false):
                Issue.record("the schema refuses (\(schemaErrors)), the loader takes: \(edit)")
            case (.failure(let error), false):
                #expect(!error.diagnostics.isEmpty, "\(edit)")
            case (.failure(let error), true):
                let stated = error.diagnostics.filter { !Self.isLoaderOnly($0.message) }
                #expect(
                    !error.diagnostics.isEmpty && stated.isEmpty,
                    "the loader refuses, the schema takes: \(edit): \(stated.map(\.description))")
            }
        }
    }

    /// Each enumeration of the schema is the loader's list of the same values.
    @Test func theEnumerationsAreTheLoaders() {
        func names<Choice: RawRepresentable & CaseIterable>(_: Choice.Type) -> [String]
        where Choice.RawValue == String {
            Choice.allCases.map(\.rawValue)
        }
        let loader: [String: [String]] = [
            "#/$defs/document/properties/parts/items/properties/role": names(DocumentPart.Role.self),
            "#/$defs/entity/properties/kind": names(Entity.Kind.self),
            "#/$defs/relation/properties/predicate": names(Relation.Predicate.self),
            "#/$defs/resolvedTime/properties/precision": names(ResolvedTime.Precision.self),
            "#/$defs/event/properties/status": names(Event.Status.self),
            "#/$defs/event/properties/links/items/properties/kind": names(EventLink.Kind.self),
            "#/$defs/event/properties/reports/items/properties/status": names(Event.Status.self),
            "#/$defs/claim/properties/reach": names(Claim.Reach.self),
        ]
        var schemaEnums: [String: [String]] = [:]
        for pointer in subschemaPointers(Self.schema) where !pointer.contains("/if/") {
            if let values = Self.validator.resolve(pointer)?["enum"]?.elements?.compactMap(\.stringValue),
                !values.isEmpty
            {
                schemaEnums[pointer] = values
            }
        }
        #expect(schemaEnums == loader)
    }
}
