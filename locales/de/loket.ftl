# Texts of the Loket kit itself, shared by every form.

loket-language-name = Deutsch
loket-language-nav = Sprache
loket-language-loading = Einen Moment bitte: die andere Sprache wird geladen.
loket-language-failed = Diese Sprache konnte nicht geladen werden. Die Seite bleibt auf Deutsch und Ihre Antworten bleiben erhalten. Versuchen Sie es noch einmal. Klappt es nicht? Rufen Sie { $phone } an.
loket-part-loading = Einen Moment bitte: diese Seite wird geladen.
loket-part-failed-title = Diese Seite konnte nicht geladen werden
loket-part-failed-body = Dieser Teil des Formulars konnte nicht geladen werden. Ihre Antworten bleiben erhalten. Versuchen Sie es noch einmal. Klappt es nicht? Rufen Sie { $phone } an, oder sehen Sie unten, wie wir Ihnen weiterhelfen.
loket-part-failed-retry = Noch einmal versuchen
loket-skip-link = Zum Inhalt springen
loket-step-progress = Schritt { $current } von { $total }
loket-page-title = { $page } – { $form } – { $municipality }
loket-page-title-error = Fehler: { $title }
loket-step-page-title = { $progress }: { $step }
loket-next = Weiter
loket-back = Zurück
loket-optional = (freiwillig)
loket-why-summary = Warum fragen wir das?
loket-error-prefix = Fehler:
loket-error-summary-title = Es gibt ein Problem
loket-date-day = Tag
loket-date-month = Monat
loket-date-year = Jahr
loket-char-limit = Sie können höchstens { $max } Zeichen verwenden.
loket-time-format = Zum Beispiel 14:30.
loket-notice-prefix = Bitte beachten Sie:

## Errors. $name is the short name of the answer in the accusative, for example "Ihre E-Mail-Adresse"
## or "Ihren Namen": every text below uses it as an object ("Geben Sie … ein", "für …").
loket-error-required-text = Geben Sie { $name } ein.
loket-error-required-choice = Wählen Sie { $name }.
loket-error-required-date = Geben Sie { $name } mit Tag, Monat und Jahr ein.
loket-error-too-long = Schreiben Sie { $name } kürzer. Sie können höchstens { $max } Zeichen verwenden, jetzt sind es { $count }.
loket-error-email = Geben Sie { $name } ein, zum Beispiel name@beispiel.de.
loket-error-phone = Geben Sie { $name } mit Ziffern ein, zum Beispiel 06 12345678 oder +49 2562 123456.
# $parts: the parts left empty, or the parts that cannot be right, joined by "-" ("month", "day-year"); empty for the whole date. $max: the last day of the month.
loket-error-date-incomplete = { $parts ->
        [day] Geben Sie für { $name } den Tag ein.
        [month] Geben Sie für { $name } den Monat ein.
        [year] Geben Sie für { $name } das Jahr ein.
        [day-month] Geben Sie für { $name } den Tag und den Monat ein.
        [day-year] Geben Sie für { $name } den Tag und das Jahr ein.
        [month-year] Geben Sie für { $name } den Monat und das Jahr ein.
       *[other] Geben Sie für { $name } einen Tag, einen Monat und ein Jahr ein.
    }
loket-error-date-invalid = { $parts ->
        [day] Geben Sie für { $name } einen Tag von 1 bis { $max } ein.
        [month] Geben Sie für { $name } einen Monat von 1 bis 12 ein.
        [year] Geben Sie für { $name } das Jahr mit 4 Ziffern ein, zum Beispiel 2026.
       *[other] Geben Sie für { $name } ein Datum ein, das es gibt, zum Beispiel 27 3 2026.
    }
loket-error-date-not-past = Geben Sie für { $name } den heutigen Tag oder einen Tag in der Vergangenheit ein.
loket-error-date-not-future = Geben Sie für { $name } einen Tag in der Zukunft ein.
loket-error-unknown-option = Wählen Sie { $name } aus der Liste.

## Exit pages
loket-exit-change = Andere Antwort wählen

