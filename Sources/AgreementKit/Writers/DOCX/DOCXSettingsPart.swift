import Foundation

/// Writes `word/settings.xml`: default tab stop, character spacing control, Word 2013+ compatibility mode and the
/// language's decimal and list separators. Fields are not marked for update: their cached results are right.
struct DOCXSettingsPart {
    let vocabulary: Vocabulary

    /// The XML of the part (children in CT_Settings order).
    func data() throws -> Data {
        let xml = try XMLWriter()
        try xml.declaration()
        try xml.element("w:settings", ["xmlns:w": DOCXNamespace.wordprocessingML]) {
            try xml.element("w:zoom", ["w:percent": "100"])
            try xml.element("w:defaultTabStop", ["w:val": String(DOCXMetrics.defaultTabStop)])
            try xml.element("w:characterSpacingControl", ["w:val": "doNotCompress"])
            try xml.element("w:compat") {
                try xml.element(
                    "w:compatSetting",
                    ["w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word", "w:val": "15"])
            }
            try xml.element("w:themeFontLang", ["w:val": vocabulary.languageTag])
            try xml.element("w:decimalSymbol", ["w:val": vocabulary.decimalSymbol])
            try xml.element("w:listSeparator", ["w:val": vocabulary.listSeparator])
        }
        return try xml.finish()
    }
}
