# The event permit (forms/vergunning-evenement.json). Limits come from the municipality
# profile: $evenement-melding-max-bezoekers, $evenement-melding-eindtijd,
# $evenement-melding-muziek-tot, $evenement-aanvraag-dagen; $phone is its phone number.

vergunning-evenement-title = Veranstaltung beantragen oder melden
vergunning-evenement-summary = Planen Sie ein Straßenfest, einen Markt oder einen Sporttag? Beantragen Sie hier eine Genehmigung. Oder machen Sie eine Meldung, wenn Ihre Veranstaltung klein ist.

vergunning-evenement-step-evenement-title = Über Ihre Veranstaltung
vergunning-evenement-step-wanneer-title = Wann und wo findet sie statt?
vergunning-evenement-step-omvang-title = Wie groß wird sie?
vergunning-evenement-step-muziek-title = Verstärkte Musik
vergunning-evenement-step-melding-title = Eine Meldung reicht
vergunning-evenement-step-melding-intro = Ihre Veranstaltung ist klein. Es sind höchstens { $evenement-melding-max-bezoekers } Besucher gleichzeitig da, und um { $evenement-melding-eindtijd } Uhr ist sie vorbei. Keine Straße wird gesperrt, und nach { $evenement-melding-muziek-tot } Uhr gibt es keine verstärkte Musik. Dann reicht eine Meldung (melding). Die Meldung ist kürzer, und Sie müssen keine Zeichnung schicken.
vergunning-evenement-step-afsluiting-title = Welche Straßen werden gesperrt?
vergunning-evenement-step-veiligheid-title = Sicherheit
vergunning-evenement-step-tekening-title = Zeichnung vom Veranstaltungsort
vergunning-evenement-step-organisator-title = Ihre Angaben

vergunning-evenement-naam-evenement-label = Wie heißt Ihre Veranstaltung?
vergunning-evenement-naam-evenement-hint = Zum Beispiel: Nachbarschaftstag Hoogstraat.
vergunning-evenement-naam-evenement-name = den Namen der Veranstaltung
vergunning-evenement-naam-evenement-why = Mit dem Namen finden wir Ihre Veranstaltung wieder, wenn Sie oder wir Fragen dazu haben.

vergunning-evenement-soort-label = Was für eine Veranstaltung ist es?
vergunning-evenement-soort-name = die Art der Veranstaltung
vergunning-evenement-soort-why = Für jede Art von Veranstaltung gelten andere Absprachen. So wissen wir, welche Regeln für Sie wichtig sind.
vergunning-evenement-soort-option-straatfeest = Straßenfest oder Nachbarschaftstag
vergunning-evenement-soort-option-markt = Markt oder Straßenmarkt
vergunning-evenement-soort-option-sportdag = Sporttag oder Sportwettkampf
vergunning-evenement-soort-option-anders = Etwas anderes

vergunning-evenement-omschrijving-label = Was passiert bei Ihrer Veranstaltung?
vergunning-evenement-omschrijving-hint = Erzählen Sie kurz, was die Besucher machen und was Sie aufbauen. Zum Beispiel ein Zelt, eine Bühne oder Stände.
vergunning-evenement-omschrijving-name = die Beschreibung der Veranstaltung
vergunning-evenement-omschrijving-why = So können wir einschätzen, was für eine sichere und schöne Veranstaltung nötig ist.
vergunning-evenement-omschrijving-error-required = Erzählen Sie, was bei Ihrer Veranstaltung passiert.

vergunning-evenement-datum-label = An welchem Tag ist die Veranstaltung?
vergunning-evenement-datum-hint = Zum Beispiel 27 6 2027.
vergunning-evenement-datum-name = das Datum der Veranstaltung
vergunning-evenement-datum-why = Wir prüfen, ob an diesem Tag schon andere Dinge in der Nähe passieren, zum Beispiel Bauarbeiten an der Straße.
vergunning-evenement-datum-notice-te-laat = Ihre Veranstaltung ist in weniger als { $evenement-aanvraag-dagen } Tagen. Vielleicht ist das zu knapp, um alles rechtzeitig zu regeln. Schicken Sie Ihren Antrag trotzdem: Wir sehen, was möglich ist. Möchten Sie Hilfe? Der Hilfeschalter für Genehmigungen (Hulploket Vergunningen) hilft Ihnen. Rufen Sie für einen Termin { $phone } an.

