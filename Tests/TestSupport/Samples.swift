import AgreementKit
import Foundation

/// The sample model in `examples/` and documents rendered from it, shared by the tests.
public enum Samples {
    /// The sample model, `examples/sample-agreement.json`.
    public static let modelURL = TestEnvironment.repositoryRoot.appendingPathComponent("examples/sample-agreement.json")

    /// The sample model.
    public static func agreement() throws -> Agreement {
        try ModelJSON.decode(try Data(contentsOf: modelURL), file: modelURL.path)
    }

    /// A fixed timestamp so tests do not depend on the environment.
    public static let options = RenderOptions(timestamp: 1_772_409_600)  // 2026-03-02T00:00:00Z

    /// The sample rendered in one form.
    public static func render(_ format: OutputFormat, _ agreement: Agreement? = nil) throws -> Data {
        try DocumentRenderer(options: options).render(try agreement ?? self.agreement(), as: format)
    }

    /// The parts embedded in a Flat OPC document, cut out of the text as `validate-package` does.
    public static func flatOPCParts(_ data: Data) -> [(name: String, data: Data)] {
        let text = String(decoding: data, as: UTF8.self)
        var parts: [(String, Data)] = []
        var rest = text[...]
        while let open = rest.range(of: "<pkg:part ") {
            guard let close = rest.range(of: "</pkg:part>", range: open.upperBound..<rest.endIndex) else { break }
            let element = rest[open.lowerBound..<close.upperBound]
            let nameStart = element.range(of: "pkg:name=\"")!
            let nameEnd = element.range(of: "\"", range: nameStart.upperBound..<element.endIndex)!
            let name = String(element[nameStart.upperBound..<nameEnd.lowerBound].dropFirst())
            if let a = element.range(of: "<pkg:xmlData>"),
                let b = element.range(of: "</pkg:xmlData>", options: .backwards)
            {
                parts.append((name, Data(element[a.upperBound..<b.lowerBound].utf8)))
            }
            rest = rest[close.upperBound...]
        }
        return parts
    }

    /// A small model built in code, for focused tests.
    public static func small(status: AgreementStatus = .draft, text: String = "Text") -> Agreement {
        let parties = [
            Party(
                id: "p", name: "Kommunen", role: .publicParty, organisationNumber: "212000-0001", shortName: "Kommunen"),
            Party(id: "s", name: "Bolaget AB", role: .supplier),
        ]
        return Agreement(
            metadata: AgreementMetadata(
                title: "Avtal", language: .sv, date: CalendarDate(year: 2026, month: 1, day: 15), status: status,
                parties: parties, provenance: [ProvenanceEntry(key: "k", value: "v")]),
            blocks: [
                .title(TitleBlock(title: [.text("Avtal")])),
                .clause(
                    Clause(
                        id: "a", heading: [.text("Första")],
                        body: [
                            .paragraph([.text(text), .note(DraftingNote(text: "En anteckning"))]),
                            .clause(
                                Clause(
                                    id: "a1",
                                    body: [.paragraph([.text("Se "), .reference(CrossReference(target: "b"))])])),
                        ])),
                .clause(Clause(id: "b", heading: [.text("Andra")], body: [.paragraph([.blank(Blank(name: "x"))])])),
                .signatures(SignatureBlock(signatures: [Signature(party: "p"), Signature(party: "s")])),
            ])
    }
}
