import CaveatCore

extension MessageDrafts {
  /// The drafts for when the platform fails: a formal notice to the seller, a chargeback request,
  /// a PayPal statement, and where to turn next. Each names the deadline it must meet.
  enum Ladder {
    /// A deadline of the claim by code (dates do not depend on the day they are measured from).
    static func deadline(_ code: String, _ record: DraftRecord) -> Deadline? {
      Deadlines.compute(for: record.claim, events: record.events, today: record.claim.createdOn)
        .first { $0.code == code }
    }

    /// The legal guarantee's end, for a buyer in the EU with a delivery date.
    static func guaranteeEnd(_ record: DraftRecord) -> Deadline? {
      deadline(DeadlineRules.franceGuarantee.code, record) ?? deadline(DeadlineRules.legalGuarantee.code, record)
    }

    /// The note for the shopper above a letter (to remove before sending).
    static func note(_ text: String, _ record: DraftRecord) -> String {
      record.language.pick("[Note for you, remove before sending: ", "[Note pour vous, à retirer avant l'envoi : ")
        + text
        + "]"
    }

    /// What the shopper logged to settle it, as dated sentences; empty when nothing was logged.
    static func attempts(_ record: DraftRecord) -> [String] {
      record.timelineLines
    }

    // MARK: Formal notice

    static func formalNotice(_ record: DraftRecord, ask: DraftAsk, sellerCountry: String?) -> String {
      let language = record.language
      let pick = language.pick
      let claim = record.claim
      let seller = claim.listing.sellerName.map { DraftRecord.safe($0, max: 120) } ?? pick("the seller", "le vendeur")
      let notReceived = claim.problem == .notReceived || claim.receivedOn == nil
      var lines: [String] = []
      var deadlineNote: String
      if let end = guaranteeEnd(record), !notReceived {
        deadlineNote = pick(
          "send it before \(end.date), when the legal guarantee of conformity ends (2 years after delivery), by registered letter with acknowledgement of receipt or another written channel you keep a copy of.",
          "à envoyer avant le \(end.date), fin de la garantie légale de conformité (2 ans après la livraison), par lettre recommandée avec accusé de réception ou par un écrit dont vous gardez la copie."
        )
      } else {
        deadlineNote = pick(
          "send it now, by registered letter with acknowledgement of receipt or another written channel you keep a copy of; it sets the extra time for delivery.",
          "à envoyer dès maintenant, par lettre recommandée avec accusé de réception ou par un écrit dont vous gardez la copie ; elle fixe le délai supplémentaire de livraison."
        )
      }
      deadlineNote += pick(
        " It is meant for a professional seller; a seller outside the EU may not be bound by these rules, but the letter still documents your demand.",
        " Elle vise un vendeur professionnel ; un vendeur hors de l'UE peut ne pas être tenu par ces règles, mais la lettre garde trace de votre demande."
      )
      lines.append(note(deadlineNote, record))
      lines.append("")
      lines.append(pick("To: ", "À : ") + seller)
      lines.append(
        pick("Subject: Formal notice — order \(record.order)", "Objet : Mise en demeure — commande \(record.order)"))
      lines.append("")
      lines.append(pick("Madam, Sir,", "Madame, Monsieur,"))
      lines.append("")
      var facts = pick(
        "On \(claim.orderDate) I ordered from you ", "Le \(claim.orderDate), je vous ai commandé ")
      facts += claim.listing.title.map { "« \(DraftRecord.safe($0, max: 200)) »" } ?? pick("an item", "un article")
      facts += pick(
        " (order \(record.order)) and paid \(record.money(claim.pricePaid)).",
        " (commande \(record.order)) et réglé \(record.money(claim.pricePaid)).")
      if let received = claim.receivedOn {
        facts += pick(" I received it on \(received).", " Je l'ai reçu le \(received).")
      }
      lines.append(facts + " " + MessageDrafts.problemSentence(claim.problem, language))
      let description = DraftRecord.safe(claim.description, max: 2_000)
      if !description.isEmpty { lines.append(description) }
      let attempts = attempts(record)
      if !attempts.isEmpty {
        lines.append("")
        lines.append(pick("What has happened so far:", "Déroulé à ce jour :"))
        lines.append(contentsOf: attempts)
      }
      lines.append("")
      lines.append(contentsOf: law(record, ask: ask, notReceived: notReceived))
      lines.append("")
      lines.append(pick("Evidence enclosed:", "Pièces jointes :"))
      lines.append(contentsOf: record.evidenceLines)
      lines.append("")
      lines.append(
        pick(
          "Without a satisfactory answer within that time, I will refer the matter to the competent authorities and courts, and report it to the consumer authorities.",
          "À défaut de réponse satisfaisante dans ce délai, je saisirai les autorités et juridictions compétentes et signalerai ce litige aux services de protection des consommateurs."
        ))
      lines.append("")
      lines.append(pick("Yours faithfully,", "Veuillez agréer, Madame, Monsieur, mes salutations distinguées."))
      return lines.joined(separator: "\n")
    }

