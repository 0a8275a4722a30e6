import Testing

@testable import CaveatExtract
@testable import CaveatHTML

/// Realistic page shapes: hashed CSS-module classes, repeated ids, nested matches, entities in
/// attributes, microdata, tables, stray content after `</html>`.
private let pages: [(name: String, html: String)] = [
  (
    "aliexpress-2025",
    """
    <!doctype html>
    <html lang="en"><head>
    <meta property="og:url" content="https://www.aliexpress.com/item/1005001.html?spm=a&amp;gatewayAdapt=glo2usa">
    <meta property="og:title" content="Brass Lamp">
    <meta name="description" content="A lamp">
    <title>Brass Lamp - AliExpress</title>
    </head><body>
    <div id="root" class="pdp-page pdp-wrap">
      <div class="pdp-info">
        <h1 data-pl="product-title" class="title--wrap--UUHae_g">Brass Lamp</h1>
        <div class="price--wrap--Q1xY9 price-default--current--3KfnxCpY"><span class="price--currentPriceText--V8_y_b5 pdp-comp-price-current">US $12.99</span></div>
        <div class="price--originalText--gxVO5_d">US $25.98</div>
        <div class=" x  y&#9;price--sale--9zz "><span>-50%</span></div>
        <div class="reviewer--wrap--sPGWrNq"><span class="reviewer--rating--xrWWFzx">4.8</span>
          <a class="reviewer--reviews--cx7Zs_V" href="#nav-review">1,234 Reviews</a></div>
      </div>
      <div class="store-info--wrap--1">
        <a data-pl="store-name" href="https://www.aliexpress.com/store/1102?spm=a&amp;b=c">Lamp Store</a>
        <a data-pl="store-follow" href="/store/follow?id=1102&amp;x=1">Follow</a>
        <a href="https://www.aliexpress.com/item/2.html">Other</a>
      </div>
      <div id="nav-review" class="x">
        <div class="list--itemBox--je_KNzb" data-pl="review"><span class="list--itemReview--d9Z9Z5Z">Great</span></div>
        <div class="list--itemBox--je_KNzb" data-pl="review"><span class="list--itemReview--d9Z9Z5Z">Fine</span></div>
        <div class="histogram"><a href="/reviews?filterByStar=five_star">5 star</a><b>72%</b>
          <dl><dt>Colour</dt><dd>Gold</dd></dl><img class="thumb review-image-tile" src="a.jpg"></div>
      </div>
    </div>
    </body></html>
    """
  ),
  (
    "amazon-repeated-ids",
    """
    <html><head><link rel="canonical" href="https://www.amazon.com/dp/B0C7KX4T2M"><title>Amazon.com</title></head>
    <body><div id="dp" class="a-container">
      <input type="hidden" id="ASIN" value="B0C7KX4T2M"><input type="hidden" id="ASIN" value="B0C7KX4T2M">
      <span id="productTitle" class="a-size-large">  Brass Lamp  </span>
      <div id="a" class="a-section"><span id="t" class="a-size-base a-color-price">$12.99</span>
        <div id="b" class="a-row"><span class="a-size-base">inner b</span><span id="t">second t</span></div>
        <span class="xa-size-base">not a token</span></div>
      <div id="b" class="a-row"><span>second b</span></div>
      <div id="acrPopover" title="4.5 out of 5 stars"><span class="a-size-base a-color-base">4.5</span></div>
      <div id="cm_cr-review_list">
        <div id="R1" data-hook="review" class="a-section review"><a class="a-profile" href="/gp/profile/amzn1?ref=x&amp;y=z"><span class="a-profile-name">Ann</span></a>
          <i data-hook="review-star-rating" class="a-icon a-icon-star a-star-5"><span class="a-icon-alt">5.0 out of 5 stars</span></i>
          <span data-hook="review-body" class="a-size-base review-text">Lovely</span></div>
        <div id="R2" data-hook="review" class="a-section review"><a class="a-profile" href="/gp/profile/amzn2"><span class="a-profile-name">Bob</span></a>
          <span data-hook="review-body" class="a-size-base review-text">OK</span></div>
      </div>
      <table id="histogramTable"><tr id="row1" class="a-histogram-row"><td>5 star</td><td>80%</td></tr>
        <tr id="row2" class="a-histogram-row"><td>4 star</td><td>20%</td></tr><tr id="header"><td>h</td></tr></table>
      <ul><li>a</li><li>b</li><li>c</li></ul><ul><li>d</li><li>e</li></ul>
    </div></body></html>
    """
  ),
  (
    "microdata-table",
    """
    <html><head><meta property="og:url" content="https://shop.example/p/1"><meta property="og:type" content="product"></head>
    <body>
    <div itemscope itemtype="https://schema.org/Product" id="product">
      <h1 itemprop="name" class="x">Lamp</h1>
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price" content="12.99">$12.99</span></div>
      <div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating"><span itemprop="ratingValue">4.5</span></div>
    </div>
    <div itemscope itemtype="https://schema.org/Review" itemprop="review"><span itemprop="reviewBody">Nice</span></div>
    <div itemscope itemtype="https://schema.org/BreadcrumbList"><a href="/store/home">Home</a></div>
    <table><tbody>
      <tr id="row-1" class="row odd"><td class="x">1</td></tr>
      <tr id="row-2" class="row even"><td>2</td></tr>
      <tr id="rowing"><td>3</td></tr>
      <tr id="arrow"><td>4</td></tr>
    </tbody></table>
    <div class="x"><div class="x"><span class="x">nested x</span></div></div>
    <div class="x-y xx"><span>not x</span></div>
    </body></html>
    """
  ),
  (
    "odd-markup",
    """
    <HTML><HEAD><META PROPERTY="og:url" CONTENT="https://odd.example/?a=1&amp;b=2"></HEAD>
    <BODY>
    <DIV ID="a" CLASS="X x">upper</DIV>
    <div id="" class="">empty attributes</div>
    <div id class>bare attributes</div>
    <div class="x
    price--multi--line">newline in class</div>
    <div id="a&amp;b" data-pl="x">entity in id</div>
    <p><a data-pl="x" href="/store/&amp;/x">amp href</a><a data-pl="y" href="&#47;store&#47;7">numeric entities</a></p>
    <template><span id="t">in template</span></template>
    <noscript><div id="t" class="x">in noscript</div></noscript>
    <svg class="x icon"><path id="t" class="x"/></svg>
    <!-- <div id="a">commented</div> -->
    </BODY></HTML>
    <div id="b" class="x">after html</div><span id="t">late</span>
    """
  ),
]

