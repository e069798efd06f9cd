/// Greedy word wrap by display width, the one rule every wrapped text follows (pages and the
/// Source view): a word goes on the row if it fits there with the space before it; otherwise a
/// new row starts and the space is not drawn; a word wider than what is left of a row is cut
/// between characters (never inside one). Spaces at the start of a row are not drawn, except,
/// where asked, at the start of the first (an indented source line stays indented).
///
/// The caller splits its text into words at each space (two spaces make an empty word between
/// them), asks `fit` where each goes, and draws; `x` follows what was drawn.
struct WordWrap {
    enum Placement: Equatable {
        /// Start a new row (`startRow`), then place the word there without its space.
        case newRow
        /// Stay on this row; draw the space before the word or not.
        case sameRow(drawsSpace: Bool)
    }

    /// The column just past the last one a row may use.
    let end: Int
    /// Where rows after the first start (a hanging indent).
    let restStart: Int
    let keepsLeadingSpaces: Bool
    /// The next free column.
    private(set) var x: Int
    private(set) var rowIsEmpty = true
    private var onFirstRow = true

    init(start: Int, restStart: Int, end: Int, keepsLeadingSpaces: Bool = false) {
        self.end = end
        self.restStart = restStart
        self.keepsLeadingSpaces = keepsLeadingSpaces
        x = start
    }

    /// Cells left on the row.
    var room: Int { end - x }

    /// Where a word of `width` cells goes, after a space when `spaced`.
    func fit(width: Int, spaced: Bool) -> Placement {
        let space = spaced ? 1 : 0
        if !rowIsEmpty { return space + width > room ? .newRow : .sameRow(drawsSpace: spaced) }
        // On an empty row a space is drawn only at the start of the first, and only with the
        // word it comes before.
        return .sameRow(drawsSpace: spaced && keepsLeadingSpaces && onFirstRow && space + width <= room)
    }

    mutating func startRow() {
        x = restStart
        rowIsEmpty = true
        onFirstRow = false
    }

    /// Records `width` cells drawn at `x`.
    mutating func advance(_ width: Int) {
        x += width
        if width > 0 { rowIsEmpty = false }
    }

    /// The longest prefix of `word` that fits in `room` cells, and its width; used to cut a word
    /// wider than the rest of a row.
    static func prefix(of word: Substring, fitting room: Int) -> (text: Substring, width: Int) {
        var used = 0
        var end = word.startIndex
        for index in word.indices {
            let characterWidth = DisplayWidth.of(word[index])
            if used + characterWidth > room { break }
            used += characterWidth
            end = word.index(after: index)
        }
        return (word[..<end], used)
    }

    /// The rows of a run of characters (the Source view's lines), as index ranges into
    /// `characters`; none for empty text. Spaces that a wrap leaves out fall between rows.
    /// Words that `keep` joins (dates, quantities, names) go on one row where they fit on one.
    static func rows(_ characters: [Character], width: Int, keep: KeepTogether = KeepTogether()) -> [Range<Int>] {
        var rows: [Range<Int>] = []
        var wrap = WordWrap(start: 0, restStart: 0, end: width, keepsLeadingSpaces: true)
        // The characters drawn on the current row so far.
        var row: Range<Int>?
        func draw(_ range: Range<Int>, width: Int) {
            row = (row?.lowerBound ?? range.lowerBound)..<range.upperBound
            wrap.advance(width)
        }
        func endRow() {
            if let row { rows.append(row) }
            row = nil
            wrap.startRow()
        }
        // Words between single spaces (two spaces make an empty word between them).
        var words: [Range<Int>] = []
        var start = 0
        for (index, character) in characters.enumerated() where character == " " {
            words.append(start..<index)
            start = index + 1
        }
        words.append(start..<characters.count)
        let widths = words.map { range in characters[range].reduce(0) { $0 + DisplayWidth.of($1) } }
        let joins = keep.joins(
            count: words.count, first: { words[$0].isEmpty ? nil : characters[words[$0].lowerBound] },
            word: { Substring(String(characters[words[$0]])) })
        // The last word of a run of joined words being placed on one row.
        var together = -1
        for (number, range) in words.enumerated() {
            let wordStart = range.lowerBound
            let wordEnd = range.upperBound
            let spaced = number > 0
            var remaining = widths[number]
            if number <= together {
                // Inside a run that fits on this row: the space and the word.
                draw((wordStart - 1)..<wordStart, width: 1)
                draw(range, width: remaining)
                continue
            }
            let (last, runWidth) = Self.run(from: number, joins: joins, widths: widths)
            let fitsOneRow = last > number && runWidth <= wrap.end - wrap.restStart
            if fitsOneRow { together = last }
            switch wrap.fit(width: fitsOneRow ? runWidth : remaining, spaced: spaced) {
            case .newRow: endRow()
            case .sameRow(let drawsSpace): if drawsSpace { draw((wordStart - 1)..<wordStart, width: 1) }
            }
            // A word wider than the rest of the row is cut between characters.
            var next = wordStart
            while remaining > wrap.room && wrap.room > 0 {
                var used = 0
                var count = 0
                while next + count < wordEnd, used + DisplayWidth.of(characters[next + count]) <= wrap.room {
                    used += DisplayWidth.of(characters[next + count])
                    count += 1
                }
                if count == 0 {
                    // Not even one character fits: on a fresh row it goes anyway, alone.
                    guard wrap.rowIsEmpty else {
                        endRow()
                        continue
                    }
                    count = 1
                    used = DisplayWidth.of(characters[next])
                }
                draw(next..<(next + count), width: used)
                next += count
                remaining -= used
                endRow()
            }
            if next < wordEnd { draw(next..<wordEnd, width: remaining) }
        }
        if let row { rows.append(row) }
        return rows
    }

    /// The words joined to word `first` and after it: the index of the last, and the width of
    /// them all with their spaces.
    static func run(from first: Int, joins: [Bool], widths: [Int]) -> (last: Int, width: Int) {
        var last = first
        var width = widths[first]
        while last + 1 < widths.count, joins[last] {
            last += 1
            width += 1 + widths[last]
        }
        return (last, width)
    }
}
