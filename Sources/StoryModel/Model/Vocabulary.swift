/// How the story's closed sets of values read to a person, in the browser and in the briefing
/// alike: one wording each, kept here so the two never drift apart.
extension Event.Status {
    public var label: String {
        switch self {
        case .unconfirmed: "reported, unconfirmed"
        default: rawValue
        }
    }

    /// Still to come, as opposed to past or settled.
    public var isPending: Bool { self == .scheduled || self == .expected || self == .proposed }
}

extension Claim.Reach {
    public var label: String {
        switch self {
        case .assessed: "the article's view"
        default: rawValue
        }
    }
}

extension Entity.Kind {
    /// The groups entities are listed in, in order, with their headings.
    public static let groups: [(title: String, kinds: [Entity.Kind])] = [
        ("People", [.person]), ("Countries and blocs", [.country, .bloc]), ("Organisations", [.organisation]),
        ("Places", [.place]), ("Resources and sums", [.resource, .figure]), ("Concepts", [.concept]),
        ("Other voices", [.media]),
    ]
}
