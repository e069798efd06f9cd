import StoryModel

/// Finds the named entities of an article: runs of capitalised words, taken apart into what
/// the gazetteer knows (countries, demonyms, capitals, blocs), titles ("Prime Minister"), and
/// the name that remains. Short forms are merged into the full name they stand for
/// ("Zelensky" into "Volodymyr Zelensky") when only one full name fits.
struct EntityFinder {
    struct Found {
        var name: String
        var kind: Entity.Kind
        /// Other forms the article writes, each to be matched in the text.
        var aliases: [String] = []
        var role: String?
        /// Where it is first named.
        var first: Int
        /// "holds office in" another entity (by name), from a title: "U.S. President".
        var office: (of: String, title: String, evidence: Range<Int>)?
        /// From an honorific: "Mr Rodriguez" is a man, "Ms Havel" a woman.
        var sex: Knowledge.Sex?
    }

    private(set) var entities: [Found] = []
    /// The most words a name may have (a story file allows 32).
    static let maxNameWords = 12
    private var byName: [String: Int] = [:]
    /// Where the last name that stands where only places are named ends (a word index): a name
    /// listed after it ("in Lawrence and Linwood", "in San Joaquin, Iloilo and Tapaz") is a
    /// place too.
    private var placeListEnd = -1
    /// The first person found with each surname, while the article is read.
    private var firstPersonBySurname: [String: Int] = [:]

