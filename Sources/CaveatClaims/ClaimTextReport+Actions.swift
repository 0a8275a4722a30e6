import CaveatCore
import Foundation

extension ClaimTextReport {
  /// The refund options (`claim options`) as text, best first, each with the commands that ask
  /// for it and record it for claim `id`.
  public static func options(_ options: [RefundOptions.Option], id: Int64, language: DraftLanguage) -> String {
    let pick = language.pick
    var out = ""
    for (index, option) in options.enumerated() {
      out += "\(index + 1). \(ClaimWords.option(option.kind, language))"
      if index == 0 {
        out += pick(" (what the drafts ask for by default)", " (ce que demandent les brouillons par défaut)")
      }
      out += "\n"
      out += pick("   Money back:  ", "   Remboursé :  ") + ClaimText.money(option.moneyBack, language) + "\n"
      if let amount = option.suggestedAmount {
        out += pick("   Ask for:     ", "   Demander :   ") + ClaimText.money(amount, language) + "\n"
      }
      let delay =
        option.daysUntilMoney.map {
          pick("\($0.lowerBound)–\($0.upperBound) business days", "\($0.lowerBound) à \($0.upperBound) jours ouvrés")
        } ?? pick("no money comes back", "aucun remboursement")
      out += pick("   Delay:       ", "   Délai :      ") + delay + "\n"
      let cost =
        option.returnShippingCost.map { $0.amount == 0 ? pick("free", "gratuit") : ClaimText.money($0, language) }
        ?? pick("cost not known", "coût inconnu")
      out +=
        pick("   Return:      ", "   Retour :     ")
        + (option.needsReturn
          ? pick("the item goes back (\(cost))", "l'article est renvoyé (\(cost))")
          : pick("none, you keep the item", "aucun, vous gardez l'article")) + "\n"
      out += pick("   Effort:      ", "   Effort :     ") + ClaimWords.effort(option.effort, language) + "\n"
      for reason in option.reasons { out += "   - \(ClaimText.safe(reason, max: 2_000))\n" }
      let ask: String
      let resolve: String
      switch option.kind {
      case .fullRefund: (ask, resolve) = ("full", "full-refund")
      case .partialRefund:
        let amount = option.suggestedAmount.map { String(format: "%.2f", $0.amount) } ?? pick("AMOUNT", "MONTANT")
        (ask, resolve) = ("partial \(amount)", "partial-refund --amount \(amount)")
      case .exchange: (ask, resolve) = ("exchange", "exchange")
      }
      out += pick("   Ask for it:  ", "   Le demander : ") + "caveat claim draft \(id) seller --ask \(ask)\n"
      out += pick("   Record it:   ", "   L'enregistrer : ") + "caveat claim resolve \(id) \(resolve)\n"
    }
    return out
  }

  /// What `claim log` prints after recording `event`: the event, its day and amount, and the
  /// state `claim` is now in.
  public static func logged(_ event: ClaimEvent, claim: Claim, language: DraftLanguage) -> String {
    let id = claim.id ?? event.claimID
    var out = language.pick(
      "Claim \(id): recorded \(ClaimText.kebab(event.kind.rawValue)) on \(event.date) (event \(event.id ?? 0))",
      "Réclamation \(id) : « \(ClaimWords.event(event.kind, .fr)) » noté le \(event.date) (événement \(event.id ?? 0))"
    )
    if let money = event.amount { out += ", \(ClaimText.money(money, language))" }
    out += language.pick(
      "; state: \(ClaimText.kebab(claim.state.rawValue))", " ; état : " + ClaimWords.state(claim.state, .fr))
    return out + "\n"
  }

  /// What `claim resolve` prints: the claim, the day it was settled and how; `requested` is the
  /// outcome as typed, shown when the claim has none recorded.
  public static func resolved(_ claim: Claim, on date: CalendarDate, requested: String, language: DraftLanguage)
    -> String
  {
    let id = claim.id ?? 0
    let result =
      language == .fr
      ? (claim.outcome.map { ClaimWords.outcome($0, .fr) } ?? requested)
      : (claim.outcome.map(ClaimText.outcome) ?? requested)
    return language.pick(
      "Claim \(id) resolved on \(date): \(result)\n", "Réclamation \(id) close le \(date) : \(result)\n")
  }

