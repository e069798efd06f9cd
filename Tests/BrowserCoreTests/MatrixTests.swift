import Testing

@testable import BrowserCore
@testable import StoryModel

/// Who stands where: each tag in its side's colour, and a row for an article's own voice.
@Suite struct MatrixTests {
    @Test func aCellOfTwoSidesColoursEachLetterByItsSide() throws {
        let state = drive(keys("4 m")).state
        let grid = render(state, sharedContext)
        let y = try #require(grid.textLines.firstIndex { $0.hasPrefix("Donald Trump") })
        let row = Array(grid.textLines[y])
        let x = try #require(row.indices.first { row[$0] == "A" && row[$0 + 1] == "B" })
        #expect([grid[x, y].role, grid[x + 1, y].role] == [.sideA, .sideB])
    }

    @Test func anArticlesOwnVoiceHasARow() throws {
        let context = DevelopingStoryTests.context
        let state = drive(keys("4 m"), context: context).state
        let lines = render(state, context).textLines
        let row = try #require(lines.first { $0.hasPrefix("Article of 3 Jun") }, "\(lines)")
        #expect(row.contains("o"), "it speaks to the first question as a third voice")
        #expect(lines.contains { $0.contains("what the article says in its own voice") })
        // Enter on its cell shows its claim in the question.
        let model = ScreenModel(state, context)
        let link = try #require(model.page.links.firstIndex { $0.description?.hasPrefix("Article of 3 Jun") == true })
        var selected = state
        selected.place.page.link = link
        let opened = drive(keys("Enter"), from: selected, context: context).state
        #expect(opened.screen == .narratives)
        #expect(!opened.narratives.matrix)
        let claim = try #require(context.index.claimByID["courier-careful"])
        let shown = ScreenModel(opened, context)
        #expect(opened.place.page.link.map { shown.page.links[$0].evidence } == .claim(claim))
    }

    @Test func aVoiceIsAnEntityOrADocumentMostVocalFirst() {
        let voices = DevelopingStoryTests.context.voices
        #expect(voices.contains(.document(0)))
        #expect(sharedContext.voices.first == .entity(sharedContext.index.entityByID["trump"]!))
    }
}
