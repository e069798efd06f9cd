import StoryModel

/// View 3: events in date order, with the source's wording beside the resolved date, and a
/// time axis that shows what is past, what is this week and what is pending.
enum TimelineScreen {
    /// With `outcomes`, the column beside the date says what came of an expected event rather
    /// than the source's wording of its time.
    static func row(_ eventIndex: Int, width: Int, outcomes: Bool = false, context: BrowserContext) -> String {
        let event = context.story.events[eventIndex]
        let mark = event.status.mark(ascii: context.style.ascii)
        let dateWidth = context.timelineDateWidth
        let date = pad(
            Wrap.clip(
                event.when.compact(inferredMark: context.glyphs.inferredMark), width: dateWidth,
                ellipsis: context.glyphs.ellipsis), dateWidth)
        let wordingWidth = wordingWidth(row: width, outcomes: outcomes)
        // A status that changed between reports leads the title ("◷→✗"), where no width cuts it.
        let title = (context.statusMarks(eventIndex).map { $0 + " " } ?? "") + event.title
        guard wordingWidth > 0 else { return "\(mark) \(date) \(title)" }
        let column = outcomes ? context.outcomeLabel(eventIndex) : context.style.prepare(event.when.text)
        let wording = pad(Wrap.clip(column, width: wordingWidth, ellipsis: context.glyphs.ellipsis), wordingWidth)
        return "\(mark) \(date) \(wording) \(title)"
    }

