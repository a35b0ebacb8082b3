import Foundation

/// Reading which answers a file leaves empty on purpose (the interview keeps them unanswered).
public enum AnswersFile {
    /// The paths an answers file gives with an empty value (`key:`, `key: ~`, `key: ""`): question ids, and
    /// `list[index].field` for the fields of list records. Empty when the file is not YAML.
    public static func emptyPaths(in data: Data, file: String = "answers") -> Set<AnswerPath> {
        guard let root = try? YAMLReader.read(data, file: file), let mapping = root.mapping else { return [] }
        var paths: Set<AnswerPath> = []
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.text else { continue }
            if valueNode.isEmpty {
                paths.insert(AnswerPath(key))
            } else if let sequence = valueNode.sequence {
                for (index, element) in sequence.enumerated() {
                    for (fieldNode, fieldValue) in element.mapping?.entries.map({ ($0.key, $0.value) }) ?? [] {
                        if let field = fieldNode.text, fieldValue.isEmpty {
                            paths.insert(AnswerPath(key).index(index).key(field))
                        }
                    }
                }
            }
        }
        return paths
    }

    /// The agreement's main language an answers file remembers: the language of its interview settings (`#   lang:
    /// sv`, the first of them when there are several), in which its plain text answers are written; nil when it has
    /// none (a file written by hand: its plain texts are in the language it is built in).
    public static func mainLanguage(in data: Data) -> Language? {
        InterviewSettings.read(String(decoding: data, as: UTF8.self))?.language
    }

    /// Where an interview stopped in a list, from the comment `AnswersWriter` writes (`# interview: suppliers
    /// another`); nil when the file has none.
    public static func listPosition(in data: Data) -> ListPosition? {
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n").lazy.compactMap { ListPosition(comment: $0) }.last
    }
}
