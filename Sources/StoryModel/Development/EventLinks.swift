/// How events stand to one another, read from either end of a link.
extension StoryDevelopment {
    public struct LinkedEvent: Sendable, Hashable {
        /// "follows", or from the other end "is followed by": reads "this event <phrase> the other".
        public var phrase: String
        /// The other event.
        public var event: Int
        /// The link, with the words of the source that make it.
        public var link: EventLink
    }

    /// The events an event links to, then the events that link to it.
    public func linkedEvents(_ eventIndex: Int) -> [LinkedEvent] {
        let outgoing = story.events[eventIndex].links.compactMap { link in
            index.eventByID[link.event].map { LinkedEvent(phrase: link.kind.phrase, event: $0, link: link) }
        }
        let incoming = index.linksToEvent[eventIndex].map { from in
            let link = story.events[from.event].links[from.link]
            return LinkedEvent(phrase: link.kind.inversePhrase, event: from.event, link: link)
        }
        return outgoing + incoming
    }
}
