/// A terminal size in cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var description: String { "\(width)x\(height)" }
}

/// A rectangle of cells: x and y from the top left, then width and height.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var isEmpty: Bool { width == 0 || height == 0 }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    /// The top `count` rows, and what is left below them.
    public func splitTop(_ count: Int) -> (top: Rect, rest: Rect) {
        let top = min(max(0, count), height)
        return (Rect(x: x, y: y, width: width, height: top), Rect(x: x, y: y + top, width: width, height: height - top))
    }

    /// The left `count` columns, and what is left beside them.
    public func splitLeft(_ count: Int) -> (left: Rect, rest: Rect) {
        let left = min(max(0, count), width)
        return (
            Rect(x: x, y: y, width: left, height: height), Rect(x: x + left, y: y, width: width - left, height: height)
        )
    }

    public func inset(left: Int = 0, right: Int = 0, top: Int = 0, bottom: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// Splits into `count` columns separated by `gap` cells; the last column takes the remainder.
    public func columns(_ count: Int, gap: Int) -> [Rect] {
        guard count > 0 else { return [] }
        let usable = max(0, width - gap * (count - 1))
        let each = usable / count
        return (0..<count).map { index in
            let left = x + index * (each + gap)
            let columnWidth = index == count - 1 ? max(0, maxX - left) : each
            return Rect(x: left, y: y, width: columnWidth, height: height)
        }
    }
}
