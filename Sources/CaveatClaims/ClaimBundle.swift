import CaveatCore
import Foundation

/// `claim export --bundle`: one ZIP file to upload or send, holding the evidence files as
/// recorded (each re-hashed while copied; a changed or missing file is listed, never included),
/// the listing page as saved (only while it still matches its recorded hash), the timeline, the
/// drafts, and an index in Markdown, HTML and JSON that lists every file and warns about those
/// over common upload limits.
public enum ClaimBundle {
  /// One file of the bundle, or one that was left out.
  public struct Entry: Sendable, Codable, Hashable {
    /// The name inside the archive; empty when the file was left out.
    public var name: String
    /// Where the file came from (the recorded path), or what it is ("timeline").
    public var source: String
    /// Its size in bytes (as recorded when left out).
    public var size: Int64
    /// The recorded SHA-256, for evidence and the listing page.
    public var sha256: String?
    /// `included`, `changed`, `missing` or `tooLargeForArchive`.
    public var status: String
    /// Why it was left out, in words.
    public var note: String?
  }

  /// What the bundle holds and what it warns about.
  public struct Manifest: Sendable, Codable, Hashable {
    /// Bumped when the shape changes.
    public var schemaVersion: Int
    /// Every evidence file and the listing page, included or not, then the texts.
    public var files: [Entry]
    /// Files over common upload limits, files left out, the whole bundle's size.
    public var warnings: [String]
  }

  /// A photo over this many bytes is over a common upload limit of dispute forms.
  public static let photoLimit: Int64 = 5_000_000
  /// A video over this many bytes is over a common upload limit.
  public static let videoLimit: Int64 = 100_000_000
  /// Any other file over this many bytes is over a common upload limit.
  public static let fileLimit: Int64 = 10_000_000
  /// Gmail's attachment limit, 25 MB (Gmail Help, "Attachment size limits",
  /// support.google.com/mail/answer/6584).
  public static let emailLimit: Int64 = 25_000_000

  /// Writes the bundle of `snapshot` to `path` (through a temporary file in the same folder,
  /// renamed at the end) and returns its manifest. Entries are dated `today`.
  @discardableResult
  public static func write(
    _ snapshot: ClaimSnapshot, to path: String, today: CalendarDate, language: DraftLanguage
  ) throws -> Manifest {
    let temporary = path + ".partial-\(getpid())"
    do {
      let manifest = try writeArchive(snapshot, to: temporary, today: today, language: language)
      if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
      try FileManager.default.moveItem(atPath: temporary, toPath: path)
      return manifest
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      throw error
    }
  }

