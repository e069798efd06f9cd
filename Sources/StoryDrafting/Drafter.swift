import StoryModel

/// Drafts a story from plain articles: the people, places and bodies they name, a claim for
/// every quotation with its speaker, an event for every time expression with its date worked
/// out, and the contrasts between speakers. Every item cites the article and is marked drafted.
public enum Drafter {
    public struct Article: Sendable {
        /// The file name, for the document's id and in messages.
        public var name: String
        public var text: String
        /// The publication date given on the command line, if any.
        public var published: Day?

        public init(name: String, text: String, published: Day? = nil) {
            self.name = name
            self.text = text
            self.published = published
        }
    }

    public struct Options: Sendable {
        public var title: String?
        public var outlet: String?

        public init(title: String? = nil, outlet: String? = nil) {
            self.title = title
            self.outlet = outlet
        }
    }

    public struct Draft: Sendable {
        /// The story as its file holds it, checked by validate's rules.
        public let story: Story
        /// That file, as `draft` writes it.
        public let file: String
        /// The same story loaded as its file is (its mentions found): what the browser shows.
        public let loaded: Story
        /// Things the reader should know: an article without a date, say.
        public var warnings: [String]
    }

    public struct Failure: Error, Sendable {
        /// "FILE: message", one line.
        public var message: String
    }

    /// Articles larger than this are refused: a draft is for an article, not a book.
    public static let maxArticleBytes = 2 << 20
    /// All the articles of one draft together: a folder of the largest articles would otherwise
    /// keep a reader waiting for minutes.
    public static let maxTotalBytes = 4 << 20

    /// Line ends as LF: CRLF (Windows) and CR alone (old Mac files) become LF.
    static func withLineFeeds(_ text: String) -> String {
        let carriageReturn = UInt8(ascii: "\r")
        let lineFeed = UInt8(ascii: "\n")
        guard text.utf8.contains(carriageReturn) else { return text }
        // Byte by byte: CR and LF are never part of a longer UTF-8 sequence.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var previousCR = false
        for byte in text.utf8 {
            if byte == carriageReturn {
                out.append(lineFeed)
                previousCR = true
                continue
            }
            if !(byte == lineFeed && previousCR) { out.append(byte) }
            previousCR = false
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first line of an article may give its date: "Date: 2025-02-26".
    public static func datedLine(_ text: String) -> Day? {
        guard let first = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first,
            first.hasPrefix("Date:")
        else { return nil }
        return Day(iso: first.dropFirst(5).trimmingSpaces)
    }

    /// What can be said of the articles before drafting them: an error (too large, empty), or
    /// warnings (no date). Cheap, so a caller can say it before the terminal is taken over.
    public static func check(_ articles: [Article]) throws(Failure) -> [String] {
        var warnings: [String] = []
        let total = articles.reduce(0) { $0 + $1.text.utf8.count }
        if total > maxTotalBytes, articles.count > 1 {
            throw Failure(
                message:
                    "\(articles[0].name) and \(articles.count - 1) more: the articles come to \(formatByteCount(total)); storyscope drafts up to \(formatByteCount(maxTotalBytes)) of articles at once"
            )
        }
        for article in articles {
            if article.text.utf8.count > maxArticleBytes {
                throw Failure(
                    message:
                        "\(article.name): the article is \(formatByteCount(article.text.utf8.count)); storyscope drafts articles of up to \(formatByteCount(maxArticleBytes))"
                )
            }
            if article.text.allSatisfy(\.isWhitespace) {
                throw Failure(message: "\(article.name): the article is empty")
            }
            if datedLine(article.text) ?? article.published == nil {
                warnings.append(
                    "\(article.name): no publication date (give --published YYYY-MM-DD, or a first line \"Date: YYYY-MM-DD\"); relative dates such as \"on Friday\" are left unresolved"
                )
            }
        }
        return warnings
    }

    public static func draft(_ articles: [Article], options: Options = Options()) throws(Failure) -> Draft {
        // CRLF and CR line ends read as LF ones: the same draft, and no ^M on screen.
        let articles = articles.map { article in
            var article = article
            article.text = withLineFeeds(article.text)
            return article
        }
        var warnings = try check(articles)
        var documents: [SourceDocument] = []
        var builder = StoryBuilder()
        var usedDocumentIDs: Set<String> = []
        let documentIDs = articles.map { article in
            var documentID = slug(baseName(article.name), fallback: "article")
            while usedDocumentIDs.contains(documentID) { documentID += "-\(usedDocumentIDs.count + 1)" }
            usedDocumentIDs.insert(documentID)
            return documentID
        }
        builder.reserve(documentIDs)
        var firstLead: String?
        for (article, documentID) in zip(articles, documentIDs) {
            let published = datedLine(article.text) ?? article.published
            let text = ArticleText(article.text)
            let parts = guessParts(text)
            if documents.isEmpty { firstLead = lead(text, parts: parts) }
            let headline = parts.first { $0.role == .headline }.map { text.slice($0.range) }
            // A headline or a sentence is one line already: only its length needs a bound.
            // Without a headline, the first sentence of the story (never the "Date:" line).
            let lead = text.sentences.first { !text.slice($0.range).hasPrefix("Date:") }.map { text.slice($0.range) }
            let title = abbreviate((headline ?? lead ?? article.name).trimmingSpaces, limit: 160)
            documents.append(
                SourceDocument(
                    id: documentID, title: title, kind: "news article", outlet: options.outlet,
                    published: published.map { DocumentDate(day: $0, inferred: false) },
                    text: DocumentText(article.text),
                    parts: parts,
                    note: "Drafted by storyscope draft from \(baseName(article.name)); not yet reviewed."))
            builder.add(text, name: article.name, document: documentID, published: published)
        }
        warnings += builder.warnings
        for kind in builder.truncated.sorted() {
            warnings.append(
                "only the first \(StoryBuilder.maxItems) \(kind) were drafted; a draft is for an article of ordinary length"
            )
        }
        let first = documents[0]
        let story = builder.story(
            id: slug(baseName(articles[0].name), fallback: "draft"),
            title: options.title ?? first.title, lead: firstLead,
            documents: documents)
        let checked = try DraftCheck.check(
            story, name: articles.count == 1 ? articles[0].name : "the draft of \(articles.count) articles")
        return Draft(
            story: checked.story, file: checked.file, loaded: checked.loaded, warnings: warnings + checked.warnings)
    }

    /// The lead of an article: its first sentence after the headline (a standfirst's, or the
    /// body's), cut to 300 characters.
    static func lead(_ text: ArticleText, parts: [DocumentPart]) -> String? {
        guard let part = parts.first(where: { $0.role == .standfirst || $0.role == .body }),
            let sentence = text.sentences.first(where: {
                part.range.contains($0.range.lowerBound) && !text.slice($0.range).hasPrefix("Date:")
            })
        else { return nil }
        return abbreviate(text.slice(sentence.range).trimmingSpaces, limit: 300)
    }

    /// The draft as a story file (format version 2), which `storyscope validate` accepts.
    public static func storyFile(_ draft: Draft) -> String { draft.file }

    /// The draft loaded as a story file is: with its mentions found, checked as any story is.
    public static func load(_ draft: Draft) throws(StoryLoadError) -> Story {
        try StoryLoader().load(bytes: Array(storyFile(draft).utf8), name: "(draft) \(draft.story.id)") { _ in
            .failure(.init(message: "a draft holds its text"))
        }
    }

    /// The draft as the browser shows it: loaded once already, when it was checked. Equal to
    /// `load` (a test holds it so).
    public static func story(_ draft: Draft) -> Story { draft.loaded }

    static func baseName(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = file.lastIndex(of: "."), dot != file.startIndex { return String(file[..<dot]) }
        return file
    }

    /// An id from a name: ASCII letters and digits, words joined by "-".
    static func slug(_ name: String, fallback: String) -> String {
        var out = ""
        var dash = false
        for scalar in name.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if dash && !out.isEmpty { out += "-" }
                out.unicodeScalars.append(scalar)
                dash = false
            } else {
                dash = true
            }
        }
        out = out.lowercased()
        if out.count > 40 { out = String(out.prefix(40)) }
        return out.isEmpty ? fallback : out
    }

