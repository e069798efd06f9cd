/// A key press, as the terminal layer decodes it.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl plus a letter, given in lower case (`.control("c")` for Ctrl-C).
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, escape, delete
    case function(Int)

    /// The key as help and hint texts write it.
    public var name: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let letter): "Ctrl-\(letter.uppercased())"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .escape: "Esc"
        case .delete: "Delete"
        case .function(let number): "F\(number)"
        }
    }
}

extension Key {
    /// Builds keys from a compact spec used by the keymap table: "j", "Down", "Ctrl-F".
    init(_ spec: String) {
        switch spec {
        case "Up": self = .up
        case "Down": self = .down
        case "Left": self = .left
        case "Right": self = .right
        case "PgUp": self = .pageUp
        case "PgDn": self = .pageDown
        case "Home": self = .home
        case "End": self = .end
        case "Enter": self = .enter
        case "Tab": self = .tab
        case "Shift-Tab": self = .backTab
        case "Backspace": self = .backspace
        case "Esc": self = .escape
        case "Delete": self = .delete
        case "Space": self = .character(" ")
        default:
            if spec.hasPrefix("Ctrl-"), let letter = spec.dropFirst(5).first {
                self = .control(Character(letter.lowercased()))
            } else if spec.hasPrefix("F"), spec.count > 1, let number = Int(spec.dropFirst()) {
                self = .function(number)
            } else {
                self = .character(spec.first ?? " ")
            }
        }
    }
}
