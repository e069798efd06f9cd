import BrowserCore
import CNCurses

/// Turns what `wget_wch` returns into keys: a character (OK) or a key code (KEY_CODE_YES).
enum KeyDecoder {
    enum Decoded: Equatable {
        case key(Key)
        case resize
        case mouse
        case none
    }

    static func decode(status: Int32, value: UInt32) -> Decoded {
        if status == nc_key_code_yes() { return decodeKeyCode(Int32(bitPattern: value)) }
        guard status != nc_err() else { return .none }
        return decodeCharacter(value)
    }

    static func decodeCharacter(_ value: UInt32) -> Decoded {
        switch value {
        case 0x0D, 0x0A: return .key(.enter)
        case 0x09: return .key(.tab)
        case 0x1B: return .key(.escape)
        case 0x7F, 0x08: return .key(.backspace)
        case 0x01...0x1A: return .key(.control(Character(Unicode.Scalar(UInt8(value + 0x60)))))
        case 0x00, 0x1C...0x1F: return .none
        default:
            guard let scalar = Unicode.Scalar(value) else { return .none }
            return .key(.character(Character(scalar)))
        }
    }

    static func decodeKeyCode(_ code: Int32) -> Decoded {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return .mouse
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        default:
            for number in 1...12 where code == nc_key_f(Int32(number)) { return .key(.function(number)) }
            return .none
        }
    }
}
