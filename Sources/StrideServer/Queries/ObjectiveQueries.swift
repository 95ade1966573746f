import Fluent
import Foundation
import SQLKit
import StrideCore

/// Reads of workgroup objectives with their criteria, readings and standing.
enum ObjectiveQueries {
    /// A criterion with its readings, oldest first, and where it stands.
    struct Criterion: Sendable {
        let id: UUID
        let criterion: PerformanceCriterion
        let readings: [(on: CalendarDate, value: Double, comment: String?)]
        let measured: ObjectiveRollup.Measured

        var latest: Double? { readings.last?.value }
    }

    /// An objective with its criteria and standing as of a day.
    struct Loaded: Sendable {
        let objective: WorkgroupObjective
        let criteria: [Criterion]
        let standing: ObjectiveStanding

        var id: UUID { objective.id! }
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

    /// An objective's row with one of its criteria (none: nil columns) and that criterion's latest reading.
    private struct StandingRow: Decodable {
        let objective_id: UUID
        let objective_starts_on: CalendarDate
        let status_override: ObjectiveStatus?
        let override_reason: String?
        let indicator: String?
        let unit: String?
        let baseline: Double?
        let target: Double?
        let due_on: CalendarDate?
        let weight: Double?
        let latest: Double?

        func criterion() -> PerformanceCriterion? {
            guard let indicator, let unit, let baseline, let target, let due_on, let weight else { return nil }
            return PerformanceCriterion(indicator: indicator, unit: unit, baseline: baseline, target: target, startsOn: objective_starts_on,
                                        dueOn: due_on, weight: weight)
        }
    }

    /// The standing of every objective `objectives` selects (a subquery of objective ids), by id:
    /// one statement reading each criterion with only its latest reading, which is all a standing
    /// needs, so a dashboard over thousands of objectives does not read their whole history.
    static func standings(ofObjectivesIn objectives: SQLQueryString, today: CalendarDate, on db: any Database) async throws
        -> [UUID: ObjectiveStanding] {
        let rows = try await db.sql().raw("""
            WITH chosen AS (\(objectives)),
            latest AS (
              SELECT r.criterion_id, r.value,
                     ROW_NUMBER() OVER (PARTITION BY r.criterion_id ORDER BY r.measured_on DESC, r.recorded_at DESC) AS n
              FROM criterion_readings r JOIN performance_criteria c ON c.id = r.criterion_id
              WHERE c.objective_id IN (SELECT id FROM chosen))
            SELECT o.id AS objective_id, o.starts_on AS objective_starts_on, o.status_override, o.override_reason,
                   c.indicator, c.unit, c.baseline, c.target, c.due_on, c.weight, l.value AS latest
            FROM workgroup_objectives o LEFT JOIN performance_criteria c ON c.objective_id = o.id
              LEFT JOIN latest l ON l.criterion_id = c.id AND l.n = 1
            WHERE o.id IN (SELECT id FROM chosen)
            ORDER BY o.id, c.position
            """).all(decoding: StandingRow.self)
        return Dictionary(grouping: rows, by: \.objective_id).mapValues { rows in
            let first = rows[0]
            let override = first.status_override.flatMap { status in first.override_reason.map { (status, $0) } }
            return ObjectiveStanding(criteria: rows.compactMap { row in row.criterion().map { ($0, row.latest) } }, override: override,
                                     today: today)
        }
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
            let measured = (criteriaByObjective[objective.id!] ?? []).map { row -> Criterion in
                let criterion = row.criterion(startsOn: objective.startsOn)
                let readings = (readingsByCriterion[row.id!] ?? []).map { ($0.measuredOn, $0.value, $0.comment) }
                return Criterion(id: row.id!, criterion: criterion, readings: readings,
                                 measured: ObjectiveRollup.measure(criterion, latest: readings.last?.1, today: today))
            }
            let standing = ObjectiveStanding(derived: ObjectiveRollup.combine(measured.map(\.measured)), override: objective.override)
            return Loaded(objective: objective, criteria: measured, standing: standing)
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
