import Foundation
import Testing

@testable import AgreementKit

/// How a decoding error is worded and located: an unknown value of a type without a list of allowed values is "not
/// an allowed value", and a mismatch names the kind of value expected (an object for a dictionary, the type's name
/// for a type without a word of its own).
@Suite("Node locator: wording of decoding errors")
struct NodeLocatorWordingTests {
    let locator = NodeLocator(text: "blocks:\n  - kind: paragraph\n", file: "m.json")

    @Test func anUnknownValueOfATypeWithoutAListIsNotAllowed() {
        #expect(
            NodeLocator.reword("Cannot initialize Colour from invalid String value pink")
                == Message(.modelNotAllowed, ["value": .text("pink")]))
        #expect(
            NodeLocator.reword("Cannot initialize Language from invalid String value de")
                == Message(
                    .modelNotOneOf,
                    ["value": .text("de"), "values": .text(Language.allCases.map(\.rawValue).joined(separator: ", "))]))
        #expect(
            NodeLocator.reword("The data is not valid JSON.")
                == Message(.modelInvalidValue, ["reason": .text("The data is not valid JSON.")]))
    }

    @Test func aMismatchNamesTheKindOfValueExpected() {
        let path: [any CodingKey] = [Key(stringValue: "blocks"), Key(intValue: 0)]
        func what(_ type: Any.Type) -> Diagnostic {
            locator.diagnostic(
                for: .typeMismatch(type, DecodingError.Context(codingPath: path, debugDescription: "")))
        }
        #expect(
            what([String: String].self).message == Message(.modelExpected, ["what": .key(.modelWhatObject)]).description
        )
        #expect(what(Double.self).message == Message(.modelExpected, ["what": .text("Double")]).description)
        #expect(what(Double.self).location == SourceLocation(file: "m.json", line: 2, column: 5))
    }

    /// A whole number written as a fraction (`2.0`, `1e2`) fits an integer and is passed over: the first number
    /// that no integer holds is the one reported, at its place.
    @Test func aWholeNumberWrittenAsAFractionIsNoProblem() {
        #expect(NodeLocator(text: "[2.0, 1e2]", file: "m.json").numberNotInteger() == nil)
        let problem = NodeLocator(text: "[2.0, 1e2,\n 1.5]", file: "m.json").numberNotInteger()
        #expect(problem?.message == Message(.modelExpected, ["what": .key(.modelWhatInteger)]).description)
        #expect(problem?.location == SourceLocation(file: "m.json", line: 2, column: 2))
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(stringValue: String) { self.stringValue = stringValue }
        init(intValue: Int) {
            stringValue = String(intValue)
            self.intValue = intValue
        }
    }
}
