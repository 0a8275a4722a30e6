import CaveatCore
import CaveatScore
import Foundation

/// Every word the text and HTML reports print around the page's own values, in English and
/// French. Messages and advice come translated from the assessor; these are the headings,
/// labels, units and verdicts.
struct ReportWords {
  let language: Language

  init(_ language: Language) { self.language = language }

  private var french: Bool { language == .fr }

  private func pick(_ en: String, _ fr: String) -> String { french ? fr : en }

  /// A count with the language's grouping: "1,234" or "1 234".
  func count(_ value: Int) -> String { language.grouped(value) }

  func verdict(_ verdict: Verdict) -> String {
    switch verdict {
    case .buy: return pick("BUY", "ACHETER")
    case .caution: return pick("CAUTION", "PRUDENCE")
    case .avoid: return pick("AVOID", "À ÉVITER")
    case .insufficientData: return pick("NOT ENOUGH DATA", "DONNÉES INSUFFISANTES")
    }
  }

  /// A flag's name in words; an unknown flag is shown as it is.
  func flag(_ flag: String) -> String {
    guard french else { return flag }
    switch flag {
    case "fragile": return "fragile"
    case "high-value": return "valeur élevée"
    case "price-too-good": return "prix trop beau"
    case "past-claims": return "litiges passés"
    default: return flag
    }
  }

  var grade: String { pick("grade", "note") }
  /// The terminal table's column headings after "#".
  var tableHeaders: [String] {
    french ? ["note", "score", "prix", "avis", "annonce"] : ["grade", "score", "price", "rating", "listing"]
  }
  var sellerNotShown: String { pick("seller not shown", "vendeur non indiqué") }

  /// "Same product, 3 offers (median 12.00 USD):".
  func sameProduct(offers: Int, median: String, currency: String) -> String {
    french
      ? "Même produit, \(offers) offres (médiane \(median.replacingOccurrences(of: ".", with: ",")) \(currency)) :"
      : "Same product, \(offers) offers (median \(median) \(currency)):"
  }
  var noTitle: String { pick("(no title)", "(sans titre)") }
  var price: String { pick("Price", "Prix") }
  var was: String { pick("was", "au lieu de") }
  var rating: String { pick("Rating", "Note") }
  var reviews: String { pick("Reviews", "Avis") }
  var sold: String { pick("Sold", "Vendus") }
  var seller: String { pick("Seller", "Vendeur") }
  var returns: String { pick("Returns", "Retours") }
  var shipping: String { pick("Shipping", "Livraison") }
  var aReview: String { pick("A review", "Un avis") }
  var why: String { pick("Why", "Pourquoi") }
  var whatToDo: String { pick("What to do", "Que faire") }
  var specs: String { pick("Specs", "Caract.") }
  var afterSale: String {
    pick(
      "What buyers say about problems and refunds", "Ce que disent les acheteurs des problèmes et des remboursements")
  }

  /// The after-sale counts in words: "refund refused or delayed 2 · well packed 1 (of 20
  /// reviews read)", or that none of the reviews read speaks of it.
  func afterSaleLine(_ counts: AfterSaleCounts) -> String {
    let listed = ReviewClass.afterSaleOrder.compactMap { reviewClass in
      counts.counts[reviewClass.rawValue].map { "\(reviewClass.words(language)) \(count($0))" }
    }
    let read = counts.reviewsRead
    if listed.isEmpty {
      return french
        ? "aucun des \(count(read)) avis lus n’en parle"
        : (read == 1 ? "the one review read says nothing of it" : "none of the \(count(read)) reviews read mentions it")
    }
    return listed.joined(separator: " · ")
      + (french
        ? " (sur \(count(read)) avis lu\(read < 2 ? "" : "s"))"
        : " (of \(count(read)) review\(read == 1 ? "" : "s") read)")
  }
  var notOnPage: String { pick("Not on the page", "Absent de la page") }
  var partial: String {
    pick(
      "Partial page: some of it could not be read; missing values may exist in the original.",
      "Page partielle : une partie n’a pas pu être lue ; des valeurs absentes peuvent exister dans l’original.")
  }
  var asDescribed: String { pick("as described", "conforme") }
  var communication: String { pick("communication", "communication") }
  var shippingRating: String { pick("shipping", "expédition") }
  var freeReturns: String { pick("free returns", "retours gratuits") }
  var returnsNotFree: String { pick("returns not free", "retours payants") }
  var from: String { pick("from", "depuis") }
  var days: String { pick("days", "jours") }
  var free: String { pick("free", "gratuite") }

