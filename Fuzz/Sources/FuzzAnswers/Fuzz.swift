import AgreementKit
import Foundation

/// The bundled questionnaire, which every input is read against.
let questionnaire = try! ClauseLibrary.bundled().questionnaire

/// One input: an answers file read against the bundled questionnaire, as a draft and as a final agreement would.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    _ = try? AnswersLoader.load(data, file: "fuzz.yaml", questionnaire: questionnaire)
    _ = try? AnswersLoader.load(data, file: "fuzz.yaml", questionnaire: questionnaire, requireComplete: true)
    return 0
}
