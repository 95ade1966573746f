import Fluent
import Foundation
import OpenAPIRuntime
import OpenAPIVapor
import StrideAPI
import StrideCore
import Vapor

/// The JSON API under `/api/v1`, implementing the operations generated from
/// `Resources/openapi.json`, so the document and the routes cannot disagree. Each operation
/// asks the same core policies as the pages.
struct StrideAPIController: APIProtocol {
    /// Where the document is: beside the templates, in Resources/. It is read when asked for,
    /// so commands run from any folder never need it.
    let documentPath: String

    /// Registers every operation of the document at its path under the server URL.
    static func register(on app: Application) throws {
        let transport = VaporTransport(routesBuilder: app.grouped(APIRequestMiddleware()))
        try StrideAPIController(documentPath: app.directory.resourcesDirectory + "openapi.json").registerHandlers(
            on: transport, serverURL: try Servers.Server1.url(),
            configuration: .init(jsonEncodingOptions: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]))
    }

    func getOpenAPIDocument(_ input: Operations.GetOpenAPIDocument.Input) async throws -> Operations.GetOpenAPIDocument.Output {
        guard let document = FileManager.default.contents(atPath: documentPath) else {
            throw StrideError.notFound("The API description")
        }
        return .ok(.init(body: .json(try JSONDecoder().decode(OpenAPIObjectContainer.self, from: document))))
    }

    func listFrameworks(_ input: Operations.ListFrameworks.Input) async throws -> Operations.ListFrameworks.Output {
        let req = try APIRequest.signedIn()
        try req.authorize(.read, FrameworkLibrary())
        let summaries = try await FrameworkQueries.summaries(on: req.db)
        let page = try Self.page(summaries.map(Components.Schemas.FrameworkSummary.init), cursor: input.query.cursor, limit: input.query.limit,
                                 key: \.name, id: \.id)
        return .ok(.init(body: .json(.init(frameworks: page.items, next: page.next?.token))))
    }

    func getFramework(_ input: Operations.GetFramework.Input) async throws -> Operations.GetFramework.Output {
        let req = try APIRequest.signedIn()
        try req.authorize(.read, FrameworkLibrary())
        guard let id = UUID(uuidString: input.path.frameworkID),
              let loaded = try await FrameworkStore.load(id, on: req.db) else { throw StrideError.notFound("The framework") }
        // The canonical JSON, as a JSON value: written again with the same sorted, indented
        // layout, it reads exactly as the export does.
        let container = try JSONDecoder().decode(OpenAPIObjectContainer.self, from: FrameworkJSON.encode(loaded.framework))
        return .ok(.init(body: .json(container)))
    }

    func importFramework(_ input: Operations.ImportFramework.Input) async throws -> Operations.ImportFramework.Output {
        let req = try APIRequest.signedIn()
        try req.authorize(.importFramework, FrameworkLibrary())
        let format = try FrameworkImports.requestedFormat(input.query.format)
        let text = try await Self.text(of: input.body)
        guard !text.isEmpty else { throw StrideError.badRequest("body: send the framework document as the request body") }
        let query = input.query
        let document = FrameworkImports.Document(text: text, fileName: query.fileName,
                                                 format: format,
                                                 name: query.name, version: query.version)
        let outcome: FrameworkImports.Outcome
        do {
            outcome = try await FrameworkImports.run(document, dryRun: query.dryRun ?? false, in: req.services)
        } catch let error as FrameworkImportError {
            // The document is the request body; only a missing version has a field of its own.
            let field = FrameworkImportController.field(for: error) == "version" ? "version" : "body"
            throw StrideError.invalid([FieldError(field, error.description)])
        }
        let saved = outcome.saved
        let body = Components.Schemas.ImportResult(
            id: saved?.id.uuidString.lowercased(), created: saved?.created ?? false, dryRun: saved == nil,
            report: try .init(outcome.report), url: saved.map { StridePath.apiFramework($0.id).href })
        return saved?.created == true ? .created(.init(body: .json(body))) : .ok(.init(body: .json(body)))
    }

    func listStaff(_ input: Operations.ListStaff.Input) async throws -> Operations.ListStaff.Output {
        let req = try APIRequest.signedIn()
        try req.authorize(.browse, StaffDirectory())
        let limit = try Self.limit(input.query.limit)
        let rows = try await StaffRows.activePage(after: try Self.cursor(input.query.cursor), limit: limit, on: req.db)
        let page = Array(rows.prefix(limit))
        let openable = try await req.openableStaff(page.map(\.record.id))
        return .ok(.init(body: .json(.init(
            staff: page.map { .init($0, withRecord: openable.contains($0.record.id)) },
            next: rows.count > limit ? page.last?.record.id.uuidString.lowercased() : nil))))
    }

    func listStaffCycles(_ input: Operations.ListStaffCycles.Input) async throws -> Operations.ListStaffCycles.Output {
        let req = try APIRequest.signedIn()
        guard let id = UUID(uuidString: input.path.staffID),
              let person = try await StaffRows.personAndSupervisor(id, on: req.db)?.person else { throw StrideError.notFound("The staff member") }
        try req.authorize(.view, req.staffSubject(person))
        let cycles = try await AppraisalQueries.cycles(of: person, on: req.db, today: req.clock.today())
        let forms = Dictionary(grouping: try await AppraisalQueries.forms(of: id, on: req.db), by: \.start_date)
        // Oldest first; a person has one cycle per start date.
        let page = try Self.page(cycles.map { Components.Schemas.Cycle($0, forms: forms[$0.start] ?? []) }, cursor: input.query.cursor,
                                 limit: input.query.limit, key: \.start, id: \.start)
        return .ok(.init(body: .json(.init(cycles: page.items, next: page.next?.token))))
    }

    func recordContractChange(_ input: Operations.RecordContractChange.Input) async throws -> Operations.RecordContractChange.Output {
        let req = try APIRequest.signedIn()
        guard let id = UUID(uuidString: input.path.staffID),
              let person = try await StaffRows.personAndSupervisor(id, on: req.db)?.person else { throw StrideError.notFound("The staff member") }
        try req.authorize(.edit, req.staffSubject(person))
        guard case .json(let body) = input.body else {
            throw StrideError.badRequest("body: send {\"contractType\": ..., \"effectiveOn\": \"YYYY-MM-DD\"}")
        }
        let input = ContractChangeRules.Input(contractType: body.contractType.rawValue, effectiveOn: body.effectiveOn)
        switch try await ContractChangeService.record(input, for: id, in: req.services) {
        case .failure(let failure): throw StrideError.invalid(failure.errors)
        case .success(let recorded):
            let forms = try await AppraisalQueries.forms(of: id, on: req.db).filter { $0.start_date == recorded.closed?.start }
            return .created(.init(body: .json(.init(
                contractType: .init(rawValue: recorded.change.type.rawValue)!,
                previousType: .init(rawValue: recorded.previousType.rawValue)!, effectiveOn: recorded.change.effectiveOn.iso,
                closedCycle: recorded.closed.map { .init($0, forms: forms) }, summary: recorded.summary))))
        }
    }

    func withdrawContractChange(_ input: Operations.WithdrawContractChange.Input) async throws -> Operations.WithdrawContractChange.Output {
        let req = try APIRequest.signedIn()
        guard let id = UUID(uuidString: input.path.staffID),
              let person = try await StaffRows.personAndSupervisor(id, on: req.db)?.person else { throw StrideError.notFound("The staff member") }
        try req.authorize(.edit, req.staffSubject(person))
        guard let date = CalendarDate(iso: input.path.effectiveOn) else { throw StrideError.notFound("The change of contract type") }
        switch try await ContractChangeService.withdraw(changeOn: date, for: id, in: req.services) {
        case .failure(let refused): throw StrideError.conflict(refused.reason)
        case .success(let withdrawn):
            let restored = withdrawn.withdrawal.restored?.cycle
            let forms = try await AppraisalQueries.forms(of: id, on: req.db).filter { $0.start_date == restored?.start }
            return .ok(.init(body: .json(.init(
                contractType: .init(rawValue: withdrawn.withdrawal.history.currentType.rawValue)!,
                withdrawnType: .init(rawValue: withdrawn.withdrawal.change.type.rawValue)!, effectiveOn: date.iso,
                restoredCycle: restored.map { .init($0, forms: forms) }, summary: withdrawn.summary))))
        }
    }

    func getStaffMember(_ input: Operations.GetStaffMember.Input) async throws -> Operations.GetStaffMember.Output {
        let req = try APIRequest.signedIn()
        guard let id = UUID(uuidString: input.path.staffID),
              let person = try await StaffRows.personAndSupervisor(id, on: req.db)?.person else { throw StrideError.notFound("The staff member") }
        try req.authorize(.view, req.staffSubject(person))
        return .ok(.init(body: .json(.init(person))))
    }

    func listSkillAssessments(_ input: Operations.ListSkillAssessments.Input) async throws -> Operations.ListSkillAssessments.Output {
        let req = try APIRequest.signedIn()
        let (person, subject) = try await req.skillsOf(try Self.uuid(input.path.staffID))
        try req.authorize(.view, subject)
        let rows = try await SkillAssessmentRecord.query(on: req.db).filter(\.$staffMember.$id == person.record.id).sort(\.$proposedAt).all()
        // A proposal and its decision are two entries of one record.
        let page = try Self.page(rows.flatMap(Components.Schemas.SkillAssessmentEntry.entries), cursor: input.query.cursor, limit: input.query.limit,
                                 key: \.date, id: { "\($0.id)-\($0.source)" })
        return .ok(.init(body: .json(.init(assessments: page.items, next: page.next?.token))))
    }

    func proposeSkillLevel(_ input: Operations.ProposeSkillLevel.Input) async throws -> Operations.ProposeSkillLevel.Output {
        let req = try APIRequest.signedIn()
        let (person, subject) = try await req.skillsOf(try Self.uuid(input.path.staffID))
        try req.authorize(.propose, subject)
        guard case .json(let body) = input.body else {
            throw StrideError.badRequest("body: send {\"skillId\": ..., \"level\": 3, \"evidence\": ...}")
        }
        let proposal = SkillAssessmentService.ProposalInput(skill: body.skillId, level: String(body.level), evidence: body.evidence,
                                                            indicators: body.indicators ?? [])
        switch try await SkillAssessmentService.propose(proposal, for: person.record.id, in: req.services) {
        case .failure(let failure): throw StrideError.invalid(failure.errors)
        case .success(let row): return .created(.init(body: .json(try await .init(row, on: req.db))))
        }
    }

    func decideSkillLevel(_ input: Operations.DecideSkillLevel.Input) async throws -> Operations.DecideSkillLevel.Output {
        let req = try APIRequest.signedIn()
        guard let id = UUID(uuidString: input.path.assessmentID), let row = try await SkillAssessmentRecord.find(id, on: req.db) else {
            throw StrideError.notFound("The assessment")
        }
        let (_, subject) = try await req.skillsOf(row.$staffMember.id)
        try req.authorize(.decide, subject)
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"level\": 3, \"comment\": ...}") }
        switch try await SkillAssessmentService.decide(id, level: String(body.level), comment: body.comment, in: req.services) {
        case .failure(let failure): throw StrideError.invalid(failure.errors)
        case .success(let decided): return .ok(.init(body: .json(try await .init(decided, on: req.db))))
        }
    }

    func listSkillGaps(_ input: Operations.ListSkillGaps.Input) async throws -> Operations.ListSkillGaps.Output {
        let req = try APIRequest.signedIn()
        let (person, subject) = try await req.skillsOf(try Self.uuid(input.path.staffID))
        try req.authorize(.view, subject)
        let found = try await SkillGapsQuery.load(staffID: person.record.id, roleID: person.roleID, on: req.db)
        return .ok(.init(body: .json(.init(
            roleProfile: found.role.map { .init(id: $0.id.uuidString.lowercased(), name: $0.name) },
            gaps: found.gaps.map {
                .init(skillId: $0.skill.id.uuidString.lowercased(), skill: $0.skill.name, requiredLevel: $0.requirement.level,
                      confirmedLevel: $0.confirmed, gap: $0.gap, essential: $0.requirement.essential)
            }))))
    }

    func listRoleProfiles(_ input: Operations.ListRoleProfiles.Input) async throws -> Operations.ListRoleProfiles.Output {
        let req = try APIRequest.signedIn()
        try req.authorize(.view, RoleProfiles())
        let requirements = try await RoleProfileQueries.allRequirements(on: req.db)
        let roles = try await RoleProfileQueries.all(on: req.db).map { role in
            Components.Schemas.RoleProfile(id: role.id.uuidString.lowercased(), name: role.name, description: role.description,
                                           requirements: (requirements[role.id] ?? []).map {
                                               .init(skillId: $0.skill.id.uuidString.lowercased(), skill: $0.skill.name,
                                                     framework: $0.skill.frameworkName, level: $0.level, essential: $0.essential)
                                           })
        }
        let page = try Self.page(roles, cursor: input.query.cursor, limit: input.query.limit, key: \.name, id: \.id)
        return .ok(.init(body: .json(.init(roleProfiles: page.items, next: page.next?.token))))
    }

    func openCycles(_ input: Operations.OpenCycles.Input) async throws -> Operations.OpenCycles.Output {
        let req = try APIRequest.signedIn()
        try req.authorize(.enter, Administration())
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"asOf\": \"YYYY-MM-DD\"}") }
        guard let date = CalendarDate(iso: body.asOf) else {
            throw StrideError.invalid([FieldError("asOf", "asOf must be a real date as YYYY-MM-DD, like 2026-01-01")])
        }
        let summary = try await CycleOpener.openCycles(asOf: date, in: req.services)
        return .ok(.init(body: .json(.init(asOf: date.iso, opened: summary.opened, alreadyOpen: summary.alreadyOpen,
                                           skipped: summary.skipped.map { .init(name: $0.name, staffNumber: $0.staffNumber, reason: $0.reason) }))))
    }

    /// The document as text, whichever media type it came as.
    private static func text(of body: Operations.ImportFramework.Input.Body) async throws -> String {
        let data: Data
        switch body {
        case .plainText(let raw), .textMarkdown(let raw):
            data = try await Data(collecting: raw, upTo: APIRequestMiddleware.maxBodyBytes)
        case .json(let value):
            data = try JSONEncoder().encode(value)
        }
        guard !data.isEmpty else { return "" }
        do {
            return try FrameworkText.decode(data)
        } catch let error as FrameworkImportError {
            throw StrideError.invalid([FieldError("body", error.description)])
        }
    }

    /// A path's id; one that is not a UUID names nothing, so 404.
    private static func uuid(_ text: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else { throw StrideError.notFound("The staff member") }
        return id
    }
}
