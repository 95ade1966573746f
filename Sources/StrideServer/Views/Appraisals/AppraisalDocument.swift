import Foundation
import StrideCore

/// A form as a read-only document, now or as it stood at any step of its history: the header,
/// the sections, and the signatures it then carried. Signatures are read from the history, so
/// a version signed before a correction shows who signed it, when, and what they said.
enum AppraisalDocument {
    /// - Parameters:
    ///   - sections: the content's sections, drawn from the content at `version`.
    ///   - version: the step to show; nil for the form as it is now.
    static func make(_ loaded: LoadedAppraisalForm, sections: [ReadOnlyForm.Section], history: [AppraisalFormLookup.HistoryEntry],
                     version: Int?, printHref: String?) -> ReadOnlyForm {
        let form = loaded.form, cycle = loaded.cycle, staff = loaded.staff.record.details
        let state = version.flatMap { v in history.last { $0.event.recordVersion <= v }?.event.state } ?? form.state
        let colour: String? = switch state {
        case .signed, .reviewed: "green"
        case .returned: "red"
        case .atReportsBoard: "purple"
        default: nil
        }
        // The id's random end: its start is a timestamp (`TimeOrderedIDs`), alike for forms opened together.
        var reference = "\(cycle.label)-\(form.kind.rawValue.uppercased().replacingOccurrences(of: "_", with: "-"))-\(loaded.formID.uuidString.suffix(8))"
        if let version { reference += " version \(version)" }
        return ReadOnlyForm(
            title: form.kind.displayName,
            header: .init(organisation: loaded.staff.unitName ?? "No unit", person: "\(staff.name) (\(staff.staffNumber))",
                          period: "Cycle \(cycle.label): \(DisplayDate.long(cycle.startDate)) to \(DisplayDate.long(cycle.endDate))",
                          status: state.displayName, statusColour: colour, reference: reference),
            sections: sections,
            signatures: SignatureBlock(signatures: signatures(history, upTo: version ?? Int.max)),
            printHref: printHref)
    }

    /// The signatures the form carried after step `version`: each signing step since the last
    /// save, send-back or return (each of which leaves the form unsigned).
    static func signatures(_ history: [AppraisalFormLookup.HistoryEntry], upTo version: Int) -> [SignatureBlock.Signature] {
        var staff: AppraisalFormLookup.HistoryEntry?, manager: AppraisalFormLookup.HistoryEntry?
        for entry in history where entry.event.recordVersion <= version {
            switch AppraisalAction(rawValue: entry.event.action) {
            case .signAsStaff: staff = entry
            case .signAsManager: manager = entry
            case .sendBack, .returnToParties, nil: (staff, manager) = (nil, nil)
            case .submit, .submitSelfAssessment, .sendToReportsBoard, .review: break
            }
        }
        func signature(_ entry: AppraisalFormLookup.HistoryEntry, role: String, statement: String?) -> SignatureBlock.Signature {
            .init(name: entry.actorName ?? "Unknown", role: role, signedAt: DisplayDate.instant(entry.event.occurredAt),
                  timestamp: DisplayDate.machine(entry.event.occurredAt),
                  reference: "SHA-256 \(AppraisalFormService.contentHash(entry.event.content).prefix(12))",
                  statement: statement, statementLabel: "Statement of disagreement")
        }
        return [staff.map { signature($0, role: "Staff member", statement: $0.event.comment) },
                manager.map { signature($0, role: "Manager", statement: nil) }].compactMap { $0 }
    }
}
