/// What the drafter knows of the world, from the generated tables: places and their kinds,
/// given names and their usual sex, and common English words.
enum Knowledge {
    enum PlaceKind: String {
        /// A sovereign state.
        case country
        /// A US state or county.
        case region
        /// A city that is a place wherever it is named (large, or a capital).
        case city
        /// A city whose name is also an English word: a place where the text says so.
        case town
    }

    static func place(_ name: some StringProtocol) -> PlaceKind? {
        KnowledgeTables.places.value(for: name).flatMap { PlaceKind(rawValue: String($0)) }
    }

    enum Sex: String {
        case female = "f"
        case male = "m"
        /// Common for both.
        case either = "x"
    }

    /// The usual sex of a given name ("Amy", "Keir"), or nil for a word that is no given name.
    static func givenName(_ name: some StringProtocol) -> Sex? {
        KnowledgeTables.givenNames.value(for: name).flatMap { Sex(rawValue: String($0)) }
    }

    /// Whether a word, in any case, is a common English word: "Budget", "Insurance",
    /// "Directors" (a plural of one). Given names are not common words here.
    static func isCommonWord(_ word: some StringProtocol) -> Bool {
        // "U-turn", "Cost-of-living": a compound of common words.
        if word.contains("-") {
            let parts = word.split(separator: "-")
            return !parts.isEmpty && parts.allSatisfy { $0.count < 3 || isCommonWord($0) }
        }
        let lower = word.lowercased()
        if KnowledgeTables.commonWords.contains(lower) { return true }
        for (suffix, replacement) in [("ies", "y"), ("es", ""), ("s", "")] where lower.hasSuffix(suffix) {
            if KnowledgeTables.commonWords.contains(lower.dropLast(suffix.count) + replacement) { return true }
        }
        return false
    }
}
