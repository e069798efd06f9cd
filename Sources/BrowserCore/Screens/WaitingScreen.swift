/// The screen shown while a story is still being drafted or loaded, once that takes longer than
/// a moment: what is being done, for how long, and how to leave. Drawn by the terminal layer
/// before the browser has a story; the keys it names work at once.
public enum WaitingScreen {
    /// How long the terminal stays blank before this screen shows: a quick draft never flashes it.
    public static let delayMilliseconds = 250

    /// `doing`: "Drafting article.txt" (any file name: shown as visible text); `seconds`: how
    /// long it has taken so far.
    public static func render(size: Size, doing: String, seconds: Int, ascii: Bool) -> Grid {
        var grid = Grid(size: size)
        guard size.width > 0, size.height > 0 else { return grid }
        let style = TextStyle(ascii: ascii)
        grid.put(Wrap.clip(" storyscope", width: size.width), x: 0, y: 0, role: .titleBar)
        for column in DisplayWidth.of(Wrap.clip(" storyscope", width: size.width))..<size.width {
            grid.put(" ", x: column, y: 0, role: .titleBar)
        }
        let ellipsis = ascii ? "..." : "\u{2026}"
        let lines = [
            (style.prepare(doing) + ellipsis, Role.heading),
            (seconds == 1 ? "1 second so far" : "\(seconds) seconds so far", .dim),
            ("", .normal),
            ("q or Ctrl-C stops and quits", .normal),
        ]
        let top = max(1, (size.height - lines.count) / 2)
        for (offset, (line, role)) in lines.enumerated() {
            let text = Wrap.clip(line, width: size.width, ellipsis: ellipsis)
            grid.put(text, x: max(0, (size.width - DisplayWidth.of(text)) / 2), y: top + offset, role: role)
        }
        return grid
    }
}
