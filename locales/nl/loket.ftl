# Texts of the Loket kit itself, shared by every form.

loket-language-name = Nederlands
loket-language-nav = Taal
loket-language-loading = Even geduld: de andere taal wordt geladen.
loket-language-failed = Die taal kon niet worden geladen. De pagina blijft in het Nederlands en uw antwoorden blijven staan. Probeer het nog een keer. Lukt het niet? Bel { $phone }.
loket-part-loading = Even geduld: deze pagina wordt geladen.
loket-part-failed-title = Deze pagina kon niet worden geladen
loket-part-failed-body = Dit deel van het formulier kon niet worden geladen. Uw antwoorden blijven staan. Probeer het nog een keer. Lukt het niet? Bel { $phone }, of kijk hieronder hoe wij u verder helpen.
loket-part-failed-retry = Probeer het opnieuw
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
loket-time-format = Bijvoorbeeld 14:30.
loket-notice-prefix = Let op:

## Errors. $name is the short name of the answer, for example "uw e-mailadres".
loket-error-required-text = Vul { $name } in.
loket-error-required-choice = Kies { $name }.
loket-error-required-date = Vul { $name } in, met dag, maand en jaar.
loket-error-too-long = Maak { $name } korter. U kunt maximaal { $max } tekens gebruiken, nu zijn het er { $count }.
loket-error-email = Vul { $name } in zoals naam@voorbeeld.nl.
loket-error-phone = Vul { $name } in met cijfers, bijvoorbeeld 06 12345678 of +31 53 123 45 67.
# $parts: the parts left empty, or the parts that cannot be right, joined by "-" ("month", "day-year"); empty for the whole date. $max: the last day of the month.
loket-error-date-incomplete = { $parts ->
        [day] Vul bij { $name } de dag in.
        [month] Vul bij { $name } de maand in.
        [year] Vul bij { $name } het jaar in.
        [day-month] Vul bij { $name } de dag en de maand in.
        [day-year] Vul bij { $name } de dag en het jaar in.
        [month-year] Vul bij { $name } de maand en het jaar in.
       *[other] Vul bij { $name } een dag, een maand en een jaar in.
    }
loket-error-date-invalid = { $parts ->
        [day] Vul bij { $name } een dag in van 1 tot en met { $max }.
        [month] Vul bij { $name } een maand in van 1 tot en met 12.
        [year] Vul bij { $name } het jaar in met 4 cijfers, bijvoorbeeld 2026.
       *[other] Vul bij { $name } een datum in die bestaat, bijvoorbeeld 27 3 2026.
    }
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
loket-send-offline = Versturen lukt nu niet: er is geen internet. Uw antwoorden blijven bewaard. Zodra er weer internet is, versturen we ze vanzelf.
loket-send-unreachable = Versturen lukt nu niet: we krijgen geen verbinding met de gemeente. Uw antwoorden blijven bewaard. We proberen het zo vanzelf opnieuw.
loket-send-server = Versturen lukt nu niet: er is bij ons iets mis. Dat ligt niet aan u. Uw antwoorden blijven bewaard. We proberen het zo vanzelf opnieuw.
loket-send-rejected = Versturen is niet gelukt: ons systeem nam uw formulier niet aan. Dat ligt niet aan u. Uw antwoorden blijven bewaard. Bel { $phone }, dan helpen we u verder.
loket-send-too-large = Versturen is niet gelukt: uw bestanden zijn samen te groot. Uw antwoorden blijven bewaard. Kies minder of kleinere bestanden en verstuur opnieuw. Een foto maakt u kleiner door hem opnieuw te maken met een lagere kwaliteit. Lukt het niet? Kies dan hieronder een andere manier.
loket-send-other-ways = Wilt u niet wachten? Dan kan het ook zo:

## Keeping the answers, and clearing them
loket-keep-title = Uw antwoorden bewaren
loket-keep-tab = We bewaren uw antwoorden alleen in dit tabblad van uw browser, tot u het sluit. Laadt u de pagina opnieuw? Dan raakt u niets kwijt. De gemeente ziet uw antwoorden pas als u ze verstuurt.
loket-keep-device-until = Uw antwoorden blijven op dit apparaat tot en met { $date }. Daarna wissen we ze. Na het versturen wissen we ze meteen.
loket-keep-device-label = Bewaar mijn antwoorden ook op dit apparaat, { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } lang
loket-keep-device-hint = Dan kunt u later verder, ook als u de browser sluit. Doe dit niet op een computer die u met anderen deelt.
loket-keep-device-why = Zo kunt u later verder op dit apparaat en hoeft u niet opnieuw te beginnen. De gemeente ziet deze antwoorden niet. Ze blijven op uw apparaat.
loket-wipe = Wis mijn antwoorden
loket-wipe-question = Weet u het zeker? Al uw antwoorden in dit formulier worden gewist, ook op dit apparaat.
loket-wipe-yes = Ja, wis alles
loket-wipe-no = Nee, bewaar ze
loket-wiped = Uw antwoorden zijn gewist. U kunt opnieuw beginnen.

