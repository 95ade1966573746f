import Foundation

/// Recognises the heading above each block of level text on an SFIA skill page, such as
/// "Performance management: Level 4", "Levels 1-3", "Level 5 – Ensure/advise" or
/// "Performance management: Levels 1–3".
///
/// Pages from different SFIA versions word and space these differently, list levels in any
/// order and sometimes cover a range with one heading, so the level numbers are read from the
/// heading itself and never inferred from its position.
enum SFIALevelHeading {
    /// The level numbers a heading covers, or nil when `text` is not a level heading.
    static func levels(in text: String) -> ClosedRange<Int>? {
        let heading = FrameworkText.collapsingWhitespace(text)
        guard heading.count <= 160,
              let found = heading.range(of: "level", options: [.caseInsensitive, .backwards]) else { return nil }
        // Only a short label may precede "Level": the skill name, optionally with a colon.
        let prefix = heading[..<found.lowerBound]
        guard !prefix.contains("."), prefix.split(separator: " ").count <= 10 else { return nil }
        var rest = heading[found.upperBound...]
        if rest.first == "s" || rest.first == "S" { rest = rest.dropFirst() }
        rest = rest.drop { $0 == " " }
        guard let first = leadingNumber(&rest) else { return nil }
        var last = first
        var tail = rest.drop { $0 == " " }
        // "1-3", "1 – 3", "1 to 3"; a dash followed by a name ("4 – Enable") is not a range.
        let separatorLength = tail.first.map { "-–—".contains($0) } == true ? 1 : tail.lowercased().hasPrefix("to ") ? 2 : 0
        if separatorLength > 0 {
            var afterSeparator = tail.dropFirst(separatorLength).drop { $0 == " " }
            if let second = leadingNumber(&afterSeparator) {
                last = second
                tail = afterSeparator
            }
        }
        guard first <= last, isLevelNameOrNothing(tail) else { return nil }
        return first...last
    }

    /// Whether a "Defined at these levels: 4 5 6" line, and which levels it lists.
    static func definedLevels(in text: String) -> [Int]? {
        let line = FrameworkText.collapsingWhitespace(text)
        guard line.lowercased().hasPrefix("defined at") else { return nil }
        return line.split { !$0.isNumber }.compactMap { Int($0) }
    }

    private static func leadingNumber(_ text: inout Substring) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let number = Int(digits) else { return nil }
        text = text.dropFirst(digits.count)
        return number
    }

    /// After the numbers a heading may end, or carry the level's name ("Level 4 – Enable",
    /// "Level 4: Enable"), but not continue as a sentence.
    private static func isLevelNameOrNothing(_ tail: Substring) -> Bool {
        let trimmed = tail.drop { $0 == " " || $0 == ":" }
        guard !trimmed.isEmpty else { return true }
        guard let separator = tail.drop(while: { $0 == " " }).first, "-–—:(".contains(separator) else { return false }
        return trimmed.split(separator: " ").count <= 4 && !trimmed.contains(".")
    }
}
