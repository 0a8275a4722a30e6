import CaveatCore
import CaveatHTML

/// Reads return and buyer-protection terms from the sentences a page shows, in the languages
/// marketplaces translate them into (English, French, Spanish, Portuguese, German, Italian,
/// Russian, Polish, Turkish, Hebrew, Chinese).
enum TermsText {
  private static let freeReturnPhrases = [
    "free return", "free returns", "returns are free", "return shipping is free", "retours gratuits", "retour gratuit",
    "devoluciones gratis", "devolución gratis", "devolución gratuita", "devoluciones gratuitas",
    "kostenlose rücksendung", "kostenlose rückgabe", "resi gratuiti", "reso gratuito",
    "devoluções grátis", "devolução grátis", "devolução gratuita", "darmowe zwroty", "darmowy zwrot",
    "ücretsiz iade", "бесплатный возврат", "бесплатные возвраты", "החזרה חינם", "החזרות חינם",
    "החזרה בחינם", "免费退货", "退货免运费", "gratis retourneren", "gratis retour", "gratis terugsturen",
    "đổi trả miễn phí", "miễn phí đổi trả", "trả hàng miễn phí", "返品無料", "返品送料無料",
  ]
  private static let noReturnPhrases = [
    "no returns", "returns not accepted", "does not accept returns", "doesn't accept returns",
    "seller does not offer returns", "non-returnable", "not returnable", "retours non acceptés",
    "pas de retour", "no se aceptan devoluciones", "sin devoluciones", "keine rücknahme",
    "keine rückgabe", "resi non accettati", "não aceita devoluções", "возврат не принимается",
    "zwroty nie są przyjmowane", "iade kabul edilmez", "不支持退货", "不支持7天无理由",
    "rücknahme ausgeschlossen", "rückgabe ausgeschlossen", "rückgabe nicht möglich", "nessun reso",
    "resi non accettati", "no acepta devoluciones", "não aceita devolução", "não são aceitas devoluções",
    "nie przyjmuje zwrotów", "brak zwrotów", "返品不可", "返品できません", "不可退货", "반품 불가",
  ]
  private static let buyerPaysPhrases = [
    "buyer pays return shipping", "buyer pays for return shipping", "buyer pays return postage",
    "buyers are responsible for return shipping", "buyer is responsible for return shipping",
    "buyer responsible for return shipping", "return shipping paid by buyer", "return shipping: buyer",
    "l'acheteur paie les frais de retour", "el comprador paga el envío de la devolución",
    "käufer trägt die rücksendekosten", "l'acquirente paga le spese di restituzione",
    "o comprador paga o frete de devolução", "покупатель оплачивает обратную доставку",
  ]
  private static let sellerPaysPhrases = [
    "seller pays return shipping", "free return shipping", "free returns", "free return",
    "retours gratuits", "kostenlose rücksendung", "devoluciones gratis", "resi gratuiti",
    "devoluções grátis", "бесплатный возврат", "החזרה חינם", "gratis retourneren", "đổi trả miễn phí",
  ]
  private static let protectionPhrases = [
    "buyer protection", "protection acheteur", "protection des acheteurs", "protección al comprador",
    "protección del comprador", "käuferschutz", "protezione acquirente", "protezione dell'acquirente",
    "proteção ao comprador", "proteção do comprador", "защита покупателя", "ochrona kupującego",
    "alıcı koruması", "הגנת הקונה", "买家保障",
  ]
  private static let returnWords = [
    "return", "retour", "devoluci", "devoluç", "devolv", "rücksend", "rückgabe", "reso", "resi",
    "restitu", "возврат", "zwrot", "iade", "החזר", "退货", "退换", "refund", "replacement",
    "remboursement", "reembolso", "erstattung", "rimborso", "返品", "返金", "반품", "hoàn trả", "đổi trả",
  ]
  /// Delivery guarantees ("Refund if no delivery in 20 days") name days and refunds but are
  /// not return windows.
  private static let deliveryPhrases = [
    "no delivery", "not delivered", "if delayed", "late delivery", "delivery in", "package lost",
    "on-time", "on time", "livraison", "entrega", "lieferung", "consegna", "доставк", "משלוח",
    "אספקה",
  ]
  /// A delivery named as the day a return window starts ("within 14 days of delivery", "entro
  /// 14 giorni dalla consegna") is part of the window, not a delivery guarantee.
  private static let fromDeliveryPhrases = [
    "of delivery", "from delivery", "after delivery", "of receipt", "après livraison", "à compter de la livraison",
    "à réception", "dès réception", "desde la entrega", "tras la entrega", "a partir da entrega", "após a entrega",
    "nach lieferung", "ab lieferung", "nach erhalt", "ab erhalt", "dalla consegna", "dal ricevimento",
    "od dostawy", "od otrzymania", "od doręczenia", "na levering", "na ontvangst",
  ]
  private static let dayWords = [
    "day", "days", "jour", "jours", "día", "días", "dia", "dias", "tag", "tage", "tagen", "giorno",
    "giorni", "день", "дня", "дней", "dzień", "dni", "gün", "יום", "ימים", "天", "日", "일", "ngày", "dag",
  ]

