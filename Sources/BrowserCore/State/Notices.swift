/// What the reader must be told about how the story was opened: the articles of a draft that
/// have no date (their "on Friday" stays unresolved), and the draft's other warnings. Printed
/// before the terminal is taken over they would be hidden by the browser, so the first screen
/// says so in its message and the Overview lists them for as long as the browser runs.
public struct Notices: Sendable, Hashable {
    /// An article without a publication date: its name as the reader gave it, and its document.
    public struct Undated: Sendable, Hashable {
        public var name: String
        public var document: Int

        public init(name: String, document: Int) {
            self.name = name
            self.document = document
        }
    }

    public var undated: [Undated]
    /// Every other warning, one line each, naming its file.
    public var warnings: [String]

    public init(undated: [Undated] = [], warnings: [String] = []) {
        self.undated = undated
        self.warnings = warnings
    }

    public var isEmpty: Bool { undated.isEmpty && warnings.isEmpty }

    public var count: Int { undated.count + warnings.count }

    /// How to give an article a date, as the Overview says it under the undated ones.
    var howToDate: String {
        let them = undated.count == 1 ? "it" : "them"
        return
            "Relative dates in \(them) (\u{201C}on Friday\u{201D}) stay unresolved. Give an article a first line \u{201C}Date: YYYY-MM-DD\u{201D}, or open it with --published YYYY-MM-DD."
    }

    /// The first screen's message: what is wrong, in a sentence or two, and where the list is.
    /// Files by their names alone: the Overview gives them whole.
    var summary: String? {
        guard !isEmpty else { return nil }
        if undated.isEmpty {
            let first = "Warning: \(warnings[0])"
            return warnings.count == 1
                ? "\(first) (listed in the Overview, 1)"
                : "\(first); \(warnings.count - 1) more listed in the Overview (1)"
        }
        let names = undated.map { $0.name.split(separator: "/").last.map(String.init) ?? $0.name }
        var text =
            switch names.count {
            case 1:
                "Warning: \(names[0]) has no date, so its relative dates (\u{201C}on Friday\u{201D}) stay unresolved."
            case 2: "Warning: \(names[0]) and \(names[1]) have no date, so their relative dates stay unresolved."
            default: "Warning: \(names.count) articles have no date, so their relative dates stay unresolved."
            }
        if !warnings.isEmpty { text += " \(warnings.count) more warning\(warnings.count == 1 ? "" : "s")." }
        return text + " The Overview (1) lists \(count == 1 ? "it" : "them"), with how to give a date."
    }
}
