import Foundation

/// LibreOffice as the reader tests run it: headless, with a private profile (never the user's), converting files
/// with `--convert-to`.
public enum LibreOffice {
    /// Converts `files` with `soffice --convert-to filter` (`pdf`, `docx`, `fodt`, `txt:Text (encoded):UTF8`) into
    /// `directory`, with a private profile in its `profile` folder. Throws `ReaderText.ReaderFailed` when LibreOffice
    /// fails, `ProcessRunner.ToolMissing` when it is not installed.
    public static func convert(_ files: [URL], to filter: String, in directory: URL) throws {
        let profile = directory.appendingPathComponent("profile").path
        let result = try ProcessRunner.run(
            "soffice",
            [
                "-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", filter, "--outdir",
                directory.path,
            ]
                + files.map(\.path))
        guard result.status == 0 else {
            throw ReaderText.ReaderFailed(
                message: "soffice --convert-to \(filter) exited \(result.status): \(result.stderr)")
        }
    }
}