## Check your answers
loket-check-title = Prüfen Sie Ihre Antworten
loket-check-intro = Sehen Sie nach, ob alles stimmt. Sie können eine Antwort noch ändern.
loket-check-change = Ändern
loket-check-not-provided = Nicht ausgefüllt
loket-check-send-title = Absenden
loket-check-send-body = Wenn Sie auf „Absenden“ klicken, schicken wir Ihre Antworten an die { $municipality }.
loket-submit = Absenden
loket-submitting = Wird gesendet…
loket-send-offline = Das Senden klappt gerade nicht: Es gibt kein Internet. Ihre Antworten bleiben gespeichert. Sobald das Internet wieder da ist, senden wir sie von selbst.
loket-send-unreachable = Das Senden klappt gerade nicht: Wir erreichen die Gemeinde nicht. Ihre Antworten bleiben gespeichert. Wir versuchen es gleich von selbst noch einmal.
loket-send-server = Das Senden klappt gerade nicht: Bei uns ist etwas schiefgegangen. Das liegt nicht an Ihnen. Ihre Antworten bleiben gespeichert. Wir versuchen es gleich noch einmal.
loket-send-rejected = Das Senden hat nicht geklappt: Unser System hat Ihr Formular nicht angenommen. Das liegt nicht an Ihnen. Ihre Antworten bleiben gespeichert. Rufen Sie { $phone } an. Dann helfen wir Ihnen.
loket-send-too-large = Das Senden hat nicht geklappt: Ihre Dateien sind zusammen zu groß. Ihre Antworten bleiben gespeichert. Wählen Sie weniger oder kleinere Dateien und senden Sie erneut. Ein Foto machen Sie kleiner, indem Sie es mit einer geringeren Qualität neu aufnehmen. Klappt das nicht? Dann wählen Sie unten einen anderen Weg.
loket-send-other-ways = Möchten Sie nicht warten? Dann geht es auch so:

## Keeping the answers, and clearing them
loket-keep-title = Ihre Antworten speichern
loket-keep-tab = Wir speichern Ihre Antworten nur in diesem Tab Ihres Browsers, bis Sie ihn schließen. Laden Sie die Seite neu, geht nichts verloren. Die Gemeinde sieht Ihre Antworten erst, wenn Sie sie senden.
loket-keep-device-until = Ihre Antworten bleiben bis einschließlich { $date } auf diesem Gerät. Danach löschen wir sie. Nach dem Senden löschen wir sie sofort.
loket-keep-device-label = Meine Antworten auch auf diesem Gerät speichern, { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } lang
loket-keep-device-hint = Dann können Sie später weitermachen, auch wenn Sie den Browser schließen. Tun Sie das nicht an einem Computer, den Sie mit anderen teilen.
loket-keep-device-why = So können Sie später auf diesem Gerät weitermachen und müssen nicht neu anfangen. Die Gemeinde sieht diese Antworten nicht. Sie bleiben auf Ihrem Gerät.
loket-wipe = Meine Antworten löschen
loket-wipe-question = Sind Sie sicher? Alle Ihre Antworten in diesem Formular werden gelöscht, auch auf diesem Gerät.
loket-wipe-yes = Ja, alles löschen
loket-wipe-no = Nein, behalten
loket-wiped = Ihre Antworten sind gelöscht. Sie können neu beginnen.

## A kept draft that changed: the form got a new version, or files were too large to keep
loket-draft-changed-title = Dieses Formular wurde geändert
loket-draft-changed = Wir haben dieses Formular geändert, nachdem Sie angefangen haben. Ihre Antworten sind gespeichert. Prüfen Sie sie, wenn Sie weitermachen.
loket-draft-answer-again = { $count ->
    [one] Diese Frage wurde geändert. Bitte antworten Sie noch einmal:
   *[other] Diese Fragen wurden geändert. Bitte antworten Sie noch einmal:
}
loket-draft-files-title = Fügen Sie Ihre Dateien noch einmal hinzu
loket-draft-files = { $count ->
    [one] Diese Datei war zu groß, um sie in Ihrem Browser zu speichern. Bitte fügen Sie sie noch einmal hinzu:
   *[other] Diese Dateien waren zu groß, um sie in Ihrem Browser zu speichern. Bitte fügen Sie sie noch einmal hinzu:
}
loket-draft-file = { $file }, bei der Frage: { $question }

