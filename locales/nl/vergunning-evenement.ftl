# The event permit (forms/vergunning-evenement.json). Limits come from the municipality
# profile: $evenement-melding-max-bezoekers, $evenement-melding-eindtijd,
# $evenement-melding-muziek-tot, $evenement-aanvraag-dagen; $phone is its phone number.

vergunning-evenement-title = Evenement aanvragen of melden
vergunning-evenement-summary = Organiseert u een straatfeest, markt of sportdag? Vraag hier een vergunning aan, of doe een melding als uw evenement klein is.

vergunning-evenement-step-evenement-title = Over uw evenement
vergunning-evenement-step-wanneer-title = Wanneer en waar is het?
vergunning-evenement-step-omvang-title = Hoe groot wordt het?
vergunning-evenement-step-muziek-title = Versterkte muziek
vergunning-evenement-step-melding-title = Een melding is genoeg
vergunning-evenement-step-melding-intro = Uw evenement is klein: hooguit { $evenement-melding-max-bezoekers } bezoekers tegelijk, klaar om { $evenement-melding-eindtijd } uur, geen straat dicht en geen versterkte muziek na { $evenement-melding-muziek-tot } uur. Dan is een melding genoeg. Dat is korter en u hoeft geen tekening te sturen.
vergunning-evenement-step-afsluiting-title = Welke straten gaan dicht?
vergunning-evenement-step-veiligheid-title = Veiligheid
vergunning-evenement-step-tekening-title = Tekening van de plek
vergunning-evenement-step-organisator-title = Uw gegevens

vergunning-evenement-naam-evenement-label = Hoe heet uw evenement?
vergunning-evenement-naam-evenement-hint = Bijvoorbeeld: Burendag Hoogstraat.
vergunning-evenement-naam-evenement-name = de naam van het evenement
vergunning-evenement-naam-evenement-why = Met de naam kunnen we uw evenement terugvinden als u of wij er vragen over hebben.

vergunning-evenement-soort-label = Wat voor evenement is het?
vergunning-evenement-soort-name = wat voor evenement het is
vergunning-evenement-soort-why = Voor elk soort evenement gelden andere afspraken. Zo weten we welke regels voor u belangrijk zijn.
vergunning-evenement-soort-option-straatfeest = Straatfeest of burendag
vergunning-evenement-soort-option-markt = Markt of braderie
vergunning-evenement-soort-option-sportdag = Sportdag of sportwedstrijd
vergunning-evenement-soort-option-anders = Iets anders

vergunning-evenement-omschrijving-label = Wat gaat er gebeuren?
vergunning-evenement-omschrijving-hint = Vertel kort wat de bezoekers gaan doen en wat u neerzet, zoals een tent, een podium of kraampjes.
vergunning-evenement-omschrijving-name = de beschrijving van het evenement
vergunning-evenement-omschrijving-why = Zo kunnen we inschatten wat er nodig is voor een veilig en leuk evenement.
vergunning-evenement-omschrijving-error-required = Vertel wat er gaat gebeuren.

vergunning-evenement-datum-label = Op welke dag is het evenement?
vergunning-evenement-datum-hint = Bijvoorbeeld 27 6 2027.
vergunning-evenement-datum-name = de dag van het evenement
vergunning-evenement-datum-why = We kijken of er die dag al andere dingen in de buurt gebeuren, zoals werk aan de weg.
vergunning-evenement-datum-notice-te-laat = Uw evenement is over minder dan { $evenement-aanvraag-dagen } dagen. Misschien is dat te kort om alles op tijd te regelen. Stuur uw aanvraag toch: we kijken wat er kan. Wilt u hulp? Het Hulploket Vergunningen helpt u. Bel { $phone } voor een afspraak.

vergunning-evenement-begintijd-label = Hoe laat begint het?
vergunning-evenement-begintijd-hint = Bijvoorbeeld 14:00.
vergunning-evenement-begintijd-name = de begintijd
vergunning-evenement-begintijd-why = De tijden zeggen ons hoe lang de buurt er iets van merkt.

vergunning-evenement-eindtijd-label = Hoe laat is het afgelopen?
vergunning-evenement-eindtijd-hint = Bijvoorbeeld 22:00. Gaat het door na middernacht? Vul dan bijvoorbeeld 01:00 in.
vergunning-evenement-eindtijd-name = de eindtijd
vergunning-evenement-eindtijd-why = Is het evenement na { $evenement-melding-eindtijd } uur nog bezig? Dan is een vergunning nodig. Anders is een melding vaak genoeg.

