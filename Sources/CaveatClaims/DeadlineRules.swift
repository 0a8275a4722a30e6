import CaveatCore

/// The table of buyer-protection, dispute and consumer-law rules, from `RULES.md` (section D).
public enum DeadlineRules {
  /// AliExpress: a dispute can be opened until 15 days after confirmed receipt.
  public static let aliexpressDisputeAfterReceipt = DeadlineRule(
    code: "ae.dispute.afterReceipt", days: 15, businessDays: false,
    summary: "AliExpress: open a dispute at the latest 15 days after confirming receipt.",
    summaryFR: "AliExpress : ouvrez un litige au plus tard 15 jours après avoir confirmé la réception.",
    source:
      "AliExpress help, as quoted by christinasbeautyjourney.blogspot.com (2021-12) and chinaparcels.com: \"until the 15th day after delivery time is over or you confirmed the receipt\"",
    sourceFR:
      "aide d'AliExpress, citée par christinasbeautyjourney.blogspot.com (2021-12) et chinaparcels.com : « until the 15th day after delivery time is over or you confirmed the receipt »",
    checked: "2026-12-06; not verified against the primary text (AliExpress's own help page was not reachable)",
    checkedFR:
      "2026-12-06 ; non vérifiée dans le texte d'origine (la page d'aide d'AliExpress elle-même était inaccessible)")
  /// AliExpress: buyer protection lasts up to 90 days from shipment.
  public static let aliexpressBuyerProtection = DeadlineRule(
    code: "ae.protection", days: 90, businessDays: false,
    summary: "AliExpress buyer protection starts when the seller ships and lasts up to 90 days.",
    summaryFR: "AliExpress : la protection acheteur commence quand le vendeur expédie et dure jusqu'à 90 jours.",
    source: "AliExpress FAQ, as copied by cnjdpart.com/ru/pages/faqs and bio-guard.net",
    sourceFR: "FAQ d'AliExpress, reprise par cnjdpart.com/ru/pages/faqs et bio-guard.net",
    checked: "2026-12-06; not verified against the primary text",
    checkedFR: "2026-12-06 ; non vérifiée dans le texte d'origine")
  /// AliExpress: the seller has 5 days to answer a dispute.
  public static let aliexpressSellerResponse = DeadlineRule(
    code: "ae.seller.response", days: 5, businessDays: false,
    summary: "AliExpress: the seller has 5 days to answer a dispute; no answer means an automatic refund.",
    summaryFR:
      "AliExpress : le vendeur a 5 jours pour répondre à un litige ; sans réponse, le remboursement est automatique.",
    source: "AliExpress help, as copied by skin.tigerwing.net; ssopdot.com/blog/99404.html",
    sourceFR: "aide d'AliExpress, reprise par skin.tigerwing.net ; ssopdot.com/blog/99404.html",
    checked: "2026-12-06; not verified against the primary text",
    checkedFR: "2026-12-06 ; non vérifiée dans le texte d'origine")
  /// AliExpress (2017+ rules): no agreement within 7 days escalates the dispute.
  public static let aliexpressEscalation = DeadlineRule(
    code: "ae.escalation", days: 7, businessDays: false,
    summary: "AliExpress (2017+ rules): without agreement within 7 calendar days the dispute is escalated.",
    summaryFR:
      "AliExpress (règles de 2017 et après) : sans accord sous 7 jours calendaires, le litige passe à l'arbitrage d'AliExpress.",
    source:
      "viws.ru and ssopdot.com/blog/19333.html (7 days); AliExpress's own older page aliexpress.com/buyerprotection/how_to_resolove_the_disputes.html says 15 days",
    sourceFR:
      "viws.ru et ssopdot.com/blog/19333.html (7 jours) ; l'ancienne page d'AliExpress elle-même, aliexpress.com/buyerprotection/how_to_resolove_the_disputes.html, indique 15 jours",
    checked: "2026-12-06; the current figure is not verified against the primary text",
    checkedFR: "2026-12-06 ; le chiffre actuel n'est pas vérifié dans le texte d'origine")
  /// AliExpress: ship an agreed return within 10 days.
  public static let aliexpressReturnShipment = DeadlineRule(
    code: "ae.return.ship", days: 10, businessDays: false,
    summary: "AliExpress: after agreeing a return, ship it within 10 days or the payment goes to the seller.",
    summaryFR:
      "AliExpress : une fois le retour convenu, expédiez-le sous 10 jours, sinon le paiement revient au vendeur.",
    source: "ssopdot.com/blog/19333.html; cnjdpart.com/ru/pages/faqs",
    sourceFR: "ssopdot.com/blog/19333.html ; cnjdpart.com/ru/pages/faqs",
    checked: "2026-12-06; not verified against the primary text",
    checkedFR: "2026-12-06 ; non vérifiée dans le texte d'origine")
  /// The page's own return window.
  public static let pageReturnWindow = DeadlineRule(
    code: "page.returns", days: 0, businessDays: false,
    summary: "The listing's own return window, counted from delivery.",
    summaryFR: "Le délai de retour propre à l'annonce, compté à partir de la livraison.",
    source: "the listing page's terms, as saved",
    sourceFR: "les conditions de la page de l'annonce, telles qu'enregistrées")
  /// The order page's countdown, typed by the shopper.
  public static let orderPageCountdown = DeadlineRule(
    code: "user.dispute", days: 0, businessDays: false,
    summary: "The dispute deadline shown by the order page's countdown.",
    summaryFR: "La date limite du litige affichée par le compte à rebours de la page de commande.",
    source: "the order page, as entered by you", sourceFR: "la page de commande, telle que vous l'avez saisie")
  /// PayPal: open a dispute within 180 days of payment.
  public static let paypalOpen = DeadlineRule(
    code: "paypal.open", days: 180, businessDays: false,
    summary:
      "PayPal Buyer Protection: open a dispute within 180 days of payment (in the US, an item significantly not as described must also be reported within 30 days of delivery).",
    summaryFR:
      "Protection des achats PayPal : ouvrez un litige dans les 180 jours suivant le paiement (aux États-Unis, un objet très différent de sa description doit aussi être signalé dans les 30 jours suivant la livraison).",
    source:
      "paypal.com smarthelp FAQ1417 (180 days from the payment); PayPal User Agreement, Buyer Protection (\"within 180 days of the date you sent the payment\", as quoted by conductatlas.com)",
    sourceFR:
      "FAQ1417 de l'aide paypal.com (smarthelp) (180 jours à partir du paiement) ; Conditions d'utilisation de PayPal, Protection des achats (« within 180 days of the date you sent the payment », cité par conductatlas.com)",
    checked:
      "2026-12-06; the 180 days read on PayPal's own help page (FAQ1417), the US 30-day rule not verified against the primary text",
    checkedFR:
      "2026-12-06 ; les 180 jours lus sur la page d'aide de PayPal elle-même (FAQ1417), la règle américaine des 30 jours non vérifiée dans le texte d'origine"
  )
  /// PayPal: escalate a dispute to a claim within 20 days.
  public static let paypalEscalate = DeadlineRule(
    code: "paypal.escalate", days: 20, businessDays: false,
    summary: "PayPal: escalate the dispute to a claim within 20 days or it closes for good.",
    summaryFR: "PayPal : transformez le litige en réclamation sous 20 jours, sinon il est clos définitivement.",
    source:
      "paypal.com smarthelp FAQ1417 (\"escalate it to a claim with PayPal within 20 days of the date the dispute was opened\"); PayPal User Agreement (dispute resolution)",
    sourceFR:
      "FAQ1417 de l'aide paypal.com (smarthelp) (« escalate it to a claim with PayPal within 20 days of the date the dispute was opened ») ; Conditions d'utilisation de PayPal (résolution des litiges)",
    checked: "2026-12-06; read on PayPal's own help page (FAQ1417)",
    checkedFR: "2026-12-06 ; lue sur la page d'aide de PayPal elle-même (FAQ1417)")
  /// Card: chargeback within 120 days of the transaction.
  public static let cardChargeback = DeadlineRule(
    code: "card.chargeback", days: 120, businessDays: false,
    summary:
      "Visa/Mastercard: a chargeback within 120 days of the transaction, or of the delivery (expected delivery) date when the goods came later; 540 days at most.",
    summaryFR:
      "Visa/Mastercard : une rétrofacturation (chargeback) dans les 120 jours suivant la transaction, ou suivant la date de livraison (prévue) quand la marchandise est arrivée plus tard ; 540 jours au plus.",
    source:
      "Visa Core Rules, dispute conditions 13.1 and 13.7 (\"120 calendar days from … the date the Cardholder received or expected to receive the merchandise … not to exceed 540 calendar days\"), as reproduced at quavo-inc.atlassian.net",
    sourceFR:
      "Visa Core Rules, conditions de litige 13.1 et 13.7 (« 120 calendar days from … the date the Cardholder received or expected to receive the merchandise … not to exceed 540 calendar days »), reproduites sur quavo-inc.atlassian.net",
    checked: "2026-12-06; Visa's rule text as reproduced by a processor, Mastercard not verified",
    checkedFR:
      "2026-12-06 ; texte de la règle Visa tel que reproduit par un prestataire de paiement, les règles de Mastercard non vérifiées"
  )
  /// EU: 14-day withdrawal from receipt.
  public static let euWithdrawal = DeadlineRule(
    code: "eu.withdrawal", days: 14, businessDays: false,
    summary:
      "EU Consumer Rights Directive: 14 days from physical possession to withdraw without a reason; 12 months longer when the trader never gave the withdrawal information (may apply).",
    summaryFR:
      "Directive européenne relative aux droits des consommateurs : 14 jours à partir de la prise de possession physique pour exercer son droit de rétractation sans motif ; 12 mois de plus quand le professionnel n'a jamais donné l'information sur la rétractation (peut s'appliquer).",
    source:
      "Directive 2011/83/EU art. 9(2)(b) and art. 10(1) (eur-lex.europa.eu CELEX 32011L0083); in France, Code de la consommation L221-18 and L221-20",
    sourceFR:
      "Directive 2011/83/UE, art. 9(2)(b) et art. 10(1) (eur-lex.europa.eu CELEX 32011L0083) ; en France, Code de la consommation, L221-18 et L221-20",
    checked:
      "2026-12-06; art. 9(2)(b) read in the directive as adopted (legislation.gov.uk copy), art. 10 and L221-20 in reproductions of the texts, not on EUR-Lex or Légifrance",
    checkedFR:
      "2026-12-06 ; l'art. 9(2)(b) lu dans la directive telle qu'adoptée (copie de legislation.gov.uk), l'art. 10 et L221-20 dans des reproductions des textes, pas sur EUR-Lex ni Légifrance"
  )
  /// EU and France: 2-year legal guarantee from delivery.
  public static let legalGuarantee = DeadlineRule(
    code: "eu.guarantee", days: 730, businessDays: false,
    summary:
      "EU legal guarantee of conformity: 2 years from delivery for new goods (may apply); for a contract concluded from 31 July 2026, a repair extends it once by 12 months (Directive 2024/1799; national law may differ).",
    summaryFR:
      "Garantie légale de conformité (UE) : 2 ans à partir de la livraison pour un bien neuf (peut s'appliquer) ; pour un contrat conclu à partir du 31 juillet 2026, une réparation la prolonge une fois de 12 mois (directive 2024/1799 ; le droit national peut différer).",
    source:
      "Directive (EU) 2019/771 art. 10(1); Directive (EU) 2024/1799 art. 16, adding art. 10(2a) to 2019/771 (eur-lex.europa.eu CELEX 32024L1799), applying from 31 July 2026 to contracts concluded from that day",
    sourceFR:
      "Directive (UE) 2019/771, art. 10(1) ; directive (UE) 2024/1799, art. 16, qui ajoute l'art. 10(2a) à la 2019/771 (eur-lex.europa.eu CELEX 32024L1799), applicable à partir du 31 juillet 2026 aux contrats conclus à partir de ce jour",
    checked:
      "2026-12-06; the title and date of 2024/1799 read on EUR-Lex; its art. 16 and transitional rule from secondary summaries, not from the EUR-Lex text",
    checkedFR:
      "2026-12-06 ; le titre et la date de la 2024/1799 lus sur EUR-Lex ; son art. 16 et sa règle transitoire d'après des résumés secondaires, pas d'après le texte d'EUR-Lex"
  )
  /// France: garantie légale de conformité, 2 years from delivery.
  public static let franceGuarantee = DeadlineRule(
    code: "fr.guarantee", days: 730, businessDays: false,
    summary:
      "France, garantie légale de conformité: 2 years from delivery; repair or replacement within 30 days (may apply).",
    summaryFR:
      "France, garantie légale de conformité : 2 ans à partir de la livraison ; réparation ou remplacement sous 30 jours (peut s'appliquer).",
    source:
      "Code de la consommation L217-3 (2 years), L217-7 (defects within 24 months presumed, 12 months for used goods) and L217-10 (30 days), as worded since ord. 2021-1247",
    sourceFR:
      "Code de la consommation, L217-3 (2 ans), L217-7 (un défaut apparu dans les 24 mois est présumé exister à la livraison, 12 mois pour un bien d'occasion) et L217-10 (30 jours), dans leur rédaction issue de l'ord. 2021-1247",
    checked:
      "2026-12-06; the French text of the three articles read in reproductions of Légifrance (french-business-law.com, lexbase.fr), not on Légifrance itself",
    checkedFR:
      "2026-12-06 ; le texte français des trois articles lu dans des reproductions de Légifrance (french-business-law.com, lexbase.fr), pas sur Légifrance même"
  )
  /// Refund delay to a card.
  public static let refundCard = DeadlineRule(
    code: "refund.card", days: 20, businessDays: true,
    summary: "A refund to a card takes 3 to 20 business days.",
    summaryFR: "Un remboursement sur carte bancaire prend de 3 à 20 jours ouvrés.",
    source: "AliExpress help (copy: skin.tigerwing.net); intl.alipay.com help",
    sourceFR: "aide d'AliExpress (copie : skin.tigerwing.net) ; aide d'intl.alipay.com")
  /// Refund delay to PayPal and other methods.
  public static let refundPayPal = DeadlineRule(
    code: "refund.paypal", days: 10, businessDays: true,
    summary: "A refund to PayPal takes 1 to 10 working days.",
    summaryFR: "Un remboursement sur PayPal prend de 1 à 10 jours ouvrés.",
    source: "intl.alipay.com help; alixblog.com/en/aliexpress-refund-not-received",
    sourceFR: "aide d'intl.alipay.com ; alixblog.com/en/aliexpress-refund-not-received")
  /// Refund delay to the platform's balance.
  public static let refundBalance = DeadlineRule(
    code: "refund.balance", days: 3, businessDays: true,
    summary: "A refund to the platform balance is the fastest (no figure published; 3 business days assumed).",
    summaryFR:
      "Un remboursement sur le solde de la plateforme est le plus rapide (aucun délai publié ; 3 jours ouvrés supposés).",
    source: "chinaparcels.com; alixblog.com (\"faster to AE Bonus balance\")",
    sourceFR: "chinaparcels.com ; alixblog.com (« faster to AE Bonus balance »)")

