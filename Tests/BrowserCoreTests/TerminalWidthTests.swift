import StoryGenerator
import Testing

@testable import BrowserCore

#if canImport(Glibc)
import Glibc
#endif

/// The browser places cells where ncurses and the terminal will: by wcwidth, scalar by scalar,
/// and graphemes on which terminals disagree are drawn in a form they agree on.
@Suite struct TerminalWidthTests {
    /// The C library's wcwidth, looked up at run time: Swift's Glibc module leaves it out.
    static let wcwidth: @convention(c) (Int32) -> Int32 = {
        let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth")
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    @Test func everyCodePointIsAsWideAsWcwidthSays() {
        let saved = String(cString: setlocale(LC_CTYPE, nil))
        #expect(setlocale(LC_CTYPE, "C.UTF-8") != nil, "the C.UTF-8 locale is built into glibc")
        defer { setlocale(LC_CTYPE, saved) }
        var differences: [String] = []
        for value in UInt32(0)...0x10FFFF where !(0xD800...0xDFFF).contains(value) {
            let expected = Int(Self.wcwidth(Int32(bitPattern: value)))
            let actual = DisplayWidth.scalarWidth(Unicode.Scalar(value)!)
            if expected != actual, differences.count < 20 {
                differences.append("U+\(String(value, radix: 16)): \(actual), wcwidth \(expected)")
            }
        }
        #expect(differences.isEmpty, "\(differences)")
    }

    static func shown(_ text: String) -> [String] {
        text.flatMap { DisplayWidth.cells(of: $0).map { String($0.character) + ($0.width == 2 ? "²" : "") } }
    }

    @Test func clustersTerminalsDisagreeOnAreDrawnInAFormTheyAgreeOn() {
        #expect(Self.shown("🇺🇦") == ["U", "A"], "a flag as its letters")
        #expect(Self.shown("🇺") == ["U"], "a lone regional indicator as its letter")
        #expect(Self.shown("👨\u{200D}👩\u{200D}👧\u{200D}👦") == ["👨²"], "a ZWJ sequence as its first emoji")
        #expect(Self.shown("👍🏽") == ["👍²"], "no skin-tone modifier")
        #expect(Self.shown("❤️") == ["❤"], "no VS16: text presentation, one cell as wcwidth says")
        #expect(Self.shown("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}") == ["🏴²"], "no tag characters")
        #expect(Self.shown("1️⃣") == ["1\u{20E3}"], "a keycap: the digit and its enclosing mark")
        #expect(Self.shown("e\u{301}") == ["e\u{301}"], "a combining mark stays on its letter")
        #expect(Self.shown("का") == ["क", "ा"], "a spacing mark takes its own cell")
        #expect(Self.shown("\u{1100}\u{1161}\u{11A8}") == ["\u{1100}\u{1161}\u{11A8}²"], "Hangul jamo: one wide cell")
        #expect(Self.shown("\u{378}") == ["\u{FFFD}"], "an unassigned code point as U+FFFD")
        #expect(
            Self.shown("a\u{301}\u{302}\u{303}\u{304}\u{305}") == ["a\u{301}\u{302}\u{303}"],
            "at most three marks on a cell")
        #expect(Self.shown("क्\u{200D}ष").joined() == "क्\u{200D}ष", "a ZWJ in Devanagari is kept with what follows")
    }

    /// Random clusters from awkward scalars: every cell the grid holds is one spacing scalar
    /// followed only by zero-width ones, as wide as that scalar, and rows are exactly full.
    @Test(arguments: [UInt64(21), 22, 23])
    func everyCellIsOneSpacingScalarAndItsMarks(seed: UInt64) {
        let pool: [Unicode.Scalar] = [
            "a", "日", "😀", "👨", "\u{200D}", "\u{FE0F}", "\u{1F3FD}", "\u{1F1FA}", "\u{1F1E6}", "\u{301}",
            "\u{E0067}", "\u{E007F}", "\u{20E3}", "\u{915}", "\u{93E}", "\u{94D}", "\u{1100}", "\u{1161}",
            "\u{11A8}", "\u{378}", "\u{AD}", "\u{2764}", "\u{4DC0}", "\u{1F200}", "\u{600}",
        ]
        var random = SeededRandom(state: seed)
        for _ in 0..<1500 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<random.below(10) { scalars.append(pool[random.below(pool.count)]) }
            let text = String(scalars)
            var grid = Grid(size: Size(width: 12, height: 1))
            let used = grid.put(text, x: 0, y: 0, role: .normal)
            let place = "\(text.unicodeScalars.map { String($0.value, radix: 16) })"
            #expect(used == min(12, DisplayWidth.of(text)) || used == 12 || DisplayWidth.of(text) > 12, "\(place)")
            #expect(grid.rowWidth(0) == 12, "\(place)")
            for x in 0..<12 where !grid[x, 0].isWideTail {
                let cellScalars = Array(grid[x, 0].character.unicodeScalars)
                #expect(cellScalars.count <= 4, "\(place)")
                let width = DisplayWidth.scalarWidth(cellScalars[0])
                #expect(width == 1 || width == 2, "\(place)")
                #expect(cellScalars.dropFirst().allSatisfy { DisplayWidth.scalarWidth($0) == 0 }, "\(place)")
                #expect((x + 1 < 12 && grid[x + 1, 0].isWideTail) == (width == 2) || x == 11, "\(place)")
            }
        }
    }
}
