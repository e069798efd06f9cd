import Foundation
import Testing

/// The real binary on the two-article story written for the tests, at 80x24: the signing the
/// first article expected is shown cancelled according to the second, and both articles can
/// be read.
@Suite(
    .serialized,
    .enabled(if: Tmux.executable != nil, "tmux is not installed (apt-get install tmux); .ci/run installs it"))
struct DevelopingStoryEndToEndTests {
    static let story = ReleaseBinary.packageRoot.appendingPathComponent(
        "Tests/Fixtures/harbour-depot/harbour-depot.story.json"
    ).path

    @Test func expectedThenCancelledAndBothArticlesReachable() throws {
        let binary = try ReleaseBinary.path()
        let tmux = Tmux()
        defer { tmux.kill() }
        Harness.reportingTimeouts {
            try tmux.start(
                Harness.wrapped(binary, "--story '\(Self.story)'"), width: 80, height: 24,
                environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
            try tmux.wait(for: "Since the first report")

            // The Timeline: what was expected, and what came of it.
            try tmux.send("3")
            try tmux.wait(for: "[3 Timeline]")
            try tmux.send("o")
            let outcomes = try tmux.wait(for: "cancelled 10 Jun")
            #expect(outcomes.contains("cancelled 10 Jun  ◷→✗ Council and Northline sign the depot"))
            #expect(outcomes.contains("◷ scheduled 3 Jun"))
            #expect(outcomes.contains("✗ cancelled 10 Jun  \u{201C}was called off on Friday\u{201D}"))

            // Both articles, one after the other, in the Source view.
            try tmux.send("5")
            try tmux.wait(for: "1/2 Carrow and Northline set to sign")
            try tmux.send("d")
            try tmux.wait(for: "Harbour depot signing called off after row")
            try tmux.send("j", "Enter")
            let second = try tmux.wait(for: "was called off on Friday, hours before")
            #expect(second.contains("[5 Source]"))

            try tmux.send("q")
            let ending = try Harness.ending(tmux)
            #expect(ending.status == 0)
            #expect(ending.ttySame)
        }
    }
}
