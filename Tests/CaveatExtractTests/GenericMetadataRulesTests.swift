import CaveatCore
import CaveatTestSupport
import Foundation
import Testing

@testable import CaveatExtract

/// Rules of the generic reader for what a page's metadata and widgets say: the Twitter card's
/// price, each with the page where it must not fire.
@Suite("Generic reader metadata rules")
struct GenericMetadataRulesTests {
  /// A product page with no price markup but `head`, and `body` beside its heading.
  private func read(head: String, body: String = "") throws -> ExtractedPage {
    let html = """
      <html><head><title>Copper Lamp 40 cm | Lampshop</title><meta property="og:site_name" content="Lampshop">
      \(head)</head><body><main><h1 class="product-title">Copper Lamp 40 cm</h1>\(body)</main></body></html>
      """
    return try ListingExtractor.extract(utf8: Array(html.utf8))
  }

  @Test("A Twitter card labelled as the price gives the price when nothing else does")
  func twitterCardPrice() throws {
    let report = try PagePipeline.read(PagePath(TestPaths.page("generic-twitter-card-price.html").path))
    #expect(report.listing.price == Money(amount: 89.95, currency: "EUR"))
    #expect(report.provenance["listing.price"] == .generic)
    let german = try read(
      head: #"<meta name="twitter:label1" content="Preis:"><meta name="twitter:data1" content="€ 1.299,00">"#)
    #expect(german.listing.price == Money(amount: 1299, currency: "EUR"))
    let polish = try read(
      head:
        #"<meta property="og:type" content="product"><meta name="twitter:label2" content="Cena"><meta name="twitter:data2" content="349,99 zł">"#
    )
    #expect(polish.listing.price == Money(amount: 349.99, currency: "PLN"))
  }

  @Test("A Twitter card's other labels, ranges and bare dollars give no price")
  func twitterCardNotAPrice() throws {
    for head in [
      #"<meta name="twitter:label1" content="Availability"><meta name="twitter:data1" content="€ 4.95 delivery">"#,
      #"<meta name="twitter:label1" content="Shipping"><meta name="twitter:data1" content="€ 4.95">"#,
      #"<meta name="twitter:label1" content="Price"><meta name="twitter:data1" content="€ 59,95 - € 89,95">"#,
      #"<meta name="twitter:label1" content="Price"><meta name="twitter:data1" content="$89.95">"#,
      #"<meta name="twitter:label1" content="Price"><meta name="twitter:data1" content="€ 89,95"><meta name="twitter:label2" content="Prix"><meta name="twitter:data2" content="€ 79,95">"#,
    ] {
      let page = try read(
        head: #"<meta property="og:type" content="product">"# + head, body: #"<p>Sold by Lampshop</p>"#)
      #expect(page.listing.price == nil, "\(head)")
    }
  }

  @Test("The Twitter card's price comes after OpenGraph's and the one shown by the heading")
  func twitterCardPrecedence() throws {
    let card = #"<meta name="twitter:label1" content="Price"><meta name="twitter:data1" content="€ 99.00">"#
    let shown = try read(head: card, body: #"<div class="price">€ 49.00</div>"#)
    #expect(shown.listing.price == Money(amount: 49, currency: "EUR"))
    let og = try read(
      head: card
        + #"<meta property="product:price:amount" content="59.00"><meta property="product:price:currency" content="EUR">"#
    )
    #expect(og.listing.price == Money(amount: 59, currency: "EUR"))
    #expect(og.provenance["listing.price"] == .openGraph)
  }
}

/// The generic reader's ratings written as a value over five ("4,8" "/ 5" "(1 234)") and in a
/// verified-ratings panel, each with the page where it must not fire.
@Suite("Generic reader ratings over five")
struct GenericOutOfFiveTests {
  private func read(_ body: String) throws -> ExtractedPage {
    let html = """
      <html><head><title>Copper Lamp 40 cm | Lampshop</title><meta property="og:site_name" content="Lampshop">
      <meta property="og:type" content="product"></head><body><main>
      <h1 class="product-title">Copper Lamp 40 cm</h1><div class="price">€ 49,00</div>
      \(body)</main></body></html>
      """
    return try ListingExtractor.extract(utf8: Array(html.utf8))
  }

  @Test("A value with decimals over a slash is a rating; a bracket beside it counts it")
  func decimalOverSlash() {
    let spaced = GenericSocialProof.rating(in: "4,8 / 5 (1 234)")
    #expect(spaced?.0 == 4.8 && spaced?.1 == 1234)
    let alone = GenericSocialProof.rating(in: "4.3/5")
    #expect(alone?.0 == 4.3 && alone?.1 == nil)
    // A whole number over five is an image counter; a unit after the scale makes it a spec.
    #expect(GenericSocialProof.rating(in: "1/5 (3)") == nil)
    #expect(GenericSocialProof.rating(in: "Dual band 2.4/5 GHz (2)") == nil)
    // A star widget's "4.4 out of 5" with a bare bracket stays unread, as before.
    #expect(GenericSocialProof.rating(in: "4.4 out of 5 (1,034)") == nil)
  }

  @Test("A panel's label with its bracketed count counts the ratings")
  func labelledCount() {
    #expect(GenericSocialProof.labelledRatingCount(in: "Verified Ratings (212)") == 212)
    #expect(GenericSocialProof.rating(in: "4.3 out of 5 (212 verified ratings)")?.1 == 212)
    #expect(GenericSocialProof.labelledRatingCount(in: "Ratings (0)") == nil)
    #expect(GenericSocialProof.labelledRatingCount(in: "Questions (5)") == nil)
  }

  @Test("Sibling spans '4,8' '/ 5' '(1 234)' beside the heading give the rating; a tile's do not")
  func siblingSpansPage() throws {
    let report = try PagePipeline.read(PagePath(TestPaths.page("generic-rating-out-of-five-spans.html").path))
    #expect(report.listing.rating.average == 4.8 && report.listing.rating.count == 1234)
    #expect(report.provenance["listing.rating.average"] == .generic)
    let verified = try PagePipeline.read(PagePath(TestPaths.page("generic-verified-ratings-block.html").path))
    #expect(verified.listing.rating.average == 4.6 && verified.listing.rating.count == 87)
  }

  @Test("An image counter, a Wi-Fi band or a tile's rating beside the heading gives no rating")
  func notARating() throws {
    for body in [
      #"<div class="gallery"><span>1</span><span>/5</span> <span>(3)</span></div><p>12 ratings</p>"#,
      #"<ul class="specs"><li>Wi-Fi</li><li>2.4/5 GHz</li></ul><p>12 ratings</p>"#,
      #"<div class="product-card"><a href="/p/2">Brass Lamp</a><span>4,5</span><span>/ 5</span> <span>(87)</span></div>"#,
    ] {
      let page = try read(body)
      #expect(page.listing.rating.average == nil, "\(body)")
    }
  }

  @Test("The box holding the heading is the product's own, whatever its class says")
  func headingInsideCard() throws {
    let html = """
      <html><head><title>Kettle 2.5L | Shop</title><meta property="og:type" content="product"></head><body><main>
      <div class="row card"><h1>Kettle 2.5L</h1><div class="price">₦ 14,990</div>
      <div><div class="stars">4.3 out of 5</div><a href="#reviews">(212 verified ratings)</a></div></div>
      <section class="card"><h2>Also viewed</h2><div class="product-card"><a href="/p/1">Kettle 1.8L</a>
      <div class="stars">4.9 out of 5</div><a>(1,034 verified ratings)</a></div></section></main></body></html>
      """
    let card = try ListingExtractor.extract(utf8: Array(html.utf8))
    #expect(card.listing.rating.average == 4.3 && card.listing.rating.count == 212)
  }
}

/// A bare "$" or "¥" read as the currency of the country the page belongs to.
@Suite("Generic reader local currency")
struct GenericLocalCurrencyTests {
  /// A product page at `url` in `language` (none when empty), with `head` in its head, whose only
  /// price is `price`, shown by the heading.
  private func price(_ price: String, url: String?, language: String = "en", head: String = "") throws -> Money? {
    let link = url.map { #"<link rel="canonical" href="\#($0)">"# } ?? ""
    let lang = language.isEmpty ? "" : #" lang="\#(language)""#
    let html = """
      <html\(lang)><head><title>Copper Lamp 40 cm | Lampshop</title>\(link)\(head)
      <meta property="og:type" content="product"></head><body><main>
      <h1 class="product-title">Copper Lamp 40 cm</h1><div class="price">\(price)</div><p>Sold by Lamp Co</p>
      </main></body></html>
      """
    return try ListingExtractor.extract(utf8: Array(html.utf8)).listing.price
  }

  @Test("A bare '$' on a shop under a peso or dollar country's domain is that country's currency")
  func dollarByDomain() throws {
    let report = try PagePipeline.read(PagePath(TestPaths.page("generic-local-dollar-peso.html").path))
    #expect(report.listing.price == Money(amount: 1049, currency: "MXN"))
    #expect(
      try price("$ 149.999", url: "https://articulo.mercadolibre.com.ar/MLA-1")
        == Money(amount: 149_999, currency: "ARS"))
    #expect(try price("$89.95", url: "https://shop.example.com.au/p/lamp") == Money(amount: 89.95, currency: "AUD"))
    #expect(try price("¥3,980", url: nil, language: "ja") == Money(amount: 3980, currency: "JPY"))
  }

  @Test("A bare '$' on a page that says it is US English, under no other country's domain, is the US dollar")
  func dollarByUSEnglish() throws {
    let report = try PagePipeline.read(PagePath(TestPaths.page("generic-us-english-dollar.html").path))
    #expect(report.listing.price == Money(amount: 49, currency: "USD"))
    #expect(report.provenance["listing.price"] == .generic)
    let usd = Money(amount: 89.95, currency: "USD")
    #expect(try price("$89.95", url: "https://lampshop.com/p/lamp", language: "en-US") == usd)
    #expect(try price("$89.95", url: nil, language: "en-us") == usd)
    #expect(
      try price("$89.95", url: "https://lampshop.us/p/lamp", head: #"<meta property="og:locale" content="en_US">"#)
        == usd)
    #expect(
      try price(
        "$89.95", url: "https://lampshop.com/p/lamp", language: "",
        head: #"<meta http-equiv="Content-Language" content="en-US">"#) == usd)
    // The country's domain still names its own dollar.
    #expect(
      try price("$89.95", url: "https://shop.example.com.au/p/lamp", language: "en-US")
        == Money(amount: 89.95, currency: "AUD"))
  }

  @Test("A bare '$' stays without a currency when the page's English is not said to be US English")
  func dollarNotUSEnglish() throws {
    // English alone, or US English contradicted by another declaration.
    #expect(try price("$89.95", url: "https://lampshop.com/p/lamp", language: "en") == nil)
    #expect(
      try price(
        "$89.95", url: "https://lampshop.com/p/lamp", language: "en-US",
        head: #"<meta property="og:locale" content="en_CA">"#) == nil)
    #expect(try price("$89.95", url: "https://lampshop.com/p/lamp", language: "es-US") == nil)
    // Another country's domain (.co.uk, .de) is not a US shop, whatever its language.
    #expect(try price("$89.95", url: "https://lampshop.co.uk/p/lamp", language: "en-US") == nil)
    #expect(try price("$89.95", url: "https://lampshop.de/p/lamp", language: "en-US") == nil)
  }

  @Test("A bare '$' or '¥' with no country to say which stays without a price")
  func noCountry() throws {
    #expect(try price("$89.95", url: "https://lampshop.com/p/lamp") == nil)
    // .co is a generic domain as often as Colombia's.
    #expect(try price("$89.95", url: "https://lampshop.co/p/lamp") == nil)
    #expect(try price("$89.95", url: nil) == nil)
    #expect(try price("¥149", url: "https://lampshop.com/p/lamp", language: "zh-CN") == nil)
    // A symbol of its own is kept whatever the domain.
    #expect(try price("US$ 89.95", url: "https://shop.example.com.ar/p") == Money(amount: 89.95, currency: "USD"))
  }
}

/// WooCommerce's rating words and the dong written as "đ".
@Suite("Generic reader platform words")
struct GenericPlatformWordsTests {
  @Test("WooCommerce's 'based on 12 customer ratings' counts its stars; its review link counts reviews")
  func wooCommerceRating() throws {
    let rating = GenericSocialProof.rating(in: "Rated 4.50 out of 5 based on 12 customer ratings")
    #expect(rating?.0 == 4.5 && rating?.1 == 12 && rating?.2 == false)
    #expect(GenericSocialProof.writtenReviewCount(in: "(12 customer reviews)") == 12)
    // A tile's stars with no count and a bracket that is no count of reviews.
    #expect(GenericSocialProof.rating(in: "Rated 5.00 out of 5")?.1 == nil)
    #expect(GenericSocialProof.writtenReviewCount(in: "(12 customer questions)") == nil)
    let report = try PagePipeline.read(PagePath(TestPaths.page("generic-woocommerce-star-rating.html").path))
    #expect(report.listing.rating.average == 4.5 && report.listing.rating.count == 12)
    #expect(report.listing.price == Money(amount: 32, currency: "GBP"))
  }

  @Test("'459.000đ' is in dong; 'đ' opening a word is not a currency")
  func dongSign() {
    let price = CurrencyDetector.parsePrice("459.000đ")
    #expect(price?.amount == 459_000 && price?.currency == "VND")
    #expect(CurrencyDetector.parsePrice("356 đánh giá")?.currency == nil)
    #expect(CurrencyDetector.parsePrice("12 đã bán")?.currency == nil)
  }
}

/// A title that closes with " by <site>" (Mercari's OpenGraph title), the site named by the page.
@Suite("Generic reader title by site")
struct GenericTitleBySiteTests {
  /// A page whose OpenGraph title is `og` and document title `title`, with `h1` as its heading.
  private func title(og: String, title: String, siteName: String?, h1: String? = nil) throws -> String? {
    let site = siteName.map { #"<meta property="og:site_name" content="\#($0)">"# } ?? ""
    let heading = h1.map { #"<h1 class="item-title">\#($0)</h1>"# } ?? ""
    let html = """
      <html><head><title>\(title)</title><meta property="og:title" content="\(og)">\(site)
      <meta property="og:type" content="product"></head><body><main>\(heading)
      <div class="price">€ 35,00</div></main></body></html>
      """
    return try ListingExtractor.extract(utf8: Array(html.utf8)).listing.title
  }

  @Test("A closing ' by <site>' naming the page's site is cut from the OpenGraph title")
  func bySiteCut() throws {
    let report = try PagePipeline.read(PagePath(TestPaths.page("generic-title-by-site.html").path))
    #expect(report.listing.title == "Veste en jean vintage Levi's taille M")
    // The site named only by the document title's suffix.
    #expect(
      try title(og: "ルミナ 電気ケトル 1.0L by メルカリ", title: "ルミナ 電気ケトル 1.0L - メルカリ", siteName: nil)
        == "ルミナ 電気ケトル 1.0L")
    #expect(
      try title(og: "Copper Lamp by Lampmarkt", title: "Copper Lamp", siteName: "Lampmarkt", h1: "Copper Lamp")
        == "Copper Lamp")
  }

  @Test("A ' by ' naming a brand or a maker, not the site, stays in the title")
  func byBrandKept() throws {
    #expect(
      try title(og: "Polo shirt by Ralph Lauren", title: "Polo shirt by Ralph Lauren | Modehaus", siteName: "Modehaus")
        == "Polo shirt by Ralph Lauren")
    // No site name at all: nothing says the last words name the site.
    #expect(
      try title(og: "Copper Lamp by Lampmarkt", title: "Copper Lamp by Lampmarkt", siteName: nil)
        == "Copper Lamp by Lampmarkt")
    // The site's name only inside the maker's ("by Lampmarkt Studio" on Lampmarkt).
    #expect(
      try title(og: "Copper Lamp by Lampmarkt Studio", title: "Copper Lamp | Lampmarkt", siteName: "Lampmarkt")
        == "Copper Lamp by Lampmarkt Studio")
  }
}

/// The seller after a "Shop:" or "Cửa hàng:" label (Sendo), only with its colon and beside it.
@Suite("Generic reader shop labels")
struct GenericShopLabelTests {
  /// A marketplace page (site name Lampmarkt) with `body` beside its heading.
  private func seller(_ body: String) throws -> String? {
    let html = """
      <html><head><title>Copper Lamp 40 cm | Lampmarkt</title><meta property="og:site_name" content="Lampmarkt">
      <meta property="og:type" content="product"></head><body><main><h1 class="product-title">Copper Lamp 40 cm</h1>
      <div class="price">€ 49,00</div>\(body)</main></body></html>
      """
    return try ListingExtractor.extract(utf8: Array(html.utf8)).listing.seller.name
  }

