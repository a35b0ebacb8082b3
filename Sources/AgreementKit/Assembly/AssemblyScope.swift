/// The loop variables in force while filling a clause: their values, the list questions they iterate, the answer
/// each stands for (`suppliers[1]`), and the suffix that keeps ids of repeated sub-clauses unique.
struct AssemblyScope: Sendable {
    var values: [String: AnswerValue] = [:]
    var questions: [String: Question] = [:]
    var paths: [String: AnswerPath] = [:]
    var idSuffix = ""
}
