import StrideCore
import Testing

@Suite struct StaffInputTests {
    let valid = StaffInput(name: " Jane Doe ", email: "Jane.Doe@Example.org", staffNumber: "S100", grade: "P3",
                           jobTitle: "Analyst", entryOnDuty: "2026-03-01", contractType: "probation", status: "")

    @Test func producesTrimmedTypedDetails() throws {
        let details = try #require(valid.validate().value)
        #expect(details.name == "Jane Doe")
        #expect(details.email == "jane.doe@example.org")
        #expect(details.entryOnDuty == CalendarDate(year: 2026, month: 3, day: 1))
        #expect(details.contractType == .probation)
        #expect(details.status == .active)
    }

    @Test func listsEveryProblemInFieldOrderWithAMessageSayingWhatToDo() {
        let errors = StaffInput(email: "not-an-email", staffNumber: "S 1", entryOnDuty: "2026-02-30", contractType: "x").validate().errors
        #expect(errors == [
            FieldError("name", "Enter the person's full name"),
            FieldError("email", "Enter an email address in the correct format, like name@example.org"),
            FieldError("staffNumber", "Staff ID must not contain spaces or commas"),
            FieldError("grade", "Enter a grade, like P3 or G5"),
            FieldError("jobTitle", "Enter a job title"),
            FieldError("entryOnDuty", "Entry on duty date must be a real date, like 2026-03-01"),
            FieldError("contractType", "Select a contract type"),
        ])
    }

    @Test func errorsFollowThePageOrder() {
        let errors = [FieldError("lead", "a"), FieldError("name", "b"), FieldError("other", "c"), FieldError("name", "d")]
        #expect(errors.inFieldOrder(["name", "kind", "lead"]).map(\.message) == ["b", "d", "a", "c"])
    }

    @Test func limitsLength() {
        var input = valid
        input.name = String(repeating: "x", count: 201)
        #expect(input.validate().errors == [FieldError("name", "Name must be 200 characters or fewer")])
    }

    @Test func unitCodesAreNormalisedAndChecked() {
        #expect(UnitInput(name: "Human Resources", code: " hrd-pol ").validate().value?.code == "HRD-POL")
        #expect(UnitInput(name: "X", code: "H R").validate().errors.map(\.field) == ["code"])
    }

    @Test func workgroupsNeedAKindAndPurpose() {
        let errors = WorkgroupInput(name: "Squad", kind: "gang", purpose: "", endDate: "soon").validate().errors
        #expect(errors.map(\.field) == ["kind", "purpose", "endDate"])
        let ok = WorkgroupInput(name: "Squad", kind: "outcome_squad", purpose: "Ship it", endDate: "2027-01-31").validate()
        #expect(ok.value?.endDate?.iso == "2027-01-31")
    }

    @Test func contractTypesAcceptSpreadsheetSpellings() {
        #expect(ContractType(lenient: "Technical Cooperation") == .technicalCooperation)
        #expect(ContractType(lenient: "TC") == .technicalCooperation)
        #expect(ContractType(lenient: "Regular fixed-term") == .regular)
        #expect(ContractType(lenient: "permanent") == nil)
    }
}
