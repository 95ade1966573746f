import Fluent
import StrideCore
import Vapor

/// A small but realistic organisation to explore Stride with: five units under a
/// director-general, forty staff on all three contract types, three workgroups, a Reports
/// Board and an HR administrator, and a small competency framework. Every demo account shares
/// one password, printed at start.
enum DemoOrganisation {
    static let password = "stride-demo-2026"

    struct Login {
        let email: String
        let role: String
    }

    static let logins = [
        Login(email: "amara.okafor@demo.stride.example", role: "HR administrator"),
        Login(email: "lucia.fernandez@demo.stride.example", role: "Director-General's office chief, Reports Board member; a plan review waits"),
        Login(email: "kenji.watanabe@demo.stride.example", role: "Responsible chief of IT, manager; his upward feedback round is open"),
        Login(email: "sara.lindqvist@demo.stride.example", role: "Staff member on probation; four colleagues asked for feedback on her"),
        Login(email: "michael.obrien@demo.stride.example", role: "Manager; leads the People Systems Squad; upward feedback on Kenji; reads feedback on Sara"),
        Login(email: "sophie.martin@demo.stride.example", role: "Technical cooperation; rates Ana Silva's End of Cycle"),
        Login(email: "beatriz.costa@demo.stride.example", role: "Manager of a form the Reports Board returned; on an improvement plan"),
        Login(email: "john.mwangi@demo.stride.example", role: "Manager of a Mid-term Review with an adjusted output"),
        Login(email: "david.kim@demo.stride.example", role: "Programme officer: skills gaps, proposals, levels over time"),
        Login(email: "fatima.benali@demo.stride.example", role: "David Kim's manager: decides his skill levels; reads her upward feedback report"),
        Login(email: "ahmed.farouk@demo.stride.example", role: "Leads Field Operations Support: skills matrix, tasks by capability"),
        Login(email: "olga.ivanova@demo.stride.example", role: "A task from her workgroup on her home page"),
    ]

    private struct UnitSeed { let code, name: String; let parent: String? }
    private static let units = [
        UnitSeed(code: "ODG", name: "Office of the Director-General", parent: nil),
        UnitSeed(code: "HRD", name: "Human Resources Development", parent: "ODG"),
        UnitSeed(code: "PARDEV", name: "Partnerships and Field Support", parent: "ODG"),
        UnitSeed(code: "TECCOOP", name: "Technical Cooperation Programmes", parent: "PARDEV"),
        UnitSeed(code: "ITCOM", name: "Information and Technology", parent: "ODG"),
    ]

