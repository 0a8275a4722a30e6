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
  func count(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var groups: [Substring] = []
    var end = digits.endIndex
    while end > digits.startIndex {
      let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
      groups.insert(digits[start..<end], at: 0)
      end = start
    }
    return (value < 0 ? "-" : "") + groups.joined(separator: french ? "\u{202F}" : ",")
  }

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
