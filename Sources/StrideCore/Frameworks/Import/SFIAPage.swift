import Foundation

/// The parts of an SFIA skill page, read paragraph by paragraph: the title with name and
/// code, description, guidance notes, activities, the "Defined at these levels" line and the
/// text under each level heading.
///
/// A paragraph is a run of non-blank lines; a bullet line ("•", "-", "*") is a paragraph of
/// its own. Nothing is dropped: a paragraph that fits no part is kept in `unplaced`.
struct SFIAPage {
    struct Paragraph {
        var line: Int
        var text: String
        var isBullet: Bool
    }

    struct LevelSection {
        var levels: ClosedRange<Int>
        var headingLine: Int
        var paragraphs: [Paragraph] = []
    }

    var title: Paragraph?
    var statedVersion: String?
    var statedCategory: String?
    var statedSubcategory: String?
    var description: [String] = []
    var guidanceNotes: [String] = []
    var activities: [String] = []
    var declaredLevels: [Int]?
    var levelSections: [LevelSection] = []
    var unplaced: [UnplacedText] = []

    private enum Part { case start, description, guidance, activities, definedAt, levels }

    init(text: String) {
        var part = Part.start
        for paragraph in Self.paragraphs(FrameworkText.lines(text)) {
            if let levels = SFIALevelHeading.levels(in: paragraph.text), !paragraph.isBullet {
                levelSections.append(LevelSection(levels: levels, headingLine: paragraph.line))
                part = .levels
                continue
            }
            if part == .levels {
                levelSections[levelSections.count - 1].paragraphs.append(paragraph)
                continue
            }
            if let declared = SFIALevelHeading.definedLevels(in: paragraph.text) {
                declaredLevels = declared
                part = .definedAt
                continue
            }
            if readsMetadata(paragraph) { continue }
            let lower = paragraph.text.lowercased()
            switch part {
            case _ where lower == "guidance notes" || lower == "guidance notes:" || lower == "guidance":
                part = .guidance
            case .start:
                title = paragraph
                part = .description
            case _ where lower.hasPrefix("activities") && lower.hasSuffix(":"):
                // "Activities may include — but are not limited to:" introduces the bullets.
                part = .activities
            case .description:
                description.append(paragraph.text)
            case .guidance, .activities:
                if part == .activities && paragraph.isBullet {
                    activities.append(paragraph.text)
                } else {
                    guidanceNotes.append(paragraph.text)
                }
            case .definedAt, .levels:
                unplaced.append(UnplacedText(line: paragraph.line, text: paragraph.text,
                                             reason: "text between \"Defined at these levels\" and the first level heading"))
            }
        }
    }

    /// Takes the SFIA banner, version lines and "Category:"-style labels, which are about the
    /// page rather than part of the skill text.
    private mutating func readsMetadata(_ paragraph: Paragraph) -> Bool {
        let text = paragraph.text
        if title == nil, let version = Self.version(in: text) {
            statedVersion = version
            if text.count <= 40 { return true }
        }
        if text.lowercased().contains("framework for the digital world") && text.count <= 120 { return true }
        guard let colon = text.firstIndex(of: ":") else { return false }
        let label = text[..<colon].lowercased(), value = FrameworkText.collapsingWhitespace(text[text.index(after: colon)...])
        switch label {
        case "category" where !value.isEmpty: statedCategory = value
        case "subcategory", "sub-category": statedSubcategory = value.isEmpty ? nil : value
        case "version", "sfia version": statedVersion = value.isEmpty ? statedVersion : value
        default: return false
        }
        return true
    }

    /// "SFIA 9", "SFIA v9", "SFIA version 8" → "9", "9", "8".
    static func version(in text: String) -> String? {
        guard let sfia = FrameworkText.range(ofASCII: "sfia", in: text) else { return nil }
        var rest = text[sfia.upperBound...].drop { $0 == " " }
        if rest.lowercased().hasPrefix("version") { rest = rest.dropFirst(7).drop { $0 == " " } }
        if rest.first == "v" || rest.first == "V" { rest = rest.dropFirst() }
        let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard number.first?.isNumber == true else { return nil }
        return String(number.hasSuffix(".") ? number.dropLast() : number)
    }

    private static let bulletMarks: Set<Character> = ["•", "◦", "▪", "·", "*", "-", "–"]

    static func paragraphs(_ lines: [String]) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var open = false
        for (index, line) in lines.enumerated() {
            let trimmed = FrameworkText.trimmed(line)
            if trimmed.isEmpty {
                open = false
                continue
            }
            if let mark = trimmed.first, bulletMarks.contains(mark), trimmed.dropFirst().first == " " {
                paragraphs.append(Paragraph(line: index + 1, text: FrameworkText.collapsingWhitespace(trimmed.dropFirst()), isBullet: true))
                open = true
            } else if open, !(paragraphs[paragraphs.count - 1].isBullet && line.first?.isWhitespace != true) {
                // A wrapped line continues its paragraph; an indented one continues its bullet.
                paragraphs[paragraphs.count - 1].text += " " + FrameworkText.collapsingWhitespace(trimmed)
            } else {
                paragraphs.append(Paragraph(line: index + 1, text: FrameworkText.collapsingWhitespace(trimmed), isBullet: false))
                open = true
            }
        }
        return paragraphs
    }
}
