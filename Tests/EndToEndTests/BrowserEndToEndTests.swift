import Foundation
import Testing

/// The real release binary in tmux at 80x24, driven as a user would.
@Suite(
    .serialized,
    .enabled(if: Tmux.executable != nil, "tmux is not installed (apt-get install tmux); .ci/run installs it"))
struct BrowserEndToEndTests {
    static let goldens = ReleaseBinary.packageRoot.appendingPathComponent("Tests/BrowserCoreTests/Goldens")

    /// The text rows of a golden file, trailing blanks removed, as tmux shows them.
    static func goldenText(_ name: String) throws -> [String] {
        let text = try String(contentsOf: goldens.appendingPathComponent("\(name).txt"), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.isEmpty }
            .map { String($0.dropFirst().dropLast()).trimmingTrailingSpaces() }
    }

    @Test func theIssueWalkthrough() throws {
        let binary = try ReleaseBinary.path()
        let tmux = Tmux()
        defer { tmux.kill() }
        do {
            // It opens on the Overview, exactly as BrowserCore renders it. The first frame may
            // reach tmux in pieces, so the screen is read again until it settles (or time runs out).
            try Harness.startBrowser(tmux, binary)
            let golden = try Self.goldenText("overview-80x24")
            func rows(_ screen: String) -> [String] {
                screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(24).map {
                    String($0).trimmingTrailingSpaces()
                }
            }
            let settled: String
            if let matching = try? tmux.wait(timeout: 5, "the golden first screen", until: { rows($0) == golden }) {
                settled = matching
            } else {
                settled = try tmux.capture()
            }
            #expect(rows(settled) == golden, "the terminal shows something else than the golden screen")

            // ? shows help, Esc closes it.
            try tmux.send("?")
            try tmux.wait(for: "Keys in Overview")
            try tmux.send("Escape")
            try tmux.wait(timeout: 5, "help closed") { !$0.contains("Keys in Overview") }

            // /framework finds the quote.
            try tmux.send("/")
            try tmux.type("framework agreement")
            // Typing arrives a character at a time: wait for the whole query, then for its results.
            try tmux.wait(for: "results for \u{201C}framework agreement\u{201D}")
            let results = try tmux.wait(for: "Volodymyr Zelensky: \u{201C}framework agreement\u{201D}")
            #expect(
                results.contains("> Volodymyr Zelensky: \u{201C}framework agreement\u{201D}"),
                "the quote is the first result")

            // Enter opens it in Narratives, with both sides of the deal on one screen.
            try tmux.send("Enter")
            let narratives = try tmux.wait(for: "[4 Narratives]")
            #expect(narratives.contains("\u{201C}very big agreement\u{201D}"))
            #expect(narratives.contains("\u{201C}framework agreement\u{201D}"))
            #expect(narratives.contains("A Trump: a very big agreement"))
            #expect(narratives.contains("B Zelensky: a framework agreement"))

            // The selected link is Zelensky: following him opens him in Entities.
            try tmux.send("Enter")
            let entities = try tmux.wait(for: "[2 Entities]")
            #expect(entities.contains("── Volodymyr Zelensky ──"))
            #expect(entities.contains("> Volodymyr Zelensky"))

            // Backspace comes back to the deal.
            try tmux.send("BSpace")
            let back = try tmux.wait(for: "[4 Narratives]")
            #expect(back.contains("\u{201C}framework agreement\u{201D}"))

            // q exits with status 0, the terminal modes as they were and the shell screen back.
            try tmux.send("q")
            let after = try tmux.wait(for: "EXIT=")
            #expect(after.contains("EXIT=0"))
            #expect(after.contains("STTY=same"))
            #expect(after.contains("SHELL READY"))
            #expect(!after.contains("storyscope"), "the browser's screen is gone")
        } catch let failure as Tmux.WaitFailure {
            Issue.record(Comment(rawValue: failure.descriptionWithScreen))
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
