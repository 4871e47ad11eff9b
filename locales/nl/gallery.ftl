# The gallery of the reference site (/gallery): every component in every state, in two themes.
# The examples are listed in app/gallery/examples.json.

gallery-title = Galerij van onderdelen
gallery-intro = Hier ziet u elk onderdeel van Loket in elke toestand. Elk voorbeeld staat op een eigen pagina, in twee thema's.
gallery-themes-intro = Het neutrale thema is de standaard van Loket. Het Voorbeeld-thema komt uit de design tokens van NL Design System.
gallery-example-title = { $component }: { $state }
gallery-example-page-title = { $example } – { gallery-title }
gallery-back-link = Terug naar alle voorbeelden
gallery-theme-nav = Thema
gallery-theme-neutral = Neutraal thema
gallery-theme-voorbeeld = Voorbeeld-thema
gallery-example-theme = Dit voorbeeld staat in het { $theme }.
gallery-not-found = Dit voorbeeld bestaat niet.
gallery-index-link = { $state }, { $theme }

gallery-component-text-field = Tekstveld
gallery-component-textarea = Tekstvak
gallery-component-choice = Keuzerondjes
gallery-component-checkboxes = Vinkjes
gallery-component-date = Datum
gallery-component-time = Tijd
gallery-component-number = Getal
gallery-component-list = Lijst
gallery-component-files = Bestanden
gallery-component-why-we-ask = Waarom vragen we dit?
gallery-component-error-summary = Overzicht van fouten
gallery-component-step = Stap van een formulier
gallery-component-check-answers = Antwoorden controleren
gallery-component-send-problem = Probleem met versturen
gallery-component-answer-list = Lijst met antwoorden
gallery-component-confirmation = Bevestiging
gallery-component-exit-page = Pagina met een andere weg
gallery-component-help-panel = Hulp
gallery-component-stuck-offer = Aanbod van hulp
gallery-component-hand-off = Antwoorden meenemen
gallery-component-callback = Bel mij terug
gallery-component-feedback = Hoe ging het?
gallery-component-continue-form = Verder met een formulier
gallery-component-language-switch = Taalkeuze
gallery-component-part-failed = Pagina kon niet laden
gallery-component-draft-changes = Melding over uw bewaarde antwoorden

gallery-state-empty = leeg
gallery-state-hint = met uitleg
gallery-state-error = met een fout
gallery-state-filled = ingevuld
gallery-state-optional = niet verplicht
gallery-state-long = lange tekst
gallery-state-closed = dicht
gallery-state-disabled = bezig met versturen
gallery-state-changed = formulier veranderd
gallery-state-files = bestanden opnieuw toevoegen
gallery-state-prefilled = ingevuld met een login

# The example form of the gallery (app/gallery/form.json).

gallery-form-title = Voorbeeldformulier
gallery-form-summary = Een formulier met elk soort vraag, voor de galerij.
gallery-form-done-title = Uw voorbeeld is verstuurd
gallery-form-done-body = Dit is een voorbeeld. Er is niets verstuurd.

gallery-form-step-gegevens-title = Uw gegevens
gallery-form-step-melding-title = Wat wilt u melden?
gallery-form-step-wanneer-title = Wanneer was het?
gallery-form-step-waar-title = Waar was het?

gallery-form-naam-label = Wat is uw naam?
gallery-form-naam-name = uw naam
gallery-form-naam-why = Dan weten we wie de vraag stelt. We gebruiken uw naam alleen voor deze vraag.

gallery-form-email-label = Wat is uw e-mailadres?
gallery-form-email-hint = Bijvoorbeeld naam@voorbeeld.nl.
gallery-form-email-name = uw e-mailadres
gallery-form-email-why = Dan kunnen we u antwoorden.

gallery-form-opmerking-label = Wilt u nog iets kwijt?
gallery-form-opmerking-name = uw opmerking
gallery-form-opmerking-why = Soms wilt u iets vertellen waar geen vraag over is.

gallery-form-lang-label = Hebt u deze vraag al eerder gesteld, aan de balie in het Stadskantoor, aan de telefoon of in een brief?
gallery-form-lang-hint = Schrijf op wanneer dat was en met wie u sprak. Weet u het niet meer precies? Schrijf dan op wat u nog weet. Ook een maand of een jaar helpt ons al verder.
gallery-form-lang-name = of u dit al eerder vroeg
gallery-form-lang-why = Dan kunnen we kijken wat er toen is gezegd. Zo hoeft u uw verhaal niet nog een keer te doen. En we zien of er iets mis ging.

gallery-form-omschrijving-label = Beschrijf wat er aan de hand is
gallery-form-omschrijving-hint = Schrijf op wat u zag en waar het was.
gallery-form-omschrijving-name = de beschrijving
gallery-form-omschrijving-why = Met uw beschrijving weten we wat er moet gebeuren.

