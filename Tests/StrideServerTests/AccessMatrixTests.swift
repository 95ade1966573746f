import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// Every registered route, for every kind of person: the matrix lists each route once with
    /// who may use it, fails when a route has no row (so a new route cannot skip it), and then
    /// sends each request as each person.
    @Suite struct AccessMatrixTests {
        enum Who: String, CaseIterable, CustomStringConvertible {
            case anonymous, staffMember, manager, responsibleChief, reportsBoard, hrAdministrator
            var description: String { rawValue }
        }

        /// Who may use a route.
        enum Rule {
            /// No sign-in needed.
            case open
            /// Everyone signed in.
            case signedIn
            /// HR administrators only.
            case hrOnly
            /// HR administrators and the workgroup's lead (the manager in this matrix).
            case hrOrLead
            /// HR administrators and the unit's responsible chief.
            case hrOrChief
            /// Those who may see the subject's staff record: the person's managers, the chief of
            /// their unit and HR, not an unrelated staff member or the Reports Board.
            case staffRecordViewers
            /// Members of the Reports Board and HR administrators.
            case boardOrHR
            /// The person the record is about and nobody else (Jo, who is none of the matrix's people).
            case subjectOnly
            /// Who decides on the person's skill levels: their direct manager (the manager here) and HR.
            case managerOrHR
            /// The matrix's upward feedback round on Chris (the chief): those it invites (the
            /// manager, the Board member and HR, all on Chris's staff), Chris, and HR; not Olu.
            case roundViewers
            /// Those the round invites, who may respond: the manager, the Board member and HR.
            case invited
            /// The chief the round is about, who reads its report (no supervisor of Chris's here).
            case roundChief
            /// Who sees the colleague feedback on Jo's probation: Raj, her appraiser (the manager
            /// here), the Reports Board and HR; not the chief three levels up, nor Olu.
            case probationReaders
            /// The colleague asked for feedback on Jo (Olu, the staff member here), and nobody else.
            case colleagueAsked
            /// Who sees Jo's improvement plan here: Raj, her manager; the Reports Board; HR.
            case planViewers
            /// Members of the Reports Board only (HR is not one here).
            case boardOnly
            /// The recipient of the matrix's notification (Olu, the staff member here).
            case recipient
            /// The workgroup's lead (the manager here) and nobody else.
            case lead
            /// The owner of the matrix's API token (Olu, the staff member here) and HR.
            case tokenOwner
            /// The appraiser of the form (the manager in this matrix), who writes it with the
            /// staff member; the chief and HR read it but do not write it.
            case appraiser

            func allows(_ who: Who) -> Bool {
                switch self {
                case .open: true
                case .signedIn: who != .anonymous
                case .hrOnly: who == .hrAdministrator
                case .hrOrLead: [.manager, .hrAdministrator].contains(who)
                case .hrOrChief: [.responsibleChief, .hrAdministrator].contains(who)
                case .staffRecordViewers: [.manager, .responsibleChief, .hrAdministrator].contains(who)
                case .appraiser: who == .manager
                case .lead: who == .manager
                case .tokenOwner: [.staffMember, .hrAdministrator].contains(who)
                case .boardOrHR: [.reportsBoard, .hrAdministrator].contains(who)
                case .subjectOnly: false
                case .managerOrHR: [.manager, .hrAdministrator].contains(who)
                case .roundViewers: [.manager, .responsibleChief, .reportsBoard, .hrAdministrator].contains(who)
                case .invited: [.manager, .reportsBoard, .hrAdministrator].contains(who)
                case .roundChief: who == .responsibleChief
                case .probationReaders: [.manager, .reportsBoard, .hrAdministrator].contains(who)
                case .colleagueAsked: who == .staffMember
                case .planViewers: [.manager, .reportsBoard, .hrAdministrator].contains(who)
                case .boardOnly: who == .reportsBoard
                case .recipient: who == .staffMember
                }
            }
        }

        struct Row {
            let method: HTTPMethod
            let path: String
            let rule: Rule
            /// What an allowed GET answers (a page); POSTs may answer 303, 400, 404 or 422 for
            /// the matrix's empty forms, anything but a refusal or a server error.
            var allowedGET: HTTPStatus = .ok

            init(_ method: HTTPMethod, _ path: String, _ rule: Rule, allowedGET: HTTPStatus = .ok) {
                self.method = method
                self.path = path
                self.rule = rule
                self.allowedGET = allowedGET
            }

            var key: String { "\(method.rawValue) \(path)" }
        }

        /// GETs first, then POSTs, and signing out last, so no request undoes what a later one needs.
        static let matrix: [Row] = [
            Row(.GET, "/login", .open, allowedGET: .ok),
            Row(.GET, "/healthz", .open),
            Row(.GET, "/readyz", .open),
            Row(.GET, "/", .signedIn),
            Row(.GET, "/appraisal", .signedIn),
            Row(.GET, "/team", .signedIn),
            Row(.GET, "/delegations", .hrOrChief),
            Row(.GET, "/admin/cycle-policies", .hrOnly),
            Row(.GET, "/admin/cycles/open", .hrOnly),
            Row(.GET, "/admin/cycles/open/runs/:runID", .hrOnly),
            Row(.GET, "/roles", .signedIn),
            Row(.GET, "/roles/new", .hrOnly),
            Row(.GET, "/roles/export", .signedIn),
            Row(.GET, "/roles/import", .hrOnly),
            Row(.GET, "/roles/:roleID", .signedIn),
            Row(.GET, "/roles/:roleID/edit", .hrOnly),
            // Without a job title, the role's page asks for one.
            Row(.GET, "/roles/:roleID/assign", .hrOnly, allowedGET: .unprocessableEntity),
            Row(.GET, "/api/v1/role-profiles", .signedIn),
            Row(.GET, "/api/v1/workgroups/:workgroupID/objectives", .signedIn),
            Row(.GET, "/api/v1/objectives/:objectiveID", .signedIn),
            Row(.GET, "/api/v1/alignment", .signedIn),
            Row(.GET, "/api/v1/alignment/nodes/:nodeID/outputs", .signedIn),
            Row(.GET, "/api/v1/dashboards/organisation", .hrOnly),
            Row(.GET, "/api/v1/dashboards/team", .signedIn),
            Row(.GET, "/api/v1/staff/:staffID/skill-assessments", .staffRecordViewers),
            Row(.GET, "/staff/:staffID/skills", .staffRecordViewers),
            Row(.GET, "/api/v1/staff/:staffID/skill-gaps", .staffRecordViewers),
            Row(.GET, "/admin/cycles/overdue", .hrOnly),
            Row(.GET, "/feedback", .signedIn),
            Row(.GET, "/feedback/upward/:roundID", .roundViewers),
            Row(.GET, "/api/v1/upward-feedback/rounds", .signedIn),
            Row(.GET, "/api/v1/upward-feedback/rounds/:roundID", .roundViewers),
            // The round is open: its report does not exist yet.
            Row(.GET, "/api/v1/upward-feedback/rounds/:roundID/report", .roundChief, allowedGET: .conflict),
            Row(.GET, "/api/v1/upward-feedback/template", .hrOnly),
            Row(.GET, "/admin/upward-feedback", .hrOnly),
            Row(.GET, "/appraisal/cycles/:cycleID/colleague-feedback", .probationReaders),
            Row(.GET, "/api/v1/cycles/:cycleID/colleague-feedback", .probationReaders),
            Row(.GET, "/feedback/colleague/:requestID", .colleagueAsked),
            Row(.GET, "/api/v1/colleague-feedback/requests", .signedIn),
            Row(.GET, "/feedback/recognition", .signedIn),
            Row(.GET, "/notifications", .signedIn),
            // Opening a notification marks it read and goes to what it is about.
            Row(.GET, "/notifications/:notificationID", .recipient, allowedGET: .seeOther),
            Row(.GET, "/admin/outbox", .hrOnly),
            Row(.GET, "/api/v1/staff/:staffID/recognition", .staffRecordViewers),
            Row(.GET, "/staff/:staffID/improvement-plans", .planViewers),
            Row(.GET, "/staff/:staffID/improvement-plans/new", .managerOrHR),
            Row(.GET, "/improvement-plans/:planID", .planViewers),
            Row(.GET, "/improvement-plans/:planID/edit", .managerOrHR),
            Row(.GET, "/improvement-plans/:planID/review", .managerOrHR),
            Row(.GET, "/api/v1/staff/:staffID/improvement-plans", .planViewers),
            Row(.GET, "/api/v1/improvement-plans/:planID", .planViewers),
            Row(.GET, "/admin/upward-feedback/template", .hrOnly),
            Row(.GET, "/admin/upward-feedback/:roundID/close", .hrOnly),
            Row(.GET, "/admin/skill-rounds", .hrOnly),
            Row(.GET, "/api/v1/skill-rounds", .hrOnly),
            Row(.GET, "/admin/cycles/send-to-reports-board", .hrOnly),
            Row(.GET, "/admin/cycle-policies/regular", .hrOnly),
            Row(.GET, "/admin/cycle-policies/probation", .hrOnly),
            Row(.GET, "/admin/cycle-policies/technical_cooperation", .hrOnly),
            Row(.GET, "/account/password", .signedIn),
            Row(.GET, "/units", .signedIn),
            Row(.GET, "/units/:unitID", .signedIn),
            Row(.GET, "/units/new", .hrOnly),
            Row(.GET, "/units/:unitID/edit", .hrOnly),
            Row(.GET, "/units/:unitID/outcomes/new", .hrOrChief),
            Row(.GET, "/units/:unitID/outcomes/:outcomeID/edit", .hrOrChief),
            Row(.GET, "/staff", .signedIn),
            Row(.GET, "/staff/:staffID", .staffRecordViewers),
            Row(.GET, "/staff/new", .hrOnly),
            Row(.GET, "/staff/:staffID/edit", .hrOnly),
            Row(.GET, "/staff/:staffID/contract-change", .hrOnly),
            // Jo has no change of contract type to withdraw.
            Row(.GET, "/staff/:staffID/contract-change/withdraw", .hrOnly, allowedGET: .notFound),
            Row(.GET, "/staff/:staffID/one-time-password", .hrOnly),
            Row(.GET, "/staff/:staffID/account-status", .hrOnly),
            Row(.GET, "/admin/accounts", .hrOnly),
            Row(.GET, "/admin/import-staff", .hrOnly),
            Row(.GET, "/admin/export-staff", .hrOnly),
            Row(.GET, "/workgroups", .signedIn),
            Row(.GET, "/workgroups/:workgroupID", .signedIn),
            Row(.GET, "/workgroups/new", .hrOnly),
            Row(.GET, "/workgroups/:workgroupID/edit", .hrOnly),
            Row(.GET, "/workgroups/:workgroupID/members/:staffID/remove", .hrOrLead),
            Row(.GET, "/workgroups/:workgroupID/skills", .hrOrLead),
            Row(.GET, "/workgroups/:workgroupID/skills/export", .hrOrLead),
            Row(.GET, "/workgroups/:workgroupID/skills/needs", .hrOrLead),
            Row(.GET, "/workgroups/:workgroupID/tasks/new", .hrOrLead),
            Row(.GET, "/workgroups/:workgroupID/objectives/new", .hrOrLead),
            Row(.GET, "/workgroups/:workgroupID/formation", .hrOrLead),
            Row(.GET, "/workgroups/:workgroupID/feedback", .signedIn),
            Row(.GET, "/objectives/:objectiveID", .signedIn),
            Row(.GET, "/objectives/:objectiveID/edit", .hrOrLead),
            Row(.GET, "/alignment", .signedIn),
            Row(.GET, "/alignment/nodes/:nodeID", .signedIn),
            Row(.GET, "/dashboards/organisation", .hrOnly),
            Row(.GET, "/dashboards/organisation/export", .hrOnly, allowedGET: .notFound),
            Row(.GET, "/dashboards/team", .signedIn),
            Row(.GET, "/account/tokens", .signedIn),
            Row(.GET, "/api/v1/tokens", .signedIn),
            Row(.GET, "/admin/audit", .hrOnly),
            Row(.GET, "/admin/audit/export", .hrOnly),
            Row(.GET, "/dashboards/team/export", .signedIn, allowedGET: .notFound),
            Row(.GET, "/alignment/outcomes/new", .hrOnly),
            Row(.GET, "/alignment/outcomes/:organisationalOutcomeID/edit", .hrOnly),
            Row(.GET, "/tasks/:taskID", .signedIn),
            Row(.GET, "/units/:unitID/skills", .hrOrChief),
            Row(.GET, "/units/:unitID/skills/export", .hrOrChief),
            Row(.GET, "/api/v1/workgroups/:workgroupID/skills-matrix", .hrOrLead),
            Row(.GET, "/api/v1/workgroups/:workgroupID/tasks", .signedIn),
            Row(.GET, "/frameworks", .signedIn),
            Row(.GET, "/frameworks/:frameworkID", .signedIn),
            Row(.GET, "/frameworks/:frameworkID/skills/:skillID", .signedIn),
            Row(.GET, "/frameworks/:frameworkID/export", .signedIn),
            Row(.GET, "/frameworks/import", .hrOnly),
            Row(.GET, "/frameworks/new", .hrOnly),
            Row(.GET, "/frameworks/:frameworkID/skills/new", .hrOnly),
            Row(.GET, "/frameworks/:frameworkID/skills/:skillID/edit", .hrOnly),
            Row(.GET, "/frameworks/:frameworkID/skills/:skillID/remove", .hrOnly),
            Row(.GET, "/frameworks/:frameworkID/new-version", .hrOnly),
            Row(.GET, "/frameworks/import/:pendingID", .hrOnly),
            Row(.GET, "/api/v1/frameworks", .signedIn),
            Row(.GET, "/api/v1/frameworks/:frameworkID", .signedIn),
            Row(.GET, "/api/v1/openapi.json", .open),
            Row(.GET, "/api/v1/staff/:staffID", .staffRecordViewers),
            Row(.GET, "/api/v1/staff/:staffID/cycles", .staffRecordViewers),
            Row(.GET, "/api/v1/forms", .signedIn),
            Row(.GET, "/api/v1/staff", .signedIn),
            Row(.GET, "/api/v1/staff/export", .hrOnly),
            Row(.GET, "/api/v1/reports-board/queue", .boardOrHR),
            Row(.GET, "/reports-board", .boardOrHR),
            Row(.GET, "/reports-board/rating-practice", .boardOrHR),
            Row(.GET, "/api/v1/forms/:formID", .staffRecordViewers),
            Row(.GET, "/appraisal/forms/:formID", .staffRecordViewers),
            Row(.GET, "/appraisal/cycles/:cycleID", .staffRecordViewers),
            Row(.GET, "/appraisal/forms/:formID/print", .staffRecordViewers),
            Row(.GET, "/appraisal/forms/:formID/edit", .appraiser),
            Row(.GET, "/appraisal/forms/:formID/next-cycle", .appraiser, allowedGET: .notFound),
            Row(.POST, "/login", .open),
            Row(.POST, "/account/password", .signedIn),
            Row(.POST, "/units/new", .hrOnly),
            Row(.POST, "/admin/cycle-policies/regular", .hrOnly),
            Row(.POST, "/admin/cycles/open", .hrOnly),
            Row(.POST, "/admin/cycles/send-to-reports-board", .hrOnly),
            Row(.POST, "/admin/skill-rounds", .hrOnly),
            Row(.POST, "/api/v1/skill-rounds", .hrOnly),
            Row(.POST, "/api/v1/cycles/open", .hrOnly),
            Row(.POST, "/admin/cycle-policies/probation", .hrOnly),
            Row(.POST, "/admin/cycle-policies/technical_cooperation", .hrOnly),
            Row(.POST, "/units/:unitID/edit", .hrOnly),
            Row(.POST, "/units/:unitID/outcomes/new", .hrOrChief),
            Row(.POST, "/units/:unitID/outcomes/:outcomeID/edit", .hrOrChief),
            Row(.POST, "/staff/new", .hrOnly),
            Row(.POST, "/staff/:staffID/edit", .hrOnly),
            Row(.POST, "/staff/:staffID/contract-change", .hrOnly),
            Row(.POST, "/api/v1/staff/:staffID/contract-changes", .hrOnly),
            Row(.POST, "/staff/:staffID/contract-change/withdraw", .hrOnly),
            Row(.POST, "/roles/new", .hrOnly),
            Row(.POST, "/roles/import", .hrOnly),
            Row(.POST, "/roles/:roleID/edit", .hrOnly),
            Row(.POST, "/roles/:roleID/assign", .hrOnly),
            Row(.POST, "/api/v1/staff/:staffID/skill-assessments", .subjectOnly),
            Row(.POST, "/api/v1/skill-assessments/:assessmentID/decision", .managerOrHR),
            Row(.POST, "/staff/:staffID/skills", .subjectOnly),
            Row(.POST, "/skill-assessments/:assessmentID/decision", .managerOrHR),
            Row(.DELETE, "/api/v1/staff/:staffID/contract-changes/:effectiveOn", .hrOnly),
            Row(.POST, "/staff/:staffID/one-time-password", .hrOnly),
            Row(.POST, "/staff/:staffID/account-status", .hrOnly),
            Row(.POST, "/staff/:staffID/roles", .hrOnly),
            Row(.POST, "/admin/accounts/one-time-passwords", .hrOnly),
            Row(.POST, "/admin/import-staff", .hrOnly),
            Row(.POST, "/workgroups/new", .hrOnly),
            Row(.POST, "/workgroups/:workgroupID/edit", .hrOnly),
            Row(.POST, "/workgroups/:workgroupID/objectives/new", .hrOrLead),
            Row(.POST, "/workgroups/:workgroupID/formation", .hrOrLead),
            Row(.POST, "/account/tokens", .signedIn),
            Row(.POST, "/account/tokens/:tokenID/revoke", .tokenOwner),
            Row(.POST, "/api/v1/tokens", .signedIn),
            Row(.DELETE, "/api/v1/tokens/:tokenID", .tokenOwner),
            // Only the lead (the manager here) gives feedback, not HR.
            Row(.POST, "/workgroups/:workgroupID/feedback", .lead),
            Row(.POST, "/objectives/:objectiveID/edit", .hrOrLead),
            // The objective's owner is Raj, the lead; Jo is a member and is none of the matrix's people.
            Row(.POST, "/objectives/:objectiveID/readings", .hrOrLead),
            Row(.POST, "/objectives/:objectiveID/status", .hrOrLead),
            Row(.POST, "/alignment/outcomes/new", .hrOnly),
            Row(.POST, "/alignment/outcomes/:organisationalOutcomeID/edit", .hrOnly),
            Row(.POST, "/workgroups/:workgroupID/members", .hrOrLead),
            Row(.POST, "/workgroups/:workgroupID/members/:staffID/remove", .hrOrLead),
            Row(.POST, "/workgroups/:workgroupID/skills/needs", .hrOrLead),
            Row(.POST, "/workgroups/:workgroupID/tasks/new", .hrOrLead),
            Row(.POST, "/tasks/:taskID/status", .hrOrLead),
            Row(.POST, "/api/v1/workgroups/:workgroupID/allocation", .hrOrLead),
            Row(.POST, "/api/v1/workgroups/:workgroupID/tasks", .hrOrLead),
            Row(.POST, "/api/v1/workgroups/:workgroupID/objectives", .hrOrLead),
            Row(.POST, "/api/v1/objectives/:objectiveID/readings", .hrOrLead),
            Row(.PUT, "/api/v1/objectives/:objectiveID", .hrOrLead),
            Row(.PUT, "/api/v1/objectives/:objectiveID/status", .hrOrLead),
            Row(.POST, "/api/v1/tasks/:taskID/status", .hrOrLead),
            Row(.POST, "/frameworks/import", .hrOnly),
            Row(.POST, "/frameworks/new", .hrOnly),
            Row(.POST, "/frameworks/:frameworkID/skills/new", .hrOnly),
            Row(.POST, "/frameworks/:frameworkID/skills/:skillID/edit", .hrOnly),
            // The matrix's assessment names the skill: HR is refused with a reason (409), not forbidden.
            Row(.POST, "/frameworks/:frameworkID/skills/:skillID/remove", .hrOnly),
            Row(.POST, "/frameworks/:frameworkID/new-version", .hrOnly),
            Row(.POST, "/frameworks/import/:pendingID", .hrOnly),
            Row(.POST, "/api/v1/frameworks", .hrOnly),
            Row(.POST, "/frameworks/:frameworkID/competency-framework", .hrOnly),
            Row(.POST, "/appraisal/forms/:formID/edit", .appraiser),
            Row(.POST, "/appraisal/cycles/:cycleID/check-ins", .appraiser),
            Row(.POST, "/delegations", .hrOrChief),
            Row(.POST, "/delegations/:delegationID/revoke", .hrOrChief),
            Row(.POST, "/appraisal/forms/:formID/transitions", .staffRecordViewers),
            Row(.POST, "/appraisal/forms/:formID/next-cycle", .appraiser),
            Row(.PUT, "/api/v1/forms/:formID", .appraiser),
            Row(.POST, "/api/v1/forms/:formID/transitions", .staffRecordViewers),
            Row(.POST, "/feedback/upward/:roundID/responses", .invited),
            Row(.POST, "/api/v1/upward-feedback/rounds/:roundID/responses", .invited),
            Row(.POST, "/admin/upward-feedback", .hrOnly),
            Row(.POST, "/appraisal/cycles/:cycleID/colleague-feedback", .managerOrHR),
            Row(.PUT, "/api/v1/cycles/:cycleID/colleague-feedback", .managerOrHR),
            Row(.POST, "/feedback/colleague/:requestID", .colleagueAsked),
            Row(.POST, "/feedback/recognition", .signedIn),
            Row(.POST, "/notifications/read", .signedIn),
            Row(.POST, "/api/v1/recognition", .signedIn),
            Row(.POST, "/staff/:staffID/improvement-plans/new", .managerOrHR),
            Row(.POST, "/improvement-plans/:planID/edit", .managerOrHR),
            Row(.POST, "/improvement-plans/:planID/own-view", .subjectOnly),
            Row(.POST, "/improvement-plans/:planID/check-ins", .managerOrHR),
            Row(.POST, "/improvement-plans/:planID/review", .managerOrHR),
            // The plan is open: the Board member is told it has not reached the Board (409).
            Row(.POST, "/improvement-plans/:planID/board-review", .boardOnly),
            Row(.POST, "/api/v1/staff/:staffID/improvement-plans", .managerOrHR),
            Row(.PUT, "/api/v1/improvement-plans/:planID", .managerOrHR),
            Row(.POST, "/api/v1/improvement-plans/:planID/own-view", .subjectOnly),
            Row(.POST, "/api/v1/improvement-plans/:planID/check-ins", .managerOrHR),
            Row(.POST, "/api/v1/improvement-plans/:planID/review", .managerOrHR),
            Row(.POST, "/api/v1/improvement-plans/:planID/board-review", .boardOnly),
            Row(.POST, "/api/v1/colleague-feedback/requests/:requestID", .colleagueAsked),
            Row(.POST, "/api/v1/upward-feedback/rounds", .hrOnly),
            Row(.POST, "/admin/upward-feedback/open-due", .hrOnly),
            Row(.POST, "/admin/upward-feedback/template", .hrOnly),
            Row(.PUT, "/api/v1/upward-feedback/template", .hrOnly),
            // Last of the round's: HR closes it (the second close is refused as already done, 409).
            Row(.POST, "/api/v1/upward-feedback/rounds/:roundID/close", .hrOnly),
            Row(.POST, "/admin/upward-feedback/:roundID/close", .hrOnly),
            Row(.POST, "/logout", .open),
        ]

        @Test func everyRegisteredRouteHasARow() async throws {
            try await withStrideApp { app, _ in
                let registered = Set(app.routes.all.map { route in
                    "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
                })
                let listed = Set(Self.matrix.map(\.key))
                #expect(registered.subtracting(listed).sorted() == [], "routes with no row in the access matrix")
                #expect(listed.subtracting(registered).sorted() == [], "rows for routes that do not exist")
                #expect(listed.count == Self.matrix.count, "a route listed twice")
            }
        }

        @Test func everyRouteAnswersEachPersonAsItsRuleSays() async throws {
            try await withStrideApp { app, _ in
                // setup
                let org = try await Org.seed(app)
                try await RoleGrant(staffMemberID: org.peer.id!, role: .reportsBoardMember, grantedByID: nil).create(on: app.db)
                let group = Workgroup(details: WorkgroupDetails(name: "Matrix", kind: .permanentTeam, purpose: "Testing access",
                                                                endDate: nil), leadID: org.report.id!)
                try await group.create(on: app.db)
                try await WorkgroupMembership(workgroupID: group.id!, staffMemberID: org.report.id!, role: "Lead").create(on: app.db)
                let framework = try await FrameworkStore.save(DemoFramework.make(importedAt: testNow), in: app.serviceContext())
                let skillID = try #require(try await FrameworkStore.load(framework.id, on: app.db)?.skillIDs.first)
                let pendingID = try await FrameworkImports.stage(
                    .init(text: try FrameworkJSON.encodeString(DemoFramework.make(importedAt: testNow)), fileName: "demo.json"),
                    in: app.serviceContext(actor: org.hr.id))
                let outcome = UnitOutcome()
                outcome.$unit.id = org.policy.id!
                outcome.details = UnitOutcomeDetails(title: "Matrix outcome", description: nil, periodStart: CalendarDate(iso: "2026-01-01")!,
                                                     periodEnd: CalendarDate(iso: "2028-01-01")!)
                outcome.recordVersion = 1
                try await outcome.create(on: app.db)
                // Jo's Beginning of Cycle, which Raj (the manager here) appraises.
                _ = try await CycleOpener.openCycles(asOf: CalendarDate(iso: "2026-03-01")!, in: app.serviceContext())
                let cycle = try #require(try await AppraisalCycle.query(on: app.db).filter(\.$staffMember.$id == org.junior.id!).first())
                let form = try #require(try await AppraisalForm.query(on: app.db).filter(\.$cycle.$id == cycle.id!).first())
                let role = RoleProfile()
                (role.id, role.name, role.nameKey, role.recordVersion) = (UUID(), "Matrix role", "matrix role", 1)
                try await role.create(on: app.db)
                let assessment = SkillAssessmentRecord()
                (assessment.id, assessment.proposedAt, assessment.level, assessment.evidence) = (UUID(), testNow, 1, "Matrix evidence")
                (assessment.indicatorsJSON, assessment.status) = ("[]", .proposed)
                assessment.$staffMember.id = org.junior.id!
                assessment.$skill.id = skillID
                try await assessment.create(on: app.db)
                // A task of the workgroup, Jo's, which only the lead (Raj) and HR move for her.
                let task = WorkTask()
                (task.id, task.title, task.dueOn, task.status, task.recordVersion) = (UUID(), "Matrix task", CalendarDate(iso: "2026-04-01")!, .open, 1)
                task.$workgroup.id = group.id!
                task.$assignee.id = org.junior.id!
                try await task.create(on: app.db)
                let run = CycleOpeningRun()
                (run.startedAt, run.progressedAt, run.finishedAt, run.asOf) = (testNow, testNow, testNow, CalendarDate(iso: "2026-03-01")!)
                (run.done, run.total, run.opened, run.alreadyOpen, run.skipped) = (7, 7, 3, 0, "[]")
                try await run.create(on: app.db)
                let delegation = try await Org.delegate(org.junior.id!, to: org.peer.id!, from: "2027-01-01", on: app.db)
                // An upward feedback round on Chris, inviting his five staff (Hana, Mona, Raj, Jo, Pat).
                let round = try await UpwardFeedbackService.open(.init(chief: org.chief.id!.uuidString, closesOn: "2026-04-01"),
                                                                 in: app.serviceContext(actor: org.hr.id)).get()
                // Olu asked for feedback on Jo's probation.
                let request = ColleagueFeedbackRequest()
                (request.id, request.designatedAt, request.dueOn) = (UUID(), testNow, CalendarDate(iso: "2026-10-15")!)
                request.$cycle.id = cycle.id!
                request.$staffMember.id = org.junior.id!
                request.$colleague.id = org.other.id!
                try await request.create(on: app.db)
                // An open improvement plan for Jo, which Raj (her manager) opened.
                let plan = try await ImprovementPlanService.open(
                    for: org.junior.id!, ImprovementPlanInput(startsOn: "2026-03-01", areas: "Matrix areas", training: "A course", coaching: nil,
                                                              otherSupport: nil, objectives: [("Matrix objective", "By June")]),
                    endOfCycleForm: nil, as: Viewer(staffID: org.report.id!, roles: []), in: app.serviceContext(actor: org.report.id)).get()
                // A notification of Olu's.
                let notification = StrideNotification()
                (notification.id, notification.createdAt, notification.dedupeKey, notification.kind) = (UUID(), testNow, "matrix", .colleagueFeedback)
                (notification.title, notification.body, notification.link) = ("Matrix", "A reminder", "/feedback")
                notification.$recipient.id = org.other.id!
                try await notification.create(on: app.db)
                // An organisational outcome, and the workgroup's objective towards the unit outcome, owned by Raj.
                let organisational = OrganisationalOutcome()
                organisational.details = OrganisationalOutcomeDetails(title: "Matrix results", description: nil, periodStart: CalendarDate(iso: "2026-01-01")!,
                                                                      periodEnd: CalendarDate(iso: "2028-01-01")!, ownerID: nil)
                organisational.recordVersion = 1
                try await organisational.create(on: app.db)
                let objective = WorkgroupObjective()
                objective.details = WorkgroupObjectiveDetails(title: "Matrix objective", description: nil, startsOn: CalendarDate(iso: "2026-01-01")!,
                                                              dueOn: CalendarDate(iso: "2026-12-31")!, unitOutcomeID: outcome.id!, ownerID: org.report.id!)
                objective.$workgroup.id = group.id!
                objective.recordVersion = 1
                try await objective.create(on: app.db)
                // Olu's API token.
                let token = try await APITokenService.create(.init(name: "Matrix", scope: "read"), kind: .personal,
                                                             in: app.serviceContext(actor: org.other.id)).get().token
                let values: [String: UUID] = [
                    ":tokenID": token.id!,
                    ":objectiveID": objective.id!, ":nodeID": objective.id!, ":organisationalOutcomeID": organisational.id!,
                    ":roundID": round.id!, ":requestID": request.id!, ":planID": plan.id!, ":notificationID": notification.id!, ":delegationID": delegation.id!, ":runID": run.id!, ":roleID": role.id!, ":assessmentID": assessment.id!, ":formID": form.id!, ":cycleID": cycle.id!, ":outcomeID": outcome.id!, ":unitID": org.policy.id!, ":staffID": org.junior.id!, ":workgroupID": group.id!, ":taskID": task.id!,
                    ":frameworkID": framework.id, ":skillID": skillID, ":pendingID": pendingID,
                ]
                func concrete(_ template: String) -> String {
                    template.split(separator: "/").map { values[String($0)]?.uuidString.lowercased() ?? String($0) }
                        .reduce("") { $0 + "/" + $1 }
                }
                let people: [Who: StaffMember] = [
                    .staffMember: org.other, .manager: org.report, .responsibleChief: org.chief,
                    .reportsBoard: org.peer, .hrAdministrator: org.hr,
                ]

                for who in Who.allCases {
                    // Each person finds Jo Junior in the workgroup, whoever removed them before.
                    if try await WorkgroupMembership.query(on: app.db).filter(\.$staffMember.$id == org.junior.id!).count() == 0 {
                        try await WorkgroupMembership(workgroupID: group.id!, staffMemberID: org.junior.id!, role: "Member").create(on: app.db)
                    }
                    let browser = try await people[who].asyncMap { try await Browser.signedIn(app, as: $0) } ?? Browser(app)
                    if who == .anonymous { try await browser.get("/login") }
                    for row in Self.matrix {
                        // MUT
                        let path = concrete(row.path)
                        let response: TestingHTTPResponse
                        if row.method == .GET {
                            response = try await browser.get(path)
                        } else if row.path.hasPrefix("/api/") {
                            response = try await browser.sendBody(row.method, path, "", contentType: "text/plain; charset=utf-8")
                        } else {
                            response = try await browser.post(path)
                        }
                        // validate
                        let label = "\(row.key) as \(who)"
                        #expect(response.status.code < 500, "\(label): \(response.status)")
                        switch (row.rule.allows(who), who, row.method) {
                        case (true, _, .GET):
                            // Signed in, the sign-in page sends people home.
                            let expected: HTTPStatus = row.path == "/login" && who != .anonymous ? .seeOther : row.allowedGET
                            #expect(response.status == expected, "\(label)")
                        case (true, _, _):
                            #expect(![.unauthorized, .forbidden].contains(response.status), "\(label): \(response.status)")
                        case (false, .anonymous, .GET) where !row.path.hasPrefix("/api/"):
                            #expect(response.status == .seeOther, "\(label)")
                            #expect(response.location?.hasPrefix("/login?next=") == true, "\(label): \(response.location ?? "")")
                        case (false, .anonymous, _):
                            #expect([.unauthorized, .forbidden].contains(response.status), "\(label): \(response.status)")
                        case (false, _, _):
                            #expect(response.status == .forbidden, "\(label): \(response.status)")
                        }
                    }
                }
                // Nothing a refused request tried was written: the only unit, staff and workgroup
                // changes are HR's, whose empty forms were all refused as incomplete.
                #expect(try await OrganisationalUnit.query(on: app.db).count() == 3)
                #expect(try await StaffMember.query(on: app.db).count() == 7)
                #expect(try await Workgroup.query(on: app.db).count() == 1)
                #expect(try await WorkTask.query(on: app.db).all().map(\.recordVersion) == [1])
                #expect(try await UnitOutcome.query(on: app.db).all().map(\.recordVersion) == [1])
                #expect(try await WorkgroupObjective.query(on: app.db).all().map(\.recordVersion) == [1])
                #expect(try await OrganisationalOutcome.query(on: app.db).all().map(\.recordVersion) == [1])
                #expect(try await CriterionReading.query(on: app.db).count() == 0)
                #expect(try await RoleGrant.query(on: app.db).filter(\.$role == .hrAdministrator).count() == 1)
            }
        }
    }
}
