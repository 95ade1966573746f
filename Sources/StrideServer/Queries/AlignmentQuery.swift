import Fluent
import Foundation
import SQLKit
import StrideCore

/// The alignment tree's reads: the organisational outcomes running on a day, the unit outcomes
/// contributing to them (with their units, to fold the tree by), the workgroup objectives
/// contributing to those (with their criteria and latest readings), and how many outputs from
/// `output_alignments` serve each; the outputs themselves are read per page shown
/// (`AlignmentOutputsQuery`), since an organisation of 100,000 has hundreds of thousands. A fixed
/// number of statements on indexes, whatever the size of the tree.
struct AlignmentQuery: Sendable {
    struct Output: Sendable {
        /// The alignment row's id: the order a node's outputs are paged in.
        let id: UUID
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
    /// Every unit's name and parent, to fold the tree by and name its branches.
    let units: [UUID: UnitRow]
    /// How many outputs hang under each unit outcome and objective, by its id.
    let outputCounts: [UUID: Int]
    /// Outputs of running cycles linked to no outcome or objective: a few to show, and how many.
    let unlinked: [Output]
    let unlinkedCount: Int
    /// The unit outcomes of the period that contribute to no organisational outcome.
    let unattached: [UnitOutcomeRow]

    struct UnitRow: Sendable, Decodable {
        let id: UUID
        let name: String
        let parent_id: UUID?
    }

    static let unlinkedShown = 50

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
        struct OutcomeUnitRow: Decodable { let id: UUID; let title: String; let unit_id: UUID; let unit_name: String; let organisational_outcome_id: UUID? }
        func rows(_ rows: [OutcomeUnitRow]) -> [UnitOutcomeRow] {
            rows.map { UnitOutcomeRow(id: $0.id, title: $0.title, unitID: $0.unit_id, unitName: $0.unit_name,
                                      organisationalOutcomeID: $0.organisational_outcome_id) }
        }
        let unitOutcomes = outcomeIDs.isEmpty ? [] : rows(try await sql.raw("""
            \(unitColumns) WHERE o.organisational_outcome_id IN (\(binds: outcomeIDs)) ORDER BY u.name, o.title
            """).all(decoding: OutcomeUnitRow.self))
        let unattached = rows(try await sql.raw("""
            \(unitColumns) WHERE o.organisational_outcome_id IS NULL AND o.period_start <= \(bind: day) AND o.period_end > \(bind: day)
            ORDER BY u.name, o.title
            """).all(decoding: OutcomeUnitRow.self))
        let units = try await sql.raw("SELECT id, name, parent_id FROM organisational_units").all(decoding: UnitRow.self)
        let unitOutcomeIDs = unitOutcomes.map(\.id)
        let objectiveRows = unitOutcomeIDs.isEmpty ? [] : try await WorkgroupObjective.query(on: db)
            .filter(\.$unitOutcome.$id ~~ unitOutcomeIDs).sort(\.$dueOn).sort(\.$title).all()
        let objectives = try await ObjectiveQueries.loadLatest(objectiveRows, today: day, on: db).map { loaded in
            ObjectiveRow(id: loaded.id, title: loaded.objective.title, workgroupID: loaded.objective.$workgroup.id,
                         unitOutcomeID: loaded.objective.$unitOutcome.id!, measured: loaded.criteria.map(\.measured), standing: loaded.standing)
        }
        let groups = try await Workgroup.query(on: db).filter(\.$id ~~ Set(objectives.map(\.workgroupID))).all()
        var outputCounts: [UUID: Int] = [:]
        if !unitOutcomeIDs.isEmpty {
            // An output hangs under its objective when that is on the tree, else under its unit
            // outcome: each side counted on its own index, no per-output test of the whole table.
            let objectiveIDs = objectives.map(\.id)
            let byObjective: SQLQueryString = objectiveIDs.isEmpty ? "" : """
                SELECT a.objective_id AS node FROM output_alignments a WHERE a.objective_id IN (\(binds: objectiveIDs)) UNION ALL
                """
            struct NodeCount: Decodable { let node: UUID; let n: Int }
            let counts = try await sql.raw("""
                SELECT t.node, COUNT(*) AS n FROM (\(byObjective)
                  SELECT a.unit_outcome_id AS node FROM output_alignments a
                  WHERE a.unit_outcome_id IN (\(binds: unitOutcomeIDs)) AND \(AlignmentOutputsQuery.direct(alias: "a", on: day))) t
                GROUP BY t.node
                """).all(decoding: NodeCount.self)
            outputCounts = Dictionary(counts.map { ($0.node, $0.n) }, uniquingKeysWith: +)
        }
        let unlinked = try await AlignmentOutputsQuery.unlinked(on: day, limit: unlinkedShown, db: db)
        return AlignmentQuery(
            outcomes: try outcomes.map {
                OutcomeRow(id: try $0.requireID(), title: $0.title, ownerID: $0.$owner.id, periodStart: $0.periodStart, periodEnd: $0.periodEnd)
            },
            owners: Dictionary(uniqueKeysWithValues: try owners.map { (try $0.requireID(), $0.name) }),
            unitOutcomes: unitOutcomes, objectives: objectives,
            workgroupNames: Dictionary(uniqueKeysWithValues: try groups.map { (try $0.requireID(), $0.name) }),
            units: Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
            outputCounts: outputCounts, unlinked: unlinked.rows, unlinkedCount: unlinked.total, unattached: unattached)
    }

