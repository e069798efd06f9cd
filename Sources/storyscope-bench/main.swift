// storyscope-bench: in-process benchmarks, run by scripts/bench (release build only).
//   storyscope-bench generate COUNT FILE        write a generated story (seed 42)
//   storyscope-bench load FILE                  load + validate + index + search index, in a fresh process: JSON
//   storyscope-bench keys FILE                  search per keystroke, navigation keys, frames: JSON
//   storyscope-bench nav FILE ROUNDS            j/k in each list view at 200x60 (for profiling): JSON
//   storyscope-bench search FILE ROUNDS         the search query typed ROUNDS times (for profiling): JSON
//   storyscope-bench draft-quality ROOT [--anchor DIR] [--show-unseen]  drafts (and spaCy's entities) scored
//                                                     against hand truth; misses of unseen splits hidden
//   storyscope-bench draft-development ROOT [--no-misses]  sets of articles about one developing
//                                                     story, drafted together and scored against hand truth
//   storyscope-bench draft-speed ROOT ROUNDS    drafting time, one article and 1,000: JSON
import BrowserCore
import Foundation
import StoryGenerator
import StoryModel

#if canImport(Glibc)
import Glibc
#endif

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
}

/// VmHWM (peak resident) and RssAnon (private) in KiB, from /proc/self/status.
func memory() -> (peakKiB: Int, anonKiB: Int) {
    guard let file = fopen("/proc/self/status", "r") else { return (0, 0) }
    defer { fclose(file) }
    var peak = 0
    var anon = 0
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, 256, file) != nil {
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let value =
            Int(text.split(separator: " ").dropFirst().first { !$0.isEmpty }.map { $0.trimmingCharacters() } ?? "") ?? 0
        if text.hasPrefix("VmHWM:") { peak = value }
        if text.hasPrefix("RssAnon:") { anon = value }
    }
    return (peak, anon)
}

extension Substring {
    func trimmingCharacters() -> String { String(filter { $0.isNumber }) }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

func json(_ pairs: [(String, Any)]) -> String {
    "{"
        + pairs.map { key, value in
            let rendered: String
            switch value {
            case let double as Double: rendered = String(format2(double))
            case let int as Int: rendered = String(int)
            case let string as String: rendered = "\"\(string)\""
            default: rendered = "null"
            }
            return "\"\(key)\": \(rendered)"
        }.joined(separator: ", ") + "}"
}

func format2(_ value: Double) -> String {
    let rounded = (value * 1_000).rounded() / 1_000
    return String(rounded)
}

func fail(_ message: String) -> Never {
    var text = "storyscope-bench: \(message)\n"
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    exit(2)
}

let arguments = Array(CommandLine.arguments.dropFirst())
/// The story at `path`, or the end of the run with its errors.
func loadStory(_ path: String) -> Story {
    do { return try StoryLoader().load(path: path) } catch { fail("\(error)") }
}

let navigationViews: [(String, Key)] = [
    ("entities", .character("2")), ("timeline", .character("3")), ("narratives", .character("4")),
]

/// One navigation key (reduce + render) at a time, j then k in runs of 25, in one list view.
func navigationTimes(view: Key, size: Size, steps: Int, context: BrowserContext) -> [Double] {
    var state = reduce(BrowserState.initial(size: size, context: context), .key(view), context).0
    var times: [Double] = []
    for step in 0..<steps {
        let key: Key = step % 50 < 25 ? .character("j") : .character("k")
        times.append(
            milliseconds(
                clock.measure {
                    state = reduce(state, .key(key), context).0
                    _ = render(state, context)
                }))
    }
    return times
}

guard let command = arguments.first else {
    fail("usage: storyscope-bench generate COUNT FILE | load FILE | keys FILE | search FILE ROUNDS")
}
let clock = ContinuousClock()

switch command {
case "generate":
    guard arguments.count == 3, let count = Int(arguments[1]) else {
        fail("usage: storyscope-bench generate COUNT FILE")
    }
    let story = StoryGenerator(count: count).generate()
    let text = JSONExport.render(story)
    guard let file = fopen(arguments[2], "w") else { fail("cannot write \(arguments[2])") }
    var copy = text
    copy.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, file) }
    fclose(file)
    print(json([("count", count), ("bytes", text.utf8.count)]))

case "load":
    guard arguments.count == 2 else { fail("usage: storyscope-bench load FILE") }
    let before = memory()
    var story: Story?
    let load = clock.measure {
        story = loadStory(arguments[1])
    }
    var index: StoryIndex?
    let indexing = clock.measure { index = StoryIndex(story!) }
    var context: BrowserContext?
    let browser = clock.measure { context = BrowserContext(story: story!, index: index!) }
    // The first screen: the Overview laid out and rendered at 80x24.
    let firstFrame = clock.measure {
        _ = render(BrowserState.initial(size: Size(width: 80, height: 24), context: context!), context!)
    }
    // The browser builds the search index while the first screen is read (or on the first /).
    let searchIndexing = clock.measure { context!.prepareSearch() }
    let after = memory()
    var info = stat()
    stat(arguments[1], &info)
    print(
        json([
            ("file_bytes", Int(info.st_size)), ("load_validate_ms", milliseconds(load)),
            ("index_ms", milliseconds(indexing)),
            ("browser_context_ms", milliseconds(browser)), ("first_frame_ms", milliseconds(firstFrame)),
            ("search_index_ms", milliseconds(searchIndexing)),
            ("to_first_frame_ms", milliseconds(load + indexing + browser + firstFrame)),
            ("total_ms", milliseconds(load + indexing + browser + firstFrame + searchIndexing)),
            ("peak_kib", after.peakKiB), ("anon_kib", after.anonKiB), ("baseline_peak_kib", before.peakKiB),
            ("entities", story!.entities.count), ("events", story!.events.count), ("claims", story!.claims.count),
            ("tokens", context!.search.tokenCount),
        ]))

