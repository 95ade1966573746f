/// The overview of a long form as tasks with their status (UI.md §4), for `partials/task-list`:
/// people see what is done and what is left, and open each part from here.
struct TaskList: Encodable, Sendable {
    enum Status: String, Encodable, Sendable {
        case completed, inProgress, notStarted, cannotStartYet

        var text: String {
            switch self {
            case .completed: "Completed"
            case .inProgress: "In progress"
            case .notStarted: "Not yet started"
            case .cannotStartYet: "Cannot start yet"
            }
        }

        /// Statuses still to act on are tags; the others are plain (or grey) text, so the tags stand out.
        var tagColour: String? {
            switch self {
            case .inProgress: "blue"
            case .notStarted: "grey"
            case .completed, .cannotStartYet: nil
            }
        }
    }

    struct Item: Encodable, Sendable {
        let id: String
        /// Starts with a verb: "Agree objectives", "Rate outputs", "Sign".
        let name: String
        let hint: String?
        /// Nil when the task cannot start yet: its row has no link.
        let href: String?
        let status: Status
        let statusText: String
        let tagColour: String?
        let statusID: String
        /// The link's `aria-describedby`: the hint, then the status, so "In progress" is heard with the name.
        let describedBy: String

        /// - Parameter id: the prefix of the status and hint ids; made from the name by default.
        init(_ name: String, href: String?, status: Status, hint: String? = nil, id: String? = nil) {
            let id = id ?? Self.slug(name)
            self.id = id
            self.name = name
            self.hint = hint
            self.href = status == .cannotStartYet ? nil : href
            self.status = status
            self.statusText = status.text
            self.tagColour = status.tagColour
            self.statusID = "\(id)-status"
            self.describedBy = [hint.map { _ in "\(id)-hint" }, "\(id)-status"].compactMap { $0 }.joined(separator: " ")
        }

        /// "Rate outputs" as "rate-outputs".
        static func slug(_ text: String) -> String {
            let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
            return words.joined(separator: "-")
        }
    }

    struct Section: Encodable, Sendable {
        let heading: String?
        let items: [Item]

        init(_ heading: String? = nil, items: [Item]) {
            self.heading = heading
            self.items = items
        }
    }

    let sections: [Section]
}