## Answers a login on the municipality's own page filled in (DigiD, eHerkenning)
loket-prefill-hint = { $source ->
    [eherkenning] Ausgefüllt mit Ihrem eHerkenning-Login.
   *[digid] Ausgefüllt mit Ihrem DigiD-Login.
} { $fixed ->
    [yes] Sie können das hier nicht ändern.
   *[no] Stimmt es nicht? Dann können Sie es ändern.
}
loket-prefill-why = { $source ->
    [eherkenning] Wir haben das mit den Daten Ihres eHerkenning-Logins ausgefüllt.
   *[digid] Wir haben das mit den Daten Ihres DigiD-Logins ausgefüllt.
} So müssen Sie es nicht selbst eintippen. { $fixed ->
    [yes] Stimmt es nicht? Dann nehmen Sie bitte Kontakt mit uns auf.
   *[no] Stimmt es nicht? Dann ändern Sie es hier.
}
loket-prefill-check = { $source ->
    [eherkenning] Aus Ihrem eHerkenning-Login
   *[digid] Aus Ihrem DigiD-Login
}

## What we do with your data
loket-data-title = Was wir mit Ihren Daten tun
loket-data-what = Was wir speichern
loket-data-why = Warum
loket-data-who = Wer sie sieht
loket-data-how-long = Wie lange

## Confirmation
loket-done-reference = Ihre Vorgangsnummer
loket-done-received = Eingegangen am { $date } um { $time } Uhr.
loket-done-next-title = Wie geht es weiter?
loket-done-answers-title = Ihre Antworten
loket-done-print = Ihre Antworten drucken
loket-done-start-over = Zurück zur Startseite

## Help block, the same on every step
loket-help-title = Brauchen Sie Hilfe?
# The name of a region (help, keeping your answers, …) of a form embedded in another page, where several forms may each have one.
loket-region-for-form = { $region } ({ $form })
loket-help-intro = Kommen Sie nicht weiter? Wir helfen Ihnen gern.
loket-help-call = Rufen Sie { $phone } an

## Dates in words
loket-date-long = { $weekday }, { $day }. { $month } { $year }
loket-date-short = { $day }. { $month } { $year }
loket-weekday-0 = Montag
loket-weekday-1 = Dienstag
loket-weekday-2 = Mittwoch
loket-weekday-3 = Donnerstag
loket-weekday-4 = Freitag
loket-weekday-5 = Samstag
loket-weekday-6 = Sonntag
loket-month-1 = Januar
loket-month-2 = Februar
loket-month-3 = März
loket-month-4 = April
loket-month-5 = Mai
loket-month-6 = Juni
loket-month-7 = Juli
loket-month-8 = August
loket-month-9 = September
loket-month-10 = Oktober
loket-month-11 = November
loket-month-12 = Dezember

## More answer kinds
loket-error-required-files = Fügen Sie { $name } hinzu.
loket-error-required-list = Geben Sie { $name } ein.
loket-error-postcode = Geben Sie { $name } ein, zum Beispiel 7511 JN.
loket-error-number = Geben Sie für { $name } eine Zahl ein, zum Beispiel 80.
loket-error-number-too-small = Geben Sie für { $name } { $min } oder mehr ein.
loket-error-number-too-large = Geben Sie für { $name } { $max } oder weniger ein.
loket-error-time = Geben Sie { $name } ein, zum Beispiel 14:30.
loket-error-too-many = Sie können für { $name } höchstens { $max } Stück hinzufügen. Entfernen Sie zuerst eines.
loket-error-file-type = Die Datei { $file } hat den falschen Typ. Wählen Sie eine Datei vom Typ { $types }.
loket-error-file-too-large = Die Datei { $file } ist zu groß. Wählen Sie eine Datei mit höchstens { $size } MB.
loket-error-file-empty = Die Datei { $file } ist leer. Wählen Sie eine andere Datei.
loket-files-limit = Möglich sind: { $types }. Höchstens { $size } MB pro Datei und { $count ->
        [one] { $count } Datei
       *[other] { $count } Dateien
    }.