## A kept draft that changed: the form got a new version, or files were too large to keep
loket-draft-changed-title = Dit formulier is veranderd
loket-draft-changed = Sinds u begon, hebben we dit formulier veranderd. Uw antwoorden zijn bewaard. Kijk ze na als u verder gaat.
loket-draft-answer-again = { $count ->
    [one] Deze vraag is veranderd. Geef opnieuw antwoord:
   *[other] Deze vragen zijn veranderd. Geef opnieuw antwoord:
}
loket-draft-files-title = Voeg uw bestanden opnieuw toe
loket-draft-files = { $count ->
    [one] Dit bestand was te groot om in uw browser te bewaren. Voeg het opnieuw toe:
   *[other] Deze bestanden waren te groot om in uw browser te bewaren. Voeg ze opnieuw toe:
}
loket-draft-file = { $file }, bij de vraag: { $question }

## Answers a login on the municipality's own page filled in (DigiD, eHerkenning)
loket-prefill-hint = { $source ->
    [eherkenning] Ingevuld met uw eHerkenning-login.
   *[digid] Ingevuld met uw DigiD-login.
} { $fixed ->
    [yes] U kunt dit hier niet veranderen.
   *[no] Klopt het niet? Dan kunt u het veranderen.
}
loket-prefill-why = { $source ->
    [eherkenning] We hebben dit ingevuld met de gegevens van uw eHerkenning-login.
   *[digid] We hebben dit ingevuld met de gegevens van uw DigiD-login.
} Zo hoeft u het niet zelf te typen. { $fixed ->
    [yes] Klopt het niet? Neem dan contact met ons op.
   *[no] Klopt het niet? Verander het dan hier.
}
loket-prefill-check = { $source ->
    [eherkenning] Uit uw eHerkenning-login
   *[digid] Uit uw DigiD-login
}

## What we do with your data
loket-data-title = Wat doen we met uw gegevens?
loket-data-what = Wat we bewaren
loket-data-why = Waarom
loket-data-who = Wie ze ziet
loket-data-how-long = Hoe lang

## Confirmation
loket-done-reference = Uw kenmerk
loket-done-received = Ontvangen op { $date } om { $time }.
loket-done-next-title = Wat gebeurt er nu?
loket-done-answers-title = Uw antwoorden
loket-done-print = Print uw antwoorden
loket-done-start-over = Terug naar de startpagina

## Help block, the same on every step
loket-help-title = Hulp nodig?
# The name of a region (help, keeping your answers, …) of a form embedded in another page, where several forms may each have one.
loket-region-for-form = { $region } ({ $form })
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
loket-files-limit = Dit kan: { $types }. Hooguit { $size } MB per bestand en { $count ->
        [one] { $count } bestand
       *[other] { $count } bestanden
    }.
loket-files-choose = Kies een bestand
loket-files-chosen = Gekozen bestanden
loket-files-remove = Verwijder
loket-files-added = { $file } is toegevoegd.
loket-files-removed = { $file } is verwijderd.
loket-files-size = { $size } MB
loket-list-remove = Verwijder
loket-list-removed = { $item } is verwijderd.

## Help: call back, take the answers along, the offer when someone seems stuck

loket-help-back = Terug naar het formulier
loket-callback-open = Bel mij terug
loket-callback-title = Bel mij terug
loket-callback-intro = Laat uw telefoonnummer achter. Een medewerker belt u op een werkdag terug, op het dagdeel dat u kiest. Uw antwoorden in het formulier blijven bewaard.
loket-callback-send = Vraag om terugbellen
loket-callback-failed = Uw verzoek is niet verstuurd. Wat u invulde staat er nog. Probeer het nog een keer, of bel ons zelf.
loket-callback-sent-title = Wij bellen u terug
loket-callback-sent-body = We hebben uw verzoek ontvangen. Een medewerker belt u op een werkdag, op het dagdeel dat u koos. Het formulier staat nog voor u klaar. U kunt er zo naar teruggaan.