vergunning-evenement-begintijd-label = Um wie viel Uhr beginnt die Veranstaltung?
vergunning-evenement-begintijd-hint = Zum Beispiel 14:00.
vergunning-evenement-begintijd-name = die Anfangszeit
vergunning-evenement-begintijd-why = An den Uhrzeiten sehen wir, wie lange die Nachbarschaft etwas davon merkt.

vergunning-evenement-eindtijd-label = Um wie viel Uhr endet die Veranstaltung?
vergunning-evenement-eindtijd-hint = Zum Beispiel 22:00. Geht die Veranstaltung nach Mitternacht weiter? Dann geben Sie zum Beispiel 01:00 ein.
vergunning-evenement-eindtijd-name = die Endzeit
vergunning-evenement-eindtijd-why = Dauert die Veranstaltung länger als bis { $evenement-melding-eindtijd } Uhr? Dann brauchen Sie eine Genehmigung. Sonst reicht oft eine Meldung.

vergunning-evenement-locatie-label = Wo ist die Veranstaltung?
vergunning-evenement-locatie-hint = Zum Beispiel: Hoogstraat, zwischen Nummer 10 und 40, oder die Wiese im Volkspark.
vergunning-evenement-locatie-name = den Veranstaltungsort
vergunning-evenement-locatie-why = Wir prüfen, ob der Ort geeignet ist und ob Rettungsdienste gut durchkommen.

vergunning-evenement-bezoekers-label = Wie viele Besucher erwarten Sie gleichzeitig?
vergunning-evenement-bezoekers-hint = Eine Schätzung reicht. Geben Sie eine Zahl ein, zum Beispiel 80.
vergunning-evenement-bezoekers-name = die Anzahl der Besucher
vergunning-evenement-bezoekers-why = Bei mehr als { $evenement-melding-max-bezoekers } Besuchern gleichzeitig brauchen Sie eine Genehmigung. Dann fragen wir auch, was Sie für die Sicherheit tun.

vergunning-evenement-wegafsluiting-label = Muss eine Straße gesperrt werden?
vergunning-evenement-wegafsluiting-name = eine Antwort zur Straßensperrung
vergunning-evenement-wegafsluiting-why = Wenn eine Straße gesperrt wird, brauchen Sie eine Genehmigung. Dann sorgen wir mit Ihnen dafür, dass Anwohner und Rettungsdienste trotzdem durchkommen.
vergunning-evenement-wegafsluiting-option-ja = Ja
vergunning-evenement-wegafsluiting-option-nee = Nein

vergunning-evenement-muziek-label = Gibt es verstärkte Musik, zum Beispiel mit Lautsprechern oder einer Band?
vergunning-evenement-muziek-name = eine Antwort zur verstärkten Musik
vergunning-evenement-muziek-why = Musik kann die Nachbarn stören. Darum fragen wir, wann die Musik läuft.
vergunning-evenement-muziek-option-ja = Ja
vergunning-evenement-muziek-option-nee = Nein

vergunning-evenement-alcohol-label = Verkaufen Sie Alkohol, auch gegen Marken oder Gutscheine?
vergunning-evenement-alcohol-name = eine Antwort zum Alkoholverkauf
vergunning-evenement-alcohol-why = Für den Verkauf von Alkohol brauchen Sie eine eigene Erlaubnis. Die regeln Sie nicht mit diesem Formular. Wählen Sie Ja? Dann lesen Sie, wie Sie sie beantragen.
vergunning-evenement-alcohol-option-ja = Ja
vergunning-evenement-alcohol-option-nee = Nein
vergunning-evenement-alcohol-notice-ontheffing = Verkaufen Sie Alkohol? Dann brauchen Sie eine eigene Erlaubnis: eine Ausnahmegenehmigung. Damit dürfen Sie nur Bier und Wein verkaufen, keinen starken Alkohol wie Schnaps. Dieses Formular regelt das nicht. Rufen Sie { $phone } an: Wir sagen Ihnen, wie Sie sie beantragen.

