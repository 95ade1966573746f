/// Numbers as people read them, the same on every machine: "100,000".
enum DisplayNumber {
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (n < 0 ? "-" : "") + text
    }

    /// `counted` with the number grouped: "19,999 cycles".
    static func counted(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(grouped(n)) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
