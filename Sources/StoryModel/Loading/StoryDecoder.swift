/// Decodes a parsed story file into the model. Documents come first, since every evidence
/// span is resolved against them; references between items are checked once all are read.
struct StoryDecoder {
    /// Returns the text of a `textFile`, or a reason it cannot be had.
    typealias TextFileSource = (String) -> Result<String, TextFileError>

    struct TextFileError: Error {
        var message: String
    }

    let context: DecodeContext
    let textFile: TextFileSource
    /// The most text, in UTF-8 bytes, all the documents together may hold.
    let maxTextBytes: Int
    /// The documents' text so far: each document counts, even when several name one file.
    private var textBytes = 0
    private(set) var references = ReferenceTable()
    /// The file's format version: fields of version 2 are refused in a version 1 file.
    private(set) var version = 1

    init(
        context: DecodeContext, maxTextBytes: Int = StoryLoader.defaultMaxTextBytes, textFile: @escaping TextFileSource
    ) {
        self.context = context
        self.maxTextBytes = maxTextBytes
        self.textFile = textFile
    }

    /// The fields of each object the file holds; a test checks them against the schema.
    static let publishedKeys = ["date", "inferred", "basis"]
    static let partKeys = ["role", "lines", "note"]
    static let whenKeys = ["text", "evidence", "resolved"]
    static let aliasKeys = ["name", "matchIn"]
    static let linkKeys = ["kind", "event", "evidence"]
    static let reportKeys = ["document", "status", "evidence", "when"]
    static let responseKeys = ["claim", "evidence"]
    static let resolvedKeys = ["precision", "date", "start", "end", "inferred", "basis"]
    static let sideKeys = ["label", "summary", "claims"]
    static let topKeys = [
        "format", "version", "id", "title", "summary", "documents", "entities", "relations", "events", "claims",
        "topics",
    ]

    mutating func decode(_ root: JSONValue) -> Story? {
        guard let top = ObjectReader(root, path: [], context: context, what: "a story", known: Self.topKeys) else {
            return nil
        }
        guard checkFormat(top) else { return nil }
        let id = top.string("id", "the story's id").flatMap { checkID($0, top) }
        let title = top.string("title", "the story's title")
        let summary = top.string("summary", "a few sentences on what the story is")

        let documents = top.objects("documents", required: true, "document", known: Self.documentKeys) { reader, _ in
            decodeDocument(reader)
        }
        if documents.isEmpty, case .array(let declared)? = top.value("documents")?.kind, declared.isEmpty {
            top.error("a story needs at least one source document", key: "documents")
        }
        var documentIndex: [String: Int] = [:]
        for (index, document) in documents.enumerated() where documentIndex[document.id] == nil {
            documentIndex[document.id] = index
        }
        var declaredDocuments = 0
        if case .array(let declared)? = top.value("documents")?.kind { declaredDocuments = declared.count }
        let resolver = EvidenceResolver(
            documents: documents, documentIndex: documentIndex,
            unavailable: unavailableDocuments, declaredCount: declaredDocuments, infersDocuments: version >= 2)
        self.documentIndex = documentIndex
        for (rank, index) in documents.indicesInTimeOrder.enumerated() { documentRank[documents[index].id] = rank }

        let entities = top.objects("entities", required: false, "entity", known: Self.entityKeys) { reader, _ in
            decodeEntity(reader, resolver)
        }
        let relations = top.objects("relations", required: false, "relation", known: Self.relationKeys) { reader, _ in
            decodeRelation(reader, resolver)
        }
        let events = top.objects("events", required: false, "event", known: Self.eventKeys) { reader, _ in
            decodeEvent(reader, resolver)
        }
        let claims = top.objects("claims", required: false, "claim", known: Self.claimKeys) { reader, _ in
            decodeClaim(reader, resolver)
        }
        let topics = top.objects("topics", required: false, "topic", known: Self.topicKeys) { reader, _ in
            decodeTopic(reader)
        }
        references.check(context: context)
        ReplyCheck(claims: claims, places: replyPlaces, events: events, context: context).check()

        guard !context.hasErrors, let id, let title, let summary else { return nil }
        return Story(
            id: id, title: title, summary: summary, documents: documents, entities: entities,
            relations: relations, events: events, claims: claims, topics: topics)
    }