    /// The legal paragraph: French law for a buyer in France, the EU directives otherwise.
    static func law(_ record: DraftRecord, ask: DraftAsk, notReceived: Bool) -> [String] {
      let pick = record.language.pick
      var lines: [String] = []
      if notReceived {
        if record.french {
          lines.append(
            pick(
              "As a professional seller you must deliver the goods by the date agreed, or within 30 days of the contract (French Code de la consommation, article L216-1), and you bear the risk of loss until I take physical possession of them (article L216-2).",
              "En tant que vendeur professionnel, vous devez livrer le bien à la date convenue ou dans les trente jours suivant la conclusion du contrat (article L216-1 du Code de la consommation), et vous supportez le risque de perte jusqu'à ce que j'en prenne physiquement possession (article L216-2)."
            ))
          lines.append(
            pick(
              "I therefore give you formal notice to deliver the order within a reasonable additional time, which I set at 8 days from this letter (article L216-6). Failing that, I will terminate the contract and you must refund the whole amount paid, \(record.money(record.claim.pricePaid)), within 14 days (article L216-7).",
              "Je vous mets donc en demeure de livrer la commande dans un délai supplémentaire raisonnable, que je fixe à 8 jours à compter de la présente (article L216-6). À défaut, je résoudrai le contrat et vous devrez me rembourser la totalité des sommes versées, soit \(record.money(record.claim.pricePaid)), dans les quatorze jours (article L216-7)."
            ))
        } else {
          lines.append(
            pick(
              "Under Directive 2011/83/EU (article 18), I give you formal notice to deliver the order within an additional period, which I set at 8 days from this letter; failing that, I will terminate the contract and ask for the refund of \(record.money(record.claim.pricePaid)) without delay.",
              "En application de la directive 2011/83/UE (article 18), je vous mets en demeure de livrer la commande dans un délai supplémentaire, que je fixe à 8 jours à compter de la présente ; à défaut, je résoudrai le contrat et vous demanderai le remboursement de \(record.money(record.claim.pricePaid)) sans délai."
            ))
        }
        return lines
      }
      if record.french {
        lines.append(
          pick(
            "As a professional seller you must deliver goods that conform to the contract and you answer for any lack of conformity existing at delivery (French Code de la consommation, articles L217-3 and following); a defect that appears within 24 months of delivery is presumed to have existed then (article L217-7).",
            "En tant que vendeur professionnel, vous êtes tenu de livrer un bien conforme au contrat et répondez des défauts de conformité existant lors de la délivrance (articles L217-3 et suivants du Code de la consommation) ; le défaut qui apparaît dans les vingt-quatre mois suivant la délivrance est présumé exister au moment de celle-ci (article L217-7)."
          ))
        if let risk = record.transportRiskLine { lines.append(risk) }
        lines.append(
          pick(
            "I therefore give you formal notice to bring the goods into conformity, by repair or replacement at your cost, within 30 days of my request (article L217-10). ",
            "Je vous mets donc en demeure de mettre le bien en conformité, par réparation ou remplacement à vos frais, dans un délai de trente jours suivant ma demande (article L217-10). "
          ) + remedy(record, ask: ask, article: "L217-14"))
      } else {
        lines.append(
          pick(
            "Under the EU legal guarantee of conformity (Directive (EU) 2019/771, articles 10 and 11), the seller answers for any lack of conformity that exists at delivery and appears within two years; a defect that appears within one year is presumed to have existed at delivery.",
            "Au titre de la garantie légale de conformité de l'UE (directive (UE) 2019/771, articles 10 et 11), le vendeur répond des défauts de conformité existant à la livraison et apparus dans les deux ans ; le défaut apparu dans l'année est présumé exister à la livraison."
          ))
        lines.append(
          pick(
            "I therefore give you formal notice to bring the goods into conformity, by repair or replacement at your cost, within a reasonable time (article 14). ",
            "Je vous mets donc en demeure de mettre le bien en conformité, par réparation ou remplacement à vos frais, dans un délai raisonnable (article 14). "
          ) + remedy(record, ask: ask, article: pick("article 13", "article 13")))
      }
      return lines
    }

