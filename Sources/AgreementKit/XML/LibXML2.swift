internal import CLibXML2

/// libxml2's global set-up, done once for every user of libxml2 in this module. Swift runs a static initialiser
/// exactly once, even when writers and validators start on several threads at once (a parallel batch);
/// `xmlInitParser` itself is not reentrant.
enum LibXML2 {
    static let ready: Void = xmlInitParser()
}
