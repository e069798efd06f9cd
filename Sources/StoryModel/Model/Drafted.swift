/// An item of a story that `storyscope draft` may have made.
public protocol Draftable {
    /// Made by `storyscope draft` and not yet checked by a person.
    var drafted: Bool { get set }
}

extension Entity: Draftable {}
extension Relation: Draftable {}
extension Event: Draftable {}
extension Claim: Draftable {}
extension Topic: Draftable {}

extension Draftable {
    /// The item with its `drafted` mark set as given.
    public func markedDrafted(_ drafted: Bool) -> Self {
        var item = self
        item.drafted = drafted
        return item
    }
}

extension Story {
    /// How many items are marked drafted: made by `storyscope draft`, not yet reviewed.
    public var draftedCount: Int {
        entities.count { $0.drafted } + relations.count { $0.drafted } + events.count { $0.drafted }
            + claims.count { $0.drafted } + topics.count { $0.drafted }
    }
}
