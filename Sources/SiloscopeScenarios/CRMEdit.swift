import SiloscopeModel

/// The fields a `set_crm` change sets.
public struct CRMEdit: Sendable, Equatable {
    /// Functions replacing the team's list.
    public var functions: [CRMFunction]?
    /// Functions added to the team's list.
    public var addFunctions: [CRMFunction]
    /// Functions removed from the team's list.
    public var removeFunctions: [CRMFunction]
    /// Candidate placements replacing the team's list.
    public var candidates: [String]?

    /// Creates an edit.
    public init(
        functions: [CRMFunction]? = nil, addFunctions: [CRMFunction] = [], removeFunctions: [CRMFunction] = [],
        candidates: [String]? = nil
    ) {
        self.functions = functions
        self.addFunctions = addFunctions
        self.removeFunctions = removeFunctions
        self.candidates = candidates
    }
}
