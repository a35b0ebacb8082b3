import Foundation
import Testing

@testable import AgreementKit

/// The settings an interview keeps in its answers file, with every key, and e-mail addresses at the edges.
@Suite("Interview settings and e-mail addresses at the edges")
struct InterviewSettingsEdgeTests {
    @Test func everySettingIsWrittenAndReadBack() {
        var settings = InterviewSettings(
            output: "/tmp/out", forms: ["docx"], languages: try! AgreementLanguages(parsing: "sv+en"), final: false,
            outline: "research", library: "/srv/lib")
        settings.referenceDocuments = ["/srv/firm.docx", "/srv/firm.odt"]
        let text = settings.inserted(into: "# Svar\ntitle: A\n")
        #expect(
            text == """
                # Svar
                # opi-agreement settings:
                #   output: /tmp/out
                #   to: docx
                #   lang: sv+en
                #   final: no
                #   type: research
                #   library: /srv/lib
                #   reference-doc: /srv/firm.docx
                #   reference-doc: /srv/firm.odt
                title: A

                """)
        #expect(InterviewSettings.read(text) == settings)
    }

    @Test func unknownKeysAreSkippedAndTheSettingsEndAtTheFirstOtherLine() {
        let text = """
            # Svar
            # opi-agreement settings:
            #   output: /tmp/out
            #   colour: blue
            #   final: yes
            # a comment of the person's own
            #   type: research
            title: A
            """
        let settings = InterviewSettings.read(text)
        #expect(settings?.output == "/tmp/out")
        #expect(settings?.final == true)
        #expect(settings?.outline == nil, "after the settings ended")
    }

    @Test func aValueWithALineBreakIsLeftOutAndTheLanguageCanBeCleared() {
        var settings = InterviewSettings(output: "/tmp/a\nb", language: .da)
        #expect(settings.commentLines == ["# opi-agreement settings:", "#   lang: da", "#   final: no"])
        settings.language = nil
        #expect(settings.languages == nil)
        settings.language = .en
        #expect(settings.languages?.description == "en")
    }

    @Test(arguments: [
        ("anna@example.se", true), ("a.b-c@sub.example.co", true),
        ("anna@example", false), ("anna@example.s", false), ("anna@example.123", false),
        ("anna@-example.se", false), ("anna@exa mple.se", false), ("anna@example..se", false),
        (".anna@example.se", false), ("an na@example.se", false), ("anna@@example.se", false), ("@example.se", false),
    ])
    func anEmailAddressHasOneAtALocalPartAndADomainWithALetterTopLabel(text: String, valid: Bool) {
        #expect(EmailAddress.isValid(text) == valid)
    }
}
