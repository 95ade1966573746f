import Foundation

/// A repeated group's items in a form's posted values (`requirement-count`,
/// `requirement-2-skill`): how many there are, and the values after an Add or a Remove, the
/// items after a removed one renumbered so nothing typed is lost (`RepeatedGroup` draws them).
enum RepeatedValues {
    /// What an Add or Remove button asked of the group `name` (`add-name`, `remove-name-3`).
    enum Change: Equatable, Sendable {
        case add
        case remove(index: Int)

        init?(intent: String, name: String) {
            if intent == "add-\(name)" {
                self = .add
            } else if intent.hasPrefix("remove-\(name)-"), let index = Int(intent.dropFirst("remove-\(name)-".count)) {
                self = .remove(index: index)
            } else {
                return nil
            }
        }
    }

    /// The number of items posted, at most `limit`.
    static func count(_ name: String, in values: [String: String], limit: Int) -> Int {
        min(max(Int(values["\(name)-count"] ?? "") ?? 0, 0), limit)
    }

    /// `values` with `change` applied to group `name`, whose items have `parts`.
    static func applying(_ change: Change, to name: String, parts: [String], in values: [String: String],
                         limit: Int) -> [String: String] {
        var copy = values
        let n = count(name, in: values, limit: limit)
        switch change {
        case .add:
            copy["\(name)-count"] = String(min(n + 1, limit))
        case .remove(let index):
            guard (1...max(n, 1)).contains(index), n > 0 else { return values }
            for position in index..<n {
                for part in parts {
                    copy[RepeatedGroup.fieldID(name, position, part)] = values[RepeatedGroup.fieldID(name, position + 1, part)]
                }
            }
            for part in parts { copy[RepeatedGroup.fieldID(name, n, part)] = nil }
            copy["\(name)-count"] = String(n - 1)
        }
        return copy
    }
}