    /// `known`: the people earlier articles named in full, so that a surname alone in this one
    /// is theirs.
    init(_ article: ArticleText, known: [String] = []) {
        var loneWords: [LoneWord] = []
        for sentence in article.sentences where !sentence.inTitleCaseLine {
            var index = sentence.words.lowerBound
            while index < sentence.words.upperBound {
                guard let run = Self.run(from: index, in: sentence.words, article) else {
                    index += 1
                    continue
                }
                // Twelve capitalised words in a row are a title or a shout, not a name.
                if run.count <= Self.maxNameWords { analyse(run, article, loneWords: &loneWords) }
                index = run.upperBound
            }
        }
        // A single word: the surname of one person named in full, or else an organisation (a
        // firm, a club) when it is named at least once inside a sentence. Looked up by word, so
        // the work grows with the text, not with its square.
        var personsBySurname: [String: [Int]] = [:]
        var bodiesByFirstWord: [String: [Int]] = [:]
        var personsByGivenName: [String: [Int]] = [:]
        for (index, entity) in entities.enumerated() {
            let words = entity.name.split(separator: " ").map(String.init)
            if entity.kind == .person, let last = Self.surname(of: entity.name) {
                personsBySurname[last, default: []].append(index)
            }
            if entity.kind == .person, words.count > 1 { personsByGivenName[words[0], default: []].append(index) }
            if entity.kind != .person, words.count > 1 { bodiesByFirstWord[words[0], default: []].append(index) }
        }
        var knownBySurname: [String: [String]] = [:]
        for name in known {
            if let last = Self.surname(of: name) { knownBySurname[last, default: []].append(name) }
        }
        let lowercaseWords = Set(article.words.lazy.map(\.text).filter { $0.first?.isLowercase == true })
        var counted: [String: (inside: Bool, first: Int)] = [:]
        var afterPlaceWord: Set<String> = []
        var inPlace: Set<String> = []
        var afterKin: Set<String> = []
        for lone in loneWords {
            if lone.afterKin { afterKin.insert(lone.word) }
            let seen = counted[lone.word]
            counted[lone.word] = ((seen?.inside ?? false) || !lone.startsSentence, min(seen?.first ?? lone.at, lone.at))
            if lone.afterPlaceWord { afterPlaceWord.insert(lone.word) }
            if lone.inPlace { inPlace.insert(lone.word) }
        }
        for (word, use) in counted.sorted(by: { $0.value.first < $1.value.first }) {
            if byName[word] != nil { continue }
            let owners = personsBySurname[word] ?? []
            // "his wife Sandy", "her daughter Georgia": a given name after a word for kin is a
            // person, before any place of that name.
            // (Not when it is the first name of someone named in full: "his son Joseph", then
            // Joseph Tecklenburg, is the one person.)
            if owners.isEmpty, afterKin.contains(word), Knowledge.givenName(word) != nil,
                personsByGivenName[word] == nil, knownBySurname[word] == nil
            {
                add(Found(name: word, kind: .person, first: use.first))
                continue
            }
            // A country or region the gazetteer knows is that place, even when a body's name
            // starts with it ("Suffolk" beside "Suffolk Police"); a town may be a club's name.
            if owners.isEmpty, let kind = Knowledge.place(word), kind == .country || kind == .region {
                add(Found(name: word, kind: kind == .country ? .country : .place, first: use.first))
                continue
            }
            // "Kestrel" for Kestrel Athletic: the first word of one organisation's name.
            let bodies = bodiesByFirstWord[word] ?? []
            if owners.isEmpty && bodies.count == 1 {
                if !entities[bodies[0]].aliases.contains(word) { entities[bodies[0]].aliases.append(word) }
                continue
            }
            if owners.count == 1 {
                if !entities[owners[0]].aliases.contains(word) { entities[owners[0]].aliases.append(word) }
                continue
            }
            // "Deepender" for Deepender Hooda: the first name of one person named in full, and of
            // no body.
            if owners.isEmpty, bodies.isEmpty, let people = personsByGivenName[word], people.count == 1 {
                if !entities[people[0]].aliases.contains(word) { entities[people[0]].aliases.append(word) }
                continue
            }
            let earlier = knownBySurname[word] ?? []
            if owners.isEmpty, earlier.count == 1 {
                add(Found(name: earlier[0], kind: .person, aliases: [word], first: use.first))
                continue
            }
            // A place the gazetteer knows: a country, a US state or county, a city; a town whose
            // name is also a word ("Reading") only where the text says "in Reading".
            if owners.isEmpty, let kind = Knowledge.place(word), kind != .town || afterPlaceWord.contains(word) {
                add(Found(name: word, kind: kind == .country ? .country : .place, first: use.first))
                continue
            }
            // "Budget", "Insurance", "the Economy": a common English word, capitalised as a term.
            if Knowledge.isCommonWord(word), Knowledge.givenName(word) == nil { continue }
            // A lowercase form of the word occurs in the text: a common word, capitalised only
            // where a sentence starts.
            let lower = word.lowercased()
            guard owners.isEmpty, use.inside, lower == word || !lowercaseWords.contains(lower) else { continue }
            // "landslides in Upi and Barira": a name the gazetteer lacks, where the text puts a
            // place ("in", "near"; not "at" or "from", which firms take too).
            add(Found(name: word, kind: inPlace.contains(word) ? .place : .organisation, first: use.first))
        }
        // "Alderbrook General" in a headline, "Alderbrook General Hospital" in the body: the
        // shorter is the longer's alias, not a person of its own.
        var bodiesByFirstTwo: [String: Int] = [:]
        for (index, entity) in entities.enumerated() where entity.kind != .person {
            let words = entity.name.split(separator: " ")
            if words.count > 2 {
                bodiesByFirstTwo[words.prefix(2).joined(separator: " ")] =
                    bodiesByFirstTwo[words.prefix(2).joined(separator: " ")] ?? index
            }
        }
        var merged = Set<Int>()
        for (index, entity) in entities.enumerated() where entity.kind == .person {
            let words = entity.name.split(separator: " ")
            guard words.count == 2, let body = bodiesByFirstTwo[entity.name] else { continue }
            if !entities[body].aliases.contains(entity.name) { entities[body].aliases.append(entity.name) }
            entities[body].first = min(entities[body].first, entity.first)
            merged.insert(index)
        }
        merged.formUnion(mergeShortForms())
        if !merged.isEmpty { entities = entities.enumerated().filter { !merged.contains($0.offset) }.map(\.element) }
        entities.sort { $0.first < $1.first }
    }

    /// Short forms merged into the full name they stand for, whole-article: "Bhupinder Hooda"
    /// into "Bhupinder Singh Hooda" (the same first and last name, one without the middle),
    /// "BJP" into "Bharatiya Janata Party" (its initials). Returns the indexes merged away.
    private mutating func mergeShortForms() -> Set<Int> {
        var merged = Set<Int>()
        func merge(_ short: Int, into full: Int) {
            for name in [entities[short].name] + entities[short].aliases where !entities[full].aliases.contains(name) {
                entities[full].aliases.append(name)
            }
            entities[full].first = min(entities[full].first, entities[short].first)
            merged.insert(short)
        }
        var longPeople: [String: [Int]] = [:]
        var initials: [String: [Int]] = [:]
        for (index, entity) in entities.enumerated() {
            let words = entity.name.split(separator: " ").map(String.init)
            if entity.kind == .person, words.count >= 3 {
                longPeople["\(words.first!) \(words.last!)", default: []].append(index)
            }
            if entity.kind == .organisation || entity.kind == .bloc {
                // "NDRRMC" for the National Disaster Risk Reduction and Management Council; "CDC"
                // for the Centers for Disease Control and Prevention, by the words before "and".
                let beforeAnd = Array(words.prefix { $0 != "and" })
                for part in Set([words, beforeAnd]) {
                    let letters = part.filter { !Gazetteer.connectors.contains($0) && $0 != "and" }.compactMap(\.first)
                    if letters.count >= 2 { initials[String(letters).uppercased(), default: []].append(index) }
                }
            }
        }
        for (index, entity) in entities.enumerated() where !merged.contains(index) {
            let words = entity.name.split(separator: " ")
            if entity.kind == .person, words.count == 2, let fulls = longPeople[entity.name], fulls.count == 1 {
                merge(index, into: fulls[0])
            } else if words.count == 1, entity.name.count >= 2, entity.name.allSatisfy({ $0.isUppercase }),
                let bodies = initials[entity.name], bodies.count == 1, bodies[0] != index
            {
                merge(index, into: bodies[0])
            }
        }
        return merged
    }

