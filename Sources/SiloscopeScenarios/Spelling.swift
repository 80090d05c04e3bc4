import SiloscopeModel

/// "Did you mean" for scenario files: like ``Suggestion/closest(to:among:limit:)`` but a
/// swap of two neighbouring letters (`mvoe` for `move`) counts as one typo.
enum Spelling {
    /// The candidate closest to `word` if it is a likely typo of it (at most a third of the
    /// word's length in edits, at least one), else `nil`.
    static func closest(to word: String, among candidates: some Collection<String>, limit: Int = 5_000) -> String? {
        guard !word.isEmpty, candidates.count <= limit else { return nil }
        let target = Array(word.lowercased().unicodeScalars)
        let threshold = max(1, target.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            guard abs(other.count - target.count) <= threshold else { continue }
            let distance = editDistance(target, other)
            if distance <= threshold, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// `" (did you mean 'x'?)"`, or nothing.
    static func hint(for word: String, among candidates: some Collection<String>) -> String {
        closest(to: word, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and
    /// swaps of neighbours each cost one. O(a·b) time.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = value
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
