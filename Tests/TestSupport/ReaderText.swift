import Foundation

/// The text a real reader shows, compared without its layout: every run of whitespace (spaces, tabs, line breaks,
/// the no-break and other Unicode spaces a PDF keeps) is one space. Where a line wraps, and how far columns are
/// padded, depends on the fonts installed with LibreOffice; what the text says does not. Every reader assertion
/// compares through this.
public struct ReaderText: CustomStringConvertible, Sendable {
    /// The normalised text.
    public let text: String

    /// Normalises `raw`.
    public init(_ raw: String) {
        text = Self.normalise(raw)
    }

    /// `raw` with each run of whitespace replaced by one space and none at the ends.
    public static func normalise(_ raw: String) -> String {
        raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The text of a PDF as `pdftotext` reads it, in reading order.
    public static func pdf(_ path: String) throws -> ReaderText {
        let result = try ProcessRunner.run("pdftotext", ["-enc", "UTF-8", path, "-"])
        guard result.status == 0 else {
            throw ReaderFailed(message: "pdftotext \(path) exited \(result.status): \(result.stderr)")
        }
        return ReaderText(result.stdout)
    }

    /// Whether the text contains `fragment`, whitespace-normalised in turn.
    public func contains(_ fragment: String) -> Bool {
        text.contains(Self.normalise(fragment))
    }

    /// Whether the text matches the regular expression `pattern` (write `\s+` or a single space between words).
    public func matches(_ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }

    /// The text form, as messages show it.
    public var description: String { text }

    /// A reader that could not read a file.
    public struct ReaderFailed: Error, CustomStringConvertible {
        /// What went wrong.
        public let message: String
        /// The text form, as messages show it.
        public var description: String { message }
    }
}
