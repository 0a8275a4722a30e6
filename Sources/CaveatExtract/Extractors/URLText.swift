/// Minimal URL arithmetic for links a page gives relative to itself.
enum URLText {
  /// `reference` resolved against `base` ("/site/x" on "https://shop.example/a/b" gives
  /// "https://shop.example/site/x").
  static func resolve(_ reference: String, against base: String) -> String {
    if reference.contains("://") { return reference }
    guard let schemeEnd = base.range(of: "://") else { return reference }
    let scheme = base[..<schemeEnd.lowerBound]
    if reference.hasPrefix("//") { return scheme + ":" + reference }
    let afterScheme = base[schemeEnd.upperBound...]
    let authority = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    let origin = base[..<authority.endIndex]
    if reference.hasPrefix("/") { return origin + reference }
    let path = afterScheme[authority.endIndex...].prefix { $0 != "?" && $0 != "#" }
    let directory = path.lastIndex(of: "/").map { path[...$0] } ?? "/"
    return origin + directory + reference
  }
}
