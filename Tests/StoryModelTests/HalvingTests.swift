import Testing

@testable import StoryModel

/// The one search by halving: it must agree with a plain scan for every split of every length.
@Suite struct HalvingTests {
    @Test func partitionPointAgreesWithAScan() {
        for count in 0...40 {
            let values = Array(0..<count)
            for split in 0...count {
                let found = values.partitionPoint { $0 >= split }
                #expect(found == (values.firstIndex { $0 >= split } ?? values.endIndex))
            }
        }
    }

    @Test func worksOnSlicesWithTheirOwnIndices() {
        let values = Array(0..<20)[5..<15]
        #expect(values.partitionPoint { $0 >= 9 } == 9)
        #expect(values.partitionPoint { _ in false } == 15)
        #expect(values.partitionPoint { _ in true } == 5)
    }

    @Test func asksAboutFewElements() {
        var asked = 0
        let values = Array(0..<1_000_000)
        _ = values.partitionPoint {
            asked += 1
            return $0 >= 123_457
        }
        #expect(asked <= 21)
    }
}
