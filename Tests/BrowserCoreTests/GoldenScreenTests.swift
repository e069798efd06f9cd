import Foundation
import Testing

@testable import BrowserCore

/// Every view and the help overlay at 80x24 and 120x40, as text, against committed files.
@Suite struct GoldenScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    static let cases: [(name: String, script: String)] = [
        ("overview", ""),
        ("entities", "2"),
        ("entities-detail", "2 j Tab"),
        ("timeline", "3 j j j j j"),
        ("narratives", "4"),
        ("narratives-detail", "4 Enter"),
        ("narratives-matrix", "4 m"),
        ("source-framework", "4 Enter l s"),
        ("source-all", "5"),
        ("help-narratives", "4 ?"),
        ("search-framework", "/framework"),
        ("timeline-filter-picker", "3 &"),
    ]

    @Test(arguments: sizes)
    func goldenScreens(size: Size) {
        for (name, script) in Self.cases {
            let state = drive(keys(script), size: size).state
            assertGolden("\(name)-\(size.width)x\(size.height)", render(state, sharedContext))
        }
    }

    @Test func smallSizesAndTheTooSmallNotice() {
        for size in [Size(width: 40, height: 10), Size(width: 20, height: 5), Size(width: 1, height: 1)] {
            let state = drive(keys("4 Enter"), size: size).state
            assertGolden("narratives-detail-\(size.width)x\(size.height)", render(state, sharedContext))
        }
    }

    @Test func asciiMode() {
        let state = drive(keys("4 Enter"), context: asciiContext).state
        let grid = render(state, asciiContext)
        #expect(grid.textLines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
        assertGolden("narratives-detail-ascii-80x24", grid)
    }

    /// With --ascii (or a non-UTF-8 locale), the help and its legend show the marks the
    /// screen draws: the top of each help, and its end, where the legend is.
    @Test func asciiHelpAndMarks() {
        for (name, script) in [
            ("timeline-ascii", "3"),
            ("help-overview-ascii", "?"),
            ("help-timeline-ascii", "3 ?"),
            ("help-timeline-ascii-end", "3 ? G"),
            ("help-narratives-ascii", "4 ?"),
            ("help-narratives-ascii-end", "4 ? G"),
            ("help-narratives-matrix-ascii-end", "4 m ? G"),
            ("help-entities-ascii-end", "2 ? G"),
        ] {
            let state = drive(keys(script), context: asciiContext).state
            let grid = render(state, asciiContext)
            #expect(grid.textLines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }, "\(name)")
            assertGolden("\(name)-80x24", grid)
        }
    }

    /// Recording a golden writes it and fails, so a recorded golden is always looked at.
    @Test func recordingAGoldenWritesItAndFails() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("goldens-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var grid = Grid(size: Size(width: 4, height: 1))
        grid.put("ab", x: 0, y: 0, role: .normal)
        withKnownIssue {
            assertGolden("sample", grid, recording: true, directory: directory)
        }
        let written = try String(contentsOf: directory.appendingPathComponent("sample.txt"), encoding: .utf8)
        #expect(written == grid.snapshot)
        // Then it compares, and passes.
        assertGolden("sample", grid, recording: false, directory: directory)
    }
}
