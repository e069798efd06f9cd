import Foundation
import Testing

/// A story file is untrusted. Escape sequences and control characters in any string are shown
/// visibly and never written raw; wide and combining characters keep the layout intact.
@Suite(
    .serialized,
    .enabled(if: Tmux.executable != nil, "tmux is not installed (apt-get install tmux); .ci/run installs it"))
struct HostileStoryTests {
    /// Each payload would do something if it reached the terminal: set the window title, set
    /// the clipboard, ask for the cursor position, clear the screen.
    static let titleAttack = "\u{1B}]0;pwned-title\u{07}"
    static let clipboardAttack = "\u{1B}]52;c;cHduZWQ=\u{07}"
    static let reportAttack = "\u{1B}[6n"
    static let clearAttack = "\u{1B}[2Jhello\u{1B}[31m red"

    static func storyFile(in directory: URL) throws -> String {
        let text =
            "Alice\(titleAttack) met 日本語の名前 😀 and Zoe\u{0308} in Paris.\nBob said \"\(clearAttack)\". \(reportAttack)"
        let story = """
            {"format": "storyscope-story", "version": 1, "id": "hostile", "title": \(Self.json("Hostile\(titleAttack) story")),
             "summary": \(Self.json("A story whose strings try to drive the terminal \(clipboardAttack).")),
             "documents": [{"id": "doc", "title": \(Self.json("Doc\(reportAttack)")), "text": \(Self.json(text))}],
             "entities": [
               {"id": "alice", "name": \(Self.json("Alice\(titleAttack)")), "kind": "person", "role": \(Self.json("r\(clipboardAttack)")), "description": "d"},
               {"id": "wide", "name": "日本語の名前 😀", "kind": "person", "role": "wide", "description": "A name in wide characters."},
               {"id": "zoe", "name": "Zoe\u{0308}", "kind": "person", "role": "combining", "description": "A combining diaeresis."},
               {"id": "bob", "name": "Bob", "kind": "person", "role": "r", "description": "d"}],
             "events": [{"id": "e", "title": \(Self.json("Meeting\(reportAttack)")), "summary": "s", "status": "happened",
                         "when": {"text": "once"}, "participants": ["alice", "bob"], "evidence": [{"excerpt": "met"}]}],
             "claims": [{"id": "c1", "speaker": "bob", "quote": \(Self.json(clearAttack)), "paraphrase": "p", "reach": "said",
                         "evidence": [{"excerpt": \(Self.json("Bob said \"\(clearAttack)\""))}]},
                        {"id": "c2", "speaker": "alice", "paraphrase": \(Self.json("other\(titleAttack)")), "reach": "said",
                         "evidence": [{"excerpt": "Paris"}]}],
             "topics": [{"id": "t", "question": \(Self.json("Who?\(clipboardAttack)")),
                         "sides": [{"label": "A", "claims": ["c1"]}, {"label": "B", "claims": ["c2"]}]}]}
            """
        let file = directory.appendingPathComponent("hostile.json")
        try story.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test func hostileStringsAreShownVisiblyAndNeverSentRaw() throws {
        let binary = try ReleaseBinary.path()
        let directory = try Harness.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let story = try Self.storyFile(in: directory)
        let log = directory.appendingPathComponent("output.bin").path
        let tmux = Tmux()
        defer { tmux.kill() }
        Harness.reportingTimeouts {
            // The short sleep lets pipe-pane attach before the browser writes its first byte.
            try tmux.start(
                Harness.wrapped(binary, "--story '\(story)'", prelude: "sleep 0.3;"), width: 80, height: 24,
                environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
            try tmux.run(["pipe-pane", "-o", "-t", tmux.session, "cat >> '\(log)'"])
            let overview = try tmux.wait(for: "Hostile^[]0;pwned-title^G story")
            #expect(overview.hasPrefix(" storyscope "), "the title bar is intact")
            var screens = [overview]
            for key in ["2", "j", "j", "Tab", "3", "Tab", "4", "Enter", "5", "Tab", "Tab"] {
                try tmux.send(key)
                Thread.sleep(forTimeInterval: 0.1)
                screens.append(try tmux.capture())
            }
            try tmux.send("/")
            try tmux.type("pwned")
            screens.append(try tmux.wait(for: "results for"))
            try tmux.send("Escape")
            try tmux.send("q")
            let ending = try Harness.ending(tmux)
            #expect(ending.status == 0)
            #expect(ending.ttySame)

            let all = screens.joined(separator: "\n")
            #expect(all.contains("Alice^[]0;pwned-title^G"), "the escape shows as ^[ on screen")
            #expect(all.contains("日本語の名前 😀"), "wide characters are drawn")
            #expect(all.contains("Zoë") || all.contains("Zoe\u{0308}"), "the combining mark stays on its letter")
            for screen in screens {
                for line in screen.split(separator: "\n") {
                    #expect(displayWidth(line) <= 80, "a row overflows: \(line)")
                }
            }

            let bytes = try Data(contentsOf: URL(fileURLWithPath: log))
            #expect(bytes.count > 1000, "the output was captured")
            let written = String(decoding: bytes, as: UTF8.self)
            for (name, attack) in [
                ("title", Self.titleAttack), ("clipboard", Self.clipboardAttack),
                ("report", Self.reportAttack), ("clear", "\u{1B}[2Jhello"),
            ] {
                #expect(!written.contains(attack), "the \(name) sequence from the data reached the terminal")
            }
            let paneTitle = try tmux.run(["display-message", "-p", "-t", tmux.session, "#{pane_title}"])
            #expect(!paneTitle.contains("pwned"))
        }
    }

    /// `y` on a hostile claim: what reaches the clipboard (tmux's paste buffer, through OSC 52)
    /// is one line with no control characters, so pasting it into a shell runs nothing.
    @Test func copyingAHostileClaimPutsOnlyVisibleTextOnTheClipboard() throws {
        let binary = try ReleaseBinary.path()
        let directory = try Harness.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let attack = "ok\u{1B}]0;pwned\u{07} \u{9B}2J \u{202E}txt.exe\nrm -rf ~\n"
        let story = """
            {"format": "storyscope-story", "version": 1, "id": "paste", "title": "Paste", "summary": "A claim that tries a paste attack.",
             "documents": [{"id": "doc", "title": "D", "text": \(Self.json("Bob said \(attack) there. Ann said no."))}],
             "entities": [{"id": "bob", "name": "Bob", "kind": "person", "role": "r", "description": "d"},
                          {"id": "ann", "name": "Ann", "kind": "person", "role": "r", "description": "d"}],
             "claims": [{"id": "c1", "speaker": "bob", "quote": \(Self.json(attack)), "paraphrase": "p", "reach": "said",
                         "evidence": [{"excerpt": \(Self.json("Bob said \(attack)"))}]},
                        {"id": "c2", "speaker": "ann", "quote": "no", "paraphrase": "p", "reach": "said", "evidence": [{"excerpt": "Ann said no"}]}],
             "topics": [{"id": "t", "question": "Which?", "sides": [{"label": "A", "claims": ["c1"]}, {"label": "B", "claims": ["c2"]}]}]}
            """
        let file = directory.appendingPathComponent("paste.json")
        try story.write(to: file, atomically: true, encoding: .utf8)
        let tmux = Tmux()
        defer { tmux.kill() }
        Harness.reportingTimeouts {
            try tmux.start(
                Harness.wrapped(binary, "--story '\(file.path)'"), width: 80, height: 24,
                environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
            try tmux.run(["set-option", "-g", "set-clipboard", "on"])
            try tmux.wait(for: "Contested (1)")
            for key in ["4", "Enter", "y"] { try tmux.send(key) }
            try tmux.wait(for: "Sent ")
            let buffer = try tmux.run(["show-buffer"])
            #expect(
                buffer.hasPrefix(
                    "\u{201C}ok^[]0;pwned^G \u{FFFD}2J <U+202E>txt.exe rm -rf ~ \u{201D} \u{2014} Bob (said)"),
                "\(buffer)")
            #expect(
                !buffer.unicodeScalars.contains {
                    $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
                },
                "a control character reached the clipboard: \(buffer.debugDescription)")
            try tmux.send("q")
            #expect(try Harness.ending(tmux).status == 0)
        }
    }

    /// Graphemes terminals disagree on (a flag, a ZWJ family, a skin tone, VS16, a keycap, a tag
    /// flag), beside scripts where wcwidth and a naive count differ (a spacing mark, a hexagram,
    /// a soft hyphen). The browser draws each in a form every wcwidth terminal places alike; so
    /// in tmux, the story with them looks exactly like the same story written in those forms.
    /// A misplaced cell would shift the rest of its row and the screens would differ.
    @Test func graphemesTerminalsDisagreeOnKeepTheScreenAligned() throws {
        let binary = try ReleaseBinary.path()
        let directory = try Harness.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pairs: [(drawnAs: String, written: String)] = [
            ("UA", "🇺🇦"), ("👨", "👨\u{200D}👩\u{200D}👧\u{200D}👦"), ("👍", "👍🏽"), ("❤", "❤️"), ("1\u{20E3}", "1️⃣"),
            ("🏴", "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"),
        ]
        func story(_ pick: ((drawnAs: String, written: String)) -> String) -> String {
            let marks = pairs.map(pick)
            let name = "Team \(marks[0]) \(marks[1]) का ䷀ co\u{AD}op"
            let text = "\(name) met the \(marks[2]) club. They said \"\(marks[3]) \(marks[4]) \(marks[5])\" on Monday."
            return """
                {"format": "storyscope-story", "version": 1, "id": "wide", "title": \(Self.json("Wide \(marks[0]) story \(marks[1])")),
                 "summary": \(Self.json("Names that terminals may draw at different widths \(marks.joined(separator: " ")).")),
                 "documents": [{"id": "doc", "title": \(Self.json("Doc \(marks[5])")), "text": \(Self.json(text))}],
                 "entities": [{"id": "team", "name": \(Self.json(name)), "kind": "organisation", "role": \(Self.json("a team \(marks[2])")), "description": "d"},
                              {"id": "club", "name": \(Self.json("\(marks[2]) club")), "kind": "organisation", "role": "r", "description": "d"}],
                 "events": [{"id": "e", "title": \(Self.json("Meeting \(marks[0])\(marks[3])")), "summary": "s", "status": "happened",
                             "when": {"text": "on Monday", "evidence": {"excerpt": "on Monday"}}, "participants": ["team", "club"], "evidence": [{"excerpt": "met"}]}],
                 "claims": [{"id": "c", "speaker": "team", "quote": \(Self.json("\(marks[3]) \(marks[4]) \(marks[5])")), "paraphrase": "p", "reach": "said",
                             "evidence": [{"excerpt": \(Self.json("said \"\(marks[3]) \(marks[4]) \(marks[5])\""))}]},
                            {"id": "d", "speaker": "club", "paraphrase": "other", "reach": "said", "evidence": [{"excerpt": "club"}]}],
                 "topics": [{"id": "t", "question": \(Self.json("Which \(marks[1])?")), "sides": [{"label": "A", "claims": ["c"]}, {"label": "B", "claims": ["d"]}]}]}
                """
        }
        var screensOf: [[String]] = []
        for (name, pick) in [
            ("written", { (pair: (drawnAs: String, written: String)) in pair.written }),
            ("drawn", { (pair: (drawnAs: String, written: String)) in pair.drawnAs }),
        ] {
            let file = directory.appendingPathComponent("\(name).json")
            try story(pick).write(to: file, atomically: true, encoding: .utf8)
            let tmux = Tmux()
            defer { tmux.kill() }
            var screens: [String] = []
            Harness.reportingTimeouts {
                try tmux.start(
                    Harness.wrapped(binary, "--story '\(file.path)'"), width: 80, height: 24,
                    environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
                screens.append(try tmux.wait(for: "Contested (1)"))
                for key in ["2", "Enter", "3", "Enter", "4", "Enter", "m", "5"] {
                    try tmux.send(key)
                    Thread.sleep(forTimeInterval: 0.15)
                    screens.append(try tmux.wait(timeout: 5, "a settled screen") { _ in true })
                }
                try tmux.send("q")
                #expect(try Harness.ending(tmux).status == 0)
            }
            screensOf.append(screens)
        }
        #expect(screensOf[0].count == 9 && screensOf[1].count == 9)
        for (index, (written, drawn)) in zip(screensOf[0], screensOf[1]).enumerated() {
            #expect(written == drawn, "screen \(index) differs:\n\(written)\n---\n\(drawn)")
        }
        #expect(screensOf[0].joined().contains("Team UA 👨 का"), "the drawn forms are on screen")
    }

    static func json(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Width in terminal cells as tmux lays it out: East Asian wide and emoji take two.
    func displayWidth(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { total, scalar in
            if scalar.properties.generalCategory == .nonspacingMark { return total }
            let value = scalar.value
            let wide =
                (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value)
                || (0xF900...0xFAFF).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0x1F300...0x1F64F).contains(value)
                || (0x1F900...0x1F9FF).contains(value)
            return total + (wide ? 2 : 1)
        }
    }
}
