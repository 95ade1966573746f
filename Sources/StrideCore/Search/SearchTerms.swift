import Foundation

/// How the staff directory's search reads text: words, compared without case or accents, each
/// typed word matched as the start of a stored one ("ana" finds "Ana" and "Anastasia", not
/// "Banana"), so every lookup is a range on an index. Stored terms and typed queries go through
/// the same rule, so what a person is listed under and what finds them cannot drift apart.
public enum SearchTerms {
    /// Terms longer than this are cut: an index entry stays small, and a prefix that long
    /// still tells people apart.
    public static let maxTermLength = 40
    /// Words of a query beyond this are ignored (each costs a lookup).
    public static let maxQueryWords = 6

    /// The distinct terms a text is found by, in a stable order.
    public static func terms(of text: String) -> [String] {
        var seen: Set<String> = []
        return words(of: text).filter { seen.insert($0).inserted }
    }

    /// The terms of an email address: the whole address, and each word of it, so that
    /// "amara", "okafor", "demo" and "amara.okafor@demo.stride.example" all find it.
    public static func terms(ofEmail email: String) -> [String] {
        var seen: Set<String> = []
        let whole = String(fold(email).prefix(maxTermLength))
        return ([whole] + words(of: email)).filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The words of a query, each to be matched as the start of some term; empty when the
    /// query has no letters or digits.
    public static func queryWords(_ query: String) -> [String] {
        Array(terms(of: query).prefix(maxQueryWords))
    }

    /// The smallest text greater than every term that starts with `prefix`, for a range scan
    /// over an index of terms in byte order.
    public static func upperBound(of prefix: String) -> String { prefix + "\u{10FFFF}" }

    private static func fold(_ text: String) -> String {
        // ASCII has no accents or wide forms: lowercasing is the whole fold, without Foundation's
        // slower general one (an import of 100,000 people folds half a million words).
        if isASCII(text) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
    }

    private static func words(of text: String) -> [String] {
        let folded = fold(text)
        if isASCII(folded) {
            func isWordByte(_ byte: UInt8) -> Bool {
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            }
            return folded.utf8.split { !isWordByte($0) }.map { String(decoding: $0.prefix(maxTermLength), as: UTF8.self) }
        }
        return folded.split { !($0.isLetter || $0.isNumber) }.map { String($0.prefix(maxTermLength)) }
    }

    private static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }
}