/// Every supported shape, plus a few that fall back to libxml2.
private let expressions: [String] = [
  "//*[@id='a']",
  "//*[@id='b']",
  "//*[@id='t']",
  "//*[@id='a&b']",
  "//*[@id='']",
  "//*[@id='missing']",
  "//*[@id='a' or @id='b']",
  "//*[@id='a' or @id='b']//span",
  "//div[@id='a' or @id='b']//span[@id='t']",
  "(//span[@id='t'])[1]",
  "(//span[@id='t'])[2]",
  "(//*[@id='t'])[3]",
  "(//*[@id='a']//span)[2]",
  "(//li)[2]",
  "//ul/li[2]",
  "//div[contains(concat(' ', normalize-space(@class), ' '), ' x ')]",
  "//*[contains(concat(' ', normalize-space(@class), ' '), ' x ')]",
  "//span[contains(concat(' ', normalize-space(@class), ' '), ' a-size-base ')]",
  "//*[contains(concat(' ', normalize-space(@class), ' '), ' a-section ')]//span[contains(concat(' ', normalize-space(@class), ' '), ' a-size-base ')]",
  "//*[contains(concat(' ', normalize-space(@class)), ' price--')]",
  "//div[contains(concat(' ', normalize-space(@class)), ' price-default--current--')]//span",
  "//*[contains(concat(' ', normalize-space(@class)), ' list--itemBox--')]",
  "//*[contains(concat(' ', normalize-space(@class)), ' a-')]",
  "//*[contains(concat(' ', normalize-space(@class)), ' reviewer--') and not(@href)]",
  "//meta[@property='og:url']",
  "//meta[@property='og:url' or @name='description']",
  "//*[@itemscope and not(@itemprop)]",
  "//*[@itemscope]",
  "//*[@itemprop and not(@itemscope)]",
  "//a[contains(@href, '/store/')]",
  "//a[contains(@href, '&b=')]",
  "//*[contains(@class, 'a-size-base')]",
  "//tr[starts-with(@id, 'row')]",
  "//*[starts-with(@id, 'R')]",
  "//a[@data-pl='store-name']",
  "//*[@data-hook='review']//*[@data-hook='review-body']",
  "//*[@data-hook='review']/a/span",
  "//*[@id or @class]",
  "//div[@id][@class]",
  "//div[not(@id)]",
  "//span",
  "//h1[@data-pl='product-title']/text()",
  "//*[@id='R1']//@href",
  "//input[@id='ASIN']",
  "//h1[@data-pl='product-title'] | //meta[@property='og:url']",
  "//*[@id='b'] | //*[@id='a']",
  "//*[@id='t'] | //span[contains(concat(' ', normalize-space(@class), ' '), ' x ')] | //td",
  "//tr[starts-with(@id, 'row')] | //li[2]",
  "//title | //comment()",
]

