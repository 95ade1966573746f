import Foundation

/// Splits behavioural indicators that a document runs together into one cell without markup,
/// e.g. "Identify, analyze and report risks in area of responsibility Monitor risk and
/// implements agreed risk management activities."
///
/// Indicators are imperative phrases ("Identify…", "Monitor…"), so a new one starts where a
/// capitalised word begins a new phrase in the middle of running text:
/// - after a sentence end ("…into place. Prioritize…");
/// - at a verb the document itself uses to start the indicators it does mark up (the learnt
///   vocabulary), even when a name follows ("…strategy Provide IT leadership…");
/// - at any other capitalised word standing between lower-case words, which cannot be part
///   of a name ("…techniques Tailor modelling…", "…trust Positively communicate…").
/// Capitalised words inside parentheses, acronyms, words after another capitalised word and
/// words after "to", "the" and other function words never start an indicator, which keeps
/// "(e.g. Use cases or UML…)", "IT Service Management" and "to Executive, third party…" whole.
/// Runs of two or more spaces also separate indicators, unless the next one starts in lower
/// case.
public struct IndicatorSplitter: Sendable {
    /// Lower-cased first words of indicators the document marks up.
    public private(set) var vocabulary: Set<String>

    public init(vocabulary: Set<String> = []) {
        self.vocabulary = vocabulary
    }

    /// Adds the first word of a marked-up indicator to the vocabulary.
    public mutating func learn(fromIndicator indicator: String) {
        if let word = Self.words(of: indicator).first, let core = Self.core(word), !core.isEmpty {
            vocabulary.insert(core.lowercased())
        }
    }

    /// The separate indicators in `text`, in order, whitespace collapsed.
    public func split(_ text: String) -> [String] {
        var indicators: [String] = []
        for piece in Self.pieces(of: text) {
            // A piece that starts in lower case continues the previous one (a run of spaces
            // after "management of finances:" is layout, not a new indicator).
            if let first = piece.unicodeScalars.first, first.properties.isLowercase, !indicators.isEmpty {
                let continuation = splitPhrases(in: piece)
                indicators[indicators.count - 1] += " " + continuation[0]
                indicators += continuation.dropFirst()
            } else {
                indicators += splitPhrases(in: piece)
            }
        }
        return indicators
    }

    /// Splits where runs of two or more spaces, or line breaks, separate the text.
    static func pieces(of text: String) -> [String] {
        var pieces: [String] = []
        var current = String.UnicodeScalarView()
        var spaces = 0
        func flush() {
            let piece = FrameworkText.collapsingWhitespace(String(current))
            if !piece.isEmpty { pieces.append(piece) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" {
                flush()
                spaces = 0
            } else if FrameworkText.isSpace(scalar) {
                spaces += 1
                if spaces == 2 { flush() }
                current.append(" ")
            } else {
                spaces = 0
                current.append(scalar)
            }
        }
        flush()
        return pieces
    }

    private func splitPhrases(in piece: String) -> [String] {
        let words = Self.words(of: piece)
        guard !words.isEmpty else { return [] }
        var phrases: [[Substring]] = [[words[0]]]
        var depth = Self.parenthesisDelta(words[0])
        for index in 1..<words.count {
            let next = index + 1 < words.count ? words[index + 1] : nil
            if depth == 0, startsIndicator(words[index], after: words[index - 1], before: next) {
                phrases.append([])
            }
            phrases[phrases.count - 1].append(words[index])
            depth = max(0, depth + Self.parenthesisDelta(words[index]))
        }
        return phrases.map { $0.joined(separator: " ") }
    }

    private func startsIndicator(_ word: Substring, after previous: Substring, before next: Substring?) -> Bool {
        guard Self.isCapitalised(word), !Self.isAcronym(word), let core = Self.core(word)?.lowercased() else {
            return false
        }
        if previous.hasSuffix(":") || previous.hasSuffix(";") || previous.hasSuffix(",") { return false }
        if previous.hasSuffix(".") { return !Self.abbreviations.contains(previous.lowercased()) }
        let previousCore = Self.core(previous)?.lowercased() ?? ""
        if Self.functionWords.contains(previousCore) { return false }
        // A capitalised word after another capitalised word is part of a name ("IT Service
        // Management", "Change Advisory Board"), unless that word is an acronym or closes a
        // parenthesis.
        let previousIsName = Self.isCapitalised(previous) && !Self.isAcronym(previous) && !previous.hasSuffix(")")
        if previousIsName { return false }
        // A known verb starts an indicator even before a name or acronym ("Provide IT…").
        if vocabulary.contains(core) { return true }
        // Otherwise a capitalised word between lower-case words cannot be part of a name, so
        // it begins the next phrase: verbs the document never marks up ("Tailor", "Drive")
        // and adverbs ("Positively communicate…") alike.
        guard let next else { return false }
        return Self.isLowercaseWord(next) && !Self.isCapitalised(previous)
    }

    private static let functionWords: Set<String> = [
        "a", "an", "the", "to", "of", "and", "or", "nor", "for", "with", "in", "on", "at", "by", "from",
        "into", "onto", "via", "per", "as", "than", "your", "their", "its", "our", "his", "her", "this",
        "that", "these", "those", "e.g", "i.e", "eg", "ie", "etc", "vs",
    ]

    private static let abbreviations: Set<String> = ["e.g.", "i.e.", "etc.", "vs.", "approx.", "no.", "cf.", "eg.", "ie."]

    static func words(of text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
    }

    /// The word's leading letters (hyphen and apostrophe allowed), skipping opening quotes.
    static func core<S: StringProtocol>(_ word: S) -> String? {
        let letters = word.drop { !$0.isLetter }.prefix { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }
        return letters.isEmpty ? nil : String(letters)
    }

    private static func isCapitalised(_ word: Substring) -> Bool {
        word.first?.isUppercase ?? false
    }

    private static func isLowercaseWord(_ word: Substring) -> Bool {
        word.first?.isLowercase ?? false
    }

    /// "IT", "SLA", "SLAs", "CIs", "P3O": two or more capitals and no other lower-case letter
    /// than a plural "s".
    private static func isAcronym(_ word: Substring) -> Bool {
        let letters = word.filter(\.isLetter)
        let body = letters.hasSuffix("s") ? letters.dropLast() : letters[...]
        return body.count >= 2 && body.allSatisfy(\.isUppercase)
    }

    private static func parenthesisDelta(_ word: Substring) -> Int {
        word.reduce(0) { $0 + ($1 == "(" ? 1 : $1 == ")" ? -1 : 0) }
    }
}