  // The tables as phrase sets, each tested in one pass over a text.
  private static let returnWordsSet = PhraseSet(returnWords)
  private static let protectionPhrasesSet = PhraseSet(protectionPhrases)
  private static let noReturnPhrasesSet = PhraseSet(noReturnPhrases)
  private static let freeReturnPhrasesSet = PhraseSet(freeReturnPhrases)
  /// Every phrase ``mentionsTerms(_:)`` looks for, in one table: one pass per text.
  private static let termsPhrasesSet = PhraseSet(returnWords + protectionPhrases + noReturnPhrases)
  private static let buyerPaysPhrasesSet = PhraseSet(buyerPaysPhrases)
  private static let sellerPaysPhrasesSet = PhraseSet(sellerPaysPhrases)
  private static let deliveryPhrasesSet = PhraseSet(deliveryPhrases)
  private static let fromDeliveryPhrasesSet = PhraseSet(fromDeliveryPhrases)

  /// Whether a lowercased text names returns, buyer protection or a no-returns rule: the texts
  /// ``read(_:)`` keeps.
  static func mentionsTerms(_ lower: String) -> Bool {
    termsPhrasesSet.matches(lower)
  }

  /// ``mentionsTerms(_:)`` of `text` lowercased: most texts are answered without lowercasing
  /// them.
  static func mentionsTerms(unlowered text: String) -> Bool {
    termsPhrasesSet.matchesLowercasingASCII(text) ?? mentionsTerms(text.lowercasedText)
  }

  /// Reads terms from `texts` (each a sentence or a box's title and body joined).
  static func read(_ texts: [String]) -> Terms {
    var terms = Terms()
    let kept = texts.map { TextNormalizer.collapse($0) }.filter { text in
      !text.isEmpty && mentionsTerms(text.lowercasedText)
    }
    terms.texts = kept.isEmpty ? nil : kept
    for text in kept {
      let lower = text.lowercasedText
      let days = dayCount(in: lower)
      if protectionPhrasesSet.matches(lower) {
        if let days, terms.buyerProtectionDays == nil { terms.buyerProtectionDays = days }
        continue
      }
      if noReturnPhrasesSet.matches(lower) {
        terms.freeReturns = false
        continue
      }
      if freeReturnPhrasesSet.matches(lower) {
        terms.freeReturns = true
        if terms.returnShippingPaidBy == nil { terms.returnShippingPaidBy = .seller }
      }
      if buyerPaysPhrasesSet.matches(lower) {
        terms.returnShippingPaidBy = .buyer
        if terms.freeReturns == nil { terms.freeReturns = false }
      } else if sellerPaysPhrasesSet.matches(lower), terms.returnShippingPaidBy == nil {
        terms.returnShippingPaidBy = .seller
      }
      if let days, terms.returnWindowDays == nil, returnWordsSet.matches(lower),
        !deliveryPhrasesSet.matches(lower)
          || fromDeliveryPhrasesSet.matches(lower)
      {
        terms.returnWindowDays = days
      }
    }
    return terms
  }

  /// A number of days written next to a day word: "within 90 days", "30-day", "תוך 15 ימים",
  /// "7天". Refuses a "{day}" placeholder.
  static func dayCount(in text: String) -> Int? {
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      guard let digit = asciiDigit(scalars[index]) else {
        index += 1
        continue
      }
      var value = digit
      var end = index + 1
      while end < scalars.count, let next = asciiDigit(scalars[end]), value < 10_000 {
        value = value * 10 + next
        end += 1
      }
      // Skip "-", spaces and no-break spaces between the number and the word.
      var wordStart = end
      while wordStart < scalars.count,
        scalars[wordStart] == "-" || TextNormalizer.isSpace(scalars[wordStart])
      {
        wordStart += 1
      }
      let rest = String(String.UnicodeScalarView(scalars[wordStart..<min(scalars.count, wordStart + 8)]))
      if dayWords.contains(where: { rest.hasPrefix($0) }), (1...3650).contains(value),
        index == 0 || asciiDigit(scalars[index - 1]) == nil
      {
        return value
      }
      index = end
    }
    return nil
  }

  private static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
    (0x30...0x39).contains(scalar.value) ? Int(scalar.value - 0x30) : nil
  }
}
