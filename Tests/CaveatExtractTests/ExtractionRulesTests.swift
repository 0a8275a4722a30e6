import CaveatCore
import Testing

@testable import CaveatExtract

private func listing(title: String? = nil, price: Double? = nil, rating: Double? = nil, seller: String? = nil)
  -> Listing
{
  var listing = Listing()
  listing.title = title
  listing.price = price.map { Money(amount: $0, currency: "USD") }
  listing.rating.average = rating
  listing.seller.name = seller
  return listing
}

/// The error `ListingExtractor.extract` throws for `html`, or nil when it reads a listing.
private func extractionError(_ html: String, options: ExtractionOptions = ExtractionOptions()) -> ExtractionError? {
  do throws(ExtractionError) {
    _ = try ListingExtractor.extract(utf8: Array(html.utf8), options: options)
    return nil
  } catch {
    return error
  }
}

private let bothModes = [
  ExtractionOptions(), ExtractionOptions(stripScriptBodies: false, useElementIndex: false, directTree: false),
]

@Suite("Extraction rules")
struct ExtractionRulesTests {
  // MARK: ListingMerger

  @Test("The first candidate holding a field supplies it, with its provenance")
  func mergerPrefersFirstCandidate() {
    let (merged, provenance) = ListingMerger.merge([
      Candidate(provenance: .pageState, listing: listing(title: "Brass lamp", rating: 4.5)),
      Candidate(provenance: .jsonLD, listing: listing(title: "Lamp (JSON-LD)", price: 12, rating: 3.0)),
      Candidate(provenance: .openGraph, listing: listing(title: "Lamp (og)", price: 99, seller: "Lamp Store")),
    ])
    #expect(merged.title == "Brass lamp")
    #expect(merged.rating.average == 4.5)
    #expect(merged.price == Money(amount: 12, currency: "USD"))
    #expect(merged.seller.name == "Lamp Store")
    #expect(provenance["listing.title"] == .pageState)
    #expect(provenance["listing.rating.average"] == .pageState)
    #expect(provenance["listing.price"] == .jsonLD)
    #expect(provenance["listing.seller.name"] == .openGraph)
    #expect(provenance["listing.url"] == nil)
  }

  @Test("An empty title does not count as present")
  func mergerSkipsEmptyTitle() {
    let (merged, provenance) = ListingMerger.merge([
      Candidate(provenance: .dom, listing: listing(title: "")),
      Candidate(provenance: .jsonLD, listing: listing(title: "Brass lamp")),
    ])
    #expect(merged.title == "Brass lamp")
    #expect(provenance["listing.title"] == .jsonLD)
  }

  @Test("A clipped title gives way to a longer one that starts with it")
  func mergerExtendsClippedTitle() {
    let (merged, provenance) = ListingMerger.merge([
      Candidate(provenance: .dom, listing: listing(title: "Vintage Brass Desk Lamp with", price: 10)),
      Candidate(provenance: .jsonLD, listing: listing(title: "Vintage Brass Desk Lamp with Marble Base")),
    ])
    #expect(merged.title == "Vintage Brass Desk Lamp with Marble Base")
    #expect(provenance["listing.title"] == .jsonLD)
    #expect(provenance["listing.price"] == .dom)
  }

  @Test(
    "A title with the site's name appended does not replace the title",
    arguments: [" | eBay", " - Etsy", " – Lamp Store", ": Amazon.com"])
  func mergerIgnoresSiteSuffix(suffix: String) {
    let title = "Vintage Brass Desk Lamp with Marble Base"
    let (merged, provenance) = ListingMerger.merge([
      Candidate(provenance: .dom, listing: listing(title: title)),
      Candidate(provenance: .openGraph, listing: listing(title: title + suffix)),
    ])
    #expect(merged.title == title)
    #expect(provenance["listing.title"] == .dom)
  }

  // MARK: ListingValidator