/// Relative expressions, asked from inside each `div`.
private let relativeExpressions: [String] = [
  ".//a[@data-pl='x']",
  ".//a[@data-pl='store-name']",
  ".//*[@id='t']",
  ".//*[@id='b']//span",
  ".//span[contains(concat(' ', normalize-space(@class), ' '), ' x ')]",
  ".//*[contains(concat(' ', normalize-space(@class)), ' list--')]",
  "(.//span[contains(@class, 'a-profile-name')])[1]",
  ".//*[@data-hook='review-body']",
  ".//a[contains(@href, '/store/')]",
  ".//span",
  ".//p | .//li | .//span",
  ".//i[@data-hook='review-star-rating' or @data-hook='cmps-review-star-rating']",
  ".//img[@data-hook='x' or contains(@class, 'review-image-tile')]",
  ".//a[contains(@href, 'filterByStar=')]",
  ".//*",
  ".//dt",
  ".//b",
  ".//span[1]",
  "(.//span)[2]",
  ".//li[not(@class)]",
]

private func describe(_ nodes: [HTMLNode]) -> String {
  "["
    + nodes.map { node in
      node.isElement ? "\(node.name)#\(node.attribute("id") ?? "")" : "'\(node.rawText.prefix(20))'"
    }.joined(separator: ", ") + "]"
}

private func same(_ a: [HTMLNode], _ b: [HTMLNode]) -> Bool {
  a.count == b.count && zip(a, b).allSatisfy { $0.isSame(as: $1) }
}

/// Two contexts over one document: answered from the element index, and by libxml2 alone.
private func contexts(_ html: String) throws -> (indexed: PageContext, plain: PageContext) {
  let document = try #require(HTMLDocument.parse(utf8: Array(html.utf8)))
  let indexed = PageContext(document: document, scripts: [], urls: [])
  let plain = PageContext(document: document, scripts: [], urls: [])
  plain.useIndex = false
  return (indexed, plain)
}

@Suite("IndexedQuery")
struct IndexedQueryTests {
  @Test("Indexed answers equal libxml2's, node for node and in order", arguments: pages.map(\.name))
  func absoluteQueriesMatch(page name: String) throws {
    let html = try #require(pages.first { $0.name == name }?.html)
    let (indexed, plain) = try contexts(html)
    for expression in expressions {
      let fast = indexed.select(expression)
      let slow = plain.select(expression)
      #expect(same(fast, slow), "\(name): \(expression): index \(describe(fast)) vs libxml2 \(describe(slow))")
    }
    #expect(indexed.warnings.isEmpty && plain.warnings.isEmpty, "\(indexed.warnings) \(plain.warnings)")
  }

