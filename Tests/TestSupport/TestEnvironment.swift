import Foundation

/// Where the tests find the repository, the official schemas and the external readers.
public enum TestEnvironment {
    /// The repository root, found from this file's path.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The small clause library the tests use (`Tests/AgreementKitTests/Fixtures/minilib`).
    public static let miniLibrary = repositoryRoot.appendingPathComponent("Tests/AgreementKitTests/Fixtures/minilib")

    /// True on CI (`CI` set): tests that need schemas or readers fail instead of being skipped when those are missing.
    public static let isCI: Bool = {
        let value = ProcessInfo.processInfo.environment["CI"] ?? ""
        return !value.isEmpty && value != "0" && value.lowercased() != "false"
    }()

    /// The official schemas: `$OPI_SCHEMAS_DIR`, else `../shared/schemas` beside the repository.
    public static let schemasDirectory: URL = {
        if let dir = ProcessInfo.processInfo.environment["OPI_SCHEMAS_DIR"], !dir.isEmpty {
            return URL(fileURLWithPath: dir)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas")
    }()

    /// Whether the schemas are present.
    public static let hasSchemas: Bool = FileManager.default.fileExists(
        atPath: schemasDirectory.appendingPathComponent("odf/1.3/OpenDocument-v1.3-schema.rng").path)

    /// Whether schema tests run: always on CI (and fail there when schemas are missing), else when present.
    public static let runSchemaTests: Bool = isCI || hasSchemas

    /// The full path of an executable on `PATH` (or `name` itself when it is a path), if any.
    public static func tool(_ name: String) -> String? {
        if name.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether tests that need these tools run: always on CI, else when all are installed.
    public static func runReaderTests(_ tools: String...) -> Bool {
        isCI || tools.allSatisfy { tool($0) != nil }
    }

    /// A new empty temporary folder.
    public static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("opi-agreement-tests-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
