/// Greedy word wrap over characters, by display width: a word goes on the row if it fits with
/// the spaces before it; otherwise a new row starts, without those spaces, and a word wider
/// than a row is cut between characters (never inside one). Spaces at the start of the text
/// are kept, so an indented line stays indented.
enum WordWrap {
    /// The characters of each row, as index ranges into `characters`; none for empty text.
    static func rows(_ characters: [Character], width: Int) -> [Range<Int>] {
        var rows: [Range<Int>] = []
        var rowStart = 0
        var rowWidth = 0
        var index = 0
        while index < characters.count {
            // The next word and the spaces before it.
            var end = index
            while end < characters.count, characters[end] == " " { end += 1 }
            while end < characters.count, characters[end] != " " { end += 1 }
            let wordWidth = (index..<end).reduce(0) { $0 + DisplayWidth.of(characters[$1]) }
            if rowWidth + wordWidth <= width {
                rowWidth += wordWidth
            } else {
                if index > rowStart { rows.append(rowStart..<index) }
                // The spaces before the word do not start the new row.
                var next = index
                while next < end, characters[next] == " " { next += 1 }
                rowStart = next
                rowWidth = 0
                while next < end {
                    let characterWidth = DisplayWidth.of(characters[next])
                    if rowWidth + characterWidth > width, next > rowStart {
                        rows.append(rowStart..<next)
                        rowStart = next
                        rowWidth = 0
                    }
                    rowWidth += characterWidth
                    next += 1
                }
            }
            index = end
        }
        if characters.count > rowStart { rows.append(rowStart..<characters.count) }
        return rows
    }
}
