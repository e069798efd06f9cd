import Testing

@testable import BrowserCore
@testable import StoryModel

@Suite struct ReducerTests {
    let context = sharedContext
    var story: Story { context.story }

    func entity(_ id: String) -> Int { context.index.entityByID[id]! }
    func selectedItem(_ state: BrowserState) -> ItemRef? { ScreenModel(state, context).selectedItem }
    func selectedLink(_ state: BrowserState) -> PageLink? {
        let model = ScreenModel(state, context)
        return state.place.page.link.map { model.page.links[$0] }
    }

    @Test func numberKeysSwitchViewsAndBackspaceComesBack() {
        var state = drive(keys("2")).state
        #expect(state.screen == .entities)
        state = drive(keys("3 4 5"), from: state).state
        #expect(state.screen == .source)
        state = drive([.backspace, .backspace], from: state).state
        #expect(state.screen == .timeline)
        state = drive(keys("L"), from: state).state
        #expect(state.screen == .narratives)
        state = drive([.control("o")], from: state).state
        #expect(state.screen == .timeline)
        #expect(drive(keys("2 2")).state.backStack.count == 1, "switching to the same view is not a new place")
    }

    @Test func listMovementSkipsGroupHeaders() {
        var state = drive(keys("2")).state
        #expect(selectedItem(state) == .entity(0))
        #expect(state.place.list.selected == 1, "row 0 is the People header")
        state = drive(keys("k"), from: state).state
        #expect(state.place.list.selected == 1, "cannot move onto the header")
        state = drive(keys("j j j j j j j"), from: state).state
        #expect(selectedItem(state) == .entity(entity("ukraine")), "moved past the Countries header")
        state = drive(keys("G"), from: state).state
        #expect(selectedItem(state) == .entity(story.entities.count - 1))
        state = drive(keys("g"), from: state).state
        #expect(selectedItem(state) == .entity(0))
        state = drive([.pageDown], from: state).state
        #expect(state.place.list.selected > 4)
        #expect(state.place.list.offset > 0)
        let rows = context.listRows(.entities, filter: nil)
        #expect(rows[state.place.list.selected].item != nil)
    }

    @Test func tabMovesFocusAndEnterOpensThenFollows() {
        var state = drive(keys("2 j")).state
        #expect(state.place.focus == .list)
        state = drive(keys("Tab"), from: state).state
        #expect(state.place.focus == .detail)
        #expect(state.place.page.link != nil, "the first link is selected on entering the detail")
        state = drive(keys("Shift-Tab"), from: state).state
        #expect(state.place.focus == .list)
        state = drive(keys("Enter"), from: state).state
        #expect(state.place.focus == .detail)
        state = drive(keys("Esc"), from: state).state
        #expect(state.place.focus == .list)
    }

    @Test func followingALinkOpensTheItemInItsOwnViewAndBackRestoresThePlace() throws {
        // Narratives, the deal, the detail: move to Zelensky's column and follow him.
        var state = drive(keys("4 Enter l")).state
        let before = state
        let link = try #require(selectedLink(state))
        #expect(link.target == .item(.entity(entity("zelensky"))))
        state = drive(keys("Enter"), from: state).state
        #expect(state.screen == .entities)
        #expect(selectedItem(state) == .entity(entity("zelensky")))
        #expect(state.place.focus == .detail)
        state = drive([.backspace], from: state).state
        #expect(state.screen == .narratives)
        #expect(state.place == before.place, "selection, focus and link are as they were")
        state = drive(keys("L"), from: state).state
        #expect(state.screen == .entities)
        #expect(selectedItem(state) == .entity(entity("zelensky")))
    }

    @Test func eachViewKeepsItsPlace() {
        var state = drive(keys("2 j j j")).state
        let entitiesPlace = state.place
        state = drive(keys("3 j j 2"), from: state).state
        #expect(state.place == entitiesPlace)
        state = drive(keys("3"), from: state).state
        #expect(state.place.list.selected == 2)
    }

