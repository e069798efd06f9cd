import Testing

@testable import StoryModel

/// The JSON Schema and the loader describe one format: for each kind of object, the fields the
/// loader accepts are exactly the properties the schema lists.
@Suite struct SchemaTests {
    static let schema: JSONValue = try! JSONParser.parse(
        Array(StoryLoader.embeddedAsset(named: "story.schema.json")!.utf8))

    /// The object at a path of keys, then its "properties" keys.
    static func properties(_ path: [String]) -> [String] {
        var node = schema
        for key in path {
            if case .array(let elements) = node.kind, let index = Int(key), elements.indices.contains(index) {
                node = elements[index]
                continue
            }
            guard case .object(let members) = node.kind, let next = members.first(where: { $0.key == key }) else {
                Issue.record("the schema has no \(path.joined(separator: "."))")
                return []
            }
            node = next.value
        }
        guard case .object(let members) = node.kind, let properties = members.first(where: { $0.key == "properties" }),
            case .object(let fields) = properties.value.kind
        else { return [] }
        return fields.map(\.key).sorted()
    }

    @Test(arguments: [
        ([String](), StoryDecoder.topKeys),
        (["$defs", "document"], StoryDecoder.documentKeys),
        (["$defs", "document", "properties", "published"], StoryDecoder.publishedKeys),
        (["$defs", "document", "properties", "parts", "items"], StoryDecoder.partKeys),
        (["$defs", "evidence"], EvidenceResolver.known),
        (["$defs", "entity"], StoryDecoder.entityKeys),
        (["$defs", "entity", "properties", "aliases", "items", "anyOf", "1"], StoryDecoder.aliasKeys),
        (["$defs", "event", "properties", "links", "items"], StoryDecoder.linkKeys),
        (["$defs", "event", "properties", "reports", "items"], StoryDecoder.reportKeys),
        (["$defs", "claim", "properties", "respondsTo"], StoryDecoder.responseKeys),
        (["$defs", "relation"], StoryDecoder.relationKeys),
        (["$defs", "event"], StoryDecoder.eventKeys),
        (["$defs", "when"], StoryDecoder.whenKeys),
        (["$defs", "resolvedTime"], StoryDecoder.resolvedKeys),
        (["$defs", "claim"], StoryDecoder.claimKeys),
        (["$defs", "topic"], StoryDecoder.topicKeys),
        (["$defs", "topic", "properties", "sides", "items"], StoryDecoder.sideKeys),
    ])
    func theLoaderAcceptsExactlyTheSchemasFields(path: [String], loaderKeys: [String]) {
        #expect(Self.properties(path) == loaderKeys.sorted(), "\(path.joined(separator: "."))")
    }
}
