import Foundation
import SiloscopeModel

/// Which column of a file plays which role: given by the user (a header name or a
/// 1-based column number, by flag or mapping file) or guessed from the headers.
public struct ColumnMapping<Role: ColumnRole>: Sendable {
    /// The file's headers, trimmed.
    public let headers: [String]
    /// The column index of each mapped role.
    public private(set) var columns: [Role: Int] = [:]
    /// Roles the user mapped (the others were guessed).
    public private(set) var given: Set<Role> = []

    /// The column of a role, if mapped.
    public subscript(role: Role) -> Int? { columns[role] }

    /// Maps roles to columns: the user's choices first, then exact header matches of the
    /// roles' synonyms, then headers that contain a synonym (the longest wins).
    ///
    /// - Parameters:
    ///   - headers: the first record of the file.
    ///   - overrides: role name → header text or 1-based column number.
    ///   - file: the file name used in errors.
    /// - Throws: ``DiagnosticsError`` for an unknown role name, a header or column number
    ///   that does not exist, or a required role left without a column; each message
    ///   lists the headers and how to map the column.
    public static func resolve(headers rawHeaders: [String], overrides: [String: String], file: String) throws(DiagnosticsError) -> ColumnMapping {
        let headers = rawHeaders.map(\.trimmed)
        var mapping = ColumnMapping(headers: headers)
        var problems: [Diagnostic] = []
        let list = headers.enumerated().map { "\($0.offset + 1) '\($0.element)'" }.joined(separator: ", ")
        func problem(_ path: String, _ message: String) {
            problems.append(Diagnostic(severity: .error, file: file, position: SourcePosition(line: 1, column: 1), path: path, message: message))
        }
        let keys = headers.map(Transliteration.compactKey)
        for (name, reference) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let role = Role(rawValue: name) else {
                let roles = Role.allCases.map(\.rawValue)
                let hint = Suggestion.hint(for: name, among: roles)
                problem("columns.\(name)", "unknown column role '\(name)'\(hint); expected one of \(roles.joined(separator: ", "))")
                continue
            }
            let trimmed = reference.trimmingCharacters(in: .whitespaces)
            if let number = Int(trimmed), !headers.contains(trimmed) {
                guard number >= 1, number <= headers.count else {
                    problem("columns.\(name)", "column number \(number) does not exist; the file has \(headers.count) columns: \(list)")
                    continue
                }
                mapping.columns[role] = number - 1
            } else if let index = headers.firstIndex(of: trimmed) ?? keys.firstIndex(of: Transliteration.compactKey(trimmed)) {
                mapping.columns[role] = index
            } else {
                let hint = Suggestion.hint(for: trimmed, among: headers)
                problem("columns.\(name)", "no header '\(trimmed)'\(hint); expected one of the file's headers: \(list)")
                continue
            }
            mapping.given.insert(role)
        }
        var taken = Set(mapping.columns.values)
        // Exact matches of a synonym, in role order.
        for role in Role.allCases where mapping.columns[role] == nil {
            if let index = keys.indices.first(where: { !taken.contains($0) && role.synonyms.contains(keys[$0]) }) {
                mapping.columns[role] = index
                taken.insert(index)
            }
        }
        // Headers containing a synonym of five letters or more; the longest synonym wins.
        for (index, key) in keys.enumerated() where !taken.contains(index) && !Role.ignoredHeaders.contains(key) {
            var best: (role: Role, length: Int)?
            for role in Role.allCases where mapping.columns[role] == nil {
                for synonym in role.synonyms where synonym.count >= 5 && key.contains(synonym) && synonym.count > (best?.length ?? 0) {
                    best = (role, synonym.count)
                }
            }
            if let best {
                mapping.columns[best.role] = index
                taken.insert(index)
            }
        }
        for role in Role.allCases where role.isRequired && mapping.columns[role] == nil {
            let examples = role.synonyms.prefix(4).map { "'\($0)'" }.joined(separator: ", ")
            problem("columns.\(role.rawValue)", "no column for '\(role.rawValue)' among the headers \(list); expected a header like \(examples), or map it with --column \(role.rawValue)=HEADER")
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        return mapping
    }

    /// One line per mapped role: `employee_id ← 'Sicil No' (column 1, guessed)`.
    public var descriptions: [String] {
        Role.allCases.compactMap { role in
            guard let index = columns[role] else { return nil }
            return "\(role.rawValue) ← '\(headers[index])' (column \(index + 1), \(given.contains(role) ? "given" : "guessed"))"
        }
    }

    /// The trimmed text of a role's field in a record; `""` when unmapped or missing.
    public func value(_ role: Role, in fields: [String]) -> String {
        guard let index = columns[role], index < fields.count else { return "" }
        return fields[index].trimmed
    }
}
