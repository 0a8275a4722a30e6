/// Short texts around a page's reviews that say whose reviews they are: section headings
/// ("Reviews from other sellers of this product", "Customer reviews for all colours"),
/// AliExpress's "This seller / Total sales" switch, review filter labels. Only collected here;
/// the scorer decides what they mean.
enum ReviewNotes {
  private static let reviewWords = [
    "review", "rating", "feedback", "avis", "évaluation", "evaluation", "reseña", "opinion", "opinión",
    "valoracion", "valoración", "bewertung", "rezension", "recension", "valutazion", "avaliaç", "отзыв",
    "оцен", "opini", "seller", "sales", "vendeur", "vendedor", "verkäufer", "venditor", "продав",
  ]

  static func collect(_ page: PageContext) -> [String]? {
    var notes: [String] = []
    let candidates =
      page.select("//h2 | //h3 | //h4") + page.elements(classPrefix: "title--title--")
      + page.elements(classPrefix: "filter--") + page.elements(classPrefix: "seller-tab")
    for node in candidates {
      let text = node.text
      guard text.count >= 6, text.count <= 160 else { continue }
      let lower = text.lowercased()
      guard reviewWords.contains(where: lower.containsLiteral), !notes.contains(text) else { continue }
      notes.append(text)
      if notes.count >= 40 { break }
    }
    return notes.isEmpty ? nil : notes
  }
}
