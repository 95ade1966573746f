import Foundation
import Testing
import StrideCore

@Suite struct FormatDetectionTests {
    @Test func seedsAreRecognisedByContent() throws {
        #expect(FrameworkFormatDetector.detect(text: try SeedDocuments.sfiaText()) == .sfia)
        #expect(FrameworkFormatDetector.detect(text: try SeedDocuments.axelosText()) == .axelos)
        // A misleading file name does not override clear content.
        #expect(FrameworkFormatDetector.detect(text: try SeedDocuments.sfiaText(), fileName: "axelos.md") == .sfia)
        #expect(FrameworkFormatDetector.detect(text: try SeedDocuments.axelosText(), fileName: "sfia.txt") == .axelos)
    }

    @Test func variantsAreStillRecognised() throws {
        let crlf = try SeedDocuments.sfiaText().replacingOccurrences(of: "\n", with: "\r\n")
        #expect(FrameworkFormatDetector.detect(text: crlf) == .sfia)
        let axelosCRLF = try SeedDocuments.axelosText().replacingOccurrences(of: "\n", with: "\r\n")
        #expect(FrameworkFormatDetector.detect(text: axelosCRLF) == .axelos)
        // An SFIA page cut before its levels is still SFIA, so the import can say it is truncated.
        let text = try SeedDocuments.sfiaText()
        let cut = String(text[..<text.range(of: "Performance management: Levels 1-3")!.lowerBound])
        #expect(FrameworkFormatDetector.detect(text: cut) == .sfia)
    }

    @Test func json() throws {
        let json = try FrameworkJSON.encodeString(try SeedDocuments.sfia().0)
        #expect(FrameworkFormatDetector.detect(text: json) == .json)
        #expect(FrameworkFormatDetector.detect(text: "\u{FEFF}\n  {\"formatVersion\": 1}") == .json)
    }

    @Test func unknown() {
        #expect(FrameworkFormatDetector.detect(text: "") == .unknown)
        #expect(FrameworkFormatDetector.detect(text: "Minutes of the meeting\n\nWe discussed levels.") == .unknown)
        #expect(FrameworkFormatDetector.detect(text: "name,level\nAda,4\n", fileName: "skills.csv") == .unknown)
        // Mentioning a framework is not being one.
        #expect(FrameworkFormatDetector.detect(text: "Our team uses SFIA and AXELOS.\n\nYou can: ask.") == .unknown)
    }
}