loket-files-choose = Datei auswählen
loket-files-chosen = Ausgewählte Dateien
loket-files-remove = Entfernen
loket-files-added = { $file } wurde hinzugefügt.
loket-files-removed = { $file } wurde entfernt.
loket-files-size = { $size } MB
loket-list-remove = Entfernen
loket-list-removed = { $item } wurde entfernt.

## Help: call back, take the answers along, the offer when someone seems stuck

loket-help-back = Zurück zum Formular
loket-callback-open = Rufen Sie mich zurück
loket-callback-title = Rufen Sie mich zurück
loket-callback-intro = Hinterlassen Sie Ihre Telefonnummer. Jemand von uns ruft Sie an einem Werktag zurück, zu der Tageszeit, die Sie wählen. Ihre Antworten im Formular bleiben gespeichert.
loket-callback-send = Um Rückruf bitten
loket-callback-failed = Ihre Anfrage wurde nicht gesendet. Was Sie eingegeben haben, ist noch da. Versuchen Sie es noch einmal. Oder rufen Sie uns selbst an.
loket-callback-sent-title = Wir rufen Sie zurück
loket-callback-sent-body = Wir haben Ihre Anfrage bekommen. Jemand von uns ruft Sie an einem Werktag an, zu der Tageszeit, die Sie gewählt haben. Das Formular ist noch für Sie da. Sie können gleich dorthin zurückgehen.

loket-handoff-open = Meine Antworten mitnehmen
loket-handoff-title = Nehmen Sie Ihre Antworten mit
loket-handoff-intro = Dann müssen Sie nichts noch einmal ausfüllen. Zeigen Sie den Code oder diese Seite jemandem von der Gemeinde, am Telefon oder am Schalter. Oder speichern Sie Ihre Antworten in einer Datei und machen Sie später weiter.
loket-handoff-nothing = Sie haben noch nichts ausgefüllt. Es gibt also noch nichts zum Mitnehmen.
loket-handoff-choose-legend = Welche Antworten nehmen Sie mit?
loket-handoff-choose-hint = Persönliche Angaben sind ausgeschaltet, zum Beispiel Ihr Name, Ihre E-Mail-Adresse und Dateien. Schalten Sie sie ein, wenn Sie sie mitnehmen möchten.
loket-handoff-code-title = Ihr Code
loket-handoff-code-body = In diesem Code stehen die Antworten, die eingeschaltet sind. Jemand von der Gemeinde tippt den Code ab oder scannt den QR-Code. Dateien sind nicht im Code. Sie sind aber in der Datei.
loket-handoff-code-size = Der Code hat { $count } Zeichen.
loket-handoff-short-title = Kurzer Code zum Vorlesen
loket-handoff-short-body = Rufen Sie die Gemeinde an oder gehen Sie zu einem Schalter? Dann machen Sie einen kurzen Code. Den lesen Sie vor. Die Person, die Ihnen hilft, sieht dann die Antworten, die eingeschaltet sind.
loket-handoff-short-keep = Wir speichern diese Antworten { $days } Tage lang, verschlüsselt. Danach löschen wir sie. Nur wer den Code hat, kann sie sehen.
loket-handoff-short-make = Kurzen Code machen
loket-handoff-short-busy = Wir machen den Code. Einen Moment.
loket-handoff-short-label = Ihr kurzer Code
loket-handoff-short-valid = Der Code gilt bis einschließlich { $date }. Ändern Sie, welche Antworten eingeschaltet sind? Der Code bleibt gleich.
loket-handoff-short-copy = Kurzen Code kopieren
loket-handoff-short-copied = Der kurze Code wurde kopiert.
loket-handoff-short-failed = Einen kurzen Code zu machen klappt gerade nicht. Nutzen Sie den langen Code unten, den QR-Code oder die Datei mit Antworten.
loket-handoff-qr-label = QR-Code mit Ihren Antworten
loket-handoff-qr-too-long = Ihre Antworten passen nicht in einen QR-Code. Schalten Sie weniger Antworten ein. Oder speichern Sie sie in einer Datei.
loket-handoff-summary-title = Diese Antworten nehmen Sie mit
loket-handoff-file-title = Speichern Sie Ihre Antworten in einer Datei
loket-handoff-file-body = Bringen Sie die Datei zum Schalter mit. Oder öffnen Sie sie später auf der Seite „Formular fortsetzen“. Die Datei ist nur auf Ihrem eigenen Gerät.
loket-handoff-download = Meine Antworten herunterladen
loket-handoff-print = Diese Seite drucken
loket-handoff-file-name = antworten-{ $form }-{ $date }.json
loket-handoff-visit-title = Lieber persönlich vorbeikommen?
loket-handoff-visit-body = Jemand von der Gemeinde hilft Ihnen mit Ihren Antworten weiter. Machen Sie zuerst einen Termin. Bringen Sie den Code mit, oder diese Seite auf Papier.

