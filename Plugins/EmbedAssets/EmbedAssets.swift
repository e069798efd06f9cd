import Foundation
import PackagePlugin

/// Embeds every story, schema and text file in the package's Assets/ folder into the target
/// as `EmbeddedAssets.files`, keyed by file name.
@main
struct EmbedAssets: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let assets = context.package.directoryURL.appending(path: "Assets")
        let names = try FileManager.default.contentsOfDirectory(atPath: assets.path)
            .filter { $0.hasSuffix(".json") || $0.hasSuffix(".txt") }
            .sorted()
        let inputs = names.map { assets.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedAssets.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) files from Assets/",
                executable: try context.tool(named: "AssetEmbedder").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
