/// A field the core rules name in a list, `outputs[1].description`: the list, the 0-based
/// index and the part, for a page to turn into its own control id (`output-2-description`).
struct CoreFieldPath: Equatable {
    let list: String
    let index: Int
    let part: String

    /// Nil for a field that is not in a list (`developmentalObjective.objective`, `outputs`).
    init?(_ field: String) {
        guard let open = field.firstIndex(of: "["), let close = field.firstIndex(of: "]"), open < close,
              let index = Int(field[field.index(after: open)..<close]) else { return nil }
        list = String(field[..<open])
        self.index = index
        part = String(field[field.index(after: close)...].drop { $0 == "." })
    }
}
