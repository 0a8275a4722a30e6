import Foundation

/// What Chrome's MHTML serializer leaves out of a frame, applied to a page's markup.
///
/// Chrome does not save the page's source: it serializes the live DOM through
/// `SerializerMarkupAccumulator` (Chromium, third_party/blink/renderer/core/frame/frame_serializer.cc),
/// which, as of 2024–2025:
/// - ignores every `<script>` element (JSON-LD included) and every `<noscript>` element;
/// - ignores `<meta>` elements that declare an encoding (`charset`, or http-equiv
///   Content-Type with a charset) and those that carry a Content-Security-Policy;
/// - replaces each `<style>` element by a `<link rel="stylesheet">` to a `cid:css-…` part;
/// - ignores elements with a `hidden` attribute, `<input type="hidden">`, and iframes inside
///   `<head>`;
/// - drops scripting attributes (`on…` handlers, `javascript:` links), `srcset`/`sizes` of
///   images and `ping` of links;
/// - writes `<meta http-equiv="Content-Type" content="text/html; charset=NAME">` first in
///   `<head>`, NAME being the document's character set, and encodes the frame in that same
///   character set (`document.Encoding().Encode(…)`), not in UTF-8.
/// Open shadow roots are written as `<template shadowmode="open">`; saved pages hold none,
/// so that is not modelled. Nor is the re-serialization itself (quoting, entity escapes): the
/// markup that is kept is copied byte for byte, so the bytes keep their encoding (the tag
/// syntax is ASCII, and no trail byte of GBK, Big5, Shift_JIS or EUC-* is "<", ">", quote or
/// "=").
public enum BlinkDOMFilter {
  private static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    "param", "keygen",
  ]

  /// The page as Chrome would serialize it (see the type's notes).
  public static func filter(_ html: [UInt8], characterSet: String, cssLocation: String) -> [UInt8] {
    let metaTag = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\(characterSet)\">".utf8)
    let linkTag = Array("<link rel=\"stylesheet\" type=\"text/css\" href=\"\(cssLocation)\" />".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(html.count)
    var index = 0
    var inHead = false
    var sawHead = false
    var htmlTagEnd: Int?
    while index < html.count {
      guard let lt = firstIndex(of: 0x3C, in: html, from: index) else {
        out += html[index...]
        break
      }
      out += html[index..<lt]
      if startsWith(html, at: lt, "<!--") {
        let end = find(html, "-->", from: lt + 4).map { $0 + 3 } ?? html.count
        out += html[lt..<end]
        index = end
        continue
      }
      if startsWith(html, at: lt, "</") {
        let end = tagEnd(html, from: lt)
        let name = tagName(html, from: lt + 2)
        if name == "head" { inHead = false }
        out += html[lt..<end]
        index = end
        continue
      }
      guard lt + 1 < html.count, isLetter(html[lt + 1]) else {
        let end = startsWith(html, at: lt, "<!") || startsWith(html, at: lt, "<?") ? tagEnd(html, from: lt) : lt + 1
        out += html[lt..<end]
        index = end
        continue
      }
      let tag = parseTag(html, at: lt)
      let name = tag.name
      let value = { (key: String) in tag.attributes.first { $0.name == key }?.value }
      let has = { (key: String) in tag.attributes.contains { $0.name == key } }
      var drop = false
      var dropContent = false
      switch name {
      case "script", "noscript", "style":
        let close = closingTagEnd(html, name: name, from: tag.end) ?? html.count
        if name == "style" { out += linkTag }
        index = close
        continue
      case "meta":
        let equiv = value("http-equiv")?.lowercased()
        let declaresCharset =
          has("charset")
          || (equiv == "content-type" && (value("content")?.lowercased().contains("charset=") ?? false))
        let isPolicy = value("http-equiv") == "Content-Security-Policy" && has("content")
        drop = declaresCharset || isPolicy
      case "input":
        drop = value("type")?.lowercased() == "hidden"
      case "iframe":
        if inHead { (drop, dropContent) = (true, true) }
      case "body":
        inHead = false
      default:
        break
      }
      if has("hidden") { (drop, dropContent) = (true, true) }
      if drop {
        index = tag.end
        if dropContent && !voidElements.contains(name) && !tag.selfClosing {
          index = matchingEndTag(html, name: name, from: tag.end) ?? tag.end
        }
        continue
      }
      out += Array("<".utf8) + html[(lt + 1)..<(lt + 1 + name.utf8.count)]
      for attribute in tag.attributes where keeps(attribute, in: name) {
        out.append(0x20)
        out += html[attribute.raw]
      }
      out += tag.selfClosing ? Array(" />".utf8) : Array(">".utf8)
      index = tag.end
      if name == "html" { htmlTagEnd = out.count }
      if name == "head" {
        out += metaTag
        inHead = true
        sawHead = true
      }
      if ["title", "textarea", "xmp", "iframe"].contains(name) {
        let close = closingTagEnd(html, name: name, from: tag.end) ?? html.count
        out += html[tag.end..<close]
        index = close
      }
    }
    if !sawHead {
      let at = htmlTagEnd ?? 0
      out.insert(contentsOf: Array("<head>".utf8) + metaTag + Array("</head>".utf8), at: at)
    }
    return out
  }

  private static func keeps(_ attribute: Attribute, in element: String) -> Bool {
    let name = attribute.name
    if name.hasPrefix("on") { return false }
    if ["href", "src", "action", "formaction"].contains(name),
      attribute.value?.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("javascript:") ?? false
    {
      return false
    }
    if element == "img" && (name == "srcset" || name == "sizes") { return false }
    if element == "a" && name == "ping" { return false }
    return true
  }

  struct Attribute {
    var name: String
    var value: String?
    var raw: Range<Int>
  }

  struct Tag {
    var name: String
    var attributes: [Attribute]
    var selfClosing: Bool
    var end: Int
  }

  /// Reads a start tag at `start` ("<" then a letter): its name, its attributes (with their
  /// source ranges) and where it ends.
  static func parseTag(_ html: [UInt8], at start: Int) -> Tag {
    var index = start + 1
    while index < html.count && !isSpace(html[index]) && html[index] != 0x3E && html[index] != 0x2F { index += 1 }
    let name = String(decoding: html[(start + 1)..<index], as: UTF8.self).lowercased()
    var attributes: [Attribute] = []
    var selfClosing = false
    while index < html.count {
      while index < html.count && isSpace(html[index]) { index += 1 }
      guard index < html.count else { break }
      if html[index] == 0x3E {
        return Tag(name: name, attributes: attributes, selfClosing: selfClosing, end: index + 1)
      }
      if html[index] == 0x2F {
        selfClosing = true
        index += 1
        continue
      }
      selfClosing = false
      let nameStart = index
      index += 1
      while index < html.count && !isSpace(html[index]) && ![0x3E, 0x2F, 0x3D].contains(html[index]) { index += 1 }
      let attributeName = String(decoding: html[nameStart..<index], as: UTF8.self).lowercased()
      var probe = index
      while probe < html.count && isSpace(html[probe]) { probe += 1 }
      var value: String?
      if probe < html.count && html[probe] == 0x3D {
        probe += 1
        while probe < html.count && isSpace(html[probe]) { probe += 1 }
        if probe < html.count && (html[probe] == 0x22 || html[probe] == 0x27) {
          let quote = html[probe]
          let close = firstIndex(of: quote, in: html, from: probe + 1) ?? html.count
          value = String(decoding: html[(probe + 1)..<close], as: UTF8.self)
          index = min(close + 1, html.count)
        } else {
          let valueStart = probe
          while probe < html.count && !isSpace(html[probe]) && html[probe] != 0x3E { probe += 1 }
          value = String(decoding: html[valueStart..<probe], as: UTF8.self)
          index = probe
        }
      }
      attributes.append(Attribute(name: attributeName, value: value, raw: nameStart..<index))
    }
    return Tag(name: name, attributes: attributes, selfClosing: selfClosing, end: html.count)
  }

  /// Where the end tag `</name …>` after `from` finishes (raw text: no nesting).
  static func closingTagEnd(_ html: [UInt8], name: String, from: Int) -> Int? {
    var index = from
    while let lt = find(html, "</", from: index) {
      if tagName(html, from: lt + 2) == name { return tagEnd(html, from: lt) }
      index = lt + 2
    }
    return nil
  }

  /// Where the end tag that closes an element `name` opened just before `from` finishes,
  /// counting nested elements of the same name.
  static func matchingEndTag(_ html: [UInt8], name: String, from: Int) -> Int? {
    var depth = 1
    var index = from
    while let lt = firstIndex(of: 0x3C, in: html, from: index) {
      if startsWith(html, at: lt, "<!--") {
        index = find(html, "-->", from: lt + 4).map { $0 + 3 } ?? html.count
        continue
      }
      if startsWith(html, at: lt, "</") {
        if tagName(html, from: lt + 2) == name {
          depth -= 1
          if depth == 0 { return tagEnd(html, from: lt) }
        }
        index = lt + 2
        continue
      }
      if lt + 1 < html.count, isLetter(html[lt + 1]) {
        let tag = parseTag(html, at: lt)
        if tag.name == name && !tag.selfClosing { depth += 1 }
        if ["script", "style", "textarea", "title"].contains(tag.name) {
          index = closingTagEnd(html, name: tag.name, from: tag.end) ?? html.count
        } else {
          index = tag.end
        }
        continue
      }
      index = lt + 1
    }
    return nil
  }

  static func tagName(_ html: [UInt8], from start: Int) -> String {
    var index = start
    while index < html.count && !isSpace(html[index]) && html[index] != 0x3E && html[index] != 0x2F { index += 1 }
    return String(decoding: html[start..<index], as: UTF8.self).lowercased()
  }

  static func tagEnd(_ html: [UInt8], from start: Int) -> Int {
    (firstIndex(of: 0x3E, in: html, from: start).map { $0 + 1 }) ?? html.count
  }

  static func firstIndex(of byte: UInt8, in html: [UInt8], from start: Int) -> Int? {
    var index = start
    while index < html.count {
      if html[index] == byte { return index }
      index += 1
    }
    return nil
  }

  static func find(_ html: [UInt8], _ needle: String, from start: Int) -> Int? {
    let bytes = Array(needle.utf8)
    var index = start
    while let at = firstIndex(of: bytes[0], in: html, from: index) {
      if startsWith(html, at: at, needle) { return at }
      index = at + 1
    }
    return nil
  }

  static func startsWith(_ html: [UInt8], at start: Int, _ prefix: String) -> Bool {
    let bytes = Array(prefix.utf8)
    guard start + bytes.count <= html.count else { return false }
    for (offset, byte) in bytes.enumerated() where lowered(html[start + offset]) != lowered(byte) { return false }
    return true
  }

  static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
  }
  static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