    /// The tree folded for a page that looks at `unit` (nil: the whole organisation).
    func fold(focus unit: UUID?) -> AlignmentFold {
        AlignmentFold(focus: unit, parents: units.compactMapValues(\.parent_id), outcomeUnits: unitOutcomes.map(\.unitID))
    }

    /// Each organisational outcome's tree as `fold` shows it: the unit outcomes shown, each with
    /// its objectives, and a node per folded branch holding that branch's unit outcomes; every
    /// outcome and objective with the count of outputs serving it directly. Looking at a branch,
    /// only the organisational outcomes it serves.
    func trees(_ fold: AlignmentFold) -> [AlignmentNode] {
        let objectivesByOutcome = Dictionary(grouping: objectives, by: \.unitOutcomeID)
        let unitsByOutcome = Dictionary(grouping: unitOutcomes, by: { $0.organisationalOutcomeID! })
        func node(_ unit: UnitOutcomeRow) -> AlignmentNode {
            AlignmentNode(id: unit.id, level: .unitOutcome, title: unit.title,
                          children: (objectivesByOutcome[unit.id] ?? []).map { objective in
                              AlignmentNode(id: objective.id, level: .workgroupObjective, title: objective.title, criteria: objective.measured,
                                            outputCount: outputCounts[objective.id] ?? 0)
                          },
                          outputCount: outputCounts[unit.id] ?? 0)
        }
        return outcomes.compactMap { outcome in
            var shown: [AlignmentNode] = [], branches: [UUID: [AlignmentNode]] = [:]
            for unit in unitsByOutcome[outcome.id] ?? [] {
                switch fold.placement(of: unit.unitID) {
                case .shown: shown.append(node(unit))
                case .folded(let branch): branches[branch, default: []].append(node(unit))
                case .outside: break
                }
            }
            let folded = branches.map { AlignmentNode(id: $0.key, level: .unit, title: units[$0.key]?.name ?? "", children: $0.value) }
                .sorted { ($0.title, $0.id.uuidString) < ($1.title, $1.id.uuidString) }
            guard fold.isWholeOrganisation || !(shown + folded).isEmpty else { return nil }
            return AlignmentNode(id: outcome.id, level: .organisationalOutcome, title: outcome.title, children: shown + folded)
        }
    }
}
