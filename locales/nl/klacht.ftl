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

klacht-adres-label = Waar kunnen we u een brief sturen?
klacht-adres-name = waar we u een brief kunnen sturen
klacht-adres-why = De wet zegt dat een klacht de naam en het adres heeft van wie de klacht indient. We gebruiken uw adres alleen voor uw klacht, bijvoorbeeld als we u ons antwoord per post sturen. Heeft u geen adres? Dan kunt u toch een klacht indienen.
klacht-adres-error-required = Kies waar we u een brief kunnen sturen. Heeft u geen adres? Kies dan "Ik heb geen adres".
klacht-adres-option-woonadres = Op mijn woonadres
klacht-adres-option-briefadres = Op een briefadres of postadres
klacht-adres-option-briefadres-hint = Bijvoorbeeld bij familie of bij de opvang, als uw post daar naartoe gaat.
klacht-adres-option-buitenland = Op mijn adres buiten Nederland
klacht-adres-option-geen = Ik heb geen adres
klacht-adres-option-geen-hint = Dat is geen probleem. U kunt gewoon verder. We nemen contact met u op per e-mail of telefoon. Wilt u hulp, bijvoorbeeld bij een briefadres? Bel { $phone }.

klacht-postcode-label = Postcode
klacht-postcode-hint = Bijvoorbeeld 7511 JN.
klacht-postcode-name = uw postcode
klacht-postcode-why = Met de postcode en het huisnummer komt onze brief op het goede adres aan.
klacht-postcode-error-required = Vul uw postcode in, bijvoorbeeld 7511 JN.
klacht-postcode-error-postcode = Vul een Nederlandse postcode in zoals 7511 JN: vier cijfers en twee letters. Is uw adres buiten Nederland? Kies dan "Op mijn adres buiten Nederland".

klacht-huisnummer-label = Huisnummer
klacht-huisnummer-hint = Alleen het nummer, bijvoorbeeld 12.
klacht-huisnummer-name = uw huisnummer
klacht-huisnummer-why = Met de postcode en het huisnummer komt onze brief op het goede adres aan.
klacht-huisnummer-error-required = Vul uw huisnummer in.
klacht-huisnummer-error-number = Vul bij uw huisnummer alleen het nummer in, bijvoorbeeld 12. Een letter of ander teken vult u in bij "Toevoeging".

klacht-toevoeging-label = Toevoeging
klacht-toevoeging-hint = Bijvoorbeeld A, bis of 2-hoog. Heeft u geen toevoeging? Laat dit dan leeg.
klacht-toevoeging-name = de toevoeging bij uw huisnummer
klacht-toevoeging-why = Soms hebben meer woningen hetzelfde huisnummer. Met de toevoeging komt de brief bij u en niet bij de buren.

klacht-straat-label = Straat
klacht-straat-name = uw straat
klacht-straat-why = Met de straat en de plaats kan de post uw adres goed vinden.
klacht-straat-error-required = Vul de naam van uw straat in.

klacht-plaats-label = Plaats
klacht-plaats-name = de plaats van uw adres
klacht-plaats-why = Met de straat en de plaats kan de post uw adres goed vinden.
klacht-plaats-error-required = Vul de plaats van uw adres in.

klacht-buitenlands-adres-label = Wat is uw adres?
klacht-buitenlands-adres-hint = Schrijf het adres zoals het op een brief moet staan, met het land.
klacht-buitenlands-adres-name = uw adres
klacht-buitenlands-adres-why = Woont u buiten Nederland? Dan sturen we onze brief naar dit adres. We gebruiken het alleen voor uw klacht.
klacht-buitenlands-adres-error-required = Vul uw adres in, met het land.

