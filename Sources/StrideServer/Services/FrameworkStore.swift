import Fluent
import Foundation
import SQLKit
import StrideCore

/// Stores `SkillsFramework` values as rows and reads them back, losslessly: what `load`
/// returns is what `save` was given. Saving a framework whose (name, version) exists updates
/// it in place, keeping the ids of skills that are still there, so later records that point
/// at a skill (assessments, role profiles) survive a re-import.
enum FrameworkStore {
    /// Rows per INSERT: far below SQLite's and PostgreSQL's limits on bound values.
    static let batchSize = 200

    struct Saved {
        let id: UUID
        let created: Bool
    }

    /// - Parameters:
    ///   - ids: the stored id of each skill, in order (nil for a new one), when the caller knows
    ///     them (the editor, whose renames must keep a skill's id); else skills are matched by
    ///     code, then name.
    ///   - summary: the audit event's words, when not an import's.
    ///   - action: the audit event's action, when not an import's (the editor creates and updates).
    /// - Throws: `StrideError.conflict` when the change would remove a skill, or a level of one,
    ///   that assessments or requirements name (`FrameworkChangeRules`), writing nothing.
    static func save(_ framework: SkillsFramework, ids: [UUID?]? = nil, summary: String? = nil, action: AuditAction? = nil,
                     in context: ServiceContext) async throws -> Saved {
        try await context.transaction { context in
            let db = context.db
            let identity = framework.identity
            let existing = try await FrameworkRecord.query(on: db)
                .filter(\.$nameKey == identity.nameKey).filter(\.$versionKey == identity.versionKey).first()
            let record = existing ?? FrameworkRecord()
            if let existing { record.recordVersion = existing.recordVersion + 1 } else {
                record.id = context.newID()
                record.recordVersion = 1
                record.isCompetencyFramework = false
            }
            record.name = framework.name
            record.version = framework.version
            record.nameKey = identity.nameKey
            record.versionKey = identity.versionKey
            record.publisher = framework.publisher
            record.sourceFileName = framework.source.fileName
            record.sourceFormat = framework.source.format
            record.importedAt = framework.source.importedAt
            try await record.save(on: db)
            let id = try record.requireID()

            // The scale, categories, levels and indicators belong to the framework alone and are
            // written afresh; skills are matched so that their ids stay stable.
            try await SkillIndicatorRecord.query(on: db).filter(\.$frameworkID == id).delete()
            try await SkillLevelRecord.query(on: db).filter(\.$frameworkID == id).delete()
            try await FrameworkLevelRecord.query(on: db).filter(\.$framework.$id == id).delete()
            try await SkillCategoryRecord.query(on: db).filter(\.$framework.$id == id).delete()
            try await insert(framework.levelScale.levels.map { FrameworkLevelRecord(id: context.newID(), frameworkID: id, level: $0) }, on: db)
            try await insert(framework.categories.enumerated().map {
                SkillCategoryRecord(id: context.newID(), frameworkID: id, category: $0.element, position: $0.offset)
            }, on: db)
            let skillIDs = try await saveSkills(framework.skills, ids: ids, frameworkID: id, in: context)

            var levels: [SkillLevelRecord] = []
            var indicators: [SkillIndicatorRecord] = []
            for (skill, skillID) in zip(framework.skills, skillIDs) {
                for level in skill.levels {
                    let row = SkillLevelRecord(id: context.newID(), skillID: skillID, frameworkID: id, level: level)
                    levels.append(row)
                    indicators += level.indicators.enumerated().map {
                        SkillIndicatorRecord(id: context.newID(), levelID: row.id!, frameworkID: id, position: $0.offset, text: $0.element)
                    }
                }
            }
            try await insert(levels, on: db)
            try await insert(indicators, on: db)
            try await context.audit(action ?? (existing == nil ? .importData : .reimport), .skillsFramework, id: id, summary
                ?? "\(existing == nil ? "Imported" : "Updated") \(framework.name) \(framework.version): \(counted(framework.skills.count, "skill"))")
            return Saved(id: id, created: existing == nil)
        }
    }

    /// Updates skills that are still present (by `ids` when given, else matched by code, then by
    /// name), adds new ones and removes those the new document no longer has, once sure no
    /// assessment or requirement loses what it names. Returns the id of each skill, in order.
    private static func saveSkills(_ skills: [Skill], ids: [UUID?]?, frameworkID: UUID, in context: ServiceContext) async throws -> [UUID] {
        let db = context.db
        let current = try await SkillRecord.query(on: db).filter(\.$framework.$id == frameworkID).all()
        let matches = ids.map { given in
            given.map { id in id.flatMap { id in current.first { $0.id == id } } }
        } ?? match(skills, to: current)
        let removed = current.filter { record in !matches.contains { $0?.id == record.id } }
        try await refuseLosingWhatIsInUse(removed: removed, kept: zip(skills, matches).compactMap { skill, record in
            record.map { (skill, $0) }
        }, frameworkID: frameworkID, on: db)
        if !removed.isEmpty { try await SkillRecord.query(on: db).filter(\.$id ~~ removed.compactMap(\.id)).delete() }
        var fresh: [SkillRecord] = []
        var result: [UUID] = []
        for (position, (skill, match)) in zip(skills, matches).enumerated() {
            if let match, let matchID = match.id {
                match.apply(skill, position: position)
                try await match.save(on: db)
                result.append(matchID)
            } else {
                let record = SkillRecord()
                record.id = context.newID()
                record.$framework.id = frameworkID
                record.apply(skill, position: position)
                fresh.append(record)
                result.append(record.id!)
            }
        }
        try await insert(fresh, on: db)
        return result
    }

