import Fluent
import Foundation
import SQLKit
import StrideCore

/// The alignment page's reads: the organisational outcomes running on a day, the unit outcomes
/// contributing to them, the workgroup objectives contributing to those (with their criteria and
/// latest readings), and the outputs linked to either, from `output_alignments`: the first few under
/// each outcome or objective with how many there are, since an organisation of 100,000 has
/// hundreds of thousands. A fixed number of statements on indexes, whatever the size of the tree.
struct AlignmentQuery: Sendable {
    struct Output: Sendable {
        let key: UUID
        let description: String
        let staffID: UUID
        let staffName: String
        let unitOutcomeID: UUID?
        let objectiveID: UUID?
    }

    /// An organisational outcome as the tree shows it. The query holds plain values, not Fluent
    /// models: it is kept by `FigureCaches` and read by many requests at once.
    struct OutcomeRow: Sendable {
        let id: UUID
        let title: String
        let ownerID: UUID?
        let periodStart: CalendarDate
        let periodEnd: CalendarDate
    }

    /// A workgroup objective with its criteria measured on the day.
    struct ObjectiveRow: Sendable {
        let id: UUID
        let title: String
        let workgroupID: UUID
        let unitOutcomeID: UUID
        let measured: [ObjectiveRollup.Measured]
        let standing: ObjectiveStanding
    }

    struct UnitOutcomeRow: Sendable {
        let id: UUID
        let title: String
        let unitID: UUID
        let unitName: String
        let organisationalOutcomeID: UUID?
    }

    let outcomes: [OutcomeRow]
    let owners: [UUID: String]
    let unitOutcomes: [UnitOutcomeRow]
    let objectives: [ObjectiveRow]
    let workgroupNames: [UUID: String]
    /// The first outputs under each unit outcome and objective (`outputsShown` at most).
    let outputs: [Output]
    /// How many outputs hang under each unit outcome and objective, by its id.
    let outputCounts: [UUID: Int]
    /// Outputs of running cycles linked to no outcome or objective: a few to show, and how many.
    let unlinked: [Output]
    let unlinkedCount: Int
    /// The unit outcomes of the period that contribute to no organisational outcome.
    let unattached: [UnitOutcomeRow]

    static let unlinkedShown = 50
    /// Outputs listed under one outcome or objective; the rest are counted.
    static let outputsShown = 10

