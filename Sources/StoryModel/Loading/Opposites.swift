/// A name taken apart into lower-case words, with its negations counted and removed: a word
/// ("not", "no", "non", "never") or a prefix ("un", "non") on a word of four letters or more.
/// "Did you mean" must not offer a name that says the opposite of the one written:
/// "not-happened" is no misspelling of "happened", nor "confirmed" of "unconfirmed".
struct NegatedName {
    static let negatingWords: Set<String> = ["not", "no", "non", "never"]
    static let negatingPrefixes = ["non", "un"]

    var words: [String] = []
    var negations = 0

    init(_ name: String) {
        for piece in name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            var word = String(piece)
            if Self.negatingWords.contains(word) {
                negations += 1
                continue
            }
            if let prefix = Self.negatingPrefixes.first(where: { word.hasPrefix($0) && word.count >= $0.count + 4 }) {
                word.removeFirst(prefix.count)
                negations += 1
            }
            words.append(word)
        }
    }

    /// Whether the two say opposite things: once negations are set aside they are the same
    /// words (give or take a typo) and one is negated where the other is not, or they differ
    /// by a pair of opposite words.
    func isOpposite(of other: NegatedName) -> Bool {
        if negations % 2 != other.negations % 2, isClose(to: other) { return true }
        return words.contains { word in
            guard let opposite = oppositeWords[word] else { return false }
            return other.words.contains(opposite) && !words.contains(opposite) && !other.words.contains(word)
        }
    }

    /// Whether the words left are the same, or a typo apart.
    private func isClose(to other: NegatedName) -> Bool {
        guard let mine = suggestionScalars(words.joined(separator: "-")),
            let theirs = suggestionScalars(other.words.joined(separator: "-"))
        else { return false }
        let limit = suggestionDistanceLimit(max(mine.count, theirs.count))
        return boundedEditDistance(mine, theirs, limit: max(0, limit)) != nil
    }
}

/// Words of opposite meaning that are a few letters apart, both ways round.
private let oppositeWords: [String: String] = {
    let pairs = [
        ("included", "excluded"), ("include", "exclude"), ("increase", "decrease"), ("increased", "decreased"),
        ("import", "export"), ("imports", "exports"), ("inbound", "outbound"), ("internal", "external"),
        ("before", "after"), ("start", "end"), ("started", "ended"), ("open", "closed"), ("opened", "closed"),
        ("accepted", "rejected"), ("approved", "rejected"), ("agreed", "disagreed"), ("supports", "opposes"),
        ("support", "oppose"), ("for", "against"), ("with", "without"), ("won", "lost"), ("win", "lose"),
        ("confirmed", "denied"), ("legal", "illegal"), ("true", "false"), ("pro", "anti"),
        ("possible", "impossible"), ("upheld", "overturned"), ("rise", "fall"),
    ]
    var table: [String: String] = [:]
    for (one, other) in pairs {
        table[one] = other
        table[other] = one
    }
    return table
}()