  /// AliExpress: the earliest day a dispute can be opened, counted from shipment.
  public static let aliexpressDisputeOpens = DeadlineRule(
    code: "ae.dispute.opens", days: 5, businessDays: false,
    summary:
      "AliExpress: the Open Dispute button appears 5 days after the seller ships (later copies say the 11th day).",
    summaryFR:
      "AliExpress : le bouton « Ouvrir un litige » apparaît 5 jours après l'expédition par le vendeur (des copies plus récentes parlent du 11e jour).",
    source:
      "activities.aliexpress.com/adcms/help-aliexpress-com/buyer_protection_process.php (AliExpress's own help, undated); christinasbeautyjourney.blogspot.com (11th day)",
    sourceFR:
      "activities.aliexpress.com/adcms/help-aliexpress-com/buyer_protection_process.php (aide d'AliExpress elle-même, non datée) ; christinasbeautyjourney.blogspot.com (11e jour)",
    checked: "2026-12-06; AliExpress's own page is old; the current figure is not verified",
    checkedFR: "2026-12-06 ; la page d'AliExpress est ancienne ; le chiffre actuel n'est pas vérifié")
  /// Amazon A-to-z Guarantee: 90 days after the latest estimated delivery date.
  public static let amazonAtoZ = DeadlineRule(
    code: "amazon.atoz", days: 90, businessDays: false,
    summary:
      "Amazon A-to-z Guarantee: request it at the latest 90 days after the maximum estimated delivery date (contact the seller first and wait 48 hours).",
    summaryFR:
      "Garantie A à Z d'Amazon : demandez-la au plus tard 90 jours après la date de livraison estimée la plus tardive (contactez d'abord le vendeur et attendez 48 heures).",
    source:
      "amazon.com/gp/help/customer/display.html?nodeId=200783670 (About A-to-z Guarantee: 90 days); amazon.ca, same page, nodeId=201889410 (48 hours)",
    sourceFR:
      "amazon.com/gp/help/customer/display.html?nodeId=200783670 (page « About A-to-z Guarantee » : 90 jours) ; amazon.ca, même page, nodeId=201889410 (48 heures)"
  )
  /// eBay Money Back Guarantee: 30 days after the (estimated) delivery date.
  public static let ebayMoneyBack = DeadlineRule(
    code: "ebay.mbg", days: 30, businessDays: false,
    summary:
      "eBay Money Back Guarantee: open the request within 30 days of the actual or latest estimated delivery date.",
    summaryFR:
      "Garantie client eBay : ouvrez la demande dans les 30 jours suivant la date de livraison réelle ou la date de livraison estimée la plus tardive.",
    source:
      "eBay Money Back Guarantee policy (ebay.com/help/policies/ebay-money-back-guarantee-policy?id=4210), as summarised by parceldetect.com and chinaparcels.com",
    sourceFR:
      "règlement de la garantie client eBay (ebay.com/help/policies/ebay-money-back-guarantee-policy?id=4210), tel que résumé par parceldetect.com et chinaparcels.com",
    checked: "2026-12-06; not verified against the primary text",
    checkedFR: "2026-12-06 ; non vérifiée dans le texte d'origine")

