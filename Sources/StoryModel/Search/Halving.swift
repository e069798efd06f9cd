extension RandomAccessCollection {
    /// The first index whose element satisfies `isAfter`, found by halving: the collection must
    /// hold every element that does not satisfy it before every element that does. The end index
    /// when none does. The one search by halving that the model, the drafter and the browser share.
    @inlinable
    public func partitionPoint(where isAfter: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if try isAfter(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
