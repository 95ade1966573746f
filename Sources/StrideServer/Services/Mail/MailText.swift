import Foundation

/// The words of Stride's e-mails. The link is made absolute with the public address
/// (`STRIDE_PUBLIC_URL`) when the message is sent, so a stored message never carries a host.
enum MailText {
    /// The placeholder a stored body carries where the public address goes.
    static let baseURL = "{{stride-url}}"

    static func reminder(to name: String, body: String, link: StridePath) -> String {
        """
        Hello \(name),

        \(body)

        Open it in Stride: \(baseURL)\(link.href)

        You receive this because Stride reminds people of what is theirs to do. Your notifications
        are also listed in Stride, under the bell in the header.
        """
    }
}
