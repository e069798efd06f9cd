import BrowserCore
import CNCurses

/// Draws grids with ncurses, rewriting only the rows that changed since the last frame;
/// ncurses then sends the terminal only the cells that differ (wnoutrefresh + doupdate).
struct GridPainter {
    private var previous: Grid?
    private let palette: Palette

    init(palette: Palette) { self.palette = palette }

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
                row[count] = makeCell(cell)
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

    private func makeCell(_ cell: Cell) -> cchar_t {
        var result = cchar_t()
        // A grapheme is a base character plus up to four combining marks (CCHARW_MAX is 5).
        var characters = cell.character.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        characters.withUnsafeBufferPointer { buffer in
            _ = setcchar(&result, buffer.baseAddress, palette[cell.role], palette.pair(cell.role), nil)
        }
        return result
    }
}
