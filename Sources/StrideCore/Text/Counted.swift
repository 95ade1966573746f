/// A count with its noun in the right number, as pages and messages say it: "1 framework",
/// "2 frameworks", "1 person", "40 people", "0 problems".
public func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
