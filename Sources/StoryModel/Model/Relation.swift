public struct Relation: Sendable, Hashable {
    public enum Predicate: String, Sendable, CaseIterable {
        case holdsOfficeIn = "holds-office-in"
        case leads
        case memberOf = "member-of"
        case partOf = "part-of"
        case opposes
        case supports
        case counterpartOf = "counterpart-of"
        case partyTo = "party-to"
        case seeks
        case controls
        case locatedIn = "located-in"
        case criticizes
        case negotiatesWith = "negotiates-with"

        /// Reads as "subject <phrase> object".
        public var phrase: String {
            switch self {
            case .holdsOfficeIn: "holds office in"
            case .leads: "leads"
            case .memberOf: "is a member of"
            case .partOf: "is part of"
            case .opposes: "opposes"
            case .supports: "supports"
            case .counterpartOf: "is the counterpart of"
            case .partyTo: "is a party to"
            case .seeks: "seeks"
            case .controls: "controls"
            case .locatedIn: "is located in"
            case .criticizes: "criticizes"
            case .negotiatesWith: "negotiates with"
            }
        }
    }

    public var id: String
    public var subject: String
    public var predicate: Predicate
    public var object: String
    /// A more precise wording than the predicate, e.g. "President of".
    public var label: String?
    public var evidence: [Evidence]
    /// Made by `storyscope draft` and not yet checked by a person; the author removes the mark.
    public var drafted = false

    public init(
        id: String, subject: String, predicate: Predicate, object: String, label: String? = nil, evidence: [Evidence]
    ) {
        self.id = id
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.label = label
        self.evidence = evidence
    }
}
