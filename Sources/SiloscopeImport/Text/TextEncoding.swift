import Foundation
import SiloscopeModel

/// The character encodings the importers read.
public enum TextEncoding: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-16 little-endian (what Excel's "Unicode text" writes), with or without a mark.
    case utf16LittleEndian = "utf-16le"
    /// UTF-16 big-endian.
    case utf16BigEndian = "utf-16be"
    /// Windows-1254, Turkish (Excel's CSV on Turkish Windows).
    case windows1254 = "windows-1254"

    /// A name for summaries: "UTF-8", "UTF-16LE", "Windows-1254 (Turkish)".
    public var description: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LittleEndian: "UTF-16LE"
        case .utf16BigEndian: "UTF-16BE"
        case .windows1254: "Windows-1254 (Turkish)"
        }
    }

    /// Parses a user's spelling: `utf8`, `utf-16`, `utf16le`, `cp1254`, `windows-1254`,
    /// `turkish`; `nil` when unknown (`auto` is handled by the caller).
    public init?(userSpelling text: String) {
        switch text.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "") {
        case "utf8": self = .utf8
        case "utf16", "utf16le", "unicode": self = .utf16LittleEndian
        case "utf16be": self = .utf16BigEndian
        case "windows1254", "cp1254", "win1254", "turkish", "iso88599", "latin5": self = .windows1254
        default: return nil
        }
    }
}

/// Text decoded for parsing: UTF-8 bytes without a byte-order mark, and how they were
/// found.
public struct DecodedText: Sendable {
    /// The text as UTF-8 bytes (no byte-order mark).
    public var utf8: [UInt8]
    /// The encoding the input was in.
    public var encoding: TextEncoding
    /// Whether the input started with a byte-order mark.
    public var hadByteOrderMark: Bool
    /// How the encoding was chosen, for the summary ("byte-order mark", "valid UTF-8",
    /// "not valid UTF-8 (first bad byte at offset 1,204): read as Windows-1254", "forced").
    public var reason: String

    /// One line for a summary: `Windows-1254 (Turkish): not valid UTF-8 …`.
    public var summary: String { "\(encoding) (\(reason))" }
}
