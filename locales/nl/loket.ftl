# Texts of the Loket kit itself, shared by every form.

loket-language-name = Nederlands
loket-language-nav = Taal
loket-skip-link = Ga naar de inhoud
loket-step-progress = Stap { $current } van { $total }
loket-page-title = { $page } – { $form } – { $municipality }
loket-page-title-error = Fout: { $title }
loket-step-page-title = { $progress }: { $step }
loket-next = Volgende
loket-back = Vorige
loket-optional = (niet verplicht)
loket-why-summary = Waarom vragen we dit?
loket-error-prefix = Fout:
loket-error-summary-title = Er is een probleem
loket-date-day = Dag
loket-date-month = Maand
loket-date-year = Jaar
loket-char-limit = U kunt maximaal { $max } tekens gebruiken.
loket-notice-prefix = Let op:

## Errors. $name is the short name of the answer, for example "uw e-mailadres".
loket-error-required-text = Vul { $name } in.
loket-error-required-choice = Kies { $name }.
loket-error-required-date = Vul { $name } in, met dag, maand en jaar.
loket-error-too-long = Maak { $name } korter. U kunt maximaal { $max } tekens gebruiken, nu zijn het er { $count }.
loket-error-email = Vul { $name } in zoals naam@voorbeeld.nl.
loket-error-phone = Vul { $name } in met alleen cijfers, bijvoorbeeld 06 12345678.
loket-error-date-incomplete = Vul bij { $name } een dag, een maand en een jaar in.
loket-error-date-invalid = Vul bij { $name } een datum in die bestaat, bijvoorbeeld 27 3 2026.
loket-error-date-not-past = Vul bij { $name } vandaag of een dag in het verleden in.
loket-error-date-not-future = Vul bij { $name } een dag in de toekomst in.
loket-error-unknown-option = Kies { $name } uit de lijst.

## Exit pages
loket-exit-change = Ander antwoord kiezen

## Check your answers
loket-check-title = Controleer uw antwoorden
loket-check-intro = Kijk of alles klopt. U kunt een antwoord nog wijzigen.
loket-check-change = Wijzig
loket-check-not-provided = Niet ingevuld
loket-check-send-title = Versturen
loket-check-send-body = Als u op versturen klikt, sturen we uw antwoorden naar { $municipality }.
loket-submit = Versturen
loket-submitting = Bezig met versturen…
loket-submit-failed = Versturen is niet gelukt. Uw antwoorden zijn bewaard. Probeer het over een paar minuten opnieuw, of vraag ons om hulp.

## Confirmation
loket-done-reference = Uw kenmerk
loket-done-next-title = Wat gebeurt er nu?
loket-done-answers-title = Uw antwoorden
loket-done-print = Print uw antwoorden
loket-done-start-over = Terug naar de startpagina

## Help block, the same on every step
loket-help-title = Hulp nodig?
loket-help-intro = Komt u er niet uit? Wij helpen u graag.
loket-help-call = Bel { $phone }

## Dates in words
loket-date-long = { $weekday } { $day } { $month } { $year }
loket-date-short = { $day } { $month } { $year }
loket-weekday-0 = maandag
loket-weekday-1 = dinsdag
loket-weekday-2 = woensdag
loket-weekday-3 = donderdag
loket-weekday-4 = vrijdag
loket-weekday-5 = zaterdag
loket-weekday-6 = zondag
loket-month-1 = januari
loket-month-2 = februari
loket-month-3 = maart
loket-month-4 = april
loket-month-5 = mei
loket-month-6 = juni
loket-month-7 = juli
loket-month-8 = augustus
loket-month-9 = september
loket-month-10 = oktober
loket-month-11 = november
loket-month-12 = december

## More answer kinds
loket-error-required-files = Voeg { $name } toe.
loket-error-required-list = Vul { $name } in.
loket-error-postcode = Vul { $name } in zoals 7511 JN.
loket-error-number = Vul bij { $name } een getal in, bijvoorbeeld 80.
loket-error-number-too-small = Vul bij { $name } { $min } of meer in.
loket-error-number-too-large = Vul bij { $name } { $max } of minder in.
loket-error-time = Vul { $name } in zoals 14:30.
loket-error-too-many = U kunt maximaal { $max } toevoegen bij { $name }. Verwijder er eerst een.
loket-error-file-type = Het bestand { $file } kan niet. Kies een bestand van het type { $types }.
loket-error-file-too-large = Het bestand { $file } is te groot. Kies een bestand van hooguit { $size } MB.
loket-error-file-empty = Het bestand { $file } is leeg. Kies een ander bestand.
loket-files-limit = Dit kan: { $types }. Hooguit { $size } MB per bestand en { $count } bestanden.
loket-files-choose = Kies een bestand
loket-files-chosen = Gekozen bestanden
loket-files-remove = Verwijder
loket-files-added = { $file } is toegevoegd.
loket-files-removed = { $file } is verwijderd.
loket-files-size = { $size } MB
loket-list-remove = Verwijder