  /// Every rule, for listing with its source.
  public static let all: [DeadlineRule] = [
    aliexpressDisputeOpens, aliexpressDisputeAfterReceipt, aliexpressBuyerProtection, aliexpressSellerResponse,
    aliexpressEscalation, aliexpressReturnShipment, pageReturnWindow, orderPageCountdown, paypalOpen,
    paypalEscalate, cardChargeback, amazonAtoZ, ebayMoneyBack, euWithdrawal, legalGuarantee, franceGuarantee,
    refundCard,
    refundPayPal, refundBalance,
  ]

  /// Every rule as text in `language`, in the order of ``all``: what `caveat claim rules` prints.
  public static func text(in language: DraftLanguage) -> String {
    all.map { $0.text(in: language) }.joined()
  }

  /// Business days until a refund arrives, by payment method (from the refund rules).
  public static func refundBusinessDays(_ method: PaymentMethod) -> ClosedRange<Int> {
    switch method {
    case .card, .other: 3...20
    case .paypal: 1...10
    case .platformBalance: 0...3
    }
  }

  /// The refund rule for a payment method.
  public static func refundRule(_ method: PaymentMethod) -> DeadlineRule {
    switch method {
    case .card, .other: refundCard
    case .paypal: refundPayPal
    case .platformBalance: refundBalance
    }
  }
}
