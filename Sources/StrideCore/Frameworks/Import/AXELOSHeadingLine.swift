import Foundation

/// A non-table line of the AXELOS document, read for whether it is a heading.
///
/// The document marks headings inconsistently ("## PROJECT RISK MANAGEMENT",
/// "**BLUEPRINT DESIGN**", "<b>INNOVATING</b> Being able to…", "Contract Management",
/// "BENEFITS MANAGEMENT"), so any of Markdown, bold, ALL CAPS or Title Case counts.
struct AXELOSHeadingLine {
    let line: Int
    /// The text without markup, section number or trailing tabs.
    var text: String
    let looksLikeHeading: Bool
    /// Whether the heading carried a section number such as "2.4".
    let isNumbered: Bool
    /// Text after a bold heading on the same line ("<b>INNOVATING</b> Being able to…").
    var inlineDescription: String?

    init(_ raw: String, line: Int) {
        self.line = line
        var body = FrameworkText.trimmed(raw)
        let isMarkdownHeading = body.hasPrefix("#")
        body = FrameworkText.trimmed(body.drop { $0 == "#" })
        var isBold = false
        for (open, close) in [("**", "**"), ("<b>", "</b>"), ("<strong>", "</strong>")] {
            guard let opening = FrameworkText.range(ofASCII: open, in: body), opening.lowerBound == body.startIndex else { continue }
            let afterOpen = opening.upperBound
            if let closing = FrameworkText.range(ofASCII: close, in: body, from: afterOpen) {
                let rest = HTMLText.plainText(String(body[closing.upperBound...]))
                if !rest.isEmpty { inlineDescription = rest }
                body = String(body[afterOpen..<closing.lowerBound])
                isBold = true
            }
            break
        }
        var plain = HTMLText.plainText(body)
        let number = Self.sectionNumberLength(plain)
        isNumbered = number > 0
        plain = FrameworkText.collapsingWhitespace(plain.dropFirst(number))
        text = plain
        looksLikeHeading = isMarkdownHeading || isBold || Self.isAllCaps(plain) || Self.isTitleCase(plain)
    }

    /// Length of a leading "2.4 " / "2. " section number, or 0.
    private static func sectionNumberLength(_ text: String) -> Int {
        let digits = text.prefix { $0.isNumber || $0 == "." }
        guard digits.first?.isNumber == true, text.dropFirst(digits.count).first == " " else { return 0 }
        return digits.count + 1
    }

    private static func isAllCaps(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 3
    }

    private static let minorWords: Set<String> = ["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]

    /// "Contract Management", "IT Service Strategy": every significant word capitalised, short,
    /// and not ending like a sentence.
    private static func isTitleCase(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.count <= 10, !text.hasSuffix(".") else { return false }
        let significant = words.filter { $0.first?.isLetter == true && !minorWords.contains($0.lowercased()) }
        return !significant.isEmpty && significant.allSatisfy { $0.first?.isUppercase == true }
    }
}
