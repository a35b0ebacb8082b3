import Foundation
import Testing

@testable import AgreementKit

/// Every legal citation in the bundled library, listed for review: a wrong citation is worse than none, so each one
/// is in `Golden/citations.txt` and a change to any shows up here. `scripts/citations` prints the list.
@Suite("Citations in the bundled library")
struct CitationTests {
    @Test("every citation of the library is in the golden list")
    func citationsMatchTheGoldenList() throws {
        let list = Citations.list(in: ClauseLibrary.bundledFiles)
        #expect(!list.isEmpty)
        let text = list.joined(separator: "\n") + "\n"
        if let out = ProcessInfo.processInfo.environment["OPI_CITATIONS_OUT"], !out.isEmpty {
            try Data(text.utf8).write(to: URL(fileURLWithPath: out))
        }
        try Golden.checkText(text, as: "citations.txt")
    }

    @Test(
        "the patterns find Swedish, Danish and EU citations with their place",
        arguments: [
            ("enligt 1 kap. 5 § LOU gäller", "1 kap. 5 §"),
            ("förvaltningslagen (2017:900) 16–18 §§ om jäv", "(2017:900) 16–18 §§"),
            ("udbudsloven § 136 nr. 2", "§ 136"),
            ("förordning (EU) 2023/2831 om stöd", "(EU) 2023/2831"),
            ("Regulation (EU) No 651/2014, Article 25", "(EU) No 651/2014"),
            ("artikel 14 i direktiv 2014/24/EU", "2014/24/EU"),
            ("artiklarna 40 och 41 i direktivet", "artiklarna 40"),
            ("rambestämmelserna (2022/C 414/01)", "2022/C 414/01"),
            ("offentlighedsloven, lov nr. 606 af 12. juni 2013", "lov nr. 606 af 12. juni 2013"),
            ("dom C-451/08 Helmut Müller", "C-451/08"),
        ])
    func patterns(_ line: String, _ citation: String) {
        let found = Citations.matches(in: line).map { String(line[$0]) }
        #expect(found.contains(citation), "found \(found)")
    }

    @Test("plain numbers, dates, amounts and clause numbers are not citations")
    func noFalsePositives() {
        for line in [
            "inom 30 dagar från den 1 mars 2026", "högst 300 000 SEK", "enligt punkt 7.2", "kl. 10:30",
            "{{ref results-open}}",
        ] {
            #expect(Citations.matches(in: line).isEmpty, "\(line)")
        }
    }
}

/// Finds legal citations in text files, line by line: Swedish chapters and sections (`1 kap. 5 §`, `16–18 §§`), SFS
/// numbers (`(2016:1145)`), Danish sections and acts (`§ 136`, `lov nr. 606 af 12. juni 2013`), EU acts
/// (`(EU) 2023/2831`, `(EU) No 651/2014`, `2014/24/EU`, `2022/C 414/01`), articles (`artikel 14`, `Article 25`,
/// `art. 32(2)(b)`) and CJEU cases (`C-451/08`).
enum Citations {
    /// The patterns; overlapping matches, and matches one space apart, are merged into one citation.
    static let patterns: [NSRegularExpression] = [
        #"\d+ kap\. \d+ [a-z] ?§|\d+ kap\. \d+(?:[–-]\d+)? §§?"#,
        #"\b\d+(?:[–-]\d+)? §§?(?: (?:första|andra|tredje|fjärde|femte) stycket)?(?: \d+)?"#,
        #"(?<!\d )(?<!\d)§§? ?\d+(?:[–-]\d+)?(?:, stk\. \d+)?"#,
        #"\((?:SFS )?(?:1[89]|20)\d{2}:\d{1,4}\)|SFS (?:1[89]|20)\d{2}:\d{1,4}"#,
        #"\((?:EU|EG|EC|EEG|EEC|EU, Euratom)\)(?: (?:No|nr|nr\.))? \d+/\d+"#,
        #"\b(?:EU|EG|EC)(?: No| nr\.?)? \d+/\d+"#,
        #"\b\d{4}/\d+/(?:EU|EG|EC|EEG|EEC)\b"#,
        #"\b(?:19|20)\d{2}/C \d+/\d+"#,
        #"\b(?:[Aa]rtikel|[Aa]rtiklarna|[Aa]rticle|[Aa]rticles|[Aa]rt\.) \d+(?:\.\d+)?(?:\(\d+\))*(?:\([a-z]\))*"#,
        #"\b(?:lov|LBK|LOV|bekendtgørelse|bkg\.) nr\. \d+(?: af \d+\. \w+ \d{4})?"#,
        #"\bC-\d+/\d{2}\b"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    /// The citations of one line, as ranges, merged where patterns overlap, in order.
    static func matches(in line: String) -> [Range<String.Index>] {
        let whole = NSRange(line.startIndex..., in: line)
        var spans: [NSRange] = []
        for pattern in patterns {
            for match in pattern.matches(in: line, range: whole) {
                let span = match.range
                spans.append(span)
            }
        }
        spans.sort { $0.location < $1.location }
        var merged: [NSRange] = []
        for span in spans {
            // Overlapping citations, or citations one space apart ("(2017:900) 16–18 §§"), are one.
            if let last = merged.last,
                span.location <= last.upperBound
                    || (span.location == last.upperBound + 1
                        && (line as NSString).substring(with: NSRange(location: last.upperBound, length: 1)) == " ")
            {
                merged[merged.count - 1] = NSRange(
                    location: last.location, length: max(last.upperBound, span.upperBound) - last.location)
            } else {
                merged.append(span)
            }
        }
        return merged.compactMap { Range($0, in: line) }
    }

    /// Every citation of the files, one line each: `path:line: citation | context`, where the context is the
    /// citation with up to six words either side. Sorted by path, line and place in the line.
    static func list(in files: [LibraryFile]) -> [String] {
        var out: [String] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            let text = String(decoding: file.data, as: UTF8.self)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                for range in matches(in: line) {
                    // The words either side; a word glued to the citation ("(", ").") counts as none.
                    let before = line[..<range.lowerBound].split(separator: " ", omittingEmptySubsequences: false)
                        .suffix(7).joined(separator: " ")
                    let after = line[range.upperBound...].split(separator: " ", omittingEmptySubsequences: false)
                        .prefix(7).joined(separator: " ")
                    let citation = String(line[range]).trimmingCharacters(in: .whitespaces)
                    let context = (before + line[range] + after).trimmingCharacters(in: .whitespaces)
                    out.append("clauses/\(file.path):\(n + 1): \(citation) | …\(context)…")
                }
            }
        }
        return out
    }
}
