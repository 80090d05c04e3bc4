import Foundation

/// Reading and writing user files safely: size limits, encodings, atomic replacement.
public enum TextFile {
    /// Reads a text file: UTF-8 (with or without a byte-order mark) or UTF-16 with a
    /// byte-order mark (as Excel and Notepad write it).
    ///
    /// - Throws: ``DiagnosticsError`` naming the file when it is missing, unreadable, too
    ///   large, or not text in one of those encodings (the byte offset of the first bad
    ///   byte is given).
    public static func read(path: String, maximumSize: Int) throws(DiagnosticsError) -> String {
        let data = try readData(path: path, maximumSize: maximumSize)
        return try decode(data, file: path)
    }

    /// Reads a file's bytes, refusing directories and files over `maximumSize`.
    public static func readData(path: String, maximumSize: Int) throws(DiagnosticsError) -> Data {
        func fail(_ message: String) -> DiagnosticsError {
            DiagnosticsError([Diagnostic(severity: .error, file: path, position: nil, path: "", message: message)], kind: .unreadable)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw fail("no such file")
        }
        if isDirectory.boolValue { throw fail("is a directory; expected a file") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        if size > maximumSize {
            throw fail("the file is \(size / (1 << 20)) MiB; expected at most \(maximumSize / (1 << 20)) MiB")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw fail("cannot be opened for reading (permissions?)") }
        defer { try? handle.close() }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw fail("cannot be read: \(error.localizedDescription)")
        }
    }

    /// Decodes bytes as UTF-8 or BOM-marked UTF-16.
    public static func decode(_ data: Data, file: String) throws(DiagnosticsError) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            if let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) { return text }
            throw DiagnosticsError([Diagnostic(severity: .error, file: file, position: nil, path: "",
                                               message: "starts with a UTF-16 byte-order mark but is not valid UTF-16")])
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let nul = body.firstIndex(of: 0) {
            throw DiagnosticsError([Diagnostic(severity: .error, file: file, position: nil, path: "",
                                               message: "contains a NUL byte at offset \(nul); expected a text file (is this a binary or UTF-16 file without a byte-order mark?)")])
        }
        var text = ""
        var validUpTo = 0
        let decoded = body.withUnsafeBufferPointer { buffer -> Bool in
            var iterator = buffer.makeIterator()
            var utf8 = UTF8()
            var scalars = String.UnicodeScalarView()
            var offset = 0
            while true {
                switch utf8.decode(&iterator) {
                case .scalarValue(let scalar):
                    scalars.append(scalar)
                    offset += UTF8.width(scalar)
                case .emptyInput:
                    text = String(scalars)
                    return true
                case .error:
                    validUpTo = offset
                    return false
                }
            }
        }
        if decoded { return text }
        let line = body[..<min(validUpTo, body.count)].filter { $0 == 0x0A }.count + 1
        throw DiagnosticsError([Diagnostic(
            severity: .error, file: file, position: SourcePosition(line: line, column: 1), path: "",
            message: "invalid UTF-8 at byte \(validUpTo + (body.count == bytes.count ? 0 : 3)); expected UTF-8 or UTF-16 text (re-save the file as UTF-8; Windows-1254 Turkish text must be converted)")])
    }

    /// Writes data atomically: to a temporary file in the same directory, then renamed
    /// over the destination, so a reader never sees a partial file and a failed write
    /// leaves the old file untouched.
    ///
    /// - Parameter protecting: input files that must never be overwritten; writing to one
    ///   of them is refused.
    /// - Throws: ``OutputError`` naming the path and the reason.
    public static func writeAtomically(_ data: Data, to path: String, protecting inputs: [String] = []) throws(OutputError) {
        let destination = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == destination {
            throw OutputError(path: path, reason: "is an input file; refusing to overwrite it (choose another output path)")
        }
        let directory = destination.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OutputError(path: path, reason: "its directory \(directory.path) does not exist")
        }
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try data.write(to: temporary, options: [])
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(path: path, reason: "cannot write: \(error.localizedDescription)")
        }
        if rename(temporary.path, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(path: path, reason: "cannot replace the file: \(reason)")
        }
    }

    /// Writes text as UTF-8, atomically.
    public static func writeAtomically(_ text: String, to path: String, protecting inputs: [String] = []) throws(OutputError) {
        try writeAtomically(Data(text.utf8), to: path, protecting: inputs)
    }
}

/// A failure to write an output file.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// The output path.
    public var path: String
    /// Why it failed.
    public var reason: String

    /// Creates the error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `path: reason`.
    public var description: String { "\(path): error: \(reason)" }
}
