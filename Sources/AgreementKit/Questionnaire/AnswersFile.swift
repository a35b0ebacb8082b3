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

    /// Where an interview stopped in a list, from the comment `AnswersWriter` writes (`# interview: suppliers
    /// another`); nil when the file has none.
    public static func listPosition(in data: Data) -> ListPosition? {
        let text = String(decoding: data, as: UTF8.self)
        return text.lines(omittingEmpty: true).lazy.compactMap { ListPosition(comment: $0) }.last
    }
}
