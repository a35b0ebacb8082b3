/// Parsed inline markup of a clause body, before any answer is filled in.
public indirect enum TemplateInline: Sendable, Equatable {
    /// Literal text.
    case text(String)
    /// `*text*`.
    case emphasis([TemplateInline])
    /// `**text**`.
    case strong([TemplateInline])
    /// `[[term-id]]` or `[[term-id|display]]`.
    case term(id: String, display: String?, location: SourceLocation)
    /// `[[=term-id]]`.
    case definition(id: String, location: SourceLocation)
    /// `{{ref ID}}`, `{{Ref ID}}`, `{{num ID}}`.
    case reference(target: String, form: ReferenceForm, location: SourceLocation)
    /// `{{PATH | FILTER}}`.
    case value(ValueReference)
    /// `{{if C}}...{{elif C}}...{{else}}...{{end}}`.
    case conditional(branches: [TemplateBranch<TemplateInline>], otherwise: [TemplateInline]?)
    /// `{{for NAME in LIST}}...{{end}}`.
    case loop(TemplateLoop<TemplateInline>)
    /// `{{survivors}}`, `{{Survivors}}`: the surviving clauses the agreement includes, as live references ("punkterna
    /// 7, 9 och 12"); capitalized for the start of a sentence.
    case survivors(capitalized: Bool, location: SourceLocation)
    /// `{{blank "label"}}`.
    case blank(label: String, location: SourceLocation)
    /// `{{note "text"}}`.
    case note(text: String, location: SourceLocation)
    /// `{{br}}`.
    case lineBreak
}
