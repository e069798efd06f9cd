#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Finds excerpts in one document, byte for byte, for the loader. The first lookups scan the
/// text (memmem, linear); once a document has been scanned many times over, its 4-byte
/// substrings are indexed, and a lookup checks only the places where the excerpt's rarest
/// 4 bytes occur. All lookups of one load share a `SearchAllowance`, so no file can make the
/// loader search for long.
final class ExcerptFinder {
    /// The document's own UTF-8 storage is searched in place, never copied.
    private let text: DocumentText
    private let byteCount: Int
    private let allowance: SearchAllowance
    private var scanned = 0
    private var index: GramIndex?

    /// The index is built once this many bytes have been scanned: by default, eight times
    /// the text and a megabyte more.
    private let indexAfter: Int

    init(text: DocumentText, allowance: SearchAllowance, indexAfter: Int? = nil) {
        self.text = text
        byteCount = text.string.utf8.count
        self.allowance = allowance
        self.indexAfter = indexAfter ?? 8 * byteCount + (1 << 20)
    }

    enum Answer: Equatable {
        /// UTF-8 offsets of the first occurrences, in order: at most `limit + 1`, so that more
        /// than `limit` shows.
        case found([Int])
        /// The search allowance of the load is used up.
        case tooCostly
    }

    func occurrences(of needle: [UInt8], limit: Int) -> Answer {
        guard !needle.isEmpty, needle.count <= byteCount else { return .found([]) }
        if index == nil, needle.count >= GramIndex.width, byteCount <= GramIndex.maxText,
            scanned >= indexAfter
        {
            index = text.withBytes(GramIndex.init)
        }
        if let index, needle.count >= GramIndex.width {
            return indexed(needle, in: index, limit: limit)
        }
        return scan(needle, limit: limit)
    }

    private func scan(_ needle: [UInt8], limit: Int) -> Answer {
        // Searches only as much text as the allowance has left.
        let reach = min(byteCount, allowance.left)
        var found: [Int] = []
        var end = 0
        text.withBytes { haystack in
            needle.withUnsafeBufferPointer { wanted in
                forEachOccurrence(of: wanted, in: UnsafeBufferPointer(rebasing: haystack[..<reach])) { offset in
                    found.append(offset)
                    end = offset + needle.count
                    return found.count <= limit
                }
            }
        }
        let complete = found.count > limit || reach == byteCount
        let cost = found.count > limit ? end : reach
        scanned += cost
        allowance.spend(cost)
        return complete ? .found(found) : .tooCostly
    }

    private func indexed(_ needle: [UInt8], in index: GramIndex, limit: Int) -> Answer {
        // The probe with the fewest places: the excerpt's rarest 4 bytes among up to 64 spread
        // evenly over it, and its last 4.
        let last = needle.count - GramIndex.width
        let step = max(1, (last + 63) / 64)
        var best = (shift: 0, places: index.places(of: needle, at: 0))
        var shift = step
        while best.places.count > 0 {
            let probe = min(shift, last)
            let places = index.places(of: needle, at: probe)
            if places.count < best.places.count { best = (probe, places) }
            if probe == last { break }
            shift += step
        }
        var found: [Int] = []
        var cost = 64
        var complete = true
        let reach = allowance.left
        text.withBytes { haystack in
            needle.withUnsafeBufferPointer { wanted in
                for place in best.places {
                    let start = Int(place) - best.shift
                    guard start >= 0, start + needle.count <= haystack.count else { continue }
                    cost += min(needle.count, 64)
                    if cost > reach {
                        complete = false
                        break
                    }
                    if memcmp(haystack.baseAddress! + start, wanted.baseAddress!, needle.count) == 0 {
                        cost += needle.count
                        found.append(start)
                        if found.count > limit { break }
                    }
                }
            }
        }
        allowance.spend(cost)
        return complete ? .found(found) : .tooCostly
    }
}

/// How much excerpt searching one load may do, in bytes looked at: far more than any real
/// story needs (the embedded one: 83 lookups over its 3,957-byte text, 0.33 MB), and little
/// enough to end soon (`common-grams` of scripts/bench-hostile spends it all in under 0.5 s).
final class SearchAllowance {
    static let standard = 1 << 30
    private(set) var left: Int

    init(bytes: Int = SearchAllowance.standard) { left = bytes }

    func spend(_ cost: Int) { left = max(0, left - cost) }
}

/// The places of every 4-byte substring of a text, bucketed by a hash: the places in one
/// bucket are in text order, so the occurrences an index lookup finds are too.
struct GramIndex {
    static let width = 4
    /// Larger texts are only scanned: their index would take eight times their size.
    static let maxText = 64 << 20
    private let bucketBits: Int
    private let starts: [Int32]
    private let places: [Int32]

    init(_ text: UnsafeBufferPointer<UInt8>) {
        let count = text.count - Self.width + 1
        var bits = 10
        while (1 << bits) < count, bits < 24 { bits += 1 }
        bucketBits = bits
        var starts = [Int32](repeating: 0, count: (1 << bits) + 1)
        var places = [Int32](repeating: 0, count: max(count, 0))
        for place in 0..<max(count, 0) { starts[Self.bucket(text, place, bits) + 1] += 1 }
        for slot in 1..<starts.count { starts[slot] += starts[slot - 1] }
        var next = starts
        for place in 0..<max(count, 0) {
            let slot = Self.bucket(text, place, bits)
            places[Int(next[slot])] = Int32(place)
            next[slot] += 1
        }
        self.starts = starts
        self.places = places
    }

    /// The places where the text may hold `needle[shift..<shift + 4]` (a hash bucket: every
    /// true place, and a few others).
    func places(of needle: [UInt8], at shift: Int) -> ArraySlice<Int32> {
        let slot = needle.withUnsafeBufferPointer { Self.bucket($0, shift, bucketBits) }
        return places[Int(starts[slot])..<Int(starts[slot + 1])]
    }

    @inline(__always)
    private static func bucket(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ bits: Int) -> Int {
        let gram = UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt32.self)
        return Int((UInt64(gram) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }
}