loket-stuck-title = Kommen Sie nicht weiter?
loket-stuck-repeated-errors = Diese Frage klappt noch nicht. Das passiert vielen Menschen. Wir helfen Ihnen gern, und Sie müssen nichts noch einmal ausfüllen.
loket-stuck-back-and-forth = Sie gehen zwischen zwei Schritten hin und her. Suchen Sie etwas? Wir helfen Ihnen gern, und Sie müssen nichts noch einmal ausfüllen.
loket-stuck-no-progress = Sie sind schon eine Weile bei diesem Schritt. Wir helfen Ihnen gern, und Sie müssen nichts noch einmal ausfüllen.
loket-stuck-dismiss = Nein, danke

## Continue a form: at the desk, or later at home

loket-continue-title = Formular fortsetzen
loket-continue-intro = Haben Sie einen Code oder eine Datei mit Antworten? Dann machen Sie dort weiter, wo Sie aufgehört haben, in Ihrer eigenen Sprache. Sie müssen nichts noch einmal ausfüllen.
loket-continue-code-label = Code
loket-continue-code-hint = Tippen Sie den kurzen Code mit 9 Zeichen oder den langen Code ab. Oder scannen Sie den QR-Code. Leerzeichen, Striche und kleine Buchstaben sind erlaubt.
loket-continue-code-why = Zum Code gehören die Antworten, die schon gegeben wurden. So muss niemand sie noch einmal ausfüllen. Bei einem kurzen Code holen wir die Antworten bei der Gemeinde ab.
loket-continue-code-open = Mit diesem Code öffnen
loket-continue-file-label = Datei mit Antworten
loket-continue-file-hint = Wählen Sie die Datei, die Sie bei „Meine Antworten herunterladen“ bekommen haben. Der Name beginnt mit „antworten“.
loket-continue-file-why = In der Datei stehen die Antworten, die schon gegeben wurden, auch Dateien. Nur diese Seite liest die Datei. Sie wird nicht an uns geschickt.
loket-continue-code-error-empty = Geben Sie den Code ein. Sie finden den Code auf der Seite „Nehmen Sie Ihre Antworten mit“.
loket-continue-code-error-damaged = Der Code stimmt nicht. Ein Zeichen fehlt oder ist anders. Prüfen Sie den Code und versuchen Sie es noch einmal.
loket-continue-code-error-not-answers = Der Code stimmt nicht. Prüfen Sie den Code und versuchen Sie es noch einmal.
loket-continue-code-error-newer = Der Code wurde mit einer neueren Version dieses Formulars erstellt. Fragen Sie nach der Datei mit Antworten. Oder füllen Sie das Formular gemeinsam aus.
loket-continue-code-error-unknown-form = Der Code gehört zu einem Formular, das nicht auf dieser Website ist. Öffnen Sie den Code auf der Website, auf der das Formular ausgefüllt wurde.
loket-continue-code-error-other-version = Der Code gehört zu einer älteren Version des Formulars. Füllen Sie das Formular noch einmal aus. Was im Code steht, sehen Sie auf der gedruckten Seite.
loket-continue-code-error-too-large = Der Code ist zu lang. Nehmen Sie die Datei mit Antworten.
loket-continue-code-error-length = Ein kurzer Code hat 9 Zeichen. Prüfen Sie, ob Sie alle Zeichen haben.
loket-continue-code-error-mistyped = Der Code stimmt nicht. Ein Zeichen ist anders, oder zwei Zeichen sind vertauscht. Prüfen Sie jedes Zeichen.
loket-continue-code-error-unknown = Zu diesem Code finden wir keine Antworten. Vielleicht ist der Code abgelaufen. Bitten Sie um einen neuen Code, oder nutzen Sie die Datei mit Antworten.
loket-continue-code-error-too-many-tries = Sie haben zu oft einen Code versucht, den es nicht gibt. Warten Sie eine Viertelstunde und versuchen Sie es dann erneut.
loket-continue-code-error-unavailable = Wir können die Antworten zu diesem Code gerade nicht abrufen. Versuchen Sie es in ein paar Minuten erneut. Oder nutzen Sie den langen Code, den QR-Code oder die Datei mit Antworten.
loket-continue-code-error-not-loaded = Ein Teil dieser Seite wurde nicht geladen. Deshalb können wir den Code gerade nicht öffnen. Versuchen Sie es noch einmal. Klappt es nicht? Sehen Sie unten, wie wir Ihnen weiterhelfen.
loket-continue-file-error-empty = Die Datei mit Antworten ist leer. Wählen Sie die Datei, die Sie bei „Meine Antworten herunterladen“ bekommen haben.
loket-continue-file-error-damaged = Die Datei mit Antworten ist beschädigt. Laden Sie Ihre Antworten noch einmal herunter. Oder nehmen Sie den Code.
loket-continue-file-error-not-answers = Das ist keine Datei mit Antworten. Wählen Sie die Datei, die Sie bei „Meine Antworten herunterladen“ bekommen haben. Der Name beginnt mit „antworten“.
loket-continue-file-error-newer = Die Datei mit Antworten wurde mit einer neueren Version dieses Formulars erstellt. Füllen Sie das Formular gemeinsam aus.
loket-continue-file-error-unknown-form = Die Datei mit Antworten gehört zu einem Formular, das nicht auf dieser Website ist. Öffnen Sie die Datei auf der Website, auf der das Formular ausgefüllt wurde.
loket-continue-file-error-other-version = Die Datei mit Antworten gehört zu einer älteren Version des Formulars. Füllen Sie das Formular noch einmal aus.
loket-continue-file-error-too-large = Die Datei ist zu groß für eine Datei mit Antworten. Wählen Sie die Datei, die Sie bei „Meine Antworten herunterladen“ bekommen haben.
loket-continue-file-error-not-loaded = Ein Teil dieser Seite wurde nicht geladen. Deshalb können wir die Datei gerade nicht öffnen. Wählen Sie die Datei noch einmal. Klappt es nicht? Sehen Sie unten, wie wir Ihnen weiterhelfen.

