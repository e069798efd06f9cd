import StoryGenerator
import Testing

@testable import BrowserCore

/// The word wrapper of the Source view: widths, wide characters, long words, spaces.
@Suite struct WordWrapTests {
    static func wrapped(_ text: String, _ width: Int) -> [String] {
        let characters = Array(text)
        return WordWrap.rows(characters, width: width).map { String(characters[$0]) }
    }

    @Test func wordsGoOnTheRowWhileTheyFit() {
        #expect(Self.wrapped("the deal is signed", 10) == ["the deal", "is signed"])
        #expect(Self.wrapped("the deal is signed", 18) == ["the deal is signed"])
        #expect(Self.wrapped("", 10) == [])
    }

    @Test func spacesBeforeAWrappedWordAreDroppedButLeadingSpacesStay() {
        #expect(Self.wrapped("  indented text here", 12) == ["  indented", "text here"])
        // Spaces stay where they are while they fit; the one a wrap falls on is not drawn.
        #expect(Self.wrapped("a    b", 3) == ["a  ", "b"])
        #expect(Self.wrapped("ab cd", 2) == ["ab", "cd"])
    }

    @Test func aWordWiderThanTheRowIsCutBetweenCharacters() {
        #expect(Self.wrapped("abcdefghij", 4) == ["abcd", "efgh", "ij"])
        #expect(Self.wrapped("xy abcdefghij", 4) == ["xy", "abcd", "efgh", "ij"])
    }

    @Test func wideCharactersTakeTwoCellsAndAreNeverSplit() {
        #expect(Self.wrapped("日本語の名前", 5) == ["日本", "語の", "名前"])
        #expect(Self.wrapped("a 日本", 4) == ["a", "日本"])
        // A wide character alone is wider than a one-cell row: it still gets a row of its own.
        #expect(Self.wrapped("日本", 1) == ["日", "本"])
    }

    @Test func combiningMarksStayWithTheirLetter() {
        #expect(Self.wrapped("Zoe\u{308} Zoe\u{308}", 3) == ["Zoe\u{308}", "Zoe\u{308}"])
    }

    /// Every character is on exactly one row, in order, except spaces dropped at a wrap; no row
    /// is wider than the width unless it holds a single character.
    @Test func rowsCoverTheTextInOrder() {
        var random = SeededRandom(state: 9)
        let pool: [Character] = ["a", "b", " ", " ", "日", "é", "e\u{301}"]
        for _ in 0..<2000 {
            let characters = (0..<random.below(30)).map { _ in pool[random.below(pool.count)] }
            let width = 1 + random.below(12)
            let rows = WordWrap.rows(characters, width: width)
            var next = 0
            for row in rows {
                #expect(characters[next..<row.lowerBound].allSatisfy { $0 == " " })
                next = row.upperBound
                let rowWidth = row.reduce(0) { $0 + DisplayWidth.of(characters[$1]) }
                #expect(rowWidth <= width || row.count == 1, "\(characters) at \(width)")
            }
            #expect(characters[next...].allSatisfy { $0 == " " })
        }
    }

    /// Pages follow the same rule, and a link that wraps stays one link covering its lines,
    /// placed where its first word landed.
    @Test func aPageLinkThatWrapsCoversItsLines() {
        var builder = PageBuilder(width: 12, style: TextStyle())
        builder.flow(
            [
                .text("See the ", .normal),
                .link("framework agreement text", .link, .screen(.source), evidence: nil, description: nil),
                .text(" now.", .normal),
            ], indent: 1, hanging: 1)
        let page = builder.page
        let rows = page.lines.map { line in
            line.spans.map { String(repeating: " ", count: $0.x) + $0.text }.reduce("") { row, span in
                row + span.dropFirst(row.count)
            }
        }
        // The space before the link goes with it to the next row, and is not drawn there.
        #expect(rows == [" See the", "  framework", "  agreement", "  text now."])
        #expect(page.links.count == 1)
        #expect(page.links[0].lines == 1...3)
        #expect(page.links[0].x == 2)
        // The link's spans are the link's role; the text around it is not.
        #expect(page.lines[3].spans.map(\.role) == [.link, .normal])
    }
}
