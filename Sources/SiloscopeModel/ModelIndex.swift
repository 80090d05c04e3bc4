/// Position of every entity by id, for constant-time lookups.
///
/// Built once per model in O(n). When an id is duplicated, the first occurrence wins
/// (validation reports the duplicate).
public struct ModelIndex: Sendable {
    /// Unit index by id.
    public let units: [String: Int]
    /// System index by id.
    public let systems: [String: Int]
    /// Touchpoint index by id.
    public let touchpoints: [String: Int]
    /// Case-type index by id.
    public let caseTypes: [String: Int]
    /// Campaign index by id.
    public let campaigns: [String: Int]

    /// Indexes a model.
    public init(_ model: OrgModel) {
        func index<T>(_ items: [T], _ id: (T) -> String) -> [String: Int] {
            var result: [String: Int] = [:]
            result.reserveCapacity(items.count)
            for (position, item) in items.enumerated() where result[id(item)] == nil {
                result[id(item)] = position
            }
            return result
        }
        units = index(model.units, \.id)
        systems = index(model.systems, \.id)
        touchpoints = index(model.touchpoints, \.id)
        caseTypes = index(model.caseTypes, \.id)
        campaigns = index(model.campaigns, \.id)
    }
}