vergunning-evenement-locatie-label = Waar is het evenement?
vergunning-evenement-locatie-hint = Bijvoorbeeld: Hoogstraat, tussen nummer 10 en 40, of het grasveld in het Volkspark.
vergunning-evenement-locatie-name = de plek van het evenement
vergunning-evenement-locatie-why = We kijken of de plek geschikt is en of hulpdiensten er goed langs kunnen.

vergunning-evenement-bezoekers-label = Hoeveel bezoekers zijn er tegelijk, denkt u?
vergunning-evenement-bezoekers-hint = Een schatting is goed genoeg. Vul een getal in, bijvoorbeeld 80.
vergunning-evenement-bezoekers-name = het aantal bezoekers
vergunning-evenement-bezoekers-why = Bij meer dan { $evenement-melding-max-bezoekers } bezoekers tegelijk is een vergunning nodig en vragen we wat u doet voor de veiligheid.

vergunning-evenement-wegafsluiting-label = Moet er een straat dicht?
vergunning-evenement-wegafsluiting-name = of er een straat dicht moet
vergunning-evenement-wegafsluiting-why = Als een straat dichtgaat, is een vergunning nodig. Dan regelen we samen met u dat bewoners en hulpdiensten er toch langs kunnen.
vergunning-evenement-wegafsluiting-option-ja = Ja
vergunning-evenement-wegafsluiting-option-nee = Nee

vergunning-evenement-muziek-label = Is er versterkte muziek, bijvoorbeeld met boxen of een band?
vergunning-evenement-muziek-name = of er versterkte muziek is
vergunning-evenement-muziek-why = Muziek kan de buren storen. Daarom vragen we wanneer de muziek aanstaat.
vergunning-evenement-muziek-option-ja = Ja
vergunning-evenement-muziek-option-nee = Nee

vergunning-evenement-alcohol-label = Gaat u alcohol verkopen, ook met munten of bonnen?
vergunning-evenement-alcohol-name = of u alcohol gaat verkopen
vergunning-evenement-alcohol-why = Voor het verkopen van alcohol is een aparte toestemming nodig. Die regelt u niet met dit formulier. Kiest u ja? Dan leest u hoe u die aanvraagt.
vergunning-evenement-alcohol-option-ja = Ja
vergunning-evenement-alcohol-option-nee = Nee
vergunning-evenement-alcohol-notice-ontheffing = Verkoopt u alcohol? Dan heeft u een aparte toestemming nodig: een ontheffing. Daarmee mag u alleen bier en wijn verkopen, geen sterke drank. Dit formulier regelt dat niet. Bel { $phone }: we vertellen u hoe u die aanvraagt.

vergunning-evenement-muziek-van-label = Hoe laat begint de muziek?
vergunning-evenement-muziek-van-hint = Bijvoorbeeld 15:00.
vergunning-evenement-muziek-van-name = de begintijd van de muziek
vergunning-evenement-muziek-van-why = Zo weten de buren en wij wanneer er muziek is.

vergunning-evenement-muziek-tot-label = Hoe laat stopt de muziek?
vergunning-evenement-muziek-tot-hint = Bijvoorbeeld 22:00.
vergunning-evenement-muziek-tot-name = de eindtijd van de muziek
vergunning-evenement-muziek-tot-why = Is er muziek na { $evenement-melding-muziek-tot } uur? Dan is een vergunning nodig.

vergunning-evenement-aanvraagsoort-label = Wat wilt u doen?
vergunning-evenement-aanvraagsoort-name = wat u wilt doen
vergunning-evenement-aanvraagsoort-why = Met een melding weet de gemeente van uw evenement. Wilt u toch zekerheid met een vergunning? Dat mag ook, maar dat duurt langer.
vergunning-evenement-aanvraagsoort-option-melding = Een melding doen
vergunning-evenement-aanvraagsoort-option-melding-hint = Korter, en u hoeft geen tekening te sturen.
vergunning-evenement-aanvraagsoort-option-vergunning = Toch een vergunning aanvragen

vergunning-evenement-straten-label = Welke straten gaan dicht?
vergunning-evenement-straten-hint = Vul per vak één straat in. Gaat maar een deel dicht? Schrijf dan ook tussen welke huisnummers.
vergunning-evenement-straten-name = de straatnaam
vergunning-evenement-straten-why = We laten de hulpdiensten en de buslijnen weten welke straten dicht zijn.
vergunning-evenement-straten-item = Straat { $number }
vergunning-evenement-straten-add = Nog een straat toevoegen

