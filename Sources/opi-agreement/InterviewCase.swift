import AgreementKit
import Foundation

/// The interviews ("cases") in a folder: answers files an interview wrote (they hold `InterviewSettings`), and
/// `opi-answers.yaml`.
enum InterviewCase {
    /// The name of the first interview's answers file in a folder.
    static let defaultName = "opi-answers"

    /// The absolute path of the case changed last in `folder`, nil when it holds none.
    static func latest(in folder: String) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var cases: [(date: Date, path: String)] = []
        for name in names.sorted() where name.hasSuffix(".yaml") {
            let path = (folder as NSString).appendingPathComponent(name)
            guard
                name == defaultName + ".yaml"
                    || (FileManager.default.contents(atPath: path).map {
                        InterviewSettings.read(String(decoding: $0, as: UTF8.self)) != nil
                    } ?? false)
            else { continue }
            let date = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? nil
            cases.append((date ?? .distantPast, path))
        }
        return cases.max { $0.date < $1.date }?.path
    }

    /// A new answers file in `folder`: `opi-answers.yaml`, or `opi-answers-2.yaml`, ... when that is taken.
    static func freshPath(in folder: String) -> String {
        var number = 1
        var path = (folder as NSString).appendingPathComponent("\(defaultName).yaml")
        while FileManager.default.fileExists(atPath: path) {
            number += 1
            path = (folder as NSString).appendingPathComponent("\(defaultName)-\(number).yaml")
        }
        return path
    }
}
