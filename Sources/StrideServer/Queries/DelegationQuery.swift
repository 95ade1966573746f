import Fluent
import Foundation
import SQLKit
import StrideCore

/// Who appraises whom once delegations are taken into account.
enum DelegationQuery {
    /// The delegate appraising `staffID` on `today`, if a delegation runs (the latest granted).
    static func activeDelegate(of staffID: UUID, on today: CalendarDate, db: any Database) async throws -> UUID? {
        try await AppraisalDelegation.query(on: db).filter(\.$staffMember.$id == staffID).filter(\.$revokedAt == nil)
            .sort(\.$createdAt, .descending).all()
            .first { $0.terms.runs(on: today) }?.delegateID
    }

    /// The appraiser of cycle `c` (of person `c.staff_member_id`) on `today`, as SQL: the delegate
    /// of a running delegation, else the appraiser the cycle was opened with. Dates are stored as
    /// `YYYY-MM-DD`, so they compare as text on both databases.
    static func effectiveAppraiser(on today: CalendarDate) -> SQLQueryString {
        """
        COALESCE((SELECT d.delegate_id FROM appraisal_delegations d
                  WHERE d.staff_member_id = c.staff_member_id AND d.revoked_at IS NULL AND d.starts_on <= \(bind: today.iso)
                    AND (d.ends_on IS NULL OR d.ends_on > \(bind: today.iso))
                  ORDER BY d.created_at DESC LIMIT 1), c.appraiser_id)
        """
    }
}
