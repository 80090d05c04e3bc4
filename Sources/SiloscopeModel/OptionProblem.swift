/// A run option outside its range, named as the library names it (`runs`,
/// `warmup_cases`, `horizon_hours`): a library has no command line, so its messages do
/// not name flags. The command line turns ``option`` into its flag (`--runs`).
public struct OptionProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The option's name in the library's words, snake_case (`robustness_samples`).
    public var option: String
    /// What is wrong and what was given: `must be at least 2 for a confidence interval, got 1`.
    public var problem: String

    /// Creates a problem.
    public init(_ option: String, _ problem: String) {
        self.option = option
        self.problem = problem
    }

    /// `runs must be at least 2 for a confidence interval, got 1`.
    public var description: String { "\(option) \(problem)" }
}