case "keys":
    guard arguments.count == 2 else { fail("usage: storyscope-bench keys FILE") }
    let story = loadStory(arguments[1])
    let context = BrowserContext(story: story)
    // As in the browser, which builds the search index while the first screen is read.
    context.prepareSearch()
    var results: [(String, Any)] = []

    // Search as you type: each prefix of a query, one keystroke at a time; five rounds.
    let query = story.entities.count > 100 ? "kovalenko agreement" : "framework agreement"
    var searchTimes: [Double] = []
    for _ in 0..<5 {
        for length in 1...query.count {
            let prefix = String(query.prefix(length))
            searchTimes.append(milliseconds(clock.measure { _ = context.search.search(prefix) }))
        }
    }
    results.append(("search_key_median_ms", median(searchTimes)))
    results.append(("search_key_max_ms", searchTimes.max() ?? 0))

    // One navigation key (reduce + render), in each list view, at two sizes.
    for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
        for (name, view) in navigationViews {
            let times = navigationTimes(view: view, size: size, steps: 200, context: context)
            results.append(("nav_\(name)_\(size.width)x\(size.height)_median_ms", median(times)))
            results.append(("nav_\(name)_\(size.width)x\(size.height)_max_ms", times.max() ?? 0))
        }
        // One full frame of each view, after its first layout.
        for (name, keys) in [
            ("overview", [Key]()), ("entities", [.character("2")]), ("timeline", [.character("3")]),
            ("narratives", [.character("4"), .enter]), ("matrix", [.character("4"), .character("m")]),
            ("source", [.character("5")]),
        ] {
            var state = BrowserState.initial(size: size, context: context)
            var firstLayout = 0.0
            for key in keys {
                firstLayout += milliseconds(clock.measure { state = reduce(state, .key(key), context).0 })
            }
            _ = render(state, context)
            let frames = (0..<20).map { _ in milliseconds(clock.measure { _ = render(state, context) }) }
            results.append(("frame_\(name)_\(size.width)x\(size.height)_median_ms", median(frames)))
            results.append(("open_\(name)_\(size.width)x\(size.height)_ms", firstLayout))
        }
    }
    print(json(results))

case "nav":
    // For profiling: j/k in each list view at 200x60, ROUNDS times 200 keys.
    guard arguments.count == 3, let rounds = Int(arguments[2]) else { fail("usage: storyscope-bench nav FILE ROUNDS") }
    let story = loadStory(arguments[1])
    let context = BrowserContext(story: story)
    var results: [(String, Any)] = []
    for (name, view) in navigationViews {
        let times = navigationTimes(
            view: view, size: Size(width: 200, height: 60), steps: 200 * rounds, context: context)
        results.append(("nav_\(name)_200x60_median_ms", median(times)))
    }
    print(json(results))

case "search":
    // For profiling: loads, then types the benchmark query ROUNDS times.
    guard arguments.count == 3, let rounds = Int(arguments[2]) else {
        fail("usage: storyscope-bench search FILE ROUNDS")
    }
    let story = loadStory(arguments[1])
    let index = SearchIndex(story: story)
    let query = story.entities.count > 100 ? "kovalenko agreement" : "framework agreement"
    var times: [Double] = []
    var byPrefix = [[Double]](repeating: [], count: query.count)
    for _ in 0..<rounds {
        for length in 1...query.count {
            let prefix = String(query.prefix(length))
            let time = milliseconds(clock.measure { _ = index.search(prefix) })
            times.append(time)
            byPrefix[length - 1].append(time)
        }
    }
    print(
        json(
            [("search_key_median_ms", median(times)), ("search_key_max_ms", times.max() ?? 0)]
                + byPrefix.enumerated().map { ("\(query.prefix($0.offset + 1))", median($0.element)) }))

case "draft-quality", "draft-speed":
    guard arguments.count >= 2 else { fail("usage: storyscope-bench \(command) ROOT [ROUNDS]") }
    let root = URL(fileURLWithPath: arguments[1])
    do {
        if command == "draft-quality" {
            let options = Array(arguments.dropFirst(2))
            let anchor = options.firstIndex(of: "--anchor").flatMap {
                $0 + 1 < options.count ? URL(fileURLWithPath: options[$0 + 1]) : nil
            }
            print(try DraftBench.quality(root: root, anchor: anchor, showUnseen: options.contains("--show-unseen")))
        } else {
            print(try DraftBench.speed(root: root, rounds: arguments.count > 2 ? Int(arguments[2]) ?? 20 : 20))
        }
    } catch {
        fail("\(command): \(error)")
    }

case "draft-development":
    guard arguments.count >= 2 else { fail("usage: storyscope-bench draft-development ROOT [--no-misses]") }
    do {
        print(
            try DevelopmentBench.quality(
                root: URL(fileURLWithPath: arguments[1]), showMisses: !arguments.contains("--no-misses")))
    } catch {
        fail("draft-development: \(error)")
    }

default:
    fail("unknown command \(command)")
}
