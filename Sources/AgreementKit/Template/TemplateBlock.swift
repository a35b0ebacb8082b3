/// Parsed block markup of a clause body, before any answer is filled in.
public indirect enum TemplateBlock: Sendable, Equatable {
    /// A paragraph.
    case paragraph([TemplateInline], location: SourceLocation)
    /// `## Heading {#id}`: a sub-clause.
    case subclause(TemplateSubclause)
    /// `- item` / `+ item` lines.
    case list(TemplateList)
    /// `| a | b |` lines.
    case table(TemplateTable)
    /// `{{if C}}` ... `{{end}}` on lines of their own.
    case conditional(branches: [TemplateBranch<TemplateBlock>], otherwise: [TemplateBlock]?)
    /// `{{for NAME in LIST}}` ... `{{end}}` on lines of their own.
    case loop(TemplateLoop<TemplateBlock>)
}
