# Een datalek melden, loaded at run time (forms/runtime/datalek-melding.json).

datalek-melding-title = Een datalek melden
datalek-melding-summary = Zijn gegevens van u of van anderen bij de verkeerde persoon gekomen? Meld het hier. Dan lossen we het snel op.

datalek-melding-step-wat-title = Wat is er gebeurd?
datalek-melding-step-wat-intro = Bij een datalek komen persoonsgegevens bij iemand die ze niet mag zien. Uw melding gaat meteen naar de functionaris gegevensbescherming. Dat is de privacy-expert van de gemeente. Die bekijkt uw melding snel.
datalek-melding-step-welke-title = Om welke gegevens gaat het?
datalek-melding-step-gedaan-title = Wat heeft u al gedaan?
datalek-melding-step-contact-title = Hoe kunnen we u bereiken?

datalek-melding-soort-label = Wat past het best bij wat er gebeurde?
datalek-melding-soort-name = wat er gebeurde
datalek-melding-soort-why = Zo weten we snel wat voor datalek het is. Dan weet de privacy-expert wat er meteen moet gebeuren.
datalek-melding-soort-option-brief = Ik kreeg een brief of e-mail die voor iemand anders was
datalek-melding-soort-option-verstuurd = Mijn gegevens zijn naar de verkeerde persoon gestuurd
datalek-melding-soort-option-gevonden = Ik vond papieren of een apparaat met gegevens van anderen
datalek-melding-soort-option-gevonden-hint = Bijvoorbeeld een map, een usb-stick of een laptop van de gemeente.
datalek-melding-soort-option-adressen = In een e-mail van de gemeente zag ik de adressen van andere mensen
datalek-melding-soort-option-adressen-hint = Bijvoorbeeld de e-mailadressen van alle mensen die de e-mail kregen.
datalek-melding-soort-option-anders = Iets anders
datalek-melding-soort-error-required = Kies wat het best past bij wat er gebeurde.

datalek-melding-omschrijving-label = Beschrijf wat er is gebeurd
datalek-melding-omschrijving-hint = Schrijf op wat u zag of kreeg, en van welke afdeling het kwam. Zet geen gegevens van anderen in uw bericht, zoals een naam of een BSN.
datalek-melding-omschrijving-name = de beschrijving
datalek-melding-omschrijving-why = Met uw beschrijving zoeken we uit hoe het datalek kwam. Dan kunnen we het snel stoppen.
datalek-melding-omschrijving-error-required = Beschrijf wat er is gebeurd.

datalek-melding-datum-label = Wanneer merkte u het?
datalek-melding-datum-hint = Weet u de dag niet precies? Vul dan ongeveer de datum in. Bijvoorbeeld 27 3 2026.
datalek-melding-datum-name = de datum
datalek-melding-datum-why = Is het datalek ernstig? Dan moet de gemeente het binnen 72 uur melden bij de Autoriteit Persoonsgegevens. Met de datum weten we hoeveel tijd we hebben.

datalek-melding-welke-label = Om welke gegevens gaat het?
datalek-melding-welke-hint = Kies alles wat past.
datalek-melding-welke-name = om welke gegevens het gaat
datalek-melding-welke-why = Sommige gegevens zijn extra gevoelig, zoals een BSN of gegevens over gezondheid. Dan moeten we sneller iets doen.
datalek-melding-welke-option-naam-adres = Naam en adres
datalek-melding-welke-option-contact = E-mailadres of telefoonnummer
datalek-melding-welke-option-bsn = Burgerservicenummer (BSN)
datalek-melding-welke-option-geld = Gegevens over geld
datalek-melding-welke-option-geld-hint = Bijvoorbeeld een rekeningnummer, een inkomen of schulden.
datalek-melding-welke-option-gezondheid = Gegevens over gezondheid of zorg
datalek-melding-welke-option-anders = Andere gegevens
datalek-melding-welke-option-weet-niet = Dat weet ik niet
datalek-melding-welke-error-required = Kies om welke gegevens het gaat. Weet u het niet? Kies dan "Dat weet ik niet".

datalek-melding-nog-label = Heeft u de brief, e-mail of papieren nog?
datalek-melding-nog-name = of u het nog heeft
datalek-melding-nog-why = Dan weten we of we het bij u kunnen ophalen of laten terugsturen. Zo komen de gegevens niet verder.
datalek-melding-nog-option-ja = Ja, ik heb het nog
datalek-melding-nog-option-nee = Nee, ik heb het niet meer
datalek-melding-nog-notice-bewaren = Bewaar het nog even. Stuur het niet door en laat het aan niemand zien. De privacy-expert vertelt u wat u ermee kunt doen.

datalek-melding-gedaan-label = Wat deed u toen u het merkte?
datalek-melding-gedaan-hint = Bijvoorbeeld: ik heb de afzender gebeld, of ik heb de e-mail verwijderd. Deed u nog niets? Laat het dan leeg.
datalek-melding-gedaan-name = wat u al deed
datalek-melding-gedaan-why = Zo weten we wat er al is gebeurd. Heeft u bijvoorbeeld al iemand gebeld? Dan doen we dat niet nog een keer.

datalek-melding-naam-label = Wat is uw naam?
datalek-melding-naam-name = uw naam
datalek-melding-naam-why = Met uw naam weten we wie de melding deed. We gebruiken uw naam alleen voor deze melding.

datalek-melding-email-label = Wat is uw e-mailadres?
datalek-melding-email-hint = Hier sturen we de bevestiging naartoe.
datalek-melding-email-name = uw e-mailadres
datalek-melding-email-why = Op uw e-mailadres krijgt u de bevestiging. Ook laten we u weten wat we met uw melding hebben gedaan.

datalek-melding-telefoon-label = Wat is uw telefoonnummer?
datalek-melding-telefoon-hint = Dan kunnen we u bellen als we snel iets willen vragen.
datalek-melding-telefoon-name = uw telefoonnummer
datalek-melding-telefoon-why = Bij een datalek moeten we snel zijn. Met uw nummer kunnen we u meteen bellen als we een vraag hebben.

datalek-melding-done-title = Uw melding van een datalek is verstuurd
datalek-melding-done-body =
    De privacy-expert van de gemeente bekijkt uw melding snel. Is het datalek ernstig? Dan meldt de gemeente het binnen 72 uur bij de Autoriteit Persoonsgegevens.
    Heeft u de brief, e-mail of papieren nog? Bewaar ze dan nog even en laat ze aan niemand zien.
datalek-melding-deadline-contact = Uiterlijk { $date } hoort u van ons wat we met uw melding doen.

## What we do with your data
datalek-melding-data-what = Uw melding, wat er gebeurde, om welke gegevens het gaat en hoe we u kunnen bereiken.
datalek-melding-data-why = We hebben dit nodig om het datalek te stoppen en de gevolgen zo klein mogelijk te maken.
datalek-melding-data-who = Alleen de functionaris gegevensbescherming en de medewerkers die het datalek oplossen.
datalek-melding-data-how-long = { $bewaartermijn-datalek-melding } jaar nadat we uw melding hebben afgehandeld. Daarna vernietigen we uw melding. De gemeente moet een lijst van alle datalekken bijhouden. De Autoriteit Persoonsgegevens kan die lijst opvragen.
