import Testing

@testable import BrowserCore
@testable import StoryGenerator
@testable import StoryModel

/// Keeps the large-story paths working in every `swift test`: a generated story of 10,000
/// entities, events and claims goes through the real file format and loader, then a few
/// hundred keys through the browser. Correctness only; speed is measured by scripts/bench.
@Suite struct LargeStorySmokeTests {
    @Test func tenThousandItemsLoadAndBrowse() throws {
        let generated = StoryGenerator(count: 10_000).generate()
        let file = JSONExport.render(generated)
        let story = try StoryLoader().load(bytes: Array(file.utf8), name: "generated-10k.json") { _ in
            .failure(.init(message: "no text files"))
        }
        #expect(story.entities.count == 10_000 && story.events.count == 10_000 && story.claims.count == 10_000)
        #expect(story.entities.allSatisfy { !$0.mentions.isEmpty }, "every generated name appears in the text")

        let context = BrowserContext(story: story)
        #expect(context.search.search("kovalenko").count > 0)
        var random = PropertyTests.Random(state: 7)
        var state = BrowserState.initial(size: Size(width: 100, height: 30), context: context)
        let keys: [Key] = [
            .character("j"), .character("k"), .pageDown, .pageUp, .character("G"), .character("g"), .tab, .enter,
            .backspace, .character("2"), .character("3"), .character("4"), .character("5"), .character("1"),
            .character("s"), .character("/"), .character("k"), .character("o"), .escape, .character("n"),
            .character("m"), .character("&"), .down, .enter,
        ]
        for step in 0..<300 {
            if step % 60 == 59 {
                state =
                    reduce(state, .resize(Size(width: 60 + random.below(140), height: 12 + random.below(50))), context)
                    .0
            }
            state = reduce(state, .key(keys[random.below(keys.count)]), context).0
            PropertyTests.checkInvariants(state, context, seed: 7, step: step)
        }
    }
}
