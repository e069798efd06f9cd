import StoryModel

/// How a story develops across its documents, as the browser words it. What is said is worked
/// out by `StoryDevelopment` (StoryModel), which the Markdown briefing reads too; here it is
/// only given the browser's short dates, arrows and clipping.
extension BrowserContext {
    public typealias Outcome = EventOutcome

    /// Whether any event was expected: the story has something for the expectations view.
    public var hasExpectations: Bool { !listRows(.timeline, filter: nil, outcomes: true).isEmpty }

    /// Whether any document expected the event, or it is still to come: the events the
    /// expectations view lists.
    static func wasExpected(_ event: Event) -> Bool { StoryDevelopment.wasExpected(event) }

    public func outcome(of eventIndex: Int) -> Outcome { development.outcome(of: eventIndex) }

    /// "cancelled 10 Jun", "no report since 3 Jun": what came of an expected event, and when
    /// the report that says so came out.
    public func outcomeLabel(_ eventIndex: Int) -> String {
        outcome(of: eventIndex).label(document: documentShortLabel)
    }

    /// The width of the expectations view's outcome column beside a full-width list: 17 cells
    /// ("still open 10 Jun"), or as many as the story's widest label needs ("no report since
    /// 10 Jun"), up to 22. Worked out on first use, not at start-up.
    var outcomeColumnWidth: Int {
        timelines.outcomeWidth {
            listRows(.timeline, filter: nil, outcomes: true).reduce(17) { widest, row in
                guard case .item(.event(let event)) = row, development.isOverdue(event) else { return widest }
                return min(22, max(widest, DisplayWidth.of(outcomeLabel(event))))
            }
        }
    }

    /// "3 Jun" for a document with a date, else its title, shortened: when it was said.
    public func documentShortLabel(_ document: Int) -> String {
        story.documents[document].published?.day.short
            ?? Wrap.clip(visibleText(story.documents[document].title), width: 20, ellipsis: glyphs.ellipsis)
    }

    /// Where a count of places is counted: "the source" for a story of one document, else
    /// "2 articles" (all of them) or "1 of 2 articles", from the documents the places are in.
    public func sourceWording(documentsOf ids: [String]) -> String {
        guard development.hasSeveralDocuments else { return "the source" }
        let total = story.documents.count
        let count = Set(ids.compactMap { index.documentByID[$0] }).count
        return count >= total ? "\(total) articles" : "\(count) of \(total) articles"
    }

    /// "scheduled (3 Jun) → cancelled (10 Jun)": an event's status as each document reported it,
    /// and its time where that moved ("scheduled for 3 Jun (26 May) → scheduled for 12 Jun (1 Jun)").
    public func statusHistory(_ eventIndex: Int) -> String? {
        development.statusHistoryText(
            eventIndex, arrow: glyphs.arrow, document: documentShortLabel, time: timeLabel)
    }

    /// "12 Jun", "1 Jul–31 Jul~", "week of 2 Jun": a time in a history or beside a claim, short
    /// and marked where inferred.
    public func timeLabel(_ when: When) -> String {
        style.prepare(when.label(day: \.short, inferredMark: glyphs.inferredMark))
    }

    /// An event's statuses as reported, as marks ("◷→✗"), when they changed: for its row.
    public func statusMarks(_ eventIndex: Int) -> String? {
        development.statusChanges(eventIndex)?.map { $0.mark(ascii: style.ascii) }.joined(separator: glyphs.arrow)
    }

    /// The story's documents in the order they came out (undated ones last, in file order).
    public var documentsInTimeOrder: [Int] { development.documentsInTimeOrder }

    /// The events whose status changed between the reports, those whose day passed with no
    /// report since, and the events no earlier document than the latest speaks of: what a
    /// reader of the first article has missed.
    public func changesSinceFirst() -> StoryDevelopment.Changes? { development.changesSinceFirst() }

    /// One event's line under "Since the first report", after its title.
    public func changeText(_ eventIndex: Int) -> String {
        development.changeText(eventIndex, arrow: glyphs.arrow, document: documentShortLabel, time: timeLabel)
    }

    /// A claim's speaker as a reader names them: the entity's name, or the title of the
    /// document that speaks in its own voice.
    public func speakerName(_ id: String) -> String { development.speakerName(id) }

    /// When a claim was made, where the story tells: "7 Jun~" for words said on a day worked
    /// out from the text, "10 Jun" for the day its document came out (in a story of several).
    public func claimDate(_ claim: Int) -> String? {
        development.claimTime(claim).map { style.prepare($0.label(day: \.short, inferredMark: glyphs.inferredMark)) }
    }

    /// Claims in the order of their times (see `claimDate`).
    public func inOrderOfTime(_ claims: [Int]) -> [Int] { development.inOrderOfTime(claims) }
}
