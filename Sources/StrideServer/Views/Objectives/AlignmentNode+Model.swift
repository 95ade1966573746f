import Foundation
import StrideCore

/// The model of `alignment/node.leaf`: the outputs serving one unit outcome or objective, a page at a time.
struct AlignmentNodeModel: Encodable {
    let title: String
    let kind: String
    let unitName: String?
    let unitHref: String?
    let backHref: String
    /// "211 outputs serve it."
    let total: String
    let outputs: [AlignmentModel.OutputView]
    let nextHref: String?
    let firstPageHref: String?

    init(_ info: AlignmentOutputsQuery.NodeInfo, total: Int, page: (rows: [AlignmentQuery.Output], next: UUID?), isFirstPage: Bool,
         openable: Set<UUID>, dayQuery: String?) {
        title = info.title
        kind = info.node.isObjective ? "Workgroup objective" : "Unit outcome"
        unitName = info.unitName
        self.total = switch total {
        case 0: "No output serves it."
        case 1: "1 output serves it."
        default: "\(DisplayNumber.counted(total, "output")) serve it."
        }
        unitHref = info.unitID.map { StridePath.unit($0).href }
        let day = dayQuery.map { "on=\($0)" }
        let back = [info.unitID.map { "unit=\($0.uuidString.lowercased())" }, day].compactMap { $0 }
        backHref = StridePath.alignment.href + (back.isEmpty ? "" : "?" + back.joined(separator: "&"))
        outputs = page.rows.map { AlignmentModel.OutputView($0, openable: openable) }
        let here = StridePath.alignmentNode(info.node.id).href
        nextHref = page.next.map { here + "?" + ([day, "after=\($0.uuidString.lowercased())"].compactMap { $0 }).joined(separator: "&") }
        firstPageHref = isFirstPage ? nil : here + (day.map { "?" + $0 } ?? "")
    }
}
