import Testing

@testable import BrowserCore
@testable import StoryModel

/// Keys that read the article as less does, and the keys of pages without a list.
@Suite struct ViewKeysTests {
    let context = sharedContext

    func offset(_ state: BrowserState) -> Int { state.place.page.offset }

    @Test func inTheSourceJAndKScrollOneLineAsInLess() {
        let start = drive(keys("5")).state
        #expect(offset(start) == 0)
        for (script, expected) in [
            ("j", 1), ("j j j", 3), ("Down", 1), ("Ctrl-N", 1), ("Ctrl-E", 1), ("j j k", 1), ("j j Up", 1),
            ("j j Ctrl-Y", 1), ("j j Ctrl-P", 1),
        ] {
            #expect(offset(drive(keys(script), from: start).state) == expected, "\(script)")
        }
    }

    @Test func afterSTheFirstJScrollsOneLineNotToTheNextHighlight() {
        let shown = drive(keys("4 Enter l s"), size: Size(width: 80, height: 40)).state
        #expect(shown.screen == .source)
        #expect(offset(shown) > 0)
        let link = shown.place.page.link
        let next = drive(keys("j"), from: shown).state
        #expect(offset(next) == offset(shown) + 1 || offset(next) == offset(shown), "one line at most")
        let up = drive(keys("k"), from: shown).state
        #expect(offset(up) == offset(shown) - 1)
        #expect(up.place.page.link == link, "the highlight stays selected while it is in view")
    }

    @Test func bracketsAndTabStepBetweenHighlightsAndPagesScrollByHalfAndWhole() {
        let start = drive(keys("5")).state
        let model = ScreenModel(start, context)
        let height = model.pageRect.height
        #expect(drive(keys("]"), from: start).state.place.page.link == 1)
        #expect(drive(keys("] ] ["), from: start).state.place.page.link == 1)
        #expect(drive(keys("Tab Tab"), from: start).state.place.page.link == 2)
        #expect(offset(drive(keys("Ctrl-D"), from: start).state) == height / 2)
        #expect(offset(drive(keys("Ctrl-D Ctrl-U"), from: start).state) == 0)
        #expect(offset(drive(keys("Space"), from: start).state) == height - 1)
        #expect(offset(drive([.pageDown], from: start).state) == height - 1)
    }

    @Test func ctrlEAndCtrlYScrollTheDetailBesideAList() {
        let detail = drive(keys("2 Tab")).state
        #expect(detail.place.focus == .detail)
        let down = drive(keys("Ctrl-E"), from: detail).state
        #expect(offset(down) == offset(detail) + 1)
        #expect(offset(drive(keys("Ctrl-Y"), from: down).state) == offset(detail))
        // From the list, too: the list keeps its selection and the detail moves.
        let list = drive(keys("2 Ctrl-E")).state
        #expect(list.place.focus == .list)
        #expect(offset(list) == 1)
        #expect(list.message == nil, "Ctrl-E does something here")
    }

    @Test func tabAndShiftTabStepLinksOnPagesWithoutAList() {
        let overview = drive([]).state
        #expect(overview.place.page.link == 0)
        #expect(drive(keys("Tab"), from: overview).state.place.page.link == 1)
        #expect(drive(keys("Tab Tab Shift-Tab"), from: overview).state.place.page.link == 1)
        let matrix = drive(keys("4 m")).state
        let first = matrix.place.page.link
        #expect(drive(keys("Tab"), from: matrix).state.place.page.link != first)
    }

    @Test func sInTheSourceSaysWhereTheHighlightsAreFromTheKeymap() {
        let state = drive(keys("5 s")).state
        #expect(state.message == "This is the source: Tab or ] goes to the next highlight.")
    }
}
