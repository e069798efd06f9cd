/// Where sentences end, as data shared by the loader (DocumentText) and the drafter
/// (ArticleText): one list of abbreviations, one set of closing marks, one rule for initials.
public enum SentenceRules {
    /// Words written with a full stop that ends no sentence ("Mr.", "Feb.", "Corp.").
    public static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Sir", "St", "Sr", "Jr", "Gen", "Col", "Lt", "Sgt", "Capt", "Prof", "Rev", "Sen",
        "Rep", "Gov", "No", "vs", "etc", "Inc", "Ltd", "Co", "Corp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec",
        // US states as news agencies abbreviate them: "Wichita, Kan. (AP) —" goes on.
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Kan", "Kans", "Ky", "Md", "Mass", "Mich", "Minn",
        "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Vt", "Wis", "Wyo",
    ]

    /// Months and weekdays, whole and short: after "a.m." or "p.m." they go on the sentence.
    public static let dayAndMonthWords: Set<String> = Set(
        Day.monthFullNames + Day.monthNames + Day.weekdayFullNames + Day.weekdayNames + ["Sept", "Tues", "Thurs"])

    /// Marks that may follow a sentence's final stop and belong to it: quotes and brackets.
    public static let closers: Set<Unicode.Scalar> = QuotationMarks.closing.union([")", "]", "\u{FF09}"])

    /// Whether a word ending just before a full stop makes that stop no sentence's end: an
    /// abbreviation, a single capital ("Robert F. Kennedy"), or capitals joined by stops ("U.S").
    public static func isAbbreviation(_ word: some StringProtocol) -> Bool {
        if abbreviations.contains(String(word)) { return true }
        let scalars = Array(word.unicodeScalars)
        guard let first = scalars.first, first.properties.isUppercase else { return false }
        if scalars.count == 1 { return true }
        guard scalars.count % 2 == 1 else { return false }
        for (offset, scalar) in scalars.enumerated() where offset % 2 == 1 && scalar != "." { return false }
        return scalars.enumerated().allSatisfy { $0.offset % 2 == 1 || $0.element.properties.isUppercase }
    }
}