    private mutating func checkFormat(_ top: ObjectReader) -> Bool {
        guard let format = top.string("format", "\"\(Story.formatName)\"") else { return false }
        guard format == Story.formatName else {
            top.error(
                "this is not a storyscope story: \"format\" is \(quoted(format)), expected \"\(Story.formatName)\"",
                key: "format")
            return false
        }
        guard top.value("version") != nil else {
            top.missing("version", "the format version, \(Story.formatVersion)")
            return false
        }
        guard let version = top.optionalInt("version") else { return false }
        guard version >= 1, version <= Story.formatVersion else {
            top.error(
                "unknown format version \(version); this storyscope reads versions 1 to \(Story.formatVersion)",
                key: "version")
            return false
        }
        self.version = version
        return true
    }

    /// Whether a field of format version 2 may be used; an error if the file is version 1.
    private func allowsVersion2(_ reader: ObjectReader, _ key: String) -> Bool {
        guard reader.value(key) != nil else { return false }
        guard version >= 2 else {
            reader.error("\"\(key)\" is a field of format version 2; this file says \"version\": 1", key: key)
            return false
        }
        return true
    }

    // MARK: Documents

    static let documentKeys = [
        "id", "title", "kind", "outlet", "url", "published", "text", "textFile", "parts", "note",
    ]

    /// Documents whose text could not be had (an unreadable textFile, say): evidence that
    /// points into them is not checked, so that one missing file is one error, not one per
    /// piece of evidence.
    private var unavailableDocuments: Set<String> = []

    private mutating func decodeDocument(_ reader: ObjectReader) -> SourceDocument? {
        let id = define(reader, kind: .document)
        var text: String?
        defer { if let id, text == nil { unavailableDocuments.insert(id) } }
        let title = reader.string("title", "the document's title")
        switch (reader.value("text"), reader.optionalString("textFile")) {
        case (.some, .some):
            reader.error("give the document's \"text\" or a \"textFile\", not both", key: "textFile")
        case (.some, nil):
            text = reader.string("text", "the document's full text", allowEmpty: true)
        case (nil, let name?):
            switch textFile(name) {
            case .success(let contents): text = contents
            case .failure(let failure):
                reader.error("cannot use textFile \(quoted(name)): \(failure.message)", key: "textFile")
            }
        case (nil, nil):
            reader.missing("text", "the document's full text, or \"textFile\" naming a UTF-8 file beside the story")
        }
        if let counted = text {
            textBytes += counted.utf8.count
            if textBytes > maxTextBytes {
                reader.error(
                    "the documents' text comes to more than \(formatByteCount(maxTextBytes)), the most one story may hold",
                    key: reader.value("text") != nil ? "text" : "textFile")
                text = nil
            }
        }
        let published = reader.object("published", "a publication date", known: Self.publishedKeys).flatMap {
            published -> DocumentDate? in
            guard let day = decodeDay(published, "date") else { return nil }
            return DocumentDate(
                day: day, inferred: published.optionalBool("inferred") ?? false,
                basis: published.optionalString("basis"))
        }
        guard let text else { return nil }
        let documentText = DocumentText(text)
        let parts = reader.objects("parts", required: false, "document part", known: Self.partKeys) {
            part, _ in
            decodePart(part, documentText)
        }
        checkPartsDoNotOverlap(parts, reader)
        guard let id, let title else { return nil }
        return SourceDocument(
            id: id, title: title, kind: reader.optionalString("kind"), outlet: reader.optionalString("outlet"),
            url: reader.optionalString("url"), published: published, text: documentText,
            parts: parts, note: reader.optionalString("note"))
    }

