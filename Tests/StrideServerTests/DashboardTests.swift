import Fluent
import Foundation
import SQLKit
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// The dashboards: the form tallies the database keeps agree with the forms whatever writes
    /// them; HR's figures and CSV match; a manager sees only their people.
    @Suite struct DashboardTests {
        struct Key: Decodable, Hashable { let unit_id: UUID; let kind: String; let state: String; let rating: String; let end_month: String; let n: Int }

        /// The tallies, and the same counted from the forms themselves.
        static func tallies(_ app: Application) async throws -> (kept: Set<Key>, counted: Set<Key>) {
            let sql = try app.db.sql()
            let kept = try await sql.raw("""
                SELECT unit_id, kind, state, rating, end_month, n FROM form_tallies WHERE n <> 0
                """).all(decoding: Key.self)
            let counted = try await sql.raw("""
                SELECT COALESCE(s.unit_id, '00000000-0000-0000-0000-000000000000') AS unit_id, f.kind, f.state,
                  COALESCE(f.overall_rating, '') AS rating, substr(c.end_date, 1, 7) AS end_month, COUNT(*) AS n
                FROM appraisal_forms f JOIN appraisal_cycles c ON c.id = f.cycle_id JOIN staff_members s ON s.id = c.staff_member_id
                GROUP BY COALESCE(s.unit_id, '00000000-0000-0000-0000-000000000000'), f.kind, f.state, COALESCE(f.overall_rating, ''), substr(c.end_date, 1, 7)
                """).all(decoding: Key.self)
            return (Set(kept), Set(counted))
        }

        @Test func theTalliesFollowEveryWriteOfAFormItsOwnerAndItsCycle() async throws {
            try await withStrideApp { app, _ in
                let setup = try await AppraisalFormTests.setUp(app)
                let org = setup.org
                var (kept, counted) = try await Self.tallies(app)
                #expect(!kept.isEmpty && kept == counted, "forms opened with the cycles")
                // A state and a rating change, a move of the owner, a new end for a cycle, a new form.
                let form = try await AppraisalFormTests.form(setup.formID, app)
                form.state = .signed
                try await form.save(on: app.db)
                let cycle = try #require(try await AppraisalCycle.find(form.$cycle.id, on: app.db))
                let end = AppraisalForm()
                (end.id, end.kind, end.state, end.recordVersion, end.content, end.dueOn) = (UUID(), .end, .draft, 1, "{}", cycle.endDue)
                end.$cycle.id = cycle.id!
                try await end.create(on: app.db)
                end.overallRating = .fullyMeets
                end.state = .reviewed
                try await end.save(on: app.db)
                let raj = try #require(try await StaffMember.find(org.report.id!, on: app.db))
                raj.$unit.id = org.other.$unit.id
                try await raj.save(on: app.db)
                cycle.endDate = cycle.endDate.adding(months: -7)
                try await cycle.save(on: app.db)
                (kept, counted) = try await Self.tallies(app)
                #expect(kept == counted)
                #expect(kept.contains { $0.unit_id == org.other.$unit.id && $0.kind == "end" && $0.rating == "fully_meets" && $0.n == 1 })
            }
        }

        @Test func hrSeesTheOrganisationsFiguresAndTheirCSVOthersDoNot() async throws {
            try await withStrideApp { app, _ in
                let setup = try await AppraisalFormTests.setUp(app)
                let org = setup.org
                let hana = try await Browser.signedIn(app, as: org.hr), mona = try await Browser.signedIn(app, as: org.manager)
                // One End of Cycle form signed and rated, for the ratings.
                let cycle = try #require(try await AppraisalCycle.query(on: app.db).filter(\.$staffMember.$id == org.report.id!).first())
                let end = AppraisalForm()
                (end.id, end.kind, end.state, end.recordVersion, end.content, end.dueOn) = (UUID(), .end, .signed, 1, "{}", cycle.endDue)
                end.overallRating = .consistentlyExceeds
                end.$cycle.id = cycle.id!
                try await end.create(on: app.db)
                #expect(try await mona.get(.organisationDashboard).status == .forbidden)
                #expect(try await mona.get(StridePath.organisationDashboardExport.href + "?table=overall-ratings").status == .forbidden)
                let forms = try await AppraisalForm.query(on: app.db).count()
                let page = try await hana.get(.organisationDashboard)
                #expect(page.status == .ok)
                let html = page.body.string
                #expect(html.contains("<dt class=\"st-summary-list__key\">Forms</dt><dd class=\"st-summary-list__value\"><span class=\"st-pre-line\">\(forms)</span>"))
                #expect(html.contains("Forms by phase and state") && html.contains("Skills coverage") && html.contains("Probation pipeline"))
                // Jo, on probation since 15 January 2024, reaches 21 months on 15 October 2025: outside 90 days of 1 March 2026.
                #expect(!html.contains("Jo Junior"))
                let csv = try await hana.get(StridePath.organisationDashboardExport.href + "?table=overall-ratings")
                #expect(csv.status == .ok && csv.headers.contentType?.subType == "csv")
                #expect(csv.body.string == "Rating,Forms\r\nConsistently exceeds,1\r\nFully meets,0\r\nDoes not fully meet,0\r\n")
                #expect(html.contains("<td class=\"st-table__cell st-table__cell--numeric\">1</td>"), "the page's table has the same figure")
                // Every form is the Policy unit's here: the unit filter applies to the download.
                func total(_ unit: UUID) async throws -> Int {
                    let csv = try await hana.get(StridePath.organisationDashboardExport.href + "?table=forms-by-state&unit=\(unit.uuidString)").body.string
                    return csv.split(separator: "\r\n").dropFirst().compactMap { $0.split(separator: ",").last.flatMap { Int($0) } }.reduce(0, +)
                }
                #expect(try await total(org.policy.id!) == forms)
                #expect(try await total(org.other.$unit.id!) == 0)
                #expect(try await hana.get(StridePath.organisationDashboardExport.href + "?table=nonsense").status == .notFound)
            }
        }

        @Test func aManagersDashboardShowsOnlyTheirPeople() async throws {
            try await withStrideApp { app, _ in
                let setup = try await AppraisalFormTests.setUp(app)
                let org = setup.org
                let mona = try await Browser.signedIn(app, as: org.manager), raj = try await Browser.signedIn(app, as: org.report)
                let olu = try await Browser.signedIn(app, as: org.other)
                let monas = try await mona.get(.teamDashboard).body.string
                #expect(monas.contains("2 (1 directly)") && monas.contains("Raj Report") && monas.contains("Jo Junior"))
                #expect(!monas.contains("Olu Other") && !monas.contains("Pat Peer") && !monas.contains("Chris Chief"))
                let rajs = try await raj.get(.teamDashboard).body.string
                #expect(rajs.contains("1 (1 directly)") && rajs.contains("Jo Junior") && !rajs.contains("Mona Manager"))
                #expect(try await olu.get(.teamDashboard).body.string.contains("You do not supervise anyone"))
                let overdue = try await mona.get(StridePath.teamDashboardExport.href + "?table=team-overdue")
                #expect(overdue.status == .ok && overdue.body.string.hasPrefix("Staff member,Form,State,Due\r\n"))
                #expect(!overdue.body.string.contains("Olu"))
            }
        }

        /// The team dashboard's counts in SQL agree with the core's rules worked out person by
        /// person: skills gaps (`SkillGaps`, on each person's latest decision) and objectives'
        /// standings (from every reading), on the demo organisation for each manager.
        @Test func theTeamFiguresAgreeWithTheCoreRules() async throws {
            try await withStrideApp { app, clock in
                try await DemoOrganisation.load(in: app.serviceContext())
                let staff = try await StaffMember.query(on: app.db).filter(\.$status == .active).all()
                let managers = staff.filter { manager in staff.contains { $0.$supervisor.id == manager.id } }
                #expect(managers.count > 5)
                var gapsChecked = 0
                for manager in managers {
                    gapsChecked += try await Self.checkTeamFigures(of: manager, among: staff, today: clock.today(), app: app)
                }
                #expect(gapsChecked > 0, "the demo has people short of their role's levels")
            }
        }

        /// Checks one manager's figures; answers how many people-short-of-a-skill it compared.
        static func checkTeamFigures(of manager: StaffMember, among staff: [StaffMember], today: CalendarDate, app: Application) async throws -> Int {
            let team = staff.filter { $0.supervisionPath.hasPrefix(manager.supervisionPath) && $0.id != manager.id }
            let roles = try await SkillRequirementTable.roles.read(nil, on: app.db)
            let levels = try await SkillAssessmentQueries.confirmedLevels(ofStaffIn: "SELECT id FROM staff_members", on: app.db)
            var short: [String: Int] = [:]
            for member in team {
                let requirements = member.$roleProfile.id.flatMap { roles[$0] } ?? []
                let unmet = SkillGaps.gaps(requirements, confirmed: levels[member.id!] ?? [:]).filter { !$0.isMet }
                for gap in unmet { short[gap.skill.name, default: 0] += 1 }
            }
            let figures = try await TeamDashboardQuery.load(managerID: manager.id!, today: today, limit: nil, db: app.db)
            let counted = Dictionary(uniqueKeysWithValues: figures.skillGaps.map { ($0.skill, $0.peopleShort) })
            #expect(figures.people == team.count && counted == short, "\(manager.name)")
            let owned = try await WorkgroupObjective.query(on: app.db).filter(\.$owner.$id ~~ team.map { $0.id! })
                .filter(\.$dueOn >= today.adding(months: -1)).all()
            let loaded = try await ObjectiveQueries.load(owned, today: today, on: app.db)
            let full = Dictionary(uniqueKeysWithValues: loaded.map { ($0.id, $0.standing) })
            #expect(figures.objectives.total == owned.count, "\(manager.name)")
            for objective in figures.objectives.items {
                #expect(full[objective.id] == objective.standing, "\(objective.title)")
            }
            return short.values.reduce(0, +)
        }

        /// A team can be a whole organisation: its lists are read up to a limit, most urgent
        /// first, with totals counted in the database, and the page says when a list is cut short.
        @Test func aTeamsListsAreCutShortWithTheirTotals() async throws {
            try await withStrideApp { app, clock in
                let setup = try await AppraisalFormTests.setUp(app)
                let org = setup.org
                // Every form of Raj's and Jo's (Mona's team) due before today, the earliest Jo's.
                let today = clock.today()
                let team = [org.report.id!, org.junior.id!]
                let cycles = try await AppraisalCycle.query(on: app.db).filter(\.$staffMember.$id ~~ team).all()
                let forms = try await AppraisalForm.query(on: app.db).filter(\.$cycle.$id ~~ cycles.map { $0.id! }).all()
                #expect(forms.count >= 2)
                for form in forms {
                    let owner = cycles.first { $0.id == form.$cycle.id }!.$staffMember.id
                    form.dueOn = today.adding(days: owner == org.junior.id! ? -30 : -10)
                    try await form.update(on: app.db)
                }
                let cut = try await TeamDashboardQuery.load(managerID: org.manager.id!, today: today, limit: 1, db: app.db)
                let whole = try await TeamDashboardQuery.load(managerID: org.manager.id!, today: today, limit: nil, db: app.db)
                #expect(cut.people == 2 && cut.directReports == 1)
                #expect(cut.overdue.items.count == 1 && cut.overdue.total == forms.count && whole.overdue.items.count == forms.count)
                #expect(cut.overdue.items[0].staff_member_id == org.junior.id!, "due longest ago first")
                #expect(cut.formCounts.values.flatMap(\.values).reduce(0, +) == forms.count)
                let model = TeamDashboardModel(cut)
                #expect(model.facts.first { $0.key == "Forms overdue" }?.value == String(forms.count))
                let note = model.tables.first { $0.table.caption == "Overdue forms" }?.note
                #expect(note == "The 1 due longest ago of \(forms.count) are shown; the CSV download has them all.")
                #expect(TeamDashboardModel(whole).tables.allSatisfy { $0.note == nil })
                // The download has every row.
                let mona = try await Browser.signedIn(app, as: org.manager)
                let csv = try await mona.get(StridePath.teamDashboardExport.href + "?table=team-overdue").body.string
                #expect(csv.split(separator: "\r\n").count == forms.count + 1)
                let api = try ObjectiveAPITests.json(try await mona.get("/api/v1/dashboards/team").body.string)
                #expect(api["overdueTotal"] as? Int == forms.count && api["directReports"] as? Int == 1)
            }
        }
    }
}
