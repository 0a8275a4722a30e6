import CaveatHTML

/// Recognises robot checks and captcha walls saved in place of a product page.
enum AntiBotDetector {
  /// Phrases and markers of the walls shoppers meet, lowercased. Sources: the pages the
  /// marketplaces serve (Amazon's "/errors/validateCaptcha" form, AliExpress/Taobao's
  /// "punish" slider with `x5secdata` and `_____tmd_____`, eBay's "Pardon Our Interruption",
  /// DataDome and PerimeterX challenge scripts, Cloudflare's "Just a moment").
  private static let markers: [(needle: String, detail: String)] = [
    ("validatecaptcha", "Amazon's robot check (\"Enter the characters you see below\")"),
    ("enter the characters you see below", "Amazon's robot check"),
    ("type the characters you see in this image", "Amazon's robot check"),
    ("robot check", "a robot check"),
    ("_____tmd_____", "the AliExpress/Taobao slider check (\"slide to verify\")"),
    ("x5secdata", "the AliExpress/Taobao slider check (\"slide to verify\")"),
    ("punish?x5", "the AliExpress/Taobao slider check"),
    ("slide to verify", "a slider captcha (\"slide to verify\")"),
    ("please slide to verify", "a slider captcha"),
    ("verify you are human", "a \"verify you are human\" check"),
    ("verify that you are human", "a \"verify you are human\" check"),
    ("are you a robot", "a robot check"),
    ("pardon our interruption", "eBay's bot check (\"Pardon Our Interruption\")"),
    ("checking your browser", "a browser check"),
    ("captcha-delivery.com", "a DataDome captcha"),
    ("px-captcha", "a PerimeterX captcha"),
    ("just a moment...", "a Cloudflare browser check"),
    ("cf-challenge", "a Cloudflare challenge"),
    ("g-recaptcha", "a reCAPTCHA check"),
    ("h-captcha", "an hCaptcha check"),
    ("访问验证", "a Chinese access-verification page"),
    ("请按住滑块", "a Chinese slider check"),
  ]

  /// Script-body markers the prescan keeps so the check can see them.
  static let scriptMarkers = ["_____tmd_____", "x5secdata", "captcha"]

  /// A description of the wall, or nil for an ordinary page.
  static func detect(_ page: PageContext) -> String? {
    var haystack = (page.first("//title")?.text ?? "").lowercased()
    haystack += " " + (page.document.root?.text.prefix(20_000).lowercased() ?? "")
    for form in page.select("//form[@action]") { haystack += " " + (form.attribute("action") ?? "").lowercased() }
    for node in page.select("//*[@id or @class]").prefix(3000) {
      haystack += " " + (node.attribute("id") ?? "").lowercased() + " " + (node.attribute("class") ?? "").lowercased()
    }
    for script in page.select("//script[@src]") { haystack += " " + (script.attribute("src") ?? "").lowercased() }
    for comment in page.select("//comment()").prefix(50) { haystack += " " + comment.rawText.lowercased() }
    for script in page.scripts where !script.isJSONLD { haystack += " " + script.text.prefix(100_000).lowercased() }
    return markers.first { haystack.containsLiteral($0.needle) }.map { $0.detail }
  }
}
