/// The results of a set of replications, in replication order.
public struct ReplicationReport<Observer> {
    /// One result per replication, index r holding replication r.
    public let runs: [SimulationResult]
    /// Each replication's observer after its run, in replication order.
    public let observers: [Observer]
    /// Means and confidence intervals across the replications.
    public let summary: NetworkSummary

    /// Collects the results (the replications themselves are run by ``Replications``).
    @inlinable
    public init(runs: [SimulationResult], observers: [Observer], summary: NetworkSummary) {
        self.runs = runs
        self.observers = observers
        self.summary = summary
    }
}

extension ReplicationReport: Sendable where Observer: Sendable {}
