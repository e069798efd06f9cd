@_spi(_Unicode) import Swift

/// Folding for search: case-insensitive and diacritic-insensitive ("Zelenský" finds
/// "zelensky"). Canonical decomposition splits a letter from its accents, which are
/// then dropped; a few letters that have no decomposition are mapped by hand.
public func foldForSearch(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    foldScalars(text) { out.append($0) }
    return String(out)
}

func foldScalars(_ text: String, _ emit: (Unicode.Scalar) -> Void) {
    for scalar in text.unicodeScalars {
        if scalar.value < 0x80 {
            // ASCII fast path.
            if scalar.value >= 0x41 && scalar.value <= 0x5A {
                emit(Unicode.Scalar(UInt8(scalar.value + 0x20)))
            } else {
                emit(scalar)
            }
            continue
        }
        for part in String(scalar)._nfd where part.properties.canonicalCombiningClass == .notReordered
            && !part.properties.isDiacriticMark {
            if let replacement = undecomposableLetters[part] {
                replacement.unicodeScalars.forEach(emit)
            } else {
                part.properties.lowercaseMapping.unicodeScalars.forEach(emit)
            }
        }
    }
}

private extension Unicode.Scalar.Properties {
    var isDiacriticMark: Bool {
        switch generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: true
        default: false
        }
    }
}

private let undecomposableLetters: [Unicode.Scalar: String] = [
    "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ħ": "h", "Ħ": "h",
    "ı": "i", "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th",
    "\u{2019}": "'", "\u{2018}": "'",
]