    static func load(on day: CalendarDate, db: any Database) async throws -> AlignmentQuery {
        let outcomes = try await OrganisationalOutcome.query(on: db).filter(\.$periodStart <= day).filter(\.$periodEnd > day)
            .sort(\.$title).all()
        let outcomeIDs = try outcomes.map { try $0.requireID() }
        let owners = try await StaffMember.query(on: db).filter(\.$id ~~ Set(outcomes.compactMap(\.$owner.id))).all()
        let sql = try db.sql()
        let unitColumns: SQLQueryString = """
            SELECT o.id, o.title, o.unit_id, u.name AS unit_name, o.organisational_outcome_id
            FROM unit_outcomes o JOIN organisational_units u ON u.id = o.unit_id
            """
        struct UnitRow: Decodable { let id: UUID; let title: String; let unit_id: UUID; let unit_name: String; let organisational_outcome_id: UUID? }
        func rows(_ rows: [UnitRow]) -> [UnitOutcomeRow] {
            rows.map { UnitOutcomeRow(id: $0.id, title: $0.title, unitID: $0.unit_id, unitName: $0.unit_name,
                                      organisationalOutcomeID: $0.organisational_outcome_id) }
        }
        let unitOutcomes = outcomeIDs.isEmpty ? [] : rows(try await sql.raw("""
            \(unitColumns) WHERE o.organisational_outcome_id IN (\(binds: outcomeIDs)) ORDER BY u.name, o.title
            """).all(decoding: UnitRow.self))
        let unattached = rows(try await sql.raw("""
            \(unitColumns) WHERE o.organisational_outcome_id IS NULL AND o.period_start <= \(bind: day) AND o.period_end > \(bind: day)
            ORDER BY u.name, o.title
            """).all(decoding: UnitRow.self))
        let unitOutcomeIDs = unitOutcomes.map(\.id)
        let objectiveRows = unitOutcomeIDs.isEmpty ? [] : try await WorkgroupObjective.query(on: db)
            .filter(\.$unitOutcome.$id ~~ unitOutcomeIDs).sort(\.$dueOn).sort(\.$title).all()
        let objectives = try await ObjectiveQueries.loadLatest(objectiveRows, today: day, on: db).map { loaded in
            ObjectiveRow(id: loaded.id, title: loaded.objective.title, workgroupID: loaded.objective.$workgroup.id,
                         unitOutcomeID: loaded.objective.$unitOutcome.id!, measured: loaded.criteria.map(\.measured), standing: loaded.standing)
        }
        let groups = try await Workgroup.query(on: db).filter(\.$id ~~ Set(objectives.map(\.workgroupID))).all()
        let objectiveIDs = objectives.map(\.id)
        struct OutputRow: Decodable {
            let output_key: UUID; let description: String; let staff_member_id: UUID; let name: String
            let unit_outcome_id: UUID?; let objective_id: UUID?
        }
        func outputs(_ rows: [OutputRow]) -> [Output] {
            rows.map { Output(key: $0.output_key, description: $0.description, staffID: $0.staff_member_id, staffName: $0.name,
                              unitOutcomeID: $0.unit_outcome_id, objectiveID: $0.objective_id) }
        }
        let outputColumns: SQLQueryString = """
            SELECT a.output_key, a.description, a.staff_member_id, s.name, a.unit_outcome_id, a.objective_id
            FROM output_alignments a JOIN staff_members s ON s.id = a.staff_member_id
            """
        var linked: [Output] = []
        var outputCounts: [UUID: Int] = [:]
        if !unitOutcomeIDs.isEmpty {
            let byObjective: SQLQueryString = objectiveIDs.isEmpty ? "" : " OR a.objective_id IN (\(binds: objectiveIDs))"
            let serving: SQLQueryString = "a.unit_outcome_id IN (\(binds: unitOutcomeIDs))\(byObjective)"
            // An output hangs under its objective when it names one of the tree's, else under its unit outcome.
            let node: SQLQueryString = objectiveIDs.isEmpty ? "a.unit_outcome_id"
                : "CASE WHEN a.objective_id IN (\(binds: objectiveIDs)) THEN a.objective_id ELSE a.unit_outcome_id END"
            // Each node's first outputs by id, read from the node's range of the (node, id) index.
            let exclude: SQLQueryString = objectiveIDs.isEmpty ? "" : " AND (b.objective_id IS NULL OR b.objective_id NOT IN (\(binds: objectiveIDs)))"
            let underObjectives: SQLQueryString = objectiveIDs.isEmpty ? "" : """
                UNION ALL SELECT a.output_key, a.description, a.staff_member_id, a.unit_outcome_id, a.objective_id, a.position
                FROM workgroup_objectives n JOIN output_alignments a ON a.id IN (
                  SELECT b.id FROM output_alignments b WHERE b.objective_id = n.id ORDER BY b.id LIMIT \(literal: outputsShown))
                WHERE n.id IN (\(binds: objectiveIDs))
                """
            linked = outputs(try await sql.raw("""
                SELECT t.output_key, t.description, t.staff_member_id, s.name, t.unit_outcome_id, t.objective_id
                FROM (SELECT a.output_key, a.description, a.staff_member_id, a.unit_outcome_id, a.objective_id, a.position
                      FROM unit_outcomes n JOIN output_alignments a ON a.id IN (
                        SELECT b.id FROM output_alignments b WHERE b.unit_outcome_id = n.id\(exclude) ORDER BY b.id LIMIT \(literal: outputsShown))
                      WHERE n.id IN (\(binds: unitOutcomeIDs))
                      \(underObjectives)) t
                JOIN staff_members s ON s.id = t.staff_member_id
                ORDER BY s.name, t.position
                """).all(decoding: OutputRow.self))
            struct NodeCount: Decodable { let node: UUID; let n: Int }
            let counts = try await sql.raw("SELECT \(node) AS node, COUNT(*) AS n FROM output_alignments a WHERE \(serving) GROUP BY 1")
                .all(decoding: NodeCount.self)
            outputCounts = Dictionary(counts.map { ($0.node, $0.n) }, uniquingKeysWith: +)
        }
        // Outputs of the cycles running on the day that serve nothing (the partial index holds only those).
        let running: SQLQueryString = """
            JOIN appraisal_cycles c ON c.id = a.cycle_id
            WHERE a.unit_outcome_id IS NULL AND a.objective_id IS NULL AND c.start_date <= \(bind: day) AND c.end_date > \(bind: day)
            """
        let unlinked = outputs(try await sql.raw("""
            \(outputColumns) \(running) ORDER BY s.name, a.position LIMIT \(literal: unlinkedShown)
            """).all(decoding: OutputRow.self))
        struct Count: Decodable { let n: Int }
        let unlinkedCount = try await sql.raw("SELECT COUNT(*) AS n FROM output_alignments a \(running)").first(decoding: Count.self)?.n ?? 0
        return AlignmentQuery(
            outcomes: try outcomes.map {
                OutcomeRow(id: try $0.requireID(), title: $0.title, ownerID: $0.$owner.id, periodStart: $0.periodStart, periodEnd: $0.periodEnd)
            },
            owners: Dictionary(uniqueKeysWithValues: try owners.map { (try $0.requireID(), $0.name) }),
            unitOutcomes: unitOutcomes, objectives: objectives,
            workgroupNames: Dictionary(uniqueKeysWithValues: try groups.map { (try $0.requireID(), $0.name) }),
            outputs: linked, outputCounts: outputCounts, unlinked: unlinked, unlinkedCount: unlinkedCount, unattached: unattached)
    }

