import Testing
@testable import BrowserCore
@testable import StoryModel

@Suite struct MouseAndCopyTests {
    let context = sharedContext

    func click(_ state: BrowserState, x: Int, y: Int) -> BrowserState {
        reduce(state, .mouse(MouseEvent(x: x, y: y, kind: .click)), context).0
    }

    @Test func clickingATabSwitchesView() {
        let state = drive([]).state
        // " storyscope " is 12 cells, then each tab label is " N Name ".
        let x = TitleBar.prefix.count + TitleBar.label(.overview, current: false).count + 2
        #expect(TitleBar.screen(at: x, current: .overview, width: 80) == .entities)
        #expect(TitleBar.screen(at: 13, current: .overview, width: 80) == .overview)
        #expect(click(state, x: x, y: 0).screen == .entities)
    }

    @Test func clickingARowSelectsItAndClickingALinkFollowsIt() throws {
        var state = drive(keys("4")).state
        state = click(state, x: 5, y: 4)  // row 3 of the list: the fourth topic
        #expect(ScreenModel(state, context).selectedItem == .topic(3))
        #expect(state.place.focus == .list)
        // Click the speaker link of the first claim in the detail pane.
        let model = ScreenModel(state, context)
        let detail = try #require(model.layout.detail)
        let link = try #require(model.page.links.first { if case .item(.entity) = $0.target { true } else { false } })
        let y = detail.y + link.lines.lowerBound - state.place.page.offset
        try #require(y < detail.maxY, "the link should be on screen")
        let followed = click(state, x: detail.x + link.x, y: y)
        #expect(followed.screen == .entities)
        #expect(drive([.backspace], from: followed).state.screen == .narratives)
    }

    @Test func theWheelScrollsThePaneUnderThePointer() {
        var state = drive(keys("2")).state
        state = reduce(state, .mouse(MouseEvent(x: 5, y: 3, kind: .wheelDown)), context).0
        #expect(state.place.list.selected > 1)
        let model = ScreenModel(state, context)
        let detail = model.layout.detail!
        state = reduce(state, .mouse(MouseEvent(x: 5, y: detail.y + 1, kind: .wheelDown)), context).0
        #expect(state.place.page.offset == 3)
        state = reduce(state, .mouse(MouseEvent(x: 5, y: detail.y + 1, kind: .wheelUp)), context).0
        #expect(state.place.page.offset == 0)
    }

    @Test func clicksOutsideAnythingDoNothing() {
        let state = drive(keys("2")).state
        #expect(click(state, x: 200, y: 200) == state)
        let small = reduce(state, .resize(Size(width: 20, height: 5)), context).0
        #expect(click(small, x: 1, y: 1) == small)
    }

    @Test func yCopiesTheSelectedQuoteWithItsCitation() {
        let (state, effects) = drive(keys("4 Enter l y"))
        guard case .copy(let text)? = effects.first else { Issue.record("no copy effect"); return }
        #expect(text.hasPrefix("\u{201C}framework agreement\u{201D} \u{2014} Volodymyr Zelensky (said)"))
        #expect(text.contains("line 11: \u{201C}Zelensky refers to it as a foundational \"framework agreement\" for future negotiations\u{201D}"))
        #expect(state.message?.hasPrefix("Sent \(text.utf8.count) bytes to the clipboard (OSC 52)") == true)
    }

    @Test func yOnAListItemCopiesItAndWithNothingSelectedSaysSo() {
        let (_, effects) = drive(keys("3 y"))
        guard case .copy(let text)? = effects.first else { Issue.record("no copy effect"); return }
        #expect(text.contains("the source says \u{201C}prior\u{201D}"))
        #expect(text.contains("Source: "))
        // The Overview's last link leads to a view, not to an item: nothing to copy.
        let (atSourceLink, nothing) = drive(keys("G y"))
        #expect(nothing.isEmpty)
        #expect(atSourceLink.message == "Select an item first, then press y.")
    }
}
