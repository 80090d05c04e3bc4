import SiloscopeModel

extension ModelDiff {
    /// Compares two models and takes merges and splits from a scenario's records.
    public init(before: OrgModel, after: OrgModel, records: [ChangeRecord]) {
        self.init(before: before, after: after)
        for effect in records.flatMap(\.effects) {
            switch effect {
            case let .unitsMerged(units, into):
                // A unit merged twice ends where the last merge put it.
                for (old, target) in mergedInto where target != into && units.contains(target) { mergedInto[old] = into }
                for unit in units where unit != into { mergedInto[unit] = into }
            case let .unitSplit(unit, parts):
                splitInto[unit] = parts
            default:
                break
            }
        }
    }
}