  @Test("'Shop:', 'Shop :' and 'Cửa hàng:' name the seller, in the same text or beside the label")
  func colonLabels() throws {
    let report = try PagePipeline.read(PagePath(TestPaths.page("generic-shop-colon-label.html").path))
    #expect(report.listing.seller.name == "Gia Dụng An Phát")
    #expect(report.provenance["listing.seller.name"] == .generic)
    #expect(try seller("<p>Shop: Lamp Co</p>") == "Lamp Co")
    #expect(try seller(#"<div><span>Shop :</span> <a href="/shop/lamp-co">Lamp Co</a></div>"#) == "Lamp Co")
    #expect(try seller("<div>Cửa hàng: <b>Đèn Việt</b></div>") == "Đèn Việt")
  }

  @Test("'Shop' without a colon, a lone label and a name far from it give no seller of their own")
  func notALabel() throws {
    // The word alone is a link or a button: the site's name stays the seller.
    #expect(try seller(#"<a href="/shop">Shop</a> <span>Lamp Co</span>"#) == "Lampmarkt")
    #expect(try seller("<p>Shop now</p><p>Lamp Co</p>") == "Lampmarkt")
    // A label whose next text lies outside its box, in a long block, names no one.
    let far =
      "<div><span>Shop:</span></div><div><p>" + String(repeating: "Long description. ", count: 10) + "</p></div>"
    #expect(try seller(far) == "Lampmarkt")
    // In the page's header or footer it is the site's own line.
    #expect(try seller("</main><footer><p>Shop: Lamp Co</p></footer><main>") == "Lampmarkt")
  }
}

/// A shop-name element by the product (old Rakuten layouts) outranks the site's own name.
@Suite("Generic reader shop-name element")
struct GenericShopNameElementTests {
  /// A mall's page (site name Lampmarkt) with `before` above its heading and `after` below it.
  private func seller(before: String = "", after: String = "") throws -> String? {
    let html = """
      <html><head><title>Copper Lamp 40 cm | Lampmarkt</title><meta property="og:site_name" content="Lampmarkt">
      <meta property="og:type" content="product"></head><body><div class="item">\(before)
      <h1 class="product-title">Copper Lamp 40 cm</h1><div class="price">€ 49,00</div>\(after)</div></body></html>
      """
    return try ListingExtractor.extract(utf8: Array(html.utf8)).listing.seller.name
  }