    @Test func showEvidenceOpensTheSourceOnTheItem() throws {
        var state = drive(keys("4 Enter l s")).state
        #expect(state.screen == .source)
        let claim = context.index.claimByID["zelensky-framework"]!
        #expect(state.source.focus == .item(.claim(claim)))
        let link = try #require(selectedLink(state))
        #expect(link.target == .item(.claim(claim)))
        // The highlight is on screen, and Enter leads back to the claim's topic.
        let model = ScreenModel(state, context)
        #expect(Cursors.isVisible(link, state.place.page, height: model.pageRect.height))
        state = drive(keys("Enter"), from: state).state
        #expect(state.screen == .narratives)
        #expect(selectedLink(state)?.evidence == .claim(claim))
    }

    @Test func showEvidenceOfAListItem() {
        let state = drive(keys("2 s")).state
        #expect(state.screen == .source)
        #expect(state.source.focus == .item(.entity(0)))
        let model = ScreenModel(state, context)
        #expect(model.page.links.count == story.entities[0].mentions.count)
    }

    @Test func sourceHighlightsCycleWithTab() {
        var state = drive(keys("2 s")).state
        let count = ScreenModel(state, context).page.links.count
        #expect(state.place.page.link == 0)
        state = drive(keys("Tab Tab"), from: state).state
        #expect(state.place.page.link == 2)
        state = drive(keys("Shift-Tab"), from: state).state
        #expect(state.place.page.link == 1)
        state = drive(Array(repeating: Key.character("]"), count: count), from: state).state
        #expect(state.place.page.link == 1, "wraps around")
    }

    @Test func searchAsYouTypeThenJumpAndStep() throws {
        var state = drive(keys("/fram")).state
        guard case .search(let session) = state.mode else {
            Issue.record("not searching")
            return
        }
        #expect(session.query == "fram")
        #expect(!session.results.isEmpty)
        state =
            drive(keys("/framework"), from: BrowserState.initial(size: Size(width: 80, height: 24), context: context))
            .state
        guard case .search(let full) = state.mode else {
            Issue.record("not searching")
            return
        }
        let order = SearchOverlay.displayOrder(full)
        let claim = context.index.claimByID["zelensky-framework"]!
        let position = try #require(order.firstIndex { full.results[$0].target == .item(.claim(claim)) })
        state = drive(Array(repeating: .down, count: position) + [.enter], from: state).state
        #expect(state.mode == .normal)
        #expect(state.screen == .narratives)
        #expect(selectedLink(state)?.evidence == .claim(claim))
        #expect(state.message?.contains("n next") == true)
        let afterN = drive(keys("n"), from: state).state
        #expect(afterN.lastSearch?.cursor.selected == position + 1)
        let back = drive(keys("N"), from: afterN).state
        #expect(back.lastSearch?.cursor.selected == position)
    }

    /// A result that is a row of a list leaves the focus on the list: j and k move on from it
    /// at once, without Tab first. A claim found keeps the detail's focus on its link.
    @Test func afterASearchJumpJAndKMoveTheList() throws {
        var state = drive(keys("/Zelensky Enter")).state
        #expect(state.screen == .entities)
        #expect(selectedItem(state) == .entity(entity("zelensky")))
        #expect(state.place.focus == .list)
        let row = state.place.list.selected
        state = drive(keys("j"), from: state).state
        #expect(state.place.list.selected > row, "j moves the list")
        state = drive(keys("k"), from: state).state
        #expect(selectedItem(state) == .entity(entity("zelensky")))

        let claim = context.index.claimByID["zelensky-framework"]!
        var search = drive(keys("/framework")).state
        guard case .search(let session) = search.mode else {
            Issue.record("not searching")
            return
        }
        let order = SearchOverlay.displayOrder(session)
        let position = try #require(order.firstIndex { session.results[$0].target == .item(.claim(claim)) })
        search = drive(Array(repeating: .down, count: position) + [.enter], from: search).state
        #expect(search.place.focus == .detail)
        #expect(selectedLink(search)?.evidence == .claim(claim))
    }

