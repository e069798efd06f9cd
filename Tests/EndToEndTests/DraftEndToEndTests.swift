import Foundation
import Testing

/// `storyscope ARTICLE.txt`: a plain article opens at once as a drafted story, in the real
/// binary at 80x24, and the terminal comes back whole.
@Suite(
    .serialized,
    .enabled(if: Tmux.executable != nil, "tmux is not installed (apt-get install tmux); .ci/run installs it"))
struct DraftEndToEndTests {
    @Test func aPlainArticleOpensAsADraft() throws {
        let binary = try ReleaseBinary.path()
        let article = ReleaseBinary.packageRoot.appendingPathComponent("Assets/minerals-deal-article.txt").path
        let tmux = Tmux()
        defer { tmux.kill() }
        Harness.reportingTimeouts {
            try tmux.start(
                Harness.wrapped(binary, "'\(article)' --published 2025-02-26"), width: 80, height: 24,
                environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
            let overview = try tmux.wait(for: "A draft made by storyscope")
            #expect(overview.contains("Donald Trump"))
            try tmux.send("4")
            let narratives = try tmux.wait(for: "[4 Narratives]")
            #expect(narratives.contains("Donald Trump · said · drafted"))
            #expect(narratives.contains("\u{201C}very big agreement\u{201D}"))
            try tmux.send("3")
            let timeline = try tmux.wait(for: "[3 Timeline]")
            #expect(timeline.contains("Fri 28 Feb~"))
            try tmux.send("q")
            let ending = try Harness.ending(tmux)
            #expect(ending.status == 0)
            #expect(ending.ttySame)
        }
    }
}