    private func decodePart(_ reader: ObjectReader, _ text: DocumentText) -> DocumentPart? {
        let role = reader.choice("role", "part role", as: DocumentPart.Role.self)
        var lines: ClosedRange<Int>?
        switch reader.value("lines")?.kind {
        case .number(let number):
            if let line = wholeNumber(number) { lines = line...line }
        case .array(let bounds) where bounds.count == 2:
            if case .number(let first) = bounds[0].kind, case .number(let last) = bounds[1].kind,
                let first = wholeNumber(first), let last = wholeNumber(last)
            {
                guard first <= last else {
                    reader.error("the first line, \(first), comes after the last, \(last)", key: "lines")
                    return nil
                }
                lines = first...last
            }
        case nil:
            reader.missing("lines", "a line number, or [first, last]")
            return nil
        default:
            break
        }
        guard let lines else {
            reader.error("expected a line number, or [first, last]", key: "lines")
            return nil
        }
        guard lines.lowerBound >= 1, lines.upperBound <= text.lineCount else {
            reader.error(
                "lines \(lines.lowerBound)–\(lines.upperBound) are out of range: the text has \(text.lineCount) lines",
                key: "lines")
            return nil
        }
        guard let role else { return nil }
        let range = text.range(ofLine: lines.lowerBound).lowerBound..<text.range(ofLine: lines.upperBound).upperBound
        return DocumentPart(role: role, lines: lines, range: range, note: reader.optionalString("note"))
    }

    private func checkPartsDoNotOverlap(_ parts: [DocumentPart], _ reader: ObjectReader) {
        let sorted = parts.sorted { $0.lines.lowerBound < $1.lines.lowerBound }
        for (previous, next) in zip(sorted, sorted.dropFirst()) where previous.lines.overlaps(next.lines) {
            reader.error("document parts overlap at line \(next.lines.lowerBound)", key: "parts")
        }
    }

    // MARK: Entities and relations

    static let entityKeys = [
        "id", "name", "aliases", "kind", "role", "description", "mentions", "matchIn", "drafted",
    ]

    /// Where each decoded entity is in the file, for problems found after decoding.
    private(set) var entityPlaces: [(offset: Int, path: [PathPiece])] = []

    private mutating func decodeEntity(_ reader: ObjectReader, _ resolver: EvidenceResolver) -> Entity? {
        let id = define(reader, kind: .entity)
        let name = reader.string("name", "the entity's name")
        let (aliases, aliasScopes) = decodeAliases(reader)
        checkNameLength(name, reader, key: "name")
        for (index, alias) in aliases.enumerated() { checkNameLength(alias, reader, key: "aliases", index: index) }
        let scope = allowsVersion2(reader, "matchIn") ? documentList(reader, "matchIn") : nil
        var matchedIn: [String: [String]] = [:]
        if let name, let scope { matchedIn[name] = scope }
        for (alias, aliasScope) in zip(aliases, aliasScopes) where alias != name {
            if let only = aliasScope ?? scope { matchedIn[alias] = only }
        }
        let kind = reader.choice("kind", "entity kind", as: Entity.Kind.self)
        let role = reader.string("role", "the part it plays in the story")
        let description = reader.string("description", "a short description")
        let mentions = decodeEvidenceList(reader, "mentions", resolver, required: false)
        guard let id, let name, let kind, let role, let description else { return nil }
        entityPlaces.append((reader.offset, reader.path))
        return Entity(
            id: id, name: name, aliases: aliases, kind: kind, role: role, description: description,
            mentions: mentions.map { Mention(evidence: $0, origin: .authored) }, matchedIn: matchedIn
        ).markedDrafted(drafted(reader))
    }

    /// The `drafted` mark (version 2): made by `storyscope draft`, not yet reviewed.
    private func drafted(_ reader: ObjectReader) -> Bool {
        allowsVersion2(reader, "drafted") ? reader.optionalBool("drafted") ?? false : false
    }

    /// Whether the version 2 form of a field that version 1 has may be used; an error that says
    /// what version 1 takes instead if the file is version 1.
    private func allowsVersion2Form(_ what: String, instead: String, _ value: JSONValue, path: [PathPiece]) -> Bool {
        guard version < 2 else { return true }
        context.error(
            "\(what) is format version 2; in version 1 \(instead), and this file says \"version\": 1",
            at: value.offset, path: path)
        return false
    }

