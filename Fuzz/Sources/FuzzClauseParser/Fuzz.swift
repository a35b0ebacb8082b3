import AgreementKit
import Foundation

/// One input: a clause file (YAML header and template body) read as the library loader reads it, and the same
/// text parsed as a template body on its own. Errors are expected; crashes, hangs and leaks are not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let text = String(bytes: UnsafeBufferPointer(start: bytes, count: count), encoding: .utf8) else { return 0 }
    _ = try? ClauseFileLoader.load(text, file: "fuzz.clause")
    _ = try? TemplateParser.parseBlocks(text, file: "fuzz.clause", firstLine: 1)
    return 0
}