  @Test("An element named for the shop's name by the heading names the seller, not the mall")
  func shopNameBesideHeading() throws {
    let report = try PagePipeline.read(PagePath(TestPaths.page("generic-shop-name-element.html").path))
    #expect(report.listing.seller.name == "ランプ屋さん")
    #expect(report.provenance["listing.seller.name"] == .generic)
    #expect(try seller(before: #"<div class="store-name"><a href="/lamp-co/">Lamp Co</a></div>"#) == "Lamp Co")
    #expect(try seller(after: #"<p>Shop <span id="shop_name">Lamp Co</span></p>"#) == "Lamp Co")
    // The innermost of nested shop-name elements: the stars beside the name are not part of it.
    #expect(
      try seller(after: #"<div class="shopNameArea"><span class="shopName">Lamp Co</span><span>★4.6</span></div>"#)
        == "Lamp Co")
  }

  @Test("A shop name in the chrome, in tiles that disagree or far from the heading leaves the site's name")
  func notTheProductsShop() throws {
    #expect(try seller(before: #"<header><span class="shop-name">Lamp Co</span></header>"#) == "Lampmarkt")
    let tiles = """
      <section><div class="item-tile"><span class="shop-name">Lamp Co</span></div>
      <div class="item-tile"><span class="shop-name">Brass House</span></div></section>
      """
    #expect(try seller(after: tiles) == "Lampmarkt")
    let far = String(repeating: "<p><span>spec</span></p>", count: 400) + #"<span class="shop-name">Lamp Co</span>"#
    #expect(try seller(after: far) == "Lampmarkt")
    // A label named so is no name.
    #expect(try seller(after: #"<span class="shop-name-label">Shop name</span>"#) == "Lampmarkt")
  }
}

/// A price named only in an `aria-label` of the buy box (Allegro), with its currency.
@Suite("Generic reader aria-label price")
struct GenericAriaLabelPriceTests {
  /// A product page with no price markup and `body` after its heading.
  private func price(_ body: String) throws -> Money? {
    let html = """
      <html lang="pl"><head><title>Ekspres Brevio | Targowisko</title><meta property="og:type" content="product">
      </head><body><main><h1 class="mp4t_0">Ekspres Brevio</h1>\(body)<p>Sprzedawca: KawaDom</p></main></body></html>
      """
    return try ListingExtractor.extract(utf8: Array(html.utf8)).listing.price
  }