gallery-form-soort-label = Waar gaat uw melding over?
gallery-form-soort-name = waar uw melding over gaat
gallery-form-soort-why = Dan komt uw melding meteen bij de goede afdeling.
gallery-form-soort-option-straat = De straat of de stoep
gallery-form-soort-option-straat-hint = Bijvoorbeeld een losse stoeptegel.
gallery-form-soort-option-groen = Bomen, struiken of gras
gallery-form-soort-option-groen-hint = Bijvoorbeeld een tak die op de weg ligt.
gallery-form-soort-option-anders = Iets anders

gallery-form-onderwerpen-label = Wat is er kapot?
gallery-form-onderwerpen-hint = Kies alles wat klopt.
gallery-form-onderwerpen-name = wat er kapot is
gallery-form-onderwerpen-why = Dan nemen we het goede gereedschap mee.
gallery-form-onderwerpen-option-licht = Een lantaarnpaal
gallery-form-onderwerpen-option-afval = Een afvalbak
gallery-form-onderwerpen-option-water = Een put of een goot

gallery-form-datum-label = Wanneer zag u het?
gallery-form-datum-hint = Bijvoorbeeld 27 3 2026.
gallery-form-datum-name = de datum
gallery-form-datum-why = Dan weten we hoe lang het al zo is.

gallery-form-tijd-label = Hoe laat zag u het?
gallery-form-tijd-name = de tijd
gallery-form-tijd-why = Sommige dingen gaan alleen 's avonds mis, zoals licht.

gallery-form-aantal-label = Hoeveel zijn er kapot?
gallery-form-aantal-name = het aantal
gallery-form-aantal-why = Dan weten we hoeveel tijd het werk kost.

gallery-form-straten-label = In welke straten is het?
gallery-form-straten-hint = Vul elke straat in een eigen vak in.
gallery-form-straten-name = de straten
gallery-form-straten-why = Dan weten we waar we moeten zijn.
gallery-form-straten-item = Straat { $number }
gallery-form-straten-add = Nog een straat toevoegen

gallery-form-bijlagen-label = Foto's
gallery-form-bijlagen-name = de foto's
gallery-form-bijlagen-why = Op een foto zien we meteen wat er aan de hand is.

gallery-form-exit-elders-title = Hiervoor kunt u ergens anders terecht
gallery-form-exit-elders-body = Dit is een voorbeeld van een pagina die u naar een andere weg stuurt.

gallery-form-data-what = Uw naam, uw e-mailadres en uw melding.
gallery-form-data-why = Dit is een voorbeeld. We bewaren niets.
gallery-form-data-who = Niemand: dit formulier verstuurt niets.
gallery-form-data-how-long = Niet: dit formulier verstuurt niets.

# Check a form (/gallery/lint): the linter of loket-lint in the browser.

gallery-lint-title = Een formulier controleren
gallery-lint-link = Spec en teksten van een formulier controleren
gallery-lint-intro = Plak de spec van een formulier en de teksten in elke taal, of laad het voorbeeld. Kies dan "Controleren". U ziet wat er mis is en hoe u het oplost, net als met loket-lint.
gallery-lint-example = Het voorbeeld laden (AVG-verzoek)
gallery-lint-example-loading = Het voorbeeld wordt geladen.
gallery-lint-example-loaded = Het voorbeeld is geladen. Kies "Controleren" om het te controleren.
gallery-lint-example-failed = Het voorbeeld kon niet worden geladen. Plak de bestanden zelf.
gallery-lint-spec-label = Spec van het formulier (JSON)
gallery-lint-spec-hint = Plak het hele bestand forms/runtime/<id>.json.
gallery-lint-texts-label = Teksten in het { $language } (.ftl)
gallery-lint-texts-hint = Plak het hele bestand locales/{ $lang }/runtime/<id>.ftl.
gallery-lint-language-nl = Nederlands
gallery-lint-language-en = Engels
gallery-lint-language-de = Duits
gallery-lint-check = Controleren
gallery-lint-no-problems = Geen problemen gevonden
gallery-lint-no-problems-body = De spec en de teksten zijn compleet. U kunt het formulier publiceren.
gallery-lint-problems = Gevonden problemen: { $count }
gallery-lint-problems-body = Los elk probleem op in het bestand dat erbij staat en controleer opnieuw. De uitleg is in het Engels, net als op de opdrachtregel.
gallery-lint-file = Bestand
gallery-lint-question = Vraag
gallery-lint-fix = Wat er mis is en wat u doet
gallery-lint-too-large-title = De tekst is te lang
gallery-lint-too-large = In een veld past hoogstens { $max } MB. Plak één formulier tegelijk.