    /// Aliases as strings, or (version 2) as objects that say where each is matched.
    private mutating func decodeAliases(_ reader: ObjectReader) -> ([String], [[String]?]) {
        guard case .array(let elements)? = reader.value("aliases")?.kind,
            elements.contains(where: { if case .object = $0.kind { true } else { false } })
        else {
            let plain = reader.strings("aliases")
            return (plain, plain.map { _ in nil })
        }
        var names: [String] = []
        var scopes: [[String]?] = []
        for (index, element) in elements.enumerated() {
            let path = reader.childPath("aliases") + [.index(index)]
            switch element.kind {
            case .string(let alias) where !isBlank(alias):
                names.append(alias)
                scopes.append(nil)
            case .object:
                guard
                    allowsVersion2Form(
                        "an alias written as an object (with \"name\" and \"matchIn\")",
                        instead: "an alias is a string",
                        element, path: path)
                else { continue }
                guard
                    let alias = ObjectReader(
                        element, path: path, context: context, what: "an alias", known: Self.aliasKeys),
                    let name = alias.string("name", "the alias as the source writes it")
                else { continue }
                guard alias.value("matchIn") != nil else {
                    alias.missing(
                        "matchIn", "the documents it is matched in; an alias matched in all is a plain string")
                    continue
                }
                names.append(name)
                scopes.append(documentList(alias, "matchIn"))
            case .string:
                context.error("must not be empty", at: element.offset, path: path)
            default:
                context.error(
                    "expected an alias (a string, or an object with \"name\" and \"matchIn\"), found \(element.typeName)",
                    at: element.offset, path: path)
            }
        }
        return (names, scopes)
    }

    /// A list of document ids, each checked; an empty list is an error.
    private mutating func documentList(_ reader: ObjectReader, _ key: String) -> [String] {
        let ids = references(reader, key, to: [.document])
        if ids.isEmpty, case .array? = reader.value(key)?.kind {
            reader.error("name at least one document", key: key)
        }
        return ids
    }

    /// Names are matched word by word in the text; a bound on their length bounds that work.
    private func checkNameLength(_ name: String?, _ reader: ObjectReader, key: String, index: Int? = nil) {
        // A name of more words than the limit has at least twice as many bytes.
        guard let name, name.utf8.count > 2 * MentionMatcher.maxNameWords,
            MentionMatcher.wordSpans(in: Array(name.utf8)).count > MentionMatcher.maxNameWords
        else { return }
        let message = "a name or alias may have at most \(MentionMatcher.maxNameWords) words"
        if let index, case .array(let elements)? = reader.value(key)?.kind, index < elements.count {
            reader.context.error(message, at: elements[index].offset, path: reader.childPath(key) + [.index(index)])
        } else {
            reader.error(message, key: key)
        }
    }

    static let relationKeys = ["id", "subject", "predicate", "object", "label", "evidence", "drafted"]

    private mutating func decodeRelation(_ reader: ObjectReader, _ resolver: EvidenceResolver) -> Relation? {
        let subject = reference(reader, "subject", to: [.entity], "the entity the relation starts from")
        let predicate = reader.choice("predicate", "relation predicate", as: Relation.Predicate.self)
        let object = reference(reader, "object", to: [.entity], "the entity the relation points to")
        let evidence = decodeEvidenceList(reader, "evidence", resolver, required: true)
        let id: String?
        if reader.value("id") != nil {
            id = define(reader, kind: .relation)
        } else if let subject, let predicate, let object {
            id = "\(subject)--\(predicate.rawValue)--\(object)"
            references.define(id!, kind: .relation, offset: reader.offset, path: reader.path)
        } else {
            id = nil
        }
        guard let id, let subject, let predicate, let object else { return nil }
        return Relation(
            id: id, subject: subject, predicate: predicate, object: object,
            label: reader.optionalString("label"), evidence: evidence
        ).markedDrafted(drafted(reader))
    }

