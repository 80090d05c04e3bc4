/// Dense linear systems by Gaussian elimination with partial pivoting.
public enum LinearSystem {
    /// Solves A x = b.
    /// - Parameters:
    ///   - matrix: The n × n matrix A, row by row.
    ///   - rhs: The right-hand side b, n values.
    /// - Returns: x.
    /// - Throws: ``EngineError/singularTrafficEquations(reason:)`` when a pivot is smaller
    ///   than 1e-12 times the largest entry (A is singular or nearly so), and
    ///   ``EngineError/routingShape(reason:)`` when the sizes disagree.
    /// - Complexity: O(n³).
    public static func solve(_ matrix: [[Double]], _ rhs: [Double]) throws(EngineError) -> [Double] {
        let n = rhs.count
        guard matrix.count == n, matrix.allSatisfy({ $0.count == n }) else {
            throw .routingShape(reason: "a linear system needs an n × n matrix and n right-hand values")
        }
        var a = matrix
        var b = rhs
        let scale = matrix.flatMap { $0 }.reduce(0) { Swift.max($0, abs($1)) }
        for column in 0..<n {
            var pivot = column
            for row in (column + 1)..<Swift.max(column + 1, n) where abs(a[row][column]) > abs(a[pivot][column]) {
                pivot = row
            }
            guard abs(a[pivot][column]) > 1e-12 * Swift.max(scale, 1e-300) else {
                throw .singularTrafficEquations(reason: "the matrix is singular at column \(column)")
            }
            if pivot != column {
                a.swapAt(pivot, column)
                b.swapAt(pivot, column)
            }
            for row in (column + 1)..<Swift.max(column + 1, n) {
                let factor = a[row][column] / a[column][column]
                if factor == 0 { continue }
                for k in column..<n { a[row][k] -= factor * a[column][k] }
                b[row] -= factor * b[column]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for k in (row + 1)..<Swift.max(row + 1, n) { sum -= a[row][k] * x[k] }
            x[row] = sum / a[row][row]
        }
        return x
    }
}