  private static func writeArchive(
    _ snapshot: ClaimSnapshot, to path: String, today: CalendarDate, language: DraftLanguage
  ) throws -> Manifest {
    let zip = try ZipWriter(path: path, date: today)
    let pick = language.pick
    var files: [Entry] = []
    var warnings: [String] = []
    for (index, item) in snapshot.evidence.enumerated() {
      let name = "evidence/" + entryName(item.displayPath, index: index + 1)
      let result = try zip.add(name: name, file: item.pathBytes, expectedSHA256: item.sha256)
      let entry = entry(result, name: name, source: item.displayPath, size: item.size, sha256: item.sha256, language)
      files.append(entry)
      if entry.status == "included" {
        warnings += uploadWarnings(name: name, size: entry.size, kind: item.kind, language: language)
      } else {
        warnings.append("\(item.displayPath): \(entry.note ?? "")")
      }
    }
    if let page = snapshot.claim.listing.savedPage {
      let ext = (page.displayPath as NSString).pathExtension.lowercased()
      let name = "listing/page." + (["html", "htm", "mhtml", "mht"].contains(ext) ? ext : "html")
      let result = try zip.add(name: name, file: page.pathBytes, expectedSHA256: page.sha256)
      let entry = entry(result, name: name, source: page.displayPath, size: page.size, sha256: page.sha256, language)
      files.append(entry)
      if entry.status != "included" {
        warnings.append(pick("The listing page", "La page de l'annonce") + " \(page.displayPath): \(entry.note ?? "")")
      }
    }
    func text(_ name: String, _ source: String, _ content: String) throws {
      let bytes = Array(content.utf8)
      try zip.add(name: name, bytes: bytes)
      files.append(Entry(name: name, source: source, size: Int64(bytes.count), sha256: nil, status: "included"))
    }
    try text("timeline.txt", "timeline", timeline(snapshot, language))
    for kind in MessageDrafts.available(claim: snapshot.claim, events: snapshot.events, evidence: snapshot.evidence) {
      let written = MessageDrafts.write(
        kind, claim: snapshot.claim, events: snapshot.events, evidence: snapshot.evidence, language: language)
      guard case .success(let draft) = written else { continue }
      try text("drafts/\(kebab(kind.rawValue)).txt", "draft", ClaimExport.clean(draft, keepNewlines: true) + "\n")
    }
    // The index lists itself last; its size is not known before it is written.
    let projected = Int64(zip.size)
    if projected > emailLimit {
      warnings.append(
        pick(
          "The bundle is over \(ByteCount.text(projected)): over Gmail's 25 MB attachment limit (Gmail Help, support.google.com/mail/answer/6584); upload it or send the files one by one.",
          "L'archive dépasse \(ByteCount.text(projected, .fr)) : au-delà de la limite de 25 Mo des pièces jointes Gmail (aide Gmail, support.google.com/mail/answer/6584) ; téléversez-la ou envoyez les fichiers un par un."
        ))
    }
    let manifest = Manifest(schemaVersion: 1, files: files, warnings: warnings)
    let exports = try ClaimExport.files(snapshot, language: language)
    for (ext, content) in exports {
      switch ext {
      case "md": try zip.add(name: "index.md", bytes: Array((content + markdown(manifest, language)).utf8))
      case "html":
        let section = html(manifest, language)
        let body = content.replacingOccurrences(of: "</body></html>\n", with: section + "</body></html>\n")
        try zip.add(name: "index.html", bytes: Array(body.utf8))
      default:
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let bundle = String(decoding: try encoder.encode(manifest), as: UTF8.self)
        let claim = content.trimmingCharacters(in: .whitespacesAndNewlines)
        try zip.add(name: "index.json", bytes: Array("{\"bundle\": \(bundle),\n\"claim\": \(claim)}\n".utf8))
      }
    }
    try zip.finish()
    return manifest
  }