    // MARK: Events

    static let eventKeys = [
        "id", "title", "summary", "status", "when", "participants", "place", "evidence", "links", "reports", "drafted",
    ]

    private mutating func decodeEvent(_ reader: ObjectReader, _ resolver: EvidenceResolver) -> Event? {
        let id = define(reader, kind: .event)
        let title = reader.string("title", "a short title")
        let summary = reader.string("summary", "what happens, in a sentence or two")
        // Where each report gives a time of its own, by document: the latest must agree with `when`.
        var reportTimes: [String: ObjectReader] = [:]
        // In the order the documents came out: the last is the latest.
        let reports =
            (allowsVersion2(reader, "reports")
            ? reader.objects("reports", required: false, "status report", known: Self.reportKeys) {
                report, _ -> StatusReport? in
                let decoded = decodeReport(report, resolver)
                if let decoded, decoded.when != nil { reportTimes[decoded.document] = report }
                return decoded
            } : []).sorted { documentRank[$0.document, default: .max] < documentRank[$1.document, default: .max] }
        if case .array(let declared)? = reader.value("reports")?.kind, declared.isEmpty {
            reader.error("give at least one report, or leave \"reports\" out", key: "reports")
        }
        var seenDocuments: Set<String> = []
        for report in reports where !seenDocuments.insert(report.document).inserted {
            reader.error("document \(quoted(report.document)) reports this event's status twice", key: "reports")
        }
        // With reports, the status may be left out: it is then the latest report's.
        let latest = reports.last
        let status =
            latest == nil || reader.value("status") != nil
            ? reader.choice("status", "event status", as: Event.Status.self) : latest?.status
        if let status, let latest, status != latest.status {
            reader.error(
                "status \"\(status.rawValue)\" differs from the latest report's, \"\(latest.status.rawValue)\" (document \(quoted(latest.document))); leave \"status\" out, or make them agree",
                key: "status")
        }
        var when: When?
        if let whenReader = reader.object("when", "a time", known: Self.whenKeys) {
            when = decodeWhen(whenReader, resolver)
        } else if reader.value("when") == nil {
            reader.missing("when", "the source's wording of the time, and the date worked out from it")
        }
        if let when, let latest, let theirs = latest.when, let place = reportTimes[latest.document] {
            TimeChecks.latestReport(theirs, agreesWith: when, place)
        }
        let participants = references(reader, "participants", to: [.entity])
        let place = reader.value("place") == nil ? nil : reference(reader, "place", to: [.entity], "where it happens")
        let evidence = decodeEvidenceList(reader, "evidence", resolver, required: true)
        let links =
            allowsVersion2(reader, "links")
            ? reader.objects("links", required: false, "event link", known: Self.linkKeys) { link, _ -> EventLink? in
                let kind = link.choice("kind", "event link kind", as: EventLink.Kind.self)
                let other = reference(link, "event", to: [.event], "the other event")
                let evidence = decodeEvidenceList(link, "evidence", resolver, required: true)
                if let other, other == id { link.error("an event cannot be linked to itself", key: "event") }
                guard let kind, let other else { return nil }
                return EventLink(kind: kind, event: other, evidence: evidence)
            } : []
        guard let id, let title, let summary, let status, let when else { return nil }
        return Event(
            id: id, title: title, summary: summary, status: status, when: when,
            participants: participants, place: place, evidence: evidence, links: links, reports: reports
        ).markedDrafted(drafted(reader))
    }

    /// Each document's index, and its place in the order the documents came out.
    private var documentIndex: [String: Int] = [:]
    private var documentRank: [String: Int] = [:]

