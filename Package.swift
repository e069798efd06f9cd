// swift-tools-version:6.1
import PackageDescription

// Layers, each depending only on those above it in this list:
//   StoryModel   types, loading, validation, indexes, search, export. No terminal code.
//   StoryDrafting  plain articles drafted into stories, on StoryModel alone.
//   BrowserCore  the browser as pure code: state, keymap, reduce, layout, render to a grid.
//   CNCurses     the system ncursesw library, with a small shim header;
//   TerminalGuard  C signal handlers that put the terminal back on every exit path.
//   TerminalUI   the only code that touches the terminal: start-up, keys, painting, teardown.
//   storyscope   the executable: argument parsing and wiring.
let package = Package(
    name: "storyscope",
    products: [
        .executable(name: "storyscope", targets: ["storyscope"]),
        .library(name: "StoryModel", targets: ["StoryModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        .target(
            name: "StoryModel",
            dependencies: ["CByteSearch"],
            plugins: [.plugin(name: "EmbedAssets")]
        ),
        // glibc's linear-time memmem, which Swift's Glibc module does not expose.
        .target(name: "CByteSearch"),
        // The drafter: any plain article becomes a story (rules as tables, no model, no network).
        .target(
            name: "StoryDrafting",
            dependencies: ["StoryModel"]
        ),
        .target(
            name: "BrowserCore",
            dependencies: ["StoryModel"]
        ),
        // No pkgConfig: Debian's ncursesw.pc adds -D flags SwiftPM rejects with a warning, and
        // libncursesw.so already pulls in libtinfo.
        .systemLibrary(
            name: "CNCurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Signal handlers that restore the terminal: C, because they must be async-signal-safe.
        .target(name: "TerminalGuard"),
        // A C signal handler that removes export's temporary file when a signal ends the program.
        .target(name: "TemporaryFileGuard"),
        .target(
            name: "TerminalUI",
            dependencies: ["BrowserCore", "StoryModel", "CNCurses", "TerminalGuard"]
        ),
        .executableTarget(
            name: "storyscope",
            dependencies: [
                "StoryModel",
                "StoryDrafting",
                "BrowserCore",
                "TerminalUI",
                "TemporaryFileGuard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release builds carry the Swift runtime and FoundationEssentials inside the binary:
            // no dynamic symbol lookups across a dozen libraries at every start (the gain is
            // measured in docs/PERFORMANCE.md).
            linkerSettings: [
                .unsafeFlags(
                    ["-static-stdlib", "-l_FoundationCollections", "-l_FoundationCShims"],
                    .when(configuration: .release))
            ]
        ),

        // Benchmarks (scripts/bench): a deterministic story generator and a release-built driver,
        // kept out of `swift test`.
        .target(
            name: "StoryGenerator",
            dependencies: ["StoryModel"]
        ),
        // The drafting benchmark's scorer: a draft against hand truth.
        .target(
            name: "DraftQuality",
            dependencies: ["StoryModel", "StoryDrafting"]
        ),
        .executableTarget(
            name: "storyscope-bench",
            dependencies: ["StoryModel", "StoryDrafting", "BrowserCore", "StoryGenerator", "DraftQuality"]
        ),

        // Build-time only: turns the files in Assets/ into Swift string literals, so the
        // default story is inside the binary and nothing needs Foundation's Bundle at run time.
        .executableTarget(name: "AssetEmbedder"),
        .plugin(
            name: "EmbedAssets",
            capability: .buildTool(),
            dependencies: ["AssetEmbedder"]
        ),

        .testTarget(
            name: "StoryModelTests",
            dependencies: ["StoryModel"]
        ),
        .testTarget(
            name: "StoryDraftingTests",
            dependencies: ["StoryDrafting", "StoryModel", "DraftQuality"]
        ),
        .testTarget(
            name: "BrowserCoreTests",
            dependencies: ["BrowserCore", "StoryModel", "StoryDrafting", "StoryGenerator"],
            exclude: ["Goldens"]
        ),
        .testTarget(
            name: "EndToEndTests"
        ),
        .testTarget(
            name: "StoryscopeCLITests",
            dependencies: ["storyscope", "StoryModel", "StoryGenerator"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
