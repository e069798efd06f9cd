import Foundation
import Testing

@testable import BrowserCore
@testable import StoryModel

/// The one rule for fitting text (issue 17): cutting, keeping words together, the scroll
/// marks' column, the status bar, and the record a grid keeps for the property tests.
@Suite struct FitTests {
    // MARK: Cutting

    @Test func aTextThatFitsIsWhole() {
        #expect(Fit.fit("the deal", width: 8, ellipsis: "…") == .init(text: "the deal", isCut: false))
        #expect(Fit.line("", width: 3, ellipsis: "…") == "")
        #expect(Fit.line("abc", width: 0, ellipsis: "…") == "")
    }

    @Test func aCutFallsAtAWordAndEndsWithTheEllipsis() {
        // "Tab moves between highlights": a space in the last third of the room.
        #expect(Fit.line("Tab moves between highlights", width: 20, ellipsis: "…") == "Tab moves between…")
        #expect(Fit.line("with its citation (OSC 52)", width: 20, ellipsis: "…") == "with its citation…")
        // The whole last word fits just before a space.
        #expect(Fit.line("then titles, quotes, and", width: 13, ellipsis: "…") == "then titles…")
        // No space late enough: cut between characters.
        #expect(Fit.line("Zelensky answers guarantees", width: 10, ellipsis: "…") == "Zelensky…")
        #expect(Fit.line("Internationalisation", width: 8, ellipsis: "…") == "Interna…")
    }

