import BrowserCore
import CNCurses

/// Draws grids with ncurses, rewriting only the rows that changed since the last frame;
/// ncurses then sends the terminal only the cells that differ (wnoutrefresh + doupdate).
struct GridPainter {
    private var previous: Grid?
    private let palette: Palette
    /// The ncurses cell of each printable ASCII character in each role, made on first use:
    /// most cells of a frame are one of these.
    private var asciiCells: [cchar_t?]

    init(palette: Palette) {
        self.palette = palette
        asciiCells = Array(repeating: nil, count: Role.allCases.count * 128)
    }

    /// Forgets what is on screen, so the next paint redraws every row (Ctrl-L, resume).
    mutating func invalidate() { previous = nil }

    mutating func paint(_ grid: Grid, window: UnsafeMutablePointer<WINDOW>) {
        let width = grid.size.width
        let sameSize = previous?.size == grid.size
        if !sameSize { werase(window) }
        var row = [cchar_t](repeating: cchar_t(), count: width + 1)
        for y in 0..<grid.size.height {
            if sameSize, let previous, rowEqual(previous, grid, y) { continue }
            var count = 0
            for x in 0..<width {
                let cell = grid[x, y]
                if cell.isWideTail { continue }
                row[count] = cachedCell(cell)
                count += 1
            }
            row[count] = cchar_t()
            row.withUnsafeBufferPointer { buffer in
                _ = mvwadd_wchnstr(window, Int32(y), 0, buffer.baseAddress, Int32(count))
            }
        }
        // The cursor is hidden; park it at the bottom right, out of the way if it is not.
        wmove(window, Int32(max(0, grid.size.height - 1)), Int32(max(0, width - 1)))
        wnoutrefresh(window)
        doupdate()
        previous = grid
    }

    private func rowEqual(_ a: Grid, _ b: Grid, _ y: Int) -> Bool {
        let width = a.size.width
        let start = y * width
        return a.cells[start..<(start + width)] == b.cells[start..<(start + width)]
    }

    private mutating func cachedCell(_ cell: Cell) -> cchar_t {
        let utf8 = cell.character.utf8
        guard utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F else { return makeCell(cell) }
        let slot = Int(cell.role.rawValue) * 128 + Int(byte)
        if let known = asciiCells[slot] { return known }
        let made = makeCell(cell)
        asciiCells[slot] = made
        return made
    }

    private func makeCell(_ cell: Cell) -> cchar_t {
        var result = cchar_t()
        // A grapheme is a base character plus up to four combining marks (CCHARW_MAX is 5),
        // then a terminating zero: on the stack, as this runs for every cell of a new frame.
        var characters: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &characters) { raw in
            let buffer = raw.bindMemory(to: wchar_t.self)
            var count = 0
            for scalar in cell.character.unicodeScalars.prefix(4) {
                buffer[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            _ = setcchar(&result, buffer.baseAddress, palette[cell.role], palette.pair(cell.role), nil)
        }
        return result
    }
}
