import BrowserCore
import CNCurses

/// How roles look: colour pairs where the terminal has colours, attributes alone where it
/// has none (or the user said NO_COLOR). Meaning never rests on colour alone: selections
/// are reversed, headings bold, links underlined, in every mode.
struct Palette {
    /// Attributes without colour, and the colour pair, per role: setcchar takes the pair as
    /// its own argument and ignores pair bits in the attributes.
    private var attributes: [attr_t]
    private var pairs: [Int16]

    enum Depth {
        case none
        case basic
        case extended
    }

    init(depth: Depth) {
        let bold = nc_a_bold()
        let reverse = nc_a_reverse()
        let underline = nc_a_underline()
        let dim = nc_a_dim()
        // The shape of each role: attributes that carry its meaning without colour.
        func shape(_ role: Role) -> attr_t {
            switch role {
            case .normal, .quote, .date, .sideA, .sideB, .sideC, .axis, .border, .pending: 0
            case .dim, .inferred: dim
            case .heading, .titleBarCurrent, .borderFocused: bold
            case .titleBar, .statusBar: reverse
            case .statusKey: reverse | bold
            case .selection, .highlightCurrent, .linkSelected: reverse
            case .selectionUnfocused, .evidence: underline
            case .link: underline
            case .highlight: bold | underline
            case .error: bold | reverse
            }
        }
        var table = Role.allCases.map(shape)
        var pairTable = [Int16](repeating: 0, count: Role.allCases.count)
        if depth != .none {
            // Foreground colours only, on the terminal's own background, so they read on
            // dark and light themes alike (-1 is the default colour). With 256 colours the
            // tones are mid-range ones that stay legible on both; with 8, the basic set.
            let basic: [Role: (Int16, Int16)] = [
                .heading: (Int16(COLOR_CYAN), -1),
                .link: (Int16(COLOR_BLUE), -1),
                .quote: (Int16(COLOR_GREEN), -1),
                .date: (Int16(COLOR_YELLOW), -1),
                .inferred: (Int16(COLOR_YELLOW), -1),
                .sideA: (Int16(COLOR_RED), -1),
                .sideB: (Int16(COLOR_BLUE), -1),
                .sideC: (Int16(COLOR_MAGENTA), -1),
                .highlight: (Int16(COLOR_BLACK), Int16(COLOR_YELLOW)),
                .highlightCurrent: (Int16(COLOR_YELLOW), -1),
                .titleBarCurrent: (Int16(COLOR_YELLOW), -1),
                .borderFocused: (Int16(COLOR_CYAN), -1),
                .pending: (Int16(COLOR_MAGENTA), -1),
                .error: (Int16(COLOR_RED), -1),
                .axis: (Int16(COLOR_CYAN), -1),
            ]
            let extended: [Role: (Int16, Int16)] = [
                .heading: (31, -1), .link: (33, -1), .quote: (28, -1), .date: (136, -1), .inferred: (136, -1),
                .sideA: (160, -1), .sideB: (26, -1), .sideC: (91, -1), .highlight: (16, 229),
                .highlightCurrent: (172, -1), .titleBarCurrent: (178, -1), .borderFocused: (31, -1),
                .pending: (127, -1), .error: (160, -1), .axis: (30, -1),
            ]
            let colors = depth == .extended ? extended : basic
            var pair: Int16 = 1
            for role in Role.allCases {
                guard let (foreground, background) = colors[role], Int32(pair) < nc_color_pairs() else { continue }
                if init_pair(pair, foreground, background) != nc_err() {
                    pairTable[Int(role.rawValue)] = pair
                    // The highlight is a coloured background rather than an underline.
                    if role == .highlight { table[Int(role.rawValue)] &= ~underline }
                }
                pair += 1
            }
        }
        attributes = table
        pairs = pairTable
    }

    subscript(role: Role) -> attr_t { attributes[Int(role.rawValue)] }

    func pair(_ role: Role) -> Int16 { pairs[Int(role.rawValue)] }
}