  @Test("Impossible values are rejected with a warning each; possible ones stay")
  func validatorRejects() {
    var bad = Listing()
    bad.title = "Lamp"
    bad.rating.average = 7.5
    bad.rating.count = -3
    bad.reviewCount = -1
    bad.soldCount = -5
    bad.seller.positiveFeedbackPercent = 140
    bad.seller.followers = 200_000_000_000
    bad.terms.returnWindowDays = 5000
    bad.reviews = [Review(stars: 6, text: "too many stars"), Review(stars: 4, text: "fine")]
    var warnings: [String] = []
    ListingValidator.validate(&bad, warnings: &warnings)
    #expect(bad.title == "Lamp")
    #expect(bad.rating.average == nil)
    #expect(bad.rating.count == nil)
    #expect(bad.reviewCount == nil)
    #expect(bad.soldCount == nil)
    #expect(bad.seller.positiveFeedbackPercent == nil)
    #expect(bad.seller.followers == nil)
    #expect(bad.terms.returnWindowDays == nil)
    #expect(bad.reviews?.map(\.stars) == [nil, 4])
    for path in [
      "listing.rating.average = 7.5", "listing.rating.count = -3", "listing.reviewCount = -1", "listing.soldCount = -5",
      "listing.seller.positiveFeedbackPercent = 140", "listing.seller.followers", "listing.terms.returnWindowDays",
      "review's stars = 6",
    ] {
      #expect(warnings.contains { $0.contains(path) }, "no warning for \(path): \(warnings)")
    }
    #expect(warnings.count == 8)

    var good = Listing()
    good.rating.average = 5
    good.rating.count = 0
    good.seller.positiveFeedbackPercent = 100
    good.terms.returnWindowDays = 0
    let before = good
    warnings = []
    ListingValidator.validate(&good, warnings: &warnings)
    #expect(good == before)
    #expect(warnings.isEmpty)
  }

  @Test("A negative rating count in JSON-LD is dropped with a warning")
  func negativeCountInJSONLD() throws {
    let page = try ListingExtractor.extract(
      utf8: Array(
        """
        <html><head><script type="application/ld+json">
        {"@type": "Product", "name": "Lamp", "offers": {"price": "10", "priceCurrency": "USD"},
         "aggregateRating": {"ratingValue": "4.5", "ratingCount": -4}}
        </script></head><body></body></html>
        """.utf8))
    #expect(page.listing.rating.count == nil)
    #expect(page.listing.rating.average == 4.5)
    #expect(page.warnings.contains { $0.contains("negative ratingCount") }, "\(page.warnings)")
  }

  // MARK: URLText

  @Test(
    "URLText.resolve",
    arguments: [
      ("https://other.example/x", "https://shop.example/a/b", "https://other.example/x"),
      ("//cdn.example/i.png", "https://shop.example/a/b", "https://cdn.example/i.png"),
      ("/site/x", "https://shop.example/a/b", "https://shop.example/site/x"),
      ("/site/x", "https://shop.example:8443/a/b?q=1", "https://shop.example:8443/site/x"),
      ("/p", "https://shop.example?q=1", "https://shop.example/p"),
      ("c", "https://shop.example/a/b", "https://shop.example/a/c"),
      ("c", "https://shop.example/a/", "https://shop.example/a/c"),
      ("c", "https://shop.example", "https://shop.example/c"),
      ("x?y=1", "https://shop.example/a/b?q=/z/w#f", "https://shop.example/a/x?y=1"),
      ("item/1", "no-scheme/a", "item/1"),
    ])
  func resolve(reference: String, base: String, expected: String) {
    #expect(URLText.resolve(reference, against: base) == expected)
  }

  @Test("URLText.resolve follows RFC 3986 for query-only and dot-segment references")
  func resolveRFC3986() {
    #expect(URLText.resolve("?page=2", against: "https://shop.example/a/b") == "https://shop.example/a/b?page=2")
    #expect(URLText.resolve("../c", against: "https://shop.example/a/b") == "https://shop.example/c")
  }

  // MARK: AntiBotDetector through ListingExtractor

  @Test("Amazon's robot check is an anti-bot page", arguments: bothModes.indices)
  func amazonCaptcha(mode: Int) {
    let html = """
      <!doctype html><html><head><title dir="ltr">Amazon.com</title></head><body>
      <div class="a-container"><div class="a-box a-alert a-alert-info"><h4>Enter the characters you see below</h4>
      <p class="a-last">Sorry, we just need to make sure you're not a robot.</p></div>
      <form method="get" action="/errors/validateCaptcha"><input type=hidden name="amzn" value="Zk7x">
      <img src="https://images-na.ssl-images-amazon.com/captcha/tqxvbnfk/Captcha_pmkzqwhrtd.jpg">
      <input id="captchacharacters" name="field-keywords" type="text"><button type="submit">Continue shopping</button>
      </form></div></body></html>
      """
    guard case .antiBotPage(let detail)? = extractionError(html, options: bothModes[mode]) else {
      Issue.record("expected antiBotPage, got \(String(describing: extractionError(html, options: bothModes[mode])))")
      return
    }
    #expect(detail.contains("Amazon"))
  }

