import Foundation
import SiloscopeModel

/// Finds the encoding of an exported file and decodes it to UTF-8.
///
/// Detection order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE); UTF-16 without a mark,
/// recognised by NUL bytes in every other position of the first kilobytes; valid UTF-8;
/// otherwise Windows-1254, which decodes any byte sequence (the summary says so, since
/// Latin-1 or another code page would be read as Turkish).
public enum TextDecoder {
    /// Decodes `data`, detecting the encoding unless one is forced.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - forced: the encoding the user named, or `nil` to detect.
    ///   - file: the file name used in errors.
    /// - Returns: UTF-8 bytes without a byte-order mark and how they were found.
    /// - Throws: ``DiagnosticsError`` when the bytes are not valid in the forced or
    ///   marked encoding, or contain NUL bytes (a binary file), naming the byte offset.
    /// - Complexity: O(n).
    public static func decode(_ data: Data, forced: TextEncoding? = nil, file: String) throws(DiagnosticsError) -> DecodedText {
        let bytes = [UInt8](data)
        var decoded: DecodedText
        if let forced {
            let mark = byteOrderMark(bytes)
            let skip = mark?.encoding == forced ? mark?.length ?? 0 : 0
            decoded = try decode(bytes[skip...], as: forced, file: file, hadMark: skip > 0, reason: "as requested")
        } else if let mark = byteOrderMark(bytes) {
            decoded = try decode(bytes[mark.length...], as: mark.encoding, file: file, hadMark: true, reason: "byte-order mark")
        } else if let utf16 = guessUTF16(bytes) {
            decoded = try decode(bytes[...], as: utf16, file: file, hadMark: false, reason: "no byte-order mark; NUL bytes in every other position")
        } else if let bad = firstInvalidUTF8(bytes[...]) {
            decoded = DecodedText(utf8: Windows1254.transcodeToUTF8(bytes), encoding: .windows1254, hadByteOrderMark: false,
                                  reason: "not valid UTF-8 (first non-UTF-8 byte at offset \(bad)); read as Turkish Windows-1254, use --encoding to choose another")
        } else {
            decoded = DecodedText(utf8: bytes, encoding: .utf8, hadByteOrderMark: false, reason: "valid UTF-8")
        }
        if let nul = decoded.utf8.firstIndex(of: 0) {
            let line = decoded.utf8[..<nul].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw DiagnosticsError([Diagnostic(
                severity: .error, file: file, position: SourcePosition(line: line, column: 1), path: "",
                message: "contains a NUL character (read as \(decoded.encoding)); expected a text export (CSV) or an .xlsx workbook, not another binary file")])
        }
        return decoded
    }

    private static func byteOrderMark(_ bytes: [UInt8]) -> (encoding: TextEncoding, length: Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        return nil
    }

    /// UTF-16 without a mark: in the first 4 KiB, at least a third of the 2-byte units
    /// have a NUL in one half and almost none in the other (ASCII text in UTF-16).
    private static func guessUTF16(_ bytes: [UInt8]) -> TextEncoding? {
        let count = min(bytes.count, 4096) & ~1
        guard count >= 4 else { return nil }
        var evenNULs = 0
        var oddNULs = 0
        for index in stride(from: 0, to: count, by: 2) {
            if bytes[index] == 0 { evenNULs += 1 }
            if bytes[index + 1] == 0 { oddNULs += 1 }
        }
        let units = count / 2
        if oddNULs * 3 >= units, evenNULs * 20 <= units { return .utf16LittleEndian }
        if evenNULs * 3 >= units, oddNULs * 20 <= units { return .utf16BigEndian }
        return nil
    }

    private static func decode(
        _ bytes: ArraySlice<UInt8>, as encoding: TextEncoding, file: String, hadMark: Bool, reason: String
    ) throws(DiagnosticsError) -> DecodedText {
        func fail(_ offset: Int, _ message: String) -> DiagnosticsError {
            DiagnosticsError([Diagnostic(severity: .error, file: file, position: nil, path: "",
                                         message: "invalid \(encoding) at byte \(offset) (\(message)); expected the whole file in \(encoding), use --encoding to choose another")])
        }
        switch encoding {
        case .utf8:
            if let bad = firstInvalidUTF8(bytes) { throw fail(bad, "not a UTF-8 sequence") }
            return DecodedText(utf8: Array(bytes), encoding: .utf8, hadByteOrderMark: hadMark, reason: reason)
        case .windows1254:
            return DecodedText(utf8: Windows1254.transcodeToUTF8(bytes), encoding: .windows1254, hadByteOrderMark: hadMark, reason: reason)
        case .utf16LittleEndian, .utf16BigEndian:
            if bytes.count % 2 != 0 { throw fail(bytes.endIndex - 1, "an odd number of bytes; the file may be truncated") }
            let little = encoding == .utf16LittleEndian
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count / 2 + bytes.count / 8)
            var failedAt: Int?
            bytes.withUnsafeBufferPointer { buffer in
                var units = UTF16Units(buffer: buffer, littleEndian: little)
                var codec = UTF16()
                loop: while true {
                    switch codec.decode(&units) {
                    case .scalarValue(let scalar): if let encoded = UTF8.encode(scalar) { output.append(contentsOf: encoded) }
                    case .emptyInput: break loop
                    case .error:
                        // The bad unit is a lead surrogate two units back, or the last unit read.
                        let back4 = units.offset - 4
                        let leadBack = back4 >= 0 && (0xD8...0xDB).contains(buffer[back4 + (little ? 1 : 0)])
                        failedAt = bytes.startIndex + max(0, units.offset - (leadBack ? 4 : 2))
                        break loop
                    }
                }
            }
            if let failedAt { throw fail(failedAt, "an unpaired surrogate") }
            return DecodedText(utf8: output, encoding: encoding, hadByteOrderMark: hadMark, reason: reason)
        }
    }

    /// The offset of the first byte that is not part of valid UTF-8, or `nil`.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var index = 0
            let count = buffer.count
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 { index += 1; continue }
                let length: Int
                let minimum: UInt32
                var value: UInt32
                switch lead {
                case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(lead & 0x1F)
                case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(lead & 0x0F)
                case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(lead & 0x07)
                default: return bytes.startIndex + index
                }
                guard index + length <= count else { return bytes.startIndex + index }
                for k in 1..<length {
                    let next = buffer[index + k]
                    guard next & 0xC0 == 0x80 else { return bytes.startIndex + index }
                    value = value << 6 | UInt32(next & 0x3F)
                }
                if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) {
                    return bytes.startIndex + index
                }
                index += length
            }
            return nil
        }
    }
}

/// 16-bit code units read from bytes in either byte order, for the UTF-16 decoder.
private struct UTF16Units: IteratorProtocol {
    let buffer: UnsafeBufferPointer<UInt8>
    let littleEndian: Bool
    var offset = 0

    init(buffer: UnsafeBufferPointer<UInt8>, littleEndian: Bool) {
        self.buffer = buffer
        self.littleEndian = littleEndian
    }

    mutating func next() -> UInt16? {
        guard offset + 1 < buffer.count else { return nil }
        let a = UInt16(buffer[offset])
        let b = UInt16(buffer[offset + 1])
        offset += 2
        return littleEndian ? a | b << 8 : a << 8 | b
    }
}
