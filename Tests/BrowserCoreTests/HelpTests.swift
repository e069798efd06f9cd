import Testing

@testable import BrowserCore
@testable import StoryModel

/// The help overlay is made from the keymap and the marks, so it cannot drift from them: every
/// key of the view, once, with what it does there, and a legend of the marks on screen.
@Suite struct HelpTests {
    /// Every view, the matrix included, with its name for messages.
    static let views: [(screen: ScreenID, matrix: Bool)] =
        ScreenID.allCases.map { ($0, false) } + [
            (.narratives, true)
        ]

    struct Row {
        var keys: [String]
        var text: String
        var section: String
    }

    /// The key rows of a help: keys in the first column, the description after, joined over
    /// its continuation lines.
    static func rows(_ screen: ScreenID, matrix: Bool, context: BrowserContext = sharedContext) -> [Row] {
        let lines = HelpOverlay.lines(for: screen, matrix: matrix, width: 76, context: context)
        let column = 2 + HelpOverlay.keyColumn
        var rows: [Row] = []
        var section = ""
        for (text, role) in lines {
            if role == .heading {
                section = text
                continue
            }
            guard role == .normal, text.hasPrefix("  "), text.count > column else { continue }
            let keys = String(text.prefix(column)).trimmingSpaces
            let rest = String(text.dropFirst(column))
            if keys.isEmpty, !rows.isEmpty {
                rows[rows.count - 1].text += " " + rest
            } else {
                let separator: Character = keys.contains(",") ? "," : " "
                rows.append(
                    Row(
                        keys: keys.split(separator: separator).map { String($0).trimmingSpaces }, text: rest,
                        section: section))
            }
        }
        return rows
    }