    /// Each organisational outcome's tree: unit outcomes, then under each its objectives (each
    /// with the outputs contributing to it) and the outputs serving it directly. An output linked
    /// to an objective sits under the objective only.
    var trees: [AlignmentNode] {
        let objectiveIDs = Set(objectives.map(\.id))
        let outputsByObjective = Dictionary(grouping: outputs.filter { $0.objectiveID.map(objectiveIDs.contains) == true }, by: { $0.objectiveID! })
        let direct = Dictionary(grouping: outputs.filter { $0.objectiveID.map(objectiveIDs.contains) != true && $0.unitOutcomeID != nil },
                                by: { $0.unitOutcomeID! })
        let objectivesByOutcome = Dictionary(grouping: objectives, by: \.unitOutcomeID)
        let unitsByOutcome = Dictionary(grouping: unitOutcomes, by: { $0.organisationalOutcomeID! })
        func node(_ output: Output) -> AlignmentNode { AlignmentNode(id: output.key, level: .output, title: output.description) }
        return outcomes.map { outcome in
            AlignmentNode(id: outcome.id, level: .organisationalOutcome, title: outcome.title, children: (unitsByOutcome[outcome.id] ?? []).map { unit in
                AlignmentNode(id: unit.id, level: .unitOutcome, title: unit.title,
                              children: (objectivesByOutcome[unit.id] ?? []).map { objective in
                                  AlignmentNode(id: objective.id, level: .workgroupObjective, title: objective.title,
                                                criteria: objective.measured,
                                                children: (outputsByObjective[objective.id] ?? []).map(node))
                              } + (direct[unit.id] ?? []).map(node))
            })
        }
    }
}
