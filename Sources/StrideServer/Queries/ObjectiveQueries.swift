import Fluent
import Foundation
import SQLKit
import StrideCore

/// Reads of workgroup objectives with their criteria, readings and standing.
enum ObjectiveQueries {
    /// A criterion with its readings, oldest first (only the latest, from `loadLatest`), and
    /// where it stands.
    struct Criterion: Sendable {
        let id: UUID
        let criterion: PerformanceCriterion
        let readings: [(on: CalendarDate, value: Double, comment: String?)]
        let measured: ObjectiveRollup.Measured

        var latest: Double? { readings.last?.value }

        init(id: UUID, criterion: PerformanceCriterion, readings: [(on: CalendarDate, value: Double, comment: String?)], today: CalendarDate) {
            self.id = id
            self.criterion = criterion
            self.readings = readings
            measured = ObjectiveRollup.measure(criterion, latest: readings.last?.value, today: today)
        }
    }

    /// An objective with its criteria and standing as of a day.
    struct Loaded: Sendable {
        let objective: WorkgroupObjective
        let criteria: [Criterion]
        let standing: ObjectiveStanding

        var id: UUID { objective.id! }

        init(objective: WorkgroupObjective, criteria: [Criterion]) {
            self.objective = objective
            self.criteria = criteria
            standing = ObjectiveStanding(derived: ObjectiveRollup.combine(criteria.map(\.measured)), override: objective.override)
        }
    }

    /// The objectives of a workgroup by due date, each with every criterion and reading: three
    /// queries, whatever the number of objectives.
    static func inWorkgroup(_ groupID: UUID, today: CalendarDate, on db: any Database) async throws -> [Loaded] {
        let objectives = try await WorkgroupObjective.query(on: db).filter(\.$workgroup.$id == groupID)
            .sort(\.$dueOn).sort(\.$title).all()
        return try await load(objectives, today: today, on: db)
    }

    static func one(_ id: UUID, today: CalendarDate, on db: any Database) async throws -> Loaded? {
        guard let objective = try await WorkgroupObjective.find(id, on: db) else { return nil }
        return try await load([objective], today: today, on: db).first
    }

    /// A criterion's row with its latest reading, if any.
    private struct LatestRow: Decodable {
        let id: UUID
        let objective_id: UUID
        let indicator: String
        let unit: String
        let baseline: Double
        let target: Double
        let due_on: CalendarDate
        let weight: Double
        let measured_on: CalendarDate?
        let value: Double?
        let comment: String?

        func criterion(startsOn: CalendarDate) -> PerformanceCriterion {
            PerformanceCriterion(indicator: indicator, unit: unit, baseline: baseline, target: target, startsOn: startsOn, dueOn: due_on,
                                 weight: weight)
        }

        var latest: (on: CalendarDate, value: Double, comment: String?)? {
            measured_on.flatMap { on in value.map { (on, $0, comment) } }
        }
    }

    /// The criteria of the objectives `objectives` selects (a subquery or a list of ids), by
    /// objective in their order, each with only its latest reading: one statement, whatever the
    /// history, since a standing or a rollup needs no more.
    private static func criteriaWithLatest(ofObjectivesIn objectives: SQLQueryString, on db: any Database) async throws -> [UUID: [LatestRow]] {
        let rows = try await db.sql().raw("""
            WITH latest AS (
              SELECT r.criterion_id, r.measured_on, r.value, r.comment,
                     ROW_NUMBER() OVER (PARTITION BY r.criterion_id ORDER BY r.measured_on DESC, r.recorded_at DESC) AS n
              FROM criterion_readings r JOIN performance_criteria c ON c.id = r.criterion_id WHERE c.objective_id IN (\(objectives)))
            SELECT c.id, c.objective_id, c.indicator, c.unit, c.baseline, c.target, c.due_on, c.weight, l.measured_on, l.value, l.comment
            FROM performance_criteria c LEFT JOIN latest l ON l.criterion_id = c.id AND l.n = 1
            WHERE c.objective_id IN (\(objectives)) ORDER BY c.objective_id, c.position
            """).all(decoding: LatestRow.self)
        return Dictionary(grouping: rows, by: \.objective_id)
    }

