import AgreementKit
import Foundation

/// The bundled questionnaire, which the parsed conditions are checked and evaluated against.
let questionnaire = try! ClauseLibrary.bundled().questionnaire
let checker = ConditionChecker(questionnaire: questionnaire)
let evaluator = ConditionEvaluator(answers: Answers(), questionnaire: questionnaire)

/// One input: a condition parsed, type-checked against the bundled questionnaire and evaluated without answers
/// (defaults only); and the same text parsed as a value path.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let text = String(bytes: UnsafeBufferPointer(start: bytes, count: count), encoding: .utf8) else { return 0 }
    let at = SourceLocation(file: "fuzz.clause", line: 1, column: 1)
    if let condition = try? ConditionParser.parse(text, at: at) {
        _ = checker.check(condition)
        _ = evaluator.evaluate(condition)
    }
    _ = try? ConditionParser.parsePath(text, at: at)
    return 0
}