    /// The capitalised run starting at a word: capitalised words, joined by connectors ("of")
    /// when a capitalised word follows.
    private static func run(from start: Int, in range: Range<Int>, _ article: ArticleText) -> Range<Int>? {
        let words = article.words
        guard words[start].isCapitalised, !isDigitLed(words[start].text), !isAffiliation(words[start].text) else {
            return nil
        }
        var end = start + 1
        while end < range.upperBound {
            let word = words[end]
            let gap = article.scalars[words[end - 1].end..<word.start]
            // "Gov. Helen Pryce", "Dr. Anwen Price": the full stop of a title written short.
            let adjacent =
                gap.allSatisfy { $0 == " " }
                || (Gazetteer.shortTitles.contains(words[end - 1].text) && gap.first == "."
                    && gap.dropFirst().allSatisfy { $0 == " " } && gap.count > 1)
            guard adjacent else { break }
            // "Ottawa's Housing Accelerator Fund": a possessive ends one name ("St Mary's" is one).
            let previous = words[end - 1].text
            if withoutPossessive(previous) != previous, !["St", "St.", "Saint"].contains(words[start].text) { break }
            // "Douglas County Wednesday", "Ashley River Tuesday": a weekday ends a name (a month
            // may be one: Theresa May).
            if Gazetteer.weekdays.contains(word.text) { break }
            if word.isCapitalised, !isDigitLed(word.text) {
                end += 1
            } else if Gazetteer.connectors.contains(word.text), end + 1 < range.upperBound,
                words[end + 1].isCapitalised,
                article.scalars[word.end..<words[end + 1].start].allSatisfy({ $0 == " " })
            {
                end += 2
            } else if word.text == "and" || word.text == "&", end + 1 < range.upperBound,
                words[end + 1].isCapitalised,
                article.scalars[word.end..<words[end + 1].start].allSatisfy({ $0 == " " }),
                joinsOneBody(
                    (start..<end).map { words[$0].text }.first { !Gazetteer.isDeterminer($0) } ?? "",
                    after: end + 1, in: range, article)
            {
                // "Department of Health and Human Services", "Competition and Markets Authority".
                end += 2
            } else {
                break
            }
        }
        return start..<end
    }

    /// Whether "and" before the word at `next` is inside one body's name: the name so far
    /// starts with a word of bodies ("Department of Health and Human Services"), or what follows
    /// ends with one ("Competition and Markets Authority"), and what follows is not a body's
    /// name of its own ("the Treasury and Bank of England").
    private static func joinsOneBody(_ first: String, after next: Int, in range: Range<Int>, _ article: ArticleText)
        -> Bool
    {
        let words = article.words
        guard !Gazetteer.organisationWords.contains(words[next].text) else { return false }
        var last = next
        while last + 1 < range.upperBound, words[last + 1].isCapitalised,
            article.scalars[words[last].end..<words[last + 1].start].allSatisfy({ $0 == " " })
        {
            last += 1
        }
        return Gazetteer.bodyStarts.contains(first) || Gazetteer.organisationWords.contains(words[last].text)
    }

    /// "(R-Maine)", "(D-N.Y.)": a legislator's party and state, as American papers write it.
    private static func isAffiliation(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        return scalars.count >= 3 && ["R", "D", "I"].contains(scalars[0]) && scalars[1] == "-"
            && scalars[2].properties.isUppercase
    }

    private static func isDigitLed(_ text: String) -> Bool { text.unicodeScalars.first?.properties.numericType != nil }