    @Test func everyBindingOfEachViewIsListedWithWhatItDoesThere() {
        for (screen, matrix) in Self.views {
            let rows = Self.rows(screen, matrix: matrix)
            for binding in Keymap.bindings(in: screen.contexts(matrix: matrix) + [.search])
            where HelpOverlay.isRelevant(binding, screen: screen, context: sharedContext) {
                let names = binding.keys.map(\.name)
                // The five views share one row: "1 2 3 4 5  Overview, Entities, …".
                let shared = HelpOverlay.viewActions.contains(binding.action)
                let row = rows.first { row in
                    names.allSatisfy(row.keys.contains)
                        && (row.text == binding.help || (shared && row.text.contains(binding.help)))
                }
                #expect(
                    row != nil,
                    "\(screen) help misses \(names) \(binding.help) in \(rows.map { "\($0.keys) \($0.text)" })")
            }
        }
    }

    @Test func noKeyAndNoDescriptionIsListedTwice() {
        for (screen, matrix) in Self.views {
            let rows = Self.rows(screen, matrix: matrix)
            let view = rows.filter { !$0.section.hasPrefix("Search") }
            let keys = view.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(screen): a key in two rows: \(keys)")
            let texts = rows.map(\.text)
            #expect(Set(texts).count == texts.count, "\(screen): a description twice: \(texts)")
        }
    }

    @Test func tabAndShiftTabSayWhatEachDoes() {
        for screen in [ScreenID.entities, .timeline, .narratives] {
            let rows = Self.rows(screen, matrix: false)
            let tab = rows.first { $0.keys.contains("Tab") }
            #expect(tab?.keys.contains("Shift-Tab") == true, "\(screen): one row for both, as both switch panes")
            #expect(tab?.text == "switch between the list and the detail")
        }
        let overview = Self.rows(.overview, matrix: false)
        #expect(overview.first { $0.keys == ["Tab"] }?.text == "next link")
        #expect(overview.first { $0.keys == ["Shift-Tab"] }?.text == "previous link")
    }

    @Test func viewsWithoutAListHaveNoListSection() {
        for (screen, matrix) in Self.views {
            let text = HelpOverlay.lines(for: screen, matrix: matrix, width: 76, context: sharedContext).map(\.text)
            let hasList = screen.hasList && !matrix
            #expect(text.contains(KeyContext.panes.title) == hasList, "\(screen) matrix \(matrix)")
            #expect(text.contains { $0.contains("the list") } == hasList, "\(screen) matrix \(matrix)")
        }
    }

    @Test func theSourceHelpOffersNoSourceKeyAndOneLineScrolling() {
        let rows = Self.rows(.source, matrix: false)
        #expect(!rows.contains { $0.keys.contains("s") })
        #expect(rows.contains { $0.keys.contains("Ctrl-E") && $0.keys.contains("j") && $0.text == "down a line" })
        #expect(rows.contains { $0.keys.contains("Ctrl-Y") && $0.keys.contains("k") && $0.text == "up a line" })
        // One document: nothing to choose.
        #expect(!rows.contains { $0.keys.contains("d") })
    }

    /// The legend shows the marks the screen draws, from the same function, in both glyph sets.
    @Test func theLegendIsDrawnWithTheMarksOfTheScreen() {
        for context in [sharedContext, asciiContext] {
            let ascii = context.style.ascii
            let help = HelpOverlay.lines(for: .timeline, matrix: false, width: 76, context: context).map(\.text)
                .joined(separator: "\n")
            for status in Event.Status.allCases {
                #expect(help.contains("\(status.mark(ascii: ascii)) \(status.label)"), "\(status) ascii \(ascii)")
            }
            #expect(help.contains("\(context.glyphs.inferredMark) after a date: inferred"))
            // Every mark drawn in the Timeline list is in the legend.
            let state = drive(keys("3"), size: Size(width: 80, height: 40), context: context).state
            let screen = render(state, context).textLines
            for line in screen[4..<17] where line.hasPrefix("  ") || line.hasPrefix("> ") {
                let mark = String(line.dropFirst(2).prefix(1))
                #expect(help.contains("\(mark) "), "mark \(mark) is explained")
            }
        }
    }

    /// In ASCII no mark means two things: not the list cursor, not the inferred-date mark, not
    /// a matrix cell, and no two statuses alike.
    @Test func noAsciiMarkMeansTwoThings() {
        let statuses = Event.Status.allCases.map { $0.mark(ascii: true) }
        #expect(Set(statuses).count == statuses.count)
        let others = [
            ">", Glyphs.ascii.inferredMark, StanceMark.thirdVoice(ascii: true), StanceMark.nothingSaid(ascii: true),
            TimelineScreen.publishedMark(ascii: true), String(Glyphs.ascii.horizontalLine),
        ]
        for mark in statuses { #expect(!others.contains(mark), "\(mark) means two things") }
        #expect(Set(others).count == others.count)
        let unicode = Event.Status.allCases.map { $0.mark(ascii: false) }
        #expect(Set(unicode).count == unicode.count)
    }

    @Test func asciiHelpIsAllAsciiAndHasNoQuestionMarksForMarks() {
        let help = HelpOverlay.lines(for: .timeline, matrix: false, width: 76, context: asciiContext).map(\.text)
        #expect(help.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
        let status = help.first { $0.contains("Status:") } ?? ""
        #expect(!status.contains("? happened"))
        #expect(status.contains("* happened"))
    }

    @Test func theEntitiesHelpExplainsTheCounts() {
        let help = HelpOverlay.lines(for: .entities, matrix: false, width: 76, context: sharedContext).map(\.text)
            .joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(help.contains("4 events 10 claims"))
        #expect(help.contains("4e 10c"))
        #expect(help.contains("the events it takes part in"))
        #expect(help.contains("Status: "), "entity details list events with their marks")
    }

    @Test func theMatrixHelpExplainsItsCells() {
        for context in [sharedContext, asciiContext] {
            let help = HelpOverlay.lines(for: .narratives, matrix: true, width: 76, context: context).map(\.text)
                .joined(separator: " ").split(separator: " ").joined(separator: " ")
            let ascii = context.style.ascii
            #expect(help.contains("\(StanceMark.thirdVoice(ascii: ascii)): a third voice"))
            #expect(help.contains("\(StanceMark.nothingSaid(ascii: ascii)): nothing said"))
        }
    }

    /// The key lines written on pages come from the keymap too.
    @Test func keyLinesOnPagesNameBoundKeys() {
        #expect(
            OverviewScreen.keyLine
                == "Keys: 2 Entities · 3 Timeline · 4 Narratives · 5 Source · Tab and Enter follow links · / search · ? help · q quit"
        )
        #expect(
            SourceScreen.keyLine
                == "Tab or ] next highlight · Shift-Tab or [ previous · Enter goes to its item · Backspace back")
        let contexts = ScreenID.source.contexts
        #expect(Keymap.action(for: .tab, in: contexts) == .nextHighlight)
        #expect(Keymap.action(for: .character("["), in: contexts) == .previousHighlight)
    }

    /// The status bar's hints are the keymap's first keys, and help and quit are among them.
    @Test func statusBarHintsComeFromTheKeymap() {
        for view in ["1", "2", "3", "4", "5"] {
            let state = drive(keys(view), size: Size(width: 160, height: 40)).state
            let bar = render(state, sharedContext).textLines.last ?? ""
            let help = Keymap.key(for: .help, in: state.keyContexts)!.name
            let quit = Keymap.key(for: .quit, in: state.keyContexts)!.name
            #expect(bar.contains("\(help) help"), "view \(view): \(bar)")
            #expect(bar.contains("\(quit) quit"), "view \(view): \(bar)")
        }
        let source = render(drive(keys("4 Enter l s"), size: Size(width: 160, height: 40)).state, sharedContext)
        #expect(!(source.textLines.last ?? "").contains("s source"), "the source view does not offer itself")
        let helpBar = render(drive(keys("?")).state, sharedContext).textLines.last ?? ""
        #expect(helpBar.contains("j/k scroll"))
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