vergunning-evenement-muziek-van-label = Um wie viel Uhr beginnt die Musik?
vergunning-evenement-muziek-van-hint = Zum Beispiel 15:00.
vergunning-evenement-muziek-van-name = die Anfangszeit der Musik
vergunning-evenement-muziek-van-why = So wissen die Nachbarn und wir, wann es Musik gibt.

vergunning-evenement-muziek-tot-label = Um wie viel Uhr endet die Musik?
vergunning-evenement-muziek-tot-hint = Zum Beispiel 22:00.
vergunning-evenement-muziek-tot-name = die Endzeit der Musik
vergunning-evenement-muziek-tot-why = Gibt es nach { $evenement-melding-muziek-tot } Uhr noch Musik? Dann brauchen Sie eine Genehmigung.

vergunning-evenement-aanvraagsoort-label = Was möchten Sie tun?
vergunning-evenement-aanvraagsoort-name = eine Meldung oder eine Genehmigung
vergunning-evenement-aanvraagsoort-why = Mit einer Meldung weiß die Gemeinde von Ihrer Veranstaltung. Möchten Sie trotzdem die Sicherheit einer Genehmigung? Das geht auch, aber es dauert länger.
vergunning-evenement-aanvraagsoort-option-melding = Eine Meldung machen
vergunning-evenement-aanvraagsoort-option-melding-hint = Kürzer, und Sie müssen keine Zeichnung schicken.
vergunning-evenement-aanvraagsoort-option-vergunning = Trotzdem eine Genehmigung beantragen

vergunning-evenement-straten-label = Welche Straßen werden gesperrt?
vergunning-evenement-straten-hint = Schreiben Sie in jedes Feld eine Straße. Wird nur ein Teil gesperrt? Dann schreiben Sie auch, zwischen welchen Hausnummern.
vergunning-evenement-straten-name = den Straßennamen
vergunning-evenement-straten-why = Wir sagen den Rettungsdiensten und den Buslinien, welche Straßen gesperrt sind.
vergunning-evenement-straten-item = Straße { $number }
vergunning-evenement-straten-add = Noch eine Straße hinzufügen

vergunning-evenement-afsluiting-van-label = Ab wie viel Uhr ist die Straße gesperrt?
vergunning-evenement-afsluiting-van-hint = Zum Beispiel 12:00. Rechnen Sie die Zeit für den Aufbau mit ein.
vergunning-evenement-afsluiting-van-name = den Beginn der Sperrung
vergunning-evenement-afsluiting-van-why = So wissen Anwohner und Rettungsdienste, wann sie nicht durch die Straße können.

vergunning-evenement-afsluiting-tot-label = Bis wie viel Uhr ist die Straße gesperrt?
vergunning-evenement-afsluiting-tot-hint = Zum Beispiel 23:30. Rechnen Sie die Zeit für das Aufräumen mit ein.
vergunning-evenement-afsluiting-tot-name = das Ende der Sperrung
vergunning-evenement-afsluiting-tot-why = So wissen Anwohner und Rettungsdienste, wann die Straße wieder frei ist.

vergunning-evenement-maatregelen-label = Was tun Sie für die Sicherheit?
vergunning-evenement-maatregelen-hint = Zum Beispiel: Menschen für die Erste Hilfe, Sicherheitsleute, Notausgänge und Feuerlöscher.
vergunning-evenement-maatregelen-name = Ihre Maßnahmen für die Sicherheit
vergunning-evenement-maatregelen-why = Bei vielen Besuchern müssen alle sicher kommen und gehen können. Wir prüfen mit Ihnen, ob der Plan gut ist.
vergunning-evenement-maatregelen-error-required = Schreiben Sie, was Sie für die Sicherheit tun.

