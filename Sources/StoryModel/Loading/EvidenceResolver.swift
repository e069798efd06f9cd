/// Turns an evidence object as authored — an excerpt, optionally with an occurrence
/// number, or explicit offsets — into a checked span of a document.
final class EvidenceResolver {
    static let known = ["document", "excerpt", "start", "end", "occurrence"]
    /// An excerpt found more often than this is reported as occurring "more than" this often.
    static let occurrencesCounted = 1_000

    let documents: [SourceDocument]
    let documentIndex: [String: Int]
    private var finders: [ExcerptFinder?]
    private let allowance = SearchAllowance()

    /// Documents named in the file whose text could not be had; evidence in them is skipped
    /// without a word (their own error says why).
    private let unavailable: Set<String>
    private let declaredCount: Int
    /// Whether evidence without a `document` is looked for in every document (format version
    /// 2), rather than refused when the story has several.
    private let infersDocuments: Bool
    /// How many more documents may be searched to infer where excerpts are; past it, evidence
    /// must name its document. Bounds the work of a file of many documents and many excerpts.
    private var inferenceBudget = EvidenceResolver.inferenceSearches
    static let inferenceSearches = 1_000_000

    init(
        documents: [SourceDocument], documentIndex: [String: Int], unavailable: Set<String> = [],
        declaredCount: Int? = nil, infersDocuments: Bool = false
    ) {
        self.infersDocuments = infersDocuments
        self.documents = documents
        self.documentIndex = documentIndex
        self.unavailable = unavailable
        self.declaredCount = declaredCount ?? documents.count
        finders = Array(repeating: nil, count: documents.count)
    }

    /// The UTF-8 offsets where `needle` occurs in a document: at most `limit + 1`, in order.
    func occurrences(of needle: String, inDocument index: Int, limit: Int) -> ExcerptFinder.Answer {
        let finder = finders[index] ?? ExcerptFinder(text: documents[index].text, allowance: allowance)
        finders[index] = finder
        return finder.occurrences(of: Array(needle.utf8), limit: limit)
    }

    /// Near misses are looked for only for the first few excerpts not found: the help is for a
    /// person writing a story, and a file of thousands of absent excerpts must stay cheap.
    private var nearMissesLeft = 20
    /// Scalar comparisons the near-miss searches may make in one file.
    private var nearMissBudget = 50_000_000
    private var loose: [Int: LooseText] = [:]

    /// "; the text at line 7 reads "…": it has a curly quote where the excerpt has a straight
    /// one" — where an excerpt is found once quotes, dashes and runs of spaces are set aside.
    private func nearMiss(_ excerpt: String, in document: Int) -> String {
        // An article, not a book: a hand-written story's documents are far smaller than this.
        guard nearMissesLeft > 0, excerpt.unicodeScalars.count <= 2_000,
            documents[document].text.scalarCount <= 2_000_000
        else { return "" }
        nearMissesLeft -= 1
        let text = documents[document].text
        let looseText = loose[document] ?? LooseText(text.string)
        loose[document] = looseText
        guard let span = looseText.find(LooseText(excerpt), budget: &nearMissBudget) else { return "" }
        let actual = String(text.slice(span))
        let differences = LooseText.differences(excerpt, actual)
        return "; line \(text.line(ofScalar: span.lowerBound)) reads \(quoted(actual, limit: 80))"
            + (differences.isEmpty ? "" : ", with \(differences.joined(separator: ", "))")
    }

    /// The one document an excerpt occurs in, or nil with an error: in none, in several (named),
    /// or past the budget for such searches.
    private func documentHolding(_ excerpt: String, _ reader: ObjectReader) -> Int? {
        guard unavailable.isEmpty else { return nil }
        inferenceBudget -= documents.count
        guard inferenceBudget >= 0 else {
            reader.error(
                "give this evidence a \"document\": the loader has searched documents \(Self.inferenceSearches) times to infer where excerpts are, and stops there"
            )
            return nil
        }
        var holders: [Int] = []
        for index in documents.indices {
            switch occurrences(of: excerpt, inDocument: index, limit: 0) {
            case .found(let places) where !places.isEmpty: holders.append(index)
            case .found: break
            case .tooCostly:
                reader.error(
                    "this file's excerpts take too long to find (the loader looks at most \(formatByteCount(SearchAllowance.standard)) of text for them); give \"document\", \"start\" and \"end\" instead",
                    key: "excerpt")
                return nil
            }
        }
        switch holders.count {
        case 1: return holders[0]
        case 0:
            reader.error(
                "excerpt \(quoted(excerpt)) is not found verbatim in any of the story's documents", key: "excerpt")
        default:
            var names = holders.prefix(5).map { quoted(documents[$0].id) }.joined(separator: ", ")
            if holders.count > 5 { names += " and \(holders.count - 5) more" }
            reader.error(
                "excerpt \(quoted(excerpt)) occurs in \(holders.count) documents (\(names)); add \"document\" to say which",
                key: "excerpt")
        }
        return nil
    }

