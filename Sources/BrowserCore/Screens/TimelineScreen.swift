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
        // The outcome column names the day of the report that gives it: "cancelled 10 Jun".
        let wordingWidth = wordingWidth(row: width, outcomes: outcomes ? context.outcomeColumnWidth : nil)
        // A status that changed between reports leads the title ("◷→✗"), where no width cuts it.
        let title = (context.statusMarks(eventIndex).map { $0 + " " } ?? "") + event.title
        guard wordingWidth > 0 else { return "\(mark) \(date) \(title)" }
        let column = outcomes ? context.outcomeLabel(eventIndex) : context.style.prepare(event.when.text)
        let wording = pad(Wrap.clip(column, width: wordingWidth, ellipsis: context.glyphs.ellipsis), wordingWidth)
        return "\(mark) \(date) \(wording) \(title)"
    }

    /// The width of the column of the source's wording (or, with `outcomes`, the width what
    /// came of the events needs: "cancelled 10 Jun") in a row of `row` cells: none below 46
    /// cells, then 10, growing a cell at a time to 14 (or `outcomes`) as the row widens, and
    /// past 100 cells on to 22 ("not stated in the text" whole), so that once the column is
    /// shown a wider row never gives the title fewer cells.
    static func wordingWidth(row width: Int, outcomes: Int? = nil) -> Int {
        guard width >= 46 else { return 0 }
        return min(outcomes ?? min(22, 14 + max(0, width - 100)), max(10, width - 50))
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
        if context.outcome(of: eventIndex).kind == .noReportSince {
            page.paragraph("Outcome: \(context.outcomeLabel(eventIndex))", role: .pending)
        }
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
    /// words that say so; where the event moved, the time first given ("for 3 Jun") and each
    /// move ("moved from 3 Jun to 12 Jun").
    static func statusHistory(_ eventIndex: Int, into page: inout PageBuilder, context: BrowserContext) {
        guard let steps = context.development.statusHistory(eventIndex) else { return }
        // Reports joined by `storyscope draft` say so until the author checks them.
        page.paragraph(
            context.story.events[eventIndex].drafted ? "As reported (drafted: check each):" : "As reported:",
            role: .dim)
        for step in steps {
            let report = step.report
            guard let document = step.document else { continue }
            let time = StoryDevelopment.timeWording(step, time: context.timeLabel).map { "\($0)  " } ?? ""
            var pieces: [PageBuilder.Piece] = [
                .text(
                    "\(report.status.mark(ascii: context.style.ascii)) \(pad(report.status.label, 9)) \(pad(context.documentShortLabel(document), 6))  \(time)",
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
        let linked = context.development.linkedEvents(eventIndex)
        guard !linked.isEmpty else { return }
        // A link is the drafter's when the event that holds it is.
        let drafted =
            story.events[eventIndex].drafted
            || linked.contains { item in
                !story.events[eventIndex].links.contains(item.link) && story.events[item.event].drafted
            }
        EntitiesScreen.section(&page, drafted ? "Linked events (drafted: check each)" : "Linked events")
        for (phrase, other, link) in linked.map({ ($0.phrase, $0.event, $0.link) }) {
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

        // Day ticks at an even step in time, labelled, the labels apart by at least two cells;
        // a tick on the line under the start of each label.
        for tick in frame.ticks() {
            grid.put(tick.label, x: tick.x, y: rect.y, role: published.contains(tick.ordinal) ? .heading : .axis)
            grid.put(AxisFrame.tickMark(ascii: ascii), x: tick.x, y: lineY, role: .axis)
        }
        // A mark under each publication day; the word "published" where it fits before the next.
        let publishedColumns = published.map(frame.column)
        for (index, x) in publishedColumns.enumerated() {
            let next = index + 1 < publishedColumns.count ? publishedColumns[index + 1] : rect.maxX
            let mark = publishedMark(ascii: ascii)
            let label = next - x > 11 ? "\(mark) published" : mark
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

extension TimelineScreen {
    /// The mark under the axis at the day an article came out.
    static func publishedMark(ascii: Bool) -> String { ascii ? "^" : "▲" }
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
        leftLabel = Self.byLabel(ascii: context.style.ascii)
        // "By" dates get a region of their own at the left, undated ones at the right; each at
        // most a quarter of the width.
        let reserve = max(1, rect.width / 4)
        left = rect.x + 1 + DisplayWidth.of(leftLabel) + min(beforeCount, reserve) + 1
        right = rect.maxX - DisplayWidth.of(AxisFrame.undatedLabel) - min(undatedCount, reserve) - 3
    }

    /// The label of the axis's left end, where events dated "by" a day go.
    static func byLabel(ascii: Bool) -> String { ascii ? "<= " : "≤ " }

    /// The tick under a label on the axis line.
    static func tickMark(ascii: Bool) -> String { ascii ? "|" : "┴" }

    /// The steps ticks may take, in days: a day, two, a week, two weeks, four, and multiples
    /// of four weeks. Weekly steps start on a Monday.
    static let tickSteps = [1, 2, 7, 14, 28, 56, 84, 182, 364, 728, 1456, 2912]

    /// The day ticks: the smallest step whose labels stand apart by two cells or more, every
    /// tick one step after the one before, labelled "Mon 24" (a day at a time, over a month at
    /// most), else "24 Jun", with the year ("24 Jun 2025") when the axis spans two years.
    func ticks() -> [(ordinal: Int, x: Int, label: String)] {
        let span = max(0, last - first)
        let columns = max(0, right - left)
        let years = Day(ordinal: first).year != Day(ordinal: last).year
        func label(_ ordinal: Int, step: Int) -> String {
            let day = Day(ordinal: ordinal)
            if step == 1 && span <= 31 { return "\(Day.weekdayNames[day.weekday]) \(day.day)" }
            return "\(day.day) \(Day.monthNames[day.month - 1])" + (years ? " \(day.year)" : "")
        }
        let step =
            Self.tickSteps.first { step in
                // The widest label this step could have ("Wed 24", "24 Sep", "24 Sep 2025"),
                // two cells of gap, and a cell for the rounding of columns.
                let widest = step == 1 && span <= 31 ? 6 : (years ? 11 : 6)
                return span == 0 || step * columns >= (widest + 3) * span
            } ?? Self.tickSteps.last!
        // Weekly steps start on the first Monday on the axis; shorter ones on its first day.
        var ordinal = first
        if step >= 7 { ordinal += (7 - Day(ordinal: first).weekday) % 7 }
        var ticks: [(ordinal: Int, x: Int, label: String)] = []
        while ordinal <= last {
            let text = label(ordinal, step: step)
            let x = column(ordinal)
            if x + DisplayWidth.of(text) > rect.maxX { break }
            ticks.append((ordinal, x, text))
            ordinal += step
        }
        return ticks
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