  @Test("An aria-label with a price word and one amount with its currency gives the price")
  func ariaLabelPrice() throws {
    let report = try PagePipeline.read(PagePath(TestPaths.page("generic-aria-label-price.html").path))
    #expect(report.listing.price == Money(amount: 1299, currency: "PLN"))
    #expect(report.provenance["listing.price"] == .generic)
    #expect(GenericReader.ariaPrice("1 299,00 zł aktualna cena", hints: .none) == Money(amount: 1299, currency: "PLN"))
    #expect(GenericReader.ariaPrice("Price: 49.00 EUR", hints: .none) == Money(amount: 49, currency: "EUR"))
    #expect(
      try price(#"<div aria-label="cena 349,99 zł"><span>349</span><span>,99 zł</span></div>"#)
        == Money(amount: 349.99, currency: "PLN"))
  }

  @Test("Labels of other prices, amounts without a currency and struck or far prices give none")
  func notAnAriaPrice() throws {
    for label in [
      "Cena z dostawą 1 308,99 zł", "20 rat x 64,95 zł", "cena 1 299,00", "cena 12,99 zł/kg", "ocena 4,85 na 5",
      "najniższa cena z 30 dni 1 399,00 zł", "Price drop $5", "cena 12,99 zł - 15,99 zł",
    ] {
      #expect(GenericReader.ariaPrice(label, hints: .none) == nil, "\(label)")
    }
    #expect(try price(#"<s aria-label="cena 1 599,00 zł">1 599,00 zł</s>"#) == nil)
    #expect(try price(#"<div class="old-price" aria-label="cena 1 599,00 zł">1 599,00 zł</div>"#) == nil)
    #expect(try price(#"</main><footer><span aria-label="cena 19,99 zł">19,99 zł</span></footer><main>"#) == nil)
    let far = String(repeating: "<p><span>opis</span></p>", count: 400) + #"<div aria-label="cena 899,00 zł"></div>"#
    #expect(try price(far) == nil)
  }
}

/// An amount shown without any currency sign in an element named a price (bol), given the
/// currency only when the page itself says which.
@Suite("Generic reader bare amounts")
struct GenericBareAmountTests {
  /// A product page at `url` in `language`, with `head` in its head and `price` after its heading.
  private func price(_ price: String, url: String?, language: String, head: String = "") throws -> Money? {
    let link = url.map { #"<link rel="canonical" href="\#($0)">"# } ?? ""
    let html = """
      <html lang="\(language)"><head><title>Theepot 1,2 l | Keukenhuis</title>\(link)\(head)
      <meta property="og:type" content="product"></head><body><main><h1 class="page-heading">Theepot 1,2 l</h1>
      \(price)<p>Verkoop door Keukenhuis</p></main></body></html>
      """
    return try ListingExtractor.extract(utf8: Array(html.utf8)).listing.price
  }

  @Test("Only digits with two decimals count as a bare amount")
  func bareAmounts() {
    for text in ["12,99", "1.299,00", "1 299.00", "24,95"] { #expect(GenericReader.isBareAmount(text), "\(text)") }
    for text in ["8999", "89 99", "12,9", "1,299", "€ 12,99", "12,99 $", "ab 12,99", "-12,99", "12,-"] {
      #expect(!GenericReader.isBareAmount(text), "\(text)")
    }
  }

  @Test("A bare amount in a price element takes the currency the page names, or its euro country's")
  func currencyFromThePage() throws {
    let report = try PagePipeline.read(PagePath(TestPaths.page("generic-bare-amount-euro.html").path))
    #expect(report.listing.price == Money(amount: 24.95, currency: "EUR"))
    #expect(report.provenance["listing.price"] == .generic)
    let shown = #"<span class="price">12,99</span>"#
    let euro = Money(amount: 12.99, currency: "EUR")
    #expect(try price(shown, url: "https://www.lampenhuis.de/p/1", language: "de") == euro)
    #expect(try price(shown, url: "https://www.lampenhuis.be/p/1", language: "fr-BE") == euro)
    // The currency named by the page's structured data or OpenGraph, under any domain.
    let jsonLD = """
      <script type="application/ld+json">{"@type":"Product","name":"Theepot 1,2 l",
      "offers":{"@type":"AggregateOffer","lowPrice":"","priceCurrency":"GBP"}}</script>
      """
    #expect(
      try price(shown, url: "https://teapots.example.com/p/1", language: "en", head: jsonLD)
        == Money(amount: 12.99, currency: "GBP"))
    #expect(
      try price(
        #"<span itemprop="price">1.299,00</span>"#, url: nil, language: "de",
        head: #"<meta property="og:price:currency" content="EUR">"#) == Money(amount: 1299, currency: "EUR"))
  }

  @Test("Without a currency the page names, or with a split amount, a bare amount gives no price")
  func noCurrencyNamed() throws {
    let shown = #"<span class="price">12,99</span>"#
    // A domain without a language that matches it, or a language without its domain.
    #expect(try price(shown, url: "https://www.lampenhuis.nl/p/1", language: "en") == nil)
    #expect(try price(shown, url: "https://www.lampenhuis.nl/p/1", language: "nl-BE") == nil)
    #expect(try price(shown, url: "https://www.lampenhuis.com/p/1", language: "nl") == nil)
    #expect(try price(shown, url: nil, language: "de") == nil)
    // A country that paid in its own currency before joining the euro (Lithuania, 2015).
    #expect(try price(shown, url: "https://www.lempos.lt/p/1", language: "lt") == nil)
    // Two currencies named: which one is unknown.
    #expect(
      try price(
        shown, url: "https://www.lampenhuis.nl/p/1", language: "nl",
        head: #"<meta property="og:price:currency" content="GBP">"#) == nil)
    // Whole and cents in elements of their own, "89" "99": the reading would be a guess.
    #expect(
      try price(
        #"<span class="promo-price">89<sup>99</sup></span>"#, url: "https://www.lampenhuis.nl/p/1", language: "nl")
        == nil)
  }
}