    /// The search index is not built for the first screen, only when search needs it.
    @Test func theSearchIndexIsBuiltOnFirstUse() {
        let fresh = BrowserContext(story: context.story)
        #expect(!fresh.isSearchPrepared)
        let initial = BrowserState.initial(size: Size(width: 80, height: 24), context: fresh)
        _ = render(initial, fresh)
        #expect(!fresh.isSearchPrepared, "the first frame does not need it")
        let (searching, _) = reduce(reduce(initial, .key(.character("/")), fresh).0, .key(.character("z")), fresh)
        #expect(fresh.isSearchPrepared)
        guard case .search(let session) = searching.mode else {
            Issue.record("not searching")
            return
        }
        #expect(!session.results.isEmpty)
    }

    @Test func searchFieldEditingAndCancel() {
        var state = drive(keys("/trump")).state
        state = drive([.backspace, .backspace], from: state).state
        if case .search(let session) = state.mode {
            #expect(session.query == "tru")
        } else {
            Issue.record("left search")
        }
        state = drive([.control("u")], from: state).state
        if case .search(let session) = state.mode {
            #expect(session.query.isEmpty)
        } else {
            Issue.record("left search")
        }
        state = drive(keys("q"), from: state).state
        if case .search(let session) = state.mode {
            #expect(session.query == "q", "q types in the field")
        } else {
            Issue.record("left search")
        }
        state = drive(keys("Esc"), from: state).state
        #expect(state.mode == .normal)
        #expect(state.screen == .overview)
        let (_, effects) = drive(keys("/x") + [.control("c")])
        #expect(effects == [.quit])
        #expect(drive(keys("n")).state.message == "No search yet: press / to search.")
    }

    @Test func helpOpensScrollsAndCloses() {
        var state = drive(keys("4 ?")).state
        #expect(state.mode == .help(offset: 0))
        state = drive(keys("j j"), from: state).state
        #expect(state.mode == .help(offset: 2))
        state = drive(keys("Esc"), from: state).state
        #expect(state.mode == .normal)
        state = drive(keys("? ?"), from: state).state
        #expect(state.mode == .normal)
        #expect(drive(keys("? q")).effects == [.quit])
    }

    @Test func quitRedrawAndSuspendAreEffects() {
        #expect(drive(keys("q")).effects == [.quit])
        #expect(drive([.control("c")]).effects == [.quit])
        #expect(drive([.control("l")]).effects == [.redraw])
        #expect(drive([.control("z")]).effects == [.suspend])
        #expect(drive(keys("3 j Tab q")).effects == [.quit])
    }