  func starsOf5(_ average: Double) -> String {
    french
      ? String(format: "%.1f ★ sur 5", average).replacingOccurrences(of: ".", with: ",")
      : String(format: "%.1f ★ of 5", average)
  }

  func fromRatings(_ count: Int) -> String {
    french
      ? "par \(self.count(count)) évaluation\(count == 1 ? "" : "s")"
      : "from \(count.formatted()) rating\(count == 1 ? "" : "s")"
  }

  func written(_ count: Int) -> String { french ? "\(self.count(count)) écrits" : "\(count.formatted()) written" }

  func onThisPage(_ count: Int) -> String { french ? "\(count) sur cette page" : "\(count) on this page" }

  func positive(_ percent: Double) -> String {
    french
      ? String(format: "%.1f %% positifs", percent).replacingOccurrences(of: ".", with: ",")
      : String(format: "%.1f%% positive", percent)
  }

  func followers(_ count: Int) -> String {
    french ? "\(self.count(count)) abonné\(count == 1 ? "" : "s")" : "\(count.formatted()) followers"
  }

  /// The shop's own star rating, apart from the item's: "shop 4.9/5 (8,214)".
  func shopRating(_ stars: String, count: Int?) -> String {
    (french ? "boutique " : "shop ") + stars + (count.map { " (\(self.count($0)))" } ?? "")
  }

  /// A price only some buyers pay: "Pix R$ 1,172.83", "10 × R$ 123.46", "new shoppers US$ 4.99".
  func alternatePrice(_ kind: AlternatePrice.Kind, _ amount: String, _ instalments: Int?) -> String {
    switch kind {
    case .pix: return pick("with Pix ", "avec Pix ") + amount
    case .instalment:
      return instalments.map { "\($0) × " + amount } ?? pick("per instalment ", "par mensualité ") + amount
    case .newShopper: return pick("new shoppers only ", "nouveaux acheteurs seulement ") + amount
    }
  }

  func openSince(_ date: String) -> String { french ? "ouverte depuis le \(date)" : "open since \(date)" }

  func returnWindow(_ days: Int) -> String { french ? "retour sous \(days) jours" : "\(days)-day return window" }

  func paysReturn(_ party: Party) -> String {
    guard french else { return "\(party.rawValue) pays return shipping" }
    switch party {
    case .buyer: return "retour à la charge de l’acheteur"
    case .seller: return "retour à la charge du vendeur"
    }
  }

  func buyerProtection(_ days: Int) -> String {
    french ? "protection acheteur de \(days) jours" : "\(days)-day buyer protection"
  }

  /// How the encoding was decided, in parentheses after its name ("" when the page does not say).
  func encodingDecision(_ decidedBy: String?, confidence: Int?) -> String {
    let text: String?
    switch decidedBy {
    case "bom": text = pick("byte-order mark", "marque d’ordre des octets")
    case "transport": text = pick("from the MHTML headers", "d’après les en-têtes MHTML")
    case "declared-early": text = pick("declared", "déclaré")
    case "declared-late": text = pick("declared late in the head", "déclaré tard dans l’en-tête")
    case "valid-utf8": text = pick("valid UTF-8", "UTF-8 valide")
    case "detected":
      let sure = confidence.map { french ? ", sûr à \($0) %" : ", \($0)% sure" } ?? ""
      text = pick("detected", "détecté") + sure
    case "default": text = pick("assumed: no declaration", "supposé : aucune déclaration")
    default: text = nil
    }
    return text.map { " (\($0))" } ?? ""
  }

  func scoreLine(_ score: Int, coverage: Double) -> String {
    french
      ? String(format: "Score %d/100, à partir de faits couvrant %.0f %% de ce qui compte.", score, coverage * 100)
      : String(format: "Score %d/100 from facts covering %.0f%% of what matters.", score, coverage * 100)
  }
}

// MARK: HTML pages and the diff