    private mutating func decodeReport(_ reader: ObjectReader, _ resolver: EvidenceResolver) -> StatusReport? {
        let document = reference(reader, "document", to: [.document], "the document that reports the status")
        let status = reader.choice("status", "event status", as: Event.Status.self)
        guard let document, let number = documentIndex[document] else {
            if reader.value("evidence") == nil { reader.missing("evidence", "where the document says so") }
            return nil
        }
        let evidence = reader.objects("evidence", required: true, "evidence", known: EvidenceResolver.known) {
            item, _ in resolver.resolve(item, within: number)
        }
        if case .array(let elements)? = reader.value("evidence")?.kind, elements.isEmpty {
            reader.error("needs at least one piece of evidence from the document", key: "evidence")
        }
        // The time as this document gave it: its wording is in this document too.
        let when = reader.object("when", "the time as this document gives it", known: Self.whenKeys).flatMap {
            decodeWhen($0, resolver, within: number)
        }
        guard let status else { return nil }
        return StatusReport(document: document, status: status, evidence: evidence, when: when)
    }

    /// A time: its wording, where that stands (in document `within` only, when given), and the
    /// date worked out from it.
    private func decodeWhen(_ reader: ObjectReader, _ resolver: EvidenceResolver, within: Int? = nil) -> When? {
        let text = reader.string("text", "the source's wording, e.g. \"on Friday\"")
        // One place, or (version 2) the wording in each of several documents.
        let evidence: [Evidence]
        if let list = reader.value("evidence"), case .array(let elements) = list.kind {
            if allowsVersion2Form(
                "a list of evidence", instead: "\"evidence\" is one evidence object", list,
                path: reader.childPath("evidence"))
            {
                if elements.isEmpty {
                    reader.error("give at least one piece of evidence, or leave \"evidence\" out", key: "evidence")
                }
                evidence = reader.objects("evidence", required: false, "evidence", known: EvidenceResolver.known) {
                    item, _ in resolver.resolve(item, within: within)
                }
            } else {
                evidence = []
            }
        } else {
            evidence =
                reader.object("evidence", "evidence", known: EvidenceResolver.known).flatMap {
                    resolver.resolve($0, within: within)
                }.map { [$0] } ?? []
        }
        var resolved: ResolvedTime?
        if let resolvedReader = reader.object(
            "resolved", "a resolved time", known: Self.resolvedKeys)
        {
            resolved = decodeResolved(resolvedReader)
            if resolved == nil { return nil }
        }
        guard let text else { return nil }
        checkWeekday(text, resolved, reader)
        return When(text: text, evidence: evidence, resolved: resolved)
    }

    /// "On Sunday, March 2" resolved to a Saturday: the wording names one weekday, the date
    /// falls on another.
    private func checkWeekday(_ text: String, _ resolved: ResolvedTime?, _ reader: ObjectReader) {
        guard let resolved, resolved.precision == .day, let day = resolved.start else { return }
        let named = Set(
            text.split { !$0.isLetter }.compactMap { word in Day.weekdayFullNames.firstIndex(of: String(word)) })
        guard named.count == 1, let weekday = named.first, weekday != day.weekday else { return }
        reader.error(
            "\(quoted(text)) names a \(Day.weekdayFullNames[weekday]), but \(day.iso) is a \(Day.weekdayFullNames[day.weekday])",
            key: "resolved")
    }

    private func decodeResolved(_ reader: ObjectReader) -> ResolvedTime? {
        guard let precision = reader.choice("precision", "date precision", as: ResolvedTime.Precision.self) else {
            return nil
        }
        let inferred = reader.optionalBool("inferred") ?? false
        let basis = reader.optionalString("basis")
        if inferred && basis == nil {
            reader.error("an inferred date needs a \"basis\": how it was worked out")
        }
        switch precision {
        case .day, .before, .after:
            for key in ["start", "end"] where reader.value(key) != nil {
                reader.error("precision \"\(precision.rawValue)\" takes \"date\", not \"\(key)\"", key: key)
            }
            guard let day = decodeDay(reader, "date") else { return nil }
            switch precision {
            case .before:
                return ResolvedTime(precision: .before, start: nil, end: day, inferred: inferred, basis: basis)
            case .after: return ResolvedTime(precision: .after, start: day, end: nil, inferred: inferred, basis: basis)
            default: return .day(day, inferred: inferred, basis: basis)
            }
        case .week, .range:
            if reader.value("date") != nil {
                reader.error(
                    "precision \"\(precision.rawValue)\" takes \"start\" and \"end\", not \"date\"", key: "date")
            }
            guard let start = decodeDay(reader, "start"), let end = decodeDay(reader, "end") else { return nil }
            guard start <= end else {
                reader.error("\"start\" \(start) is after \"end\" \(end)", key: "end")
                return nil
            }
            if precision == .week, start.weekday != 0 || end.ordinal - start.ordinal != 6 {
                reader.error("a week runs Monday to Sunday; \(start) to \(end) is not one", key: "start")
                return nil
            }
            return ResolvedTime(precision: precision, start: start, end: end, inferred: inferred, basis: basis)
        }
    }

