# Uw gegevens inzien (AVG-verzoek, artikel 15), loaded at run time (forms/runtime/avg-verzoek.json).

avg-verzoek-title = Uw gegevens inzien (AVG-verzoek)
avg-verzoek-summary = Vraag welke gegevens de gemeente over u heeft. U krijgt een overzicht, gratis.

avg-verzoek-step-welke-title = Welke gegevens wilt u zien?
avg-verzoek-step-welke-intro = U mag altijd vragen welke gegevens de gemeente over u heeft. Dat staat in de privacywet, de AVG. U hoeft niet te zeggen waarom.
avg-verzoek-step-ontvangst-title = Hoe wilt u het overzicht ontvangen?
avg-verzoek-step-gegevens-title = Uw gegevens

avg-verzoek-welke-label = Welke gegevens wilt u zien?
avg-verzoek-welke-name = welke gegevens u wilt zien
avg-verzoek-welke-why = Zo weten we waar we moeten zoeken. Over één onderwerp krijgt u sneller antwoord.
avg-verzoek-welke-option-alles = Alle gegevens die de gemeente over mij heeft
avg-verzoek-welke-option-onderwerp = Gegevens over één onderwerp
avg-verzoek-welke-option-onderwerp-hint = Bijvoorbeeld uw parkeervergunning, een uitkering of een melding die u deed.
avg-verzoek-welke-error-required = Kies welke gegevens u wilt zien.

avg-verzoek-onderwerp-label = Over welk onderwerp wilt u uw gegevens zien?
avg-verzoek-onderwerp-hint = Beschrijf het in uw eigen woorden. Bijvoorbeeld: mijn aanvraag voor bijzondere bijstand.
avg-verzoek-onderwerp-name = het onderwerp
avg-verzoek-onderwerp-why = Dan zoeken we alleen bij de afdeling die daarover gaat. Zo krijgt u sneller antwoord.
avg-verzoek-onderwerp-error-required = Schrijf over welk onderwerp u uw gegevens wilt zien.

avg-verzoek-periode-label = Over welke periode gaat het?
avg-verzoek-periode-hint = Bijvoorbeeld: 2023 tot nu. Weet u het niet? Laat het dan leeg.
avg-verzoek-periode-name = de periode
avg-verzoek-periode-why = Met een periode zoeken we alleen in de gegevens uit die tijd. Dan gaat het sneller.

avg-verzoek-ontvangst-label = Hoe wilt u het overzicht ontvangen?
avg-verzoek-ontvangst-name = hoe u het overzicht wilt ontvangen
avg-verzoek-ontvangst-why = Digitaal is het snelst. Wilt u het op papier? Dan sturen we het met de post en hebben we uw adres nodig.
avg-verzoek-ontvangst-option-digitaal = Digitaal, via een beveiligde e-mail
avg-verzoek-ontvangst-option-papier = Op papier, met de post

avg-verzoek-naam-label = Wat is uw naam?
avg-verzoek-naam-name = uw naam
avg-verzoek-naam-why = Met uw naam zoeken we uw gegevens op. We geven uw gegevens alleen aan u.

avg-verzoek-geboortedatum-label = Wat is uw geboortedatum?
avg-verzoek-geboortedatum-hint = Bijvoorbeeld: 27 3 1980.
avg-verzoek-geboortedatum-name = uw geboortedatum
avg-verzoek-geboortedatum-why = Soms hebben mensen dezelfde naam. Met uw geboortedatum weten we zeker dat we de goede persoon vinden.

avg-verzoek-email-label = Wat is uw e-mailadres?
avg-verzoek-email-hint = Hier sturen we de bevestiging naartoe. Kiest u digitaal? Dan ook het overzicht.
avg-verzoek-email-name = uw e-mailadres
avg-verzoek-email-why = Op uw e-mailadres krijgt u de bevestiging en, als u digitaal kiest, het overzicht van uw gegevens.
avg-verzoek-email-error-required = Vul uw e-mailadres in. U koos ervoor het overzicht digitaal te krijgen.

avg-verzoek-telefoon-label = Wat is uw telefoonnummer?
avg-verzoek-telefoon-hint = Dan kunnen we u bellen als we een vraag hebben.
avg-verzoek-telefoon-name = uw telefoonnummer
avg-verzoek-telefoon-why = Soms bellen we om te vragen wat u precies zoekt. Dan krijgt u sneller antwoord.

avg-verzoek-straat-label = Straat en huisnummer
avg-verzoek-straat-name = uw straat en huisnummer
avg-verzoek-straat-why = U koos voor papier. Dan sturen we het overzicht naar dit adres.

avg-verzoek-postcode-label = Postcode
avg-verzoek-postcode-name = uw postcode
avg-verzoek-postcode-why = Met de postcode komt de post op het goede adres.
avg-verzoek-postcode-error-postcode = Vul uw postcode in zoals 7511 JN: vier cijfers en twee letters.

avg-verzoek-woonplaats-label = Woonplaats
avg-verzoek-woonplaats-name = uw woonplaats
avg-verzoek-woonplaats-why = Met uw woonplaats komt de post op het goede adres.

avg-verzoek-done-title = Uw verzoek om uw gegevens te zien is verstuurd
avg-verzoek-done-body =
    Voordat we uw gegevens sturen, controleren we of u het echt bent. Daarover nemen we contact met u op.
    Hebben we meer tijd nodig? Dan laten we u dat weten. We mogen de termijn met 2 maanden verlengen.
avg-verzoek-deadline-antwoord = Uiterlijk { $date } krijgt u het overzicht van uw gegevens.

## What we do with your data
avg-verzoek-data-what = Uw verzoek, uw naam, uw geboortedatum en hoe we u kunnen bereiken.
avg-verzoek-data-why = We hebben dit nodig om uw gegevens te vinden en het overzicht alleen aan u te geven.
avg-verzoek-data-who = Alleen de medewerkers die uw verzoek behandelen, en de functionaris voor gegevensbescherming.
avg-verzoek-data-how-long = { $bewaartermijn-avg-verzoek } jaar nadat we u het overzicht hebben gestuurd. Daarna vernietigen we uw verzoek.
