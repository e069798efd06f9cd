import Foundation
import Testing

@testable import BrowserCore
@testable import StoryModel

/// The embedded story and its browser context, built once for all tests.
let sharedContext: BrowserContext = {
    let story = try! StoryLoader().loadEmbedded()
    return BrowserContext(story: story)
}()

let asciiContext: BrowserContext = BrowserContext(story: sharedContext.story, index: sharedContext.index, ascii: true)

/// Runs keys through the keymap and the reducer, as the terminal loop does.
@discardableResult
func drive(
    _ keys: [Key], size: Size = Size(width: 80, height: 24), from start: BrowserState? = nil,
    context: BrowserContext = sharedContext
) -> (state: BrowserState, effects: [Effect]) {
    var state = start ?? BrowserState.initial(size: size, context: context)
    var effects: [Effect] = []
    for key in keys {
        let (next, produced) = reduce(state, .key(key), context)
        state = next
        effects += produced
    }
    return (state, effects)
}

/// Keys from a compact script: "j j Enter Tab /framework Enter". A word starting with "/" types
/// the search query after the slash; "Enter", "Tab", "Esc", "Down"… are named keys.
func keys(_ script: String) -> [Key] {
    var result: [Key] = []
    for word in script.split(separator: " ") {
        if word.hasPrefix("/") {
            result.append(.character("/"))
            result += word.dropFirst().map { Key.character($0) }
        } else if word.count == 1 {
            result.append(.character(word.first!))
        } else {
            result.append(Key(String(word)))
        }
    }
    return result
}

extension Grid {
    /// Each row between bars, so trailing blanks show; then a role mask, one letter a cell.
    var snapshot: String {
        let text = textLines.map { "|\($0)|" }
        var masks: [String] = []
        for y in 0..<size.height {
            var mask = ""
            for x in 0..<size.width where !self[x, y].isWideTail {
                mask.append(roleLetter(self[x, y].role))
            }
            masks.append("|\(mask)|")
        }
        return (text + ["", "roles:"] + masks).joined(separator: "\n") + "\n"
    }
}

func roleLetter(_ role: Role) -> Character {
    switch role {
    case .normal: " "
    case .dim: "."
    case .heading: "H"
    case .titleBar: "t"
    case .titleBarCurrent: "T"
    case .statusBar: "s"
    case .statusKey: "k"
    case .selection: "S"
    case .selectionUnfocused: "u"
    case .link: "l"
    case .linkSelected: "L"
    case .quote: "q"
    case .date: "d"
    case .inferred: "i"
    case .sideA: "A"
    case .sideB: "B"
    case .sideC: "C"
    case .highlight: "h"
    case .highlightCurrent: "X"
    case .border: "-"
    case .borderFocused: "="
    case .error: "E"
    case .axis: "a"
    case .pending: "p"
    case .evidence: "e"
    }
}

let goldensDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

/// Whether this run records goldens (`UPDATE_GOLDENS=1 swift test`).
let recordsGoldens = ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1"

/// Compares a rendered screen with `Goldens/<name>.txt`; a mismatch prints the differing rows.
/// With `UPDATE_GOLDENS=1` it writes the file instead and fails, as snapshot libraries do: a
/// recorded golden is one nobody has looked at yet, so the run that records it never passes;
/// review the diff, then run again without the variable.
func assertGolden(
    _ name: String, _ grid: Grid, recording: Bool = recordsGoldens, directory: URL = goldensDirectory,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let file = directory.appendingPathComponent("\(name).txt")
    let actual = grid.snapshot
    if recording {
        do {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record(
                "recorded golden \(name).txt: review it (git diff), then run again without UPDATE_GOLDENS",
                sourceLocation: sourceLocation)
        } catch {
            Issue.record("could not record golden \(file.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record(
            "missing golden \(file.path); run UPDATE_GOLDENS=1 swift test and review it", sourceLocation: sourceLocation
        )
        return
    }
    guard expected != actual else { return }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var diff = ["golden \(name) differs (- expected, + actual):"]
    for index in 0..<max(expectedLines.count, actualLines.count) {
        let left = index < expectedLines.count ? String(expectedLines[index]) : "<none>"
        let right = index < actualLines.count ? String(actualLines[index]) : "<none>"
        if left != right {
            diff.append("row \(index):")
            diff.append("- \(left)")
            diff.append("+ \(right)")
        }
    }
    Issue.record(Comment(rawValue: diff.prefix(60).joined(separator: "\n")), sourceLocation: sourceLocation)
}

func screenText(_ state: BrowserState, context: BrowserContext = sharedContext) -> String {
    render(state, context).textLines.joined(separator: "\n")
}

/// A version 2 story file from its items, each already written as JSON: the frame the story
/// generators of the property tests share.
func generatedStoryJSON(
    id: String, title: String, summary: String, documents: [String], entities: [String], events: [String],
    claims: [String], topics: [String]
) -> String {
    """
    {"format": "storyscope-story", "version": 2, "id": "\(id)", "title": "\(title)", "summary": "\(summary)",
     "documents": [\(documents.joined(separator: ", "))], "entities": [\(entities.joined(separator: ", "))],
     "events": [\(events.joined(separator: ", "))], "claims": [\(claims.joined(separator: ", "))],
     "topics": [\(topics.joined(separator: ", "))]}
    """
}