    /// The remedy the shopper asks for, within the guarantee's order of remedies.
    static func remedy(_ record: DraftRecord, ask: DraftAsk, article: String) -> String {
      let pick = record.language.pick
      let cited = article.hasPrefix("L") ? pick("article \(article)", "article \(article)") : article
      switch ask {
      case .repair: return pick("I ask for a repair.", "Je demande la réparation.")
      case .exchange: return pick("I ask for a replacement.", "Je demande le remplacement.")
      case .full:
        return pick(
          "If that is impossible, refused or late, I ask for the contract to be ended and the full \(record.money(record.claim.pricePaid)) refunded (\(cited)).",
          "Si elle est impossible, refusée ou tardive, je demande la résolution du contrat et le remboursement intégral de \(record.money(record.claim.pricePaid)) (\(cited))."
        )
      case .partial(let money):
        return pick(
          "If that is impossible, refused or late, I ask for a price reduction of \(record.money(money)) (\(cited)).",
          "Si elle est impossible, refusée ou tardive, je demande une réduction du prix de \(record.money(money)) (\(cited))."
        )
      }
    }

    // MARK: Chargeback

    static func chargeback(_ record: DraftRecord) -> String {
      let pick = record.language.pick
      let claim = record.claim
      let rule = deadline(DeadlineRules.cardChargeback.code, record)
      let reason =
        claim.problem == .notReceived
        ? pick("goods not received", "marchandise non reçue")
        : pick("goods defective or not as described", "marchandise défectueuse ou non conforme")
      var lines: [String] = []
      var deadlineNote = pick(
        "most card networks accept a chargeback within 120 days",
        "la plupart des réseaux de cartes acceptent une rétrofacturation dans les 120 jours")
      if let rule {
        deadlineNote += pick(
          " of the transaction: send it before \(rule.date)",
          " suivant la transaction : à envoyer avant le \(rule.date)")
      }
      deadlineNote += pick(
        " (for goods never delivered, the 120 days may count from the expected delivery date). Banks usually ask that you first tried to settle with the merchant.",
        " (pour une marchandise jamais livrée, ils peuvent courir de la date de livraison prévue). Les banques demandent en général d'avoir d'abord tenté un règlement avec le commerçant."
      )
      lines.append(
        note(deadlineNote + " " + pick("Source: ", "Source : ") + DeadlineRules.cardChargeback.source, record))
      lines.append("")
      lines.append(
        pick(
          "Subject: Chargeback request — card payment of \(record.money(claim.pricePaid)) on \(claim.orderDate)",
          "Objet : Demande de rétrofacturation (chargeback) — paiement par carte de \(record.money(claim.pricePaid)) du \(claim.orderDate)"
        ))
      lines.append("")
      lines.append(pick("Hello,", "Madame, Monsieur,"))
      lines.append("")
      lines.append(
        pick(
          "I ask you to dispute the card payment below with the merchant's bank under the card network's chargeback rules. Reason: \(reason).",
          "Je vous demande de contester le paiement par carte ci-dessous auprès de la banque du commerçant selon les règles de rétrofacturation du réseau de la carte. Motif : \(reason)."
        ))
      lines.append("")
      lines.append(pick("The payment:", "Le paiement :"))
      lines.append(contentsOf: record.factLines)
      if let platform = Optional(DraftRecord.safe(claim.platform, max: 40)), !platform.isEmpty {
        lines.append(pick("- Marketplace: ", "- Plateforme : ") + platform)
      }
      lines.append("")
      lines.append(pick("The problem:", "Le problème :"))
      lines.append(contentsOf: record.problemLines)
      let attempts = attempts(record)
      lines.append("")
      if attempts.isEmpty {
        lines.append(
          pick(
            "I have not yet recorded an attempt to settle this with the merchant.",
            "Je n'ai pas encore enregistré de démarche auprès du commerçant."))
      } else {
        lines.append(pick("What I did to settle it with the merchant:", "Mes démarches auprès du commerçant :"))
        lines.append(contentsOf: attempts)
      }
      lines.append("")
      lines.append(pick("Evidence enclosed:", "Pièces jointes :"))
      lines.append(contentsOf: record.evidenceLines)
      lines.append("")
      lines.append(
        pick(
          "I ask for the \(record.money(claim.pricePaid)) to be credited back to my account.",
          "Je demande que les \(record.money(claim.pricePaid)) soient recrédités sur mon compte."))
      lines.append("")
      lines.append(pick("Thank you,", "Merci,"))
      return lines.joined(separator: "\n")
    }

