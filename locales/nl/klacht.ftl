# The complaint form (forms/klacht.json).

klacht-title = Klacht indienen
klacht-summary = Niet tevreden over hoe de gemeente u heeft behandeld? Vertel het ons.

klacht-step-soort-title = Waar gaat uw klacht over?
klacht-step-gebeurd-title = Wat is er gebeurd?
klacht-step-wens-title = Wat wilt u dat wij doen?
klacht-step-gegevens-title = Uw gegevens
klacht-step-contact-title = Hoe mogen we contact met u opnemen?

klacht-soort-label = Waar gaat uw klacht over?
klacht-soort-name = waar uw klacht over gaat
klacht-soort-why = Een klacht gaat over hoe wij u behandelden of hoe wij ons werk deden. Voor een besluit of een melding is er een andere weg. Zo komt uw vraag meteen op de goede plek.
klacht-soort-option-behandeling = Hoe een medewerker mij heeft behandeld
klacht-soort-option-behandeling-hint = Bijvoorbeeld: iemand was onvriendelijk, of u kreeg geen antwoord.
klacht-soort-option-dienstverlening = Hoe de gemeente iets heeft gedaan of geregeld
klacht-soort-option-dienstverlening-hint = Bijvoorbeeld: het duurde te lang, of u werd steeds doorgestuurd.
klacht-soort-option-besluit = Een besluit waar ik het niet mee eens ben
klacht-soort-option-besluit-hint = Bijvoorbeeld: u kreeg geen vergunning of geen uitkering.
klacht-soort-option-melding = Iets op straat dat kapot, vies of gevaarlijk is
klacht-soort-option-melding-hint = Bijvoorbeeld: een losse stoeptegel, afval of een kapotte lantaarnpaal.

klacht-omschrijving-label = Beschrijf wat er is gebeurd
klacht-omschrijving-hint = Schrijf op wat er gebeurde, waar het was en wie erbij waren.
klacht-omschrijving-name = de beschrijving
klacht-omschrijving-why = De wet zegt dat een klacht beschrijft waar die over gaat. Met uw verhaal kunnen we uitzoeken wat er mis ging.
klacht-omschrijving-error-required = Beschrijf wat er is gebeurd.

klacht-datum-label = Wanneer was dit?
klacht-datum-hint = Weet u de dag niet precies? Vul dan ongeveer de datum in. Bijvoorbeeld 27 3 2026.
klacht-datum-name = de datum
klacht-datum-why = Met de datum kunnen we terugvinden wat er toen gebeurde en wie erbij was.
klacht-datum-notice-oud = Dit is meer dan een jaar geleden. Dan hoeven we een klacht volgens de wet niet meer te behandelen. Stuur uw klacht toch: we kijken wat we voor u kunnen doen.

klacht-betrokkene-label = Over welke medewerker of afdeling gaat het?
klacht-betrokkene-hint = Weet u dit niet? Laat het dan leeg.
klacht-betrokkene-name = de naam van de medewerker of afdeling
klacht-betrokkene-why = Dan weten we sneller wie we moeten vragen wat er gebeurde. Weet u het niet, dan zoeken wij het uit.

klacht-wens-label = Wat wilt u dat wij doen?
klacht-wens-hint = Bijvoorbeeld: een gesprek, excuses, of dat we iets anders gaan doen.
klacht-wens-name = uw wens
klacht-wens-why = Dan weten we wat voor u een goede oplossing is. We bespreken dit met u als we contact opnemen.
klacht-wens-error-required = Schrijf op wat u wilt dat wij doen.

klacht-naam-label = Wat is uw naam?
klacht-naam-name = uw naam
klacht-naam-why = De wet zegt dat een klacht de naam heeft van wie de klacht indient. Zo weten we met wie we praten.

klacht-email-label = Wat is uw e-mailadres?
klacht-email-hint = Hier sturen we de bevestiging en ons antwoord naartoe.
klacht-email-name = uw e-mailadres
klacht-email-why = Naar uw e-mailadres sturen we de bevestiging en ons antwoord. Zo kunt u alles teruglezen.

klacht-contactwijze-label = Hoe mogen we contact met u opnemen?
klacht-contactwijze-name = hoe we contact met u mogen opnemen
klacht-contactwijze-why = Binnen een week nemen we persoonlijk contact met u op om uw klacht te bespreken. Zo weten we hoe u dat het liefst hebt.
klacht-contactwijze-option-telefoon = Bel mij
klacht-contactwijze-option-email = Stuur mij een e-mail

klacht-telefoon-label = Wat is uw telefoonnummer?
klacht-telefoon-hint = Nodig als u wilt dat we u bellen.
klacht-telefoon-name = uw telefoonnummer
klacht-telefoon-why = Als u kiest voor bellen, hebben we uw nummer nodig. We gebruiken het alleen voor uw klacht.
klacht-telefoon-error-required = Vul uw telefoonnummer in. U koos ervoor dat we u bellen.

klacht-exit-bezwaar-title = Niet eens met een besluit? Maak bezwaar
klacht-exit-bezwaar-body =
    Bent u het niet eens met een besluit van de gemeente? Dan is een klacht niet de goede weg. U kunt bezwaar maken.
    Doe dat binnen 6 weken na de dag waarop het besluit is verstuurd. Meestal is dat de datum op de brief.
    In de brief met het besluit staat hoe u bezwaar maakt. Wilt u hulp? Bel { $phone } of kom langs. Wij helpen u verder.
klacht-exit-melding-title = Iets kapot of vies op straat? Doe een melding
klacht-exit-melding-body =
    Is er iets kapot, vies of gevaarlijk op straat of in het park? Dan doet u een melding. Dat is geen klacht.
    Een melding doet u met het meldformulier op de website van de gemeente, of u belt { $phone }.
    Zo komt uw melding meteen bij de mensen die het oplossen.

klacht-done-title = Uw klacht is verstuurd
klacht-deadline-contact = Uiterlijk { $date } nemen we persoonlijk contact met u op. We bespreken dan samen hoe we uw klacht het beste kunnen oplossen.
klacht-deadline-afhandeling = Uiterlijk { $date } hoort u wat we met uw klacht hebben gedaan. Duurt het langer, bijvoorbeeld omdat een commissie ons advies geeft? Dan laten we u dat weten.

## What we do with your data
klacht-data-what = Uw klacht, uw naam en hoe we u kunnen bereiken.
klacht-data-why = We hebben dit nodig om uw klacht te behandelen en om binnen een week contact met u op te nemen.
klacht-data-who = Alleen de klachtbehandelaar en de medewerkers die uw klacht behandelen. De medewerker over wie u klaagt, leest uw klacht ook.
klacht-data-how-long = { $bewaartermijn-klacht } jaar nadat we uw klacht hebben afgehandeld. Zo staat het in de archiefregels voor gemeenten. Daarna vernietigen we alles.
