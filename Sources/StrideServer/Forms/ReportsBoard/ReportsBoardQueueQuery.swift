import Foundation
import StrideCore
import Vapor

/// The queue's filters as the page's GET form sends them; anything unknown is ignored, so a
/// bookmarked or mistyped link still shows the queue.
struct ReportsBoardQueueQuery: Content {
    var status: String?
    var unit: String?
    var kind: String?
    var contract: String?
    var overdue: String?
    var page: String?

    var statusValue: ReportsBoardStatus { status.flatMap(ReportsBoardStatus.init(rawValue:)) ?? .waiting }
    var unitID: UUID? { unit.flatMap(UUID.init(uuidString:)) }
    var kindValue: AppraisalFormKind? { kind.flatMap(AppraisalFormKind.init(rawValue:)) }
    var contractValue: ContractType? { contract.flatMap(ContractType.init(rawValue:)) }
    var overdueOnly: Bool { overdue == "yes" }

    /// A Board member's own forms are not theirs to review, so the queue leaves them out.
    func filter(today: CalendarDate, viewer: UUID) -> FormListQuery.Filter {
        FormListQuery.Filter(states: [statusValue.state], kind: kindValue, unitID: unitID, contract: contractValue,
                             dueBefore: overdueOnly ? today : nil, notOf: viewer)
    }

    /// The filters again, for the pagination links.
    var asQuery: [String: String] {
        var query = ["status": statusValue.rawValue]
        if let unitID { query["unit"] = unitID.uuidString.lowercased() }
        if let kindValue { query["kind"] = kindValue.rawValue }
        if let contractValue { query["contract"] = contractValue.rawValue }
        if overdueOnly { query["overdue"] = "yes" }
        return query
    }
}