    /// staff number, name, grade, job title, unit, supervisor staff number, entry on duty, contract.
    private typealias StaffSeed = (String, String, String, String, String, String?, String, ContractType)
    private static let staff: [StaffSeed] = [
        ("S1001", "Lucia Fernandez", "D2", "Chief of Cabinet", "ODG", nil, "2015-02-01", .regular),
        ("S1002", "Thomas Müller", "P5", "Senior Policy Adviser", "ODG", "S1001", "2017-09-01", .regular),
        ("S1003", "Grace Mensah", "G6", "Executive Assistant", "ODG", "S1001", "2019-04-15", .regular),
        ("S1004", "Hamid Rahimi", "P3", "Strategy Officer", "ODG", "S1002", "2025-06-01", .probation),
        ("S1005", "Elena Petrova", "P4", "Evaluation Officer", "ODG", "S1002", "2016-11-01", .regular),
        ("S2001", "Amara Okafor", "P5", "Chief, Human Resources Development", "HRD", "S1001", "2014-05-01", .regular),
        ("S2002", "Jean Dupont", "P4", "HR Policy Officer", "HRD", "S2001", "2018-01-08", .regular),
        ("S2003", "Priya Nair", "P3", "Talent Development Officer", "HRD", "S2001", "2020-03-02", .regular),
        ("S2004", "Samuel Osei", "G5", "HR Assistant", "HRD", "S2002", "2021-07-19", .regular),
        ("S2005", "Mei Chen", "P2", "Learning Officer", "HRD", "S2003", "2026-01-05", .probation),
        ("S2006", "Omar Haddad", "G4", "Staff Records Clerk", "HRD", "S2002", "2022-10-03", .regular),
        ("S2007", "Ingrid Johansson", "P3", "Reports Board Secretary", "HRD", "S2001", "2019-08-12", .regular),
        ("S2008", "Carlos Mendes", "G6", "Payroll Assistant", "HRD", "S2002", "2017-02-20", .regular),
        ("S3001", "Fatima Zahra Benali", "D1", "Director, Partnerships and Field Support", "PARDEV", "S1001", "2013-09-16", .regular),
        ("S3002", "David Kim", "P4", "Partnerships Officer", "PARDEV", "S3001", "2018-06-04", .regular),
        ("S3003", "Aisha Bello", "P3", "Resource Mobilization Officer", "PARDEV", "S3002", "2021-01-11", .regular),
        ("S3004", "Luca Rossi", "P2", "Donor Relations Officer", "PARDEV", "S3002", "2025-11-03", .probation),
        ("S3005", "Nadia Kowalski", "G5", "Programme Assistant", "PARDEV", "S3002", "2020-05-25", .regular),
        ("S3006", "Ahmed Farouk", "P4", "Field Coordination Officer", "PARDEV", "S3001", "2016-03-14", .regular),
        ("S3007", "Rosa Alvarez", "G4", "Administrative Assistant", "PARDEV", "S3006", "2023-02-06", .regular),
        ("S4001", "John Mwangi", "P5", "Chief, Technical Cooperation Programmes", "TECCOOP", "S3001", "2015-10-05", .regular),
        ("S4002", "Sophie Martin", "P4", "Chief Technical Adviser", "TECCOOP", "S4001", "2024-04-01", .technicalCooperation),
        ("S4003", "Ravi Sharma", "P3", "Project Manager", "TECCOOP", "S4002", "2025-09-15", .technicalCooperation),
        ("S4004", "Ana Silva", "P3", "Monitoring and Evaluation Officer", "TECCOOP", "S4002", "2024-10-01", .technicalCooperation),
        ("S4005", "Kwame Asante", "NO-B", "National Project Coordinator", "TECCOOP", "S4003", "2025-03-03", .technicalCooperation),
        ("S4006", "Yuki Tanaka", "P2", "Associate Programme Officer", "TECCOOP", "S4001", "2026-02-02", .probation),
        ("S4007", "Olga Ivanova", "G5", "Finance Assistant", "TECCOOP", "S4001", "2019-12-02", .regular),
        ("S4008", "Mohammed Al-Sayed", "P3", "Technical Officer", "TECCOOP", "S4002", "2025-07-01", .technicalCooperation),
        ("S4009", "Chiara Bianchi", "G4", "Project Assistant", "TECCOOP", "S4003", "2024-11-18", .technicalCooperation),
        ("S4010", "Peter Novak", "P4", "Programme Officer", "TECCOOP", "S4001", "2017-05-08", .regular),
        ("S5001", "Kenji Watanabe", "P5", "Chief, Information and Technology", "ITCOM", "S1001", "2016-01-18", .regular),
        ("S5002", "Sara Lindqvist", "P2", "Data Analyst", "ITCOM", "S5003", "2026-03-02", .probation),
        ("S5003", "Michael O'Brien", "P4", "Lead Software Engineer", "ITCOM", "S5001", "2018-08-20", .regular),
        ("S5004", "Lerato Dlamini", "P3", "Software Engineer", "ITCOM", "S5003", "2021-09-06", .regular),
        ("S5005", "Arjun Patel", "P3", "Systems Administrator", "ITCOM", "S5006", "2019-02-11", .regular),
        ("S5006", "Beatriz Costa", "P4", "Infrastructure Manager", "ITCOM", "S5001", "2017-07-03", .regular),
        ("S5007", "Tomasz Nowak", "G6", "Service Desk Supervisor", "ITCOM", "S5006", "2016-10-24", .regular),
        ("S5008", "Amina Yusuf", "G4", "Service Desk Technician", "ITCOM", "S5007", "2024-05-13", .regular),
        ("S5009", "Daniel Weber", "P3", "Information Security Officer", "ITCOM", "S5001", "2020-11-30", .regular),
        ("S5010", "Hana Novotná", "P2", "User Experience Designer", "ITCOM", "S5003", "2025-12-01", .probation),
    ]