loket-handoff-open = Neem mijn antwoorden mee
loket-handoff-title = Neem uw antwoorden mee
loket-handoff-intro = Dan hoeft u niets opnieuw in te vullen. Laat de code of deze pagina zien aan een medewerker, aan de telefoon of aan het loket. Of bewaar uw antwoorden in een bestand en ga later verder.
loket-handoff-nothing = U heeft nog niets ingevuld. Er gaat dus nog niets mee.
loket-handoff-choose-legend = Welke antwoorden gaan mee?
loket-handoff-choose-hint = Persoonlijke gegevens staan uit, zoals uw naam, uw e-mailadres en bestanden. Zet ze aan als u ze wilt meenemen.
loket-handoff-code-title = Uw code
loket-handoff-code-body = In deze code staan de antwoorden die aan staan. Een medewerker typt de code over of scant de QR-code. Bestanden gaan niet mee in de code. Die staan wel in het bestand.
loket-handoff-code-size = De code heeft { $count } tekens.
loket-handoff-short-title = Korte code om voor te lezen
loket-handoff-short-body = Belt u met de gemeente of gaat u naar een balie? Maak dan een korte code. Die leest u voor. De medewerker ziet dan de antwoorden die aan staan.
loket-handoff-short-keep = We bewaren deze antwoorden { $days } dagen, versleuteld. Daarna wissen we ze. Alleen wie de code heeft, kan ze zien.
loket-handoff-short-make = Maak een korte code
loket-handoff-short-busy = We maken de code. Een moment.
loket-handoff-short-label = Uw korte code
loket-handoff-short-valid = De code werkt tot en met { $date }. Verandert u welke antwoorden aan staan? Dan blijft de code hetzelfde.
loket-handoff-short-copy = Kopieer de korte code
loket-handoff-short-copied = De korte code is gekopieerd.
loket-handoff-short-failed = Een korte code maken lukt nu niet. Gebruik de lange code hieronder, de QR-code of het bestand met antwoorden.
loket-handoff-qr-label = QR-code met uw antwoorden
loket-handoff-qr-too-long = Uw antwoorden passen niet in een QR-code. Zet minder antwoorden aan, of bewaar ze in een bestand.
loket-handoff-summary-title = Deze antwoorden gaan mee
loket-handoff-file-title = Bewaar uw antwoorden in een bestand
loket-handoff-file-body = Neem het bestand mee naar het loket. Of open het later op de pagina "Verder met een formulier". Het bestand staat alleen op uw eigen apparaat.
loket-handoff-download = Download mijn antwoorden
loket-handoff-print = Print deze pagina
loket-handoff-file-name = antwoorden-{ $form }-{ $date }.json
loket-handoff-visit-title = Liever langskomen?
loket-handoff-visit-body = Een medewerker helpt u verder met uw antwoorden. Maak eerst een afspraak. Neem de code mee, of deze pagina op papier.

loket-stuck-title = Komt u er niet uit?
loket-stuck-repeated-errors = Deze vraag lukt nog niet. Dat overkomt veel mensen. Wij helpen u graag, en u hoeft niets opnieuw in te vullen.
loket-stuck-back-and-forth = U gaat heen en weer tussen twee stappen. Zoekt u iets? Wij helpen u graag, en u hoeft niets opnieuw in te vullen.
loket-stuck-no-progress = U bent al even met deze stap bezig. Wij helpen u graag, en u hoeft niets opnieuw in te vullen.
loket-stuck-dismiss = Nee, bedankt

## Continue a form: at the desk, or later at home

