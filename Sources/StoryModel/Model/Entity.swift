public struct Entity: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case person
        case country
        case bloc
        case organisation
        case place
        case resource
        /// A sum of money or another figure.
        case figure
        case concept
        /// A voice that is not a named actor: unnamed reports, the article's own narration.
        case media
    }

    public var id: String
    public var name: String
    /// Other names, as the source writes them. Each is matched in the text at load time.
    public var aliases: [String]
    public var kind: Kind
    /// The part the entity plays in this story, in a few words.
    public var role: String
    public var description: String
    /// Every place the source refers to the entity: authored ones, then those found by name.
    public var mentions: [Mention]
    /// The documents a name is matched in, for names that are not matched in every one
    /// ("Washington" the city in one article, the government in another). Keyed by the name
    /// or alias as written.
    public var matchedIn: [String: [String]]
    /// Made by `storyscope draft` and not yet checked by a person; the author removes the mark.
    public var drafted = false

    public init(
        id: String, name: String, aliases: [String] = [], kind: Kind, role: String,
        description: String, mentions: [Mention] = [], matchedIn: [String: [String]] = [:]
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.role = role
        self.description = description
        self.mentions = mentions
        self.matchedIn = matchedIn
    }

    public var names: [String] { [name] + aliases }
}