    /// The width of the column of the source's wording (or, with `outcomes`, of what came of
    /// the event: "cancelled 10 Jun") in a row of `row` cells: none below 46 cells, then 10,
    /// growing a cell at a time to 14 (17) as the row widens, so that once the column is shown
    /// a wider row never gives the title fewer cells.
    static func wordingWidth(row width: Int, outcomes: Bool) -> Int {
        guard width >= 46 else { return 0 }
        return min(outcomes ? 17 : 14, max(10, width - 50))
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    static func eventLink(_ eventIndex: Int, into page: inout PageBuilder, context: BrowserContext) {
        let event = context.story.events[eventIndex]
        let prefix =
            "\(event.status.mark(ascii: context.style.ascii)) \(event.when.compact(inferredMark: context.glyphs.inferredMark))  "
        page.flow(
            [
                .text(prefix, .date),
                .link(
                    event.title, .link, .item(.event(eventIndex)), evidence: .event(eventIndex),
                    description: event.status.label),
            ],
            indent: 2, hanging: 4)
    }

    static func detail(_ eventIndex: Int, width: Int, context: BrowserContext) -> Page {
        let story = context.story
        let event = story.events[eventIndex]
        var page = PageBuilder(width: width, context: context)
        page.paragraph(event.title, role: .heading)
        EntitiesScreen.draftNotice(event.drafted, into: &page)
        var when = "\(event.status.mark(ascii: context.style.ascii)) \(event.status.label) · "
        if let resolved = event.when.resolved {
            when += resolved.display + (resolved.inferred ? " (inferred)" : "")
        } else {
            when += "no date in the source"
        }
        page.paragraph(when, role: .date)
        statusHistory(eventIndex, into: &page, context: context)
        var wording: [PageBuilder.Piece] = [.text("The source says: ", .dim)]
        if event.when.evidence.count > 1 {
            // Each document's own wording of the time, each a link to where it says it.
            for (position, evidence) in event.when.evidence.enumerated() {
                if position > 0 { wording.append(.text("; ", .dim)) }
                wording.append(passageLink("\u{201C}\(evidence.excerpt)\u{201D}", evidence, eventIndex, context))
                if let document = context.index.documentByID[evidence.document] {
                    wording.append(.text(" (\(context.documentShortLabel(document)))", .dim))
                }
            }
        } else if !event.when.evidence.isEmpty {
            wording.append(
                .link(
                    "\u{201C}\(event.when.text)\u{201D}", .link, .evidence(.event(eventIndex)),
                    evidence: .event(eventIndex), description: "the wording in the source"))
        } else {
            wording.append(.text(event.when.text, .normal))
        }
        page.flow(wording, hanging: 2)
        if let basis = event.when.resolved?.basis {
            page.paragraph("Worked out from: \(basis)", role: .inferred, hanging: 2)
        }
        if let place = event.place.flatMap(context.entity) {
            page.flow([
                .text("Where: ", .dim),
                .link(
                    story.entities[place].name, .link, .item(.entity(place)), evidence: .entity(place), description: nil
                ),
            ])
        }
        let people = event.participants.compactMap(context.entity)
        if !people.isEmpty {
            var pieces: [PageBuilder.Piece] = [.text("Who: ", .dim)]
            for (position, person) in people.enumerated() {
                if position > 0 { pieces.append(.text(" · ", .dim)) }
                pieces.append(
                    .link(
                        story.entities[person].name, .link, .item(.entity(person)), evidence: .entity(person),
                        description: nil))
            }
            page.flow(pieces, hanging: 5)
        }
        page.blank()
        page.paragraph(event.summary)
        eventLinks(eventIndex, into: &page, context: context)
        let claims = context.index.claimsOfEvent[eventIndex]
        if !claims.isEmpty {
            EntitiesScreen.section(&page, "Said here (\(claims.count))")
            for claim in claims { EntitiesScreen.claimLink(claim, showSpeaker: true, into: &page, context: context) }
        }
        EntitiesScreen.section(&page, "In the source")
        for evidence in event.evidence {
            let place = context.index.documentByID[evidence.document].map {
                context.lineReference(document: $0, scalar: evidence.start)
            }
            page.flow(
                [
                    .text("\(place ?? "line 0"): ", .dim),
                    .link(
                        "\u{201C}\(evidence.excerpt)\u{201D}", .quote, .evidence(.event(eventIndex)),
                        evidence: .event(eventIndex), description: "Enter or s: show in the source"),
                ],
                indent: 2, hanging: 2)
        }
        return page.page
    }

    /// A link to one span of a document, for a piece of evidence of its own (a report, a link).
    static func passageLink(_ text: String, _ evidence: Evidence, _ eventIndex: Int, _ context: BrowserContext)
        -> PageBuilder.Piece
    {
        guard let document = context.index.documentByID[evidence.document] else { return .text(text, .normal) }
        return .link(
            text, .link, .passage(document: document, range: evidence.range), evidence: .event(eventIndex),
            description: "Enter: these words in the source (\(context.documentShortLabel(document)))")
    }

    /// "As reported": the status each document gave, in the order they came out, each with the
    /// words that say so.
    static func statusHistory(_ eventIndex: Int, into page: inout PageBuilder, context: BrowserContext) {
        let event = context.story.events[eventIndex]
        guard context.statusHistory(eventIndex) != nil else { return }
        page.paragraph("As reported:", role: .dim)
        for report in event.reports {
            guard let document = context.index.documentByID[report.document] else { continue }
            var pieces: [PageBuilder.Piece] = [
                .text(
                    "\(report.status.mark(ascii: context.style.ascii)) \(pad(report.status.label, 9)) \(pad(context.documentShortLabel(document), 6))  ",
                    report.status.isPending ? .pending : .date)
            ]
            if let evidence = report.evidence.first {
                pieces.append(passageLink("\u{201C}\(evidence.excerpt)\u{201D}", evidence, eventIndex, context))
            }
            page.flow(pieces, indent: 2, hanging: 4)
        }
    }

    /// How this event stands to others: what it follows, what it led to, and so on.
    static func eventLinks(_ eventIndex: Int, into page: inout PageBuilder, context: BrowserContext) {
        let story = context.story
        let outgoing = story.events[eventIndex].links.compactMap { link in
            context.index.eventByID[link.event].map { (link.kind.phrase, $0, link) }
        }
        let incoming = context.index.linksToEvent[eventIndex].map { from in
            let link = story.events[from.event].links[from.link]
            return (link.kind.inversePhrase, from.event, link)
        }
        guard !outgoing.isEmpty || !incoming.isEmpty else { return }
        EntitiesScreen.section(&page, "Linked events")
        for (phrase, other, link) in outgoing + incoming {
            var pieces: [PageBuilder.Piece] = [
                .text("\(phrase.prefix(1).uppercased())\(phrase.dropFirst()): ", .dim),
                .link(
                    story.events[other].title, .link, .item(.event(other)), evidence: .event(other),
                    description: story.events[other].status.label),
            ]
            if let evidence = link.evidence.first {
                pieces.append(.text(" ", .normal))
                pieces.append(passageLink("\u{201C}\(evidence.excerpt)\u{201D}", evidence, eventIndex, context))
            }
            page.flow(pieces, indent: 2, hanging: 4)
        }
    }

    /// The time axis: every dated event placed by day between the earliest and the latest
    /// date, "by" dates at the left edge, undated ones at the right; the publication day and
    /// the selected event marked. Placement is worked out once per filter and width, one mark
    /// per column, so drawing costs the width, not the number of events.
    static func axis(
        into grid: inout Grid, rect: Rect, rows: [ListRow], timeline: TimelineState, selected: ItemRef?,
        context: BrowserContext
    ) {
        guard rect.height >= 3, rect.width >= 20 else { return }
        let ascii = context.style.ascii
        let story = context.story
        // Every document's publication day: the story as it was known on each.
        let published = context.publicationDays
        let axis = context.timelines.axis(
            filter: timeline.filter, outcomes: timeline.outcomes, rect: rect, ascii: ascii
        ) {
            let frame = AxisFrame(rows: rows, rect: rect, published: published, context: context)
            return frame?.place(rows: rows, context: context)
                ?? TimelineCache.Axis(frame: nil, marks: [], columnOfEvent: [:])
        }
        guard let frame = axis.frame else {
            grid.put(
                Fit.line(
                    context.style.prepare("No dated events to place on the axis."), width: rect.width - 2,
                    ellipsis: context.glyphs.ellipsis), x: rect.x + 1, y: rect.y + 1, role: .dim)
            return
        }
        let lineY = rect.y + 1
        let line = ascii ? "-" : "─"
        for x in frame.left...max(frame.left, frame.right) { grid.put(line, x: x, y: lineY, role: .axis) }
        grid.put(frame.leftLabel, x: rect.x + 1, y: lineY, role: .axis)
        grid.put(AxisFrame.undatedLabel, x: frame.right + 2, y: lineY, role: .axis)

        // Day ticks, as many as fit without overlapping: day by day over a short span, column
        // by column (with the month) over a long one, so the work is bounded by the width.
        var lastLabelEnd = -1
        let span = frame.last - frame.first
        let columns = max(1, frame.right - frame.left)
        let ordinals =
            span <= columns
            ? Array(frame.first...frame.last)
            : stride(from: frame.left, through: frame.right, by: 1).map {
                frame.first + ($0 - frame.left) * span / columns
            }
        for ordinal in ordinals {
            let x = frame.column(ordinal)
            let day = Day(ordinal: ordinal)
            let label =
                span <= 31
                ? "\(Day.weekdayNames[day.weekday]) \(day.day)"
                : "\(day.day) \(Day.monthNames[day.month - 1]) \(day.year % 100)"
            if x > lastLabelEnd, x + DisplayWidth.of(label) <= rect.maxX {
                grid.put(label, x: x, y: rect.y, role: published.contains(ordinal) ? .heading : .axis)
                lastLabelEnd = x + DisplayWidth.of(label)
            }
        }
        // A mark under each publication day; the word "published" where it fits before the next.
        let publishedColumns = published.map(frame.column)
        for (index, x) in publishedColumns.enumerated() {
            let next = index + 1 < publishedColumns.count ? publishedColumns[index + 1] : rect.maxX
            let label = next - x > 11 ? (ascii ? "^ published" : "▲ published") : (ascii ? "^" : "▲")
            grid.put(label, x: x, y: rect.y + 2, role: .dim, maxWidth: max(1, min(next, rect.maxX) - x))
        }
        for mark in axis.marks {
            grid.put(mark.mark, x: mark.x, y: lineY, role: mark.pending ? .pending : .normal, maxWidth: 1)
        }
        if case .event(let event)? = selected, let x = axis.columnOfEvent[event] {
            // Over the mark of an event sharing its column, where the axis has no free one.
            grid.overwrite(
                story.events[event].status.mark(ascii: ascii), x: x, y: lineY, role: .selection, maxWidth: 1)
        }
    }
}

/// The geometry of the time axis for a list of events and a width.
struct AxisFrame: Sendable {
    static let undatedLabel = " undated"
    let first: Int
    let last: Int
    let left: Int
    let right: Int
    let leftLabel: String
    let rect: Rect

