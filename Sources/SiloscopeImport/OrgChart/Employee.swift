import SiloscopeModel
/// One used row of an org-chart export.
struct Employee: Sendable {
    var id: String
    var name: String
    var title: String
    /// The department as written (trimmed); empty when missing.
    var department: String
    var managerID: String
    var location: String
    var costCentre: String
    var email: String
    /// Record number (header = 1) and starting line.
    var row: Int
    var line: Int
}
