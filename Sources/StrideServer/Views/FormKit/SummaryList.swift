/// Answers as a check-answers page shows them (UI.md §4), for `partials/summary-list`: a `<dl>`
/// with one row per answer, inside a card when it has a title (each output gets its own card).
struct SummaryList: Encodable, Sendable {
    /// A link whose visible words need context for screen readers: "Change" + "description of
    /// output 2", heard as "Change description of output 2".
    struct Link: Encodable, Sendable {
        let label: String
        let href: String
        let hiddenText: String?
    }

    struct Row: Encodable, Sendable {
        let key: String
        /// A one-line (or one-paragraph) answer.
        let value: String?
        /// An answer of several lines, each its own paragraph; empty otherwise.
        let lines: [String]
        /// An optional question left empty reads "Not provided".
        let notProvided: Bool
        /// A required question left empty gets an "Enter …" link in place of the answer, and no
        /// Change link: there is nothing to change yet.
        let missing: Link?
        let change: Link?

        /// - Parameters:
        ///   - value: the answer; nil or blank when not given.
        ///   - changeHref: where the question is asked, with the answer filled in.
        ///   - context: what the answer is, for the hidden half of "Change" ("description of output 2").
        ///   - required: whether an empty answer is missing (an "Enter …" link) or just "Not provided".
        ///   - missingLabel: the link's words when missing; "Enter <context>" by default.
        static func answer(_ key: String, _ value: String?, changeHref: String?, context: String,
                           required: Bool = true, missingLabel: String? = nil) -> Row {
            answer(key, lines: value.map { [$0] } ?? [], changeHref: changeHref, context: context,
                   required: required, missingLabel: missingLabel)
        }

        /// An answer of several lines, such as the skills chosen for an output.
        static func answer(_ key: String, lines: [String], changeHref: String?, context: String,
                           required: Bool = true, missingLabel: String? = nil) -> Row {
            let given = lines.filter { !$0.allSatisfy(\.isWhitespace) }
            let isEmpty = given.isEmpty
            // Without a page to enter it on (a read-only view), a missing answer is just not provided.
            let enter = isEmpty && required
                ? changeHref.map { Link(label: missingLabel ?? "Enter \(context)", href: $0, hiddenText: nil) }
                : nil
            return Row(
                key: key,
                value: given.count == 1 ? given[0] : nil,
                lines: given.count > 1 ? given : [],
                notProvided: isEmpty && enter == nil,
                missing: enter,
                change: isEmpty && required ? nil : changeHref.map { Link(label: "Change", href: $0, hiddenText: context) })
        }
    }

    /// The card's heading, "Output 2 of 4"; nil for a plain list.
    let title: String?
    let rows: [Row]

    init(title: String? = nil, rows: [Row]) {
        self.title = title
        self.rows = rows
    }
}

/// A summary list as the context of `partials/summary-list` (which reads `summary`), for a page
/// that shows several: `#extend("partials/summary-list", view.plan)`.
struct SummaryBlock: Encodable, Sendable {
    let summary: SummaryList
}
