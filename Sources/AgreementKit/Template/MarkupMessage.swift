/// The messages of the template markup. Its directives (`{{if}}`, `{{end}}`, …) are values of the messages, not
/// words of the words files, where `{end}` would be a placeholder: a text names them `{if}`, `{elif}`, `{else}`,
/// `{end}` and `{for}`.
enum MarkupMessage {
    /// The directives, by their placeholder names.
    static let directives: [String: Message.Value] = [
        "if": "{{if}}", "elif": "{{elif}}", "else": "{{else}}", "end": "{{end}}", "for": "{{for}}",
    ]

    /// The message `key` with `values` and the directives.
    static func make(_ key: MessageKey, _ values: [String: Message.Value] = [:]) -> Message {
        Message(key, values.reduce(into: directives) { all, value in all[value.key] = value.value })
    }
}
