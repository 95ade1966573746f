import Foundation

/// The colleagues or service recipients a staff member on probation and their supervisor
/// designate at the 6-month Mid-term Review (CYCLES.md), each then asked for feedback due by the
/// probationary report. This feedback is not anonymous: the form says so, and the supervisor sees
/// who gave it.
public enum ColleagueDesignation {
    public static let count = 3...5

    /// The designated people, or the problem on `colleagues`: between 3 and 5 different people,
    /// each known and active, neither the staff member nor their supervisor (who give their own
    /// views in the appraisal itself).
    /// - Parameter chosen: the people as the form or the API names them (ids).
    public static func validate(_ chosen: [String], staffID: UUID, supervisorID: UUID?, active: Set<UUID>) -> Validated<[UUID]> {
        var check = FieldChecker()
        var people: [UUID] = []
        for raw in chosen.map({ $0.trimmingCharacters(in: .whitespaces) }) where !raw.isEmpty {
            guard let id = UUID(uuidString: raw), active.contains(id) else {
                check.add("colleagues", "Choose colleagues from the organisation's current staff")
                continue
            }
            if id == staffID { check.add("colleagues", "The staff member gives their own view in the appraisal, not as a colleague") }
            else if id == supervisorID { check.add("colleagues", "The supervisor gives their view in the appraisal, not as a colleague") }
            else if people.contains(id) { check.add("colleagues", "Each colleague is designated once") }
            else { people.append(id) }
        }
        if check.errors.isEmpty, !count.contains(people.count) {
            check.add("colleagues", "Designate between \(count.lowerBound) and \(count.upperBound) colleagues or service recipients; "
                      + "\(counted(people.count, "is", "are")) chosen")
        }
        return check.result(people)
    }
}
