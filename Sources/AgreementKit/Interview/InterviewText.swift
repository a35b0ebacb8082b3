/// The words of the interview in Swedish and English.
public struct InterviewText: Sendable {
    /// The language.
    public let language: Language

    /// Creates the texts for a language.
    public init(language: Language) {
        self.language = language
    }

    private var sv: Bool { language == .sv }

    func intro(file: String?) -> [String] {
        var lines = sv
            ? [
                "Intervju för ett OPI-avtal. Svara på frågorna; Enter tar svaret inom [ ].",
                "Skriv ? för hjälp, < för att gå tillbaka en fråga och !review för att se svaren hittills.",
            ]
            : [
                "Interview for an OPI agreement. Answer the questions; Enter takes the answer in [ ].",
                "Type ? for help, < to go back one question and !review to see the answers so far.",
            ]
        if let file {
            lines.append(sv
                ? "Varje svar sparas direkt i \(file); avbryt när du vill (Ctrl-C eller Ctrl-D) och fortsätt senare."
                : "Each answer is saved at once in \(file); stop whenever you like (Ctrl-C or Ctrl-D) and go on later.")
        }
        return lines
    }

    func resuming(_ count: Int) -> String {
        sv ? "Fortsätter med \(count) svar som redan är givna; bara det som saknas frågas."
            : "Going on with \(count) answers already given; only what is missing is asked."
    }

    /// The end of the input; for the command line's message.
    public func inputEnded(file: String?) -> String {
        let saved = file.map { sv ? " Svaren hittills är sparade i \($0)." : " The answers so far are saved in \($0)." } ?? ""
        let resume = file.map {
            sv ? " Fortsätt med: opi-agreement interview --answers \($0)"
                : " Continue with: opi-agreement interview --answers \($0)"
        } ?? ""
        return (sv ? "indata tog slut innan intervjun var klar." : "the input ended before the interview was finished.")
            + saved + resume
    }

    /// After Ctrl-C; for the command line's message.
    public func interrupted(file: String) -> String {
        sv ? "Avbrutet. Svaren hittills är sparade i \(file); fortsätt med: opi-agreement interview --answers \(file)"
            : "Interrupted. The answers so far are saved in \(file); continue with: opi-agreement interview --answers \(file)"
    }

    /// Before the paths of the documents written.
    public var built: String { sv ? "Avtalet är skapat:" : "The agreement is written:" }

    func progress(_ n: Int, of total: Int) -> String {
        sv ? "Fråga \(n) av ~\(total)" : "Question \(n) of ~\(total)"
    }

    func listIntro(_ label: String, bounds: String) -> String {
        let limits = bounds.isEmpty ? "" : " (\(bounds))"
        return sv ? "\(label): en post i taget\(limits)." : "\(label): one entry at a time\(limits)."
    }

    func record(_ label: String, _ number: Int) -> String {
        sv ? "\(label), post \(number)" : "\(label), entry \(number)"
    }

    func addFirst(_ label: String) -> String { sv ? "Lägga till en post i \(label)?" : "Add an entry to \(label)?" }
    var another: String { sv ? "Lägg till en till?" : "Add another one?" }
    func yesNoKeys(defaultYes: Bool?) -> String {
        switch (sv, defaultYes) {
        case (true, true?): return "[J/n]"
        case (true, false?): return "[j/N]"
        case (true, nil): return "[j/n]"
        case (false, true?): return "[Y/n]"
        case (false, false?): return "[y/N]"
        case (false, nil): return "[y/n]"
        }
    }

    var optional: String { sv ? "frivillig" : "optional" }
    var answerWith: String { sv ? "Svara med" : "Answer with" }
    func choiceHint(_ count: Int) -> String {
        sv ? "ett nummer 1–\(count) eller alternativets värde" : "a number 1–\(count) or the option's value"
    }
    func multipleHint(_ count: Int) -> String {
        sv ? "nummer 1–\(count) eller värden, åtskilda med kommatecken; - för inget"
            : "numbers 1–\(count) or values, separated by commas; - for none"
    }
    var yesNoHint: String { sv ? "j eller n" : "y or n" }
    var typeYesOrNo: String { sv ? "skriv j eller n." : "type y or n." }
    var longTextHint: String {
        sv ? "text, gärna över flera rader; avsluta med en tom rad" : "text, over several lines if needed; finish with an empty line"
    }
    var skipHint: String { sv ? "Enter hoppar över" : "Enter skips it" }
    var clearHint: String { sv ? "- tar bort svaret" : "- removes the answer" }
    var continuation: String { "… " }

    var invalid: String { sv ? "Ogiltigt svar:" : "Invalid answer:" }
    var required: String { sv ? "Frågan måste besvaras." : "This question needs an answer." }
    var atFirst: String {
        sv ? "Det här är den första frågan; det finns ingen att gå tillbaka till."
            : "This is the first question; there is none to go back to."
    }
    var noHelp: String { sv ? "Det finns ingen hjälptext till den här frågan." : "There is no help text for this question." }
    var commands: String {
        sv ? "Enter tar svaret inom [ ]; < går tillbaka en fråga; !review visar svaren hittills; ett \\ först gör ?, < eller ! till ett vanligt svar."
            : "Enter takes the answer in [ ]; < goes back one question; !review shows the answers so far; a leading \\ writes ?, < or ! as an answer."
    }
    func unknownCommand(_ command: String) -> String {
        sv ? "Okänt kommando '\(command)'; kommandona är ?, < och !review (skriv \\\(command) för att svara med texten)."
            : "Unknown command '\(command)'; the commands are ?, < and !review (write \\\(command) to answer with the text)."
    }
    func aboutList(_ label: String) -> String { sv ? "Om \(label):" : "About \(label):" }
    var expected: String { sv ? "Svaret är" : "The answer is" }
    var defaultWord: String { sv ? "förval" : "default" }

    var answersSoFar: String { sv ? "Svaren hittills:" : "The answers so far:" }
    var noAnswersYet: String { sv ? "(inga svar än)" : "(no answers yet)" }
    var reviewTitle: String { sv ? "Granska svaren" : "Review the answers" }
    var reviewPrompt: String {
        sv ? "Skriv numret på ett svar för att ändra det, eller tryck Enter för att skapa avtalet."
            : "Type the number of an answer to change it, or press Enter to write the agreement."
    }
    func reviewInvalid(_ count: Int) -> String {
        sv ? "Skriv ett nummer mellan 1 och \(count), eller tryck Enter för att skapa avtalet."
            : "Type a number between 1 and \(count), or press Enter to write the agreement."
    }
    var noAnswer: String { sv ? "(inget svar)" : "(no answer)" }
    var noEntries: String { sv ? "(inga poster)" : "(no entries)" }
    var stillMissing: String {
        sv ? "Några svar som behövs saknas fortfarande; de frågas nu." : "Some answers that are needed are still missing; they are asked now."
    }
    var yes: String { sv ? "ja" : "yes" }
    var no: String { sv ? "nej" : "no" }
}