    private func decodeDay(_ reader: ObjectReader, _ key: String) -> Day? {
        guard let text = reader.string(key, "a date as YYYY-MM-DD") else { return nil }
        guard let day = Day(iso: text) else {
            reader.error("\(quoted(text)) is not a valid date; write YYYY-MM-DD", key: key)
            return nil
        }
        return day
    }

    // MARK: Claims and topics

    static let claimKeys = [
        "id", "speaker", "quote", "paraphrase", "reach", "event", "about", "evidence", "respondsTo", "said", "drafted",
    ]

    /// Where each decoded claim's `respondsTo` is in the file (or the claim, if it has none).
    private var replyPlaces: [ReplyCheck.Place] = []

    private mutating func decodeClaim(_ reader: ObjectReader, _ resolver: EvidenceResolver) -> Claim? {
        let id = define(reader, kind: .claim)
        let speaker = reference(
            reader, "speaker", to: version >= 2 ? [.entity, .document] : [.entity],
            version >= 2
                ? "the entity that makes the claim, or a document for its own voice"
                : "the entity that makes the claim")
        let quote = reader.optionalString("quote")
        let paraphrase = reader.string("paraphrase", "the claim in your own words")
        let reach = reader.choice("reach", "how the claim reaches us", as: Claim.Reach.self)
        let event =
            reader.value("event") == nil ? nil : reference(reader, "event", to: [.event], "the event where it was said")
        let about = references(reader, "about", to: [.entity])
        let evidence = decodeEvidenceList(reader, "evidence", resolver, required: true)
        if let quote, !evidence.isEmpty, !evidence.contains(where: { containsVerbatim($0.excerpt, quote) }) {
            let inDocument = Set(evidence.compactMap { resolver.documentIndex[$0.document] }).contains { document in
                if case .found(let places) = resolver.occurrences(of: quote, inDocument: document, limit: 0) {
                    !places.isEmpty
                } else {
                    false
                }
            }
            reader.error(
                inDocument
                    ? "quote \(quoted(quote)) is in the document but not inside this claim's evidence; add evidence that covers it"
                    : "quote \(quoted(quote)) is not found verbatim in the claim's document", key: "quote")
        }
        var response: Claim.Response?
        var replyPlace: ReplyCheck.Place = (reader.offset, reader.path)
        if allowsVersion2(reader, "respondsTo"),
            let answer = reader.object("respondsTo", "the claim answered", known: Self.responseKeys)
        {
            replyPlace = (answer.offset, answer.path)
            let other = reference(answer, "claim", to: [.claim], "the claim this one answers")
            let evidence = decodeEvidenceList(answer, "evidence", resolver, required: true)
            if let other, other == id { answer.error("a claim cannot answer itself", key: "claim") }
            if answer.value("evidence") == nil { answer.missing("evidence", "where the source says it is an answer") }
            response = other.map { Claim.Response(claim: $0, evidence: evidence) }
        }
        // When the words were said, where the source says so: not after they were reported.
        var said: When?
        if allowsVersion2(reader, "said"),
            let saidReader = reader.object("said", "the time the words were said", known: Self.whenKeys)
        {
            said = decodeWhen(saidReader, resolver)
            if let time = said?.resolved {
                TimeChecks.said(time, notAfterTheFirstOf: evidence, resolver, saidReader)
            }
        }
        guard let id, let speaker, let paraphrase, let reach else { return nil }
        replyPlaces.append(replyPlace)
        return Claim(
            id: id, speaker: speaker, quote: quote, paraphrase: paraphrase, reach: reach,
            event: event, about: about, evidence: evidence, respondsTo: response, said: said
        ).markedDrafted(drafted(reader))
    }

