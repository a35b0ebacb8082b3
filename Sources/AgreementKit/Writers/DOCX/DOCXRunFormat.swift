/// The character formatting in force at a point of laid-out text: the character styles of the enclosing spans,
/// resolved into one character style plus direct bold or italic where a second style needs it (Word allows one
/// character style per run).
struct DOCXRunFormat {
    /// The styles of the enclosing spans.
    private(set) var styles: Set<CharacterStyleID> = []

    /// No styles.
    static let plain = DOCXRunFormat()

    /// The format inside a further span.
    func adding(_ style: CharacterStyleID) -> DOCXRunFormat {
        var copy = self
        copy.styles.insert(style)
        return copy
    }

    /// The most specific style wins the run's one character style.
    private static let precedence: [CharacterStyleID] = [
        .draftMark, .blank, .definition, .definedTerm, .emphasis, .strong, .crossReference, .annotationReference,
    ]

    /// The run properties: the style of the most specific span, and direct bold or italic for the others.
    var properties: DOCXRunProperties {
        var p = DOCXRunProperties()
        let style = Self.precedence.first { styles.contains($0) }
        p.style = style.map(DOCXStyleID.id)
        let bold = styles.contains(.strong) || styles.contains(.definition)
        let styleIsBold = style == .strong || style == .definition
        p.bold = bold && !styleIsBold
        p.italic = styles.contains(.emphasis) && style != .emphasis
        return p
    }
}
