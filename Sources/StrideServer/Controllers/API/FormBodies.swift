import Foundation
import StrideAPI
import StrideCore

/// The API's shapes of appraisal forms, built from Stride's values, and the API's Beginning of
/// Cycle content read back into the core's.
extension Components.Schemas.FormSummary {
    init(_ row: FormListQuery.Row, today: CalendarDate) {
        self.init(id: row.id.uuidString.lowercased(), kind: .init(row.kind), state: .init(row.state),
                  staffId: row.staff_id.uuidString.lowercased(), staffName: row.name, cycleId: row.cycle_id.uuidString.lowercased(),
                  cycleLabel: row.label, due: row.due.iso, overdue: row.state.isOverdue(due: row.due, on: today), version: row.record_version)
    }

    init(_ loaded: LoadedAppraisalForm, today: CalendarDate) {
        let form = loaded.form, due = loaded.cycle.scheduled.due(for: form.kind)
        self.init(id: loaded.formID.uuidString.lowercased(), kind: .init(form.kind), state: .init(form.state),
                  staffId: loaded.staff.record.id.uuidString.lowercased(), staffName: loaded.staff.record.details.name,
                  cycleId: loaded.cycle.id!.uuidString.lowercased(), cycleLabel: loaded.cycle.label, due: due.iso,
                  overdue: form.state.isOverdue(due: due, on: today), version: form.recordVersion)
    }
}

extension Components.Schemas.FormKind {
    init(_ kind: AppraisalFormKind) { self.init(rawValue: kind.rawValue)! }
}

extension Components.Schemas.FormState {
    init(_ state: AppraisalState) { self.init(rawValue: state.rawValue)! }
}

extension Components.Schemas.Form {
    init(_ loaded: LoadedAppraisalForm, content: BeginningOfCycle, viewer: Viewer, today: CalendarDate) {
        let form = loaded.form
        func signature(by who: UUID?, at: Date?, hash: String?, statement: String?) -> Components.Schemas.Signature? {
            guard let who, let at, let hash else { return nil }
            return .init(signedBy: who.uuidString.lowercased(), signedAt: at, contentHash: hash, statement: statement)
        }
        self.init(
            form: .init(loaded, today: today), content: .init(content),
            staffSignature: signature(by: loaded.staff.record.id, at: form.staffSignedAt, hash: form.staffSignedHash, statement: form.staffStatement),
            managerSignature: signature(by: form.managerSignedBy, at: form.managerSignedAt, hash: form.managerSignedHash, statement: nil),
            actions: AppraisalPolicy.availableActions(to: viewer, on: loaded.subject, contract: loaded.cycle.contractType)
                .map { .init(rawValue: $0.rawValue)! })
    }
}

extension Components.Schemas.BeginningOfCycleContent {
    init(_ content: BeginningOfCycle) {
        self.init(
            outputs: content.outputs.map {
                .init(key: $0.key.uuidString.lowercased(), description: $0.description, measuresOfSuccess: $0.measuresOfSuccess,
                      timeline: $0.timeline, resources: $0.resources, unitOutcomeId: $0.unitOutcomeID?.uuidString.lowercased())
            },
            competencies: content.competencies.map { .init(skillId: $0.skillID?.uuidString.lowercased(), demonstration: $0.demonstration) },
            developmentalObjective: .init(objective: content.developmentalObjective.objective,
                                          plannedActions: content.developmentalObjective.plannedActions),
            managerialAccountabilities: content.managerialAccountabilities.map {
                .init(managingPerformance: $0.managingPerformance, developingStaff: $0.developingStaff,
                      organisationalTargets: $0.organisationalTargets)
            })
    }

    /// The core's content, or the ids that are not UUIDs, each named by its path in the body.
    /// An output without a key is new and gets one from `newKey`.
    func core(newKey: () -> UUID) -> Validated<BeginningOfCycle> {
        var check = FieldChecker()
        func id(_ raw: String?, _ field: String) -> UUID? {
            guard let raw, !raw.isEmpty else { return nil }
            guard let id = UUID(uuidString: raw) else {
                check.add(field, "must be a UUID, like 0b6f8f8e-4f3c-4d0e-9d7e-3f1b2a9c5d10")
                return nil
            }
            return id
        }
        let outputs = self.outputs.enumerated().map { index, output in
            Output(key: id(output.key, "content.outputs[\(index)].key") ?? newKey(), description: output.description,
                   measuresOfSuccess: output.measuresOfSuccess, timeline: output.timeline, resources: output.resources,
                   unitOutcomeID: id(output.unitOutcomeId, "content.outputs[\(index)].unitOutcomeId"))
        }
        let competencies = self.competencies.enumerated().map { index, choice in
            CompetencyChoice(skillID: id(choice.skillId, "content.competencies[\(index)].skillId"), demonstration: choice.demonstration)
        }
        guard check.errors.isEmpty else { return .invalid(check.errors) }
        return .valid(BeginningOfCycle(
            outputs: outputs, competencies: competencies,
            developmentalObjective: .init(objective: developmentalObjective.objective, plannedActions: developmentalObjective.plannedActions),
            managerialAccountabilities: managerialAccountabilities.map {
                .init(managingPerformance: $0.managingPerformance, developingStaff: $0.developingStaff, organisationalTargets: $0.organisationalTargets)
            }))
    }
}

extension FieldError {
    /// A core rule's error about the content, as the API names the field: `content.outputs[0].description`.
    var inContent: FieldError { FieldError("content.\(field)", message) }
}
