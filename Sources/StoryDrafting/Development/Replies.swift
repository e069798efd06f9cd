/// Words that make a quotation an answer to someone's words: "hit back at", "responded to",
/// "In reply". Lowercased word sequences; one entry per wording.
enum Replies {
    static let phrases: [[String]] = [
        "hit back", "hits back", "hitting back", "fired back", "fires back", "shot back", "responded", "responds",
        "responding", "replied", "replies", "in response", "in reply", "retorted", "countered", "rebuffed",
        "dismissed", "rejected", "answered", "brushed off", "brushes off", "pushed back",
    ].map { $0.split(separator: " ").map(String.init) }

    /// Wordings that take no object: with no one named, the reply answers the latest words of
    /// another speaker ("“I'm not playing cards,” Zelensky replied").
    static let withoutObject: Set<String> = [
        "hit back", "hits back", "hitting back", "fired back", "fires back", "shot back", "responded", "responds",
        "responding", "replied", "replies", "in response", "in reply", "retorted", "countered", "answered",
    ]

    /// What was said, as the object of a reply's verb: "brushed off the warning", "rejected
    /// the criticism" answer words, where "rejected the plan" does not.
    static let wordsSaid: Set<String> = [
        "warning", "warnings", "criticism", "criticisms", "claim", "claims", "remark", "remarks", "comment",
        "comments", "suggestion", "suggestions", "accusation", "accusations", "charge", "charges", "attack",
        "attacks", "concerns", "allegation", "allegations", "question", "questions",
    ]

    /// Where a reply's wording stands among `words` (lowercased), as word indexes.
    static func phrase(in words: [String]) -> Range<Int>? {
        for start in words.indices {
            for phrase in phrases where start + phrase.count <= words.count {
                if zip(phrase, words[start..<start + phrase.count]).allSatisfy({ $0 == $1 }) {
                    return start..<start + phrase.count
                }
            }
        }
        return nil
    }
}
