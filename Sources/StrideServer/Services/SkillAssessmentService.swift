import Fluent
import Foundation
import SQLKit
import StrideCore

/// A person proposes the level they work at in a skill; their manager (a delegate, or HR)
/// confirms it or sets another. Each write in one transaction with its audit event; the rules
/// are `SkillAssessmentRules`, who may is `SkillAssessmentPolicy`.
enum SkillAssessmentService {
    /// A proposal as typed (the form or the API).
    struct ProposalInput: Sendable {
        var skill: String?
        var level: String?
        var evidence: String?
        var indicators: [String] = []
    }

    /// The indicators of each level of a skill, in the framework's order.
    static func indicators(of skillID: UUID, on db: any Database) async throws -> [Int: [String]] {
        struct Row: Decodable { let number: Int; let text: String }
        let rows = try await db.sql().raw("""
            SELECT l.number, i.text FROM skill_levels l JOIN skill_level_indicators i ON i.skill_level_id = l.id
            WHERE l.skill_id = \(bind: skillID) ORDER BY l.number, i.position
            """).all(decoding: Row.self)
        return Dictionary(grouping: rows, by: \.number).mapValues { $0.map(\.text) }
    }

    static func propose(_ input: ProposalInput, for staffID: UUID, in context: ServiceContext) async throws
        -> Result<SkillAssessmentRecord, FieldErrors> {
        let db = context.db
        guard let skillID = input.skill.flatMap({ UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) }),
              let skill = try await SkillRefs.byID([skillID], on: db)[skillID] else {
            return .failure(FieldErrors([FieldError("skillId", "Choose a skill from a stored framework")]))
        }
        let validated = SkillAssessmentRules.proposal(level: input.level, evidence: input.evidence, indicators: input.indicators,
                                                      skill: skill, indicatorsAt: try await indicators(of: skillID, on: db))
        guard let proposal = validated.value else { return .failure(FieldErrors(validated.errors)) }
        return try await context.exclusiveTransaction(lock: nil) { context in
            let db = context.db
            if let waiting = try await SkillAssessmentRecord.query(on: db).filter(\.$staffMember.$id == staffID)
                .filter(\.$skill.$id == skillID).filter(\.$status == .proposed).first() {
                return .failure(FieldErrors([FieldError("skillId",
                    "Your proposal of level \(waiting.level) for \(skill.name) is still waiting for a decision")]))
            }
            let row = SkillAssessmentRecord()
            row.id = context.newID()
            row.proposedAt = context.now
            row.level = proposal.level
            row.evidence = proposal.evidence
            row.indicatorsJSON = JSONList.encode(proposal.indicators)
            row.status = .proposed
            row.$staffMember.id = staffID
            row.$skill.id = skillID
            try await row.create(on: db)
            try await context.audit(.create, .skillAssessment, id: row.id,
                                    "Proposed level \(proposal.level) in \(skill.name) (\(skill.frameworkName))")
            return .success(row)
        }
    }

    /// The decision on a proposal still waiting; a decided one answers 409.
    static func decide(_ assessmentID: UUID, level: String?, comment: String?, in context: ServiceContext) async throws
        -> Result<SkillAssessmentRecord, FieldErrors> {
        try await context.exclusiveTransaction(lock: nil) { context in
            let db = context.db
            guard let row = try await SkillAssessmentRecord.find(assessmentID, on: db) else { throw StrideError.notFound("The assessment") }
            guard row.status == .proposed else {
                throw StrideError.conflict("This proposal has already been decided (\(row.status.displayName.lowercased())).")
            }
            guard let skill = try await SkillRefs.byID([row.$skill.id], on: db)[row.$skill.id] else { throw StrideError.notFound("The skill") }
            let validated = SkillAssessmentRules.decision(level: level, comment: comment, proposed: row.level, skill: skill)
            guard let decision = validated.value else { return .failure(FieldErrors(validated.errors)) }
            row.status = decision.status(proposed: row.level)
            row.decidedLevel = decision.level
            row.comment = decision.comment
            row.decidedAt = context.now
            row.decidedBy = context.actor
            try await row.save(on: db)
            try await context.audit(.update, .skillAssessment, id: row.id,
                                    "\(row.status == .confirmed ? "Confirmed" : "Set") level \(decision.level) in \(skill.name)"
                                        + (row.status == .changed ? " (proposed \(row.level))" : ""))
            return .success(row)
        }
    }

    /// Each skill's confirmed level: the latest decision on it.
    static func confirmedLevels(of staffID: UUID, on db: any Database) async throws -> [UUID: Int] {
        try await SkillAssessmentQueries.confirmedLevels(ofStaffIn: "\(bind: staffID)", on: db)[staffID] ?? [:]
    }
}
