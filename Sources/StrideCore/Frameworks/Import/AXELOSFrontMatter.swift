import Foundation

/// What the AXELOS document says about itself before the skills: its title, its publication
/// month (the document's only version label) and the Level/Descriptor table that defines the
/// level scale.
struct AXELOSFrontMatter {
    var title: String?
    /// E.g. "September 2015".
    var publicationDate: String?
    var levelScale: LevelScale?

    private static let months = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    init(lines: [String], before end: Int) {
        let front = lines[..<min(end, lines.count)]
        title = front.first { $0.hasPrefix("# ") }.map { HTMLText.plainText(String($0.dropFirst(2))) }
        publicationDate = Self.publicationDate(in: front)
        levelScale = Self.levelScale(in: front)
    }

    /// The first "Month YYYY" in the front matter, even when a line break separates the two.
    private static func publicationDate(in lines: ArraySlice<String>) -> String? {
        let words = lines.prefix(60).flatMap { FrameworkText.collapsingWhitespace($0).split(separator: " ") }
        for (word, next) in zip(words, words.dropFirst()) {
            if months.contains(word.lowercased()), next.count == 4, Int(next) != nil {
                return "\(word) \(next)"
            }
        }
        return nil
    }

    /// Reads rows like "2\t<b>Practitioner</b> Works independently…" after a "Level\tDescriptor"
    /// header: the bold text is the level's name, the rest its descriptor.
    private static func levelScale(in lines: ArraySlice<String>) -> LevelScale? {
        guard let header = lines.firstIndex(where: { line in
            line.split(separator: "\t").map { FrameworkText.collapsingWhitespace($0).lowercased() } == ["level", "descriptor"]
        }) else { return nil }
        var levels: [ScaleLevel] = []
        for line in lines[(header + 1)...] {
            if FrameworkText.isBlank(line) { continue }
            let cells = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard cells.count == 2, let number = Int(FrameworkText.collapsingWhitespace(cells[0])) else { break }
            let name: String
            let descriptor: String
            if let open = FrameworkText.range(ofASCII: "<b>", in: cells[1]),
               let close = FrameworkText.range(ofASCII: "</b>", in: cells[1], from: open.upperBound) {
                name = HTMLText.plainText(String(cells[1][open.upperBound..<close.lowerBound]))
                descriptor = HTMLText.plainText(String(cells[1][close.upperBound...]))
            } else {
                name = "Level \(number)"
                descriptor = HTMLText.plainText(cells[1])
            }
            levels.append(ScaleLevel(number: number, name: name, descriptor: descriptor.isEmpty ? nil : descriptor))
        }
        return levels.isEmpty ? nil : LevelScale(levels: levels)
    }
}
