/// One terminal cell: a grapheme, what it means, and whether it is the right half of a wide
/// grapheme drawn in the cell before it.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var role: Role
    public var isWideTail: Bool

    public init(_ character: Character = " ", role: Role = .normal, isWideTail: Bool = false) {
        self.character = character
        self.role = role
        self.isWideTail = isWideTail
    }
}

/// The whole screen as cells, row-major. Rendering writes into a grid and the terminal layer
/// draws it; tests read it as text. Every write clips to the grid, so no size traps.
public struct Grid: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// What the writes did, when asked for (tests): text written over text, text cut without
    /// an ellipsis. Nil otherwise, and then nothing is recorded.
    public private(set) var record: WriteRecord?

    public init(size: Size, role: Role = .normal, recording: Bool = false) {
        self.size = size
        self.cells = Array(repeating: Cell(role: role), count: size.width * size.height)
        if recording { record = WriteRecord(cellCount: size.width * size.height) }
    }

    /// Two grids are equal when they look the same; the record is not part of the picture.
    public static func == (a: Grid, b: Grid) -> Bool { a.size == b.size && a.cells == b.cells }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// The characters below U+0300 (ASCII and the Latin blocks), made once: grid writes of
    /// Latin text copy them instead of building a string per cell.
    private static let latin: [Character] = (0..<0x300).map { Character(Unicode.Scalar(UInt32($0))!) }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    /// Writes prepared text (see `TextStyle.prepare`) at (x, y), at most `maxWidth` cells
    /// wide, and returns the number of cells used. Each grapheme is written as the cells
    /// `DisplayWidth.cells(of:)` gives, so the terminal places them as the grid does. A wide
    /// cell that would straddle the limit is replaced by a space; zero-width graphemes are
    /// dropped.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, role: Role, maxWidth: Int? = nil) -> Int {
        guard record != nil else { return write(text, x: x, y: y, role: role, maxWidth: maxWidth) }
        return recordedWrite(text, x: x, y: y, role: role, maxWidth: maxWidth, checksOverlap: true)
    }

    /// Writes a mark over whatever is there on purpose (the selected event on the time axis,
    /// over the mark of an event sharing its column): never recorded as an overlap.
    @discardableResult
    public mutating func overwrite(_ text: some StringProtocol, x: Int, y: Int, role: Role, maxWidth: Int? = nil)
        -> Int
    {
        guard record != nil else { return write(text, x: x, y: y, role: role, maxWidth: maxWidth) }
        return recordedWrite(text, x: x, y: y, role: role, maxWidth: maxWidth, checksOverlap: false)
    }

    /// `write`, noting in the record the text it cut and the text it wrote over.
    private mutating func recordedWrite(
        _ text: some StringProtocol, x: Int, y: Int, role: Role, maxWidth: Int?, checksOverlap: Bool
    ) -> Int {
        let inside = y >= 0 && y < size.height && x < size.width
        let first = max(0, x)
        let textWidth = DisplayWidth.of(text)
        let limit = inside ? min(size.width, x + min(textWidth, maxWidth ?? size.width)) : first
        let before = inside && first < limit ? Array(cells[(y * size.width + first)..<(y * size.width + limit)]) : []
        let used = write(text, x: x, y: y, role: role, maxWidth: maxWidth)
        var drawn = Substring(text)
        while drawn.last == " " { drawn.removeLast() }
        if used < textWidth, DisplayWidth.of(drawn) > used {
            record!.clips.append(WriteRecord.Clip(x: x, y: y, text: String(text), width: used))
        }
        guard inside else { return used }
        for (offset, old) in before.enumerated() where first + offset < x + used {
            let index = y * size.width + first + offset
            let new = cells[index]
            if checksOverlap, record!.holdsText[index], !new.isWideTail, new.character != old.character {
                record!.overlaps.append(
                    WriteRecord.Overlap(x: first + offset, y: y, was: old.character, now: new.character))
            }
            record!.holdsText[index] = !new.isWideTail && WriteRecord.isText(new.character)
        }
        return used
    }

    private mutating func write(_ text: some StringProtocol, x: Int, y: Int, role: Role, maxWidth: Int?) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = min(size.width, x + (maxWidth ?? size.width))
        var column = x
        // Most text on screen is ASCII or Latin: one scalar, one grapheme, one cell, so no
        // grapheme breaking.
        if DisplayWidth.isSimple(text) {
            let end = max(x, min(limit, x + text.unicodeScalars.count))
            let table = Self.latin
            putRun(from: x, to: end, y: y) { buffer, rowStart in
                var column = x
                for scalar in text.unicodeScalars {
                    if column >= end { break }
                    if column >= 0 { buffer[rowStart + column] = Cell(table[Int(scalar.value)], role: role) }
                    column += 1
                }
            }
            return end - x
        }
        var full = false
        for character in text {
            DisplayWidth.forEachCell(of: character) { cell in
                if full { return }
                if column + cell.width > limit {
                    if column < limit && column >= 0 {
                        self[column, y] = Cell(" ", role: role)
                        column += 1
                    }
                    full = true
                    return
                }
                if column >= 0 {
                    clearWide(at: column, y: y)
                    self[column, y] = Cell(cell.character, role: role)
                    if cell.width == 2 {
                        clearWide(at: column + 1, y: y)
                        self[column + 1, y] = Cell(" ", role: role, isWideTail: true)
                    }
                }
                column += cell.width
            }
            if full { break }
        }
        return column - x
    }

    /// Writes one-cell graphemes to columns `from..<to` of row `y` through `body`. Only the end
    /// cells can cut a wide grapheme in two (the rest are overwritten whole), so only they
    /// are checked.
    private mutating func putRun(
        from start: Int, to end: Int, y: Int,
        _ body: (inout UnsafeMutableBufferPointer<Cell>, Int) -> Void
    ) {
        let first = max(start, 0)
        guard first < end else { return }
        clearWide(at: first, y: y)
        if end - 1 != first { clearWide(at: end - 1, y: y) }
        let rowStart = y * size.width
        cells.withUnsafeMutableBufferPointer { body(&$0, rowStart) }
    }

    /// Keeps wide graphemes whole when a write lands on half of one.
    private mutating func clearWide(at x: Int, y: Int) {
        guard x < size.width else { return }
        let cell = self[x, y]
        if !cell.isWideTail && cell.character.utf8.count == 1 { return }
        if cell.isWideTail, x > 0 {
            self[x - 1, y] = Cell(" ", role: self[x - 1, y].role)
        } else if DisplayWidth.of(cell.character) == 2, x + 1 < size.width {
            self[x + 1, y] = Cell(" ", role: self[x + 1, y].role)
        }
    }

    /// Fills a rectangle; what was there is gone, so text drawn on it after is not over text.
    /// A wide grapheme half inside the rectangle goes whole (a box over a page of Chinese
    /// text), so every row keeps its width.
    public mutating func fill(_ rect: Rect, role: Role, character: Character = " ") {
        let clipped = rect.clipped(to: bounds)
        for y in clipped.y..<clipped.maxY {
            clearWide(at: clipped.x, y: y)
            if clipped.maxX - 1 != clipped.x { clearWide(at: clipped.maxX - 1, y: y) }
            for x in clipped.x..<clipped.maxX {
                self[x, y] = Cell(character, role: role)
                record?.holdsText[y * size.width + x] = false
            }
        }
    }

    /// Changes the role of cells without changing their text (selection bars, highlights).
    public mutating func setRole(_ rect: Rect, role: Role) {
        let clipped = rect.clipped(to: bounds)
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { cells[y * size.width + x].role = role }
        }
    }

    /// Each row as text, wide tails left out, so a row reads as it looks.
    public var textLines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width where !self[x, y].isWideTail { line.append(self[x, y].character) }
            return line
        }
    }

    /// The display width of a row: always `size.width` for a grid built through `put`.
    public func rowWidth(_ y: Int) -> Int {
        (0..<size.width).reduce(0) { total, x in
            let cell = self[x, y]
            return total + (cell.isWideTail ? 0 : DisplayWidth.of(cell.character))
        }
    }
}

