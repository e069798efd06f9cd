import Foundation
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
        guard case .copy(let text)? = effects.first else {
            Issue.record("no copy effect")
            return
        }
        #expect(
            text.hasPrefix("\u{201C}framework agreement\u{201D} \u{2014} Volodymyr Zelensky (said) \u{2014} Source: "))
        #expect(
            text.contains(
                "line 11: \u{201C}Zelensky refers to it as a foundational \"framework agreement\" for future negotiations\u{201D}"
            ))
        #expect(state.message?.hasPrefix("Sent \(text.utf8.count) bytes to the clipboard (OSC 52)") == true)
    }

    @Test func yOnAListItemCopiesItAndWithNothingSelectedSaysSo() {
        let (_, effects) = drive(keys("3 y"))
        guard case .copy(let text)? = effects.first else {
            Issue.record("no copy effect")
            return
        }
        #expect(text.contains("the source says \u{201C}prior\u{201D}"))
        #expect(text.contains("Source: "))
        // The Overview's last link leads to a view, not to an item: nothing to copy.
        let (atSourceLink, nothing) = drive(keys("G y"))
        #expect(nothing.isEmpty)
        #expect(atSourceLink.message == "Select an item first, then press y.")
    }

    /// A claim from a hostile story: an escape sequence that sets the window title, a C1 CSI, a
    /// right-to-left override and a line break followed by a command. What `y` copies is one
    /// line of visible text, so a paste into a shell runs nothing by itself.
    @Test func whatYCopiesIsOneLineOfVisibleText() throws {
        let attack = "ok\u{1B}]0;pwned\u{07} \u{9B}2J \u{202E}txt.exe\nrm -rf ~\n"
        let json = """
            {"format": "storyscope-story", "version": 1, "id": "h", "title": "H", "summary": "S",
             "documents": [{"id": "doc", "title": "D\\n2", "text": \(jsonQuoted("Bob said \(attack) there."))}],
             "entities": [{"id": "bob", "name": "Bob", "kind": "person", "role": "r", "description": "d"}],
             "claims": [{"id": "c", "speaker": "bob", "quote": \(jsonQuoted(attack)), "paraphrase": "p", "reach": "said",
                         "evidence": [{"excerpt": \(jsonQuoted("Bob said \(attack)"))}]}]}
            """
        let story = try StoryLoader().load(bytes: Array(json.utf8), name: "h.json") { _ in .failure(.init(message: ""))
        }
        let context = BrowserContext(story: story)
        let text = Citation.text(for: .claim(0), context: context)
        #expect(
            !text.unicodeScalars.contains {
                $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
            })
        #expect(
            text.hasPrefix(
                "\u{201C}ok^[]0;pwned^G \u{FFFD}2J <U+202E>txt.exe rm -rf ~ \u{201D} \u{2014} Bob (said) \u{2014} Source: \u{201C}D 2\u{201D}, line 1: "
            ))
    }

    func jsonQuoted(_ text: String) -> String {
        JSONWriter.render(JSONValue(.string(text))).trimmingCharacters(in: .newlines)
    }
}
