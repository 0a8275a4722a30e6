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
    let path = String(afterScheme[authority.endIndex...].prefix { $0 != "?" && $0 != "#" })
    if reference.hasPrefix("/") { return origin + removeDotSegments(reference) }
    if reference.hasPrefix("?") || reference.hasPrefix("#") {
      let query = reference.hasPrefix("#") ? String(afterScheme[authority.endIndex...].prefix { $0 != "#" }) : path
      return origin + query + reference
    }
    let directory = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "/"
    return origin + removeDotSegments(directory + reference)
  }

  /// RFC 3986 §5.2.4: "/a/b/../c" → "/a/c", "/a/./b" → "/a/b".
  static func removeDotSegments(_ path: String) -> String {
    let query = path.firstIndex { $0 == "?" || $0 == "#" }
    let pathPart = query.map { String(path[..<$0]) } ?? path
    let tail = query.map { String(path[$0...]) } ?? ""
    var output: [Substring] = []
    let segments = pathPart.split(separator: "/", omittingEmptySubsequences: false)
    for (index, segment) in segments.enumerated() {
      let isLast = index == segments.count - 1
      switch segment {
      case ".":
        if isLast { output.append("") }
      case "..":
        if output.count > 1 { output.removeLast() }
        if isLast { output.append("") }
      default:
        output.append(segment)
      }
    }
    var result = output.joined(separator: "/")
    if !result.hasPrefix("/") { result = "/" + result }
    return result + tail
  }
}
