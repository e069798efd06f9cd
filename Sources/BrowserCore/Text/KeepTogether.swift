/// Words a wrap keeps on one row where they fit on one: a date ("26 Feb", "Wed 26 Feb",
/// "Feb 2025", "(10 Jun)"), a number and its unit ("$500 billion", "3 per cent", "10 am"),
/// and a name of the story ("Marco Rubio"). Wider than a row, they wrap as any words do.
///
/// The rule looks at words as split at spaces, with the punctuation around them ("(10",
/// "Jun)", "Rubio:") ignored, so it needs no markup in the text.
public struct KeepTogether: Sendable {
    /// Names of two words or three, as their words, by their first two words' cores ("Marco
    /// Rubio"), so a common given name costs one look-up, not one per name that starts with it.
    private var names: [String: [[Substring]]] = [:]

    /// Dates and numbers only.
    public init() {}

    /// Dates, numbers, and these names (people's: those of two or three words and at most 30
    /// cells; a longer one, "Ukrainian President Volodymyr Zelensky", is a title and a name,
    /// and only the name inside it is kept together, if it is given too).
    public init(names: some Sequence<String>) {
        for name in names {
            let words = name.split(separator: " ")
            guard words.count > 1, words.count <= 3, DisplayWidth.of(name) <= 30 else { continue }
            let key = String(Self.core(words[0])) + " " + Self.core(words[1])
            if !(self.names[key]?.contains(words) ?? false) { self.names[key, default: []].append(words) }
        }
        // Longest first, so "Ukrainian President Volodymyr Zelensky" wins over a shorter name.
        for key in self.names.keys { self.names[key]!.sort { $0.count > $1.count } }
    }

    static let months: Set<Substring> = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "January",
        "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
    ]
    static let weekdays: Set<Substring> = [
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday", "wk",
    ]
    static let units: Set<Substring> = [
        "billion", "million", "trillion", "thousand", "bn", "m", "km", "kg", "mph", "miles", "tonnes", "tons",
        "percent", "per", "%", "years", "months", "weeks", "days", "hours", "minutes", "people", "am", "pm", "a.m.",
        "p.m.", "dollars", "euros", "pounds", "GBP", "EUR", "USD",
    ]

    /// The word without the punctuation around it: "(10" is "10", "Jun)," is "Jun", "Rubio's"
    /// is "Rubio".
    /// Punctuation around a word, left out to compare it.
    private static let edge: Set<Character> = [
        "(", ")", "[", "]", ",", ";", ":", ".", "!", "?", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\"", "'",
        "~",
    ]

    static func core(_ word: Substring) -> Substring {
        var word = word
        while let first = word.first, edge.contains(first) { word = word.dropFirst() }
        func trimEnd() {
            // A unit may end in a full stop ("a.m."): keep it when the word has one inside.
            while let last = word.last, edge.contains(last), !(last == "." && word.dropLast().contains(".")) {
                word = word.dropLast()
            }
        }
        trimEnd()
        if let last = word.last, last == "s", word.dropLast().last == "\u{2019}" || word.dropLast().last == "'" {
            word = word.dropLast(2)
            trimEnd()
        }
        return word
    }

    /// Whether a word ends where its text ends: nothing (but an opening mark) around it on the
    /// right, so the words after it may belong to it.
    private static func isOpen(_ word: Substring) -> Bool {
        guard let last = word.last else { return false }
        return last.isLetter || last.isNumber || last == "%" || last == "$"
    }

    private static func isDay(_ word: Substring) -> Bool {
        guard (1...2).contains(word.count), word.allSatisfy(\.isASCII), let day = Int(word) else { return false }
        return (1...31).contains(day)
    }

    private static func isYear(_ word: Substring) -> Bool {
        word.count == 4 && word.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// For each word, whether the wrap must not break between it and the next. `words` are the
    /// text split at single spaces.
    public func joins(_ words: [Substring]) -> [Bool] {
        joins(count: words.count, first: { words[$0].first }, word: { words[$0] })
    }

    /// The same, with the words given on demand: `first` is a word's first character, and
    /// `word` the word, asked for only where the first character can start a date, a quantity
    /// or a name (most words start with a small letter, and cost nothing more).
    func joins(count: Int, first: (Int) -> Character?, word: (Int) -> Substring) -> [Bool] {
        var joined = [Bool](repeating: false, count: count)
        var index = 0
        while index + 1 < count {
            defer { index += 1 }
            guard let character = first(index),
                !(character.isASCII && character.isLowercase && character != "w")
            else { continue }
            let text = word(index)
            let core = Self.core(text)
            if let length = nameLength(at: index, core, count: count, word: word), length > 1 {
                for inside in index..<(index + length - 1) { joined[inside] = true }
                index += length - 2
                continue
            }
            guard let start = core.first,
                start.isNumber || start.isUppercase || core == "wk" || start == "$" || start == "\u{00A3}"
                    || start == "\u{20AC}"
            else { continue }
            guard Self.isOpen(text) else { continue }
            let next = word(index + 1)
            if Self.joinsNext(core, Self.core(next)) {
                joined[index] = true
                // "3 per cent": the unit's second word too.
                if Self.core(next) == "per", index + 2 < count, Self.isOpen(next), Self.core(word(index + 2)) == "cent"
                {
                    joined[index + 1] = true
                }
            }
        }
        return joined
    }

    /// Whether `word` and `next` make one date or one quantity.
    private static func joinsNext(_ word: Substring, _ next: Substring) -> Bool {
        if isDay(word) && months.contains(next) { return true }
        if months.contains(word) && (isYear(next) || isDay(next)) { return true }
        if weekdays.contains(word) && isDay(next) { return true }
        if let last = word.last, last.isNumber, units.contains(next) { return true }
        return false
    }

    /// The number of words of the longest name starting at `index`, if one does.
    private func nameLength(at index: Int, _ core: Substring, count: Int, word: (Int) -> Substring) -> Int? {
        guard !names.isEmpty, index + 1 < count, let first = core.first, !(first.isASCII && first.isNumber) else {
            return nil
        }
        guard let candidates = names[String(core) + " " + Self.core(word(index + 1))] else { return nil }
        for name in candidates where index + name.count <= count {
            // Words inside a name have nothing after them; the last may ("Rubio:").
            let matches = name.indices.allSatisfy { offset in
                let text = word(index + offset)
                if offset == name.count - 1 { return Self.core(text) == Self.core(name[offset]) }
                return text == name[offset] || (Self.isOpen(text) && Self.core(text) == Self.core(name[offset]))
            }
            if matches { return name.count }
        }
        return nil
    }
}
