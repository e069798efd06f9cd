/// What was said when, and which claim answers which.
extension StoryDevelopment {
    /// The publication day of the document a claim comes from (its first evidence), when the
    /// story has several documents: what was said when.
    public func claimDay(_ claim: Int) -> Day? {
        guard hasSeveralDocuments, let evidence = story.claims[claim].evidence.first,
            let document = index.documentByID[evidence.document]
        else { return nil }
        return day(ofDocument: document)
    }

    /// Claims in the order of the days their documents came out (the order given, where the
    /// days are the same or unknown).
    public func inOrderOfTime(_ claims: [Int]) -> [Int] {
        guard hasSeveralDocuments else { return claims }
        return claims.enumerated().sorted { a, b in
            (claimDay(a.element)?.ordinal ?? Int.max, a.offset) < (claimDay(b.element)?.ordinal ?? Int.max, b.offset)
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