  @Test("AliExpress's slider page, recognised by x5secdata in a script", arguments: bothModes.indices)
  func aliexpressSlider(mode: Int) {
    func page(script: String) -> String {
      """
      <!doctype html><html><head><meta charset="utf-8"><title>Captcha Interception</title>
      <script>\(script)</script></head>
      <body><div id="nocaptcha" class="nc-container"></div></body></html>
      """
    }
    let slider = page(script: #"window._config_ = {"action": "captcha", "x5secdata": "xQmvOeW2"};"#)
    guard case .antiBotPage(let detail)? = extractionError(slider, options: bothModes[mode]) else {
      Issue.record("expected antiBotPage, got \(String(describing: extractionError(slider, options: bothModes[mode])))")
      return
    }
    #expect(detail.contains("slider"))
    // The same page without the marker is merely empty.
    let plain = page(script: #"window._config_ = {"action": "captcha"};"#)
    #expect(extractionError(plain, options: bothModes[mode]) == .noProductData(detail: nil))
  }

  @Test("A blog page without a product has no product data", arguments: bothModes.indices)
  func blogPage(mode: Int) {
    let html = """
      <!doctype html><html><head><title>Ten lamps we love | Home Blog</title>
      <meta property="og:type" content="article"><meta property="og:title" content="Ten lamps we love">
      <script type="application/ld+json">{"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Ten lamps we love"}</script>
      </head><body><article><h1>Ten lamps we love</h1><p>Brass lamps are back. Prices start at $25.</p></article></body></html>
      """
    #expect(extractionError(html, options: bothModes[mode]) == .noProductData(detail: nil))
  }

  @Test("A product page that mentions a captcha is still a product page")
  func productWithCaptchaWidget() throws {
    let html = """
      <html><head><script type="application/ld+json">
      {"@type": "Product", "name": "Brass Lamp", "offers": {"price": "25.00", "priceCurrency": "EUR"}}
      </script></head><body><div class="g-recaptcha"></div><p>Are you a robot? Sign in to review.</p></body></html>
      """
    let page = try ListingExtractor.extract(utf8: Array(html.utf8))
    #expect(page.listing.title == "Brass Lamp")
    #expect(page.listing.price == Money(amount: 25, currency: "EUR"))
  }

  @Test("A page that starts with an unterminated comment has no product data")
  func unterminatedCommentPage() {
    #expect(
      extractionError("<!-- saved badly <html><body><h1>Lamp</h1></body></html>")
        == .noProductData(detail: "the page starts with an unterminated comment"))
  }

  // MARK: Pages saved without their scripts

  @Test("AliExpress's header store card counts only when it names the product block's store")
  func aliExpressHeaderCardOfAnotherStore() throws {
    let html = """
      <html><head><link rel="canonical" href="https://www.aliexpress.com/item/4000111222333.html"></head><body>
      <div id="store-info-wrap"><div data-role="dsr"><h3 data-role="store-name"><a href="//www.aliexpress.com/store/9">\
      Another Store</a></h3><div><span data-role="positive-feedback"><i>90.1%</i></span></div></div>\
      <div><p class="num-followers"><i>500</i> Followers</p></div></div>
      <div id="root"><h1 data-pl="product-title">Folding Step Stool</h1>\
      <div class="shop-name"><a href="//www.aliexpress.com/store/7">Product Block Store</a></div></div>
      </body></html>
      """
    let page = try ListingExtractor.extract(utf8: Array(html.utf8))
    #expect(page.listing.seller.name == "Product Block Store")
    #expect(page.listing.seller.id == "7")
    #expect(page.listing.seller.positiveFeedbackPercent == nil)
    #expect(page.listing.seller.followers == nil)
  }

  @Test(
    "AliExpress's og:title gives a price only from a leading segment that is a price with its currency",
    arguments: [
      ("€12.40 15% OFF|Folding Step Stool|Stools|   - AliExpress", Money(amount: 12.4, currency: "EUR")),
      ("2 Pcs|Folding Step Stool|Stools|   - AliExpress", nil),
      ("$12.40 15% OFF|Folding Step Stool|Stools|   - AliExpress", nil),
      ("€12.40 15% OFF|Folding Step Stool - Shop Example", nil),
    ] as [(String, Money?)])
  func aliExpressTitlePrice(_ title: String, _ price: Money?) throws {
    let html = """
      <html><head><meta property="og:url" content="//www.aliexpress.com/item/4000111222333.html">
      <meta property="og:type" content="product"><meta property="al:android:package" content="com.alibaba.aliexpresshd">
      <meta property="og:title" content="\(title)"></head><body><div id="root"></div></body></html>
      """
    let page = try ListingExtractor.extract(utf8: Array(html.utf8))
    #expect(page.listing.price == price)
    #expect(page.listing.productId == "4000111222333")
  }
}
