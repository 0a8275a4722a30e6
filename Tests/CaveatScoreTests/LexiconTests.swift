import Testing

@testable import CaveatScore

/// A text and the category expected among its matches.
struct LexiconExpectation: Sendable, CustomTestStringConvertible {
  var text: String
  var category: String
  var language: String

  init(_ text: String, _ category: String, _ language: String) {
    self.text = text
    self.category = category
    self.language = language
  }

  var testDescription: String { "[\(language)] \(text) → \(category)" }
}

@Suite("Lexicon")
struct LexiconTests {
  // MARK: - Folding and word boundaries

  @Test(
    "fold lowercases and strips diacritics",
    arguments: [
      ("ÉCRAN Cassé", "ecran casse"), ("Daños", "danos"), ("Größe", "grosse"), ("ПОВРЕЖДЁН", "поврежден"),
      ("Złamany", "zlamany"), ("KIRIK ıı", "kirik ii"), ("doesn’t", "doesn't"), ("dead‐on–arrival", "dead-on-arrival"),
      ("e\u{301}cran", "ecran"),
    ])
  func fold(input: String, expected: String) {
    #expect(Lexicon.fold(input) == expected)
  }

  @Test("matched term keeps the original spelling")
  func originalSpelling() {
    let matches = Lexicon.defects(in: "Honestly it was DEAD-ON-ARRIVAL and it Doesn’t Work.")
    #expect(matches.map(\.term) == ["DEAD-ON-ARRIVAL", "Doesn’t Work"])
    #expect(matches.map(\.category) == ["not-working", "not-working"])
  }

  @Test(
    "whole words only",
    arguments: [
      "Tasty crackers, nice packaging", "Crackling sound is normal", "A glassy finish", "brokerage fee",
      "Fakery and fakers",
    ])
  func wholeWords(text: String) {
    #expect(Lexicon.defects(in: text).isEmpty)
    #expect(Lexicon.fragileTerms(in: text).isEmpty)
  }

  // MARK: - Defects

  static let defectPositives: [LexiconExpectation] = [
    .init("The mug arrived broken.", "damaged", "en"),
    .init("Screen cracked after one day", "damaged", "en"),
    .init("It doesn’t work at all", "not-working", "en"),
    .init("stopped working after a week", "not-working", "en"),
    .init("Two parts missing from the box", "missing-parts", "en"),
    .init("They sent the wrong size", "wrong-item", "en"),
    .init("Obviously a fake, not original", "counterfeit", "en"),
    .init("Color is not as described", "not-as-described", "en"),
    .init("Dead on arrival", "not-working", "en"),
    .init("The charger smells burnt and overheats", "defective", "en"),
    .init("Le verre est arrivé cassé", "damaged", "fr"),
    .init("Produit défectueux, ne fonctionne pas", "defective", "fr"),
    .init("L'appareil ne s’allume pas", "not-working", "fr"),
    .init("Il manque deux vis", "missing-parts", "fr"),
    .init("C'est une contrefaçon évidente", "counterfeit", "fr"),
    .init("Llegó roto y rayado", "damaged", "es"),
    .init("No funciona, muy mal", "not-working", "es"),
    .init("Producto defectuoso", "defective", "es"),
    .init("Me enviaron talla equivocada", "wrong-item", "es"),
    .init("Faltan piezas", "missing-parts", "es"),
    .init("Veio quebrado", "damaged", "pt"),
    .init("Não funciona direito", "not-working", "pt"),
    .init("Produto com defeito", "defective", "pt"),
    .init("O produto não é original", "counterfeit", "pt"),
    .init("Das Glas ist beschädigt angekommen", "damaged", "de"),
    .init("Funktioniert nicht mehr nach zwei Tagen", "not-working", "de"),
    .init("Leider defekt", "defective", "de"),
    .init("Eine Schraube fehlt", "missing-parts", "de"),
    .init("Arrivato rotto", "damaged", "it"),
    .init("Non funziona per niente", "not-working", "it"),
    .init("Prodotto difettoso", "defective", "it"),
    .init("Colore sbagliato", "wrong-item", "it"),
    .init("Пришел сломанный", "damaged", "ru"),
    .init("Не работает совсем", "not-working", "ru"),
    .init("Брак, экран с трещиной", "defective", "ru"),
    .init("Не соответствует описанию", "not-as-described", "ru"),
    .init("Это подделка", "counterfeit", "ru"),
    .init("Przyszło uszkodzone", "damaged", "pl"),
    .init("Nie działa", "not-working", "pl"),
    .init("Podróbka, brak części", "counterfeit", "pl"),
    .init("Szkło pęknięte", "damaged", "pl"),
    .init("Helaas kapot aangekomen", "damaged", "nl"),
    .init("Werkt niet", "not-working", "nl"),
    .init("Er ontbreken onderdelen", "missing-parts", "nl"),
    .init("Verkeerde maat gestuurd", "wrong-item", "nl"),
    .init("Ürün kırık geldi", "damaged", "tr"),
    .init("Çalışmıyor", "not-working", "tr"),
    .init("Parça eksik", "missing-parts", "tr"),
    .init("Sahte ürün", "counterfeit", "tr"),
  ]

