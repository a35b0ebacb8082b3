import AgreementKit
import Foundation

/// The bundled library, which every config is read against.
let library = try! ClauseLibrary.bundled()

/// One input: a batch config read (and every agreement in it checked) against the bundled library.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    _ = try? BatchConfigLoader.load(data, file: "fuzz.yaml", library: library, final: false)
    return 0
}
