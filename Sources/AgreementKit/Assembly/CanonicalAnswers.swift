import Foundation

/// A canonical text form of answers ("path=value" lines, sorted), hashed into every generated document so the
/// answers behind it can be recognised.
enum CanonicalAnswers {
    static func text(_ answers: Answers) -> String {
        var lines: [String] = []
        func add(_ path: AnswerPath, _ value: AnswerValue) {
            switch value {
            case .text(let s): lines.append("\(path)=t:\(escape(s))")
            case .texts(let texts):
                for entry in texts.entries.sorted(by: { $0.language.rawValue < $1.language.rawValue }) {
                    lines.append("\(path)=l:\(entry.language.rawValue):\(escape(entry.text))")
                }
            case .boolean(let b): lines.append("\(path)=b:\(b)")
            case .integer(let n): lines.append("\(path)=i:\(n)")
            case .amount(let a): lines.append("\(path)=a:\(a.minorUnits) \(a.currency)")
            case .date(let d): lines.append("\(path)=d:\(d.iso)")
            case .choice(let v): lines.append("\(path)=c:\(escape(v))")
            case .choices(let vs): lines.append("\(path)=m:" + vs.map(escape).joined(separator: ","))
            case .list(let records):
                lines.append("\(path)=n:\(records.count)")
                for (i, r) in records.enumerated() { record(path.index(i), r) }
            case .record(let r): record(path, r)
            }
        }
        func record(_ path: AnswerPath, _ r: AnswerRecord) {
            for key in r.values.keys.sorted() { add(path.key(key), r.values[key]!) }
        }
        for key in answers.values.keys.sorted() { add(AnswerPath(key), answers.values[key]!) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func hash(_ answers: Answers) -> String { SHA256.hex(Array(text(answers).utf8)) }

    private static func escape(_ s: String) -> String {
        s.replacingASCII([UInt8(ascii: "\\"): "\\\\", UInt8(ascii: "\n"): "\\n", UInt8(ascii: ","): "\\,"])
    }
}
