import Testing

@testable import StoryModel

@Suite struct TextTests {
    @Test func offsetsCountUnicodeScalarsAcrossCheckpoints() {
        // Long enough to cross several 64-scalar checkpoints, with 2-, 3- and 4-byte scalars.
        let text = String(repeating: "aé—😀\n", count: 50)
        let document = DocumentText(text)
        #expect(document.scalarCount == 250)
        #expect(document.lineCount == 51)
        let scalars = Array(text.unicodeScalars)
        for offset in stride(from: 0, through: 250, by: 7) {
            let utf8 = document.utf8Offset(ofScalar: offset)
            #expect(utf8 == String(String.UnicodeScalarView(scalars[..<offset])).utf8.count)
            #expect(document.scalarOffset(ofUTF8: utf8) == offset)
        }
        #expect(document.slice(3..<6) == "😀\na")
        #expect(document.line(ofScalar: 0) == 1)
        #expect(document.line(ofScalar: 5) == 2)
        #expect(document.range(ofLine: 2) == 5..<9)
        #expect(document.occurrences(of: "😀\na") == Array(stride(from: 3, to: 245, by: 5)))
    }

    @Test func sentencesSplitAtStopsButNotAtAbbreviations() {
        let text = "U.S. President Trump spoke. Sir Keir came, stating, \"Yes.\" Then he left!\nNew line"
        let document = DocumentText(text)
        let sentences = document.sentences.map { String(document.slice($0)) }
        #expect(
            sentences == [
                "U.S. President Trump spoke.", "Sir Keir came, stating, \"Yes.\"", "Then he left!", "New line",
            ])
        #expect(document.sentenceIndex(containing: 30) == 1)
    }

    @Test func foldingIgnoresCaseAndDiacritics() {
        #expect(foldForSearch("Zelenský ČEŠTINA Łódź Straße") == "zelensky cestina lodz strasse")
        #expect(foldedWords("  Trump's  \"very big\" — agreement ") == "trump s very big agreement")
    }

    @Test func visibleTextShowsControlCharacters() {
        #expect(visibleText("a\u{1B}[2Jb\u{7F}\u{9B}") == "a^[[2Jb^?\u{FFFD}")
        #expect(visibleText("line\nnext\ttab") == "line^Jnext^Itab")
        #expect(visibleText("line\nnext", keepingLayout: true) == "line\nnext")
        #expect(visibleText("plain") == "plain")
    }

    @Test func daysKnowTheirWeekdayAndOrder() throws {
        let friday = try #require(Day(iso: "2025-02-28"))
        #expect(friday.weekday == 4)
        #expect(friday.long == "Fri 28 Feb 2025")
        #expect(Day(ordinal: friday.ordinal) == friday)
        #expect(Day(iso: "2025-02-29") == nil)
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2025-2-28") == nil)
        #expect(try #require(Day(iso: "2025-02-26")) < friday)
    }
}