    // MARK: PayPal

    static func paypalStatement(_ record: DraftRecord, ask: DraftAsk) -> String {
      let pick = record.language.pick
      let claim = record.claim
      var lines: [String] = []
      var deadlineNote: String
      if let escalate = deadline(DeadlineRules.paypalEscalate.code, record) {
        deadlineNote = pick(
          "the PayPal dispute is open: escalate it to a claim before \(escalate.date), or it closes and cannot be reopened.",
          "le litige PayPal est ouvert : transformez-le en réclamation avant le \(escalate.date), sinon il se ferme sans retour possible."
        )
      } else if let open = deadline(DeadlineRules.paypalOpen.code, record) {
        deadlineNote = pick(
          "open the PayPal dispute before \(open.date) (180 days after payment); then escalate it to a claim within 20 days.",
          "ouvrez le litige PayPal avant le \(open.date) (180 jours après le paiement) ; transformez-le ensuite en réclamation sous 20 jours."
        )
      } else {
        deadlineNote = pick(
          "open the PayPal dispute within 180 days of payment.",
          "ouvrez le litige PayPal dans les 180 jours suivant le paiement.")
      }
      lines.append(
        note(deadlineNote + " " + pick("Source: ", "Source : ") + DeadlineRules.paypalEscalate.source, record))
      lines.append("")
      let reason =
        claim.problem == .notReceived
        ? pick("Item not received", "Objet non reçu")
        : pick("Item significantly not as described", "Objet très différent de sa description")
      lines.append(pick("PayPal dispute — \(reason)", "Litige PayPal — \(reason)"))
      lines.append("")
      lines.append(contentsOf: record.factLines)
      lines.append("")
      lines.append(contentsOf: record.problemLines)
      let attempts = attempts(record)
      if !attempts.isEmpty {
        lines.append("")
        lines.append(pick("What has happened so far:", "Déroulé à ce jour :"))
        lines.append(contentsOf: attempts)
      }
      lines.append("")
      lines.append(pick("Evidence:", "Preuves :"))
      lines.append(contentsOf: record.evidenceLines)
      lines.append("")
      lines.append(ask.sentence(claim, record.language))
      if claim.problem != .notReceived {
        lines.append(
          pick(
            "If PayPal asks for the item back, I will return it with a tracking number.",
            "Si PayPal demande le retour de l'article, je le renverrai avec un numéro de suivi."))
      }
      return lines.joined(separator: "\n")
    }

    // MARK: Where next

