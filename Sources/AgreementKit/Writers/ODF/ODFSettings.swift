/// Writes `office:settings`: the one setting LibreOffice writes for a new document, so layout does not depend on
/// the printer.
enum ODFSettings {
    /// Writes the `office:settings` element.
    static func write(into xml: XMLWriter) throws {
        try xml.element("office:settings") {
            try xml.element("config:config-item-set", ["config:name": "ooo:configuration-settings"]) {
                try xml.element(
                    "config:config-item", ["config:name": "PrinterIndependentLayout", "config:type": "string"],
                    text: "high-resolution")
            }
        }
    }
}