    /// Each skill's stored record: by code, else by name, each record used once.
    private static func match(_ skills: [Skill], to current: [SkillRecord]) -> [SkillRecord?] {
        var byCode = Dictionary(current.compactMap { r in r.code.map { ($0.lowercased(), r) } }, uniquingKeysWith: { a, _ in a })
        var byName = Dictionary(current.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        var kept: Set<UUID> = []
        return skills.map { skill in
            guard let match = skill.code.flatMap({ byCode[$0.lowercased()] }) ?? byName[skill.name.lowercased()],
                  let id = match.id, kept.insert(id).inserted else { return nil }
            byCode[match.code?.lowercased() ?? ""] = nil
            byName[match.name.lowercased()] = nil
            return match
        }
    }

    private static func refuseLosingWhatIsInUse(removed: [SkillRecord], kept: [(Skill, SkillRecord)], frameworkID: UUID,
                                                on db: any Database) async throws {
        let use = try await SkillUsageQuery.use(inFramework: frameworkID, on: db)
        var problems: [FieldError] = []
        for record in removed {
            let named = try await SkillUsageQuery.useBeforeRemoving(record.id!, from: use, on: db)
            problems += FrameworkChangeRules.problems(name: record.name, after: nil, use: named)
        }
        problems += kept.flatMap { skill, record in
            FrameworkChangeRules.problems(name: record.name, after: skill, use: use[record.id!] ?? SkillInUse())
        }
        guard problems.isEmpty else { throw StrideError.conflict(problems.map(\.message).joined(separator: " ")) }
    }

    private static func insert<M: Model>(_ rows: [M], on db: any Database) async throws {
        var start = rows.startIndex
        while start < rows.endIndex {
            let end = min(start + batchSize, rows.endIndex)
            try await Array(rows[start..<end]).create(on: db)
            start = end
        }
    }

    // MARK: reading

    static func find(_ identity: FrameworkIdentity, on db: any Database) async throws -> FrameworkRecord? {
        try await FrameworkRecord.query(on: db)
            .filter(\.$nameKey == identity.nameKey).filter(\.$versionKey == identity.versionKey).first()
    }

    /// A stored framework with the id of each of its skills, in the framework's order.
    struct Loaded {
        let framework: SkillsFramework
        let skillIDs: [UUID]
    }

    /// The whole framework, in one query per table.
    static func load(_ id: UUID, on db: any Database) async throws -> Loaded? {
        guard let record = try await FrameworkRecord.find(id, on: db) else { return nil }
        let scale = try await FrameworkLevelRecord.query(on: db).filter(\.$framework.$id == id).sort(\.$number).all()
        let categories = try await SkillCategoryRecord.query(on: db).filter(\.$framework.$id == id).sort(\.$position).all()
        let skills = try await SkillRecord.query(on: db).filter(\.$framework.$id == id).sort(\.$position).all()
        let levels = try await SkillLevelRecord.query(on: db).filter(\.$frameworkID == id).sort(\.$number).all()
        let indicators = try await SkillIndicatorRecord.query(on: db).filter(\.$frameworkID == id).sort(\.$position).all()
        let indicatorsByLevel = Dictionary(grouping: indicators, by: { $0.$level.id })
        let levelsBySkill = Dictionary(grouping: levels, by: { $0.$skill.id })
        let framework = SkillsFramework(
            name: record.name, version: record.version, publisher: record.publisher,
            source: FrameworkSource(fileName: record.sourceFileName, format: record.sourceFormat, importedAt: record.importedAt),
            levelScale: LevelScale(levels: scale.map { ScaleLevel(number: $0.number, name: $0.name, descriptor: $0.descriptor) }),
            categories: categories.map { SkillCategory(name: $0.name, subcategories: JSONList.decode($0.subcategoriesJSON)) },
            skills: skills.map { skill in
                Skill(code: skill.code, name: skill.name, category: skill.category, subcategory: skill.subcategory,
                      description: skill.description, summaryDescription: skill.summaryDescription,
                      guidanceNotes: JSONList.decode(skill.guidanceNotesJSON), activities: JSONList.decode(skill.activitiesJSON),
                      levels: (levelsBySkill[skill.id!] ?? []).map { level in
                          let texts = (indicatorsByLevel[level.id!] ?? []).map(\.text)
                          return level.defined
                              ? .defined(level.number, summary: level.summary ?? "", indicators: texts, note: level.note)
                              : .notDefined(level.number, note: level.note)
                      })
            })
        return Loaded(framework: framework, skillIDs: skills.compactMap(\.id))
    }
}