    static func nextRecourse(_ record: DraftRecord, sellerCountry: String?) -> String {
      let pick = record.language.pick
      let claim = record.claim
      var lines = [
        pick(
          "Where to turn next for order \(record.order):", "Les recours suivants pour la commande \(record.order) :"),
        "",
      ]
      var step = 1
      func add(_ text: String) {
        lines.append("\(step). " + text)
        step += 1
      }
      if let window = deadline(Deadlines.disputeWindowCode, record), !record.has(.disputeOpened) {
        add(
          pick(
            "The platform's dispute (see the dispute draft): open it before \(window.date).",
            "Le litige sur la plateforme (voir le brouillon dispute) : à ouvrir avant le \(window.date)."))
      }
      switch claim.paymentMethod {
      case .paypal:
        if let escalate = deadline(DeadlineRules.paypalEscalate.code, record) {
          add(
            pick(
              "PayPal (see the paypal-statement draft): escalate the dispute to a claim before \(escalate.date).",
              "PayPal (voir le brouillon paypal-statement) : transformer le litige en réclamation avant le \(escalate.date)."
            ))
        } else if let open = deadline(DeadlineRules.paypalOpen.code, record) {
          add(
            pick(
              "PayPal (see the paypal-statement draft): open a dispute before \(open.date).",
              "PayPal (voir le brouillon paypal-statement) : ouvrir un litige avant le \(open.date)."))
        }
      case .card:
        if let card = deadline(DeadlineRules.cardChargeback.code, record) {
          add(
            pick(
              "Your bank (see the chargeback draft): ask for a chargeback before \(card.date).",
              "Votre banque (voir le brouillon chargeback) : demander une rétrofacturation avant le \(card.date)."))
        }
      case .platformBalance, .other: break
      }
      if record.european {
        let until =
          guaranteeEnd(record).map {
            pick(" before \($0.date) (end of the legal guarantee)", " avant le \($0.date) (fin de la garantie légale)")
          } ?? ""
        add(
          pick(
            "A formal notice to the seller (see the formal-notice draft), citing the legal guarantee of conformity\(until).",
            "Une mise en demeure au vendeur (voir le brouillon formal-notice), au titre de la garantie légale de conformité\(until)."
          ))
      }
      if record.french {
        add(
          pick(
            "SignalConso (signal.conso.gouv.fr), the French authorities' reporting service: report the seller; the company is told and may answer. No deadline of its own, but report while the facts are fresh.",
            "SignalConso (signal.conso.gouv.fr), le service de signalement de l'administration : signalez le vendeur ; l'entreprise est prévenue et peut répondre. Pas de délai propre, mais signalez tant que les faits sont récents."
          ))
      }
      let buyer = claim.buyerCountry?.uppercased()
      let ecc = ["IS", "NO"]
      if let seller = sellerCountry {
        let safeSeller = TerminalText.sanitize(seller, maxLength: 4)
        if (Deadlines.euCountries.contains(seller) || ecc.contains(seller)), record.european, seller != buyer {
          add(
            pick(
              "The European Consumer Centres network (ECC-Net; in France: europe-consommateurs.eu) helps for free with a seller in another EU country (here \(safeSeller)); contact the centre of your own country, within the legal guarantee's 2 years.",
              "Le réseau des Centres Européens des Consommateurs (ECC-Net ; en France : europe-consommateurs.eu) aide gratuitement face à un vendeur d'un autre pays de l'UE (ici \(safeSeller)) ; contactez le centre de votre pays, dans les 2 ans de la garantie légale."
            ))
        } else if !Deadlines.euCountries.contains(seller), !ecc.contains(seller) {
          add(
            pick(
              "The seller is outside the EU (\(safeSeller)): the European Consumer Centres cannot act against it; the platform's dispute and your payment's protection remain the ways to get the money back.",
              "Le vendeur est hors de l'UE (\(safeSeller)) : les Centres Européens des Consommateurs ne peuvent pas agir contre lui ; le litige sur la plateforme et la protection de votre moyen de paiement restent les voies de remboursement."
            ))
        }
      } else if record.european {
        add(
          pick(
            "If the seller is established in another EU country, Iceland or Norway: the European Consumer Centres network (ECC-Net; in France: europe-consommateurs.eu) helps for free. Give --seller-country to check.",
            "Si le vendeur est établi dans un autre pays de l'UE, en Islande ou en Norvège : le réseau des Centres Européens des Consommateurs (ECC-Net ; en France : europe-consommateurs.eu) aide gratuitement. Précisez --seller-country pour vérifier."
          ))
      }
      if step == 1 {
        add(
          pick(
            "Platform support (see the support draft), with every record of the exchange.",
            "Le support de la plateforme (voir le brouillon support), avec toute trace des échanges."))
      }
      return lines.joined(separator: "\n")
    }
  }
}