    /// "Ukraine's" → "Ukraine".
    static func withoutPossessive(_ word: String) -> String {
        // Read from the end of the UTF-8 bytes: called for every word of the article.
        let bytes = word.utf8
        guard bytes.count >= 2, let last = bytes.last else { return word }
        let apostropheLength: Int
        if last == UInt8(ascii: "s") {
            let before = bytes.dropLast()
            if before.last == UInt8(ascii: "'") {
                apostropheLength = 1
            } else if before.count >= 3, before.suffix(3).elementsEqual([0xE2, 0x80, 0x99]) {
                apostropheLength = 3
            } else {
                return word
            }
            guard bytes.count > apostropheLength + 1 else { return word }
            return String(decoding: bytes.dropLast(apostropheLength + 1), as: UTF8.self)
        }
        // "Lees'": the plural's apostrophe alone.
        if last == UInt8(ascii: "'"), bytes.dropLast().last == UInt8(ascii: "s") {
            return String(decoding: bytes.dropLast(), as: UTF8.self)
        }
        if bytes.count >= 4, bytes.suffix(3).elementsEqual([0xE2, 0x80, 0x99]),
            bytes.dropLast(3).last == UInt8(ascii: "s")
        {
            return String(decoding: bytes.dropLast(3), as: UTF8.self)
        }
        return word
    }

    /// A name of one word, decided once the whole article is read.
    struct LoneWord {
        var word: String
        var at: Int
        var startsSentence: Bool
        /// Right after "in", "at", "from"…: where a place is named.
        var afterPlaceWord: Bool
        /// Right after "in", "near"…, which only places follow.
        var inPlace = false
        /// Right after "wife", "son"…: a person named by a given name alone.
        var afterKin = false
    }

    /// Words that end the names of places and are surnames too: "Wrigley Field", "Sally Field".
    static let surnamePlaceWords: Set<String> = ["Field", "Hall", "Lane"]

    /// What follows a surname to tell a son from his father: "Jr.", "III".
    static let generationalSuffixes: Set<String> = ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"]

    /// A person's surname: the last word of the name before "Jr." or "III" ("Faustino" for
    /// Jose Faustino Jr.).
    static func surname(of name: String) -> String? {
        name.split(separator: " ").last(where: { !generationalSuffixes.contains(String($0)) }).map(String.init)
    }

    /// Words for kin, after which a given name alone is a person: "his wife Sandy".
    static let kinWords: Set<String> = [
        "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "partner", "girlfriend",
        "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "uncle", "aunt", "niece", "nephew", "cousin",
        "grandson", "granddaughter", "grandmother", "grandfather", "mum", "mom", "dad", "stepson", "stepdaughter",
    ]

    /// Words that may stand between the names of a list: "and", "or", and a count in brackets
    /// ("Upi (6), and Barira (2)": the brackets are not words).
    static func joinsAList(_ word: String) -> Bool {
        word == "and" || word == "or" || (!word.isEmpty && word.allSatisfy(\.isNumber))
    }

    /// Whether a name stands in a list just after one that stands where only places are named.
    private func listedAfterAPlace(_ run: Range<Int>, _ article: ArticleText) -> Bool {
        guard placeListEnd >= 0, placeListEnd <= run.lowerBound, run.lowerBound - placeListEnd <= 2 else {
            return false
        }
        let between = article.words[placeListEnd..<run.lowerBound]
        guard between.allSatisfy({ Self.joinsAList($0.text) }) else { return false }
        // "Lawrence and Linwood": a word of the list between them.
        if between.contains(where: { $0.text == "and" || $0.text == "or" }) { return true }
        // "San Joaquin, Iloilo and Tapaz": a comma only where the list goes on after the name
        // ("in London, Google said" is no list).
        guard article.commaFollows(article.words[placeListEnd - 1]) else { return false }
        // The list goes on (a comma, "and"), or ends with the clause ("Tapaz, Capiz;").
        let last = article.words[run.upperBound - 1]
        let endsClause = last.end < article.scalars.count && [",", ";", "."].contains(article.scalars[last.end])
        return endsClause
            || run.upperBound < article.words.count && ["and", "or"].contains(article.words[run.upperBound].text)
    }

    /// Words after which a name is a place: "in Reading", "near Most".
    static let placePrepositions: Set<String> = [
        "in", "at", "near", "outside", "across", "around", "throughout", "from", "into", "towards", "toward",
    ]

    /// Words after which only a place is named: "in Upi", "near Tapaz" ("at" and "from" take
    /// firms as well).
    static let onlyPlacesAfter: Set<String> = ["in", "near", "outside", "across", "throughout"]

    /// "West Texas", "Northern Ireland": a point of the compass before a known place.
    static let compassWords: Set<String> = [
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Greater",
        "Upper", "Lower", "Northeast", "Northwest", "Southeast", "Southwest",
    ]

