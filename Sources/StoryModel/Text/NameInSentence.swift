/// How an entity's name reads inside a sentence ("Donald Trump is President of the United
/// States"): with the definite article where the name takes one, and without the capital a
/// list gives a common noun ("Security guarantees" is "security guarantees" after "seeks").
extension Entity {
    /// The article ("the" or nil) and the name as it reads in running text, apart, so that a
    /// link can cover the name alone.
    public var inSentence: (article: String?, name: String) {
        var name = self.name
        // "The minerals deal" is a description written as a label: "the minerals deal". "The
        // Hague" keeps its capital, unless the story writes it with a small "the".
        if name.hasPrefix("The ") || name.hasPrefix("the ") {
            let rest = String(name.dropFirst(4))
            let small = rest.first.map { !$0.isUppercase } ?? true
            return (nil, small || writesSmall("the " + rest) ? "the " + rest : "The " + rest)
        }
        if kind != .person, let first = name.first, first.isUppercase, name.count > 1,
            !(name.split(separator: " ").first.map(Self.isAbbreviation) ?? false),
            writesSmall(first.lowercased() + name.dropFirst())
        {
            name = first.lowercased() + name.dropFirst()
        }
        return (takesDefiniteArticle ? "the" : nil, name)
    }

    /// As `inSentence`, after words that may end in an article of their own ("keep the"):
    /// then no second one.
    public func inSentence(after words: String) -> (article: String?, name: String) {
        let (article, name) = inSentence
        let last = words.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return (["the", "a", "an", "its", "their", "his", "her"].contains(last) ? nil : article, name)
    }

    /// "the United States", "security guarantees", "Ukraine".
    public var nameInSentence: String {
        let (article, name) = inSentence
        return article.map { "\($0) \(name)" } ?? name
    }

    /// Whether the name takes "the" in running text: the story writes it so (an alias, the
    /// entity's own description or role), or its form asks for it: a common noun first ("town
    /// council of Carrow"), "United …", "… of …", a
    /// body or a plural as its last word ("European Union", "White House", "Philippines"), or
    /// a country's or bloc's initials ("EU", "U.K.").
    public var takesDefiniteArticle: Bool {
        switch kind {
        case .person, .figure, .media: return false
        case .concept, .resource:
            return writesWithThe
        case .country, .bloc, .organisation, .place:
            break
        }
        if writesWithThe { return true }
        let words = name.split(separator: " ").map(String.init)
        guard let first = words.first, let last = words.last else { return false }
        // A common noun first ("town council of Carrow") is a description of one body: "the".
        if first.allSatisfy({ $0.isLowercase }) { return true }
        // A possessive first ("Ukraine's …") needs no article.
        guard first.first?.isUppercase == true, !first.hasSuffix("'s") else { return false }
        if first == "United" { return true }
        if words.count > 1 && words.dropFirst().contains("of") { return true }
        if Self.bodies.contains(last) { return true }
        if words.count == 1 && Self.singleNamesWithThe.contains(first) { return true }
        if words.count == 1 && (kind == .country || kind == .bloc) && Self.isAbbreviation(first) {
            let letters = first.filter(\.isLetter)
            return letters.count <= 3
        }
        return false
    }

    /// "the <name>" in an alias, the description or the role: the story's own usage.
    private var writesWithThe: Bool {
        let phrase = "the " + name
        if aliases.contains(where: { $0.lowercased() == phrase.lowercased() }) { return true }
        return [description, role].contains { text in
            Self.containsPhrase(text, "the " + name) || Self.containsPhrase(text, "The " + name)
        }
    }

    /// Whether the source or the story writes the name this way (a small first letter): a
    /// mention, an alias, the description.
    private func writesSmall(_ form: String) -> Bool {
        mentions.contains { $0.evidence.excerpt.hasPrefix(form) || $0.evidence.excerpt == form }
            || aliases.contains(form) || Self.containsPhrase(description, form)
    }

    /// The phrase as whole words: not inside a longer word.
    static func containsPhrase(_ text: String, _ phrase: String) -> Bool {
        let text = Array(text.unicodeScalars)
        let phrase = Array(phrase.unicodeScalars)
        guard !phrase.isEmpty, phrase.count <= text.count else { return false }
        func isWord(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        for start in 0...(text.count - phrase.count) where text[start] == phrase[0] {
            guard text[start..<(start + phrase.count)].elementsEqual(phrase) else { continue }
            let startsWord = start == 0 || !isWord(text[start - 1])
            let end = start + phrase.count
            let endsWord = end == text.count || !isWord(text[end])
            if startsWord && endsWord { return true }
        }
        return false
    }

    /// All capitals, perhaps with dots: "EU", "U.K.", "NATO".
    static func isAbbreviation(_ word: some StringProtocol) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase) && word.allSatisfy { $0.isLetter || $0 == "." }
    }

    /// Last words that make a name a description of a body or a group: "the European Union",
    /// "the White House", "the Labour Party", "the Netherlands".
    static let bodies: Set<String> = [
        "Union", "Kingdom", "Republic", "Federation", "Emirates", "States", "Nations", "Islands", "Isles",
        "Netherlands", "Philippines", "Bahamas", "Maldives", "Commission", "Council", "Parliament", "Senate",
        "Assembly", "Ministry", "Department", "Agency", "Army", "Navy", "Party", "Committee", "Court",
        "Government", "Administration", "Alliance", "Coalition", "House", "Office", "Secretariat", "Treasury",
        "Cabinet", "Authority", "Police", "Presidency", "Kremlin", "Pentagon", "Vatican",
    ]

    /// One-word names that take "the".
    static let singleNamesWithThe: Set<String> = [
        "Kremlin", "Pentagon", "Vatican", "Netherlands", "Philippines", "Bahamas", "Maldives", "Gambia", "Sahara",
        "Balkans", "Caucasus", "Arctic", "Antarctic", "Caribbean", "Mediterranean",
    ]
}

extension Story {
    /// A relation as a sentence: "Donald Trump is President of the United States", the
    /// subject with a capital, the object as it reads in running text.
    public func sentence(of relation: Relation, subject: Entity, object: Entity) -> String {
        let phrase = relation.label ?? relation.predicate.phrase
        let (article, name) = object.inSentence(after: phrase)
        return "\(subject.nameInSentence.capitalizingFirst) \(phrase) \(article.map { "\($0) " } ?? "")\(name)"
    }
}

extension String {
    /// The first letter in capitals: a sentence's start.
    public var capitalizingFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
