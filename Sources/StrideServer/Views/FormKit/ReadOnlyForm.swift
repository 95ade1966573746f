/// Any form as a read-only document, for `partials/read-only-form`: the view of a signed
/// appraisal and its print version (UI.md §4 and §9). The header names whose form it is and its
/// reference, which is repeated at the end so every printed copy can be traced.
struct ReadOnlyForm: Encodable, Sendable {
    struct Header: Encodable, Sendable {
        let organisation: String
        let person: String
        /// "1 April 2025 to 31 March 2026".
        let period: String
        let status: String
        /// The status tag's colour ("green" for Signed); nil for plain text.
        let statusColour: String?
        let reference: String
    }

    /// What was agreed at the beginning of the cycle next to what it became, so a reader sees
    /// the change without comparing two documents.
    struct Comparison: Encodable, Sendable {
        let agreedLabel: String
        let agreed: String
        let adjustedLabel: String
        let adjusted: String
        let reasonLabel: String
        let reason: String?
    }

    struct Row: Encodable, Sendable {
        let label: String
        let value: String?
        let lines: [String]
        let comparison: Comparison?
        /// An empty answer reads "Not provided" rather than leaving a blank that looks like a fault.
        let notProvided: Bool

        /// An answer as text; a rating is passed in words, "3 – Meets expectations" (UI.md §9).
        static func text(_ label: String, _ value: String?) -> Row {
            lines(label, value.map { [$0] } ?? [])
        }

        static func lines(_ label: String, _ lines: [String]) -> Row {
            let given = lines.filter { !$0.allSatisfy(\.isWhitespace) }
            return Row(label: label, value: given.count == 1 ? given[0] : nil, lines: given.count > 1 ? given : [],
                       comparison: nil, notProvided: given.isEmpty)
        }

        /// Agreed and adjusted text side by side; the agreed text alone when nothing changed.
        static func agreedAndAdjusted(
            _ label: String, agreed: String, adjusted: String?, reason: String?,
            agreedLabel: String = "Agreed at the beginning of the cycle", adjustedLabel: String = "Adjusted",
            reasonLabel: String = "Reason for the change"
        ) -> Row {
            guard let adjusted, adjusted != agreed else { return text(label, agreed) }
            let comparison = Comparison(agreedLabel: agreedLabel, agreed: agreed, adjustedLabel: adjustedLabel,
                                        adjusted: adjusted, reasonLabel: reasonLabel, reason: reason)
            return Row(label: label, value: nil, lines: [], comparison: comparison, notProvided: false)
        }
    }

    /// One block of the document, such as "Output 2 of 4"; it is kept on one printed page.
    struct Section: Encodable, Sendable {
        let heading: String
        let rows: [Row]
    }

    /// The page's h1, "Beginning of cycle appraisal".
    let title: String
    let header: Header
    let sections: [Section]
    /// Zero or one block. An array because Leaf has no `#let`: the template binds it to the
    /// `signatures` variable that `partials/signature-block` reads with `#for`.
    let signatureBlock: [SignatureBlock]
    /// The print view's address, linked as "Print or save as PDF"; nil on the print view itself.
    let printHref: String?

    init(title: String, header: Header, sections: [Section], signatures: SignatureBlock? = nil, printHref: String? = nil) {
        self.title = title
        self.header = header
        self.sections = sections
        // A read-only document never offers to sign.
        self.signatureBlock = signatures.map { [$0.withoutDeclaration] } ?? []
        self.printHref = printHref
    }
}
