public struct Claim: Sendable, Hashable {
    /// How the claim reaches the reader.
    public enum Reach: String, Sendable, CaseIterable {
        case said
        case announced
        case implied
        /// Passed on by others (unnamed reports, the article describing a position).
        case reported
        case disputed
        /// The article's own assessment, not attributed to anyone else.
        case assessed
    }

    public var id: String
    /// The entity that makes the claim, or a document: the article's own voice.
    public var speaker: String
    /// The speaker's words, verbatim from the source, when the source quotes them.
    public var quote: String?
    /// The claim in the story author's words.
    public var paraphrase: String
    public var reach: Reach
    /// The event at which the claim was made, if known.
    public var event: String?
    /// Entities the claim is about.
    public var about: [String]
    public var evidence: [Evidence]
    /// The claim this one answers, if it answers one.
    public var respondsTo: Response?
    /// When the words were said, where the source says so ("told reporters on Saturday"); nil
    /// when the claim is dated by its document's publication.
    public var said: When?
    /// Made by `storyscope draft` and not yet checked by a person; the author removes the mark.
    public var drafted = false

    /// "This claim answers that one", with the words of the source that say so.
    public struct Response: Sendable, Hashable {
        public var claim: String
        public var evidence: [Evidence]

        public init(claim: String, evidence: [Evidence]) {
            self.claim = claim
            self.evidence = evidence
        }
    }

    public init(
        id: String, speaker: String, quote: String? = nil, paraphrase: String, reach: Reach,
        event: String? = nil, about: [String] = [], evidence: [Evidence], respondsTo: Response? = nil,
        said: When? = nil
    ) {
        self.id = id
        self.speaker = speaker
        self.quote = quote
        self.paraphrase = paraphrase
        self.reach = reach
        self.event = event
        self.about = about
        self.evidence = evidence
        self.respondsTo = respondsTo
        self.said = said
    }
}