    private static let chiefs = ["ODG": "S1001", "HRD": "S2001", "PARDEV": "S3001", "TECCOOP": "S4001", "ITCOM": "S5001"]
    private static let reportsBoard = ["S1001", "S1005", "S3006"]

    /// Loads the demo organisation into an empty database, in one transaction.
    static func load(in context: ServiceContext) async throws {
        let hash = try await context.passwords.hash(password)
        let now = context.now
        let staffIDs = try await context.transaction { context in
            let db = context.db
            var unitIDs: [String: UUID] = [:]
            for seed in units {
                let unit = OrganisationalUnit(name: seed.name, code: seed.code, parentID: seed.parent.flatMap { unitIDs[$0] })
                try await unit.create(on: db)
                unitIDs[seed.code] = unit.id
            }
            var staffIDs: [String: UUID] = [:]
            for seed in staff {
                let email = emailFor(seed.1)
                let details = StaffDetails(name: seed.1, email: email, staffNumber: seed.0, grade: seed.2, jobTitle: seed.3,
                                           entryOnDuty: CalendarDate(iso: seed.6)!, contractType: seed.7, status: .active)
                let member = StaffMember(id: context.newID(), details: details, unitID: unitIDs[seed.4], supervisor: nil)
                try await member.create(on: db)
                staffIDs[seed.0] = member.id
                let account = Account(staffMemberID: member.id!)
                account.passwordHash = hash
                account.mustChangePassword = false
                account.passwordSetAt = now
                try await account.create(on: db)
            }
            // Supervisors second: some are listed after the people they supervise.
            for member in try await StaffMember.query(on: db).all() {
                guard let seed = staff.first(where: { $0.0 == member.staffNumber }), let supervisor = seed.5 else { continue }
                member.$supervisor.id = staffIDs[supervisor]
                try await member.save(on: db)
            }
            try await SupervisionPaths.rebuild(on: db)
            try await StaffSearchIndex.rebuild(on: db)
            for unit in try await OrganisationalUnit.query(on: db).all() {
                unit.chiefID = chiefs[unit.code].flatMap { staffIDs[$0] }
                try await unit.save(on: db)
            }
            try await RoleGrant(staffMemberID: staffIDs["S2001"]!, role: .hrAdministrator, grantedByID: nil).create(on: db)
            for number in reportsBoard {
                try await RoleGrant(staffMemberID: staffIDs[number]!, role: .reportsBoardMember, grantedByID: nil).create(on: db)
            }
            try await loadWorkgroups(staffIDs: staffIDs, on: db)
            try await loadUnitOutcomes(unitIDs: unitIDs, in: context)
            try await context.audit(.loadDemo, .organisation, id: nil, "Demo organisation loaded")
            return staffIDs
        }
        let framework = try await FrameworkStore.save(DemoFramework.make(importedAt: now), in: context)
        try await CompetencyFramework.mark(framework.id, in: context)
        try await DemoSkills.load(in: context)
        // Everyone's current cycle, with its Beginning of Cycle form as a draft.
        _ = try await CycleOpener.openCycles(asOf: CalendarDate(utc: now), in: context)
        try await DemoObjectives.load(staffIDs: staffIDs, in: context)
        try await DemoAppraisals.load(staffIDs: staffIDs, boardMember: staffIDs[reportsBoard[0]]!, in: context)
        try await DemoSkills.loadAssessments(staffIDs: staffIDs, in: context)
        try await DemoSkills.loadWorkgroupWork(staffIDs: staffIDs, in: context)
        try await DemoObjectives.loadFeedback(staffIDs: staffIDs, in: context)
        try await DemoFeedback.load(staffIDs: staffIDs, hr: staffIDs["S2001"]!, in: context)
        try await DemoPlans.load(staffIDs: staffIDs, in: context)
    }

