import Foundation
import PackagePlugin

/// Embeds the bundled clause library (`clauses/`) into the `opi-agreement` executable as generated Swift source, so
/// the installed binary finds its library from any working directory without resource bundles beside it.
@main
struct EmbedClauseLibrary: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL.appending(path: "clauses")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                inputs.append(url)
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledLibraryFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding the clause library",
                executable: try context.tool(named: "opi-embed-library").url,
                arguments: [root.path, output.path],
                inputFiles: inputs.sorted { $0.path < $1.path },
                outputFiles: [output])
        ]
    }
}
