import Fluent
import Foundation
import StrideCore

/// A page of the staff directory, by name: everyone, or those a search finds.
enum StaffDirectoryQuery {
    /// - Parameters:
    ///   - text: what was typed in the search box; empty lists everyone.
    ///   - requested: the page asked for, as it came in the query string.
    ///   - contactDetails: whether email and staff ID are searched.
    ///   - activeOnly: whether separated staff are left out.
    static func page(
        _ text: String, requested: String?, pageSize: Int, contactDetails: Bool, activeOnly: Bool, on db: any Database
    ) async throws -> (total: Int, page: Int, staff: [StaffMember]) {
        guard !text.isEmpty else {
            let query = StaffMember.query(on: db).with(\.$unit)
            if activeOnly { query.filter(\.$status == .active) }
            let total = try await StaffCountsQuery.total(activeOnly: activeOnly, on: db)
            let page = Pagination.clamp(requested, pageSize: pageSize, total: total)
            let staff = try await query.sort(\.$name).sort(\.$id).range((page - 1) * pageSize ..< page * pageSize).all()
            return (total, page, staff)
        }
        let found = try await StaffSearchIndex.search(text, contactDetails: contactDetails, activeOnly: activeOnly,
                                                      requested: requested, pageSize: pageSize, on: db)
        guard !found.ids.isEmpty else { return (found.total, found.page, []) }
        let rows = try await StaffMember.query(on: db).with(\.$unit).filter(\.$id ~~ found.ids).all()
        let byID = Dictionary(rows.map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a })
        return (found.total, found.page, found.ids.compactMap { byID[$0] })
    }
}
