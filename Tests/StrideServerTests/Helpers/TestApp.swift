import Fluent
import Foundation
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

/// The instant every test sees as "now": 1 March 2026, 09:00 UTC.
let testNow = Date(timeIntervalSince1970: 1_772_355_600)

/// Boots the real app on a fresh database for one test: a temporary SQLite file, or the
/// PostgreSQL database named by `DATABASE_URL` (emptied and migrated again), then shuts down
/// even when the test fails.
func withStrideApp(ids: (any IDGenerator)? = nil, apiRateLimit: Int? = nil, _ test: (Application, FixedClock) async throws -> Void) async throws {
    let clock = FixedClock(testNow)
    let app = try await Application.make(.testing)
    let usesPostgres = !(ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("stride-test-\(UUID().uuidString).sqlite").path
    do {
        try await configure(app, storage: usesPostgres ? nil : .sqliteFile(path: file), clock: clock, ids: ids, apiRateLimit: apiRateLimit)
        if usesPostgres { try await app.autoRevert() }
        try await app.migrateSchema()
        try await test(app, clock)
    } catch {
        try? await app.asyncShutdown()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
        throw error
    }
    try await app.asyncShutdown()
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
}

/// A small organisation whose relationships every access test relies on:
///
///     Head Office (HO, chief: Chief)            Field Office (FO)
///       └─ Policy Unit (POL)                      Other
///     Chief ─ supervises ─ Manager ─ supervises ─ Report ─ supervises ─ Junior
///
/// Manager, Report and Junior work in POL; HR works in HO; Other is in FO with no supervisor;
/// Peer is in POL with no supervisor.
struct Org {
    let hr: StaffMember
    let chief: StaffMember
    let manager: StaffMember
    let report: StaffMember
    let junior: StaffMember
    let other: StaffMember
    /// In POL with no supervisor: outside every chain, seen by the chief only through the unit.
    let peer: StaffMember
    let headOffice: OrganisationalUnit
    let policy: OrganisationalUnit
    let field: OrganisationalUnit

    static let password = "a long test password"

    /// A delegation of `staff`'s appraisal to `delegate` from a day, with no end, written directly.
    @discardableResult
    static func delegate(_ staff: UUID, to delegate: UUID, from start: String, on db: any Database) async throws -> AppraisalDelegation {
        let delegation = AppraisalDelegation()
        delegation.createdAt = testNow
        delegation.startsOn = CalendarDate(iso: start)!
        delegation.$staffMember.id = staff
        delegation.delegateID = delegate
        try await delegation.create(on: db)
        return delegation
    }

    static func seed(_ app: Application) async throws -> Org {
        let db = app.db
        let ho = OrganisationalUnit(name: "Head Office", code: "HO")
        try await ho.create(on: db)
        let pol = OrganisationalUnit(name: "Policy Unit", code: "POL", parentID: ho.id)
        try await pol.create(on: db)
        let fo = OrganisationalUnit(name: "Field Office", code: "FO")
        try await fo.create(on: db)
        func person(_ number: String, _ name: String, unit: OrganisationalUnit, supervisor: StaffMember?,
                    contract: ContractType = .regular) async throws -> StaffMember {
            let email = name.lowercased().replacingOccurrences(of: " ", with: ".") + "@example.org"
            let details = StaffDetails(name: name, email: email, staffNumber: number, grade: "P3", jobTitle: "Officer",
                                       entryOnDuty: CalendarDate(iso: "2024-01-15")!, contractType: contract, status: .active)
            let staff = StaffMember(id: UUID(), details: details, unitID: unit.id, supervisor: supervisor)
            try await staff.create(on: db)
            try await StaffSearchIndex.insert([staff.searchEntry], on: db)
            let account = Account(staffMemberID: staff.id!)
            account.passwordHash = try await app.dependencies.passwords.hash(password)
            account.mustChangePassword = false
            try await account.create(on: db)
            return staff
        }
        let hr = try await person("H1", "Hana Resources", unit: ho, supervisor: nil)
        let chief = try await person("C1", "Chris Chief", unit: ho, supervisor: nil)
        let manager = try await person("M1", "Mona Manager", unit: pol, supervisor: chief)
        let report = try await person("R1", "Raj Report", unit: pol, supervisor: manager)
        let junior = try await person("J1", "Jo Junior", unit: pol, supervisor: report, contract: .probation)
        let other = try await person("O1", "Olu Other", unit: fo, supervisor: nil)
        let peer = try await person("P1", "Pat Peer", unit: pol, supervisor: nil)
        ho.chiefID = chief.id
        try await ho.save(on: db)
        try await RoleGrant(staffMemberID: hr.id!, role: .hrAdministrator, grantedByID: nil).create(on: db)
        return Org(hr: hr, chief: chief, manager: manager, report: report, junior: junior, other: other, peer: peer,
                   headOffice: ho, policy: pol, field: fo)
    }
}
