import CaveatCore
import Foundation

/// Renders a whole claim (facts, timeline, evidence, deadlines, drafts) as Markdown, a
/// self-contained HTML page, or JSON.
public enum ClaimExport {
  /// The JSON document's shape.
  public struct Report: Sendable, Codable, Hashable {
    /// Bumped when the shape changes.
    public var schemaVersion: Int
    /// The claim.
    public var claim: Claim
    /// Its events, in order.
    public var events: [ClaimEvent]
    /// Its evidence files.
    public var evidence: [Evidence]
    /// Its deadlines.
    public var deadlines: [Deadline]
    /// Drafts keyed by kind ("seller", "support", "dispute").
    public var drafts: [String: String]
  }

  /// The three files of an export, as (extension, text): Markdown, HTML and JSON, with every
  /// deadline of the snapshot and the three drafts in `language`.
  public static func files(_ snapshot: ClaimSnapshot, language: DraftLanguage) throws -> [(ext: String, text: String)] {
    let (claim, events, evidence, deadlines) = (
      snapshot.claim, snapshot.events, snapshot.evidence, snapshot.deadlines
    )
    var drafts: [MessageDrafts.Kind: String] = [:]
    for kind in MessageDrafts.Kind.allCases {
      drafts[kind] = MessageDrafts.draft(
        kind: kind, claim: claim, events: events, evidence: evidence, language: language)
    }
    let json = try json(claim: claim, events: events, evidence: evidence, deadlines: deadlines, drafts: drafts)
    return [
      ("md", markdown(claim: claim, events: events, evidence: evidence, deadlines: deadlines, drafts: drafts)),
      ("html", html(claim: claim, events: events, evidence: evidence, deadlines: deadlines, drafts: drafts)),
      ("json", json + "\n"),
    ]
  }

  /// The claim as Markdown.
  public static func markdown(
    claim: Claim, events: [ClaimEvent], evidence: [Evidence], deadlines: [Deadline],
    drafts: [MessageDrafts.Kind: String]
  ) -> String {
    var out = "# Claim \(claim.id.map(String.init) ?? "(new)") · order \(md(claim.orderNumber))\n\n"
    for (label, value) in facts(claim) { out += "- **\(label)**: \(md(value))\n" }
    out += "\n## Timeline\n\n"
    if events.isEmpty { out += "_No events yet._\n" }
    for event in events {
      out += "- \(event.date) · \(event.kind.rawValue)"
      if let amount = event.amount { out += " · \(formatted(amount))" }
      if !event.note.isEmpty { out += " · \(md(event.note))" }
      out += "\n"
    }
    out += "\n## Evidence\n\n"
    if evidence.isEmpty { out += "_No evidence recorded._\n" }
    for item in evidence {
      out +=
        "- \(md(item.displayPath)) · \(item.kind.rawValue) · \(item.size) bytes · added \(item.addedOn) · SHA-256 `\(item.sha256)`"
      if !item.note.isEmpty { out += " · \(md(item.note))" }
      out += "\n"
    }
    out += "\n## Deadlines\n\n| Date | Status | What | Source |\n|---|---|---|---|\n"
    for deadline in deadlines {
      out +=
        "| \(deadline.date) | \(deadline.status.rawValue) | \(cell(deadline.description)) | \(cell(deadline.source)) |\n"
    }
    for kind in MessageDrafts.Kind.allCases {
      guard let text = drafts[kind] else { continue }
      let body = clean(text, keepNewlines: true)
      let fence = fence(for: body)
      out += "\n## Draft: \(kind.rawValue)\n\n\(fence)text\n\(body)\n\(fence)\n"
    }
    return out
  }