  /// A safe name inside the archive for the file at `displayPath`: its number, then its base
  /// name with every character but ASCII letters, digits, `.`, `-` and `_` replaced by `_`, no
  /// leading dot, at most 80 characters. No separator survives, so no name leaves its folder.
  public static func entryName(_ displayPath: String, index: Int) -> String {
    let base = displayPath.split(separator: "/").last.map(String.init) ?? ""
    var safe = String(
      base.unicodeScalars.map { scalar -> Character in
        let allowed =
          scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar))
        return allowed ? Character(scalar) : "_"
      })
    while safe.hasPrefix(".") { safe.removeFirst() }
    if safe.count > 80 { safe = String(safe.suffix(80)) }
    if safe.isEmpty { safe = "file" }
    return String(format: "%02d-", index) + safe
  }

  /// The upload limits a file of `size` bytes and `kind` passes.
  public static func uploadWarnings(name: String, size: Int64, kind: EvidenceKind, language: DraftLanguage)
    -> [String]
  {
    let pick = language.pick
    var out: [String] = []
    let (limit, what): (Int64, String) =
      kind.isImage
      ? (photoLimit, pick("photo", "photo"))
      : kind.isVideo
        ? (videoLimit, pick("video", "vidéo"))
        : (fileLimit, pick("file", "fichier"))
    if size > limit {
      out.append(
        pick(
          "\(name): \(ByteCount.text(size)), over \(ByteCount.text(limit)), a common limit for a \(what) upload; check the form's own limit, or compress it.",
          "\(name) : \(ByteCount.text(size, .fr)), au-delà de \(ByteCount.text(limit, .fr)), une limite courante pour l'envoi d'une \(what) ; vérifiez la limite du formulaire, ou compressez-la."
        ))
    }
    if size > emailLimit {
      out.append(
        pick(
          "\(name): over Gmail's 25 MB attachment limit (Gmail Help, support.google.com/mail/answer/6584).",
          "\(name) : au-delà de la limite de 25 Mo des pièces jointes Gmail (aide Gmail, support.google.com/mail/answer/6584)."
        ))
    }
    return out
  }

  private static func entry(
    _ result: ZipWriter.FileResult, name: String, source: String, size: Int64, sha256: String,
    _ language: DraftLanguage
  ) -> Entry {
    let pick = language.pick
    switch result {
    case .included(let copied):
      return Entry(name: name, source: source, size: copied, sha256: sha256, status: "included")
    case .changed(let now):
      return Entry(
        name: "", source: source, size: size, sha256: sha256, status: "changed",
        note: pick(
          "changed since it was recorded (SHA-256 now \(now)): not included",
          "modifié depuis son enregistrement (SHA-256 actuel \(now)) : non inclus"))
    case .unreadable(let reason):
      return Entry(
        name: "", source: source, size: size, sha256: sha256, status: "missing",
        note: pick("cannot be read (\(reason)): not included", "illisible (\(reason)) : non inclus"))
    case .tooLargeForArchive(let now):
      return Entry(
        name: "", source: source, size: now, sha256: sha256, status: "tooLargeForArchive",
        note: pick(
          "would take the bundle past 4 GiB: not included; send it on its own",
          "ferait dépasser 4 Gio à l'archive : non inclus ; envoyez-le à part"))
    }
  }

  private static func timeline(_ snapshot: ClaimSnapshot, _ language: DraftLanguage) -> String {
    var out = language.pick("Timeline of claim", "Chronologie de la réclamation") + " \(snapshot.claim.id ?? 0)\n"
    out += "\(snapshot.claim.orderDate)  " + language.pick("order", "commande") + " "
    out += ClaimExport.clean(snapshot.claim.orderNumber) + "\n"
    for event in snapshot.events {
      out += "\(event.date)  \(ClaimWords.event(event.kind, language))"
      if let amount = event.amount { out += "  \(amount.amount) \(amount.currency ?? "")" }
      if !event.note.isEmpty { out += "  " + ClaimExport.clean(event.note) }
      out += "\n"
    }
    return out
  }

  private static func markdown(_ manifest: Manifest, _ language: DraftLanguage) -> String {
    let pick = language.pick
    var out = "\n## " + pick("Bundle contents", "Contenu de l'archive") + "\n\n"
    out += pick("| File | From | Bytes | Status |\n", "| Fichier | Origine | Octets | État |\n") + "|---|---|---|---|\n"
    for file in manifest.files {
      let status = file.note ?? file.status
      out += "| \(cell(file.name)) | \(cell(file.source)) | \(file.size) | \(cell(status)) |\n"
    }
    if !manifest.warnings.isEmpty {
      out += "\n### " + pick("Warnings", "Avertissements") + "\n\n"
      for warning in manifest.warnings { out += "- \(cell(warning))\n" }
    }
    return out
  }

  private static func html(_ manifest: Manifest, _ language: DraftLanguage) -> String {
    let pick = language.pick
    var out = "<h2>" + pick("Bundle contents", "Contenu de l'archive") + "</h2>\n<table><tr>"
    out += pick(
      "<th>File</th><th>From</th><th>Bytes</th><th>Status</th>",
      "<th>Fichier</th><th>Origine</th><th>Octets</th><th>État</th>")
    out += "</tr>\n"
    for file in manifest.files {
      out +=
        "<tr><td>\(ClaimExport.escape(file.name))</td><td>\(ClaimExport.escape(file.source))</td><td>\(file.size)</td><td>\(ClaimExport.escape(file.note ?? file.status))</td></tr>\n"
    }
    out += "</table>\n"
    if !manifest.warnings.isEmpty {
      out += "<h3>" + pick("Warnings", "Avertissements") + "</h3>\n<ul>\n"
      for warning in manifest.warnings { out += "<li>\(ClaimExport.escape(warning))</li>\n" }
      out += "</ul>\n"
    }
    return out
  }

  /// Markdown table cell text: control characters replaced, markup characters escaped.
  private static func cell(_ text: String) -> String {
    var out = ""
    for character in ClaimExport.clean(text) {
      if "\\`*_[]<>#|!~&".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }

  private static func kebab(_ camel: String) -> String {
    var out = ""
    for character in camel {
      if character.isUppercase { out += "-" + character.lowercased() } else { out.append(character) }
    }
    return out
  }
}