extension ReportWords {
  /// A verdict as a word in a sentence: "Buy", "À éviter".
  func verdictName(_ verdict: Verdict) -> String {
    switch verdict {
    case .buy: return pick("Buy", "Acheter")
    case .caution: return pick("Caution", "Prudence")
    case .avoid: return pick("Avoid", "À éviter")
    case .insufficientData: return pick("Not enough data", "Données insuffisantes")
    }
  }

  var rankingTitle: String { pick("Caveat ranking", "Classement Caveat") }
  var vetTitle: String { pick("Caveat: one listing", "Caveat : une annonce") }
  var diffTitle: String { pick("Caveat: two saves compared", "Caveat : deux enregistrements comparés") }

  func rankCounts(ranked: Int, refused: Int, partial: Int, duplicates: Int) -> String {
    french
      ? "\(ranked) classée\(ranked > 1 ? "s" : "") · \(refused) refusée\(refused > 1 ? "s" : "") · \(partial) partielle\(partial > 1 ? "s" : "") · \(duplicates) doublon\(duplicates > 1 ? "s" : "")"
      : "\(ranked) ranked · \(refused) refused · \(partial) partial · \(duplicates) duplicate\(duplicates == 1 ? "" : "s")"
  }

  var columnRank: String { "#" }
  var columnGrade: String { pick("Grade", "Note") }
  var columnScore: String { "Score" }
  var columnListing: String { pick("Listing", "Annonce") }
  var columnStars: String { pick("Stars", "Étoiles") }
  var columnFlags: String { pick("Flags", "Alertes") }
  var columnReasons: String { pick("Reasons", "Raisons") }

  var scoresChart: String { pick("Scores", "Scores") }
  func scoresCaption(_ count: Int) -> String {
    french
      ? "Nombre d’annonces par tranche de 10 points (\(count) annonce\(count > 1 ? "s" : ""))."
      : "Listings per band of 10 points (\(count) listing\(count == 1 ? "" : "s"))."
  }
  var priceChart: String { pick("Price against score", "Prix et score") }
  /// The scatter's caption: which currency is plotted, and how many listings are left out.
  func priceCaption(currency: String, plotted: Int, omitted: Int) -> String {
    var text =
      french
      ? "Prix affichés en \(currency), la devise la plus fréquente (\(plotted) annonce\(plotted > 1 ? "s" : ""))."
      : "Listed prices in \(currency), the most common currency (\(plotted) listing\(plotted == 1 ? "" : "s"))."
    if omitted > 0 {
      text +=
        french
        ? " \(omitted) sans prix ou dans une autre devise ne sont pas tracées."
        : " \(omitted) without a price or in another currency are not plotted."
    }
    return text
  }
  var noPrices: String { pick("No listing shows a price.", "Aucune annonce n’affiche de prix.") }
  var verdictsAndFlags: String { pick("Verdicts and flags", "Verdicts et alertes") }
  var noFlags: String { pick("No flags.", "Aucune alerte.") }
  var scoreAxis: String { "score" }
  var priceAxis: String { pick("price", "prix") }
  func scoreOf100(_ score: Int) -> String { french ? "score \(score) sur 100" : "score \(score) of 100" }
  var ratingHistogram: String { pick("ratings by stars", "répartition des notes") }

  var sameProduct: String { pick("Same product, several sellers", "Même produit, plusieurs vendeurs") }
  func offers(_ count: Int) -> String { french ? "\(count) offres" : "\(count) offers" }
  var median: String { pick("median", "médiane") }
  var cheapestTrustworthy: String { pick("cheapest trustworthy", "la moins chère digne de confiance") }
  var none: String { pick("none", "aucune") }
  func offerGroup(_ number: Int) -> String { french ? "groupe d’offres \(number)" : "offer group \(number)" }
  var duplicatesHeading: String { pick("Duplicates (ranked once)", "Doublons (classés une fois)") }
  var refusedHeading: String { pick("Refused", "Refusées") }
  var savesHeading: String { pick("Saved more than once", "Enregistrées plusieurs fois") }

