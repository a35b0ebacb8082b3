/// The notes on the agreements a batch writes, grouped: a warning that several agreements share, because it comes
/// from the same place in the config (a check on an answer in the defaults), is one note naming them all
/// (`agreements 1–50: …`) instead of one note per agreement. A note of one agreement alone keeps its label
/// (`agreement 3 (opi-acme): …`).
///
/// Each agreement's notes are added as it is done, so a batch holds a few numbers per agreement, not its notes;
/// the order of the result does not depend on the order in which agreements finish: groups are ordered by their
/// first agreement, then by their place among that agreement's notes.
struct BatchNotes {
    /// What makes two notes the same note.
    private struct Key: Hashable {
        var severity: Diagnostic.Severity
        var content: Diagnostic.Content
        var location: SourceLocation?
        var file: String?

        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity
            content = diagnostic.content
            location = diagnostic.location
            file = diagnostic.file
        }
    }

    /// One note and the agreements that have it.
    private struct Group {
        var note: Diagnostic
        var numbers: [Int]
        /// The first agreement that has it, and the note's place among that agreement's notes.
        var first: (number: Int, position: Int)
    }

    private var groups: [Group] = []
    private var index: [Key: Int] = [:]

    /// Adds the notes of agreement `number`, in the order they are to be shown.
    mutating func add(_ notes: [Diagnostic], of number: Int) {
        for (position, note) in notes.enumerated() {
            let key = Key(note)
            if let existing = index[key] {
                // The same note twice in one agreement is shown once.
                guard groups[existing].numbers.last != number else { continue }
                groups[existing].numbers.append(number)
                if number < groups[existing].first.number { groups[existing].first = (number, position) }
            } else {
                index[key] = groups.count
                groups.append(Group(note: note, numbers: [number], first: (number, position)))
            }
        }
    }

    /// The notes, each said about its agreement (`label(number)`) or, when several share it, about all of them.
    func diagnostics(label: (Int) -> Message) -> [Diagnostic] {
        groups.sorted { ($0.first.number, $0.first.position) < ($1.first.number, $1.first.position) }.map { group in
            let numbers = group.numbers.sorted()
            let about = numbers.count == 1 ? label(numbers[0]) : BatchConfigLoader.describe(numbers)
            return group.note.wrapped(in: .batchAboutAgreement, ["label": .message(about)])
        }
    }
}
