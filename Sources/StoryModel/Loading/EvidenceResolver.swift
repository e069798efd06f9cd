/// Turns an evidence object as authored — an excerpt, optionally with an occurrence
/// number, or explicit offsets — into a checked span of a document.
struct EvidenceResolver {
    static let known = ["document", "excerpt", "start", "end", "occurrence"]

    let documents: [SourceDocument]
    let documentIndex: [String: Int]

    func resolve(_ reader: ObjectReader) -> Evidence? {
        let document: SourceDocument
        if let id = reader.optionalString("document") {
            guard let index = documentIndex[id] else {
                let names = documents.map { "\"\($0.id)\"" }.joined(separator: ", ")
                reader.error("unknown document \"\(id)\"; the story's documents are \(names)", key: "document")
                return nil
            }
            document = documents[index]
        } else if documents.count == 1 {
            document = documents[0]
        } else {
            if reader.value("document") == nil {
                reader.error("evidence needs a \"document\" field: the story has \(documents.count) documents")
            }
            return nil
        }
        let excerpt = reader.optionalString("excerpt")
        let start = reader.optionalInt("start")
        let end = reader.optionalInt("end")
        let occurrence = reader.optionalInt("occurrence")
        let text = document.text

        switch (start, end) {
        case let (start?, end?):
            guard start >= 0, end <= text.scalarCount, start < end else {
                reader.error("span \(start)..<\(end) is out of range: document \"\(document.id)\" has \(text.scalarCount) characters and a span must not be empty", key: "start")
                return nil
            }
            let actual = String(text.slice(start..<end))
            if let excerpt, excerpt != actual {
                reader.error("excerpt does not match the text at \(start)..<\(end), which reads \"\(abbreviate(actual))\"", key: "excerpt")
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
            let found = text.occurrences(of: excerpt)
            let length = excerpt.unicodeScalars.count
            if found.isEmpty {
                reader.error("excerpt \"\(abbreviate(excerpt))\" is not found verbatim in document \"\(document.id)\"", key: "excerpt")
                return nil
            }
            if let occurrence {
                guard occurrence >= 1, occurrence <= found.count else {
                    reader.error("occurrence \(occurrence) is out of range: the excerpt occurs \(found.count) time\(found.count == 1 ? "" : "s")", key: "occurrence")
                    return nil
                }
                let at = found[occurrence - 1]
                return Evidence(document: document.id, start: at, end: at + length, excerpt: excerpt)
            }
            if found.count > 1 {
                let lines = found.prefix(5).map { String(text.line(ofScalar: $0)) }.joined(separator: ", ")
                reader.error("excerpt \"\(abbreviate(excerpt))\" occurs \(found.count) times in document \"\(document.id)\" (lines \(lines)); add \"occurrence\": 1 to \(found.count), or \"start\" and \"end\"", key: "excerpt")
                return nil
            }
            return Evidence(document: document.id, start: found[0], end: found[0] + length, excerpt: excerpt)
        default:
            reader.error("give both \"start\" and \"end\", or neither", key: start == nil ? "end" : "start")
            return nil
        }
    }
}

/// Shortens text for an error message.
func abbreviate(_ text: String, limit: Int = 60) -> String {
    guard text.count > limit else { return text }
    return String(text.prefix(limit - 1)) + "…"
}
