import Foundation

/// Building and escaping strings without Foundation, on the hot paths of parsing, assembly and writing. Each gives
/// exactly the string the obvious `String.UnicodeScalarView` or `replacingOccurrences` code would, only faster.
extension String {
    /// A string of the given scalars. Encodes them to UTF-8 bytes first, which is much faster than appending them one
    /// by one to a `String.UnicodeScalarView` (the parsers build every text from scalars).
    init<Scalars: Sequence<Unicode.Scalar>>(scalars: Scalars) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        self.init(decoding: bytes, as: UTF8.self)
    }

    /// This string with each ASCII character that `replacements` names replaced by its text, in one pass (the same
    /// as chained `replacingOccurrences` calls when no replacement text holds a later character to replace). The
    /// string itself is returned when it holds none of them.
    func replacingASCII(_ replacements: [UInt8: String]) -> String {
        guard utf8.contains(where: { replacements[$0] != nil }) else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 8)
        for byte in utf8 {
            if let replacement = replacements[byte] {
                bytes.append(contentsOf: replacement.utf8)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the string is empty or holds only scalars of `set`: the same as
    /// `trimmingCharacters(in: set).isEmpty`, without making the trimmed string.
    func isBlank(_ set: CharacterSet = .whitespacesAndNewlines) -> Bool {
        unicodeScalars.allSatisfy { set.contains($0) }
    }

    /// The lines of the text, split at LF, CRLF or CR: the line ends the YAML reader accepts. (CRLF is one Character
    /// in Swift, so splitting at "\n" alone would keep a file saved on Windows on one line.)
    func lines(omittingEmpty: Bool = false) -> [Substring] {
        split(omittingEmptySubsequences: omittingEmpty) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }
}
