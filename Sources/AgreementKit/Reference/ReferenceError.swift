import Foundation

/// Why a reference document cannot be used. Each names the file; `diagnostic` words it for the user.
public struct ReferenceError: Error, Sendable, Equatable {
    /// What is wrong.
    public enum Problem: Sendable, Equatable {
        /// The file name ends in neither `.docx` nor `.odt`.
        case unknownKind
        /// Two references of the same kind; the other file.
        case twice(other: String)
        /// Not a ZIP package.
        case notPackage(reason: String)
        /// A part the kind needs is missing (`word/styles.xml`, `styles.xml`).
        case missingPart(String)
        /// A part is not well-formed XML.
        case malformed(part: String, reason: String)
        /// A style the tool uses for paragraphs is another kind of style in the reference.
        case notParagraphStyle(String)
        /// A style the tool uses for words in a paragraph is another kind of style in the reference.
        case notCharacterStyle(String)
        /// A header or footer refers to a part that cannot be copied (not an image or a link).
        case unsupportedLink(part: String, target: String)
    }

    /// The reference document's path as given.
    public var file: String
    /// The kind of document (`DOCX`, `ODT`), for messages.
    public var kind: String
    /// What is wrong with it.
    public var problem: Problem

    /// The error as a diagnostic at the file.
    public var diagnostic: DiagnosticError {
        let message: Message
        switch problem {
        case .unknownKind:
            message = Message(.referenceUnknownKind, ["value": .text(file)])
        case .twice(let other):
            message = Message(.referenceTwice, ["kind": .text(kind), "first": .text(other), "second": .text(file)])
        case .notPackage(let reason):
            message = Message(.referenceNotPackage, ["kind": .text(kind), "reason": .text(reason)])
        case .missingPart(let part):
            message = Message(.referenceMissingPart, ["kind": .text(kind), "part": .text(part)])
        case .malformed(let part, let reason):
            message = Message(.referenceMalformed, ["part": .text(part), "reason": .text(reason)])
        case .notParagraphStyle(let style):
            message = Message(.referenceNotParagraphStyle, ["style": .text(style)])
        case .notCharacterStyle(let style):
            message = Message(.referenceNotCharacterStyle, ["style": .text(style)])
        case .unsupportedLink(let part, let target):
            message = Message(.referenceUnsupportedLink, ["part": .text(part), "target": .text(target)])
        }
        return DiagnosticError(message, file: file)
    }
}

/// A package's parts as read from a reference document, with the reading of XML parts and the errors that name
/// the file.
struct ReferencePackage {
    let file: String
    let kind: String
    let entries: [String: Data]

    func error(_ problem: ReferenceError.Problem) -> ReferenceError {
        ReferenceError(file: file, kind: kind, problem: problem)
    }

    /// The parsed part `name`; nil when the package has no such part.
    func xml(_ name: String) throws(ReferenceError) -> XMLTreeElement? {
        guard let data = entries[name] else { return nil }
        do {
            return try XMLTree.parse(data)
        } catch {
            throw self.error(.malformed(part: name, reason: error.description))
        }
    }

    /// The parsed part `name`, which must be there.
    func requiredXML(_ name: String) throws(ReferenceError) -> XMLTreeElement {
        guard let element = try xml(name) else { throw error(.missingPart(name)) }
        return element
    }

    /// The media type of an image by its file name extension.
    static func imageMediaType(_ name: String) -> String {
        let types = [
            "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "bmp": "image/bmp",
            "tif": "image/tiff", "tiff": "image/tiff", "svg": "image/svg+xml", "emf": "image/x-emf",
            "wmf": "image/x-wmf",
        ]
        return types[fileExtension(name)] ?? "application/octet-stream"
    }

    /// The lower-case file name extension, without the dot.
    static func fileExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return "bin" }
        let ext = name[name.index(after: dot)...].lowercased()
        return ext.isEmpty || !ext.allSatisfy({ $0.isLetter || $0.isNumber }) ? "bin" : ext
    }

    /// `path` resolved against the folder `base` (`word/` + `media/a.png`, `../media/a.png`, `/word/x`).
    static func resolve(_ path: String, against base: String) -> String {
        var parts: [Substring] = path.hasPrefix("/") ? [] : base.split(separator: "/")
        for part in path.split(separator: "/") {
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else if part != "." {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}

/// The styles the tool uses, as the reference readers look them up.
enum ToolStyles {
    /// Every paragraph style of the agreement's style sheet.
    static let paragraphs: [ParagraphStyleID] = StyleSheet.standard(languageTag: "en", annexWord: "Annex")
        .paragraphStyles.map(\.id)
    /// Every character style.
    static let characters: [CharacterStyleID] = CharacterStyleID.allCases

    /// The style sheet's definition of a paragraph style (its numbering and outline level).
    static func definition(_ id: ParagraphStyleID) -> ParagraphStyle? {
        sheet.paragraphStyle(id)
    }

    private static let sheet = StyleSheet.standard(languageTag: "en", annexWord: "Annex")
}
