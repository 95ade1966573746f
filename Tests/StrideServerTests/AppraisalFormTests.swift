import Fluent
import Foundation
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// The Beginning of Cycle through its pages: drafted, submitted, signed by both, sent to
    /// the Board and reviewed; with who may do what at each step, and what a signature fixes.
    @Suite struct AppraisalFormTests {
        /// The seeded organisation with everyone's cycle open, an outcome for the Policy Unit and
        /// the demo's competency framework; Raj's Beginning of Cycle form, appraised by Mona.
        struct Setup {
            let org: Org
            let formID: UUID
            let outcomeID: UUID
            let skills: [UUID]
        }

        static func setUp(_ app: Application) async throws -> Setup {
            let org = try await Org.seed(app)
            let context = app.serviceContext()
            let framework = try await FrameworkStore.save(DemoFramework.make(importedAt: testNow), in: context)
            try await CompetencyFramework.mark(framework.id, in: context)
            let outcome = UnitOutcome()
            outcome.id = UUID()
            outcome.$unit.id = org.policy.id!
            outcome.details = UnitOutcomeDetails(title: "Policy advice adopted", description: nil,
                                                 periodStart: CalendarDate(iso: "2026-01-01")!, periodEnd: CalendarDate(iso: "2028-01-01")!)
            outcome.recordVersion = 1
            try await outcome.create(on: app.db)
            _ = try await CycleOpener.openCycles(asOf: CalendarDate(iso: "2026-03-01")!, in: context)
            let cycle = try #require(try await AppraisalCycle.query(on: app.db).filter(\.$staffMember.$id == org.report.id!).first())
            let form = try #require(try await AppraisalForm.query(on: app.db).filter(\.$cycle.$id == cycle.id!).first())
            let skills = try await CompetencyFramework.competencies(on: app.db).map(\.id)
            return Setup(org: org, formID: form.id!, outcomeID: outcome.id!, skills: skills)
        }

        /// A complete Beginning of Cycle as the page posts it.
        static func complete(_ setup: Setup, outputs: Int = 3, version: Int, intent: String = "submit") -> [String: String] {
            var fields = ["intent": intent, "version": String(version), "output-count": String(outputs), "competency-count": "3",
                          "objective": "Lead a policy brief end to end", "planned-actions": "Drafting course; shadow the unit chief",
                          // Raj supervises Jo, so his form has the managerial accountabilities.
                          "managing-performance": "Monthly check-ins", "developing-staff": "A course for Jo",
                          "organisational-targets": "Balanced shortlists"]
            for n in 1...outputs {
                fields["output-\(n)-description"] = "Output \(n): a policy paper"
                fields["output-\(n)-measures"] = "Adopted by the Governing Body"
                fields["output-\(n)-timeline"] = "By June 2027"
                fields["output-\(n)-resources"] = "Two weeks of a researcher"
                fields["output-\(n)-outcome"] = setup.outcomeID.uuidString.lowercased()
            }
            for n in 1...3 {
                fields["competency-\(n)-skill"] = setup.skills[n - 1].uuidString.lowercased()
                fields["competency-\(n)-demonstration"] = "Shown in competency \(n)"
            }
            return fields
        }

        static func form(_ id: UUID, _ app: Application) async throws -> AppraisalForm {
            try #require(try await AppraisalForm.find(id, on: app.db))
        }

        @Test func theWholeBeginningOfCycleFromDraftToTheBoardsReview() async throws {
            try await withStrideApp { app, _ in
                let setup = try await Self.setUp(app)
                let org = setup.org
                let raj = try await Browser.signedIn(app, as: org.report)
                let mine = try await raj.get(.myAppraisal).body.string
                #expect(mine.contains(StridePath.appraisalForm(setup.formID).href) && mine.contains("Waiting for you"), "a draft is his to write")
                let edit = try await raj.get(.editAppraisalForm(setup.formID))
                #expect(edit.status == .ok)
                #expect(edit.body.string.contains("Policy advice adopted (2026–2027)"))
                #expect(edit.body.string.contains("Communication (COMM)"))

                // A draft saves incomplete.
                let draft = try await raj.post(.editAppraisalForm(setup.formID),
                                               ["intent": "save-draft", "version": "1", "output-count": "3", "output-1-description": "A paper"])
                #expect(draft.status == .seeOther)
                var stored = try await Self.form(setup.formID, app)
                #expect(stored.state == .draft && stored.recordVersion == 2 && stored.content.contains("A paper"))

                // Submitting an incomplete form names every problem and writes nothing.
                let incomplete = try await raj.post(.editAppraisalForm(setup.formID),
                                                    ["intent": "submit", "version": "2", "output-count": "2", "output-1-description": "A paper"])
                #expect(incomplete.status == .unprocessableEntity)
                let problems = incomplete.body.string
                #expect(problems.contains("Outputs: add at least 3 (you have 2)"))
                #expect(problems.contains("href=\"#output-1-measures\""))
                #expect(problems.contains("Developmental objective: describe it"))
                #expect(try await Self.form(setup.formID, app).recordVersion == 2)

                // Adding an output keeps what was typed.
                let added = try await raj.post(.editAppraisalForm(setup.formID), Self.complete(setup, version: 2, intent: "add-output"))
                #expect(added.status == .ok)
                #expect(added.body.string.contains("Output 4 of 4") && added.body.string.contains("Output 3: a policy paper"))

                // Submitted complete: in discussion for both to sign.
                let submitted = try await raj.post(.editAppraisalForm(setup.formID), Self.complete(setup, version: 2))
                #expect(submitted.status == .seeOther)
                stored = try await Self.form(setup.formID, app)
                #expect(stored.state == .inDiscussion)
                let content = try JSONDecoder().decode(BeginningOfCycle.self, from: Data(stored.content.utf8))
                #expect(content.outputs.count == 3 && content.competencies.map(\.skillID) == Array(setup.skills.prefix(3)))

                // The manager cannot sign first; Raj cannot sign for the manager.
                let mona = try await Browser.signedIn(app, as: org.manager)
                try await mona.get(.appraisalForm(setup.formID))
                #expect(try await mona.post(.appraisalFormTransitions(setup.formID), ["action": "sign_as_manager"]).status == .conflict)
                try await raj.get(.appraisalForm(setup.formID))
                #expect(try await raj.post(.appraisalFormTransitions(setup.formID), ["action": "sign_as_manager"]).status == .forbidden)

                // Raj signs with a statement of disagreement.
                let signed = try await raj.post(.appraisalFormTransitions(setup.formID),
                                                ["action": "sign_as_staff", "version": String(stored.recordVersion),
                                                 "sign_as_staff-statement": "The timeline for output 2 is too short."])
                #expect(signed.status == .seeOther)
                stored = try await Self.form(setup.formID, app)
                #expect(stored.state == .staffSigned && stored.staffStatement == "The timeline for output 2 is too short.")
                #expect(stored.staffSignedHash == AppraisalFormService.contentHash(stored.content))

                // Mona signs; the form is now immutable for everyone, HR included.
                try await mona.get(.appraisalForm(setup.formID))
                #expect(try await mona.post(.appraisalFormTransitions(setup.formID), ["action": "sign_as_manager"]).status == .seeOther)
                stored = try await Self.form(setup.formID, app)
                #expect(stored.state == .signed && stored.managerSignedBy == org.manager.id)
                try await raj.get(.appraisalForm(setup.formID))
                let late = try await raj.post(.editAppraisalForm(setup.formID), Self.complete(setup, version: stored.recordVersion, intent: "save-draft"))
                #expect(late.status == .conflict)
                #expect(late.body.string.contains("signed by both and can no longer be changed"))
                let hr = try await Browser.signedIn(app, as: org.hr)
                #expect(try await hr.get(.editAppraisalForm(setup.formID)).status == .conflict)

                // Mona sends it to the Board; a Board member reviews it and sees the statement.
                try await mona.get(.appraisalForm(setup.formID))
                #expect(try await mona.post(.appraisalFormTransitions(setup.formID), ["action": "send_to_reports_board"]).status == .seeOther)
                try await RoleGrant(staffMemberID: org.other.id!, role: .reportsBoardMember, grantedByID: nil).create(on: app.db)
                let board = try await Browser.signedIn(app, as: org.other)
                let review = try await board.get(.appraisalForm(setup.formID)).body.string
                #expect(review.contains("The timeline for output 2 is too short.") && review.contains("Mark as reviewed"))
                #expect(try await board.post(.appraisalFormTransitions(setup.formID), ["action": "review", "review-comment": "Well aligned."])
                    .status == .seeOther)
                stored = try await Self.form(setup.formID, app)
                #expect(stored.state == .reviewed)

                // Every step is in the form's history and the audit trail.
                let steps = try await AppraisalFormEvent.query(on: app.db).filter(\.$form.$id == setup.formID).sort(\.$recordVersion).all()
                #expect(steps.map(\.action) == ["save", "save", "submit", "sign_as_staff", "sign_as_manager", "send_to_reports_board", "review"])
                #expect(steps.last?.comment == "Well aligned.")
                let audit = try await AuditEvent.query(on: app.db).filter(\.$kind == .appraisalForm).all().map(\.action)
                #expect(audit.filter { $0 == .sign }.count == 2 && audit.filter { $0 == .transition }.count == 3)
                let page = try await raj.get(.appraisalForm(setup.formID)).body.string
                #expect(page.contains("Signed as the manager") && page.contains("Reviewed by the Reports Board"))
                #expect(try await raj.get(.printAppraisalForm(setup.formID)).body.string.contains("Statement of disagreement"))
            }
        }

        @Test func onlyThePartiesWriteAndOthersSeeByTheirPlace() async throws {
            try await withStrideApp { app, _ in
                let setup = try await Self.setUp(app)
                let org = setup.org
                // Jo (Raj's report) and Pat (no relation) may not see it; the chief above may read but not write.
                for outsider in [org.junior, org.peer, org.other] {
                    let browser = try await Browser.signedIn(app, as: outsider)
                    #expect(try await browser.get(.appraisalForm(setup.formID)).status == .forbidden, "\(outsider.name)")
                }
                let chief = try await Browser.signedIn(app, as: org.chief)
                #expect(try await chief.get(.appraisalForm(setup.formID)).status == .ok)
                #expect(try await chief.get(.editAppraisalForm(setup.formID)).status == .forbidden)
                #expect(try await chief.post(.editAppraisalForm(setup.formID), Self.complete(setup, version: 1)).status == .forbidden)
                #expect(try await chief.post(.appraisalFormTransitions(setup.formID), ["action": "submit"]).status == .forbidden)
                #expect(try await Self.form(setup.formID, app).recordVersion == 1)

                // The manager drafts and submits; a send-back needs a reason, named on the page.
                let mona = try await Browser.signedIn(app, as: org.manager)
                try await mona.get(.editAppraisalForm(setup.formID))
                #expect(try await mona.post(.editAppraisalForm(setup.formID), Self.complete(setup, version: 1)).status == .seeOther)
                let raj = try await Browser.signedIn(app, as: org.report)
                try await raj.get(.appraisalForm(setup.formID))
                let noReason = try await raj.post(.appraisalFormTransitions(setup.formID), ["action": "send_back"])
                #expect(noReason.status == .unprocessableEntity)
                #expect(noReason.body.string.contains("href=\"#send_back-comment\""))
                #expect(noReason.body.string.contains("Say why the form goes back to draft."))
                #expect(try await Self.form(setup.formID, app).state == .inDiscussion)

                // Raj signs; Mona then changes the form, which withdraws his signature.
                #expect(try await raj.post(.appraisalFormTransitions(setup.formID), ["action": "sign_as_staff"]).status == .seeOther)
                let version = try await Self.form(setup.formID, app).recordVersion
                try await mona.get(.editAppraisalForm(setup.formID))
                var changed = Self.complete(setup, version: version, intent: "save-draft")
                changed["output-1-description"] = "A different paper"
                #expect(try await mona.post(.editAppraisalForm(setup.formID), changed).status == .seeOther)
                let stored = try await Self.form(setup.formID, app)
                #expect(stored.state == .inDiscussion && stored.staffSignedAt == nil && stored.staffSignedHash == nil)

                // A page drawn before that change is stale: a signature from it is refused.
                #expect(try await raj.post(.appraisalFormTransitions(setup.formID), ["action": "sign_as_staff", "version": String(version)])
                    .status == .conflict)
                // Bad input: an unknown action, text with control characters.
                #expect(try await raj.post(.appraisalFormTransitions(setup.formID), ["action": "approve"]).status == .badRequest)
                try await mona.get(.editAppraisalForm(setup.formID))
                var bad = Self.complete(setup, version: stored.recordVersion, intent: "save-draft")
                bad["objective"] = "Bell \u{07}"
                let refused = try await mona.post(.editAppraisalForm(setup.formID), bad)
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.body.string.contains("href=\"#objective\""))
                #expect(try await Self.form(setup.formID, app).recordVersion == stored.recordVersion)
            }
        }
    
        @Test func aReturnedFormIsCorrectedAndItsSignedVersionStaysReadable() async throws {
            try await withStrideApp { app, _ in
                let setup = try await Self.setUp(app)
                let org = setup.org
                let context = app.serviceContext()
                let staff = Viewer(staffID: org.report.id!, roles: []), manager = Viewer(staffID: org.manager.id!, roles: [])
                let choices = try await BeginningOfCycleChoices.load(for: try #require(try await AppraisalFormLookup.load(setup.formID, on: app.db, today: CalendarDate(utc: testNow))),
                                                                      on: app.db)
                let content = BeginningOfCycleForm(posted: Self.complete(setup, version: 1)).content(managesOthers: true, newKey: UUID.init)
                _ = try await AppraisalFormService.save(content, problems: [], then: .submit, formID: setup.formID, version: 1, viewer: staff,
                                                        in: context.acting(as: staff.staffID))
                for (action, viewer, statement) in [(AppraisalAction.signAsStaff, staff, "I would add a fourth output."),
                                                    (.signAsManager, manager, nil), (.sendToReportsBoard, manager, nil)] {
                    _ = try await AppraisalFormService.transition(.init(action: action, comment: nil, statement: statement, version: nil),
                                                                  formID: setup.formID, viewer: viewer, in: context.acting(as: viewer.staffID))
                }
                #expect(choices.managesOthers)
                let signedVersion = try await Self.form(setup.formID, app).recordVersion - 1

                // The Board returns it with a reason; the signatures go, the signed version stays.
                try await RoleGrant(staffMemberID: org.other.id!, role: .reportsBoardMember, grantedByID: nil).create(on: app.db)
                let board = try await Browser.signedIn(app, as: org.other)
                try await board.get(.appraisalForm(setup.formID))
                #expect(try await board.post(.appraisalFormTransitions(setup.formID), ["action": "return"]).status == .unprocessableEntity)
                #expect(try await board.post(.appraisalFormTransitions(setup.formID), ["action": "return", "return-comment": "Make output 2 measurable."])
                    .status == .seeOther)
                var stored = try await Self.form(setup.formID, app)
                #expect(stored.state == .returned && stored.staffSignedAt == nil && stored.managerSignedAt == nil)
                #expect(try await board.get(.editAppraisalForm(setup.formID)).status == .forbidden, "the Board does not write the form")

                let raj = try await Browser.signedIn(app, as: org.report)
                let page = try await raj.get(.appraisalForm(setup.formID)).body.string
                #expect(page.contains("The Reports Board&#39;s reason") && page.contains("Make output 2 measurable."))
                let old = try await raj.get(StridePath.appraisalForm(setup.formID).href + "?version=\(signedVersion)")
                #expect(old.status == .ok)
                #expect(old.body.string.contains("Raj Report") && old.body.string.contains("Mona Manager"))
                #expect(old.body.string.contains("I would add a fourth output."))
                #expect(try await raj.get(StridePath.appraisalForm(setup.formID).href + "?version=99").status == .notFound)

                // Corrected and submitted again, it goes round once more.
                try await raj.get(.editAppraisalForm(setup.formID))
                var corrected = Self.complete(setup, version: stored.recordVersion)
                corrected["output-2-measures"] = "Two papers adopted by June 2027"
                #expect(try await raj.post(.editAppraisalForm(setup.formID), corrected).status == .seeOther)
                stored = try await Self.form(setup.formID, app)
                #expect(stored.state == .inDiscussion && stored.content.contains("Two papers adopted by June 2027"))
            }
        }

        @Test func myTeamShowsWhatWaitsForTheManager() async throws {
            try await withStrideApp { app, _ in
                let setup = try await Self.setUp(app)
                let org = setup.org
                let content = BeginningOfCycleForm(posted: Self.complete(setup, version: 1)).content(managesOthers: true, newKey: UUID.init)
                _ = try await AppraisalFormService.save(content, problems: [], then: .submit, formID: setup.formID, version: nil,
                                                        viewer: Viewer(staffID: org.report.id!, roles: []), in: app.serviceContext().acting(as: org.report.id!))
                _ = try await AppraisalFormService.transition(.init(action: .signAsStaff, comment: nil, statement: nil, version: nil), formID: setup.formID,
                                                              viewer: Viewer(staffID: org.report.id!, roles: []), in: app.serviceContext())
                let mona = try await Browser.signedIn(app, as: org.manager)
                let team = try await mona.get(.myTeam).body.string
                #expect(team.contains(">Raj Report</a>") && team.contains("Signed by the staff member"))
                #expect(team.contains("Waiting for you") && team.contains("1 form waits for you."))
                let home = try await mona.get(.home).body.string
                #expect(home.contains(">My team</a>"))
                // Once Mona signs too, the Mid-term Review to write is the work in hand, not the
                // signed Beginning of Cycle still waiting to be sent to the Board.
                _ = try await AppraisalFormService.transition(.init(action: .signAsManager, comment: nil, statement: nil, version: nil),
                                                              formID: setup.formID, viewer: Viewer(staffID: org.manager.id!, roles: []),
                                                              in: app.serviceContext().acting(as: org.manager.id!))
                let later = try await mona.get(.myTeam).body.string
                #expect(later.contains("Mid-term Review</a>") && !later.contains("Beginning of Cycle</a>"))
                // Returned by the Board, the Beginning of Cycle to correct comes first again.
                try await RoleGrant(staffMemberID: org.peer.id!, role: .reportsBoardMember, grantedByID: nil).create(on: app.db)
                for (action, who, roles) in [(AppraisalAction.sendToReportsBoard, org.manager.id!, Set<Role>()),
                                             (.returnToParties, org.peer.id!, [.reportsBoardMember])] {
                    _ = try await AppraisalFormService.transition(.init(action: action, comment: "Output 2 needs a measure", statement: nil, version: nil),
                                                                  formID: setup.formID, viewer: Viewer(staffID: who, roles: roles),
                                                                  in: app.serviceContext().acting(as: who))
                }
                let returned = try await mona.get(.myTeam).body.string
                #expect(returned.contains("Beginning of Cycle</a>") && returned.contains("Returned by the Reports Board"))
                // Raj leads Jo's appraisal: her Beginning of Cycle (P3, due 15 February 2026) is overdue.
                let raj = try await Browser.signedIn(app, as: org.report)
                let his = try await raj.get(.myTeam).body.string
                #expect(his.contains(">Jo Junior</a>") && his.contains("Overdue") && his.contains("Waiting for you"), "a draft is both parties' to write")
                let pat = try await Browser.signedIn(app, as: org.peer)
                let patTeam = try await pat.get(.myTeam).body.string
                #expect(patTeam.contains("appraisal is yours to lead."), "\(patTeam.suffix(800))")
                let patHome = try await pat.get(.home).body.string
                #expect(!patHome.contains(">My team</a>"))
            }
        }

        @Test func checkInNotesAreTheTwoPartiesDialogue() async throws {
            try await withStrideApp { app, _ in
                let setup = try await Self.setUp(app)
                let org = setup.org
                let cycleID = try #require(try await AppraisalForm.find(setup.formID, on: app.db)?.$cycle.id)
                let raj = try await Browser.signedIn(app, as: org.report)
                let mine = try await raj.get(.myAppraisal).body.string
                #expect(mine.contains(StridePath.cycleTimeline(cycleID).href))
                try await raj.get(.cycleTimeline(cycleID))
                let empty = try await raj.post(.cycleCheckIns(cycleID), ["note": "  "])
                #expect(empty.status == .unprocessableEntity && empty.body.string.contains("Write the note"))
                #expect(try await raj.post(.cycleCheckIns(cycleID), ["note": "We agreed to review output 2 in May."]).status == .seeOther)
                #expect(try await CycleCheckIn.query(on: app.db).count() == 1)
                #expect(try await AuditEvent.query(on: app.db).filter(\.$kind == .checkIn).count() == 1)

                let mona = try await Browser.signedIn(app, as: org.manager)
                #expect(try await mona.get(.cycleTimeline(cycleID)).body.string.contains("We agreed to review output 2 in May."))
                let hr = try await Browser.signedIn(app, as: org.hr)
                let hrPage = try await hr.get(.cycleTimeline(cycleID)).body.string
                #expect(hrPage.contains("We agreed to review output 2 in May.") && !hrPage.contains("Add a check-in note"))
                #expect(try await hr.post(.cycleCheckIns(cycleID), ["note": "HR was here"]).status == .forbidden)
                // The chief above sees the cycle's dates and forms, not the dialogue.
                let chief = try await Browser.signedIn(app, as: org.chief)
                let chiefPage = try await chief.get(.cycleTimeline(cycleID))
                #expect(chiefPage.status == .ok && !chiefPage.body.string.contains("We agreed"))
                let pat = try await Browser.signedIn(app, as: org.peer)
                #expect(try await pat.get(.cycleTimeline(cycleID)).status == .forbidden)
                #expect(try await CycleCheckIn.query(on: app.db).count() == 1)
            }
        }

        @Test func aDelegateAppraisesUntilTheDelegationIsRevoked() async throws {
            try await withStrideApp { app, _ in
                let setup = try await Self.setUp(app)
                let org = setup.org
                // The chief of Head Office (and so of the Policy Unit) delegates Raj's appraisal to Pat.
                let chief = try await Browser.signedIn(app, as: org.chief)
                try await chief.get(.delegations)
                let bad = try await chief.post(.delegations, ["staffNumber": "R1", "delegateNumber": "O1", "startsOn": "2026-03-01"])
                #expect(bad.status == .unprocessableEntity && bad.body.string.contains("Choose a manager in a unit you head."))
                let unknown = try await chief.post(.delegations, ["staffNumber": "Z9", "delegateNumber": "P1", "startsOn": "2026-03-01"])
                #expect(unknown.body.string.contains("No active staff member has the staff ID or email Z9"))
                let own = try await chief.post(.delegations, ["staffNumber": "C1", "delegateNumber": "M1", "startsOn": "2026-03-01"])
                #expect(own.body.string.contains("Nobody delegates their own appraisal: ask HR."))
                #expect(try await AppraisalDelegation.query(on: app.db).count() == 0)
                #expect(try await chief.post(.delegations, ["staffNumber": "R1", "delegateNumber": "P1", "startsOn": "2026-03-01"]).status == .seeOther)
                let list = try await chief.get(.delegations).body.string
                #expect(list.contains("Raj Report (R1)") && list.contains("Pat Peer (P1)") && list.contains("Running"))

                // Pat now acts as Raj's manager: sees and edits the form, finds it on My team.
                let pat = try await Browser.signedIn(app, as: org.peer)
                #expect(try await pat.get(.editAppraisalForm(setup.formID)).status == .ok)
                #expect(try await pat.get(.myTeam).body.string.contains(">Raj Report</a>"))
                // Mona, his supervisor, still sees it but no longer writes it.
                let mona = try await Browser.signedIn(app, as: org.manager)
                #expect(try await mona.get(.appraisalForm(setup.formID)).status == .ok)
                #expect(try await mona.get(.editAppraisalForm(setup.formID)).status == .forbidden)
                // Nobody else delegates in Head Office's units.
                #expect(try await mona.get(.delegations).status == .forbidden)

                let id = try #require(try await AppraisalDelegation.query(on: app.db).first()?.id)
                try await chief.get(.delegations)
                #expect(try await chief.post(.revokeDelegation(id)).status == .seeOther)
                #expect(try await chief.post(.revokeDelegation(id)).status == .conflict)
                #expect(try await pat.get(.appraisalForm(setup.formID)).status == .forbidden, "the delegate stops when revoked")
                #expect(try await mona.get(.editAppraisalForm(setup.formID)).status == .ok)
                let audit = try await AuditEvent.query(on: app.db).filter(\.$kind == .delegation).all().map(\.action)
                #expect(Set(audit) == [.create, .revoke])
            }
        }
    }
}