    init?(rows: [ListRow], rect: Rect, published: [Int], context: BrowserContext) {
        let story = context.story
        var first = published.min() ?? Int.max
        var last = published.max() ?? Int.min
        var beforeCount = 0
        var undatedCount = 0
        for row in rows {
            guard case .item(.event(let index)) = row else { continue }
            guard let resolved = story.events[index].when.resolved else {
                undatedCount += 1
                continue
            }
            if resolved.precision == .before { beforeCount += 1 }
            for day in [resolved.start, resolved.end].compactMap({ $0?.ordinal }) {
                first = min(first, day)
                last = max(last, day)
            }
        }
        guard first <= last else { return nil }
        self.first = first
        self.last = last
        self.rect = rect
        leftLabel = context.style.ascii ? "<= " : "≤ "
        // "By" dates get a region of their own at the left, undated ones at the right; each at
        // most a quarter of the width.
        let reserve = max(1, rect.width / 4)
        left = rect.x + 1 + DisplayWidth.of(leftLabel) + min(beforeCount, reserve) + 1
        right = rect.maxX - DisplayWidth.of(AxisFrame.undatedLabel) - min(undatedCount, reserve) - 3
    }

    func column(_ ordinal: Int) -> Int {
        left + (ordinal - first) * max(0, right - left) / max(1, last - first)
    }