## After sending: "Wie war es?"

loket-feedback-title = Wie war es?
loket-feedback-question = Wie fanden Sie es, dieses Formular auszufüllen?
loket-feedback-why = So lernen wir, was wir an diesem Formular besser machen können. Wir wissen nicht, wer Sie sind: Ihr Name und Ihre Antworten werden nicht mitgeschickt.
loket-feedback-goed = Gut
loket-feedback-gaat-wel = Es geht
loket-feedback-niet-goed = Nicht gut
loket-feedback-error = Wählen Sie, wie es war: gut, es geht oder nicht gut.
loket-feedback-comment-label = Möchten Sie uns noch etwas sagen? (freiwillig)
loket-feedback-comment-hint = Schreiben Sie hier keinen Namen, keine Adresse und keine anderen persönlichen Angaben.
loket-feedback-comment-why = Mit Ihrer Erklärung können wir das Formular verbessern. Wir lesen alles, aber wir schicken keine Antwort.
loket-feedback-send = Meine Meinung senden
loket-feedback-thanks = Danke für Ihre Meinung. So machen wir das Formular besser.

## A form loaded at run time (its spec and texts come from the web server)
loket-runtime-page-title = { $page } – { $municipality }
loket-runtime-loading = Das Formular wird geladen.
loket-runtime-failed-title = Dieses Formular funktioniert gerade nicht
loket-runtime-failed-body = Wir können dieses Formular gerade nicht öffnen. Das liegt nicht an Ihnen. Versuchen Sie es später noch einmal. Oder melden Sie sich bei uns: Wir helfen Ihnen gern.
