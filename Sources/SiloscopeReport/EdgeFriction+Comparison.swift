import SiloscopeComparison
import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeRendering

extension EdgeFriction {
    /// Friction per edge for the renderer, from a comparison's per-edge figures: the one
    /// conversion the CLI's pictures and the report's share.
    public static func map(_ edges: [ComparedEdge]) -> [HandoffKey: EdgeFriction] {
        var map: [HandoffKey: EdgeFriction] = [:]
        for edge in edges {
            map[HandoffKey(from: edge.from, to: edge.to)] = EdgeFriction(
                addedMinutes: edge.addedMinutesPerCase.mean, bounces: edge.bouncesPer1000, cases: edge.casesPer1000,
                declared: edge.declared)
        }
        return map
    }
}
