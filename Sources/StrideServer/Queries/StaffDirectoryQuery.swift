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
    ) async throws -> (total: Int, page: Int, staff: [StaffRows.Person]) {
        guard !text.isEmpty else {
            let total = try await StaffCountsQuery.total(activeOnly: activeOnly, on: db)
            let page = Pagination.clamp(requested, pageSize: pageSize, total: total)
            let staff = try await StaffRows.page(activeOnly: activeOnly, offset: (page - 1) * pageSize, limit: pageSize, on: db)
            return (total, page, staff)
        }
        let found = try await StaffSearchIndex.search(text, contactDetails: contactDetails, activeOnly: activeOnly,
                                                      requested: requested, pageSize: pageSize, on: db)
        guard !found.ids.isEmpty else { return (found.total, found.page, []) }
        return (found.total, found.page, try await StaffRows.withIDs(found.ids, on: db))
    }
}
