import Foundation
import Testing

/// A whole claim in French, as a shopper with `LANG=fr_FR.UTF-8` runs it.
@Suite("caveat claim, a French session end to end")
struct ClaimFrenchScenarioTests {
  static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1]
  static let mp4: [UInt8] = [0, 0, 0, 0x18] + Array("ftypisom".utf8) + Array(repeating: 1, count: 40)

  struct Box {
    let folder: URL
    init() throws {
      folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("caveat-fr-" + UUID().uuidString)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    var store: String { folder.appendingPathComponent("claims.sqlite").path }
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
      let url = folder.appendingPathComponent(name)
      try Data(bytes).write(to: url)
      return url.path
    }
    /// Runs `caveat claim ARGUMENTS --store STORE` with a French locale.
    func claim(_ arguments: [String], lang: String = "fr_FR.UTF-8") async throws -> CLIResult {
      let result = try await CLIRunner.caveat(
        ["claim"] + arguments + ["--store", store],
        environment: ["LANG": lang, "LC_ALL": "", "LC_MESSAGES": ""], currentDirectory: folder)
      #expect(result.status == 0, "\(arguments): \(result.stderrText)")
      #expect(!result.stdout.contains(0x1B), "\(arguments): ESC in output")
      return result
    }
    func cleanup() { try? FileManager.default.removeItem(at: folder) }
  }

  /// No internal name ("sellerContacted", "partial-refund" as a state) in a French text.
  static func expectNoInternalNames(_ text: String, _ what: String) {
    for name in [
      "sellerContacted", "partialRefund", "fullRefund", "disputeOpened", "offerReceived", "notAsDescribed",
      "(receivedOn)", "seller-contacted ·", "dispute.window",
    ] {
      #expect(!text.contains(name), "\(what) shows \(name)")
    }
  }

  @Test("open → delivery day → evidence → seller → offer → counter-offer → dispute → formal notice, chargeback")
  func frenchSession() async throws {
    let box = try Box()
    defer { box.cleanup() }
    let opened = try await box.claim([
      "open", "--platform", "aliexpress", "--title", "Lampe de bureau", "--seller", "Boutique\u{1B}[31m Lumière",
      "--order", "8123", "--ordered", "2025-03-01", "--paid", "40", "--currency", "EUR", "--payment", "card",
      "--received", "2025-03-20", "--problem", "damaged", "--country", "FR", "--description", "Pied fendu",
      "--today", "2025-03-20",
    ])
    let openText = opened.stdoutText
    #expect(openText.contains("Réclamation ouverte : 1"))
    #expect(openText.contains("Jour de livraison"))
    #expect(openText.contains("Pesez le colis fermé"))
    #expect(openText.contains("Filmez l'ouverture en une seule prise"))
    #expect(openText.contains("L133-3") && openText.contains("L216-2"))
    #expect(openText.contains("2025-03-23  PROCHE"), "the carrier protest starts that day: \(openText)")
    #expect(openText.contains("Prochaine étape : Jour de livraison"))
    Self.expectNoInternalNames(openText, "open")

    let show = try await box.claim(["show", "1", "--today", "2025-03-20"])
    #expect(show.stdoutText.contains("Réclamation 1 · aliexpress · commande 8123 · ouverte"))
    #expect(show.stdoutText.contains("Problème : arrivé endommagé · Pied fendu"))
    #expect(show.stdoutText.contains("Délais"))
    Self.expectNoInternalNames(show.stdoutText, "show")

    // Evidence, then the seller.
    let photo = try box.file("colis.jpg", Self.jpeg)
    let video = try box.file("ouverture.mp4", Self.mp4)
    _ = try await box.claim(["evidence", "add", "1", photo, video, "--note", "à la livraison", "--today", "2025-03-20"])
    let seller = try await box.claim(["draft", "1", "seller"])
    #expect(seller.stdoutText.hasPrefix("Bonjour,"))
    #expect(seller.stdoutText.contains("article L216-2 du Code de la consommation"))
    #expect(!seller.stdoutText.contains("J'ai écrit"), "nothing logged yet")
    #expect(!seller.stdoutText.contains("constat"), "a French buyer is not sent to the carrier")
    let options = try await box.claim(["options", "1"])
    #expect(
      options.stdoutText.hasPrefix(
        "1. Remboursement partiel, article conservé (ce que demandent les brouillons par défaut)"))
    #expect(options.stdoutText.contains("Pourquoi 30 %"))
    #expect(
      seller.stdoutText.contains("Je demande un remboursement partiel de 12,00 EUR"),
      "the draft asks what options ranks first")
    let english = try await box.claim(["options", "1", "--lang", "en"])
    #expect(english.stdoutText.contains("Partial refund, keeping the item"))

    _ = try await box.claim(["log", "1", "seller-contacted", "--on", "2025-03-21", "--today", "2025-03-21"])
    _ = try await box.claim([
      "log", "1", "offer-received", "--amount", "4", "--on", "2025-03-23", "--today", "2025-03-23",
    ])
    let step = try await box.claim(["show", "1", "--today", "2025-03-23"])
    #expect(step.stdoutText.contains("Le vendeur a proposé 4,00 EUR le 2025-03-23"))
    #expect(step.stdoutText.contains("message au vendeur") && step.stdoutText.contains("offre reçue · 4,00 EUR"))
    Self.expectNoInternalNames(step.stdoutText, "show after the offer")

    let counter = try await box.claim(["draft", "1", "counter-offer", "--ask", "partial", "15"])
    #expect(counter.stdoutText.contains("Le 2025-03-23, vous m'avez proposé 4,00 EUR."))
    #expect(counter.stdoutText.contains("Je demande un remboursement partiel de 15,00 EUR"))
    #expect(!counter.stdoutText.contains("\u{1B}"), "the seller's name is sanitized")

    _ = try await box.claim(["log", "1", "dispute-opened", "--on", "2025-03-25", "--today", "2025-03-25"])
    let dispute = try await box.claim(["draft", "1", "dispute"])
    #expect(dispute.stdoutText.contains("Déclaration de litige pour la commande 8123."))
    #expect(dispute.stdoutText.contains("Je n'ai pas accepté cette offre."))
    #expect(dispute.stdoutText.contains("ouverture.mp4 (vidéo"))

    let notice = try await box.claim(["draft", "1", "formal-notice"])
    #expect(notice.stdoutText.contains("Objet : Mise en demeure — commande 8123"))
    #expect(notice.stdoutText.contains("articles L217-3 et suivants du Code de la consommation"))
    #expect(notice.stdoutText.contains("avant le 2027-03-20"))
    let chargeback = try await box.claim(["draft", "1", "chargeback"])
    #expect(chargeback.stdoutText.contains("Demande de rétrofacturation (chargeback)"))
    #expect(
      chargeback.stdoutText.contains("avant le 2025-07-18"),
      "120 days after the delivery on 2025-03-20, later than the payment")
    #expect(chargeback.stdoutText.contains("Mes démarches auprès du commerçant :"))
    let next = try await box.claim(["draft", "1", "next-recourse", "--seller-country", "CN"])
    #expect(next.stdoutText.contains("SignalConso"))
    #expect(next.stdoutText.contains("hors de l'UE (CN)"))

    // A draft the record does not allow is refused in French, naming why.
    let paypal = try await CLIRunner.caveat(
      ["claim", "draft", "1", "paypal-statement", "--store", box.store],
      environment: ["LANG": "fr_FR.UTF-8", "LC_ALL": ""])
    #expect(paypal.status == 65)
    #expect(paypal.stderrText.contains("pas par PayPal"))
    let badAsk = try await CLIRunner.caveat(
      ["claim", "draft", "1", "seller", "--ask", "partial", "--store", box.store],
      environment: ["LANG": "C", "LC_ALL": ""])
    #expect(badAsk.status == 65)
    #expect(badAsk.stderrText.contains("--ask"))

    // LANG=C keeps English.
    let plain = try await box.claim(["draft", "1", "seller"], lang: "C")
    #expect(plain.stdoutText.hasPrefix("Hello,"))
  }
}
