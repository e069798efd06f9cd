import StoryGenerator
import Testing

@testable import BrowserCore
@testable import StoryModel

/// Random key sequences and random sizes, resizes in between: nothing traps, every cursor
/// stays in range, every rendered row is exactly as wide as the terminal, and no text is
/// drawn over text or cut without an ellipsis.
@Suite struct PropertyTests {
    /// The seeded generator of StoryGenerator, so a failure can be replayed from its seed.
    typealias Random = SeededRandom

    /// Every key the keymap knows, plus a few it does not.
    static let keyPool: [Key] = {
        var keys = Set(Keymap.standard.flatMap(\.keys))
        keys.formUnion("azAZ09 -é日😀".map { Key.character($0) })
        keys.formUnion([.control("a"), .function(5), .delete])
        return Array(keys).sorted { $0.name < $1.name }
    }()

    static func randomSize(_ random: inout Random) -> Size {
        // Mostly usable sizes, sometimes tiny ones, up to 300x100.
        switch random.below(4) {
        case 0: Size(width: 1 + random.below(40), height: 1 + random.below(12))
        default: Size(width: 1 + random.below(300), height: 1 + random.below(100))
        }
    }

    static func checkInvariants(_ state: BrowserState, _ context: BrowserContext, seed: UInt64, step: Int) {
        let grid = render(state, context, recording: true)
        let place = "seed \(seed) step \(step) size \(state.size)"
        #expect(grid.size == state.size, "\(place)")
        for y in 0..<grid.size.height where grid.rowWidth(y) != state.size.width {
            Issue.record("row \(y) is \(grid.rowWidth(y)) cells wide at \(place)")
            break
        }
        // The fitting rules hold after any keys too: nothing over text, nothing cut silently.
        if let overlap = grid.record!.overlaps.first {
            Issue.record("\"\(overlap.now)\" drawn over \"\(overlap.was)\" at \(overlap.x),\(overlap.y): \(place)")
        }
        if let clip = grid.record!.clips.first {
            Issue.record("\"\(clip.text)\" cut to \(clip.width) cells with no ellipsis: \(place)")
        }
        let model = ScreenModel(state, context)
        let list = state.place.list
        if model.rows.isEmpty {
            #expect(list == ListCursor(), "\(place)")
        } else {
            #expect(model.rows.indices.contains(list.selected), "\(place)")
            #expect(
                model.rows[list.selected].item != nil || !model.rows.contains { $0.item != nil },
                "selection on a header at \(place)")
            let visible = max(1, model.listRect.height)
            #expect(list.offset >= 0 && list.offset <= max(0, model.rows.count - visible), "list offset at \(place)")
            #expect(
                list.selected >= list.offset && list.selected < list.offset + visible, "selection hidden at \(place)")
        }
        let page = state.place.page
        if let link = page.link { #expect(model.page.links.indices.contains(link), "link out of range at \(place)") }
        #expect(
            page.offset >= 0 && page.offset <= Cursors.maxOffset(model.page, height: model.pageRect.height),
            "page offset at \(place)")
        switch state.mode {
        case .search(let session):
            let count = SearchOverlay.displayOrder(session).count
            #expect(count == 0 ? session.cursor.selected == 0 : session.cursor.selected < count, "\(place)")
        case .picker(let picker):
            #expect(picker.options.indices.contains(picker.cursor.selected), "\(place)")
        case .help(let offset):
            #expect(offset >= 0, "\(place)")
        case .normal:
            break
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func randomKeysAndSizesNeverBreakTheBrowser(seed: UInt64) {
        let context = seed % 2 == 0 ? sharedContext : asciiContext
        var random = Random(state: seed)
        var state = BrowserState.initial(size: Self.randomSize(&random), context: context)
        for step in 0..<1500 {
            if random.below(12) == 0 {
                state = reduce(state, .resize(Self.randomSize(&random)), context).0
            } else {
                let key = Self.keyPool[random.below(Self.keyPool.count)]
                // Quitting ends a real session; here it just continues.
                state = reduce(state, .key(key), context).0
            }
            Self.checkInvariants(state, context, seed: seed, step: step)
        }
    }

    @Test(arguments: [UInt64(11), 12, 13])
    func followThenBackRestoresTheLocation(seed: UInt64) {
        let context = sharedContext
        var random = Random(state: seed)
        var state = BrowserState.initial(
            size: Size(width: 80 + random.below(60), height: 24 + random.below(20)), context: context)
        var checked = 0
        for _ in 0..<1500 {
            let key = Self.keyPool[random.below(Self.keyPool.count)]
            let before = state
            let (next, _) = reduce(state, .key(key), context)
            state = next
            // Whenever a step opened a new place, Back must return exactly to the old one.
            if state.backStack.count == before.backStack.count + 1, before.mode == .normal {
                let back = reduce(state, .key(.backspace), context).0
                #expect(back.location == before.location, "seed \(seed): back after \(key.name) did not restore")
                checked += 1
            }
        }
        #expect(checked > 10)
    }
}