    private mutating func analyse(
        _ run: Range<Int>, _ article: ArticleText, loneWords: inout [LoneWord]
    ) {
        let words = run.map { article.words[$0] }
        var texts = words.map(\.text)
        texts[texts.count - 1] = Self.withoutPossessive(texts[texts.count - 1])
        // "her daughter Georgia": a given name after a word for kin is a person, whatever place
        // has that name; it is decided with the other single words, once the article is read.
        if texts.count == 1, run.lowerBound > 0,
            Self.kinWords.contains(article.words[run.lowerBound - 1].text.lowercased()),
            Knowledge.givenName(texts[0]) != nil
        {
            loneWords.append(
                LoneWord(
                    word: texts[0], at: words[0].start, startsSentence: words[0].startsSentence,
                    afterPlaceWord: false, afterKin: true))
            return
        }
        // "Wichita, Kan.", "Charlotte, N.C.": a state written as news agencies abbreviate it.
        if texts.count == 1 {
            let last = words[0]
            let withStop =
                last.text.hasSuffix(".") || last.end >= article.scalars.count || article.scalars[last.end] != "."
                ? last.text : last.text + "."
            if let state = Gazetteer.stateAbbreviations[withStop] {
                add(Found(name: state, kind: .place, aliases: [withStop], first: last.start))
                return
            }
        }
        // "OSLO, April 15": a dateline in capitals names a known place; the capitals are kept
        // as one of its names.
        let written = texts
        for (index, text) in texts.enumerated() where text.count > 2 && text.allSatisfy({ $0.isUppercase }) {
            if Gazetteer.isDeterminer(text) {
                texts[index] = text.prefix(1) + text.dropFirst().lowercased()
                continue
            }
            let capitalised = String(text.prefix(1)) + text.dropFirst().lowercased()
            if Gazetteer.lookup[text] == nil,
                Gazetteer.lookup[capitalised] != nil || Knowledge.place(capitalised) != nil
            {
                texts[index] = capitalised
            }
        }
        if texts.count >= 2 || texts != written {
            // "British Columbia", "Nova Scotia", "New Mexico": a place known by its whole name,
            // before its words are taken apart ("British" is a demonym).
            let whole = texts.joined(separator: " ")
            if Gazetteer.lookup[whole] == nil, let kind = Knowledge.place(whole), kind != .town {
                var found = Found(name: whole, kind: kind == .country ? .country : .place, first: words[0].start)
                let original = written.joined(separator: " ")
                if original != whole { found.aliases.append(original) }
                add(found)
                return
            }
        }
        let afterThe = run.lowerBound > 0 && article.words[run.lowerBound - 1].text == "the"
        let afterPlaceWord =
            run.lowerBound > 0 && Self.placePrepositions.contains(article.words[run.lowerBound - 1].text)
        let inPlace =
            run.lowerBound > 0 && Self.onlyPlacesAfter.contains(article.words[run.lowerBound - 1].text)
            || listedAfterAPlace(run, article)
        if inPlace { placeListEnd = run.upperBound }
        let afterKin = run.lowerBound > 0 && Self.kinWords.contains(article.words[run.lowerBound - 1].text.lowercased())
        var position = 0
        var roleWords: [String] = []
        var office: String?
        var title: [String] = []
        var honorific = false
        var sex: Knowledge.Sex?
        // What the gazetteer knows and the titles, from the left.
        while position < texts.count {
            if position + 1 < texts.count, Gazetteer.connectors.contains(texts[position + 1]),
                Self.longestKnown(texts, from: position)?.0 == 1
            {
                // "Congress of South African Trade Unions": a known word that starts a longer name.
                break
            } else if let (length, party) = Self.party(texts, from: position) {
                // "Labour MP Yvette Cooper": the party, then who.
                let written = written[position..<position + length].joined(separator: " ")
                var found = Found(name: party, kind: .organisation, first: words[position].start)
                if written != party { found.aliases.append(written) }
                add(found)
                roleWords.append(written)
                position += length
            } else if let (length, known) = Self.longestKnown(texts, from: position) {
                let written = written[position..<position + length].joined(separator: " ")
                let name = record(known, written: written, at: words[position].start)
                roleWords.append(written)
                office = name
                position += length
            } else if let (length, kind) = Self.placeBeforeTitle(texts, from: position) {
                let name = texts[position..<position + length].joined(separator: " ")
                if byName[name] == nil {
                    add(Found(name: name, kind: kind == .country ? .country : .place, first: words[position].start))
                }
                roleWords.append(name)
                position += length
            } else if let length = Self.longestTitle(texts, from: position) {
                title += texts[position..<position + length]
                roleWords += texts[position..<position + length]
                position += length
            } else if Gazetteer.honorifics.contains(texts[position]) || Gazetteer.notNames.contains(texts[position]),
                position + 1 < texts.count,
                // "National Union of Mineworkers": a body's name keeps all but its article.
                Gazetteer.determiners.contains(texts[position])
                    || !texts[position...].contains(where: { Gazetteer.organisationWords.contains($0) })
            {
                // "Sir Keir Starmer" is Keir Starmer; "The Ukrainian leader" starts with "The".
                honorific = honorific || Gazetteer.honorifics.contains(texts[position])
                sex = sex ?? Gazetteer.honorificSexes[texts[position]]
                position += 1
            } else {
                break
            }
        }
        // "the Irish Times": a demonym and the word that ends an organisation's name are one name.
        if position == texts.count - 1, position > 0, Gazetteer.organisationWords.contains(texts[position]),
            case .demonym? = Gazetteer.lookup[texts[position - 1]]
        {
            add(
                Found(
                    name: texts[(position - 1)...].joined(separator: " "), kind: .organisation,
                    first: words[position - 1].start))
            return
        }
        guard position < texts.count else { return }
        var core = Array(texts[position...])
        // "Climate Minister Mads Kjeldsen": a title inside the run; the name follows it. Not
        // when what follows is a body's name ("Alderbrook General Hospital").
        if let (at, length) = Self.lastTitle(in: core, followed: true),
            !core[(at + length)...].contains(where: {
                Gazetteer.organisationWords.contains($0) || Gazetteer.placeWords.contains($0)
            })
        {
            roleWords += core[..<(at + length)]
            title = Array(core[at..<at + length])
            position += at + length
            core = Array(core[(at + length)...])
        }
        // "Jeff Hoover of Jamestown", "Daniel Thole of Gold Fields": a person, then where they
        // are from or whom they work for, named on its own.
        if let of = core.firstIndex(of: "of"), of >= 2, of + 1 < core.count, title.isEmpty || position > 0,
            core.prefix(min(2, of - 1)).contains(where: { Knowledge.givenName($0) != nil }),
            !core[..<of].contains(where: {
                Gazetteer.organisationWords.contains($0) || Gazetteer.placeWords.contains($0)
            })
        {
            let restStart = run.lowerBound + position + of + 1
            analyse(restStart..<run.upperBound, article, loneWords: &loneWords)
            core = Array(core[..<of])
        }
        // "NDRRMC Chairman", "the Kent County Council Leader": a body and a title with no name
        // after it; the body is named, the title names no one.
        if let (at, length) = Self.lastTitle(in: core), at > 0, at + length == core.count, title.isEmpty,
            !core[..<at].contains(where: { Knowledge.givenName($0) != nil }),
            (at == 1 && core[0].count > 1 && core[0].allSatisfy(\.isUppercase))
                || Gazetteer.organisationWords.contains(core[at - 1])
        {
            core = Array(core[..<at])
            if core.count == 1 {
                loneWords.append(
                    LoneWord(word: core[0], at: words[position].start, startsSentence: false, afterPlaceWord: false))
                return
            }
        }
        // "Minister of Economy": after a title, "of" and a word name a portfolio, not a person.
        if !title.isEmpty, let first = core.first, Gazetteer.connectors.contains(first) { return }
        // A connector cannot start or end a name.
        while let first = core.first, Gazetteer.connectors.contains(first) { core.removeFirst() }
        // "Jennifer Knight QC": honours and offices after a name are not part of it.
        while core.count > 1, let last = core.last, Gazetteer.postNominals.contains(last) { core.removeLast() }
        guard !core.isEmpty else { return }
        let coreStart = words[position].start
        var name = core.joined(separator: " ")
        // "Robert F. Kennedy Jr.": the full stop of Jr. and Sr. belongs to the name.
        if ["Jr", "Sr"].contains(core.last!), core.count > 1,
            let lastWord = words.last(where: { $0.text == core.last! }),
            lastWord.end < article.scalars.count, article.scalars[lastWord.end] == "."
        {
            name += "."
        }
        let startsSentence = position == 0 && words[0].startsSentence
        // "May hit back": a month that is the surname of someone named in full (Theresa May).
        if core.count == 1, Gazetteer.months.contains(name), let full = firstPersonBySurname[name] {
            if !entities[full].aliases.contains(name) { entities[full].aliases.append(name) }
            return
        }
        if core.count == 1 && Gazetteer.notNames.contains(name) { return }
        // "NATO-like", "Russian-held": an adjective made from a name.
        if core.count == 1, let last = name.split(separator: "-").last, name.contains("-"),
            last.first?.isLowercase == true
        {
            return
        }
        // "Rail", "Harbour" alone are words, not names.
        if core.count == 1 && title.isEmpty
            && (Gazetteer.organisationWords.contains(name) || Gazetteer.placeWords.contains(name))
        {
            return
        }
        // "Kestrel Holdings", "Bank of England", "National Union of Mineworkers".
        let head = core.prefix { !Gazetteer.connectors.contains($0) }
        if Gazetteer.organisationWords.contains(core.last!)
            || (Gazetteer.organisationWords.contains(core.first!) && core.count > 1)
            || (head.count < core.count && Gazetteer.organisationWords.contains(head.last ?? ""))
        {
            add(Found(name: name, kind: .organisation, first: coreStart))
            return
        }
        // "St Mary's": a saint's name is a place (a hospital, a church), possessive and all.
        if ["St", "St.", "Saint"].contains(core.first!), core.count > 1 {
            let written = article.slice(words[position].start..<words[words.count - 1].end)
            add(Found(name: written, kind: .place, first: coreStart))
            return
        }
        // "Sally Field", "Kevin Hall": a given name, then a place word that is also a surname.
        let surnameLike =
            core.count == 2 && Self.surnamePlaceWords.contains(core[1]) && Knowledge.givenName(core[0]) != nil
        // "the North Sea", "Cardale Park", "the Harbour Cup": a named place or thing.
        if title.isEmpty && !honorific && !surnameLike
            && (Gazetteer.placeWords.contains(core.last!) || (afterThe && core.count > 1))
        {
            add(
                Found(
                    name: name, kind: Gazetteer.placeWords.contains(core.last!) ? .place : .organisation,
                    first: coreStart))
            return
        }
        // "We're", "don't": a contraction, not a name.
        if core.count == 1, let apostrophe = name.firstIndex(where: { $0 == "'" || $0 == "’" }),
            name[name.index(after: apostrophe)...] != "s"
        {
            return
        }
        if core.count == 1 && title.isEmpty && !honorific {
            if core[0].count > 1 {
                loneWords.append(
                    LoneWord(
                        word: core[0], at: coreStart, startsSentence: startsSentence,
                        afterPlaceWord: afterPlaceWord && position == 0, inPlace: inPlace && position == 0,
                        afterKin: afterKin && position == 0))
            }
            return
        }
        if title.isEmpty && !honorific {
            // "Lubbock County", "New Mexico", "West Texas": a place the gazetteer knows.
            let rest = core.dropFirst().joined(separator: " ")
            let known = Knowledge.place(name) ?? (Self.compassWords.contains(core[0]) ? Knowledge.place(rest) : nil)
            if let known, known != .town || afterPlaceWord {
                add(
                    Found(
                        name: name, kind: known == .country && Knowledge.place(name) != nil ? .country : .place,
                        first: coreStart))
                return
            }
            // "Most Valuable Player", "National Insurance": common words that name no one.
            if Knowledge.givenName(core[0]) == nil,
                core.allSatisfy({ Gazetteer.connectors.contains($0) || Knowledge.isCommonWord($0) })
            {
                return
            }
        }
        // "Chef Marta Ruiz", "Starter Tim Cooney": common words before a given name are a role,
        // not part of the name.
        if core.count > 2,
            let given = core.indices.dropFirst().prefix(2).first(where: { Knowledge.givenName(core[$0]) != nil }),
            given < core.count - 1,
            core[..<given].allSatisfy({ Knowledge.isCommonWord($0) && Knowledge.givenName($0) == nil })
        {
            roleWords += core[..<given]
            core = Array(core[given...])
            return add(
                Found(
                    name: core.joined(separator: " "), kind: .person, role: roleWords.joined(separator: " "),
                    first: words[position + given].start, sex: sex))
        }
        if core.count > 5 { return }
        // "in Datu Odin Sinsuat", "in Southern Luzon": after "in", with no given name, a place.
        if inPlace, position == 0, core.count > 1, title.isEmpty, !honorific, Knowledge.givenName(core[0]) == nil {
            add(Found(name: name, kind: .place, first: coreStart))
            return
        }
        // "Health New Zealand", "Air New Zealand": no given name, and a country ends the name: a
        // body, not a person. (A common word last proves nothing: Brown, Collins and May are
        // surnames.)
        if core.count > 1, title.isEmpty, !honorific, Knowledge.givenName(core[0]) == nil,
            (1..<core.count).contains(where: { Knowledge.place(core[$0...].joined(separator: " ")) == .country })
        {
            add(Found(name: name, kind: .organisation, first: coreStart))
            return
        }
        let role = roleWords.isEmpty ? nil : roleWords.joined(separator: " ")
        var found = Found(name: name, kind: .person, role: role, first: coreStart, sex: sex)
        if let office, !title.isEmpty {
            found.office = (office, title.joined(separator: " "), words[0].start..<words[words.count - 1].end)
        }
        // "President Trump": a title and a surname, the short form of a full name if there is one.
        if core.count == 1, let full = firstPersonBySurname[name] {
            if !entities[full].aliases.contains(name) { entities[full].aliases.append(name) }
            entities[full].sex = entities[full].sex ?? sex
            return
        }
        add(found)
    }