    /// Headline (before the body, the first line that is not a sentence, or any title-case
    /// line; the same line again is a repeated headline), standfirst (a sentence before the
    /// headline), body (the rest).
    static func guessParts(_ text: ArticleText) -> [DocumentPart] {
        var parts: [DocumentPart] = []
        var headlines: Set<String> = []
        var seenHeadline = false
        var body: (first: Int, last: Int)?
        func closeBody() {
            if let open = body {
                parts.append(
                    DocumentPart(
                        role: .body, lines: open.first + 1...open.last + 1,
                        range: text.lines[open.first].lowerBound..<text.lines[open.last].upperBound))
                body = nil
            }
        }
        for (number, line) in text.lines.enumerated() {
            let content = text.slice(line).trimmingSpaces
            if content.isEmpty || content.hasPrefix("Date:") { continue }
            let lineRange = number + 1...number + 1
            let sentenceLike = ".!?\"”'’:".contains(content.last!) || content.count >= 160
            if text.titleCaseLines[number] || (!seenHeadline && !sentenceLike) {
                closeBody()
                parts.append(
                    DocumentPart(
                        role: headlines.contains(content) ? .repeatedHeadline : .headline, lines: lineRange, range: line
                    ))
                headlines.insert(content)
                seenHeadline = true
            } else if !seenHeadline {
                parts.append(DocumentPart(role: .standfirst, lines: lineRange, range: line))
            } else {
                body = (body?.first ?? number, number)
            }
        }
        closeBody()
        return parts
    }
}

extension Substring {
    var trimmingSpaces: String { String(self).trimmingSpaces }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
