/// Word-at-a-time byte tests ("SWAR"): eight bytes per step for the scans that run over a
/// whole file (UTF-8 validation, string bodies, column counting), so that a 100 MB input
/// is cheap even in a debug build.
enum ByteScanning {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
    }

    /// True when any byte of the word is below `limit` (which must be at most 0x80).
    @inline(__always)
    static func hasByte(below limit: UInt8, _ word: UInt64) -> Bool {
        ((word &- ones &* UInt64(limit)) & ~word & highs) != 0
    }

    /// True when any byte of the word equals `value`.
    @inline(__always)
    static func hasByte(equalTo value: UInt8, _ word: UInt64) -> Bool {
        let folded = word ^ (ones &* UInt64(value))
        return ((folded &- ones) & ~folded & highs) != 0
    }

    /// The index of the first byte at or after `start` that is not plain ASCII text inside a
    /// JSON string: a quote, a backslash, a control byte or a non-ASCII byte.
    @inline(__always)
    static func skipPlainStringBytes(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index + 8 <= bytes.count {
            let value = word(bytes, at: index)
            if value & highs != 0 || hasByte(below: 0x20, value) || hasByte(equalTo: 0x22, value)
                || hasByte(equalTo: 0x5C, value)
            {
                break
            }
            index += 8
        }
        return index
    }

    /// The index of the first non-ASCII byte at or after `start` and before `end` (the
    /// whole buffer by default), or `end`.
    @inline(__always)
    static func skipASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int? = nil) -> Int {
        let end = end ?? bytes.count
        var index = start
        while index + 8 <= end, word(bytes, at: index) & highs == 0 { index += 8 }
        while index < end, bytes[index] < 0x80 { index += 1 }
        return index
    }
}
