/// What a cell means, never what colour it is: the terminal layer maps roles to colours
/// and attributes (and to reverse, bold, underline on a monochrome terminal).
public enum Role: UInt8, Sendable, CaseIterable {
    case normal
    case dim
    case heading
    case titleBar
    case titleBarCurrent
    case statusBar
    case statusKey
    case selection
    case selectionUnfocused
    case link
    case linkSelected
    case quote
    case date
    case inferred
    case sideA
    case sideB
    case sideC
    case highlight
    case highlightCurrent
    case border
    case borderFocused
    case error
    case axis
    case pending
    /// Evidence in the Source view when no item is in focus: a light mark on much of the text.
    case evidence
}

/// The marks the browser draws, in Unicode and in plain ASCII.
public struct Glyphs: Sendable, Hashable {
    public var verticalLine: Character
    public var horizontalLine: Character
    public var bullet: Character
    public var arrow: String
    public var inferredMark: String
    public var ellipsis: String
    public var scrollThumb: Character
    public var scrollTrack: Character

    public static let unicode = Glyphs(
        verticalLine: "│", horizontalLine: "─", bullet: "•", arrow: "→",
        inferredMark: "~", ellipsis: "…", scrollThumb: "█", scrollTrack: "│")
    public static let ascii = Glyphs(
        verticalLine: "|", horizontalLine: "-", bullet: "*", arrow: "->",
        inferredMark: "~", ellipsis: "...", scrollThumb: "#", scrollTrack: "|")
}
