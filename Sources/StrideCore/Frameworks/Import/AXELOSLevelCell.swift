import Foundation

/// One level cell of an AXELOS skill table: "–" when the skill is not defined at the level,
/// otherwise a summary sentence, the lead-in "You can:" and the behavioural indicators.
///
/// The document writes indicators three ways: as `<li>` items, as `<p>` items, or run
/// together after "You can:" in one paragraph or cell. Marked-up items are taken as they
/// are; run-together text goes through the `IndicatorSplitter`.
struct AXELOSLevelCell {
    let number: Int
    let blocks: [HTMLText.Block]
    let isNotDefined: Bool

    init(html: String, number: Int) {
        self.number = number
        blocks = HTMLText.blocks(html)
        let plain = FrameworkText.collapsingWhitespace(blocks.map(\.text).joined(separator: " "))
        isNotDefined = ["", "–", "-", "—", "n/a"].contains(plain.lowercased())
    }

    /// The indicators the cell marks up as their own `<p>` or `<li>` after the lead-in; their
    /// first words teach the splitter which verbs start an indicator.
    var markedUpIndicators: [String] {
        guard let leadIn = leadInBlockIndex else { return [] }
        return blocks[(leadIn + 1)...].filter(\.isMarkedUp).map { FrameworkText.collapsingWhitespace($0.text) }
    }

    /// The level this cell defines.
    func level(splitter: IndicatorSplitter) -> SkillLevel {
        guard !isNotDefined else { return .notDefined(number) }
        var summaryParts: [String] = []
        var indicators: [String] = []
        var afterLeadIn = false
        for block in blocks {
            if afterLeadIn {
                indicators += block.isMarkedUp
                    ? [FrameworkText.collapsingWhitespace(block.text)]
                    : splitter.split(block.text)
            } else if let leadIn = Self.leadInRange(in: block.text) {
                afterLeadIn = true
                summaryParts.append(String(block.text[..<leadIn.lowerBound]))
                indicators += splitter.split(String(block.text[leadIn.upperBound...]))
            } else {
                summaryParts.append(block.text)
            }
        }
        var summary = Self.withoutLevelLabel(
            FrameworkText.collapsingWhitespace(summaryParts.joined(separator: " ")), number: number)
        if !afterLeadIn && indicators.isEmpty && summaryParts.count > 1 {
            // No "You can:" at all: the first block is the summary, the others are indicators.
            summary = Self.withoutLevelLabel(FrameworkText.collapsingWhitespace(summaryParts[0]), number: number)
            indicators = summaryParts.dropFirst().flatMap { splitter.split($0) }
        }
        return .defined(number, summary: summary, indicators: indicators.filter { !$0.isEmpty })
    }

    private var leadInBlockIndex: Int? {
        blocks.firstIndex { Self.leadInRange(in: $0.text) != nil }
    }

    /// The range of "You can:" (any case, any spacing before the colon).
    static func leadInRange(in text: String) -> Range<String.Index>? {
        var searchStart = text.startIndex
        while let found = FrameworkText.range(ofASCII: "you can", in: text, from: searchStart) {
            var end = found.upperBound
            while end < text.endIndex, text[end].isWhitespace { end = text.index(after: end) }
            if end < text.endIndex, text[end] == ":" {
                return found.lowerBound..<text.index(after: end)
            }
            searchStart = found.upperBound
        }
        return nil
    }

    /// Drops a leading "Level 5 - " that repeats the column number inside the summary.
    static func withoutLevelLabel(_ summary: String, number: Int) -> String {
        let prefix = "level \(number)"
        guard summary.lowercased().hasPrefix(prefix) else { return summary }
        let rest = summary.dropFirst(prefix.count).drop { $0 == " " }
        guard let separator = rest.first, "-–—:".contains(separator) else { return summary }
        return FrameworkText.collapsingWhitespace(rest.dropFirst())
    }
}
