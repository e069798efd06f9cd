// swift-tools-version:6.1
import PackageDescription

// Layers (each depends only on those above it in this list):
//   StoryModel  — types, loading, validation, indexes, search, export. No terminal code.
//   storyscope  — the executable: argument parsing and wiring.
// The browser targets (BrowserCore, CNCurses, TerminalUI) slot in between.
let package = Package(
    name: "storyscope",
    products: [
        .executable(name: "storyscope", targets: ["storyscope"]),
        .library(name: "StoryModel", targets: ["StoryModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "StoryModel",
            plugins: [.plugin(name: "EmbedAssets")]
        ),
        .executableTarget(
            name: "storyscope",
            dependencies: [
                "StoryModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
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
            name: "StoryscopeCLITests",
            dependencies: ["storyscope", "StoryModel"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
