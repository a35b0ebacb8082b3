import Foundation

/// The temporary folder of one conversion, private to it (mode 0700): `in/` holds the documents, `out/` the PDFs,
/// `profile/` LibreOffice's user profile and `output.log` what LibreOffice printed. `remove()` deletes it all.
struct ConversionFolder {
    /// The folder.
    let path: String

    /// Creates a new folder in the system's temporary folder (`TMPDIR`).
    init() throws(ConversionError) {
        let template = (NSTemporaryDirectory() as NSString).appendingPathComponent("opi-agreement-pdf-XXXXXX")
        var bytes = Array(template.utf8CString)
        guard let created = mkdtemp(&bytes) else {
            throw Self.error(template, String(cString: strerror(errno)))
        }
        path = String(cString: created)
        for folder in ["in", "out"] where mkdir("\(path)/\(folder)", 0o700) != 0 {
            let reason = String(cString: strerror(errno))
            remove()
            throw Self.error(path, reason)
        }
    }

    /// Writes a file at `name` inside the folder.
    func write(_ data: Data, to name: String) throws(ConversionError) {
        do {
            try data.write(to: URL(fileURLWithPath: "\(path)/\(name)"))
        } catch {
            throw Self.error(path, error.localizedDescription)
        }
    }

    /// A new file `output.log` for LibreOffice's stdout and stderr, open for writing.
    func outputHandle() throws(ConversionError) -> FileHandle {
        let file = "\(path)/output.log"
        guard FileManager.default.createFile(atPath: file, contents: nil),
            let handle = FileHandle(forWritingAtPath: file)
        else {
            throw Self.error(path, String(cString: strerror(errno)))
        }
        return handle
    }

    /// The end of what LibreOffice printed, for a message (`; LibreOffice printed: …`): its last three lines that say
    /// something, without the warning about Java that it prints on every run; empty text when nothing is left.
    func said() -> Message.Value {
        let text = (FileManager.default.contents(atPath: "\(path)/output.log")).map {
            String(decoding: $0, as: UTF8.self)
        }
        let lines = (text ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.contains("javaldx") }
        guard !lines.isEmpty else { return .text("") }
        var shown = lines.suffix(3).joined(separator: " / ")
        if shown.count > 400 { shown = "…" + shown.suffix(399) }
        return .message(Message(.pdfSaid, ["output": .text(shown)]))
    }

    /// Deletes the folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The error of a temporary folder that cannot be made or written.
    private static func error(_ folder: String, _ reason: String) -> ConversionError {
        ConversionError(.pdfTemporaryFolder, texts: ["folder": folder, "reason": reason])
    }
}
