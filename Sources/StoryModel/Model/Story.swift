/// A news story taken apart: who is involved, what happened when, and who claims what,
/// every item tied to the place in a source document that supports it.
public struct Story: Sendable, Hashable {
    /// The story-file format version this model corresponds to.
    public static let formatVersion = 2
    public static let formatName = "storyscope-story"

    public var id: String
    public var title: String
    public var summary: String
    public var documents: [SourceDocument]
    public var entities: [Entity]
    public var relations: [Relation]
    public var events: [Event]
    public var claims: [Claim]
    public var topics: [Topic]

    public init(
        id: String, title: String, summary: String, documents: [SourceDocument],
        entities: [Entity] = [], relations: [Relation] = [], events: [Event] = [],
        claims: [Claim] = [], topics: [Topic] = []
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.documents = documents
        self.entities = entities
        self.relations = relations
        self.events = events
        self.claims = claims
        self.topics = topics
    }

    public var counts: String {
        "\(entities.count) entities, \(events.count) events, \(claims.count) claims, \(topics.count) topics"
    }
}

/// A typed reference to one item of a story, by its position in the story's arrays.
/// This is what indexes, search results and the browser's links carry.
public enum ItemRef: Sendable, Hashable, Comparable {
    case entity(Int)
    case relation(Int)
    case event(Int)
    case claim(Int)
    case topic(Int)

    public var kindName: String {
        switch self {
        case .entity: "entity"
        case .relation: "relation"
        case .event: "event"
        case .claim: "claim"
        case .topic: "topic"
        }
    }
}
