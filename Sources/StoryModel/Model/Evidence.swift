/// A span of a source document and the exact text it covers. Offsets count Unicode
/// scalars (code points) from the start of the document; `end` is exclusive.
public struct Evidence: Sendable, Hashable {
    public var document: String
    public var start: Int
    public var end: Int
    public var excerpt: String

    public init(document: String, start: Int, end: Int, excerpt: String) {
        self.document = document
        self.start = start
        self.end = end
        self.excerpt = excerpt
    }

    public var range: Range<Int> { start..<end }
}

/// Where an entity's mention came from: written by the story's author, or found by
/// matching one of the entity's names in the text at load time.
public enum MentionOrigin: Sendable, Hashable {
    case authored
    case matched(name: String)
}

public struct Mention: Sendable, Hashable {
    public var evidence: Evidence
    public var origin: MentionOrigin

    public init(evidence: Evidence, origin: MentionOrigin) {
        self.evidence = evidence
        self.origin = origin
    }
}
