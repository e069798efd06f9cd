import StoryGenerator
import Testing

@testable import BrowserCore

/// The fast paths of `DisplayWidth.of` and `Grid.put` (ASCII, Latin) must agree with the
/// grapheme-by-grapheme path they short-cut, on any text.
@Suite struct TextWidthTests {
    /// Scalars that exercise every path: ASCII, Latin-1 and Latin Extended, a soft hyphen,
    /// C1 controls, combining marks, wide CJK, emoji with and without VS16, ZWJ.
    static let pool: [Unicode.Scalar] = [
        "a", "Z", " ", "-", "~", "é", "ß", "Ł", "ő", "\u{AD}", "\u{85}", "\u{301}", "\u{308}",
        "日", "本", "😀", "\u{FE0F}", "\u{200D}", "\u{2014}", "\u{201C}", "\u{1F1FA}", "\u{1F1E6}", "\u{A9}", "\u{AE}",
        "\u{7F}",
        "\u{1F3FD}", "\u{E0067}", "\u{915}", "\u{93E}", "\u{1100}", "\u{1161}", "\u{20E3}", "\u{4DC0}", "\u{378}",
        "\u{2764}",
    ]

    /// The width rule without shortcuts: the cells the cluster is drawn as.
    static func referenceWidth(_ character: Character) -> Int {
        DisplayWidth.cells(of: character).reduce(0) { $0 + $1.width }
    }

    static func randomText(_ random: inout SeededRandom) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<random.below(12) {
            // Mostly Latin, so the fast paths are taken often.
            let index = random.below(4) == 0 ? random.below(pool.count) : random.below(7)
            scalars.append(pool[index])
        }
        return String(scalars)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func fastPathsAgreeWithGraphemes(seed: UInt64) {
        var random = SeededRandom(state: seed)
        for _ in 0..<2000 {
            let text = Self.randomText(&random)
            for character in text {
                #expect(
                    DisplayWidth.of(character) == Self.referenceWidth(character),
                    "\(character.unicodeScalars.map { String($0.value, radix: 16) })")
            }
            let byGrapheme = text.reduce(0) { $0 + DisplayWidth.of($1) }
            #expect(DisplayWidth.of(text) == byGrapheme, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")

            // The grid after put, against the rule written out grapheme by grapheme.
            var grid = Grid(size: Size(width: 10, height: 1))
            let used = grid.put(text, x: 1, y: 0, role: .normal, maxWidth: 7)
            var expected = [Cell](repeating: Cell(), count: 10)
            var column = 1
            writing: for character in text {
                for cell in DisplayWidth.cells(of: character) {
                    if column + cell.width > 8 {
                        if column < 8 {
                            expected[column] = Cell(" ")
                            column += 1
                        }
                        break writing
                    }
                    expected[column] = Cell(cell.character)
                    if cell.width == 2 { expected[column + 1] = Cell(" ", isWideTail: true) }
                    column += cell.width
                }
            }
            let place = "\(text.unicodeScalars.map { String($0.value, radix: 16) })"
            #expect(used == column - 1, "\(place)")
            #expect(grid.cells == expected, "\(place)")
            #expect(grid.rowWidth(0) == 10)
        }
    }

    /// `Wrap.clip` (the rule of `Fit`) on any text: the whole text if it fits; else a prefix of
    /// it, never through a grapheme, then the ellipsis, within the width; the prefix ends at a
    /// word unless no space falls in the last third of the room.
    @Test(arguments: [UInt64(4), 5])
    func clipFollowsTheFitRule(seed: UInt64) {
        var random = SeededRandom(state: seed)
        for _ in 0..<2000 {
            let text = Self.randomText(&random)
            let width = random.below(9)
            let clipped = Wrap.clip(text, width: width)
            let place = "\(text.unicodeScalars.map { String($0.value, radix: 16) }) at \(width)"
            if width == 0 {
                #expect(clipped.isEmpty, "\(place)")
                continue
            }
            if DisplayWidth.of(text) <= width {
                #expect(clipped == text, "\(place)")
                continue
            }
            #expect(clipped.hasSuffix("…"), "\(place)")
            #expect(DisplayWidth.of(clipped) <= width, "\(place)")
            let kept = clipped.dropLast()
            #expect(text.hasPrefix(kept), "\(place)")
            // Cut inside a word: then no space in the last third of the room.
            let room = width - 1
            let rest = text.dropFirst(kept.count)
            if let next = rest.first, !Fit.separators.contains(next), let last = kept.last,
                !Fit.separators.contains(last)
            {
                var used = 0
                for character in text {
                    if used > room { break }
                    #expect(
                        character != " " || used < room - room / 3 || used > room,
                        "a space at \(used) of \(room) was a better cut: \(place)")
                    used += DisplayWidth.of(character)
                }
            }
        }
    }
}
