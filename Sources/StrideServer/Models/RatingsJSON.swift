import Foundation

/// Ratings by question as stored: a JSON object of lower-case question ids to a rating from 1 to
/// 5, or null for "cannot judge".
enum RatingsJSON {
    static func encode(_ ratings: [UUID: Int?]) throws -> String {
        let keyed = Dictionary(uniqueKeysWithValues: ratings.map { ($0.key.uuidString.lowercased(), $0.value) })
        return String(decoding: try JSONEncoder.stride.encode(keyed), as: UTF8.self)
    }

    static func decode(_ text: String?) -> [UUID: Int?] {
        let stored = text.flatMap { try? JSONDecoder().decode([String: Int?].self, from: Data($0.utf8)) } ?? [:]
        return Dictionary(stored.compactMap { key, value in UUID(uuidString: key).map { ($0, value) } }, uniquingKeysWith: { a, _ in a })
    }
}