    @Test func timelineFilterNarrowsToOneEntity() {
        var state = drive(keys("3 &")).state
        guard case .picker(let picker) = state.mode else {
            Issue.record("no picker")
            return
        }
        let zelensky = entity("zelensky")
        let position = picker.options.firstIndex { $0.value == zelensky }!
        state = drive(Array(repeating: .down, count: position) + [.enter], from: state).state
        #expect(state.timeline.filter == zelensky)
        let rows = context.listRows(.timeline, filter: state.timeline.filter)
        #expect(rows.count == context.index.eventsOfEntity[zelensky].count)
        #expect(state.message == "Showing the events of Volodymyr Zelensky. x shows all.")
        #expect(
            render(drive(keys("k"), from: state).state, context).textLines.last?.contains("only Volodymyr Zelensky")
                == true)
        state = drive(keys("x"), from: state).state
        #expect(state.timeline.filter == nil)
        // Following an event hidden by the filter clears it.
        var filtered = drive(keys("3 &") + Array(repeating: .down, count: position) + [.enter]).state
        filtered.open(.event(context.index.eventByID["kallas-rubio-cancelled"]!), context)
        #expect(filtered.timeline.filter == nil)
    }

    @Test func theMatrixCellsLeadToTheClaims() throws {
        var state = drive(keys("4 m")).state
        #expect(state.narratives.matrix)
        let first = try #require(selectedLink(state))
        guard case .stance(let topic, let actor) = first.target else {
            Issue.record("not a cell")
            return
        }
        state = drive(keys("j"), from: state).state
        let below = try #require(selectedLink(state))
        guard case .stance(_, let nextActor) = below.target else {
            Issue.record("j left the grid")
            return
        }
        #expect(nextActor != actor)
        state = drive(keys("k Enter"), from: state).state
        #expect(state.screen == .narratives && !state.narratives.matrix)
        #expect(selectedItem(state) == .topic(topic))
        if case .claim(let claim)? = selectedLink(state)?.evidence {
            #expect(story.claims[claim].speaker == story.entities[actor].id)
        } else {
            Issue.record("no claim selected")
        }
        state = drive([.backspace], from: state).state
        #expect(state.narratives.matrix)
    }

    @Test func resizesKeepTheSelectionAndTheTooSmallNoticeRecovers() {
        var state = drive(keys("2 G")).state
        let selected = state.place.list.selected
        state = reduce(state, .resize(Size(width: 30, height: 8)), context).0
        #expect(render(state, context).textLines.joined().contains("terminal too small"))
        state = reduce(state, .resize(Size(width: 120, height: 40)), context).0
        #expect(state.place.list.selected == selected)
        #expect(!render(state, context).textLines.joined().contains("too small"))
    }

    @Test func unknownKeysSayWhatToDo() {
        let state = drive(keys("Z")).state
        #expect(state.message == "Z does nothing here. Press ? for the keys.")
        #expect(drive(keys("Z j")).state.message == nil, "messages last one key")
    }

    @Test func nothingToGoBackTo() {
        #expect(drive([.backspace]).state.message == "Nothing to go back to.")
        #expect(drive(keys("L")).state.message == "Nothing to go forward to.")
    }

    @Test func overviewLinksLeadEverywhere() {
        let state = drive([]).state
        let page = ScreenModel(state, context).page
        let targets = Set(page.links.map(\.target))
        #expect(targets.contains(.item(.entity(entity("zelensky")))))
        #expect(targets.contains(.item(.topic(0))))
        #expect(targets.contains(.screen(.source)))
        #expect(state.place.page.link == 0, "the overview starts with a link selected")
        let opened = drive(keys("Enter")).state
        #expect(opened.screen == .entities)
    }
}

@Suite struct KeymapTests {
    @Test func everyActionIsBound() {
        let bound = Set(Keymap.standard.map(\.action))
        for action in Action.allCases { #expect(bound.contains(action), "\(action) has no key") }
    }

    @Test func noKeyIsBoundTwiceInOneContext() {
        for context in KeyContext.allCases {
            var seen: [Key: Action] = [:]
            for binding in Keymap.standard where binding.context == context {
                for key in binding.keys {
                    #expect(seen[key] == nil, "\(key.name) is bound twice in \(context)")
                    seen[key] = binding.action
                }
            }
        }
    }

    @Test func specificContextsShadowGeneralOnes() {
        #expect(Keymap.action(for: .tab, in: ScreenID.source.contexts) == .nextHighlight)
        #expect(Keymap.action(for: .tab, in: ScreenID.entities.contexts) == .focusNext)
        let sourceHelp = Keymap.bindings(in: ScreenID.source.contexts)
        #expect(!sourceHelp.contains { $0.action == .focusNext && $0.keys.contains(.tab) })
    }

    /// A newcomer pressing ? sees first how to change view, move, open, go back, search and
    /// quit, in every view, on the first screen of help at 80x24.
    @Test func helpLeadsWithTheFirstSteps() {
        for view in ["1", "2", "3", "4", "5"] {
            let state = drive(keys("\(view) ?")).state
            let screen = render(state, sharedContext).textLines.joined(separator: "\n")
            for essential in [
                "First steps", "1 2 3 4 5", "Overview, Entities, Timeline", "j, ", "k, ", "Enter", "Backspace",
                "go back", "/", "search", "q", "quit",
            ] {
                #expect(screen.contains(essential), "view \(view): \(essential)")
            }
        }
    }
}
