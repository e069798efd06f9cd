/// The Overview's list of what the reader must know of how the story was opened (`Notices`):
/// the articles without a date, each a link to it, with how to give one; then the other
/// warnings. Under the story's title, where the first screen shows it.
enum NoticesSection {
    /// Other warnings listed; the rest are counted (`storyscope draft` prints them all).
    static let warningsShown = 8

    static func add(into page: inout PageBuilder, context: BrowserContext) {
        let notices = context.notices
        guard !notices.isEmpty else { return }
        page.blank()
        page.paragraph("Warnings (\(notices.count))", role: .heading)
        if !notices.undated.isEmpty {
            var pieces: [PageBuilder.Piece] = [.text("No date:", .error)]
            for (position, article) in notices.undated.enumerated() {
                pieces.append(.text(position == 0 ? " " : " · ", .dim))
                pieces.append(
                    .link(
                        article.name, .link, .document(article.document), evidence: nil,
                        description: "read this article (5)"))
            }
            page.flow(pieces, indent: 2, hanging: 4)
            page.paragraph(notices.howToDate, role: .dim, indent: 4)
        }
        for warning in notices.warnings.prefix(warningsShown) {
            page.paragraph(warning, indent: 2, hanging: 2)
        }
        if notices.warnings.count > warningsShown {
            page.paragraph(
                "and \(notices.warnings.count - warningsShown) more; storyscope draft prints them all.", role: .dim,
                indent: 2)
        }
        page.blank()
    }
}