loket-continue-title = Verder met een formulier
loket-continue-intro = Heeft u een code of een bestand met antwoorden? Dan gaat u verder waar u was gebleven, in uw eigen taal. U hoeft niets opnieuw in te vullen.
loket-continue-code-label = Code
loket-continue-code-hint = Typ de korte code van 9 tekens of de lange code over. Of scan de QR-code. Spaties, streepjes en kleine letters mogen.
loket-continue-code-why = Bij de code horen de antwoorden die al zijn gegeven. Zo hoeft niemand ze opnieuw in te vullen. Bij een korte code halen we de antwoorden op bij de gemeente.
loket-continue-code-open = Open met deze code
loket-continue-file-label = Bestand met antwoorden
loket-continue-file-hint = Kies het bestand dat u kreeg bij "Download mijn antwoorden". De naam begint met "antwoorden".
loket-continue-file-why = In het bestand staan de antwoorden die al zijn gegeven, ook bestanden. Alleen deze pagina leest het bestand. Het wordt niet naar ons gestuurd.
loket-continue-code-error-empty = Vul de code in. U vindt de code op de pagina "Neem uw antwoorden mee".
loket-continue-code-error-damaged = De code klopt niet. Er mist een teken of er is een teken anders. Controleer de code en probeer het opnieuw.
loket-continue-code-error-not-answers = De code klopt niet. Controleer de code en probeer het opnieuw.
loket-continue-code-error-newer = De code is gemaakt met een nieuwere versie van dit formulier. Vraag om het bestand met antwoorden, of vul het formulier samen in.
loket-continue-code-error-unknown-form = De code hoort bij een formulier dat niet op deze website staat. Open de code op de website waar het formulier is ingevuld.
loket-continue-code-error-other-version = De code hoort bij een oudere versie van het formulier. Vul het formulier opnieuw in. Wat in de code staat, ziet u op de geprinte pagina.
loket-continue-code-error-too-large = De code is te lang. Gebruik het bestand met antwoorden.
loket-continue-code-error-length = Een korte code heeft 9 tekens. Controleer of u alle tekens heeft.
loket-continue-code-error-mistyped = De code klopt niet. Er is een teken anders, of twee tekens staan omgewisseld. Controleer elk teken.
loket-continue-code-error-unknown = We vinden geen antwoorden bij deze code. Misschien is de code verlopen. Vraag om een nieuwe code, of gebruik het bestand met antwoorden.
loket-continue-code-error-too-many-tries = U heeft te vaak een code geprobeerd die niet bestaat. Wacht een kwartier en probeer het dan opnieuw.
loket-continue-code-error-unavailable = We kunnen de antwoorden bij deze code nu niet ophalen. Probeer het over een paar minuten opnieuw. Of gebruik de lange code, de QR-code of het bestand met antwoorden.
loket-continue-code-error-not-loaded = Een deel van deze pagina is niet geladen. Daardoor kunnen we de code nu niet openen. Probeer het opnieuw. Lukt het niet? Kijk hieronder hoe wij u verder helpen.
loket-continue-file-error-empty = Het bestand met antwoorden is leeg. Kies het bestand dat u kreeg bij "Download mijn antwoorden".
loket-continue-file-error-damaged = Het bestand met antwoorden is beschadigd. Download uw antwoorden opnieuw, of gebruik de code.
loket-continue-file-error-not-answers = Dit is geen bestand met antwoorden. Kies het bestand dat u kreeg bij "Download mijn antwoorden". De naam begint met "antwoorden".
loket-continue-file-error-newer = Het bestand met antwoorden is gemaakt met een nieuwere versie van dit formulier. Vul het formulier samen in.
loket-continue-file-error-unknown-form = Het bestand met antwoorden hoort bij een formulier dat niet op deze website staat. Open het op de website waar het formulier is ingevuld.
loket-continue-file-error-other-version = Het bestand met antwoorden hoort bij een oudere versie van het formulier. Vul het formulier opnieuw in.
loket-continue-file-error-too-large = Het bestand is te groot voor een bestand met antwoorden. Kies het bestand dat u kreeg bij "Download mijn antwoorden".
loket-continue-file-error-not-loaded = Een deel van deze pagina is niet geladen. Daardoor kunnen we het bestand nu niet openen. Kies het bestand opnieuw. Lukt het niet? Kijk hieronder hoe wij u verder helpen.

## After sending: "Hoe ging het?"

loket-feedback-title = Hoe ging het?
loket-feedback-question = Hoe vond u het om dit formulier in te vullen?
loket-feedback-why = Zo leren we wat beter kan aan dit formulier. We weten niet wie u bent: uw naam en uw antwoorden gaan niet mee.
loket-feedback-goed = Goed
loket-feedback-gaat-wel = Gaat wel
loket-feedback-niet-goed = Niet goed
loket-feedback-error = Kies hoe het ging: goed, gaat wel of niet goed.
loket-feedback-comment-label = Wilt u nog iets zeggen? (niet verplicht)
loket-feedback-comment-hint = Schrijf hier geen naam, adres of andere persoonlijke gegevens.
loket-feedback-comment-why = Met uw uitleg kunnen we het formulier beter maken. We lezen alles, maar we sturen geen antwoord.
loket-feedback-send = Verstuur mijn mening
loket-feedback-thanks = Bedankt voor uw mening. Zo maken we het formulier beter.

## A form loaded at run time (its spec and texts come from the web server)
loket-runtime-page-title = { $page } – { $municipality }
loket-runtime-loading = Het formulier wordt geladen.
loket-runtime-failed-title = Dit formulier werkt nu niet
loket-runtime-failed-body = Het lukt nu niet om dit formulier te openen. Dat ligt niet aan u. Probeer het later nog eens. Of neem contact met ons op: we helpen u graag.
