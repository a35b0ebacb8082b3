import Foundation

/// Turns text built from answers into a file name (without extension) that is safe on every common file system:
/// one path component, no control characters, no hidden or relative names, valid UTF-8 of bounded length.
///
/// The rules, in order (see `docs/batch-format.md`):
/// 1. the text is put in Unicode NFC form;
/// 2. `/ \ : * ? " < > |` become `-`; line breaks, tabs and other control or separator characters become a space;
///    invisible format characters (zero-width spaces, bidirectional overrides, soft hyphens) are dropped, except
///    the zero-width joiner and non-joiner that emoji sequences and some scripts (Persian, Indic) need;
/// 3. runs of spaces become one space, runs of dots one dot (so `..` never appears);
/// 4. leading spaces, dots and hyphens and trailing spaces and dots are removed;
/// 5. the name is cut to at most `maximumBytes` bytes of UTF-8 at a character boundary;
/// 6. a Windows device name (`CON`, `NUL`, `COM1`, ... alone or before a dot) gets a `_` after it;
/// 7. an empty result becomes the fallback (itself made safe the same way).
public enum SafeFileName {
    /// The most bytes of UTF-8 a name may take: room for an extension and a temporary-file prefix within the
    /// 255-byte limit of common file systems.
    public static let maximumBytes = 200

    /// The safe form of `text`; `fallback` when nothing usable remains.
    public static func make(_ text: String, fallback: String) -> String {
        let name = clean(text)
        if !name.isEmpty { return name }
        let other = clean(fallback)
        return other.isEmpty ? "agreement" : other
    }

    private static let replacedWithHyphen: Set<Unicode.Scalar> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]

    private static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = false
        var lastWasDot = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            var output = scalar
            if replacedWithHyphen.contains(scalar) {
                output = "-"
            } else {
                switch scalar.properties.generalCategory {
                case .format where scalar != "\u{200C}" && scalar != "\u{200D}": continue
                case .control, .spaceSeparator, .lineSeparator, .paragraphSeparator: output = " "
                default: break
                }
            }
            if output == " " {
                if lastWasSpace { continue }
            } else if output == "." {
                if lastWasDot { continue }
            }
            lastWasSpace = output == " "
            lastWasDot = output == "."
            scalars.append(output)
        }
        var name = String(scalars)
        name = String(name.drop { $0 == " " || $0 == "." || $0 == "-" })
        name = trimEnd(name)
        name = truncated(name)
        if isDeviceName(name) {
            let stem = name.prefix { $0 != "." }
            name = stem + "_" + name.dropFirst(stem.count)
        }
        return name
    }

    /// `name` without trailing spaces and dots.
    private static func trimEnd(_ name: String) -> String {
        var name = name
        while let last = name.last, last == " " || last == "." { name.removeLast() }
        return name
    }

    /// The longest prefix of whole characters that fits in `maximumBytes`, without trailing spaces and dots.
    private static func truncated(_ name: String) -> String {
        guard name.utf8.count > maximumBytes else { return name }
        var result = ""
        var bytes = 0
        for character in name {
            let size = character.utf8.count
            if bytes + size > maximumBytes { break }
            result.append(character)
            bytes += size
        }
        return trimEnd(result)
    }

    private static let deviceNames: Set<String> = {
        var names: Set<String> = ["con", "prn", "aux", "nul"]
        for n in 1...9 {
            names.insert("com\(n)")
            names.insert("lpt\(n)")
        }
        return names
    }()

    /// Whether Windows reserves the name (with or without an extension) for a device.
    private static func isDeviceName(_ name: String) -> Bool {
        deviceNames.contains(name.prefix { $0 != "." }.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// The key under which two names count as the same file: case-insensitive file systems (macOS, Windows) would
    /// store them as one.
    public static func collisionKey(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased()
    }
}
