import AgreementKit
import ArgumentParser

/// The `--to` list of `build`: document formats plus `model` (the JSON document model).
enum BuildTargets {
    static func parse(_ text: String) throws -> (formats: [OutputFormat], model: Bool) {
        var names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let model = names.contains("model")
        names.removeAll { $0 == "model" }
        if names.isEmpty { return ([], model) }
        guard let formats = OutputFormat.list(names.joined(separator: ",")) else {
            throw ValidationError(
                "--to takes a comma-separated list of: "
                    + (OutputFormat.allCases.map(\.rawValue) + ["model"]).joined(separator: ", "))
        }
        return (formats, model)
    }
}
