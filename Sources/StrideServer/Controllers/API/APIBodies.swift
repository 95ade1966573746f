import Fluent
import Foundation
import StrideAPI
import StrideCore

/// API bodies built from Stride's own values; the generated types are the API's shapes, kept
/// apart from page rows and Fluent models.
extension Components.Schemas.FrameworkSummary {
    init(_ summary: FrameworkQueries.Summary) {
        self.init(id: summary.id.uuidString.lowercased(), name: summary.name, version: summary.version,
                  publisher: summary.publisher, skills: summary.skills, definedLevels: summary.definedLevels,
                  indicators: summary.indicators, url: StridePath.apiFramework(summary.id).href)
    }
}

extension Components.Schemas.FrameworkImportReport {
    /// The core report as the document describes it. It goes through its own Codable form, so
    /// a report field the document lacks (or names differently) fails here, loudly, in tests.
    init(_ report: FrameworkImportReport) throws {
        self = try JSONDecoder().decode(Self.self, from: JSONEncoder().encode(report))
    }
}

extension Components.Schemas.Cycle {
    init(_ cycle: ScheduledCycle, forms: [AppraisalQueries.OpenedForm]) {
        self.init(label: cycle.label, contractType: .init(rawValue: cycle.contractType.rawValue)!, start: cycle.start.iso,
                  end: cycle.end.iso, beginningOfCycleDue: cycle.beginningOfCycleDue.iso, midtermReview: cycle.midtermReview.iso,
                  endOfCycle: cycle.endOfCycle.iso, probationReport: cycle.probationReport?.iso,
                  colleagueDesignation: cycle.colleagueDesignation?.iso, opened: !forms.isEmpty,
                  forms: forms.map { .init(id: $0.form_id.uuidString.lowercased(), kind: .init(rawValue: $0.kind.rawValue)!,
                                           state: .init(rawValue: $0.state.rawValue)!) })
    }
}

extension Components.Schemas.StaffListItem {
    /// A person as the directory shows them; with `withRecord`, their record's details too.
    init(_ person: StaffRows.Listed, withRecord: Bool) {
        let details = person.record.details
        self.init(id: person.record.id.uuidString.lowercased(), name: details.name, jobTitle: details.jobTitle,
                  unitId: person.record.unitID?.uuidString.lowercased(), unitName: person.unitName,
                  record: withRecord
                      ? .init(staffNumber: details.staffNumber, email: details.email, grade: details.grade,
                              contractType: .init(rawValue: details.contractType.rawValue)!, entryOnDuty: details.entryOnDuty.iso,
                              contractEnd: details.contractEnd?.iso,
                              supervisorId: person.record.supervisorID?.uuidString.lowercased())
                      : nil)
    }
}

extension Components.Schemas.StaffMember {
    /// A person's record, for those who may open it.
    init(_ person: StaffRows.Listed) {
        let details = person.record.details
        self.init(id: person.record.id.uuidString.lowercased(), name: details.name, email: details.email, staffNumber: details.staffNumber,
                  jobTitle: details.jobTitle, grade: details.grade, unitId: person.record.unitID?.uuidString.lowercased(),
                  unitName: person.unitName, supervisorId: person.record.supervisorID?.uuidString.lowercased(),
                  roleProfileId: person.roleID?.uuidString.lowercased(), contractType: .init(rawValue: details.contractType.rawValue)!,
                  entryOnDuty: details.entryOnDuty.iso, contractEnd: details.contractEnd?.iso, status: .init(rawValue: details.status.rawValue)!)
    }
}

extension Components.Schemas.SkillAssessment {
    init(_ row: SkillAssessmentRecord, on db: any Database) async throws {
        let skill = try await SkillRefs.byID([row.$skill.id], on: db)[row.$skill.id]
        self.init(id: try row.requireID().uuidString.lowercased(), skillId: row.$skill.id.uuidString.lowercased(), skill: skill?.name ?? "",
                  level: row.level, status: .init(rawValue: row.status.rawValue)!, proposedOn: CalendarDate(utc: row.proposedAt).iso,
                  evidence: row.evidence, indicators: JSONList.decode(row.indicatorsJSON), decidedLevel: row.decidedLevel,
                  decidedOn: row.decidedAt.map { CalendarDate(utc: $0).iso }, comment: row.comment)
    }
}

extension Components.Schemas.SkillAssessmentEntry {
    /// A proposal's entries in the history: the proposal, then the decision once made.
    static func entries(_ row: SkillAssessmentRecord) -> [Self] {
        let id = row.id?.uuidString.lowercased() ?? "", skill = row.$skill.id.uuidString.lowercased()
        let status = StatusPayload(rawValue: row.status.rawValue)!
        var entries = [Self(id: id, skillId: skill, level: row.level, source: ._self, status: status, date: CalendarDate(utc: row.proposedAt).iso)]
        if let level = row.decidedLevel, let date = row.decidedAt {
            entries.append(Self(id: id, skillId: skill, level: level, source: .manager, status: status, date: CalendarDate(utc: date).iso))
        }
        return entries
    }
}
