import StoryModel

/// Words that say how one happening stands to another, as a sentence puts them: "the signing
/// was called off as a result of the row" (the signing is an outcome of the row), "the match
/// went ahead after the inspection" (follows), "the vote held instead of the debate" (replaces).
/// Lowercased word sequences; the happening they name follows them, and the sentence's own
/// happening is the other end (`reversed`: the other way round, "the row led to the walkout").
enum EventLinkWords {
    struct Rule {
        var words: [String]
        var kind: EventLink.Kind
        var reversed = false
    }

    static let rules: [Rule] = [
        Rule(words: ["as", "a", "result", "of"], kind: .outcomeOf),
        Rule(words: ["because", "of"], kind: .outcomeOf),
        Rule(words: ["due", "to"], kind: .outcomeOf),
        Rule(words: ["in", "the", "wake", "of"], kind: .outcomeOf),
        Rule(words: ["led", "to"], kind: .outcomeOf, reversed: true),
        Rule(words: ["resulted", "in"], kind: .outcomeOf, reversed: true),
        Rule(words: ["in", "response", "to"], kind: .follows),
        Rule(words: ["following"], kind: .follows),
        Rule(words: ["after"], kind: .follows),
        Rule(words: ["instead", "of"], kind: .replaces),
        Rule(words: ["in", "place", "of"], kind: .replaces),
    ]

    /// The rules that stand among `words` (lowercased), with the words they cover.
    static func find(in words: [String]) -> [(rule: Rule, range: Range<Int>)] {
        var found: [(Rule, Range<Int>)] = []
        var start = 0
        while start < words.count {
            var matched = false
            for rule in rules where start + rule.words.count <= words.count {
                if zip(rule.words, words[start..<start + rule.words.count]).allSatisfy({ $0 == $1 }) {
                    found.append((rule, start..<start + rule.words.count))
                    start += rule.words.count
                    matched = true
                    break
                }
            }
            if !matched { start += 1 }
        }
        return found
    }
}
