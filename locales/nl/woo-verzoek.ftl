# The Woo information request (forms/woo-verzoek.json).

woo-verzoek-title = Informatie opvragen (Woo-verzoek)
woo-verzoek-summary = Vraag documenten van de gemeente op, zoals e-mails, rapporten of besluiten. Dat mag volgens de Wet open overheid (Woo). Iedereen mag dit vragen.

woo-verzoek-step-onderwerp-title = Welke informatie wilt u hebben?
woo-verzoek-step-onderwerp-intro = Iedereen mag informatie van de gemeente opvragen. U hoeft niet te zeggen waarom u de informatie wilt hebben.
woo-verzoek-step-documenten-title = Wat voor documenten zoekt u?
woo-verzoek-step-ontvangst-title = Hoe wilt u de informatie ontvangen?
woo-verzoek-step-gegevens-title = Uw gegevens

woo-verzoek-onderwerp-label = Over welk onderwerp wilt u informatie?
woo-verzoek-onderwerp-hint = Beschrijf zo precies mogelijk wat u zoekt. Bijvoorbeeld: de e-mails tussen de gemeente en de aannemer over de bouw van de nieuwe brug bij de haven.
woo-verzoek-onderwerp-name = het onderwerp
woo-verzoek-onderwerp-why = Hoe preciezer u het onderwerp beschrijft, hoe sneller we de goede documenten vinden. Dan krijgt u ook sneller antwoord.
woo-verzoek-onderwerp-error-required = Beschrijf over welk onderwerp u informatie wilt.
woo-verzoek-onderwerp-notice-breed = Uw vraag is nog breed. Dan moeten we veel documenten doorzoeken en duurt het langer. Maak uw vraag preciezer als dat kan. Noem bijvoorbeeld een project, een periode of een soort document: "de verslagen van de wijkraad Roombeek uit 2024" in plaats van "alles over Roombeek". U mag uw vraag ook zo laten.

woo-verzoek-periode-label = Over welke periode gaat het?
woo-verzoek-periode-hint = Bijvoorbeeld: januari 2024 tot en met juni 2025.
woo-verzoek-periode-name = de periode
woo-verzoek-periode-why = Met een periode zoeken we alleen in de documenten uit die tijd. Zo krijgt u sneller antwoord.

woo-verzoek-soorten-label = Wat voor documenten zoekt u?
woo-verzoek-soorten-hint = Kies alles wat past. Weet u het niet? Laat het dan leeg.
woo-verzoek-soorten-name = de soort documenten
woo-verzoek-soorten-why = Als we weten wat voor documenten u zoekt, kunnen we gerichter zoeken.
woo-verzoek-soorten-option-emails = E-mails en berichten
woo-verzoek-soorten-option-brieven = Brieven
woo-verzoek-soorten-option-rapporten = Rapporten en onderzoeken
woo-verzoek-soorten-option-besluiten = Besluiten
woo-verzoek-soorten-option-verslagen = Verslagen van vergaderingen
woo-verzoek-soorten-option-anders = Iets anders

woo-verzoek-afdeling-label = Welke afdeling of welk project gaat het over?
woo-verzoek-afdeling-hint = Weet u dit niet? Laat het dan leeg.
woo-verzoek-afdeling-name = de naam van de afdeling of het project
woo-verzoek-afdeling-why = Dan weten we meteen wie de documenten heeft. Weet u het niet, dan zoeken wij het uit.

woo-verzoek-ontvangst-label = Hoe wilt u de informatie ontvangen?
woo-verzoek-ontvangst-name = hoe u de informatie wilt ontvangen
woo-verzoek-ontvangst-why = Digitaal is het snelst. Wilt u de informatie op papier? Dan sturen we die met de post en hebben we uw adres nodig.
woo-verzoek-ontvangst-option-digitaal = Digitaal, per e-mail
woo-verzoek-ontvangst-option-papier = Op papier, met de post

woo-verzoek-naam-label = Wat is uw naam?
woo-verzoek-naam-name = uw naam
woo-verzoek-naam-why = We zetten uw naam in ons besluit over uw verzoek. Uw naam maken we niet openbaar.

woo-verzoek-email-label = Wat is uw e-mailadres?
woo-verzoek-email-hint = Hier sturen we de bevestiging en ons besluit naartoe.
woo-verzoek-email-name = uw e-mailadres
woo-verzoek-email-why = Op uw e-mailadres krijgt u de bevestiging, ons besluit en, als u digitaal kiest, de documenten.
woo-verzoek-email-error-required = Vul uw e-mailadres in. U koos ervoor de informatie per e-mail te krijgen.

woo-verzoek-telefoon-label = Wat is uw telefoonnummer?
woo-verzoek-telefoon-hint = Dan kunnen we u bellen als we een vraag hebben over uw verzoek.
woo-verzoek-telefoon-name = uw telefoonnummer
woo-verzoek-telefoon-why = Soms bellen we om samen uw vraag preciezer te maken. Dan krijgt u sneller de goede informatie.

woo-verzoek-straat-label = Straat en huisnummer
woo-verzoek-straat-name = uw straat en huisnummer
woo-verzoek-straat-why = U koos voor papier. Dan sturen we de documenten naar dit adres.

woo-verzoek-postcode-label = Postcode
woo-verzoek-postcode-name = uw postcode
woo-verzoek-postcode-why = Met de postcode komt de post op het goede adres.
woo-verzoek-postcode-error-postcode = Vul een Nederlandse postcode in zoals 7511 JN: vier cijfers en twee letters. Woont u niet in Nederland? Kies dan voor digitaal.

woo-verzoek-woonplaats-label = Woonplaats
woo-verzoek-woonplaats-name = uw woonplaats
woo-verzoek-woonplaats-why = Met uw woonplaats komt de post op het goede adres.

woo-verzoek-done-title = Uw Woo-verzoek is verstuurd
woo-verzoek-done-body =
    We kunnen u bellen als we uw vraag samen preciezer willen maken. Dan krijgt u sneller de goede informatie.
    Hebben we meer tijd nodig? Dan mogen we de termijn één keer met 2 weken verlengen. Dat laten we u dan weten.
woo-verzoek-deadline-besluit = Uiterlijk { $date } krijgt u ons besluit over uw verzoek.

## What we do with your data
woo-verzoek-data-what = Uw verzoek, uw naam en hoe we u kunnen bereiken.
woo-verzoek-data-why = We hebben dit nodig om de documenten te zoeken en u ons besluit te sturen. U hoeft niet te zeggen waarom u de documenten wilt.
woo-verzoek-data-who = Alleen de medewerkers die uw verzoek behandelen. Als we documenten openbaar maken, staan uw naam en adres daar niet in.
woo-verzoek-data-how-long = { $bewaartermijn-woo-verzoek } jaar nadat we over uw verzoek hebben besloten. Zo staat het in de archiefregels voor gemeenten. Daarna vernietigen we alles.
