import CaveatCore

/// Conservative DOM rules for shops no site rule knows: a seller named once on the page
/// ("Sold by …", a `seller-name` element), the seller's positive-feedback figure, and the
/// page's return-policy text. A value named differently in several places (product tiles each
/// naming their own seller) is not taken at all.
enum GenericDOMExtractor {
  static func extract(_ page: PageContext) -> Listing? {
    var listing = Listing()
    let nameNodes = page.select(
      "//*[contains(@class, 'seller-name') or contains(@class, 'store-name') or contains(@class, 'shop-name') or contains(@class, 'vendor-name') or contains(@class, 'merchant-name')]"
    )
    let names = Set(nameNodes.map(\.text).filter { !$0.isEmpty && $0.count <= 80 })
    if names.count == 1 { listing.seller.name = names.first }
    let feedback = page.select("//*[contains(@class, 'feedback') or contains(@class, 'positive')]")
      .map(\.text).filter { $0.count <= 80 && $0.contains("%") && $0.lowercased().contains("positive") }
    let percents = Set(feedback.compactMap(LocaleNumber.percent))
    if percents.count == 1 { listing.seller.positiveFeedbackPercent = percents.first }
    let policies = page.select(
      "//*[contains(@class, 'return-policy') or contains(@class, 'returns-policy') or contains(@class, 'return_policy') or @id='returns' or @id='return-policy']"
    )
    .map(\.text).filter { !$0.isEmpty && $0.count <= 400 }
    if !policies.isEmpty { listing.terms = TermsText.read(Array(Set(policies)).sorted()) }
    return listing == Listing() ? nil : listing
  }
}
