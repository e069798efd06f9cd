import CByteSearch

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Byte-for-byte substring search with glibc's memmem, which is linear in the haystack
/// and the needle (two-way matching) even for repetitive text. `body` gets each offset
/// where `needle` starts, in order, and returns false to stop. An empty needle occurs
/// nowhere.
func forEachOccurrence(
    of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
    _ body: (Int) -> Bool
) {
    guard !needle.isEmpty, haystack.count >= needle.count,
        let base = haystack.baseAddress, let wanted = needle.baseAddress
    else { return }
    var start = 0
    while haystack.count - start >= needle.count {
        guard let hit = storyscope_memmem(base + start, haystack.count - start, wanted, needle.count) else { return }
        let offset = UnsafeRawPointer(base).distance(to: hit)
        if !body(offset) { return }
        start = offset + 1
    }
}

/// Whether `needle` occurs in `haystack`, byte for byte; an empty needle always does.
func containsBytes(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
    if needle.isEmpty { return true }
    var found = false
    forEachOccurrence(of: needle, in: haystack) { _ in
        found = true
        return false
    }
    return found
}

/// Whether `needle` occurs in `text` byte for byte (verbatim: no Unicode equivalence).
public func containsVerbatim(_ text: String, _ needle: String) -> Bool {
    var text = text
    var needle = needle
    return text.withUTF8 { haystack in needle.withUTF8 { containsBytes(haystack, $0) } }
}

/// Whether two strings have the same UTF-8 bytes (String's == compares by Unicode canonical
/// equivalence): a length check, then memcmp over the strings' own storage.
func sameBytes(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    var a = a
    var b = b
    return a.withUTF8 { x in b.withUTF8 { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
}