    private mutating func add(_ found: Found) {
        if let existing = byName[found.name] {
            if entities[existing].role == nil { entities[existing].role = found.role }
            if entities[existing].office == nil { entities[existing].office = found.office }
            entities[existing].sex = entities[existing].sex ?? found.sex
            for alias in found.aliases where !entities[existing].aliases.contains(alias) {
                entities[existing].aliases.append(alias)
            }
            return
        }
        byName[found.name] = entities.count
        if found.kind == .person, let last = Self.surname(of: found.name), firstPersonBySurname[last] == nil {
            firstPersonBySurname[last] = entities.count
        }
        entities.append(found)
    }

    /// Records a gazetteer entry written in the text; returns the entity's name.
    private mutating func record(_ known: Gazetteer.Known, written: String, at offset: Int) -> String {
        let name: String
        let kind: Entity.Kind
        switch known {
        case .name(let index), .demonym(let index):
            name = Gazetteer.places[index].name
            kind = Gazetteer.places[index].kind
        case .capital(let index):
            name = Gazetteer.places[index].capital!
            kind = .place
        }
        if byName[name] == nil { add(Found(name: name, kind: kind, first: offset)) }
        let entity = byName[name]!
        entities[entity].first = min(entities[entity].first, offset)
        if written != name, !entities[entity].aliases.contains(written) { entities[entity].aliases.append(written) }
        return name
    }