    /// Resolves one piece of evidence. `within` is the document it must come from, when the
    /// place it stands in says so (a status report's evidence is in the report's document).
    func resolve(_ reader: ObjectReader, within: Int? = nil) -> Evidence? {
        let documentNumber: Int
        if let id = reader.optionalString("document") {
            if unavailable.contains(id) { return nil }
            guard let index = documentIndex[id] else {
                var names = documents.prefix(5).map { quoted($0.id) }.joined(separator: ", ")
                if documents.count > 5 { names += " and \(documents.count - 5) more" }
                reader.error("unknown document \(quoted(id)); the story's documents are \(names)", key: "document")
                return nil
            }
            if let within, within != index {
                reader.error(
                    "this evidence must come from document \(quoted(documents[within].id)), not \(quoted(id))",
                    key: "document")
                return nil
            }
            documentNumber = index
        } else if let within {
            documentNumber = within
        } else if documents.count == 1 && declaredCount == 1 {
            documentNumber = 0
        } else if declaredCount == 1 {
            return nil
        } else if reader.value("document") != nil {
            return nil
        } else if infersDocuments, reader.value("start") == nil, reader.value("end") == nil,
            let excerpt = reader.optionalString("excerpt", allowBlank: true)
        {
            guard let inferred = documentHolding(excerpt, reader) else { return nil }
            documentNumber = inferred
        } else {
            reader.error(
                infersDocuments
                    ? "evidence given by \"start\" and \"end\" needs a \"document\" field: the story has \(declaredCount) documents"
                    : "evidence needs a \"document\" field: the story has \(declaredCount) documents")
            return nil
        }
        let document = documents[documentNumber]
        let excerpt = reader.optionalString("excerpt", allowBlank: true)
        let start = reader.optionalInt("start")
        let end = reader.optionalInt("end")
        let occurrence = reader.optionalInt("occurrence")
        let text = document.text

        switch (start, end) {
        case (let start?, let end?):
            guard start >= 0, end <= text.scalarCount, start < end else {
                reader.error(
                    "span \(start)..<\(end) is out of range: document \(quoted(document.id)) has \(text.scalarCount) characters and a span must not be empty",
                    key: start < 0 ? "start" : "end")
                return nil
            }
            let actual = String(text.slice(start..<end))
            if let excerpt, !sameBytes(excerpt, actual) {
                reader.error(
                    "excerpt does not match the text at \(start)..<\(end), which reads \(quoted(actual))",
                    key: "excerpt")
                return nil
            }
            if occurrence != nil {
                reader.error("\"occurrence\" goes with an excerpt alone, not with start and end", key: "occurrence")
            }
            return Evidence(document: document.id, start: start, end: end, excerpt: actual)
        case (nil, nil):
            guard let excerpt else {
                if reader.value("excerpt") == nil {
                    reader.error("evidence needs an \"excerpt\", or \"start\" and \"end\"")
                }
                return nil
            }
            if let occurrence, occurrence < 1 {
                reader.error("occurrence \(occurrence) is out of range: occurrences count from 1", key: "occurrence")
                return nil
            }
            let wanted = occurrence ?? Self.occurrencesCounted
            guard case .found(let found) = occurrences(of: excerpt, inDocument: documentNumber, limit: wanted) else {
                reader.error(
                    "this file's excerpts take too long to find (the loader looks at most \(formatByteCount(SearchAllowance.standard)) of text for them); give \"start\" and \"end\" instead",
                    key: "excerpt")
                return nil
            }
            if found.isEmpty {
                reader.error(
                    "excerpt \(quoted(excerpt)) is not found verbatim in document \(quoted(document.id))"
                        + nearMiss(excerpt, in: documentNumber),
                    key: "excerpt")
                return nil
            }
            let times =
                found.count > wanted ? "more than \(wanted) times" : found.count == 1 ? "once" : "\(found.count) times"
            let length = excerpt.unicodeScalars.count
            if let occurrence {
                guard occurrence <= found.count else {
                    reader.error(
                        "occurrence \(occurrence) is out of range: the excerpt occurs \(times)", key: "occurrence")
                    return nil
                }
                let at = text.scalarOffset(ofUTF8: found[occurrence - 1])
                return Evidence(document: document.id, start: at, end: at + length, excerpt: excerpt)
            }
            if found.count > 1 {
                let shown = 10
                let lines = found.prefix(shown).map { String(text.line(ofScalar: text.scalarOffset(ofUTF8: $0))) }
                    .joined(separator: ", ")
                let rest =
                    found.count > wanted
                    ? " and more" : found.count > shown ? " and \(found.count - shown) more" : ""
                let count = found.count > wanted ? "\(wanted)" : "\(found.count)"
                reader.error(
                    "excerpt \(quoted(excerpt)) occurs \(times) in document \(quoted(document.id)) (lines \(lines)\(rest)); add \"occurrence\": 1 to \(count), or \"start\" and \"end\"",
                    key: "excerpt")
                return nil
            }
            let at = text.scalarOffset(ofUTF8: found[0])
            return Evidence(document: document.id, start: at, end: at + length, excerpt: excerpt)
        default:
            reader.error("give both \"start\" and \"end\", or neither", key: start == nil ? "end" : "start")
            return nil
        }
    }
}

/// Shortens text for an error message to at most `limit` scalars, looking at no more than
/// that many: a name of megabytes costs no more than a short one.
public func abbreviate(_ text: String, limit: Int = 60) -> String {
    var index = text.unicodeScalars.startIndex
    for _ in 0..<limit {
        if index == text.unicodeScalars.endIndex { return text }
        text.unicodeScalars.formIndex(after: &index)
    }
    if index == text.unicodeScalars.endIndex { return text }
    return String(text.unicodeScalars[..<text.unicodeScalars.index(before: index)]) + "…"
}

/// A name or text from the file, shortened and put in quotation marks for a message.
func quoted(_ text: String, limit: Int = 60) -> String { "\"\(abbreviate(text, limit: limit))\"" }
