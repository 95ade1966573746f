import Fluent
import Foundation
import StrideCore

/// The objectives cascade of the demo: two organisational outcomes for the biennium, the unit
/// outcomes contributing to them, and an objective for each workgroup with its criteria and
/// eleven months of readings, one on track, one at risk and one off track. Written through the
/// services, so each has its audit trail; dates are relative to the demo's day, so the statuses
/// hold whenever it is loaded.
enum DemoObjectives {
    private struct Criterion {
        let indicator: String
        let unit: String
        let baseline: Double
        let target: Double
        let weight: Int
        /// A reading at the end of each month from the start, oldest first.
        let readings: [Double]
    }

    private struct Objective {
        let workgroup: String
        let title: String
        let unitOutcome: String
        let owner: String
        /// Months from the demo's day to the due date (the objective started eleven months ago).
        let dueInMonths: Int
        let criteria: [Criterion]
    }

    private static let objectives = [
        // On track: 62 % of its time gone, about two thirds of the way.
        Objective(workgroup: "People Systems Squad", title: "Move every appraisal onto Stride", unitOutcome: "Every appraisal cycle run on time and reviewed by the Reports Board",
                  owner: "S2003", dueInMonths: 7, criteria: [
                    Criterion(indicator: "Units running their appraisals in Stride", unit: "%", baseline: 0, target: 100, weight: 2,
                              readings: [0, 5, 10, 20, 25, 35, 40, 50, 55, 60, 66]),
                    Criterion(indicator: "Paper forms still in circulation", unit: "forms", baseline: 1200, target: 0, weight: 1,
                              readings: [1200, 1150, 1100, 980, 900, 820, 760, 640, 560, 500, 430]),
                  ]),
        // At risk: under half its time gone and a quarter of the way.
        Objective(workgroup: "Field Operations Support", title: "Projects supported to deliver on schedule", unitOutcome: "Technical cooperation projects delivered on schedule",
                  owner: "S4002", dueInMonths: 13, criteria: [
                    Criterion(indicator: "Portfolio delivery rate", unit: "%", baseline: 70, target: 85, weight: 1,
                              readings: [70, 70, 71, 71, 72, 72, 73, 73, 73, 74, 74]),
                  ]),
        // Off track: nearly due and a fifth of the way.
        Objective(workgroup: "Service Desk", title: "Requests resolved within the service level", unitOutcome: "Staff services available online with agreed service levels",
                  owner: "S5007", dueInMonths: 1, criteria: [
                    Criterion(indicator: "Requests resolved within two working days", unit: "%", baseline: 60, target: 90, weight: 1,
                              readings: [60, 61, 63, 62, 64, 63, 65, 64, 66, 65, 66]),
                  ]),
    ]

    /// Which unit outcomes contribute to which organisational outcome; ITCOM's security outcome
    /// is left unlinked, so the alignment page has one to flag.
    private static let outcomes: [(title: String, description: String, owner: String, units: [String])] = [
        ("Performance and skills managed for results across the organisation",
         "Every member of staff has agreed outputs linked to the organisation's results, and the skills the work needs.", "S2001",
         ["Every appraisal cycle run on time and reviewed by the Reports Board", "A skills framework in use for every job family",
          "Staff services available online with agreed service levels"]),
        ("Decent work results delivered with constituents and partners",
         "The programme's outcomes reached in the countries it serves, funded by a broad base of partners.", "S1001",
         ["Decent work priorities reflected in national development frameworks", "Development cooperation partnerships renewed and diversified",
          "Technical cooperation projects delivered on schedule"]),
    ]

    /// Ahmed Farouk, who leads Field Operations Support, gives two members feedback on their tasks.
    static func loadFeedback(staffIDs: [String: UUID], in context: ServiceContext) async throws {
        guard let group = try await Workgroup.query(on: context.db).filter(\.$name == "Field Operations Support").first() else { return }
        let tasks = try await WorkTaskQueries.inWorkgroup(try group.requireID(), on: context.db)
        for (member, kind, text) in [
            ("S4002", WorkgroupFeedbackKind.strength, "The Dakar briefing was clear and well timed: the project team used the new template the same week."),
            ("S4007", .improvement, "Flag advances that will miss the reconciliation date a week ahead, so the field offices can chase them."),
        ] {
            guard let id = staffIDs[member] else { continue }
            let task = tasks.first { $0.assignee_id == id }
            _ = try await WorkgroupFeedbackService.give(.init(member: id.uuidString, kind: kind.rawValue, text: text, task: task?.id.uuidString),
                                                        in: group, context: context.acting(as: group.$lead.id))
        }
    }

    static func load(staffIDs: [String: UUID], in context: ServiceContext) async throws {
        let today = context.clock.today()
        for outcome in outcomes {
            let input = OrganisationalOutcomeInput(title: outcome.title, description: outcome.description, periodStart: "2026-01-01",
                                                   periodEnd: "2028-01-01")
            guard case .success(let saved) = try await OrganisationalOutcomeService.save(input, owner: outcome.owner, existing: nil,
                                                                                       version: nil, in: context) else { continue }
            for unitOutcome in try await UnitOutcome.query(on: context.db).filter(\.$title ~~ outcome.units).all() {
                unitOutcome.$organisationalOutcome.id = saved.id
                unitOutcome.recordVersion += 1
                try await unitOutcome.save(on: context.db)
            }
        }
        let start = today.adding(months: -11)
        for objective in objectives {
            guard let group = try await Workgroup.query(on: context.db).filter(\.$name == objective.workgroup).first(),
                  let outcome = try await UnitOutcome.query(on: context.db).filter(\.$title == objective.unitOutcome).first(),
                  let owner = staffIDs[objective.owner] else { continue }
            let due = today.adding(months: objective.dueInMonths)
            let input = WorkgroupObjectiveInput(
                title: objective.title, startsOn: start.iso, dueOn: due.iso, unitOutcome: outcome.id?.uuidString, owner: owner.uuidString,
                criteria: objective.criteria.map {
                    CriterionInput(indicator: $0.indicator, unit: $0.unit, baseline: ChartScale.label($0.baseline).replacingOccurrences(of: ",", with: ""),
                                   target: ChartScale.label($0.target).replacingOccurrences(of: ",", with: ""), dueOn: due.iso,
                                   weight: String($0.weight))
                })
            let lead = context.acting(as: group.$lead.id)
            guard case .success(let saved) = try await ObjectiveService.save(input, in: group, existing: nil, version: nil, context: lead),
                  let loaded = try await ObjectiveQueries.one(try saved.requireID(), today: today, on: context.db) else { continue }
            for (criterion, stored) in zip(objective.criteria, loaded.criteria) {
                for (month, value) in criterion.readings.enumerated() {
                    let day = min(start.adding(months: month + 1).adding(days: -1), today)
                    _ = try await ObjectiveService.record(value: ChartScale.label(value).replacingOccurrences(of: ",", with: ""), on: day.iso,
                                                          comment: month == criterion.readings.count - 1 ? "Figures for the month just ended." : nil,
                                                          criterionID: stored.id.uuidString, of: loaded, context: context.acting(as: owner))
                }
            }
        }
    }
}