  /// A drafted message for a terminal, line by line so that its own line breaks survive
  /// sanitizing.
  public static func draft(_ text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      ClaimText.safe(String($0), max: 20_000)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// What `claim export` prints: the files it wrote, one a line.
  public static func exported(_ paths: [String], language: DraftLanguage) -> String {
    let wrote = language.pick("Wrote ", "Écrit : ")
    return paths.map { wrote + ClaimText.safe($0) }.joined(separator: "\n") + "\n"
  }

  /// What `claim export --bundle` prints: the zip, how many files it holds and leaves out, and
  /// the warnings of its index.
  public static func bundled(_ path: String, _ manifest: ClaimBundle.Manifest, language: DraftLanguage) -> String {
    var out = language.pick("Wrote ", "Écrit : ") + ClaimText.safe(path) + "\n"
    let included = manifest.files.filter { $0.status == "included" }.count
    out += language.pick(
      "\(included) files included, \(manifest.files.count - included) left out.\n",
      "\(included) fichiers inclus, \(manifest.files.count - included) laissés de côté.\n")
    for warning in manifest.warnings {
      out += language.pick("warning: ", "attention : ") + ClaimText.safe(warning, max: 2_000) + "\n"
    }
    return out
  }
}

extension ClaimTextReport {
  /// What `claim evidence add` prints: each file recorded for claim `claimID`, with its kind,
  /// size and SHA-256.
  public static func evidenceAdded(_ items: [Evidence], claimID: Int64) -> String {
    var out = ""
    for item in items {
      out +=
        "Recorded evidence \(item.id ?? 0) for claim \(claimID): \(ClaimText.safe(item.displayPath)) (\(item.kind.rawValue), \(item.size) bytes, SHA-256 \(item.sha256))\n"
    }
    return out
  }

  /// The evidence of claim `claimID` (`claim evidence list`), two lines a file.
  public static func evidence(_ items: [Evidence], claimID: Int64) -> String {
    if items.isEmpty { return "Claim \(claimID) has no evidence yet.\n" }
    var out = ""
    for item in items {
      out +=
        "\(item.id ?? 0)  \(item.addedOn)  \(item.kind.rawValue)  \(item.size) bytes  \(ClaimText.safe(item.displayPath))\n"
      out += "    SHA-256 \(item.sha256)"
      if !item.note.isEmpty { out += "  · \(ClaimText.safe(item.note))" }
      out += "\n"
    }
    return out
  }

  /// What `claim verify` prints: each file's status, then whether all are unchanged.
  public static func verification(_ checks: [EvidenceCheck], claimID: Int64) -> String {
    let bad = checks.filter { $0.status != .unchanged }
    var out = ""
    for check in checks {
      out +=
        "\(check.status.rawValue.uppercased().padding(toLength: 10, withPad: " ", startingAt: 0))  \(ClaimText.safe(check.evidence.displayPath))"
      if let detail = check.detail { out += "  (\(ClaimText.safe(detail)))" }
      out += "\n"
    }
    out +=
      checks.isEmpty
      ? "Claim \(claimID) has no evidence to verify.\n"
      : bad.isEmpty
        ? "All \(checks.count) evidence files are unchanged.\n"
        : "\(bad.count) of \(checks.count) evidence files no longer match the record.\n"
    return out
  }

  /// The error `claim verify` ends with when files changed: which ones and how; `nil` when
  /// every file is unchanged.
  public static func mismatch(_ checks: [EvidenceCheck], claimID: Int64) -> String? {
    let bad = checks.filter { $0.status != .unchanged }
    if bad.isEmpty { return nil }
    return "claim \(claimID): evidence no longer matches: "
      + bad.map { "\(ClaimText.fileName($0.evidence.displayPath)) \($0.status.rawValue)" }.joined(separator: ", ")
  }

  /// The progress line of reading a large evidence file: its name, how much was read of how
  /// much.
  public static func progress(_ path: [UInt8], _ done: Int64, _ total: Int64) -> String {
    let name = ClaimText.safe(ClaimText.fileName(String(decoding: path, as: UTF8.self)), max: 40)
    let percent = total > 0 ? Int(done * 100 / total) : 100
    return "Reading \(name): \(percent)% of \(ByteCount.text(total))"
  }
}
