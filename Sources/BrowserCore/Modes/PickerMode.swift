import StoryModel

/// Small lists drawn over the view: the Timeline's entity filter, the Source view's documents.
extension BrowserState {
    func timelineFilterPicker(_ context: BrowserContext) -> Picker {
        var options = [Picker.Option(label: "All events (\(context.story.events.count))", value: nil)]
        for row in context.entityRows {
            guard case .item(.entity(let index)) = row else { continue }
            let count = context.index.eventsOfEntity[index].count
            if count > 0 {
                options.append(Picker.Option(label: "\(context.story.entities[index].name) (\(count))", value: index))
            }
        }
        var picker = Picker(title: "Show the events of", options: options)
        if let filter = timeline.filter, let current = options.firstIndex(where: { $0.value == filter }) {
            picker.cursor.selected = current
        }
        return picker
    }

    /// The story's documents, each with its outlet and date, the one shown selected.
    func documentPicker(_ context: BrowserContext) -> Picker {
        let options = context.story.documents.indices.map { Picker.Option(label: context.documentLabel($0), value: $0) }
        var picker = Picker(purpose: .document, title: "Show the document", options: options)
        picker.cursor.selected = min(source.document, max(0, options.count - 1))
        return picker
    }

    mutating func handlePicker(_ key: Key, _ picker: Picker, _ context: BrowserContext) -> [Effect] {
        var picker = picker
        let visible = max(1, PickerOverlay.box(body: layout.body, picker: picker).height - 2)
        guard let action = Keymap.action(for: key, in: [.overlay, .navigation, .global]) else { return [] }
        let last = picker.options.count - 1
        switch action {
        case .quit, .forceQuit: return [.quit]
        case .closeOverlay, .help:
            mode = .normal
            return []
        case .follow:
            let choice = picker.options[picker.cursor.selected]
            mode = .normal
            switch picker.purpose {
            case .timelineFilter:
                if choice.value != timeline.filter {
                    pushHistory()
                    timeline.filter = choice.value
                    place.list = ListCursor()
                    place.page = PageCursor()
                }
                message =
                    choice.value == nil
                    ? "Showing all events."
                    : "Showing the events of \(context.story.entities[choice.value!].name). x shows all."
            case .document:
                if let document = choice.value, document != source.document { showDocument(document, context) }
            }
            return []
        case .moveDown: picker.cursor.selected = min(picker.cursor.selected + 1, last)
        case .moveUp: picker.cursor.selected = max(picker.cursor.selected - 1, 0)
        case .pageDown, .halfPageDown: picker.cursor.selected = min(picker.cursor.selected + visible, last)
        case .pageUp, .halfPageUp: picker.cursor.selected = max(picker.cursor.selected - visible, 0)
        case .top: picker.cursor.selected = 0
        case .bottom: picker.cursor.selected = last
        default: return []
        }
        let rows = picker.options.map { ListRow.item(.entity($0.value ?? 0)) }
        Cursors.clamp(&picker.cursor, rows: rows, height: visible)
        mode = .picker(picker)
        return []
    }
}

/// A small list to pick from.
enum PickerOverlay {
    /// The cursor on an option, and in view.
    static func settle(_ picker: inout Picker, body: Rect) {
        let visible = max(1, box(body: body, picker: picker).height - 2)
        let rows = picker.options.map { ListRow.item(.entity($0.value ?? 0)) }
        Cursors.clamp(&picker.cursor, rows: rows, height: visible)
    }

    /// As wide as its longest option needs (with the cursor, the margin and the border), at
    /// least 56 cells and at most four fifths of the body: a wider window shows more of a title.
    static func box(body: Rect, picker: Picker) -> Rect {
        let longest = picker.options.lazy.map { DisplayWidth.of($0.label) }.max() ?? 0
        let wanted = max(56, min(longest + 8, body.width * 4 / 5))
        let width = min(body.width, wanted)
        let height = min(body.height, picker.options.count + 2)
        return Rect(
            x: body.x + (body.width - width) / 2, y: body.y + max(0, (body.height - height) / 3), width: width,
            height: height)
    }

    static func render(_ picker: Picker, into grid: inout Grid, body: Rect, context: BrowserContext) {
        let inside = Box.render(
            title: picker.title, into: &grid, rect: box(body: body, picker: picker), glyphs: context.glyphs,
            style: context.style)
        for row in 0..<inside.height {
            let index = picker.cursor.offset + row
            guard index < picker.options.count else { break }
            let isSelected = index == picker.cursor.selected
            let y = inside.y + row
            if isSelected { grid.fill(Rect(x: inside.x, y: y, width: inside.width, height: 1), role: .selection) }
            let label = Fit.line(
                context.style.prepare(picker.options[index].label), width: inside.width - 2,
                ellipsis: context.glyphs.ellipsis)
            grid.put((isSelected ? "> " : "  ") + label, x: inside.x, y: y, role: isSelected ? .selection : .normal)
        }
        // The marks go in the margin inside the border, a blank column after the text.
        ScrollMarks.render(
            total: picker.options.count, offset: picker.cursor.offset, into: &grid, rect: inside, x: inside.maxX + 1,
            ascii: context.style.ascii)
    }
}
