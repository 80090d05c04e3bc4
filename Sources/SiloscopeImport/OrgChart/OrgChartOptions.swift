import SiloscopeModel
/// How to read an org-chart export; every field defaults to detection or guessing.
public struct OrgChartOptions: Sendable {
    /// The file's encoding; `nil` detects it.
    public var encoding: TextEncoding?
    /// The field delimiter; `nil` detects it.
    public var delimiter: CSVDelimiter?
    /// Column roles mapped by the user: role name → header text or 1-based column number.
    public var columns: [String: String]
    /// The organization's name in the model; `nil` uses the file's base name.
    public var organizationName: String?
    /// For a workbook, the sheet's name or 1-based number; `nil` reads the first sheet
    /// with values.
    public var sheet: String?

    /// Creates options.
    public init(encoding: TextEncoding? = nil, delimiter: CSVDelimiter? = nil, columns: [String: String] = [:],
                organizationName: String? = nil, sheet: String? = nil) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.columns = columns
        self.organizationName = organizationName
        self.sheet = sheet
    }
}