    /// One mark per column, the first event to claim it; a later event moves to the nearest
    /// free column of its region (right first, then left), so two events on the last day both
    /// show. Only a region with more events than columns makes events share one.
    func place(rows: [ListRow], context: BrowserContext) -> TimelineCache.Axis {
        let story = context.story
        let ascii = context.style.ascii
        let beforeX = rect.x + 1 + DisplayWidth.of(leftLabel)
        let undatedX = right + 2 + DisplayWidth.of(AxisFrame.undatedLabel) + 1
        var taken = Set<Int>()
        var marks: [(x: Int, mark: String, pending: Bool)] = []
        var columnOfEvent: [Int: Int] = [:]
        for row in rows {
            guard case .item(.event(let index)) = row else { continue }
            let event = story.events[index]
            let home: Int
            let region: ClosedRange<Int>
            switch event.when.resolved?.precision {
            case .before?:
                home = beforeX
                region = beforeX...max(beforeX, left - 2)
            case nil:
                home = undatedX
                region = undatedX...max(undatedX, rect.maxX - 1)
            default:
                home = column(event.when.sortOrdinal)
                region = left...max(left, right)
            }
            let x = Self.nearestFree(to: home, in: region, taken: taken)
            if let x {
                taken.insert(x)
                marks.append((x, event.status.mark(ascii: ascii), event.status.isPending))
            }
            columnOfEvent[index] = x ?? home
        }
        return TimelineCache.Axis(frame: self, marks: marks, columnOfEvent: columnOfEvent)
    }

    /// The free column of `region` nearest `home`, looking right before left at each distance.
    static func nearestFree(to home: Int, in region: ClosedRange<Int>, taken: Set<Int>) -> Int? {
        let home = min(max(home, region.lowerBound), region.upperBound)
        for distance in 0...(region.upperBound - region.lowerBound) {
            if home + distance <= region.upperBound, !taken.contains(home + distance) { return home + distance }
            if distance > 0, home - distance >= region.lowerBound, !taken.contains(home - distance) {
                return home - distance
            }
        }
        return nil
    }
}