vergunning-evenement-afsluiting-van-label = Vanaf hoe laat is de straat dicht?
vergunning-evenement-afsluiting-van-hint = Bijvoorbeeld 12:00. Reken de tijd voor opbouwen mee.
vergunning-evenement-afsluiting-van-name = de tijd dat de straat dichtgaat
vergunning-evenement-afsluiting-van-why = Zo weten bewoners en hulpdiensten wanneer ze niet door de straat kunnen.

vergunning-evenement-afsluiting-tot-label = Tot hoe laat is de straat dicht?
vergunning-evenement-afsluiting-tot-hint = Bijvoorbeeld 23:30. Reken de tijd voor opruimen mee.
vergunning-evenement-afsluiting-tot-name = de tijd dat de straat weer opengaat
vergunning-evenement-afsluiting-tot-why = Zo weten bewoners en hulpdiensten wanneer de straat weer open is.

vergunning-evenement-maatregelen-label = Wat doet u voor de veiligheid?
vergunning-evenement-maatregelen-hint = Bijvoorbeeld: mensen voor de eerste hulp (EHBO), beveiligers, nooduitgangen en brandblussers.
vergunning-evenement-maatregelen-name = uw plan voor de veiligheid
vergunning-evenement-maatregelen-why = Bij veel bezoekers moet iedereen veilig kunnen komen en gaan. We kijken met u of het plan goed is.
vergunning-evenement-maatregelen-error-required = Vertel wat u doet voor de veiligheid.

vergunning-evenement-schets-label = Tekening van de plek
vergunning-evenement-schets-hint = Teken waar de tenten, kramen, het podium en de nooduitgangen komen. Een foto van een tekening op papier is ook goed.
vergunning-evenement-schets-name = een tekening van de plek
vergunning-evenement-schets-why = Met de tekening zien we of er genoeg ruimte is en of hulpdiensten er goed langs kunnen.

vergunning-evenement-naam-label = Wat is uw naam?
vergunning-evenement-naam-name = uw naam
vergunning-evenement-naam-why = We moeten weten wie het evenement organiseert en met wie we contact hebben.

vergunning-evenement-organisatie-label = Namens welke organisatie of vereniging?
vergunning-evenement-organisatie-hint = Organiseert u het zelf, met de buren? Laat het dan leeg.
vergunning-evenement-organisatie-name = de naam van de organisatie
vergunning-evenement-organisatie-why = Als een organisatie het evenement houdt, zetten we haar naam in de vergunning.

vergunning-evenement-email-label = Wat is uw e-mailadres?
vergunning-evenement-email-hint = Hier sturen we de bevestiging en ons antwoord naartoe.
vergunning-evenement-email-name = uw e-mailadres
vergunning-evenement-email-why = Op uw e-mailadres krijgt u de bevestiging en ons antwoord. Vraagt u een vergunning aan? Dan ook ons besluit.

vergunning-evenement-telefoon-label = Wat is uw telefoonnummer?
vergunning-evenement-telefoon-hint = Op de dag van het evenement moeten we u kunnen bellen.
vergunning-evenement-telefoon-name = uw telefoonnummer
vergunning-evenement-telefoon-why = Als er iets is, voor of tijdens het evenement, bellen we u meteen.

vergunning-evenement-done-title = Uw aanvraag is verstuurd
vergunning-evenement-done-vergunning-title = Uw aanvraag voor een vergunning is verstuurd
vergunning-evenement-done-vergunning-body =
    We bekijken uw aanvraag. Hebben we iets nodig of moet er iets anders? Dan nemen we contact met u op.
vergunning-evenement-done-melding-title = Uw melding is verstuurd
vergunning-evenement-done-melding-body =
    We bekijken uw melding. Klopt er iets niet of willen we meer weten? Dan nemen we contact met u op.
vergunning-evenement-deadline-besluit = Uiterlijk { $date } krijgt u ons besluit. Is uw evenement eerder? Dan proberen we op tijd te beslissen. Lukt dat niet, dan bellen we u.

## What we do with your data
vergunning-evenement-data-what = Wat u over het evenement vertelt, de bestanden die u meestuurt en de gegevens van de organisator.
vergunning-evenement-data-why = We hebben dit nodig om te beoordelen of het evenement veilig kan, en om u ons besluit te sturen.
vergunning-evenement-data-who = De medewerkers die evenementen behandelen. Bij een vergunning lezen ook politie, brandweer en de GGD mee.
vergunning-evenement-data-how-long = { $bewaartermijn-vergunning-evenement } jaar nadat we uw melding of aanvraag hebben afgehandeld. Zo staat het in de archiefregels voor gemeenten. Daarna vernietigen we alles.
