import Fluent
import SQLKit
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    @Suite struct OrganisationEditingTests {
        @Test func hrCreatesAUnitAndBadInputIsShownBackWithMessages() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.newUnit)
                // bad input: no name, a code that is taken, a chief nobody has
                let bad = try await hr.post(.newUnit, ["name": "", "code": "pol", "parent": "", "chief": "ghost@example.org"])
                #expect(bad.status == .unprocessableEntity)
                let page = bad.body.string
                #expect(page.contains("Enter the unit&#39;s name") || page.contains("Enter the unit's name"))
                #expect(page.contains("No staff member has the staff ID or email ghost@example.org"))
                #expect(page.contains("value=\"ghost@example.org\""))   // what was typed is kept
                #expect(page.contains("href=\"#name\""))                // the summary links to the field
                let taken = try await hr.post(.newUnit, ["name": "Policy again", "code": "pol", "parent": ""])
                #expect(taken.status == .unprocessableEntity)
                #expect(taken.body.string.contains("Code POL is already used by Policy Unit"))
                #expect(try await OrganisationalUnit.query(on: app.db).count() == 3)
                // good input
                let good = try await hr.post(.newUnit, ["name": "Data Office", "code": "data", "parent": org.headOffice.id!.uuidString,
                                                           "chief": org.manager.staffNumber])
                #expect(good.status == .seeOther)
                let unit = try #require(try await OrganisationalUnit.query(on: app.db).filter(\.$code == "DATA").first())
                #expect(unit.$parent.id == org.headOffice.id)
                #expect(unit.chiefID == org.manager.id)
                let shown = try await hr.get(good.location!)
                #expect(shown.body.string.contains("Unit Data Office created."))
                let audit = try await AuditEvent.query(on: app.db).filter(\.$kind == .organisationalUnit).all()
                #expect(audit.map(\.actorID) == [org.hr.id])
            }
        }

        @Test func aUnitCannotMoveInsideItsOwnSubUnit() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.editUnit(org.headOffice.id!))
                let response = try await hr.post(.editUnit(org.headOffice.id!),
                                                  ["name": "Head Office", "code": "HO", "parent": org.policy.id!.uuidString])
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("A unit cannot sit inside itself or one of its own sub-units"))
                let stored = try await OrganisationalUnit.find(org.headOffice.id, on: app.db)
                #expect(stored?.$parent.id == nil)
            }
        }

        func staffForm(_ staff: StaffMember, supervisor: String) -> [String: String] {
            ["name": staff.name, "email": staff.email, "staffNumber": staff.staffNumber, "grade": staff.grade,
             "jobTitle": staff.jobTitle, "entryOnDuty": staff.entryOnDuty.iso, "contractType": staff.contractType.rawValue,
             "status": "active", "unit": staff.$unit.id?.uuidString ?? "", "supervisor": supervisor]
        }

        @Test func supervisionLoopsAreRefusedWithAClearMessage() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.editStaff(org.manager.id!))
                // Junior reports to Report who reports to Manager: Junior cannot supervise Manager.
                let loop = try await hr.post(.editStaff(org.manager.id!), staffForm(org.manager, supervisor: org.junior.email))
                #expect(loop.status == .unprocessableEntity)
                #expect(loop.body.string.contains("Jo Junior reports to this person, directly or indirectly, so cannot be their supervisor"))
                let selfLoop = try await hr.post(.editStaff(org.manager.id!), staffForm(org.manager, supervisor: "M1"))
                #expect(selfLoop.body.string.contains("A person cannot supervise themselves"))
                #expect(try await StaffMember.find(org.manager.id, on: app.db)?.$supervisor.id == org.chief.id)
                // A legal move is saved and audited.
                let moved = try await hr.post(.editStaff(org.junior.id!), staffForm(org.junior, supervisor: "M1"))
                #expect(moved.status == .seeOther)
                #expect(try await StaffMember.find(org.junior.id, on: app.db)?.$supervisor.id == org.manager.id)
                let audit = try await AuditEvent.query(on: app.db).filter(\.$entityID == org.junior.id).all()
                #expect(audit.map(\.summary) == ["Updated Jo Junior (J1): Supervisor: R1 → M1"])
            }
        }

        @Test func hrAddsStaffAndDuplicatesAreNamed() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                let form = try await hr.get(.newStaff)
                #expect(form.body.string.contains("value=\"2026-03-01\""))   // entry on duty pre-filled with today
                var fields = ["name": "Nia New", "email": "raj.report@example.org", "staffNumber": "N1", "grade": "G5",
                              "jobTitle": "Clerk", "entryOnDuty": "2026-03-01", "contractType": "probation", "status": "active",
                              "unit": org.field.id!.uuidString, "supervisor": ""]
                let clash = try await hr.post(.newStaff, fields)
                #expect(clash.status == .unprocessableEntity)
                #expect(clash.body.string.contains("Email raj.report@example.org already belongs to Raj Report"))
                fields["email"] = "nia.new@example.org"
                fields["entryOnDuty"] = "1 March"
                let badDate = try await hr.post(.newStaff, fields)
                #expect(badDate.body.string.contains("Entry on duty date must be a real date, like 2026-03-01"))
                #expect(badDate.body.string.contains("value=\"1 March\""))
                fields["entryOnDuty"] = "2026-03-01"
                #expect(try await hr.post(.newStaff, fields).status == .seeOther)
                let nia = try #require(try await StaffMember.query(on: app.db).filter(\.$staffNumber == "N1").first())
                #expect(nia.contractType == .probation)
                #expect(nia.$unit.id == org.field.id)
                // New staff have no usable password until HR issues one.
                #expect(try await Browser(app).signIn(email: "nia.new@example.org", password: "").status == .unprocessableEntity)
                #expect(try await Account.query(on: app.db).filter(\.$staffMember.$id == nia.id!).first() == nil)
            }
        }

        @Test func aRenameIsFoundByItsNewWordsAtOnce() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.editStaff(org.other.id!))
                var form = ConcurrentEditTests.staffForm(org.other, version: org.other.recordVersion, unit: org.field.id, supervisor: nil,
                                                         jobTitle: "Field Coordinator")
                form["name"] = "Olusegun Adé"
                #expect(try await hr.post(.editStaff(org.other.id!), form).status == .seeOther)
                #expect(try await hr.get("/staff?q=ade+coord").body.string.contains("1 person matching “ade coord”"))
                let terms = try await app.db.sql().raw("SELECT term FROM staff_search_terms WHERE contact = \(bind: false) AND staff_id = \(bind: org.other.id!)")
                    .all(decoding: [String: String].self).compactMap { $0["term"] }
                #expect(Set(terms) == ["olusegun", "ade", "field", "coordinator"])
            }
        }

        /// A chief's units are cached between requests; an edit to the tree must reach their very next request.
        @Test func aChiefsReachFollowsTheUnitTreeOnTheNextRequest() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                let chief = try await Browser.signedIn(app, as: org.chief)
                #expect(try await chief.get(.staffMember(org.peer.id!)).status == .ok)
                #expect(try await chief.get(.staffMember(org.other.id!)).status == .forbidden)
                // Field Office moves under Head Office: the chief now reaches its people.
                try await hr.get(.editUnit(org.field.id!))
                let moved = try await hr.post(.editUnit(org.field.id!), ["name": "Field Office", "code": "FO",
                                                                         "parent": org.headOffice.id!.uuidString, "chief": "", "version": "1"])
                #expect(moved.status == .seeOther)
                #expect(try await chief.get(.staffMember(org.other.id!)).status == .ok)
                // The chief steps down: the unit no longer opens anyone to them.
                try await hr.get(.editUnit(org.headOffice.id!))
                let stepped = try await hr.post(.editUnit(org.headOffice.id!), ["name": "Head Office", "code": "HO",
                                                                                "parent": "", "chief": "", "version": "1"])
                #expect(stepped.status == .seeOther)
                #expect(try await chief.get(.staffMember(org.peer.id!)).status == .forbidden)
                #expect(try await chief.get(.staffMember(org.other.id!)).status == .forbidden)
            }
        }

        @Test func everyMainPageRendersForHR() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                let search = try await hr.get("/staff?q=raj")
                #expect(search.body.string.contains("Raj Report"))
                #expect(!search.body.string.contains("Mona Manager"))
                #expect(try await hr.get("/staff?q=%25").body.string.contains("No one matches “%”"))
                #expect(try await hr.get("/staff?q=RAJ.REPORT%40").body.string.contains("Raj Report"))    // HR searches emails
                #expect(try await hr.get("/staff?page=999999999999999999").status == .ok)
                // Words match the start of a name's words, whatever the case or accents.
                #expect(try await hr.get("/staff?q=%C3%B3th").body.string.contains("1 person matching “óth”"))
                #expect(try await hr.get("/staff?q=th").body.string.contains("No one matches “th”"))
                #expect(try await hr.get("/staff?q=other+olu").body.string.contains("Olu Other"))
                #expect(try await hr.get("/staff?q=example.org").body.string.contains("7 people matching"))
                let report = try await Browser.signedIn(app, as: org.report)
                // Others search names and job titles only, never email addresses.
                #expect(try await report.get("/staff?q=example.org").body.string.contains("No one matches"))
                #expect(try await report.get("/staff?q=H1").body.string.contains("No one matches"))
                for path in ["/", "/units", "/units/\(org.policy.id!)", "/staff", "/staff?q=raj&page=1", "/staff/\(org.junior.id!)",
                             "/workgroups", "/admin/accounts", "/admin/import-staff", "/account/password",
                             "/units/new", "/staff/new", "/workgroups/new", "/staff/\(org.junior.id!)/edit"] {
                    let response = try await hr.get(path)
                    #expect(response.status == .ok, "GET \(path)")
                    #expect(response.body.string.contains("</html>"), "GET \(path) renders a whole page")
                }
            }
        }
    }
}