    /// A party's name starting at a word: its length and the party's one name.
    private static func party(_ texts: [String], from start: Int) -> (Int, String)? {
        for length in stride(from: min(3, texts.count - start), through: 1, by: -1) {
            if let party = Gazetteer.parties[texts[start..<start + length].joined(separator: " ")] {
                return (length, party)
            }
        }
        return nil
    }

    private static func longestKnown(_ texts: [String], from start: Int) -> (Int, Gazetteer.Known)? {
        for length in stride(from: min(5, texts.count - start), through: 1, by: -1) {
            let joined = texts[start..<start + length].joined(separator: " ")
            if let known = Gazetteer.lookup[joined] { return (length, known) }
        }
        // "Russians", "Ukrainians": a demonym's plural stands for its country too.
        let word = texts[start]
        if word.hasSuffix("s"), case .demonym? = Gazetteer.lookup[String(word.dropLast())] {
            return (1, Gazetteer.lookup[String(word.dropLast())]!)
        }
        return nil
    }

    /// A place the generated gazetteer knows, starting at a word and followed by a title
    /// ("Nova Scotia Premier Tim Houston", "Lubbock County Judge Ann Ray"): its length.
    private static func placeBeforeTitle(_ texts: [String], from start: Int) -> (Int, Knowledge.PlaceKind)? {
        for length in stride(from: min(4, texts.count - start - 1), through: 1, by: -1) {
            guard let kind = Knowledge.place(texts[start..<start + length].joined(separator: " ")), kind != .town,
                longestTitle(texts, from: start + length) != nil
            else { continue }
            return (length, kind)
        }
        return nil
    }

    /// The last title inside a run of words, with its length.
    /// `followed`: only a title with a word after it ("General Secretary Patricia King", whose
    /// "King" is a name here).
    private static func lastTitle(in words: [String], followed: Bool = false) -> (Int, Int)? {
        for start in stride(from: words.count - 1, through: 0, by: -1) {
            if let length = longestTitle(words, from: start), !followed || start + length < words.count {
                return (start, length)
            }
        }
        return nil
    }

    private static func longestTitle(_ texts: [String], from start: Int) -> Int? {
        var best: Int?
        for title in Gazetteer.titlesByFirstWord[texts[start]] ?? [] where title.count <= texts.count - start {
            if texts[start..<start + title.count].elementsEqual(title), title.count > (best ?? 0) { best = title.count }
        }
        return best
    }
}