/// What a recording grid saw: for the tests of the fitting rules (see `Fit`).
public struct WriteRecord: Sendable {
    /// Text written where other text was, and not cleared by a fill in between.
    public struct Overlap: Sendable, Hashable {
        public var x: Int
        public var y: Int
        public var was: Character
        public var now: Character
    }

    /// Text that `put` cut to its width itself, with no ellipsis: every cut must go through `Fit`.
    public struct Clip: Sendable, Hashable {
        public var x: Int
        public var y: Int
        public var text: String
        /// The cells it was given.
        public var width: Int
    }

    public var overlaps: [Overlap] = []
    public var clips: [Clip] = []
    /// For each cell, whether text was written there since it was last filled.
    var holdsText: [Bool]

    init(cellCount: Int) { holdsText = [Bool](repeating: false, count: cellCount) }

    /// Whether a character is text, as opposed to a blank or a line drawn around text (borders,
    /// separators, the time axis), which text may be written over.
    static func isText(_ character: Character) -> Bool {
        if character == " " || character == "\u{00A0}" { return false }
        if character == "-" || character == "|" || character == "+" { return false }
        if let scalar = character.unicodeScalars.first, (0x2500...0x257F).contains(scalar.value) { return false }
        return true
    }
}

extension Rect {
    func clipped(to other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: max(0, right - left), height: max(0, bottom - top))
    }
}
