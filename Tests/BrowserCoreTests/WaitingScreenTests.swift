import Testing

@testable import BrowserCore

/// The screen shown while a long article is drafted (issue 15): what, how long, how to leave.
@Suite struct WaitingScreenTests {
    @Test func itSaysWhatIsDoneForHowLongAndHowToLeave() {
        let text = WaitingScreen.render(
            size: Size(width: 80, height: 24), doing: "Drafting report.txt", seconds: 3, ascii: false
        ).textLines.joined(separator: "\n")
        #expect(text.contains("Drafting report.txt\u{2026}"))
        #expect(text.contains("3 seconds so far"))
        #expect(text.contains("q or Ctrl-C stops and quits"))
    }

    /// A file name is untrusted: its control characters are shown, never sent to the terminal.
    @Test func aHostileFileNameIsVisibleText() {
        let grid = WaitingScreen.render(
            size: Size(width: 80, height: 24), doing: "Drafting \u{1B}]52;c;AAAA\u{07}x.txt", seconds: 1, ascii: true)
        let text = grid.textLines.joined(separator: "\n")
        #expect(text.contains("Drafting ^[]52;c;AAAA^Gx.txt..."))
        #expect(!grid.cells.contains { $0.character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
        #expect(text.contains("1 second so far"))
    }

    @Test func everySizeFromOneByOneIsDrawnWithoutATrap() {
        for width in [1, 2, 10, 40, 300] {
            for height in [1, 2, 5, 24, 100] {
                let grid = WaitingScreen.render(
                    size: Size(width: width, height: height), doing: String(repeating: "w", count: 500), seconds: 99,
                    ascii: false)
                #expect(grid.textLines.count == height)
                #expect(grid.textLines.allSatisfy { DisplayWidth.of($0) == width })
            }
        }
    }
}