    @Test func separatorsBeforeACutAreDropped() {
        #expect(Fit.line("Overview · President of the United States", width: 12, ellipsis: "…") == "Overview…")
        #expect(
            Fit.line("scheduled (3 Jun) → cancelled (10 Jun)", width: 30, ellipsis: "…")
                == "scheduled (3 Jun) → cancelled…")
        #expect(Fit.line("one, two, three, four", width: 16, ellipsis: "…") == "one, two, three…")
    }

    @Test func wideCharactersAreNeverSplit() {
        #expect(Fit.line("日本語の名前", width: 6, ellipsis: "…") == "日本…")
        #expect(Fit.line("日本語の名前", width: 4, ellipsis: "…") == "日…")
        #expect(Fit.line("Zoe\u{308}lle Østergaard", width: 6, ellipsis: "…") == "Zoe\u{308}ll…")
        for width in 1...12 {
            let cut = Fit.line("日本語 の名前です", width: width, ellipsis: "…")
            #expect(DisplayWidth.of(cut) <= width, "\(cut) at \(width)")
            #expect(cut.hasSuffix("…"))
        }
    }

    @Test func asciiModeEndsCutsWithThreeDots() {
        #expect(Fit.line("Tab moves between highlights", width: 20, ellipsis: "...") == "Tab moves between...")
        // A narrow cell keeps a letter or two and a single dot.
        #expect(Fit.line("ABCo", width: 3, ellipsis: "...") == "AB.")
        #expect(Fit.line("ABCo", width: 1, ellipsis: "...") == ".")
    }

    @Test func aJoiningSpaceIsNotAPlaceToCut() {
        #expect(Fit.line("the deal of 26\u{00A0}February", width: 17, ellipsis: "…") == "the deal of…")
        #expect(Fit.line("the deal of 26 February", width: 17, ellipsis: "…") == "the deal of 26…")
    }

    // MARK: Keeping words together

    static func wrapped(_ text: String, _ width: Int, keep: KeepTogether = KeepTogether()) -> [String] {
        let characters = Array(text)
        return WordWrap.rows(characters, width: width, keep: keep).map { String(characters[$0]) }
    }

    @Test func datesStayOnOneRow() {
        // The rows of the defects: "said · 26" / "Feb", "cancelled (10" / "Jun)".
        #expect(Self.wrapped("Tomas Brenn · said · 26 Feb", 21) == ["Tomas Brenn · said ·", "26 Feb"])
        #expect(
            Self.wrapped("scheduled (3 Jun) → cancelled (10 Jun)", 32)
                == ["scheduled (3 Jun) → cancelled", "(10 Jun)"])
        #expect(Self.wrapped("signed on Wed 26 Feb 2025 in Kyiv", 16) == ["signed on", "Wed 26 Feb 2025", "in Kyiv"])
        #expect(Self.wrapped("due by Feb 26, then", 9) == ["due by", "Feb 26,", "then"])
    }

    @Test func numbersStayWithTheirUnit() {
        #expect(Self.wrapped("access to $500 billion of reserves", 15) == ["access to", "$500 billion of", "reserves"])
        #expect(Self.wrapped("growth of 3 per cent a year", 13) == ["growth of", "3 per cent a", "year"])
        #expect(Self.wrapped("a fund of 10 million", 13) == ["a fund of", "10 million"])
    }

    @Test func namesStayOnOneRow() {
        let keep = KeepTogether(names: ["Marco Rubio", "Kaja Kallas", "Volodymyr Zelensky"])
        #expect(
            Self.wrapped("talks with Marco Rubio: cancelled", 16, keep: keep) == [
                "talks with", "Marco Rubio:", "cancelled",
            ])
        #expect(Self.wrapped("then (Kaja Kallas) said", 15, keep: keep) == ["then", "(Kaja Kallas)", "said"])
        // A title before the name wraps; the name does not.
        #expect(
            Self.wrapped("Ukrainian President Volodymyr Zelensky", 28, keep: keep)
                == ["Ukrainian President", "Volodymyr Zelensky"])
        // Not a name: the words wrap as any.
        #expect(Self.wrapped("Marco said Rubio", 10, keep: keep) == ["Marco said", "Rubio"])
    }

    @Test func joinedWordsWiderThanARowWrapAsAnyWords() {
        let keep = KeepTogether(names: ["Marco Rubio"])
        #expect(Self.wrapped("Marco Rubio", 8, keep: keep) == ["Marco", "Rubio"])
        #expect(Self.wrapped("on 26 Feb", 4) == ["on", "26", "Feb"])
    }

    @Test func theRuleLooksPastPunctuation() {
        let keep = KeepTogether(names: ["Marco Rubio"])
        let words = "with “Marco Rubio’s” team on 10 Jun, at 10 am".split(separator: " ")
        let joins = keep.joins(words)
        #expect(
            zip(words, joins).filter(\.1).map { String($0.0) } == ["“Marco", "10", "10"],
            "\(zip(words, joins).map { "\($0.0)\($0.1 ? "+" : "")" })")
        // "26," ends a phrase: it is not joined to what follows.
        #expect(KeepTogether().joins(["on", "26,", "Feb"]) == [false, false, false])
    }

    /// Pages flow by the same rule, across pieces: a link's name stays whole, and a name and the
    /// punctuation right after it (another piece) are one word.
    @Test func aPageKeepsNamesAndWhatTouchesThemTogether() {
        var builder = PageBuilder(width: 20, style: TextStyle(), keep: KeepTogether(names: ["Marco Rubio"]))
        builder.flow([
            .text("Who: Keir Starmer · ", .dim),
            .link("Marco Rubio", .link, .screen(.entities), evidence: nil, description: nil),
            .text(": yes", .dim),
        ])
        let rows = builder.page.lines.map { $0.spans.map(\.text).joined() }
        #expect(rows == ["Who: Keir Starmer ·", "Marco Rubio: yes"])
        #expect(builder.page.links[0].lines == 1...1)
        #expect(builder.page.links[0].x == 0)
    }

    /// The developing story's own rows, which split "said · 10" / "Jun" and "(10" / "Jun)".
    @Test func theDevelopingStoryKeepsItsDatesWhole() {
        let context = DevelopingStoryTests.context
        for width in 40...100 {
            for screen in [ScreenID.overview, .narratives, .timeline] {
                let state = drive(keys("\(screen.rawValue)"), size: Size(width: width, height: 40), context: context)
                    .state
                let model = ScreenModel(state, context)
                let rows = model.page.lines.map { $0.spans.map(\.text).joined() }
                for (row, next) in zip(rows, rows.dropFirst()) {
                    let last = row.split(separator: " ").last.map { KeepTogether.core($0) } ?? ""
                    let first = next.split(separator: " ").first.map { KeepTogether.core($0) } ?? ""
                    #expect(
                        !(Int(last) != nil && KeepTogether.months.contains(first)),
                        "\"\(row)\" / \"\(next)\" at \(width)")
                }
            }
        }
    }

    // MARK: The scroll marks' column

    /// The rows of the defect ("falls shor▼", "has investe▼"): at every width a page leaves
    /// its last two columns to the marks (a blank one, then the mark's), and no mark is drawn
    /// over text.
    @Test func aScrollMarkNeverCoversText() {
        for width in [40, 60, 80, 81, 100, 120] {
            for script in ["5", "4 Enter", "1", "2 j Tab", "3 Tab"] {
                let state = drive(keys(script), size: Size(width: width, height: 24)).state
                let grid = render(state, sharedContext, recording: true)
                #expect(grid.record!.overlaps.isEmpty, "\(script) at \(width): \(grid.record!.overlaps)")
                let model = ScreenModel(state, sharedContext)
                let widest = model.page.lines.flatMap(\.spans).map { $0.x + DisplayWidth.of($0.text) }.max() ?? 0
                #expect(widest <= model.pageRect.width - 2, "\(script) at \(width)")
                let page = model.pageRect
                for y in [page.y, page.maxY - 1] where page.width > 2 && "▲▼".contains(grid[page.maxX - 1, y].character)
                {
                    #expect(grid[page.maxX - 2, y].character == " ", "\(script) at \(width): \(grid.textLines[y])")
                }
            }
        }
        let source = render(drive(keys("5"), size: Size(width: 80, height: 24)).state, sharedContext).textLines
        #expect(!source.joined().contains("shor▼"))
    }

    // MARK: Help

    /// In a box too narrow for the column of descriptions at 27, every key's description starts
    /// in one narrower column (two fifths of the box), and wraps under itself.
    @Test func aNarrowHelpNarrowsItsColumnOfKeys() {
        func descriptionColumns(_ width: Int) -> Set<Int> {
            let rows = HelpOverlay.lines(for: .overview, matrix: false, width: width, context: sharedContext)
            #expect(rows.allSatisfy { DisplayWidth.of($0.text) <= width }, "\(rows.map(\.text))")
            // Key rows: two spaces, keys, then the description after a gap of two or more.
            return Set(
                rows.compactMap { row -> Int? in
                    guard row.role == .normal, row.text.hasPrefix("  "), !row.text.hasPrefix("   "),
                        let gap = row.text.dropFirst(2).range(of: "  ")
                    else { return nil }
                    return row.text.distance(
                        from: row.text.startIndex,
                        to: row.text[gap.upperBound...].firstIndex { $0 != " " } ?? row.text.endIndex)
                })
        }
        #expect(descriptionColumns(40) == [2 + 16])
        #expect(descriptionColumns(80) == [2 + HelpOverlay.keyColumn])
    }

    // MARK: The grid's record

    @Test func aRecordingGridNotesCutsAndOverlaps() {
        var grid = Grid(size: Size(width: 10, height: 2), recording: true)
        grid.put("abcdef", x: 0, y: 0, role: .normal, maxWidth: 4)
        #expect(grid.record!.clips == [.init(x: 0, y: 0, text: "abcdef", width: 4)])
        // Trailing spaces cut off are no loss.
        grid.put("ab   ", x: 7, y: 1, role: .normal)
        #expect(grid.record!.clips.count == 1)
        grid.put("XY", x: 2, y: 0, role: .normal)
        #expect(grid.record!.overlaps.map(\.was) == ["c", "d"])
        // A fill clears: text on it is not over text; nor is text over a line.
        grid.fill(Rect(x: 0, y: 0, width: 10, height: 1), role: .normal)
        grid.put("──────", x: 0, y: 0, role: .border)
        grid.put(" Help ", x: 2, y: 0, role: .heading)
        grid.overwrite("●", x: 2, y: 0, role: .normal)
        #expect(grid.record!.overlaps.count == 2)
        // Equality is the picture only.
        var plain = Grid(size: Size(width: 10, height: 2))
        plain.put("ab", x: 0, y: 0, role: .normal)
        var recorded = Grid(size: Size(width: 10, height: 2), recording: true)
        recorded.put("ab", x: 0, y: 0, role: .normal)
        #expect(plain == recorded)
    }

    @Test func aFillOverHalfAWideCharacterTakesItWhole() {
        var grid = Grid(size: Size(width: 6, height: 1))
        grid.put("日本語", x: 0, y: 0, role: .normal)
        grid.fill(Rect(x: 1, y: 0, width: 2, height: 1), role: .normal)
        #expect(grid.rowWidth(0) == 6)
        #expect(grid.textLines[0] == "    語")
    }

    // MARK: The status bar

    static func bar(_ state: BrowserState, context: BrowserContext = sharedContext) -> String {
        render(state, context).textLines.last ?? ""
    }

    @Test func helpAndQuitAreAlwaysInTheBar() {
        for width in [40, 50, 64, 80, 120, 200] {
            for script in ["", "2", "2 Tab", "3", "3 o", "4", "4 m", "5", "/the Enter"] {
                let state = drive(keys(script), size: Size(width: width, height: 24)).state
                let bar = Self.bar(state)
                #expect(bar.hasSuffix("? help  q quit  "), "\(script) at \(width): \(bar)")
            }
        }
    }

    /// The first screen keeps its hints, adds help and quit, and says what the selected link is.
    @Test func theFirstScreensBar() {
        let bar = Self.bar(drive([], size: Size(width: 80, height: 24)).state)
        #expect(bar.hasPrefix(" Overview · President of"))
        for hint in ["Enter follow", "s source", "/ search", "? help", "q quit"] {
            #expect(bar.contains(hint), "\(bar)")
        }
        let wide = Self.bar(drive([], size: Size(width: 200, height: 24)).state)
        #expect(wide.contains(" · President of the United States;") && !wide.contains("…"), "\(wide)")
    }

    /// After a search the bar says the result once; from the next key on, where the user is
    /// is back (the list keeps the focus after a jump to a row), and n is a hint.
    @Test func aSearchDoesNotStayInTheBar() {
        let found = drive(keys("/framework Enter"), size: Size(width: 200, height: 40)).state
        #expect(Self.bar(found).contains("for \u{201C}framework\u{201D}"))
        let next = drive(keys("j"), from: found).state
        let bar = Self.bar(next)
        #expect(!bar.contains("framework"), "\(bar)")
        #expect(bar.contains("n next hit"), "\(bar)")
        #expect(bar.dropFirst().hasPrefix(next.screen.title), "the place is shown: \(bar)")
    }

    /// A message too long for the bar is shown whole above it, for one key; the bar keeps the
    /// place and the hints.
    @Test func aLongMessageIsShownWholeAboveTheBar() {
        var state = drive(keys("2"), size: Size(width: 60, height: 20)).state
        state.message =
            "Sent 212 bytes to the clipboard (OSC 52): Volodymyr Zelensky. A terminal that refuses OSC 52 ignores it."
        let rows = render(state, sharedContext).textLines
        let above = rows[(rows.count - 3)..<(rows.count - 1)].map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(
            above.joined(separator: " ")
                == "Sent 212 bytes to the clipboard (OSC 52): Volodymyr Zelensky. A terminal that refuses OSC 52 ignores it.",
            "\(rows.suffix(4))")
        #expect(rows.last!.hasPrefix(" Entities 1/37"))
        #expect(rows.last!.hasSuffix("? help  q quit  "))
        // A short one takes the place's room in the bar instead.
        state.message = "Nothing to go back to."
        let short = render(state, sharedContext).textLines
        #expect(short.last!.hasPrefix(" Nothing to go back to."))
        #expect(
            short[short.count - 2] == render(drive([], from: state).state, sharedContext).textLines[short.count - 2])
        // The next key clears it.
        #expect(drive(keys("j"), from: state).state.message == nil)
    }

    @Test func thePlaceIsWholeAndTheDescriptionIsCutAtAWord() {
        let line = StatusBar.Line(
            place: "Timeline 3/13 · only Volodymyr Zelensky", description: "happened",
            hints: [("Enter", "details"), ("s", "source")], kept: [("?", "help"), ("q", "quit")])
        let usual = StatusBar.layout(line, width: 80, ellipsis: "…")
        #expect(usual.left == "Timeline 3/13 · only Volodymyr Zelensky")
        #expect(usual.hints.map(\.key) == ["Enter", "?", "q"])
        // Narrower, the place keeps half the bar; the description goes first, then the hints.
        let narrow = StatusBar.layout(line, width: 60, ellipsis: "…")
        #expect(narrow.left == "Timeline 3/13 · only Volodymyr Zelensky")
        #expect(narrow.hints.map(\.key) == ["?", "q"])
        let narrower = StatusBar.layout(line, width: 50, ellipsis: "…")
        #expect(narrower.left == "Timeline 3/13 · only Volodymyr…")
        let wide = StatusBar.layout(line, width: 100, ellipsis: "…")
        #expect(wide.left == "Timeline 3/13 · only Volodymyr Zelensky · happened")
        #expect(wide.hints.map(\.key) == ["Enter", "s", "?", "q"])
    }
}
