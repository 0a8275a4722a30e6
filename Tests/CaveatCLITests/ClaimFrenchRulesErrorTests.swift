import Foundation
import Testing

/// `caveat claim rules` and the claim commands' errors under a French locale, and unchanged
/// under any other.
@Suite("caveat claim in French: rules and errors")
struct ClaimFrenchRulesErrorTests {
  static let french = ["LANG": "fr_FR.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
  static let english = ["LANG": "C", "LC_ALL": "", "LC_MESSAGES": ""]

  @Test("claim rules prints every rule's French summary and no English one")
  func rules() async throws {
    let result = try await CLIRunner.caveat(["claim", "rules"], environment: Self.french)
    #expect(result.status == 0)
    // The English summaries, and the English of the sources and checked notes, are gone.
    for english in [
      "A refund to a card takes", "open a dispute", "legal guarantee", "days from physical possession", "Checked:",
      "not verified", "as quoted by", "business days",
    ] {
      #expect(!result.stdoutText.contains(english), "\(english)")
    }
    for french in [
      "  Un remboursement sur carte bancaire prend de 3 à 20 jours ouvrés.\n",
      "France, garantie légale de conformité : 2 ans à partir de la livraison",
      "droit de rétractation", "une rétrofacturation (chargeback)", "refund.card (20 jours ouvrés)\n",
      "  Source : aide d'AliExpress (copie : skin.tigerwing.net) ; aide d'intl.alipay.com\n",
      "  Vérifiée le : 2026-12-06 ; non vérifiée dans le texte d'origine\n",
    ] {
      #expect(result.stdoutText.contains(french), "\(french)")
    }
    let english = try await CLIRunner.caveat(["claim", "rules"], environment: Self.english)
    #expect(
      english.stdoutText.contains("refund.card (20 business days)\n  A refund to a card takes 3 to 20 business days.\n")
    )
    #expect(english.stdoutText.contains("  Checked: 2026-12-06\n"))
    #expect(
      english.stdoutText.components(separatedBy: "\n  Source: ").count
        == result.stdoutText.components(separatedBy: "\n  Source : ").count)
    let json = try await CLIRunner.caveat(["claim", "rules", "--format", "json"], environment: Self.french)
    #expect(json.stdoutText.contains("\"summary\" : \"A refund to a card takes 3 to 20 business days.\""))
    #expect(json.stdoutText.contains("\"summaryFR\" : \"Un remboursement sur carte bancaire"))
  }

  @Test("a refused value is explained in French, naming the option, and in English under LANG=C")
  func errors() async throws {
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("caveat-fr-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = folder.appendingPathComponent("claims.sqlite").path
    func open(_ extra: [String], _ environment: [String: String]) async throws -> CLIResult {
      try await CLIRunner.caveat(
        [
          "claim", "open", "--platform", "aliexpress", "--order", "5", "--ordered", "2025-03-01", "--paid", "40",
          "--currency", "EUR", "--payment", "card", "--problem", "damaged", "--today", "2025-03-10", "--store", store,
        ] + extra, environment: environment)
    }
    let country = try await open(["--country", "XX"], Self.french)
    #expect(country.status == 65)
    #expect(country.stderrText.contains("--country : « XX » n'est pas un code de pays ISO 3166"))
    let countryEnglish = try await open(["--country", "XX"], Self.english)
    #expect(countryEnglish.stderrText.contains("--country: 'XX' is not an ISO 3166 country code (FR, DE, US, …)"))
    let received = try await open(["--received", "2025-02-01"], Self.french)
    #expect(received.stderrText.contains("--received : reçu le 2025-02-01, avant la date de commande 2025-03-01"))
    #expect(!received.stderrText.contains("receivedOn"))
    #expect(try await open([], Self.french).status == 0)
    let duplicate = try await open([], Self.french)
    #expect(duplicate.status == 65)
    #expect(
      duplicate.stderrText.contains(
        "--order : la commande 5 sur aliexpress est déjà la réclamation 1 ; rien n'a été enregistré (--allow-duplicate l'enregistre quand même)"
      ))
    let duplicateEnglish = try await open([], Self.english)
    #expect(
      duplicateEnglish.stderrText.contains(
        "--order: order 5 on aliexpress is already claim 1; nothing was recorded (--allow-duplicate records it anyway)")
    )
    let missing = try await CLIRunner.caveat(["claim", "show", "7", "--store", store], environment: Self.french)
    #expect(missing.status == 65)
    #expect(missing.stderrText.contains("réclamation 7 : aucune réclamation de ce numéro dans la base"))
    for result in [country, received, duplicate, missing] {
      for word in [" the ", " claim ", " must ", " not "] { #expect(!result.stderrText.contains(word)) }
    }
  }
}
