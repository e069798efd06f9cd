/// What was said when, and which claim answers which.
extension StoryDevelopment {
    /// When a claim was made, as far as the story tells: the time its words were said, where
    /// the claim says so (`said`), else, in a story of several documents, the day the document
    /// it comes from (its first evidence) came out.
    public func claimTime(_ claim: Int) -> ResolvedTime? {
        if let said = story.claims[claim].said?.resolved { return said }
        guard hasSeveralDocuments, let evidence = story.claims[claim].evidence.first,
            let document = index.documentByID[evidence.document], let day = day(ofDocument: document)
        else { return nil }
        return .day(day, inferred: false)
    }

    /// Whether claims have times to show: the story has several documents, or a claim says
    /// when its words were said.
    public var datesClaims: Bool { hasSeveralDocuments || claimsSayWhenSaid }

    /// Claims in the order of their times (the order given, where the times are the same or
    /// unknown).
    public func inOrderOfTime(_ claims: [Int]) -> [Int] {
        guard datesClaims else { return claims }
        return claims.enumerated().sorted { a, b in
            (claimTime(a.element)?.sortOrdinal ?? Int.max, a.offset)
                < (claimTime(b.element)?.sortOrdinal ?? Int.max, b.offset)
        }.map(\.element)
    }

    public struct Reply: Sendable, Hashable {
        public enum Kind: String, Sendable {
            case inReplyTo = "in reply to"
            case answeredBy = "answered by"
        }
        public var kind: Kind
        /// The other claim: the one answered, or the one that answers.
        public var claim: Int
    }

    /// The claim this one answers, then the claims that answer it.
    public func replies(_ claimIndex: Int) -> [Reply] {
        let answered = story.claims[claimIndex].respondsTo.flatMap { index.claimByID[$0.claim] }
        return (answered.map { [Reply(kind: .inReplyTo, claim: $0)] } ?? [])
            + index.responsesToClaim[claimIndex].map { Reply(kind: .answeredBy, claim: $0) }
    }

    /// A claim's speaker as a reader names them: the entity's name, or the title of the
    /// document that speaks in its own voice.
    public func speakerName(_ id: String) -> String {
        if let entity = index.entityByID[id] { return story.entities[entity].name }
        if let document = index.documentByID[id] { return "\u{201C}\(story.documents[document].title)\u{201D}" }
        return id
    }
}
