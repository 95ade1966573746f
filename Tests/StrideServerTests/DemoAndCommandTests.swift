import Fluent
@testable import StrideServer
import StrideCore
import NIOCore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    @Suite struct DemoAndCommandTests {
        @Test func demoOrganisationHasWhatTheDemoPromises() async throws {
            try await withStrideApp { app, _ in
                #expect(try await DemoOrganisation.isDatabaseEmpty(on: app.db))
                try await DemoOrganisation.load(in: app.serviceContext())
                let staff = try await StaffMember.query(on: app.db).all()
                #expect(staff.count == 40)
                #expect(Set(staff.map(\.contractType)) == Set(ContractType.allCases))
                #expect(try await OrganisationalUnit.query(on: app.db).count() == 5)
                #expect(try await Workgroup.query(on: app.db).count() == 3)
                // Every unit has outcomes for the current biennium, for staff outputs to serve.
                let outcomes = try await UnitOutcome.query(on: app.db).all()
                #expect(Set(outcomes.map(\.$unit.id)).count == 5)
                #expect(outcomes.allSatisfy { $0.details.overlaps(start: CalendarDate(utc: testNow), end: CalendarDate(iso: "2027-12-31")!) })
                let framework = try #require(try await FrameworkRecord.query(on: app.db).first())
                let skills = try #require(try await FrameworkStore.load(framework.id!, on: app.db)).framework.skills
                #expect(skills.count == 5)
                #expect(skills.allSatisfy { $0.definedLevelNumbers.count >= 2 && $0.indicatorCount >= 4 })
                #expect(try await RoleGrant.query(on: app.db).filter(\.$role == .reportsBoardMember).count() == 3)
                #expect(try await RoleGrant.query(on: app.db).filter(\.$role == .hrAdministrator).count() == 1)
                #expect(Set(staff.map(\.email)).count == 40)
                // Everyone but the head of the organisation has a supervisor.
                #expect(staff.filter { $0.$supervisor.id == nil }.map(\.staffNumber) == ["S1001"])
                // Beginning of Cycle forms in every state a Beginning of Cycle passes through, for
                // each contract type at the Board, all from the competency framework.
                let forms = try await AppraisalForm.query(on: app.db).with(\.$cycle).all()
                #expect(Set(forms.map(\.state)) == Set(AppraisalState.allCases))
                #expect(Set(forms.map(\.kind)) == [.beginning, .midterm, .end])
                #expect(forms.contains { $0.kind == .midterm && $0.state == .signed && $0.content.contains("\"kind\":\"change\"") },
                        "a completed Mid-term Review with an adjusted output")
                #expect(forms.contains { $0.kind == .end && $0.state == .selfAssessed }, "an End of Cycle waiting for the manager")
                let overall = try forms.filter { $0.kind == .end && $0.state == .reviewed }
                    .compactMap { try JSONDecoder().decode(EndOfCycle.self, from: Data($0.content.utf8)).overallRating }
                #expect(Set(overall) == Set(OverallRating.allCases), "rated End of Cycle forms for the Board's consistency view")
                #expect(Set(forms.filter { $0.state.isSigned }.map(\.cycle.contractType)) == Set(ContractType.allCases))
                #expect(try await CompetencyFramework.competencies(on: app.db).count == 5)
                #expect(try await AppraisalFormEvent.query(on: app.db).filter(\.$action == "sign_as_staff").count() >= 6)
                #expect(try await AppraisalDelegation.query(on: app.db).filter(\.$revokedAt == nil).count() == 1)
                #expect(try await CycleCheckIn.query(on: app.db).count() == 3)
                // A workgroup whose needs nobody fully covers, and tasks in every state but cancelled.
                let support = try #require(try await Workgroup.query(on: app.db).filter(\.$name == "Field Operations Support").first())
                #expect(try await SkillsMatrixQuery.workgroup(support.id!, on: app.db).uncovered.count == 2)
                #expect(Set(try await WorkTask.query(on: app.db).all().map(\.status)) == [.open, .inProgress, .done])
                // Every printed login works.
                for login in DemoOrganisation.logins {
                    let response = try await Browser(app).signIn(email: login.email, password: DemoOrganisation.password)
                    #expect(response.status == .seeOther, "\(login.email)")
                }
                #expect(!(try await DemoOrganisation.isDatabaseEmpty(on: app.db)))
            }
        }

        @Test func launchOptionsDefaultToServingWithTheDemo() {
            var env = Environment(name: "development", arguments: ["stride"])
            let plain = LaunchOptions.prepare(&env)
            #expect(env.arguments == ["stride", "serve"])
            #expect(plain.isServe && plain.loadDemo)
            var noDemo = Environment(name: "development", arguments: ["stride", "--no-demo", "--port", "9000"])
            let options = LaunchOptions.prepare(&noDemo)
            #expect(noDemo.arguments == ["stride", "serve", "--port", "9000"])
            #expect(options.isServe && !options.loadDemo)
            var migrate = Environment(name: "development", arguments: ["stride", "migrate", "--yes"])
            #expect(!LaunchOptions.prepare(&migrate).isServe)
        }

        /// `stride --help` lists the commands: it is not taken as `serve --help`, which would
        /// migrate and load the demo before printing serve's own help.
        @Test func helpListsCommandsWithoutServing() {
            var help = Environment(name: "development", arguments: ["stride", "--help"])
            let options = LaunchOptions.prepare(&help)
            #expect(help.arguments == ["stride", "--help"])
            #expect(!options.isServe)
        }

        /// Every failure is one line and an exit status: 2 for a wrong command line, else 1.
        @Test func failuresAreOneLineWithAnExitStatus() {
            let unknown = CommandLineFailure.describe(CommandError.unknownCommand("nope", available: ["serve"]))
            #expect(unknown.status == 2)
            #expect(unknown.message == "Unknown command `nope` (see stride --help)")
            let missing = CommandLineFailure.describe(CommandError.missingRequiredArgument("file"))
            #expect(missing.status == 2)
            let notFound = CommandLineFailure.describe(StrideError.notFound("A framework called Nope"))
            #expect(notFound == ("A framework called Nope was not found.", 1))
            let inUse = CommandLineFailure.describe(IOError(errnoCode: EADDRINUSE, reason: "bind"))
            #expect(inUse.status == 1)
            #expect(inUse.message.contains("already in use"))
            let multiline = CommandLineFailure.describe(StrideError.badRequest("first\nsecond"))
            #expect(multiline.message == "first second")
        }

        @Test func exportingAnUnknownFrameworkSaysSoPlainly() async throws {
            try await withStrideApp { app, _ in
                var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["stride", "Nope"]))
                context.application = app
                let error = try await #require(throws: StrideError.self) { try await ExportFrameworkCommand().run(using: &context) }
                #expect(error.reason == "A framework called Nope was not found.")
            }
        }

        @Test func createAdminGrantsTheRoleAndIssuesAOneTimePassword() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["stride", "new.admin@example.org"]))
                context.application = app
                try await CreateAdminCommand().run(using: &context)
                let admin = try #require(try await StaffMember.query(on: app.db).filter(\.$email == "new.admin@example.org").first())
                #expect(admin.name == "New Admin")
                #expect(try await RoleGrant.query(on: app.db).filter(\.$staffMember.$id == admin.id!).first()?.role == .hrAdministrator)
                let account = try #require(try await Account.query(on: app.db).filter(\.$staffMember.$id == admin.id!).first())
                #expect(account.mustChangePassword)
                // An existing person keeps their record and gains the role.
                var again = CommandContext(console: Terminal(), input: CommandInput(arguments: ["stride", org.report.email]))
                again.application = app
                try await CreateAdminCommand().run(using: &again)
                #expect(try await RoleGrant.query(on: app.db).filter(\.$staffMember.$id == org.report.id!).first()?.role == .hrAdministrator)
                #expect(try await StaffMember.query(on: app.db).count() == 8)
            }
        }

        @Test func importStaffCommandReadsAFile() async throws {
            try await withStrideApp { app, _ in
                _ = try await Org.seed(app)
                let path = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID()).csv").path
                let csv = StaffImportRouteTests.header + "N1,Nia New,nia@example.org,G5,Clerk,FO,,2026-01-05,regular\n"
                try csv.write(toFile: path, atomically: true, encoding: .utf8)
                defer { try? FileManager.default.removeItem(atPath: path) }
                var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["stride", path]))
                context.application = app
                try await ImportStaffCommand().run(using: &context)
                #expect(try await StaffMember.query(on: app.db).filter(\.$staffNumber == "N1").count() == 1)
            }
        }

        @Test func configurationComesFromTheEnvironment() throws {
            let sqlite = try StrideConfig.fromEnvironment([:], environment: .development)
            #expect(sqlite.storage == .sqliteFile(path: "stride.sqlite"))
            #expect(!sqlite.secureCookies)
            let moved = try StrideConfig.fromEnvironment(["STRIDE_DB_PATH": "/var/lib/stride/db.sqlite"], environment: .production)
            #expect(moved.storage == .sqliteFile(path: "/var/lib/stride/db.sqlite"))
            #expect(moved.secureCookies)
            let pg = try StrideConfig.fromEnvironment(["DATABASE_URL": "postgres://u:p@localhost/stride", "STRIDE_DB_PATH": "x"],
                                                      environment: .development)
            #expect(pg.storage == .postgres(url: "postgres://u:p@localhost/stride"))
            // Every unusable variable is named at once.
            let error = try #require(throws: StrideError.self) {
                try StrideConfig.fromEnvironment(["DATABASE_URL": "mysql://x", "STRIDE_SECURE_COOKIES": "maybe"], environment: .development)
            }
            #expect(error.reason.contains("DATABASE_URL"))
            #expect(error.reason.contains("STRIDE_SECURE_COOKIES"))
        }
    }
}
