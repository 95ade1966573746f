import Foundation

/// Matches skill names written differently in two places of one document, e.g. the AXELOS
/// summary row "Application of best practice processes, models and tools" and its table
/// heading "APPLICATION OF PPM BEST PRACTICE PROCESSES, MODELS AND TOOLS", or
/// "Quality orientation (attention to detail)" and "… (ATTENTION TO DETIAL)".
///
/// Names are compared as sets of significant words (Dice coefficient), where two words of
/// five or more letters also match when one typo (insertion, deletion, substitution or swap)
/// apart. Pairs are then assigned greedily, best score first, so an exact match is never
/// taken by a looser one.
enum SkillNameMatcher {
    /// Below this score two names are not the same skill.
    static let threshold = 0.5

    private static let ignoredWords: Set<String> = ["and", "of", "the", "to", "for", "a", "an", "in", "on", "with"]

    static func words(_ name: String) -> [String] {
        name.lowercased()
            .split { !$0.isLetter && !$0.isNumber }
            .map(String.init)
            .filter { !ignoredWords.contains($0) }
    }

    /// 1 for the same significant words, 0 for none in common.
    static func similarity(_ first: String, _ second: String) -> Double {
        similarity(words(first), words(second))
    }

    static func similarity(_ first: [String], _ second: [String]) -> Double {
        guard !first.isEmpty, !second.isEmpty else { return 0 }
        var unused = second
        var matches = 0
        for word in first {
            if let index = unused.firstIndex(where: { wordsMatch(word, $0) }) {
                unused.remove(at: index)
                matches += 1
            }
        }
        return 2 * Double(matches) / Double(first.count + second.count)
    }

    /// Whether one name's words are the start of the other's ("Leadership and personal" and
    /// "LEADERSHIP AND PERSONAL SKILLS").
    static func isPrefixMatch(_ first: String, _ second: String) -> Bool {
        let a = words(first), b = words(second)
        guard !a.isEmpty, !b.isEmpty else { return false }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return zip(short, long).allSatisfy { wordsMatch($0, $1) }
    }

    /// Pairs each name in `left` with at most one name in `right`; `allowed` can restrict
    /// which pairs may match. Returns right index by left index.
    static func assign(_ left: [String], _ right: [String], allowed: (Int, Int) -> Bool = { _, _ in true }) -> [Int: Int] {
        let leftWords = left.map(words), rightWords = right.map(words)
        var candidates: [(score: Double, left: Int, right: Int)] = []
        for l in left.indices {
            for r in right.indices where allowed(l, r) {
                let score = similarity(leftWords[l], rightWords[r])
                if score >= threshold { candidates.append((score, l, r)) }
            }
        }
        candidates.sort { ($0.score, -$0.left, -$0.right) > ($1.score, -$1.left, -$1.right) }
        var result: [Int: Int] = [:]
        var takenRight = Set<Int>()
        for candidate in candidates where result[candidate.left] == nil && !takenRight.contains(candidate.right) {
            result[candidate.left] = candidate.right
            takenRight.insert(candidate.right)
        }
        return result
    }

    private static func wordsMatch(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        // One edit leaves the first or the last letter in place; checking that first avoids
        // comparing most unrelated pairs letter by letter.
        guard a.count >= 5, b.count >= 5, a.first == b.first || a.last == b.last else { return false }
        return isOneEditApart(Array(a), Array(b))
    }

    /// Optimal string alignment distance ≤ 1, without building the full matrix.
    private static func isOneEditApart(_ a: [Character], _ b: [Character]) -> Bool {
        guard abs(a.count - b.count) <= 1 else { return false }
        guard let first = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset else {
            return true
        }
        let restA = a[(first + 1)...], restB = b[(first + 1)...]
        if a.count == b.count {
            if restA.elementsEqual(restB) { return true }
            // Adjacent transposition: "detial" / "detail".
            return first + 1 < a.count && a[first] == b[first + 1] && a[first + 1] == b[first]
                && a[(first + 2)...].elementsEqual(b[(first + 2)...])
        }
        return a.count > b.count ? a[(first + 1)...].elementsEqual(b[first...]) : a[first...].elementsEqual(b[(first + 1)...])
    }
}