  @Test("defects are found", arguments: defectPositives)
  func defectPositive(_ expectation: LexiconExpectation) {
    let matches = Lexicon.defects(in: expectation.text)
    #expect(
      matches.contains { $0.category == expectation.category && $0.language == expectation.language },
      "\(matches)")
  }

  static let negatedDefects: [(String, String)] = [
    ("en", "Not broken at all"), ("en", "Arrived without any damage"), ("en", "No scratches, very nice"),
    ("en", "Nothing missing in the box"), ("en", "Works perfectly, no defects"), ("en", "It wasn't damaged"),
    ("en", "Scratch-resistant coating"), ("en", "Never stopped working in a year"),
    ("fr", "Pas cassé, bien emballé"), ("fr", "Sans défaut"), ("fr", "Aucune rayure ni fissure"),
    ("fr", "Il n'est pas endommagé"),
    ("es", "Sin daños"), ("es", "No llegó roto"), ("es", "Ningún defecto"), ("es", "No tiene rayones"),
    ("pt", "Não veio quebrado"), ("pt", "Sem defeito"), ("pt", "Nenhum dano na caixa"),
    ("de", "Nicht beschädigt"), ("de", "Keine Mängel"), ("de", "Ohne Kratzer angekommen"), ("de", "Es fehlt nichts"),
    ("it", "Non è rotto"), ("it", "Senza difetti"), ("it", "Nessun graffio"), ("it", "Non danneggiato"),
    ("ru", "Не сломан"), ("ru", "Без дефектов"), ("ru", "Без повреждений"), ("ru", "Никаких царапин"),
    ("ru", "Дефектов нет"),
    ("pl", "Bez uszkodzeń"), ("pl", "Nie jest uszkodzony"), ("pl", "Żadnych rys"),
    ("nl", "Niet beschadigd"), ("nl", "Geen krassen"), ("nl", "Zonder deuken"),
    ("tr", "Kırık değil"), ("tr", "Hasar yok"), ("tr", "Hiç çizik yok"),
  ]

  @Test("negated defects are not reported", arguments: negatedDefects)
  func defectNegated(language: String, text: String) {
    #expect(Lexicon.defects(in: text).isEmpty, "[\(language)] \(Lexicon.defects(in: text))")
  }

  @Test("negation stops at contrast words and punctuation")
  func negationScope() {
    #expect(Lexicon.defects(in: "Not broken but scratched").map(\.term) == ["scratched"])
    #expect(Lexicon.defects(in: "No box. Broken glass inside").map(\.term) == ["Broken"])
    #expect(Lexicon.defects(in: "No scratches or dents, no cracks").isEmpty)
    #expect(Lexicon.defects(in: "Funktioniert nicht und beschädigt").map(\.category) == ["not-working", "damaged"])
  }

  // MARK: - Review reading

  @Test("praise that explains a 'missing' is not a defect, and five stars do not contradict it")
  func praiseIdiom() {
    let text = "Five stars. Half the bag is already missing, because this stuff is AMAZING."
    #expect(Lexicon.defects(in: text).isEmpty)
    #expect(!Lexicon.praise(in: text).isEmpty)
    #expect(!Lexicon.defects(in: "Half the bag is missing, and the seal was broken.").isEmpty)
  }

  @Test(
    "review classes",
    arguments: [
      ("Arrived broken but the seller replaced it within two days.", ["defect", "arrived-broken", "resolved-quickly"]),
      ("The box was crushed but the item inside was fine.", ["badly-packed"]),
      ("The packaging was poor and damaged the corners of the book.", ["defect", "badly-packed"]),
      (
        "Still waiting for my refund after a month, the seller never replied.",
        ["refund-refused-or-delayed", "seller-unresponsive"]
      ),
      ("Opened a dispute and got my money back.", ["dispute-needed"]),
      ("I was afraid it would arrive broken but it was perfect.", []),
      ("Great packaging, yeah right.", []),
      ("壊れていない、梱包も丁寧でした。", ["well-packed"]),
      ("收到就碎了，卖家拒绝退款。", ["defect", "arrived-broken", "refund-refused-or-delayed"]),
      ("没有任何破损，包装很严实。", ["well-packed"]),
      ("Der Verkäufer antwortet nicht.", ["seller-unresponsive"]),
    ])
  func reviewClasses(text: String, expected: [String]) {
    let reading = Lexicon.read(review: text)
    #expect(reading.classes.map(\.rawValue).sorted() == expected.sorted(), "\(reading.evidence)")
  }

  @Test("Chinese and Japanese characters are words of their own; other scripts are unchanged")
  func ideographicTokens() {
    #expect(LexiconFolder.tokens(of: "包装很好").map(\.text) == ["包", "装", "很", "好"])
    #expect(LexiconFolder.tokens(of: "Größe, ok. Да").map(\.text) == ["grosse", "ok", "да"])
    #expect(LexiconFolder.tokens(of: "a, b. c").map(\.sentenceBefore) == [false, false, true])
  }

  // MARK: - Fragile items

  static let fragilePositives: [LexiconExpectation] = [
    .init("Tempered Glass Screen Protector for iPhone 15", "glass", "en"),
    .init("Tempered Glass Screen Protector for iPhone 15", "screen", "en"),
    .init("Handmade Ceramic Coffee Mug", "ceramic", "en"),
    .init("Bone China Tea Set", "porcelain", "en"),
    .init("K9 crystal chandelier pendant", "crystal", "en"),
    .init("LED light bulb E27", "bulb", "en"),
    .init("Camera lens 50mm", "lens", "en"),
    .init("Bathroom mirror with LED", "mirror", "en"),
    .init("7 inch LCD display module", "screen", "en"),
    .init("FRAGILE - handle with care", "fragile", "en"),
    .init("Vase en céramique", "ceramic", "fr"),
    .init("Protection d'écran en verre trempé", "glass", "fr"),
    .init("Miroir mural", "mirror", "fr"),
    .init("Vaso de vidrio templado", "glass", "es"),
    .init("Pantalla táctil de repuesto", "screen", "es"),
    .init("Taza de porcelana", "porcelain", "es"),
    .init("Espelho de parede", "mirror", "pt"),
    .init("Película de vidro temperado", "glass", "pt"),
    .init("Tela LCD para celular", "screen", "pt"),
    .init("Panzerglas Schutzfolie", "glass", "de"),
    .init("Keramik Tasse", "ceramic", "de"),
    .init("Glühbirne E27", "bulb", "de"),
    .init("Specchio da bagno", "mirror", "it"),
    .init("Tazza in porcellana", "porcelain", "it"),
    .init("Защитное стекло для телефона", "glass", "ru"),
    .init("Керамическая кружка", "ceramic", "ru"),
    .init("Зеркало настенное", "mirror", "ru"),
    .init("Объектив для камеры", "lens", "ru"),
    .init("Szkło hartowane", "glass", "pl"),
    .init("Glazen vaas", "glass", "nl"),
    .init("Porselen fincan", "porcelain", "tr"),
  ]

  @Test("fragile terms are found", arguments: fragilePositives)
  func fragilePositive(_ expectation: LexiconExpectation) {
    let matches = Lexicon.fragileTerms(in: expectation.text)
    #expect(
      matches.contains { $0.category == expectation.category && $0.language == expectation.language },
      "\(matches)")
  }

  @Test(
    "false friends are not fragile",
    arguments: [
      "Aluminium display stand", "Phone case for screen", "Crystal clear sound", "China Post tracking",
      "Made in China", "Reading glasses case", "Mosquito screen for windows", "Acrylic mirror sticker",
      "Glass fiber rod", "Screen printing kit", "Mirror finish stainless steel", "Funda para pantalla",
      "Чехол для экрана", "Экранированный кабель", "Lens cap 52mm", "Glasklar Schutzhülle",
      "Tela de algodón", "Cable USB, china",
    ])
  func fragileFalseFriend(text: String) {
    #expect(Lexicon.fragileTerms(in: text).isEmpty, "\(Lexicon.fragileTerms(in: text))")
  }

  // MARK: - Praise

  static let praisePositives: [LexiconExpectation] = [
    .init("Excellent product, love it!", "praise", "en"),
    .init("Highly recommend this seller", "praise", "en"),
    .init("Très bien, parfait", "praise", "fr"),
    .init("Je recommande", "praise", "fr"),
    .init("Excelente, perfecto", "praise", "es"),
    .init("Ótimo produto, recomendo", "praise", "pt"),
    .init("Ausgezeichnet und perfekt", "praise", "de"),
    .init("Ottimo, perfetto", "praise", "it"),
    .init("Отлично, супер!", "praise", "ru"),
    .init("Polecam, świetny produkt", "praise", "pl"),
    .init("Geweldig, aanrader", "praise", "nl"),
    .init("Mükemmel ürün", "praise", "tr"),
  ]

  @Test("praise is found", arguments: praisePositives)
  func praisePositive(_ expectation: LexiconExpectation) {
    let matches = Lexicon.praise(in: expectation.text)
    #expect(
      matches.contains { $0.category == expectation.category && $0.language == expectation.language },
      "\(matches)")
  }

  @Test(
    "negated praise and plain text are not praise",
    arguments: [
      "I would not recommend it", "Wouldn't recommend", "Not perfect", "Je ne recommande pas",
      "No lo recomiendo", "Não recomendo", "Nicht empfehlenswert", "Non lo consiglio", "Не рекомендую",
      "Nie polecam", "Arrived in a box on top of the shelf",
    ])
  func praiseNegated(text: String) {
    #expect(Lexicon.praise(in: text).isEmpty, "\(Lexicon.praise(in: text))")
  }

  // MARK: - Incentives

  static let incentivePositives: [LexiconExpectation] = [
    .init("I received this product for free in exchange for an honest review.", "incentivized", "en"),
    .init("Got a discount for review", "incentivized", "en"),
    .init("Produit offert en échange d’un avis", "incentivized", "fr"),
    .init("Producto gratis a cambio de mi opinión", "incentivized", "es"),
    .init("Recebi gratuitamente em troca de uma avaliação", "incentivized", "pt"),
    .init("Kostenlos zur Verfügung gestellt", "incentivized", "de"),
    .init("Ricevuto gratuitamente in cambio di una recensione", "incentivized", "it"),
    .init("Получила бесплатно в обмен на отзыв", "incentivized", "ru"),
  ]

  @Test("incentives are found", arguments: incentivePositives)
  func incentivePositive(_ expectation: LexiconExpectation) {
    let matches = Lexicon.incentives(in: expectation.text)
    #expect(
      matches.contains { $0.category == expectation.category && $0.language == expectation.language },
      "\(matches)")
  }

  @Test(
    "ordinary reviews are not incentivized",
    arguments: [
      "Free shipping, fast delivery", "I paid full price, not in exchange for a review",
      "Livraison gratuite", "Envío gratis", "Спасибо за отзыв",
    ])
  func incentiveNegative(text: String) {
    #expect(Lexicon.incentives(in: text).isEmpty, "\(Lexicon.incentives(in: text))")
  }

  // MARK: - Other-seller notices

  static let noticePositives: [LexiconExpectation] = [
    .init("Reviews from other sellers", "other-sellers", "en"),
    .init("Ratings of the same product from other sellers", "other-sellers", "en"),
    .init("This seller: 4.8 · 1,234 ratings · Total sales 5000+", "other-sellers", "en"),
    .init("Showing reviews for other variations", "other-variants", "en"),
    .init("Customer reviews for other formats", "other-variants", "en"),
    .init("Avis d’autres vendeurs", "other-sellers", "fr"),
    .init("Reseñas de otros vendedores", "other-sellers", "es"),
    .init("Bewertungen anderer Verkäufer", "other-sellers", "de"),
    .init("Recensioni di altri venditori", "other-sellers", "it"),
    .init("Avaliações de outros vendedores", "other-sellers", "pt"),
    .init("Отзывы других продавцов", "other-sellers", "ru"),
  ]

  @Test("other-seller notices are found", arguments: noticePositives)
  func noticePositive(_ expectation: LexiconExpectation) {
    let matches = Lexicon.otherSellerReviewNotices(in: expectation.text)
    #expect(
      matches.contains { $0.category == expectation.category && $0.language == expectation.language },
      "\(matches)")
  }

  @Test(
    "ordinary text is not a notice",
    arguments: ["This seller ships fast", "Total sales: 500", "Customer reviews (120)", "Other colours available"])
  func noticeNegative(text: String) {
    #expect(Lexicon.otherSellerReviewNotices(in: text).isEmpty, "\(Lexicon.otherSellerReviewNotices(in: text))")
  }

  @Test("the seller-statistics pair is reported once, spanning both halves")
  func sellerStatsSpan() {
    let matches = Lexicon.otherSellerReviewNotices(in: "This seller 97% positive | Total sales 12k")
    #expect(
      matches == [
        LexiconMatch(term: "This seller 97% positive | Total sales", category: "other-sellers", language: "en")
      ])
  }

  // MARK: - Batch

  @Test("a batch of 50 reviews gives stable, correct results")
  func batch() {
    let templates = [
      "Arrived broken, the glass is cracked and it doesn't work.",
      "Excellent, parfait, no scratches at all, highly recommend!",
      "Producto gratis a cambio de mi opinión. Sin daños, perfecto.",
      "Не работает, брак. Не рекомендую.",
      "Funktioniert nicht, Teile fehlen.",
    ]
    let reviews = (0..<50).map { templates[$0 % templates.count] + " #\($0)" }
    var defectCount = 0
    var praiseCount = 0
    var incentiveCount = 0
    for review in reviews {
      defectCount += Lexicon.defects(in: review).count
      praiseCount += Lexicon.praise(in: review).count
      incentiveCount += Lexicon.incentives(in: review).count
    }
    // Per template: defects 3 + 0 + 0 + 2 + 2, praise 0 + 3 + 1 + 0 + 0, incentives 0 + 0 + 1 + 0 + 0.
    #expect(defectCount == 10 * 7)
    #expect(praiseCount == 10 * 4)
    #expect(incentiveCount == 10)
  }
}