klacht-contactwijze-label = Wilt u eerst met ons praten over uw klacht?
klacht-contactwijze-name = of u eerst met ons wilt praten
klacht-contactwijze-why = Vaak lossen we een klacht het snelst op in een gesprek. Binnen een week nemen we persoonlijk contact met u op. Zo weten we hoe u dat het liefst hebt.
klacht-contactwijze-error-required = Kies of u eerst met ons wilt praten: aan de telefoon, aan de balie, of alleen per e-mail.
klacht-contactwijze-option-telefoon = Ja, aan de telefoon
klacht-contactwijze-option-telefoon-hint = Een klachtbehandelaar belt u.
klacht-contactwijze-option-balie = Ja, aan de balie bij de gemeente
klacht-contactwijze-option-balie-hint = Een klachtbehandelaar maakt een afspraak met u. Dan praat u samen bij de gemeente.
klacht-contactwijze-option-email = Nee, alleen per e-mail
klacht-contactwijze-option-email-hint = Een klachtbehandelaar schrijft u. Wilt u later toch praten? Dat kan altijd.

klacht-telefoon-label = Wat is uw telefoonnummer?
klacht-telefoon-hint = Nodig als u wilt dat we u bellen.
klacht-telefoon-name = uw telefoonnummer
klacht-telefoon-why = Als u kiest voor bellen, hebben we uw nummer nodig. We gebruiken het alleen voor uw klacht.
klacht-telefoon-error-required = Vul uw telefoonnummer in. U koos ervoor dat we u bellen.

klacht-dagdelen-label = Wanneer komt een gesprek u het best uit?
klacht-dagdelen-hint = U mag meer dan één antwoord kiezen.
klacht-dagdelen-name = wanneer een gesprek u uitkomt
klacht-dagdelen-why = Dan bellen we u of maken we een afspraak op een moment dat u kunt. Zo hoeft u niet te wachten.
klacht-dagdelen-error-required = Kies wanneer een gesprek u het best uitkomt: 's ochtends, 's middags of allebei.
klacht-dagdelen-option-ochtend = 's Ochtends, tussen 9 en 12 uur
klacht-dagdelen-option-middag = 's Middags, tussen 12 en 17 uur

klacht-dagen-label = Op welke dagen kan het?
klacht-dagen-hint = Kan het op elke werkdag? Dan hoeft u niets aan te vinken.
klacht-dagen-name = de dagen waarop het kan
klacht-dagen-why = Dan weten we op welke dagen we u kunnen bellen of een afspraak met u kunnen maken.
klacht-dagen-option-maandag = Maandag
klacht-dagen-option-dinsdag = Dinsdag
klacht-dagen-option-woensdag = Woensdag
klacht-dagen-option-donderdag = Donderdag
klacht-dagen-option-vrijdag = Vrijdag

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
klacht-deadline-contact =
    { $contactwijze ->
        [telefoon] Uiterlijk { $date } belt een klachtbehandelaar u. We bespreken dan samen hoe we uw klacht het beste kunnen oplossen.
        [balie] Uiterlijk { $date } maakt een klachtbehandelaar een afspraak met u voor een gesprek aan de balie. We bespreken dan samen hoe we uw klacht het beste kunnen oplossen.
        [email] Uiterlijk { $date } stuurt een klachtbehandelaar u een e-mail. Daarin staat hoe we uw klacht willen oplossen. Wilt u toch praten? Dat kan altijd.
       *[other] Uiterlijk { $date } nemen we persoonlijk contact met u op. We bespreken dan samen hoe we uw klacht het beste kunnen oplossen.
    }
klacht-deadline-afhandeling = Uiterlijk { $date } hoort u wat we met uw klacht hebben gedaan. Duurt het langer, bijvoorbeeld omdat een commissie ons advies geeft? Dan laten we u dat weten.

## What we do with your data
klacht-data-what = Uw klacht, uw naam, uw adres als u dat geeft, en hoe en wanneer we u kunnen bereiken.
klacht-data-why = We hebben dit nodig om uw klacht te behandelen en om binnen een week contact met u op te nemen.
klacht-data-who = Alleen de klachtbehandelaar en de medewerkers die uw klacht behandelen. De medewerker over wie u klaagt, leest uw klacht ook.
klacht-data-how-long = { $bewaartermijn-klacht } jaar nadat we uw klacht hebben afgehandeld. Zo staat het in de archiefregels voor gemeenten. Daarna vernietigen we alles.
