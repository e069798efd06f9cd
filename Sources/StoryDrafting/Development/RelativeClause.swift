/// A time expression in a relative clause belongs to the clause's happening, not the
/// sentence's: in "Bramsholt will travel to Scarrow Rovers, who beat Pellinghurst on penalties
/// last week, in the semi-final", last week's match is Scarrow Rovers' and Pellinghurst's.
enum RelativeClause {
    /// Words that open a relative clause after a comma.
    static let openers: Set<String> = ["who", "which", "whose", "whom"]
    /// How many words the clause's antecedent may have.
    static let antecedentWords = 5

    /// The span of the relative clause around `range`, with its antecedent ("Scarrow Rovers,
    /// who beat Pellinghurst on penalties last week"), or nil when `range` stands in none.
    static func span(around range: Range<Int>, within sentence: Range<Int>, _ article: ArticleText) -> Range<Int>? {
        let words = article.wordIndexes(in: sentence.lowerBound..<range.lowerBound)
        // Back from the time expression to the comma that opens its clause.
        for index in words.reversed() {
            let word = article.words[index]
            if index > words.lowerBound, openers.contains(word.text.lowercased()) {
                let previous = article.words[index - 1]
                guard article.commaFollows(previous) else { return nil }
                var end = sentence.upperBound
                for after in article.wordIndexes(in: range.upperBound..<sentence.upperBound) {
                    let next = article.words[after]
                    if article.commaFollows(next) {
                        end = next.end
                        break
                    }
                }
                // The antecedent: the capitalised words just before the comma.
                var first = index - 1
                while first > words.lowerBound, index - first < antecedentWords,
                    article.words[first - 1].text.first?.isUppercase == true
                {
                    first -= 1
                }
                return article.words[first].start..<end
            }
            if article.commaFollows(word) { return nil }
        }
        return nil
    }
}
