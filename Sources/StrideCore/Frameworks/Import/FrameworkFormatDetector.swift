import Foundation

/// Decides which importer a document needs, from its content first and its file name only
/// to break a tie: upload names are often generic ("export.txt"), content is not.
public enum FrameworkFormatDetector {
    /// The format of `text`, or `.unknown`.
    public static func detect(text: String, fileName: String? = nil) -> FrameworkFormat {
        let start = text.unicodeScalars.first { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }
        if start == "{" { return .json }
        let lines = FrameworkText.lines(String(text.prefix(200_000)))
        let sfia = sfiaSignals(lines)
        let axelos = axelosSignals(lines)
        switch (sfia >= 2, axelos >= 2) {
        case (true, false): return .sfia
        case (false, true): return .axelos
        case (true, true):
            let name = fileName?.lowercased() ?? ""
            if name.contains("axelos") { return .axelos }
            if name.contains("sfia") { return .sfia }
            return sfia > axelos ? .sfia : .axelos
        case (false, false): return .unknown
        }
    }

    /// SFIA pages have level headings ("…: Level 4") and SFIA's stock phrases; two phrases
    /// without headings still identify a page that was cut short.
    private static func sfiaSignals(_ lines: [String]) -> Int {
        var signals = lines.contains(where: { SFIALevelHeading.levels(in: $0) != nil }) ? 2 : 0
        let lower = lines.prefix(400).joined(separator: "\n").lowercased()
        for phrase in ["not typically observed", "defined at these levels", "framework for the digital world", "sfia"]
        where lower.contains(phrase) {
            signals += 1
        }
        return signals
    }

    /// The AXELOS document has a "Skill | Description" table and level-number rows; "You can:"
    /// and the publisher's name only count alongside one of those tables.
    private static func axelosSignals(_ lines: [String]) -> Int {
        var signals = 0
        if lines.contains(where: { AXELOSSkillTables.levelNumbers(in: $0) != nil }) { signals += 1 }
        if lines.contains(where: { $0.lowercased().hasPrefix("skill\tdescription") }) { signals += 1 }
        guard signals > 0 else { return 0 }
        if lines.contains(where: { $0.contains("You can:") }) { signals += 1 }
        if lines.prefix(60).contains(where: { $0.lowercased().contains("axelos") }) { signals += 1 }
        return signals
    }
}
