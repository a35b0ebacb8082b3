import Foundation
import PackagePlugin

/// Embeds the bundled clause library (`clauses/`) and the words files (`Sources/AgreementKit/Resources/`) into the
/// `AgreementKit` module as generated Swift source, so every program that links AgreementKit (the installed binary
/// too) has them from any working directory, without resource bundles beside it.
@main
struct EmbedClauseLibrary: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let tool = try context.tool(named: "opi-embed-library").url
        let folders: [(name: String, folder: URL, output: String, what: String)] = [
            (
                "BundledLibraryFiles", context.package.directoryURL.appending(path: "clauses"),
                "BundledLibraryFiles.swift", "the clause library"
            ),
            (
                "EmbeddedWordsFiles", context.package.directoryURL.appending(path: "Sources/AgreementKit/Resources"),
                "EmbeddedWordsFiles.swift", "the words files"
            ),
        ]
        return folders.map { item in
            let output = context.pluginWorkDirectoryURL.appending(path: item.output)
            return .buildCommand(
                displayName: "Embedding \(item.what)",
                executable: tool,
                arguments: [item.name, item.folder.path, output.path],
                inputFiles: Self.files(below: item.folder),
                outputFiles: [output])
        }
    }

    /// Every regular file below `folder`, in path order.
    private static func files(below folder: URL) -> [URL] {
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker
            where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                inputs.append(url)
            }
        }
        return inputs.sorted { $0.path < $1.path }
    }
}
