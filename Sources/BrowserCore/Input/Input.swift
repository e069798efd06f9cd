import StoryModel

/// Something that happens to the browser: a key, or a new terminal size.
public enum Input: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    case mouse(MouseEvent)
}

/// A mouse event at a cell (with `--mouse`).
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case click, wheelUp, wheelDown }
    public var x: Int
    public var y: Int
    public var kind: Kind

    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }
}
