/// In a court report the speakers for the prosecution and those for the defence are set against
/// each other, whether or not a sentence says one answers the other ("Jennifer Knight said, in
/// her prosecution closing speech…"; "defense attorney Mark Richards said…"). A speaker's side is
/// a word of it just before their name (a title) or a few words after it; a speaker with words of
/// both sides, or an article with speakers of one side only, proposes nothing.
enum CourtSides {
    enum Side {
        case prosecution, defence
    }

    /// The words of each side, in lower case.
    static let words: [String: Side] = [
        "prosecutor": .prosecution, "prosecutors": .prosecution, "prosecution": .prosecution,
        "prosecuting": .prosecution, "defence": .defence, "defense": .defence,
    ]

    /// Words after "defence" that make it a country's, not a defendant's: "defence spending".
    static let notCourt: Set<String> = [
        "minister", "ministry", "secretary", "spending", "budget", "forces", "force", "department", "industry",
        "chief", "chiefs", "pact", "policy",
    ]

    /// Words after "Defence" that make it a court's: "Defence attorney", "Defense counsel".
    static let courtTitles: Set<String> = [
        "attorney", "attorneys", "lawyer", "lawyers", "counsel", "barrister", "solicitor",
    ]

    /// How many words after a name are read for its side; a title before it stands within three.
    static let reach = 5
    static let titleReach = 3

    /// The side a title just before a name gives: "prosecutor Thomas Binger", "defense attorney
    /// Mark Richards", "Prosecutor Clayton Jones".
    static func side(beforeNameAt name: Range<Int>, in sentence: ArticleText.Sentence, _ article: ArticleText)
        -> Side?
    {
        let words = article.words[sentence.words]
        let first = min(max(article.wordIndexes(in: name).lowerBound, words.startIndex), words.endIndex)
        return sides(in: max(words.startIndex, first - titleReach)..<first, words)
    }

    /// The side the words just after a name give: "Jennifer Knight QC said, in her prosecution
    /// closing speech".
    static func side(afterNameAt name: Range<Int>, in sentence: ArticleText.Sentence, _ article: ArticleText)
        -> Side?
    {
        let words = article.words[sentence.words]
        // A name may run past its sentence's last word ("Jr." ending a sentence).
        let after = min(max(article.wordIndexes(in: name).upperBound, words.startIndex), words.endIndex)
        return sides(in: after..<min(words.endIndex, after + reach), words)
    }

    private static func sides(in range: Range<Int>, _ words: ArraySlice<ArticleText.Word>) -> Side? {
        var found: Set<Side> = []
        for index in range where index >= words.startIndex && index < words.endIndex {
            let text = words[index].text
            let next = index + 1 < words.endIndex ? words[index + 1].text.lowercased() : ""
            guard let side = Self.words[text.lowercased()] else { continue }
            // "Defence Secretary", "defence spending": a country's defence; "Defense attorney": a court's.
            if side == .defence, notCourt.contains(next) { continue }
            if side == .defence, text.first?.isUppercase == true, !courtTitles.contains(next) { continue }
            found.insert(side)
        }
        return found.count == 1 ? found.first : nil
    }
}