    private static func loadWorkgroups(staffIDs: [String: UUID], on db: any Database) async throws {
        let groups: [(WorkgroupDetails, String, [(String, String)])] = [
            (WorkgroupDetails(name: "People Systems Squad", kind: .outcomeSquad,
                              purpose: "Replace the paper appraisal forms with Stride across the organisation by the end of the biennium.",
                              endDate: CalendarDate(iso: "2027-06-30")),
             "S5003", [("S2003", "Product owner"), ("S5004", "Developer"), ("S5010", "Designer"), ("S2006", "Records specialist")]),
            (WorkgroupDetails(name: "Field Operations Support", kind: .crossFunctionalTeam,
                              purpose: "Coordinate headquarters support to technical cooperation projects in the field.", endDate: nil),
             "S3006", [("S4002", "Technical adviser"), ("S4007", "Finance"), ("S5005", "IT support"), ("S3007", "Administration")]),
            (WorkgroupDetails(name: "Service Desk", kind: .permanentTeam,
                              purpose: "Resolve staff IT requests within agreed service levels.", endDate: nil),
             "S5007", [("S5008", "Technician"), ("S5005", "Second-line support")]),
        ]
        for (details, lead, members) in groups {
            let group = Workgroup(details: details, leadID: staffIDs[lead]!)
            try await group.create(on: db)
            try await WorkgroupMembership(workgroupID: group.id!, staffMemberID: staffIDs[lead]!, role: WorkgroupRole.lead).create(on: db)
            for (number, role) in members {
                try await WorkgroupMembership(workgroupID: group.id!, staffMemberID: staffIDs[number]!, role: role).create(on: db)
            }
        }
    }

    /// The 2026–2027 biennium's outcomes of each unit, which staff outputs are linked to.
    private static func loadUnitOutcomes(unitIDs: [String: UUID], in context: ServiceContext) async throws {
        let outcomes: [(String, String, String)] = [
            ("ODG", "Decent work priorities reflected in national development frameworks", "Agreed with constituents in at least ten countries."),
            ("HRD", "Every appraisal cycle run on time and reviewed by the Reports Board", "Beginning of Cycle forms signed within a month for 95 % of staff."),
            ("HRD", "A skills framework in use for every job family", "Role profiles and self-assessments for all staff by the mid-term."),
            ("PARDEV", "Development cooperation partnerships renewed and diversified", "Four new funding agreements, two with new partners."),
            ("TECCOOP", "Technical cooperation projects delivered on schedule", "Delivery rate of 85 % or more across the portfolio."),
            ("ITCOM", "Staff services available online with agreed service levels", "Appraisals, skills and requests handled in Stride; 99.5 % availability."),
            ("ITCOM", "Information security risks reduced", "Every system assessed; high risks treated within three months."),
        ]
        for (code, title, description) in outcomes {
            let outcome = UnitOutcome()
            outcome.id = context.newID()
            outcome.$unit.id = unitIDs[code]!
            outcome.details = UnitOutcomeDetails(title: title, description: description, periodStart: CalendarDate(iso: "2026-01-01")!,
                                                 periodEnd: CalendarDate(iso: "2028-01-01")!)
            outcome.recordVersion = 1
            try await outcome.create(on: context.db)
        }
    }

    /// "Michael O'Brien" -> michael.obrien@demo.stride.example; accents folded.
    static func emailFor(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        let parts = folded.split(separator: " ")
        let local = [parts.first!, parts.last!].map { $0.filter { $0.isLetter || $0 == "-" } }.joined(separator: ".")
        return local + "@demo.stride.example"
    }

    static func isDatabaseEmpty(on db: any Database) async throws -> Bool {
        try await StaffMember.query(on: db).count() == 0
    }
}
