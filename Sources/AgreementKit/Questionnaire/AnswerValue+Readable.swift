extension AnswerValue {
    /// The value as the `explain` trace shows it: strings quoted, yes/no, amounts with currency, dates ISO,
    /// lists by their size.
    var readable: String {
        switch self {
        case .text(let s), .choice(let s): return Self.quoted(s)
        case .texts(let texts):
            return "{"
                + texts.entries.map { "\($0.language.rawValue): \(Self.quoted($0.text))" }.joined(separator: ", ")
                + "}"
        case .boolean(let b): return b ? "yes" : "no"
        case .integer(let n): return String(n)
        case .amount(let a): return AnswerValueReader.describe(a)
        case .date(let d): return d.iso
        case .choices(let values): return "[" + values.map(Self.quoted).joined(separator: ", ") + "]"
        case .list(let records): return records.count == 1 ? "1 record" : "\(records.count) records"
        case .record: return "a record"
        }
    }

    private static func quoted(_ s: String) -> String {
        "\"" + s.replacingASCII([UInt8(ascii: "\\"): "\\\\", UInt8(ascii: "\""): "\\\"", UInt8(ascii: "\n"): "\\n"])
            + "\""
    }
}