    static let topicKeys = ["id", "question", "summary", "sides", "others", "drafted"]

    private mutating func decodeTopic(_ reader: ObjectReader) -> Topic? {
        let id = define(reader, kind: .topic)
        let question = reader.string("question", "the contested question")
        let sides = reader.objects("sides", required: true, "side", known: Self.sideKeys) {
            side, _ -> Topic.Side? in
            let label = side.string("label", "a short name for the side")
            let claims = references(side, "claims", to: [.claim])
            if claims.isEmpty && side.value("claims") != nil {
                side.error("a side needs at least one claim", key: "claims")
            } else if side.value("claims") == nil {
                side.missing("claims", "the ids of the claims that make up this side")
            }
            guard let label else { return nil }
            return Topic.Side(label: label, summary: side.optionalString("summary"), claims: claims)
        }
        if reader.value("sides") != nil, sides.count < 2 {
            reader.error("a contested topic needs at least two sides", key: "sides")
        }
        let others = references(reader, "others", to: [.claim])
        var seen: [String: String] = [:]
        for (label, claim) in sides.flatMap({ side in side.claims.map { (side.label, $0) } })
            + others.map({ ("third voices", $0) })
        {
            if let first = seen[claim] {
                reader.error(
                    "claim \(quoted(claim)) is listed twice in this topic (in \(quoted(first)) and \(quoted(label)))",
                    key: "sides")
            }
            seen[claim] = label
        }
        guard let id, let question else { return nil }
        return Topic(
            id: id, question: question, summary: reader.optionalString("summary"), sides: sides, others: others
        ).markedDrafted(drafted(reader))
    }

    // MARK: Shared pieces

    private func decodeEvidenceList(_ reader: ObjectReader, _ key: String, _ resolver: EvidenceResolver, required: Bool)
        -> [Evidence]
    {
        let evidence = reader.objects(key, required: required, "evidence", known: EvidenceResolver.known) { item, _ in
            resolver.resolve(item)
        }
        if required, let value = reader.value(key), case .array(let elements) = value.kind, elements.isEmpty {
            reader.error("needs at least one piece of evidence from the source", key: key)
        }
        return evidence
    }

    private mutating func define(_ reader: ObjectReader, kind: ItemKind) -> String? {
        guard let id = reader.string("id", "a unique id").flatMap({ checkID($0, reader) }) else { return nil }
        references.define(id, kind: kind, offset: reader.value("id")!.offset, path: reader.childPath("id"))
        return id
    }

    private func checkID(_ id: String, _ reader: ObjectReader) -> String? {
        guard !id.utf8.isEmpty, id.utf8.allSatisfy(isIDByte) else {
            reader.error("id \(quoted(id)) may use only ASCII letters, digits, '-', '_' and '.'", key: "id")
            return nil
        }
        return id
    }

    private mutating func reference(_ reader: ObjectReader, _ key: String, to kinds: Set<ItemKind>, _ what: String)
        -> String?
    {
        guard let id = reader.string(key, what) else { return nil }
        references.use(id, kinds: kinds, offset: reader.value(key)!.offset, path: reader.childPath(key))
        return id
    }

    private mutating func references(_ reader: ObjectReader, _ key: String, to kinds: Set<ItemKind>) -> [String] {
        let ids = reader.strings(key)
        guard case .array(let elements)? = reader.value(key)?.kind else { return ids }
        for (index, element) in elements.enumerated() {
            guard case .string(let id) = element.kind else { continue }
            references.use(id, kinds: kinds, offset: element.offset, path: reader.childPath(key) + [.index(index)])
        }
        return ids
    }
}

/// ASCII letters, digits, '-', '_' and '.': the bytes an id may use.
private func isIDByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
        true
    default: false
    }
}
