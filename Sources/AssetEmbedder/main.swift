// Build tool: writes a Swift file that holds each given asset file as a string literal.
// Usage: AssetEmbedder OUTPUT.swift FILE...
import Foundation

func swiftLiteral(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
            out += "\\u{\(String(scalar.value, radix: 16))}"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: AssetEmbedder OUTPUT.swift FILE...\n".utf8))
    exit(2)
}
var source = "// Generated at build time by AssetEmbedder from Assets/. Do not edit.\n"
source += "enum EmbeddedAssets {\n    static let files: [String: String] = [\n"
for path in arguments.dropFirst().sorted() {
    let url = URL(fileURLWithPath: path)
    guard let data = FileManager.default.contents(atPath: path),
        let text = String(data: data, encoding: .utf8)
    else {
        FileHandle.standardError.write(Data("\(path): error: not a readable UTF-8 file\n".utf8))
        exit(1)
    }
    source += "        \(swiftLiteral(url.lastPathComponent)): \(swiftLiteral(text)),\n"
}
source += "    ]\n}\n"
do {
    try source.write(toFile: outputPath, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("\(outputPath): error: \(error)\n".utf8))
    exit(1)
}
