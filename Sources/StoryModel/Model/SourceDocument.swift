/// A document the story is drawn from, kept verbatim: evidence offsets point into `text`.
public struct SourceDocument: Sendable, Hashable {
    public var id: String
    public var title: String
    public var kind: String?
    public var outlet: String?
    public var url: String?
    public var published: DocumentDate?
    public var text: DocumentText
    /// The document's layout (standfirst, headline, subtitle, body), by line.
    public var parts: [DocumentPart]
    /// Anything a reader should know about the document as received.
    public var note: String?

    public init(
        id: String, title: String, kind: String? = nil, outlet: String? = nil, url: String? = nil,
        published: DocumentDate? = nil, text: DocumentText, parts: [DocumentPart] = [], note: String? = nil
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.outlet = outlet
        self.url = url
        self.published = published
        self.text = text
        self.parts = parts
        self.note = note
    }

    /// The part that holds a scalar offset.
    public func part(containing offset: Int) -> DocumentPart? {
        parts.first { $0.range.contains(offset) }
    }
}

extension Array where Element == SourceDocument {
    /// The documents' indexes in the order they came out: by publication day, undated ones last,
    /// in file order where the days are the same.
    public var indicesInTimeOrder: [Int] {
        indices.sorted {
            (self[$0].published?.day.ordinal ?? Int.max, $0) < (self[$1].published?.day.ordinal ?? Int.max, $1)
        }
    }
}

public struct DocumentDate: Sendable, Hashable {
    public var day: Day
    /// True when the date is not printed in the document but worked out from elsewhere.
    public var inferred: Bool
    public var basis: String?

    public init(day: Day, inferred: Bool, basis: String? = nil) {
        self.day = day
        self.inferred = inferred
        self.basis = basis
    }
}

public struct DocumentPart: Sendable, Hashable {
    public enum Role: String, Sendable, CaseIterable {
        case standfirst
        case headline
        /// The headline printed again; kept in the text so offsets stay verbatim, shown once.
        case repeatedHeadline = "repeated-headline"
        case subtitle
        case body
    }

    public var role: Role
    /// 1-based, inclusive line numbers.
    public var lines: ClosedRange<Int>
    /// Scalar range from the start of the first line to the end of the last (without the
    /// final line break).
    public var range: Range<Int>
    public var note: String?

    public init(role: Role, lines: ClosedRange<Int>, range: Range<Int>, note: String? = nil) {
        self.role = role
        self.lines = lines
        self.range = range
        self.note = note
    }

    /// Whether the part is written in title case, where capitals do not mark names.
    var isTitleCase: Bool { role == .headline || role == .repeatedHeadline }
}