  @Test("Relative queries match from every div", arguments: pages.map(\.name))
  func relativeQueriesMatch(page name: String) throws {
    let html = try #require(pages.first { $0.name == name }?.html)
    let (indexed, plain) = try contexts(html)
    let divs = plain.select("//div") + plain.select("//body")
    #expect(!divs.isEmpty)
    for context in divs {
      for expression in relativeExpressions {
        let fast = indexed.select(expression, in: context)
        let slow = plain.select(expression, in: context)
        #expect(
          same(fast, slow),
          "\(name): \(expression) in \(describe([context])): index \(describe(fast)) vs libxml2 \(describe(slow))")
      }
    }
  }

  @Test("Every expression finds something on some page (the comparison is not vacuous)")
  func expressionsAreExercised() throws {
    var found: [String: Int] = [:]
    for page in pages {
      let (indexed, _) = try contexts(page.html)
      for expression in expressions { found[expression, default: 0] += indexed.select(expression).count }
      let root = try #require(indexed.first("//body"))
      for expression in relativeExpressions {
        found[expression, default: 0] += indexed.select(expression, in: root).count
      }
    }
    let empty = found.filter { $0.value == 0 }.map(\.key).sorted()
    #expect(empty == ["//*[@id='missing']"], "never matched: \(empty)")
  }

  @Test("Spot checks against hand-read answers")
  func spotChecks() throws {
    let (indexed, _) = try contexts(try #require(pages.first { $0.name == "amazon-repeated-ids" }?.html))
    #expect(indexed.select("//*[@id='t']").map(\.text) == ["$12.99", "second t"])
    #expect(indexed.select("(//span[@id='t'])[1]").map(\.text) == ["$12.99"])
    #expect(
      indexed.select("//*[@id='a' or @id='b']//span").map(\.text) == [
        "$12.99", "inner b", "second t", "not a token", "second b",
      ])
    #expect(indexed.select("//span[contains(concat(' ', normalize-space(@class), ' '), ' a-size-base ')]").count == 5)
    #expect(indexed.select("//tr[starts-with(@id, 'row')]").map { $0.attribute("id") } == ["row1", "row2"])
    let (aliexpress, _) = try contexts(try #require(pages.first { $0.name == "aliexpress-2025" }?.html))
    #expect(aliexpress.select("//*[contains(concat(' ', normalize-space(@class)), ' price--')]").count == 4)
    #expect(aliexpress.select("//a[contains(@href, '/store/')]").map(\.text) == ["Lamp Store", "Follow"])
  }

  @Test("Supported shapes are planned")
  func supportedShapesArePlanned() {
    let planned = [
      "//*[@id='a']", "//*[@id='a' or @id='b']//span", "(//span[@id='t'])[1]", ".//a[@data-pl='x']",
      "//div[contains(concat(' ', normalize-space(@class), ' '), ' x ')]",
      "//*[contains(concat(' ', normalize-space(@class)), ' price--')]", "//meta[@property='og:url']",
      "//*[@itemscope and not(@itemprop)]", "//a[contains(@href, '/store/')]", "//tr[starts-with(@id, 'row')]",
      "//ul/li[2]", "(//li)[2]", "//span",
    ]
    for expression in planned { #expect(IndexedQuery.plan(expression) != nil, "\(expression)") }
    #expect(IndexedQuery.plan("//*[@id='a']//span")?.rest == "//span")
    #expect(IndexedQuery.plan("(//span[@id='t'])[3]")?.position == 3)
    #expect(IndexedQuery.plan(".//a[@data-pl='x']")?.relative == true)
  }

  @Test(
    "Positional predicates, unions and other shapes are left to libxml2",
    arguments: [
      "//li[2]", "//li[ 2 ]", "//li[last()]", "//li[position() = 2]", "//li[@id='a'][2]", "//li[2][@id='a']",
      ".//li[1]", "//*", "//div | //span", "/html/body", "//div[@id=\"a\"]", "//div[@id = 'a']",
      "//a[contains(., 'x')]", "(//li)[last()]", "(//li)[0]", "(//a | //b)[1]", "//svg:path",
      "(//*[@id='x'])[1]//span", "id('a')", "//div[@id='a' and 2]",
    ])
  func unplannedShapes(expression: String) {
    #expect(IndexedQuery.plan(expression) == nil)
  }

  @Test("A relative query without a context node reads from the document root, both ways")
  func relativeWithoutContext() throws {
    let (indexed, plain) = try contexts(try #require(pages.first { $0.name == "amazon-repeated-ids" }?.html))
    for (relative, absolute) in [(".//*[@id='t']", "//*[@id='t']"), (".//span", "//span")] {
      let expected = plain.select(absolute)
      #expect(!expected.isEmpty)
      let fast = indexed.select(relative)
      let slow = plain.select(relative)
      #expect(same(fast, expected), "\(relative): index \(describe(fast))")
      #expect(same(slow, expected), "\(relative): libxml2 \(describe(slow)) vs \(describe(expected))")
    }
  }

  @Test("A path after the first step keeps document order when matches nest or it steps up")
  func restKeepsDocumentOrder() throws {
    let html = """
      <html><body><div id="P"><section id="S"><p class="m" id="m1">1</p></section><p class="m" id="m2">2</p></div>
      <div id="a" class="box"><span id="a1">a1</span><div id="b" class="box"><span id="b1">b1</span></div><span id="a2">a2</span></div>
      </body></html>
      """
    let (indexed, plain) = try contexts(html)
    for expression in [
      "//*[@id='a' or @id='b']/span",
      "//div[contains(concat(' ', normalize-space(@class), ' '), ' box ')]/span",
      "(//div[contains(concat(' ', normalize-space(@class), ' '), ' box ')]/span)[2]",
      "//*[contains(concat(' ', normalize-space(@class), ' '), ' m ')]/..",
    ] {
      #expect(IndexedQuery.plan(expression) != nil)
      let fast = indexed.select(expression)
      let slow = plain.select(expression)
      #expect(!slow.isEmpty)
      #expect(same(fast, slow), "\(expression): index \(describe(fast)) vs libxml2 \(describe(slow))")
    }
    // Descendant rests are unaffected by nesting.
    let descendant = "//*[@id='a' or @id='b']//span"
    #expect(same(indexed.select(descendant), plain.select(descendant)))
  }

  @Test("Empty literals in contains()/starts-with() agree with libxml2")
  func emptyLiterals() throws {
    let html = "<html><body><a href='/x'>1</a><a>2</a><a href=''>3</a></body></html>"
    let (indexed, plain) = try contexts(html)
    for expression in ["//a[contains(@href, '')]", "//a[starts-with(@href, '')]", "//a[not(contains(@href, ''))]"] {
      let fast = indexed.select(expression)
      let slow = plain.select(expression)
      #expect(same(fast, slow), "\(expression): index \(describe(fast)) vs libxml2 \(describe(slow))")
    }
  }
}
