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
      (
        "md",
        markdown(
          claim: claim, events: events, evidence: evidence, deadlines: deadlines, drafts: drafts, language: language)
      ),
      (
        "html",
        html(claim: claim, events: events, evidence: evidence, deadlines: deadlines, drafts: drafts, language: language)
      ),
      ("json", json + "\n"),
    ]
  }

  /// The claim as Markdown, its headings and labels in `language`.
  public static func markdown(
    claim: Claim, events: [ClaimEvent], evidence: [Evidence], deadlines: [Deadline],
    drafts: [MessageDrafts.Kind: String], language: DraftLanguage = .en
  ) -> String {
    let pick = language.pick
    var out = "# \(title(claim, language, orderNumber: md(claim.orderNumber)))\n\n"
    for (label, value) in facts(claim, language) { out += "- **\(label)**: \(md(value))\n" }
    out += "\n## " + pick("Timeline", "Chronologie") + "\n\n"
    if events.isEmpty { out += pick("_No events yet._\n", "_Aucun événement._\n") }
    for event in events {
      out += "- \(event.date) · \(language == .fr ? ClaimWords.event(event.kind, .fr) : event.kind.rawValue)"
      if let amount = event.amount { out += " · \(formatted(amount))" }
      if !event.note.isEmpty { out += " · \(md(event.note))" }
      out += "\n"
    }
    out += "\n## " + pick("Evidence", "Preuves") + "\n\n"
    if evidence.isEmpty { out += pick("_No evidence recorded._\n", "_Aucune preuve enregistrée._\n") }
    for item in evidence {
      out +=
        "- \(md(item.displayPath)) · \(item.kind.rawValue) · \(item.size) bytes · added \(item.addedOn) · SHA-256 `\(item.sha256)`"
      if !item.note.isEmpty { out += " · \(md(item.note))" }
      out += "\n"
    }
    out += "\n## " + pick("Deadlines", "Délais") + "\n\n"
    out += pick("| Date | Status | What | Source |\n", "| Date | État | Quoi | Source |\n") + "|---|---|---|---|\n"
    for deadline in deadlines {
      out +=
        "| \(deadline.date) | \(status(deadline.status, language)) | \(cell(ClaimWords.deadline(deadline, language))) | \(cell(deadline.source)) |\n"
    }
    for kind in MessageDrafts.Kind.allCases {
      guard let text = drafts[kind] else { continue }
      let body = clean(text, keepNewlines: true)
      let fence = fence(for: body)
      out += "\n## " + pick("Draft: ", "Brouillon : ") + "\(kind.rawValue)\n\n\(fence)text\n\(body)\n\(fence)\n"
    }
    return out
  }

  /// The claim as one self-contained HTML page: inline style, no scripts, no external resources,
  /// every value escaped.
  public static func html(
    claim: Claim, events: [ClaimEvent], evidence: [Evidence], deadlines: [Deadline],
    drafts: [MessageDrafts.Kind: String], language: DraftLanguage = .en
  ) -> String {
    let pick = language.pick
    let title = title(claim, language, orderNumber: claim.orderNumber)
    var out = """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)"><head><meta charset="utf-8">
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
    for (label, value) in facts(claim, language) { out += "<dt>\(escape(label))</dt><dd>\(escape(value))</dd>\n" }
    out += "</dl>\n<h2>" + pick("Timeline", "Chronologie") + "</h2>\n<ul>\n"
    for event in events {
      var line = "\(event.date) · \(language == .fr ? ClaimWords.event(event.kind, .fr) : event.kind.rawValue)"
      if let amount = event.amount { line += " · \(formatted(amount))" }
      if !event.note.isEmpty { line += " · \(event.note)" }
      out += "<li>\(escape(line))</li>\n"
    }
    out += pick(
      "</ul>\n<h2>Evidence</h2>\n<table><tr><th>File</th><th>Type</th><th>Bytes</th><th>Added</th><th>SHA-256</th><th>Note</th></tr>\n",
      "</ul>\n<h2>Preuves</h2>\n<table><tr><th>Fichier</th><th>Type</th><th>Octets</th><th>Ajouté</th><th>SHA-256</th><th>Note</th></tr>\n"
    )
    for item in evidence {
      out +=
        "<tr><td>\(escape(item.displayPath))</td><td>\(item.kind.rawValue)</td><td>\(item.size)</td><td>\(item.addedOn)</td><td><code>\(escape(item.sha256))</code></td><td>\(escape(item.note))</td></tr>\n"
    }
    out += pick(
      "</table>\n<h2>Deadlines</h2>\n<table><tr><th>Date</th><th>Status</th><th>What</th><th>Source</th></tr>\n",
      "</table>\n<h2>Délais</h2>\n<table><tr><th>Date</th><th>État</th><th>Quoi</th><th>Source</th></tr>\n")
    for deadline in deadlines {
      out +=
        "<tr class=\"\(deadline.status.rawValue)\"><td>\(deadline.date)</td><td>\(escape(status(deadline.status, language)))</td><td>\(escape(ClaimWords.deadline(deadline, language)))</td><td>\(escape(deadline.source))</td></tr>\n"
    }
    out += "</table>\n"
    for kind in MessageDrafts.Kind.allCases {
      guard let text = drafts[kind] else { continue }
      out += "<h2>" + pick("Draft: ", "Brouillon : ") + "\(kind.rawValue)</h2>\n<pre>\(escape(text))</pre>\n"
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

  /// Escapes text for HTML element content and quoted attribute values with CaveatCore's
  /// ``HTMLText/characterReferences(_:)``; control characters are replaced first (see
  /// ``clean(_:keepNewlines:)``), line feeds kept.
  public static func escape(_ text: String) -> String {
    HTMLText.characterReferences(clean(text, keepNewlines: true))
  }

  /// The document's title: "Claim 3 · order 8123".
  private static func title(_ claim: Claim, _ language: DraftLanguage, orderNumber: String) -> String {
    let id = claim.id.map(String.init) ?? language.pick("(new)", "(nouvelle)")
    return language.pick("Claim \(id) · order \(orderNumber)", "Réclamation \(id) · commande \(orderNumber)")
  }

  /// A deadline's status as the exports write it: its stable name in English, words in French.
  private static func status(_ status: Deadline.Status, _ language: DraftLanguage) -> String {
    language == .fr ? ClaimWords.status(status, .fr) : status.rawValue
  }

  private static func facts(_ claim: Claim, _ language: DraftLanguage = .en) -> [(String, String)] {
    guard language == .fr else { return englishFacts(claim) }
    var facts: [(String, String)] = [
      ("Plateforme", claim.platform), ("Numéro de commande", claim.orderNumber),
      ("Date de commande", claim.orderDate.description), ("Payé", formatted(claim.pricePaid, .fr)),
      ("Paiement", ClaimWords.payment(claim.paymentMethod, .fr)), ("Problème", ClaimWords.problem(claim.problem, .fr)),
      ("État", ClaimWords.state(claim.state, .fr)),
    ]
    if let received = claim.receivedOn { facts.append(("Reçu le", received.description)) }
    if let tracking = claim.trackingNumber { facts.append(("Suivi", tracking)) }
    if let title = claim.listing.title { facts.append(("Article", title)) }
    if let url = claim.listing.url { facts.append(("Annonce", url)) }
    if let seller = claim.listing.sellerName { facts.append(("Vendeur", seller)) }
    if let outcome = claim.outcome {
      var text = ClaimWords.outcome(outcome, .fr)
      if let date = claim.resolvedOn { text += " le \(date)" }
      facts.append(("Issue", text))
    }
    if !claim.description.isEmpty { facts.append(("Description", claim.description)) }
    return facts
  }

  private static func englishFacts(_ claim: Claim) -> [(String, String)] {
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
