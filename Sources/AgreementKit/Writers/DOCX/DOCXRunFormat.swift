/// The character formatting in force at a point of the inline content: the marks of the enclosing inlines,
/// resolved into one character style plus direct bold or italic where a second mark needs it (Word allows one
/// character style per run).
struct DOCXRunFormat {
    /// Inside `Inline.emphasis`.
    var emphasis = false
    /// Inside `Inline.strong`.
    var strong = false
    /// Inside the words of `Inline.definition`.
    var definition = false
    /// Inside `Inline.termUse`.
    var term = false
    /// The text of `Inline.blank`.
    var blank = false

    /// No marks.
    static let plain = DOCXRunFormat()

    /// The run properties: the style of the most specific mark (Blank, Definition, Defined Term, Emphasis,
    /// Strong), and direct bold or italic for the other marks.
    var properties: DOCXRunProperties {
        var p = DOCXRunProperties()
        if blank {
            p.style = DOCXStyleID.blank
        } else if definition {
            p.style = DOCXStyleID.definition
        } else if term {
            p.style = DOCXStyleID.definedTerm
        } else if emphasis {
            p.style = DOCXStyleID.emphasis
        } else if strong {
            p.style = DOCXStyleID.strong
        }
        let styleIsBold = p.style == DOCXStyleID.strong || p.style == DOCXStyleID.definition
        p.bold = (strong || definition) && !styleIsBold
        p.italic = emphasis && p.style != DOCXStyleID.emphasis
        return p
    }
}