extension ServerTests.OrganisationEditingTests {
    @Test func aRaceTheDatabaseCatchesIsAConflictNotACrash() async throws {
        try await withStrideApp { app, _ in
            let org = try await Org.seed(app)
            let hr = try await Browser.signedIn(app, as: org.hr)
            // A second membership row for the same person, as a double submit would attempt;
            // the route's own check is bypassed here to reach the database constraint.
            app.post("test-race") { req async throws -> String in
                try await WorkgroupMembership(workgroupID: req.query.get(UUID.self, at: "group"),
                                              staffMemberID: org.report.id!, role: "x").create(on: req.db)
                return "ok"
            }
            let group = Workgroup(details: WorkgroupDetails(name: "G", kind: .permanentTeam, purpose: "p", endDate: nil),
                                  leadID: org.manager.id!)
            try await group.create(on: app.db)
            try await WorkgroupMembership(workgroupID: group.id!, staffMemberID: org.report.id!, role: "x").create(on: app.db)
            let response = try await hr.post("/test-race?group=\(group.id!)")
            #expect(response.status == .conflict)
            #expect(response.body.string.contains("Someone saved a conflicting change"))
        }
    }
}

extension ServerTests.OrganisationEditingTests {
    /// New records take their ids from the injected generator, so tests can predict them.
    @Test func newRecordsTakeTheInjectedIDs() async throws {
        try await withStrideApp(ids: SequentialIDs()) { app, _ in
            let org = try await Org.seed(app)
            let hr = try await Browser.signedIn(app, as: org.hr)
            try await hr.get(.newUnit)
            let created = try await hr.post(.newUnit, ["name": "Data Office", "code": "DATA", "parent": "", "chief": ""])
            #expect(created.location == "/units/00000000-0000-0000-0000-000000000001")
            let audit = try #require(try await AuditEvent.query(on: app.db).filter(\.$entityID == UUID(uuidString: "00000000-0000-0000-0000-000000000001")).first())
            #expect(audit.id == UUID(uuidString: "00000000-0000-0000-0000-000000000002"))
        }
    }
}