  /// The claim as one self-contained HTML page: inline style, no scripts, no external resources,
  /// every value escaped.
  public static func html(
    claim: Claim, events: [ClaimEvent], evidence: [Evidence], deadlines: [Deadline],
    drafts: [MessageDrafts.Kind: String]
  ) -> String {
    let title = "Claim \(claim.id.map(String.init) ?? "(new)") · order \(claim.orderNumber)"
    var out = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <title>\(escape(title))</title>
      <style>body{font:15px/1.45 system-ui,sans-serif;max-width:52em;margin:2em auto;padding:0 1em}
      table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left}
      .overdue{color:#a00;font-weight:bold}.dueSoon{color:#a60}.met{color:#070}.toCheck{color:#a60}
      pre{white-space:pre-wrap;background:#f6f6f6;padding:1em}code{word-break:break-all}</style>
      </head><body>
      <h1>\(escape(title))</h1>
      <dl>

      """
    for (label, value) in facts(claim) { out += "<dt>\(escape(label))</dt><dd>\(escape(value))</dd>\n" }
    out += "</dl>\n<h2>Timeline</h2>\n<ul>\n"
    for event in events {
      var line = "\(event.date) · \(event.kind.rawValue)"
      if let amount = event.amount { line += " · \(formatted(amount))" }
      if !event.note.isEmpty { line += " · \(event.note)" }
      out += "<li>\(escape(line))</li>\n"
    }
    out +=
      "</ul>\n<h2>Evidence</h2>\n<table><tr><th>File</th><th>Type</th><th>Bytes</th><th>Added</th><th>SHA-256</th><th>Note</th></tr>\n"
    for item in evidence {
      out +=
        "<tr><td>\(escape(item.displayPath))</td><td>\(item.kind.rawValue)</td><td>\(item.size)</td><td>\(item.addedOn)</td><td><code>\(escape(item.sha256))</code></td><td>\(escape(item.note))</td></tr>\n"
    }
    out += "</table>\n<h2>Deadlines</h2>\n<table><tr><th>Date</th><th>Status</th><th>What</th><th>Source</th></tr>\n"
    for deadline in deadlines {
      out +=
        "<tr class=\"\(deadline.status.rawValue)\"><td>\(deadline.date)</td><td>\(deadline.status.rawValue)</td><td>\(escape(deadline.description))</td><td>\(escape(deadline.source))</td></tr>\n"
    }
    out += "</table>\n"
    for kind in MessageDrafts.Kind.allCases {
      guard let text = drafts[kind] else { continue }
      out += "<h2>Draft: \(kind.rawValue)</h2>\n<pre>\(escape(text))</pre>\n"
    }
    out += "</body></html>\n"
    return out
  }

  /// The claim as pretty, key-sorted JSON (``Report``).
  public static func json(
    claim: Claim, events: [ClaimEvent], evidence: [Evidence], deadlines: [Deadline],
    drafts: [MessageDrafts.Kind: String]
  ) throws -> String {
    let report = Report(
      schemaVersion: 1, claim: claim, events: events, evidence: evidence, deadlines: deadlines,
      drafts: Dictionary(uniqueKeysWithValues: drafts.map { ($0.key.rawValue, $0.value) }))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(report), as: UTF8.self)
  }

  /// A code fence for `body`: backticks, one more than the longest run of backticks or tildes
  /// anywhere in it (three at least), so that no line of the body can close it.
  public static func fence(for body: String) -> String {
    var longest = 0
    var run = 0
    var last: Character = " "
    for character in body {
      if character == "`" || character == "~" {
        run = character == last ? run + 1 : 1
        longest = max(longest, run)
      } else {
        run = 0
      }
      last = character
    }
    return String(repeating: "`", count: max(3, longest + 1))
  }

  /// `text` without the characters that must never reach a file: C0 and C1 control characters
  /// (ESC, BEL, …), DEL, and the bidirectional overrides and isolates that reorder what is shown;
  /// each becomes U+FFFD. Line feeds stay when `keepNewlines` is set (a carriage return becomes
  /// one), else they become spaces; tabs become spaces.
  public static func clean(_ text: String, keepNewlines: Bool = false) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A, 0x0D: out.append(keepNewlines ? "\n" : " ")
      case 0x09: out.append(" ")
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
        out.append("\u{FFFD}")
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  /// Escapes text for HTML element content and quoted attribute values; control characters
  /// are replaced (see ``clean(_:keepNewlines:)``), line feeds kept.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in clean(text, keepNewlines: true).unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\u{0}": out += "\u{FFFD}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  private static func facts(_ claim: Claim) -> [(String, String)] {
    var facts: [(String, String)] = [
      ("Platform", claim.platform), ("Order number", claim.orderNumber),
      ("Order date", claim.orderDate.description), ("Paid", formatted(claim.pricePaid)),
      ("Payment", claim.paymentMethod.rawValue), ("Problem", claim.problem.rawValue),
      ("State", claim.state.rawValue),
    ]
    if let received = claim.receivedOn { facts.append(("Received", received.description)) }
    if let tracking = claim.trackingNumber { facts.append(("Tracking", tracking)) }
    if let title = claim.listing.title { facts.append(("Item", title)) }
    if let url = claim.listing.url { facts.append(("Listing", url)) }
    if let seller = claim.listing.sellerName { facts.append(("Seller", seller)) }
    if let outcome = claim.outcome {
      var text = outcome.kind
      if let amount = outcome.amount { text += " " + formatted(amount) }
      if let date = claim.resolvedOn { text += " on \(date)" }
      facts.append(("Outcome", text))
    }
    if !claim.description.isEmpty { facts.append(("Description", claim.description)) }
    return facts
  }

  /// Markdown inline text: backslash-escapes the characters that would start markup.
  private static func md(_ text: String) -> String {
    var out = ""
    for character in clean(text) {
      if "\\`*_[]<>#|!~&".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }

  private static func cell(_ text: String) -> String { md(text) }
}
