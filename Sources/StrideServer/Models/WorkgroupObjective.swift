import Fluent
import Foundation
import StrideCore

/// What a workgroup is to achieve (`WorkgroupObjectiveDetails`), with the lead's override of
/// its derived status.
final class WorkgroupObjective: Model, @unchecked Sendable {
    static let schema = "workgroup_objectives"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    // data fields
    @Field(key: "title") var title: String
    @OptionalField(key: "description") var description: String?
    @Field(key: "starts_on") var startsOn: CalendarDate
    @Field(key: "due_on") var dueOn: CalendarDate
    @OptionalField(key: "status_override") var statusOverride: ObjectiveStatus?
    @OptionalField(key: "override_reason") var overrideReason: String?
    /// Counts saves, starting at 1; a form carries the version it was made from.
    @Field(key: "record_version") var recordVersion: Int

    // relationships
    @Parent(key: "workgroup_id") var workgroup: Workgroup
    @OptionalParent(key: "unit_outcome_id") var unitOutcome: UnitOutcome?
    @Parent(key: "owner_id") var owner: StaffMember
    @Children(for: \.$objective) var criteria: [ObjectiveCriterion]

    init() {}

    var details: WorkgroupObjectiveDetails {
        get {
            WorkgroupObjectiveDetails(title: title, description: description, startsOn: startsOn, dueOn: dueOn,
                                      unitOutcomeID: $unitOutcome.id, ownerID: $owner.id)
        }
        set {
            title = newValue.title
            description = newValue.description
            startsOn = newValue.startsOn
            dueOn = newValue.dueOn
            $unitOutcome.id = newValue.unitOutcomeID
            $owner.id = newValue.ownerID
        }
    }

    var override: (status: ObjectiveStatus, reason: String)? {
        guard let statusOverride, let overrideReason else { return nil }
        return (statusOverride, overrideReason)
    }
}

/// One agreed criterion of an objective (`PerformanceCriterion`); it is measured from the
/// objective's start.
final class ObjectiveCriterion: Model, @unchecked Sendable {
    static let schema = "performance_criteria"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // data fields
    @Field(key: "position") var position: Int
    @Field(key: "indicator") var indicator: String
    @Field(key: "unit") var unit: String
    @Field(key: "baseline") var baseline: Double
    @Field(key: "target") var target: Double
    @Field(key: "due_on") var dueOn: CalendarDate
    @Field(key: "weight") var weight: Double

    // relationships
    @Parent(key: "objective_id") var objective: WorkgroupObjective

    init() {}

    func criterion(startsOn: CalendarDate) -> PerformanceCriterion {
        PerformanceCriterion(indicator: indicator, unit: unit, baseline: baseline, target: target, startsOn: startsOn, dueOn: dueOn,
                             weight: weight)
    }

    func apply(_ criterion: PerformanceCriterion) {
        indicator = criterion.indicator
        unit = criterion.unit
        baseline = criterion.baseline
        target = criterion.target
        dueOn = criterion.dueOn
        weight = criterion.weight
    }
}

/// A reading of a criterion: its value on a day, who recorded it, and why it stands there.
final class CriterionReading: Model, @unchecked Sendable {
    static let schema = "criterion_readings"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "recorded_at") var recordedAt: Date
    @OptionalField(key: "recorded_by") var recordedBy: UUID?

    // data fields
    @Field(key: "value") var value: Double
    @Field(key: "measured_on") var measuredOn: CalendarDate
    @OptionalField(key: "comment") var comment: String?

    // relationships
    @Parent(key: "criterion_id") var criterion: ObjectiveCriterion

    init() {}
}