vergunning-evenement-schets-label = Zeichnung vom Veranstaltungsort
vergunning-evenement-schets-hint = Zeichnen Sie ein, wo die Zelte, die Stände, die Bühne und die Notausgänge hinkommen. Ein Foto von einer Zeichnung auf Papier ist auch gut.
vergunning-evenement-schets-name = die Zeichnung vom Veranstaltungsort
vergunning-evenement-schets-why = Auf der Zeichnung sehen wir, ob es genug Platz gibt und ob Rettungsdienste gut durchkommen.

vergunning-evenement-naam-label = Wie ist Ihr Name?
vergunning-evenement-naam-name = Ihren Namen
vergunning-evenement-naam-why = Wir müssen wissen, wer die Veranstaltung organisiert und mit wem wir Kontakt haben.

vergunning-evenement-organisatie-label = Für welche Organisation oder welchen Verein?
vergunning-evenement-organisatie-hint = Organisieren Sie die Veranstaltung selbst, mit den Nachbarn? Dann lassen Sie das Feld leer.
vergunning-evenement-organisatie-name = den Namen der Organisation
vergunning-evenement-organisatie-why = Wenn eine Organisation die Veranstaltung macht, schreiben wir ihren Namen in die Genehmigung.

vergunning-evenement-email-label = Wie ist Ihre E-Mail-Adresse?
vergunning-evenement-email-hint = An diese Adresse schicken wir die Bestätigung und unsere Antwort.
vergunning-evenement-email-name = Ihre E-Mail-Adresse
vergunning-evenement-email-why = An Ihre E-Mail-Adresse schicken wir die Bestätigung und unsere Antwort. Beantragen Sie eine Genehmigung? Dann auch unsere Entscheidung.

vergunning-evenement-telefoon-label = Wie ist Ihre Telefonnummer?
vergunning-evenement-telefoon-hint = Am Tag der Veranstaltung müssen wir Sie anrufen können.
vergunning-evenement-telefoon-name = Ihre Telefonnummer
vergunning-evenement-telefoon-why = Wenn etwas ist, vor oder während der Veranstaltung, rufen wir Sie sofort an.

vergunning-evenement-done-title = Ihr Antrag wurde verschickt
vergunning-evenement-done-vergunning-title = Ihr Antrag auf eine Genehmigung wurde verschickt
vergunning-evenement-done-vergunning-body =
    Wir prüfen Ihren Antrag. Brauchen wir etwas, oder muss etwas anders sein? Dann melden wir uns bei Ihnen.
vergunning-evenement-done-melding-title = Ihre Meldung wurde verschickt
vergunning-evenement-done-melding-body =
    Wir prüfen Ihre Meldung. Stimmt etwas nicht, oder möchten wir mehr wissen? Dann melden wir uns bei Ihnen.
vergunning-evenement-deadline-besluit = Sie bekommen unsere Entscheidung spätestens am { $date }. Ist Ihre Veranstaltung früher? Dann versuchen wir, rechtzeitig zu entscheiden. Klappt das nicht, rufen wir Sie an.

## What we do with your data
vergunning-evenement-data-what = Was Sie uns über die Veranstaltung sagen, die Dateien, die Sie mitschicken, und die Daten des Veranstalters.
vergunning-evenement-data-why = Wir brauchen das, um zu prüfen, ob die Veranstaltung sicher sein kann, und um Ihnen unsere Entscheidung zu senden.
vergunning-evenement-data-who = Die Mitarbeitenden, die Veranstaltungen bearbeiten. Bei einer Genehmigung lesen auch Polizei, Feuerwehr und Gesundheitsdienst (GGD) mit.
vergunning-evenement-data-how-long = { $bewaartermijn-vergunning-evenement } { $bewaartermijn-vergunning-evenement ->
    [one] Jahr
   *[other] Jahre
}, nachdem wir Ihre Meldung oder Ihren Antrag bearbeitet haben. So steht es in den Archivregeln für Gemeinden. Danach vernichten wir alles.
