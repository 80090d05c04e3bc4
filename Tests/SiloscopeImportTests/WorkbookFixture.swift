import Foundation
import ZIPFoundation

/// Workbooks for the tests: the committed fixtures (made by LibreOffice and openpyxl,
/// see Fixtures/make_features.py) and small `.xlsx` files written here, part by part,
/// for the cases no spreadsheet program writes (bombs, a million empty rows).
enum WorkbookFixture {
    /// A committed fixture's bytes.
    static func data(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try Data(contentsOf: url)
    }

    /// A zip archive with the given parts, deflated.
    static func zip(_ parts: [(path: String, bytes: Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(part.bytes.count), compressionMethod: .deflate) { position, size in
                part.bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    /// A minimal workbook: one part per sheet (its `<sheetData>` content), inline strings.
    static func workbook(sheets: [(name: String, rows: String)]) throws -> Data {
        let sheetList = sheets.enumerated().map { "<sheet name=\"\($0.element.name)\" sheetId=\"\($0.offset + 1)\" r:id=\"rId\($0.offset + 1)\"/>" }.joined()
        let relations = sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
        var parts: [(String, Data)] = [
            ("_rels/.rels", Data("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".utf8)),
            ("xl/workbook.xml", Data("<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>\(sheetList)</sheets></workbook>".utf8)),
            ("xl/_rels/workbook.xml.rels", Data("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relations)</Relationships>".utf8)),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", Data("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(sheet.rows)</sheetData></worksheet>".utf8)))
        }
        return try zip(parts)
    }

    /// A row of inline-string cells from column A.
    static func row(_ number: Int, _ values: [String]) -> String {
        let cells = values.enumerated().map { "<c t=\"inlineStr\"><is><t>\($0.element)</t></is></c>" }.joined()
        return "<row r=\"\(number)\">\(cells)</row>"
    }
}
