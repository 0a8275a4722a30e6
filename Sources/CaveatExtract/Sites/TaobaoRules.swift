import CaveatCore
import CaveatHTML

/// Taobao and Tmall item pages (Chinese; prices in yuan).
///
/// Counters Taobao fills in after load ("累计评论", "交易成功") read "-" in a saved page: that
/// is "not loaded", never zero. The shop's detailed ratings (描述 description, 服务 service,
/// 物流 logistics) are the seller's, not the item's.
struct TaobaoRules: SiteRules {
  let id: String
  let hosts: [String]
  let scriptMarkers = ["g_config"]

  static let taobao = TaobaoRules(id: "taobao", hosts: ["taobao.com"])
  static let tmall = TaobaoRules(id: "tmall", hosts: ["tmall.com", "tmall.hk"])

  func recognizes(_ page: PageContext) -> Bool {
    id == "taobao"
      && page.first("//*[contains(@class, 'tb-main-title')] | //meta[@name='microscope-data']") != nil
  }

  func currencyHints(host: String?) -> CurrencyHints { CurrencyHints(dollar: nil, yen: "CNY") }

  func extract(_ page: PageContext, hints: CurrencyHints) -> [Candidate] {
    var listing = Listing()
    let heading = page.first("//*[contains(@class, 'tb-main-title')] | //*[contains(@class, 'tb-detail-hd')]//h1")
    listing.title = heading?.attribute("data-title").map(TextNormalizer.collapse).nonEmpty ?? heading?.text.nonEmpty
    if listing.title == nil, let title = page.text("//title") {
      listing.title =
        title.replacingOccurrences(of: "-淘宝网", with: "").replacingOccurrences(of: "-tmall.com天猫", with: "")
        .trimmingSpaces.nonEmpty
    }
    listing.url = page.first("//link[@rel='canonical']")?.attribute("href").nonEmpty
    if let url = listing.url, let range = url.range(of: "id=") {
      let digits = url[range.upperBound...].prefix { $0.isNumber }
      listing.productId = digits.isEmpty ? nil : String(digits)
    }
    let priceText =
      page.text("//*[@id='J_StrPrice']//*[contains(@class, 'tb-rmb-num')]")
      ?? page.text("(//*[contains(@class, 'tm-price')])[1]")
    if let priceText, let amount = LocaleNumber.parse(priceText, kind: .price)?.value {
      listing.price = Money(amount: amount, currency: "CNY")
    }
    for (xpath, isSold) in [("//*[@id='J_RateCounter']", false), ("//*[@id='J_SellCounter']", true)] {
      guard let text = page.text(xpath), let count = LocaleNumber.count(text) else { continue }
      if isSold { listing.soldCount = count.value } else { listing.reviewCount = count.value }
    }
    let shopLink = page.first("//*[@id='J_ShopInfo']//*[contains(@class, 'tb-shop-name')]//a")
    listing.seller.name = shopLink?.attribute("title").map(TextNormalizer.collapse).nonEmpty ?? shopLink?.text.nonEmpty
    if let href = shopLink?.attribute("href") { listing.seller.url = href.hasPrefix("//") ? "https:" + href : href }
    if let config = page.scripts.first(where: { $0.text.contains("g_config") })?.text {
      listing.seller.id = Self.quotedValue(after: "sellerId", in: config)
      if listing.productId == nil { listing.productId = Self.quotedValue(after: "itemId", in: config) }
    }
    var ratings = SellerRatings()
    for entry in page.select("//*[contains(@class, 'tb-shop-rate')]//dl") {
      guard let label = page.text(".//dt", in: entry),
        let value = page.text(".//dd", in: entry).flatMap(LocaleNumber.rating)
      else {
        continue
      }
      if label.contains("描述") { ratings.asDescribed = value }
      if label.contains("服务") { ratings.communication = value }
      if label.contains("物流") { ratings.shipping = value }
    }
    listing.seller.ratings = ratings
    return [Candidate(provenance: .dom, listing: listing)]
  }

  /// `sellerId : '134583372'` in a script's object literal.
  private static func quotedValue(after key: String, in text: String) -> String? {
    guard let range = text.range(of: key) else { return nil }
    let rest = text[range.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\"" || $0 == "'" }
    let value = rest.prefix { $0.isNumber }
    return value.isEmpty ? nil : String(value)
  }
}
