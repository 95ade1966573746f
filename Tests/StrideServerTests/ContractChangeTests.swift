import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// HR records a change of contract type: the running cycle closes at the change, the new
    /// type's cycles open from it, and the record can no longer be re-timed by editing.
    @Suite struct ContractChangeTests {
        @Test func aConfirmationClosesTheRunningCycleAndTheRegularScheduleStartsFromIt() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                #expect(try await hr.openCycles(asOf: "2026-03-01").status == .ok)
                let jo = org.junior.id!
                try await hr.get(.contractChange(jo))

                // Bad input names the field and writes nothing.
                let early = try await hr.post(.contractChange(jo), ["contractType": "regular", "effectiveOn": "2026-01-15"])
                #expect(early.status == .unprocessableEntity)
                #expect(early.body.string.contains("Cycle P3 is already open from 2026-01-15: the change must take effect after that"))
                let same = try await hr.post(.contractChange(jo), ["contractType": "probation", "effectiveOn": "2026-06-01"])
                #expect(same.body.string.contains("The contract is already probation on 2026-06-01"))
                #expect(try await ContractChange.query(on: app.db).count() == 0)

                // MUT
                let recorded = try await hr.post(.contractChange(jo), ["contractType": "regular", "effectiveOn": "2026-06-01"])
                // validate
                #expect(recorded.status == .seeOther)
                let profile = try await hr.get(.staffMember(jo)).body.string
                #expect(profile.contains("Jo Junior&#39;s contract changes from probation to regular fixed-term on 2026-06-01."))
                #expect(profile.contains("Cycle P3 now ends on 2026-06-01, its End of Cycle due by 2026-07-01"))
                #expect(profile.contains("Probation from 15 January 2024") && profile.contains("Regular fixed-term from 1 June 2026"))
                let p3 = try #require(try await AppraisalCycle.query(on: app.db).filter(\.$staffMember.$id == jo).first())
                #expect(p3.endDate.iso == "2026-06-01" && p3.endDue.iso == "2026-07-01" && p3.midtermDate.iso == "2026-03-24")
                #expect(try await StaffMember.find(jo, on: app.db)?.contractType == .regular)
                let audit = try await AuditEvent.query(on: app.db).filter(\.$kind ~~ [.contractChange, .appraisalCycle]).all()
                #expect(audit.contains { $0.kind == .contractChange && $0.summary.contains("from probation to regular fixed-term on 2026-06-01") })
                #expect(audit.contains { $0.action == .update && $0.summary.contains("Closed cycle P3 of Jo Junior on 2026-06-01") })

                // The schedule reads the history: opening on the change day opens R1 from it.
                let opened = try await hr.openCycles(asOf: "2026-06-01").body.string
                #expect(opened.contains("Opened 1 cycle"))
                let cycles = try await AppraisalCycle.query(on: app.db).filter(\.$staffMember.$id == jo).sort(\.$startDate).all()
                #expect(cycles.map { "\($0.label) \($0.contractType.rawValue) \($0.startDate.iso)→\($0.endDate.iso)" }
                    == ["P3 probation 2026-01-15→2026-06-01", "R1 regular 2026-06-01→2028-01-01"])

                // Editing the record may no longer re-time the cycles.
                try await hr.get(.editStaff(jo))
                let edit = try await hr.post(.editStaff(jo), [
                    "name": "Jo Junior", "email": "jo.junior@example.org", "staffNumber": "J1", "grade": "P3", "jobTitle": "Officer",
                    "unit": org.policy.id!.uuidString, "supervisor": "R1", "entryOnDuty": "2024-02-01", "contractType": "technical_cooperation",
                    "status": "active",
                ])
                #expect(edit.status == .unprocessableEntity)
                #expect(edit.body.string.contains("Entry on duty cannot change from 2024-01-15"))
                #expect(edit.body.string.contains("The contract type cannot be edited here once cycles are open"))
                try await hr.get(.importStaff)
                let csv = StaffImportRouteTests.header + "J1,Jo Junior,jo.junior@example.org,P3,Officer,POL,R1,2024-01-15,technical_cooperation\n"
                let imported = try await hr.upload(.importStaff, field: "file", filename: "staff.csv", content: csv)
                #expect(imported.status == .unprocessableEntity)
                #expect(imported.body.string.contains("Line 2, contract_type: The contract type cannot be edited here once cycles are open"))
                #expect(try await StaffMember.find(jo, on: app.db)?.contractType == .regular)
                // Until the change takes effect on 1 June, a file still giving probation is no edit, and the record keeps regular.
                let before = StaffImportRouteTests.header + "J1,Jo Junior,jo.junior@example.org,P3,Officer,POL,R1,2024-01-15,probation\n"
                #expect(try await hr.upload(.importStaff, field: "file", filename: "staff.csv", content: before).status == .seeOther)
                #expect(try await StaffMember.find(jo, on: app.db)?.contractType == .regular)
            }
        }

        @Test func theAPIRecordsAChangeForHROnlyAndNamesBadInput() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                #expect(try await hr.postBody("/api/v1/cycles/open", #"{"asOf": "2026-03-01"}"#, contentType: "application/json").status == .ok)
                let path = "/api/v1/staff/\(org.report.id!.uuidString.lowercased())/contract-changes"
                let manager = try await Browser.signedIn(app, as: org.manager)
                let refused = try await manager.postBody(path, #"{"contractType": "technical_cooperation", "effectiveOn": "2026-09-01"}"#,
                                                         contentType: "application/json")
                #expect(refused.status == .forbidden)
                let bad = try await hr.postBody(path, #"{"contractType": "regular", "effectiveOn": "2026-09-01"}"#, contentType: "application/json")
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.headers.contentType?.description.hasPrefix("application/problem+json") == true)
                #expect(bad.body.string.contains("The contract is already regular fixed-term on 2026-09-01"))
                #expect(try await ContractChange.query(on: app.db).count() == 0)
                // MUT
                let created = try await hr.postBody(path, #"{"contractType": "technical_cooperation", "effectiveOn": "2026-01-20"}"#,
                                                    contentType: "application/json")
                // validate
                #expect(created.status == .created)
                struct Recorded: Decodable {
                    struct Cycle: Decodable { let label: String; let end: String; let forms: [Form] }
                    struct Form: Decodable { let kind: String }
                    let contractType: String
                    let previousType: String
                    let closedCycle: Cycle?
                }
                let body = try JSONDecoder().decode(Recorded.self, from: Data(created.body.string.utf8))
                #expect(body.contractType == "technical_cooperation" && body.previousType == "regular")
                #expect(body.closedCycle?.label == "R2" && body.closedCycle?.end == "2026-01-20" && body.closedCycle?.forms.map(\.kind) == ["beginning"])
                // The Beginning of Cycle, due 1 February, is now due when the cycle closed, and the lists read that.
                let beginning = try #require(try await MidtermAndEndOfCycleTests.form(.beginning, of: org.report.id!, app))
                #expect(beginning.dueOn.iso == "2026-01-20")
                let cycles = try await hr.get("/api/v1/staff/\(org.report.id!.uuidString.lowercased())/cycles").body.string
                #expect(cycles.contains(#""label":"T1""#) || cycles.contains(#""label" : "T1""#))
            }
        }
    
        @Test func aChangeRecordedByMistakeIsWithdrawnUntilACycleRunsUnderIt() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                #expect(try await hr.openCycles(asOf: "2026-03-01").status == .ok)
                let jo = org.junior.id!
                let api = "/api/v1/staff/\(jo.uuidString.lowercased())/contract-changes/2026-06-01"
                func record() async throws {
                    try await hr.get(.contractChange(jo))
                    let recorded = try await hr.post(.contractChange(jo), ["contractType": "regular", "effectiveOn": "2026-06-01"])
                    try #require(recorded.status == .seeOther)
                }
                func p3End() async throws -> String? {
                    try await AppraisalCycle.query(on: app.db).filter(\.$staffMember.$id == jo).filter(\.$label == "P3").first()?.endDate.iso
                }
                try await record()
                #expect(try await p3End() == "2026-06-01")
                let page = try await hr.get(.contractChange(jo)).body.string
                #expect(page.contains("Withdraw the change to regular fixed-term from 1 June 2026"))
                let confirm = try await hr.get(.withdrawContractChange(jo)).body.string
                #expect(confirm.contains("Withdraw the change to regular fixed-term from 1 June 2026?"))
                #expect(confirm.contains("Jo Junior&#39;s contract will be probation again"))
                let manager = try await Browser.signedIn(app, as: org.manager)
                #expect(try await manager.post(.withdrawContractChange(jo), ["effectiveOn": "2026-06-01"]).status == .forbidden)
                #expect(try await manager.sendBody(.DELETE, api, "", contentType: "application/json").status == .forbidden)

                // MUT: withdrawn on the page.
                let withdrawn = try await hr.post(.withdrawContractChange(jo), ["effectiveOn": "2026-06-01"])
                // validate
                #expect(withdrawn.status == .seeOther)
                let profile = try await hr.get(.staffMember(jo)).body.string
                #expect(profile.contains("The change to regular fixed-term on 2026-06-01 is withdrawn: Jo Junior&#39;s contract is probation again. "
                    + "Cycle P3 runs to 2028-01-01 again, its End of Cycle due by 2028-02-01."))
                #expect(try await ContractChange.query(on: app.db).count() == 0)
                #expect(try await StaffMember.find(jo, on: app.db)?.contractType == .probation)
                #expect(try await p3End() == "2028-01-01")
                #expect(try await AuditEvent.query(on: app.db).filter(\.$action == .withdraw).all().map(\.summary)
                    == ["Withdrew the change of contract of Jo Junior (J1) from probation to regular fixed-term on 2026-06-01"])

                // MUT: recorded again, withdrawn through the API.
                try await record()
                let deleted = try await hr.sendBody(.DELETE, api, "", contentType: "application/json")
                // validate
                #expect(deleted.status == .ok)
                #expect(deleted.body.string.contains(#""withdrawnType":"regular""#) || deleted.body.string.contains(#""withdrawnType" : "regular""#))
                #expect(try await p3End() == "2028-01-01")
                #expect(try await hr.sendBody(.DELETE, api, "", contentType: "application/json").status == .notFound)

                // Once R1 runs under the change, it stays: the page and the API say why, and nothing moves.
                try await record()
                #expect(try await hr.openCycles(asOf: "2026-06-01").body.string.contains("Opened 1 cycle"))
                let refusal = "Cycle R1 has been opened from 2026-06-01 under the change, so it can no longer be withdrawn"
                let refusedPage = try await hr.get(.contractChange(jo)).body.string
                #expect(refusedPage.contains(refusal) && !refusedPage.contains("Withdraw the change to"))
                #expect(try await hr.get(.withdrawContractChange(jo)).status == .conflict)
                let refused = try await hr.post(.withdrawContractChange(jo), ["effectiveOn": "2026-06-01"])
                #expect(refused.status == .conflict && refused.body.string.contains(refusal))
                let refusedAPI = try await hr.sendBody(.DELETE, api, "", contentType: "application/json")
                #expect(refusedAPI.status == .conflict && refusedAPI.body.string.contains(refusal))
                #expect(try await ContractChange.query(on: app.db).count() == 1)
                #expect(try await p3End() == "2026-06-01")
            }
        }
    }
}
