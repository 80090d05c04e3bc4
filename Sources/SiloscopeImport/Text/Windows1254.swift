import SiloscopeModel
/// Windows-1254 (Turkish), the code page Excel on Turkish Windows uses for CSV exports.
///
/// It is Latin-1 except for six Turkish letters (Ğ ğ İ ı Ş ş at 0xD0 0xF0 0xDD 0xFD 0xDE
/// 0xFE) and the 0x80–0x9F block (€, typographic quotes, dashes, …). The seven undefined
/// bytes (0x81 0x8D 0x8E 0x8F 0x90 0x9D 0x9E) map to the C1 control with the same value,
/// as the WHATWG encoding standard does, so decoding never fails. A table is used rather
/// than Foundation's converter so that decoding is the same on every platform and fast.
public enum Windows1254 {
    /// Unicode scalars for bytes 0x80–0x9F.
    private static let highControlBlock: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x008E, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x009E, 0x0178,
    ]

    /// The Unicode scalar value of one byte.
    public static func scalar(for byte: UInt8) -> UInt32 {
        switch byte {
        case 0x80...0x9F: highControlBlock[Int(byte - 0x80)]
        case 0xD0: 0x011E
        case 0xDD: 0x0130
        case 0xDE: 0x015E
        case 0xF0: 0x011F
        case 0xFD: 0x0131
        case 0xFE: 0x015F
        default: UInt32(byte)
        }
    }

    /// Decodes Windows-1254 bytes into UTF-8 bytes.
    ///
    /// - Complexity: O(n); ASCII bytes are copied as they are.
    public static func transcodeToUTF8(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let value = scalar(for: byte)
            if value < 0x800 {
                output.append(UInt8(0xC0 | (value >> 6)))
                output.append(UInt8(0x80 | (value & 0x3F)))
            } else {
                output.append(UInt8(0xE0 | (value >> 12)))
                output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                output.append(UInt8(0x80 | (value & 0x3F)))
            }
        }
        return output
    }
}
