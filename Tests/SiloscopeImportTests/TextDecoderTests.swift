import Foundation
import SiloscopeModel
import SiloscopeTestSupport
import Testing
@testable import SiloscopeImport

@Suite struct TextDecoderTests {
    @Test func windows1254MatchesFoundationOnDefinedBytes() {
        let undefined: Set<UInt8> = [0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E]
        for byte in UInt8(0x80)...UInt8(0xFF) where !undefined.contains(byte) {
            let ours = String(decoding: Windows1254.transcodeToUTF8([byte]), as: UTF8.self)
            let foundation = String(data: Data([byte]), encoding: .windowsCP1254)
            #expect(ours == foundation, "byte \(String(byte, radix: 16))")
        }
    }

    @Test func turkishLettersInWindows1254() throws {
        let bytes: [UInt8] = [0xD0, 0xF0, 0xDD, 0xFD, 0xDE, 0xFE, 0xC7, 0xE7, 0xD6, 0xF6, 0xDC, 0xFC]
        let decoded = try TextDecoder.decode(Data(bytes), file: "t.csv")
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "ĞğİıŞşÇçÖöÜü")
        #expect(decoded.encoding == .windows1254)
        #expect(decoded.reason.contains("offset 0"))
    }

    @Test(arguments: [
        ([0xEF, 0xBB, 0xBF] + Array("Ad;Şube".utf8), TextEncoding.utf8, true),
        (Array("Ad;Şube".utf8), TextEncoding.utf8, false),
        ([0xFF, 0xFE] + utf16("Ad\tŞube", little: true), TextEncoding.utf16LittleEndian, true),
        ([0xFE, 0xFF] + utf16("Ad\tŞube", little: false), TextEncoding.utf16BigEndian, true),
        (utf16("Ad\tŞube", little: true), TextEncoding.utf16LittleEndian, false),
        (utf16("Ad\tŞube", little: false), TextEncoding.utf16BigEndian, false),
    ] as [([UInt8], TextEncoding, Bool)])
    func detectsEncoding(_ bytes: [UInt8], _ encoding: TextEncoding, _ mark: Bool) throws {
        let decoded = try TextDecoder.decode(Data(bytes), file: "t.csv")
        #expect(decoded.encoding == encoding)
        #expect(decoded.hadByteOrderMark == mark)
        #expect(String(decoding: decoded.utf8, as: UTF8.self).hasSuffix("Şube"))
    }

    @Test func forcedEncodingErrorsNameTheOffset() {
        #expect(throws: DiagnosticsError.self) { try TextDecoder.decode(Data([0x41, 0xFF]), forced: .utf8, file: "t.csv") }
        do {
            _ = try TextDecoder.decode(Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]), file: "t.csv")
            Issue.record("an unpaired surrogate must be an error")
        } catch {
            #expect(error.description.contains("byte 4"), "\(error)")
        }
        #expect(throws: DiagnosticsError.self) { try TextDecoder.decode(Data([0xFF, 0xFE, 0x41]), file: "t.csv") }
    }

    @Test func binaryIsRefused() {
        #expect(throws: DiagnosticsError.self) { try TextDecoder.decode(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x14, 0x41, 0x42]), file: "x.xlsx") }
    }

    @Test func utf8ValidatorAgreesWithTheStandardLibrary() {
        var generator = SplitMix(seed: 7)
        for _ in 0..<2000 {
            let length = Int(generator.next() % 8)
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            #expect((TextDecoder.firstInvalidUTF8(bytes[...]) == nil) == valid, "\(bytes)")
        }
    }
}

func utf16(_ text: String, little: Bool) -> [UInt8] {
    text.utf16.flatMap { unit in little ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
}
