@_spi(_Unicode) import Swift

/// Folding for search: case-insensitive and diacritic-insensitive ("Zelenský" finds
/// "zelensky"). Canonical decomposition splits a letter from its accents, which are
/// then dropped; a few letters that have no decomposition are mapped by hand.
public func foldForSearch(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    foldScalars(text) { out.append($0) }
    return String(out)
}

func foldScalars<Text: StringProtocol>(_ text: Text, _ emit: (Unicode.Scalar) -> Void) {
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
        if scalar.value < FoldTable.limit {
            // Latin-1 and Latin Extended: precomputed once.
            FoldTable.latin[Int(scalar.value)].forEach(emit)
        } else if scalar.properties.isIdeographic {
            // CJK ideographs have neither case nor accents.
            emit(scalar)
        } else {
            foldSlowly(scalar, emit)
        }
    }
}

private func foldSlowly(_ scalar: Unicode.Scalar, _ emit: (Unicode.Scalar) -> Void) {
    for part in String(scalar)._nfd
    where part.properties.canonicalCombiningClass == .notReordered
        && !part.properties.isDiacriticMark
    {
        if let replacement = undecomposableLetters[part] {
            replacement.unicodeScalars.forEach(emit)
        } else {
            part.properties.lowercaseMapping.unicodeScalars.forEach(emit)
        }
    }
}

/// The folded form of every scalar below U+0250, worked out once.
private enum FoldTable {
    static let limit: UInt32 = 0x250
    static let latin: [[Unicode.Scalar]] = (0..<limit).map { value in
        guard let scalar = Unicode.Scalar(value) else { return [] }
        if value < 0x80 {
            return [scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar]
        }
        var folded: [Unicode.Scalar] = []
        foldSlowly(scalar) { folded.append($0) }
        return folded
    }
}

extension Unicode.Scalar.Properties {
    fileprivate var isDiacriticMark: Bool {
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
