/// Checks on claims that answer others, made once every claim and event is read: answers must
/// not go round in a cycle, and an answer must not be dated before the claim it answers.
struct ReplyCheck {
    /// Where a claim's `respondsTo` stands in the file, for each decoded claim in order.
    typealias Place = (offset: Int, path: [PathPiece])

    let claims: [Claim]
    let places: [Place]
    let events: [Event]
    let context: DecodeContext

    func check() {
        var index: [String: Int] = [:]
        for (position, claim) in claims.enumerated() where index[claim.id] == nil { index[claim.id] = position }
        let answered = claims.map { claim in claim.respondsTo.flatMap { index[$0.claim] } }
        reportCycles(answered)
        reportAnswersBeforeTheirClaims(answered)
    }

    /// Each cycle once, at the claim of the cycle that comes first in the file. A claim that
    /// answers itself has its own error, made where it is read.
    private func reportCycles(_ answered: [Int?]) {
        enum Visit { case new, onPath, done }
        var visits = [Visit](repeating: .new, count: claims.count)
        for start in claims.indices where visits[start] == .new {
            var path: [Int] = []
            var next: Int? = start
            while let node = next, visits[node] == .new {
                visits[node] = .onPath
                path.append(node)
                next = answered[node]
            }
            if let node = next, visits[node] == .onPath, let from = path.lastIndex(of: node) {
                let cycle = Array(path[from...])
                if cycle.count > 1 { report(cycle) }
            }
            for node in path { visits[node] = .done }
        }
    }

    private func report(_ cycle: [Int]) {
        let first = cycle.indices.min { cycle[$0] < cycle[$1] }!
        let ordered = Array(cycle[first...] + cycle[..<first])
        var names = ordered.map { abbreviate(claims[$0].id) }
        if names.count > 8 {
            names = names.prefix(4) + ["… \(names.count - 6) more …"] + names.suffix(2)
        }
        names.append(names[0])
        let place = places[ordered[0]]
        context.error(
            "\(names.joined(separator: " → ")) is a cycle: a claim cannot answer itself through others",
            at: place.offset, path: place.path)
    }

    /// An answer dated wholly before the claim it answers, each claim dated by when its words
    /// were said (`said`) or else by its event. Dates that may overlap (a week, "before",
    /// "after") are not an error.
    private func reportAnswersBeforeTheirClaims(_ answered: [Int?]) {
        var times: [String: ResolvedTime] = [:]
        for event in events where times[event.id] == nil { times[event.id] = event.when.resolved }
        /// A claim's time, and where it comes from, for the message.
        func dated(_ claim: Claim) -> (time: ResolvedTime, source: String)? {
            if let said = claim.said?.resolved { return (said, "when said") }
            guard let event = claim.event, let time = times[event] else { return nil }
            return (time, "event \(quoted(event))")
        }
        for (position, claim) in claims.enumerated() {
            guard let other = answered[position], other != position,
                let reply = dated(claim), let latest = reply.time.lastDay,
                let answer = dated(claims[other]), let earliest = answer.time.firstDay,
                latest < earliest
            else { continue }
            context.error(
                "this answer is dated \(reply.time.isoDescription) (\(reply.source)), before the claim it answers, \(quoted(claims[other].id)), dated \(answer.time.isoDescription) (\(answer.source))",
                at: places[position].offset, path: places[position].path)
        }
    }
}
