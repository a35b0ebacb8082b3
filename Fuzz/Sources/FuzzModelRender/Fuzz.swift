import AgreementKit
import Foundation

let renderer = DocumentRenderer(options: RenderOptions(timestamp: 1_772_409_600))

/// One input: a model JSON decoded and, when valid, written in all four forms.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    guard let agreement = try? ModelJSON.decode(data, file: "fuzz.json") else { return 0 }
    _ = try? renderer.render(agreement, as: [.docx, .odt, .fodt, .flatDocx])
    return 0
}
