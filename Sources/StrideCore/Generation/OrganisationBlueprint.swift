/// A realistic organisation of any size, the same for the same seed: `stride generate` writes
/// it, and the benchmark measures Stride against it.
///
/// The head of the organisation supervises a first level of people, each of whom supervises
/// the next, breadth first, with spans of control drawn between 4 and 12 (about 8) until
/// everyone has a place. Everyone down to the third level who has reports heads a unit
/// (the organisation, departments, divisions, sections), and everyone else works in the unit
/// of their nearest such manager. Contracts: about 70 % regular, 20 % technical cooperation,
/// 10 % on probation (those joined within the last two years).
public struct OrganisationBlueprint: Sendable {
    public let units: [GeneratedUnit]
    public let people: [GeneratedPerson]
    /// Workgroups: the lead's index and the members' (lead not included).
    public let workgroups: [(lead: Int, members: [Int])]

    /// The deepest level below the head that heads units.
    static let unitLevels = 3

    public static func make(staff: Int, seed: UInt64, today: CalendarDate) -> OrganisationBlueprint {
        var random = SeededRandom(seed: seed)
        let count = max(staff, 1)
        // The supervision tree, breadth first.
        var supervisor = [Int?](repeating: nil, count: count)
        var depth = [Int](repeating: 0, count: count)
        var reports = [[Int]](repeating: [], count: count)
        var next = 1, manager = 0
        while next < count {
            let span = random.int(in: 4...12)
            for _ in 0..<span where next < count {
                supervisor[next] = manager
                depth[next] = depth[manager] + 1
                reports[manager].append(next)
                next += 1
            }
            manager += 1
        }
        // Units: managers down to `unitLevels` head one; others join their nearest such manager's.
        var units: [GeneratedUnit] = []
        var unitOf = [Int](repeating: 0, count: count)
        for person in 0..<count {
            if depth[person] <= unitLevels, person == 0 || !reports[person].isEmpty {
                let parent = supervisor[person].map { unitOf[$0] }
                let (code, name) = unitName(index: units.count, depth: depth[person], random: &random)
                units.append(GeneratedUnit(code: code, name: name, parent: parent, chief: person))
                unitOf[person] = units.count - 1
            } else {
                unitOf[person] = supervisor[person].map { unitOf[$0] } ?? 0
            }
        }
        var people: [GeneratedPerson] = []
        people.reserveCapacity(count)
        for person in 0..<count {
            people.append(makePerson(person, depth: depth[person], unit: unitOf[person], supervisor: supervisor[person],
                                     managesOthers: !reports[person].isEmpty, today: today, random: &random))
        }
        // One workgroup per 50 people or so, led by a manager, with members from their own reports and a neighbouring team.
        var workgroups: [(lead: Int, members: [Int])] = []
        let leads = (0..<count).filter { !reports[$0].isEmpty && depth[$0] >= 2 }
        for lead in leads.prefix(max(count / 50, 1)) {
            var members = Array(reports[lead].prefix(random.int(in: 3...5)))
            if random.chance(0.7), case let other = random.pick(leads), other != lead {
                members += reports[other].prefix(2).filter { !members.contains($0) && $0 != lead }
            }
            workgroups.append((lead, members))
        }
        return OrganisationBlueprint(units: units, people: people, workgroups: workgroups)
    }

    private static func makePerson(_ index: Int, depth: Int, unit: Int, supervisor: Int?, managesOthers: Bool, today: CalendarDate,
                                   random: inout SeededRandom) -> GeneratedPerson {
        let first = random.pick(Names.first), last = random.pick(Names.last)
        let digits = String(index + 1)
        let staffNumber = "G" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
        let contract: ContractType = index == 0 ? .regular
            : random.pick(weighted: [(.regular, 70), (.technicalCooperation, 20), (.probation, 10)])
        // Probation: joined within the last two years; others up to 30 years ago.
        let daysAgo = contract == .probation ? random.int(in: 30...700) : random.int(in: 365...(365 * 30))
        let grade: String
        switch depth {
        case 0: grade = "D2"
        case 1: grade = "D1"
        case 2: grade = "P5"
        default: grade = managesOthers ? "P4" : random.pick(["P2", "P3", "P3", "P4", "G4", "G5", "G6", "NO-B"])
        }
        let title = managesOthers && depth <= unitLevels ? "Chief" : managesOthers ? "Team Leader" : random.pick(Names.titles)
        let stop: CycleStop = index == 0 ? .notStarted : random.pick(weighted: [
            (.notStarted, 20), (.beginningDraft, 15), (.beginningInDiscussion, 10), (.beginningStaffSigned, 5),
            (.beginningSigned, 15), (.midtermSigned, 10), (.selfAssessed, 8), (.endSigned, 7), (.endReviewed, 10),
        ])
        let rating: OverallRating = random.pick(weighted: [(.consistentlyExceeds, 20), (.fullyMeets, 70), (.doesNotFullyMeet, 10)])
        let proposes = random.chance(0.3)
        return GeneratedPerson(
            staffNumber: staffNumber, name: "\(first) \(last)",
            email: "\(first.lowercased()).\(last.lowercased()).\(staffNumber.lowercased())@generated.stride.example",
            grade: grade, jobTitle: title, unit: unit, supervisor: supervisor, entryOnDuty: today.adding(days: -daysAgo),
            contractType: contract, depth: depth, stop: stop, rating: rating, proposesSkills: proposes,
            managerDecides: proposes && random.chance(0.6))
    }

    private static func unitName(index: Int, depth: Int, random: inout SeededRandom) -> (String, String) {
        let theme = random.pick(Names.themes)
        let code = "U\(index)"
        switch depth {
        case 0: return ("ORG", "Office of the Director-General")
        case 1: return (code, "Department of \(theme)")
        case 2: return (code, "\(theme) Division")
        default: return (code, "\(theme) Section \(index)")
        }
    }
}
