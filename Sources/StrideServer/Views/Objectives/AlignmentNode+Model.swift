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
        backHref = AlignmentModel.treeHref(unit: info.unitID, day: dayQuery)
        outputs = page.rows.map { AlignmentModel.OutputView($0, openable: openable) }
        let here = StridePath.alignmentNode(info.node.id)
        nextHref = page.next.map { here.href(query: [("on", dayQuery), ("after", $0.uuidString.lowercased())]) }
        firstPageHref = isFirstPage ? nil : here.href(query: [("on", dayQuery)])
    }
}