    /// The objectives given, each criterion carrying only its latest reading (`readings` holds
    /// at most one): for views of many objectives that show where each stands, not its history.
    static func loadLatest(_ objectives: [WorkgroupObjective], today: CalendarDate, on db: any Database) async throws -> [Loaded] {
        let ids = try objectives.map { try $0.requireID() }
        guard !ids.isEmpty else { return [] }
        let criteria = try await criteriaWithLatest(ofObjectivesIn: "\(binds: ids)", on: db)
        return objectives.map { objective in
            Loaded(objective: objective, criteria: (criteria[objective.id!] ?? []).map { row in
                Criterion(id: row.id, criterion: row.criterion(startsOn: objective.startsOn), readings: row.latest.map { [$0] } ?? [], today: today)
            })
        }
    }

    private struct StandingRow: Decodable {
        let id: UUID
        let starts_on: CalendarDate
        let status_override: ObjectiveStatus?
        let override_reason: String?
    }

    /// The standing of every objective `objectives` selects (a subquery of objective ids), by id,
    /// from each criterion's latest reading.
    static func standings(ofObjectivesIn objectives: SQLQueryString, today: CalendarDate, on db: any Database) async throws
        -> [UUID: ObjectiveStanding] {
        let rows = try await db.sql().raw("""
            SELECT id, starts_on, status_override, override_reason FROM workgroup_objectives WHERE id IN (\(objectives))
            """).all(decoding: StandingRow.self)
        let criteria = try await criteriaWithLatest(ofObjectivesIn: objectives, on: db)
        return Dictionary(uniqueKeysWithValues: rows.map { row in
            let override = row.status_override.flatMap { status in row.override_reason.map { (status, $0) } }
            return (row.id, ObjectiveStanding(criteria: (criteria[row.id] ?? []).map { ($0.criterion(startsOn: row.starts_on), $0.latest?.value) },
                                              override: override, today: today))
        })
    }

    /// The objectives given, with their criteria and every reading.
    static func load(_ objectives: [WorkgroupObjective], today: CalendarDate, on db: any Database) async throws -> [Loaded] {
        let ids = try objectives.map { try $0.requireID() }
        guard !ids.isEmpty else { return [] }
        let criteria = try await ObjectiveCriterion.query(on: db).filter(\.$objective.$id ~~ ids).sort(\.$position).all()
        let criterionIDs = try criteria.map { try $0.requireID() }
        let readings = criterionIDs.isEmpty ? [] : try await CriterionReading.query(on: db).filter(\.$criterion.$id ~~ criterionIDs)
            .sort(\.$measuredOn).sort(\.$recordedAt).all()
        let readingsByCriterion = Dictionary(grouping: readings, by: { $0.$criterion.id })
        let criteriaByObjective = Dictionary(grouping: criteria, by: { $0.$objective.id })
        return objectives.map { objective in
            Loaded(objective: objective, criteria: (criteriaByObjective[objective.id!] ?? []).map { row in
                Criterion(id: row.id!, criterion: row.criterion(startsOn: objective.startsOn),
                          readings: (readingsByCriterion[row.id!] ?? []).map { ($0.measuredOn, $0.value, $0.comment) }, today: today)
            })
        }
    }

    /// What an objective's form offers: the current unit outcomes of the units its lead and
    /// members belong to (a workgroup may serve another unit's outcome, when someone from that
    /// unit is in it), and the people who may own it.
    struct Choices: Sendable {
        let unitOutcomes: [(id: UUID, title: String, unitName: String)]
        let owners: [(id: UUID, name: String)]
    }

    static func choices(for group: Workgroup, today: CalendarDate, on db: any Database) async throws -> Choices {
        let groupID = try group.requireID()
        let members = try await WorkgroupQueries.members(of: groupID, on: db).filter(\.staff.isActive)
        let lead = try await StaffMember.find(group.$lead.id, on: db)
        var owners = members.map { (id: $0.staff.id, name: $0.staff.details.name) }
        if let lead, !owners.contains(where: { $0.id == lead.id }) { owners.insert((try lead.requireID(), lead.name), at: 0) }
        let unitIDs = Array(Set(members.compactMap(\.staff.unitID) + [lead?.$unit.id].compactMap { $0 }))
        let outcomes = unitIDs.isEmpty ? [] : try await UnitOutcome.query(on: db).filter(\.$unit.$id ~~ unitIDs)
            .filter(\.$periodEnd > today).join(OrganisationalUnit.self, on: \UnitOutcome.$unit.$id == \OrganisationalUnit.$id)
            .sort(OrganisationalUnit.self, \.$name).sort(\.$title).all()
        return Choices(unitOutcomes: try outcomes.map { (try $0.requireID(), $0.title, try $0.joined(OrganisationalUnit.self).name) },
                       owners: owners)
    }
}
