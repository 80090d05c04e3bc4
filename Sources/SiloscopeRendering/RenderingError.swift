/// Why a diagram could not be rendered, laid out or parsed.
public enum RenderingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A Graphviz C function failed; `message` is what Graphviz reported, if anything.
    case graphviz(function: String, message: String)
    /// DOT text could not be parsed; `message` is Graphviz's report (with the line).
    case dotSyntax(message: String)
    /// The diagram itself is inconsistent (for example an edge names a missing node).
    case invalidDiagram(String)

    /// A sentence a user can act on.
    public var description: String {
        switch self {
        case .graphviz(let function, let message):
            let detail = message.isEmpty ? "no message from Graphviz" : message
            return "Graphviz call \(function) failed: \(detail)"
        case .dotSyntax(let message):
            return "The DOT text is not valid: \(message.isEmpty ? "syntax error" : message)"
        case .invalidDiagram(let problem):
            return "The diagram cannot be rendered: \(problem)"
        }
    }
}
