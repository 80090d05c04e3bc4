import SiloscopeModel

extension QuestionSetParser {
    /// Reads `{requires: [...], ladder: {VALUE: [...]}}` or `{requires: [...], tally: [...]}`.
    mutating func parseInference(_ node: YAMLNode, at path: FieldPath, scale: ClosedRange<Int>) -> InferenceRule? {
        guard let mapping = reader.mapping(node, at: path, allowed: ["requires", "ladder", "tally"]) else { return nil }
        let requires = clauses(mapping["requires"], at: path.appending("requires"))
        switch (mapping["ladder"], mapping["tally"]) {
        case (let ladder?, nil):
            let ladderPath = path.appending("ladder")
            guard let table = reader.mapping(ladder, at: ladderPath, allowed: nil) else { return nil }
            var rungs: [(value: Int, clauses: [RuleClause])] = []
            for entry in table.entries {
                let entryPath = ladderPath.appending(entry.key)
                guard let value = Int(entry.key), scale.contains(value), value > scale.lowerBound else {
                    reader.error("ladder step '\(entry.key)' is not a value above the bottom of the scale; expected \(scale.lowerBound + 1)–\(scale.upperBound)",
                                 at: entry.keyPosition, path: entryPath)
                    continue
                }
                if let last = rungs.last, last.value >= value {
                    reader.error("ladder step \(value) after step \(last.value); expected the steps in increasing order",
                                 at: entry.keyPosition, path: entryPath)
                    continue
                }
                let body = clauses(entry.value, at: entryPath)
                if body.isEmpty { reader.error("ladder step \(value) has no clause; expected at least one", at: entry.keyPosition, path: entryPath) }
                rungs.append((value, body))
            }
            if rungs.isEmpty { reader.error("the ladder has no step; expected at least one", at: table.position, path: ladderPath) }
            return InferenceRule(requires: requires, method: .ladder(rungs))
        case (nil, let tally?):
            let body = clauses(tally, at: path.appending("tally"))
            if body.isEmpty { reader.error("the tally has no clause; expected at least one", at: tally.position, path: path.appending("tally")) }
            return InferenceRule(requires: requires, method: .tally(body))
        case (nil, nil):
            reader.error("expected 'ladder' or 'tally'", at: mapping.position, path: path)
            return nil
        case (_?, _?):
            reader.error("expected either 'ladder' or 'tally', not both", at: mapping.position, path: path)
            return nil
        }
    }

    /// Reads a list of clauses: condition texts or `{any: [condition, ...]}`.
    mutating func clauses(_ node: YAMLNode?, at path: FieldPath) -> [RuleClause] {
        var result: [RuleClause] = []
        for (index, item) in reader.sequence(node, at: path).enumerated() {
            let itemPath = path.appending(index)
            if item.kind == .mapping {
                guard let mapping = reader.mapping(item, at: itemPath, allowed: ["any"]) else { continue }
                let anyPath = itemPath.appending("any")
                let conditions = reader.sequence(mapping["any"], at: anyPath).enumerated().compactMap { offset, node in
                    condition(node, at: anyPath.appending(offset))
                }
                if conditions.isEmpty {
                    reader.error("expected {any: [condition, ...]} with at least one condition", at: item.position, path: itemPath)
                } else {
                    result.append(.any(conditions))
                }
            } else if let condition = condition(item, at: itemPath) {
                result.append(.condition(condition))
            }
        }
        return result
    }

    mutating func condition(_ node: YAMLNode, at path: FieldPath) -> FactCondition? {
        guard let text = node.scalarText, !node.isNull else {
            reader.error("expected a condition such as 'copy_count >= 1', found \(node.shapeDescription)", at: node.position, path: path)
            return nil
        }
        switch FactCondition.parse(text) {
        case .success(let condition):
            return condition
        case .failure(let problem):
            reader.error(problem.message, at: node.position, path: path)
            return nil
        }
    }
}
