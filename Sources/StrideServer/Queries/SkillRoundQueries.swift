import Fluent
import Foundation
import SQLKit
import StrideCore

/// Rounds of skills assessment as HR's list and each person's home page read them.
enum SkillRoundQueries {
    /// A round with how far its population has got: asked, proposed at least one level since it
    /// opened, and had at least one level decided since.
    struct Progress: Sendable {
        let round: SkillRound
        let scopeName: String
        let asked: Int
        let proposed: Int
        let decided: Int
    }

    /// The people a scope asks, as a subquery of staff ids (active staff only).
    static func population(_ scope: SkillRoundScope) -> SQLQueryString {
        let active: SQLQueryString = "status = \(bind: EmploymentStatus.active.rawValue)"
        switch scope {
        case .everyone:
            return "SELECT id FROM staff_members WHERE \(active)"
        case .role(let id):
            return "SELECT id FROM staff_members WHERE role_profile_id = \(bind: id) AND \(active)"
        case .unit(let id):
            return "SELECT id FROM staff_members WHERE \(active) AND unit_id IN (\(OrganisationQueries.subtree(of: "id = \(bind: id)")))"
        }
    }

    /// Every round, the latest due first, with its progress: one statement per round (rounds are few).
    static func all(on db: any Database) async throws -> [Progress] {
        let rounds = try await SkillRound.query(on: db).with(\.$unit).with(\.$roleProfile).sort(\.$dueOn, .descending)
            .sort(\.$openedAt, .descending).all()
        var progress: [Progress] = []
        for round in rounds { progress.append(try await self.progress(of: round, on: db)) }
        return progress
    }

    /// One round's progress: its population now, and those of them who proposed a level, or had
    /// one decided, between its opening and the end of its grace period.
    static func progress(of round: SkillRound, on db: any Database) async throws -> Progress {
        struct Count: Decodable { let asked: Int; let proposed: Int; let decided: Int }
        let people = population(round.details.scope)
        let opens = round.openedAt, closes = round.details.closesAt
        let count = try await db.sql().raw("""
            SELECT (SELECT COUNT(*) FROM (\(people)) p) AS asked,
              (SELECT COUNT(DISTINCT staff_member_id) FROM skill_assessments
               WHERE proposed_at >= \(bind: opens) AND proposed_at < \(bind: closes) AND staff_member_id IN (\(people))) AS proposed,
              (SELECT COUNT(DISTINCT staff_member_id) FROM skill_assessments
               WHERE decided_at >= \(bind: opens) AND decided_at < \(bind: closes) AND staff_member_id IN (\(people))) AS decided
            """).first(decoding: Count.self)
        let unit = try await round.$unit.get(on: db), role = try await round.$roleProfile.get(on: db)
        let scopeName = unit.map { "Staff of \($0.name) and the units below" } ?? role.map { "Holders of the role \($0.name)" } ?? "Everyone"
        return Progress(round: round, scopeName: scopeName, asked: count?.asked ?? 0, proposed: count?.proposed ?? 0,
                        decided: count?.decided ?? 0)
    }

    /// A round asking someone, and whether they have proposed a level since it opened.
    struct Asking: Sendable {
        let round: SkillRound
        let answered: Bool
    }

    /// The rounds that ask this person and are due today or later (or fell due within the grace
    /// period, still shown as late), the soonest first.
    static func asking(_ person: StaffRows.Listed, today: CalendarDate, on db: any Database) async throws -> [Asking] {
        let rounds = try await SkillRound.query(on: db).filter(\.$dueOn >= today.adding(days: -SkillRoundDetails.graceDays)).sort(\.$dueOn).all()
        guard !rounds.isEmpty else { return [] }
        let units = try await person.record.unitID.asyncMap { [$0] + (try await OrganisationQueries.unitAncestors(of: $0, on: db)) } ?? []
        let mine = rounds.filter { $0.details.scope.includes(units: units, role: person.roleID) }
        guard let earliest = mine.map(\.openedAt).min() else { return [] }
        struct Row: Decodable { let proposed_at: Date }
        let proposals = try await db.sql().raw("""
            SELECT proposed_at FROM skill_assessments WHERE staff_member_id = \(bind: person.record.id) AND proposed_at >= \(bind: earliest)
            """).all(decoding: Row.self).map(\.proposed_at)
        return mine.map { round in
            Asking(round: round, answered: proposals.contains { $0 >= round.openedAt && $0 < round.details.closesAt })
        }
    }
}