  /// "2 saves of the same listing: A (older) and B; run caveat diff A B", for files oldest first.
  func saves(files: [String]) -> String {
    guard let first = files.first, let last = files.last, files.count >= 2 else { return files.first ?? "" }
    let middle = files.dropFirst().dropLast()
    let list =
      ([
        first
          + pick(
            files.count == 2 ? " (older)" : " (oldest)", files.count == 2 ? " (le plus ancien)" : " (le plus ancien)")
      ] + middle)
      .joined(separator: ", ")
    return french
      ? "\(files.count) enregistrements de la même annonce : \(list) et \(last) ; lancez caveat diff \(Self.shellWord(first)) \(Self.shellWord(last))"
      : "\(files.count) saves of the same listing: \(list) and \(last); run caveat diff \(Self.shellWord(first)) \(Self.shellWord(last))"
  }

  /// A file name as one shell word: as it is when it is plain, else in single quotes.
  static func shellWord(_ text: String) -> String {
    let plain = text.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || $0.properties.numericType != nil || "._/-+,:@%".unicodeScalars.contains($0)
    }
    return plain && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  var details: String { pick("Details", "Détails") }
  var missingFields: String { pick("Not on the page", "Absent de la page") }
  var warnings: String { pick("Warnings", "Avertissements") }
  var reviewsOnPage: String { pick("Reviews on the page", "Avis sur la page") }

  // The diff.
  var field: String { pick("Field", "Champ") }
  var before: String { pick("Before", "Avant") }
  var after: String { pick("After", "Après") }
  var changes: String { pick("Changes", "Changements") }
  var noChanges: String { pick("Nothing compared changed.", "Rien de ce qui est comparé n’a changé.") }
  var older: String { pick("Older save", "Enregistrement ancien") }
  var newer: String { pick("Newer save", "Enregistrement récent") }
  var disappeared: String { pick("Reviews that disappeared", "Avis disparus") }
  var appeared: String { pick("Reviews that appeared", "Avis apparus") }
  var nothing: String { "–" }
  var yes: String { pick("yes", "oui") }
  var no: String { pick("no", "non") }

  /// Where a save's date came from.
  func savedOn(_ date: String, source: SaveDateSource) -> String {
    switch source {
    case .pageHeader: return french ? "enregistrée le \(date) (date de la page)" : "saved \(date) (the page's date)"
    case .fileModified:
      return french
        ? "enregistrée le \(date) (date de modification du fichier)" : "saved \(date) (the file's modification date)"
    }
  }
  var dateUnknown: String { pick("save date unknown", "date d’enregistrement inconnue") }

  func reviewsDisappeared(_ count: Int, olderRemain: Bool) -> String {
    var text =
      french
      ? "\(count) avis visible\(count > 1 ? "s" : "") dans l’ancien enregistrement \(count > 1 ? "ont" : "a") disparu."
      : "\(count) review\(count == 1 ? "" : "s") seen in the older save \(count == 1 ? "has" : "have") disappeared."
    text +=
      olderRemain
      ? pick(
        " Older reviews are still there: a review removed while older ones remain is a strong sign that reviews are being deleted.",
        " Des avis plus anciens sont toujours là : un avis retiré alors que de plus anciens restent est un fort signe de suppression d’avis."
      )
      : pick(
        " Deleted reviews are a classic sign of manipulation; the page may also show only some reviews.",
        " Des avis supprimés sont un signe classique de manipulation ; la page peut aussi n’en montrer qu’une partie.")
    return text
  }

  func reviewsAppeared(_ count: Int) -> String {
    french
      ? "\(count) avis nouveau\(count > 1 ? "x" : "") dans l’enregistrement récent."
      : "\(count) new review\(count == 1 ? "" : "s") in the newer save."
  }

  func differentProducts(_ reason: DiffWarning) -> String {
    switch reason {
    case .differentProductIDs(let old, let new):
      return french
        ? "Ces deux pages semblent être des produits différents (référence \(old) puis \(new))."
        : "These two pages look like different products (product number \(old), then \(new))."
    case .differentTitles:
      return pick(
        "These two pages look like different products: their titles have little in common.",
        "Ces deux pages semblent être des produits différents : leurs titres n’ont presque rien en commun.")
    case .differentSites(let old, let new):
      return french
        ? "Ces deux pages viennent de sites différents (\(old), \(new))."
        : "These two pages come from different sites (\(old), \(new))."
    case .newerIsOlder:
      return pick(
        "The second save is older than the first: the comparison reads from the older to the newer.",
        "Le second enregistrement est plus ancien que le premier : la comparaison va du plus ancien au plus récent.")
    }
  }
}
