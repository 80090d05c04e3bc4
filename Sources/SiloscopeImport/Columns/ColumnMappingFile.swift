import SiloscopeModel

/// Reads a column mapping file: a YAML mapping of role names to header texts or column
/// numbers.
///
/// ```yaml
/// employee_id: Sicil No
/// name: Ad Soyad
/// manager_id: 5
/// ```
public enum ColumnMappingFile {
    /// Parses mapping text.
    ///
    /// - Throws: ``DiagnosticsError`` with the line of a YAML syntax error or of a value
    ///   that is not text or a number.
    public static func parse(text: String, file: String) throws(DiagnosticsError) -> [String: String] {
        let document = try YAMLDocument.parse(text: text, file: file)
        guard let root = document.root, !root.isNull else { return [:] }
        guard let entries = root.entries else {
            throw DiagnosticsError([Diagnostic(severity: .error, file: file, position: root.position, path: "",
                                               message: "expected a mapping of column roles to headers (employee_id: Sicil No), found \(root.shapeDescription)")])
        }
        var result: [String: String] = [:]
        var problems: [Diagnostic] = []
        for entry in entries {
            if let text = entry.value.scalarText, !entry.value.isNull {
                result[entry.key] = text
            } else {
                problems.append(Diagnostic(severity: .error, file: file, position: entry.value.position, path: entry.key,
                                           message: "expected a header text or a column number, found \(entry.value.shapeDescription)"))
            }
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        return result
    }

    /// Parses `role=header` flags.
    ///
    /// - Throws: ``DiagnosticsError`` for a flag without `=`.
    public static func parse(flags: [String]) throws(DiagnosticsError) -> [String: String] {
        var result: [String: String] = [:]
        for flag in flags {
            guard let equals = flag.firstIndex(of: "=") else {
                throw DiagnosticsError([Diagnostic(severity: .error, file: "column mapping", position: nil, path: "",
                                                   message: "'\(flag)' has no '='; expected ROLE=HEADER or ROLE=NUMBER, such as employee_id=\"Sicil No\"")])
            }
            result[String(flag[..<equals]).trimmingCharacters(in: .whitespaces)] = String(flag[flag.index(after: equals)...])
        }
        return result
    }
}
