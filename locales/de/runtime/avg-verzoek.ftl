# Ihre Daten einsehen (DSGVO-Auskunft, Artikel 15), loaded at run time (forms/runtime/avg-verzoek.json).

avg-verzoek-title = Ihre Daten einsehen (DSGVO-Auskunft)
avg-verzoek-summary = Fragen Sie, welche Daten die Gemeinde über Sie hat. Sie bekommen eine Übersicht, kostenlos.

avg-verzoek-step-welke-title = Welche Daten möchten Sie sehen?
avg-verzoek-step-welke-intro = Sie dürfen immer fragen, welche Daten die Gemeinde über Sie hat. Das steht im Datenschutzgesetz, der DSGVO. Sie müssen nicht sagen, warum.
avg-verzoek-step-ontvangst-title = Wie möchten Sie die Übersicht bekommen?
avg-verzoek-step-gegevens-title = Ihre Angaben

avg-verzoek-welke-label = Welche Daten möchten Sie sehen?
avg-verzoek-welke-name = welche Daten Sie sehen möchten
avg-verzoek-welke-why = So wissen wir, wo wir suchen müssen. Zu einem Thema bekommen Sie schneller eine Antwort.
avg-verzoek-welke-option-alles = Alle Daten, die die Gemeinde über mich hat
avg-verzoek-welke-option-onderwerp = Daten zu einem Thema
avg-verzoek-welke-option-onderwerp-hint = Zum Beispiel Ihr Parkausweis, eine Leistung oder eine Meldung von Ihnen.
avg-verzoek-welke-error-required = Wählen Sie, welche Daten Sie sehen möchten.

avg-verzoek-onderwerp-label = Zu welchem Thema möchten Sie Ihre Daten sehen?
avg-verzoek-onderwerp-hint = Beschreiben Sie es mit eigenen Worten. Zum Beispiel: mein Antrag auf besondere Hilfe.
avg-verzoek-onderwerp-name = das Thema
avg-verzoek-onderwerp-why = Dann suchen wir nur in der Abteilung, die dafür zuständig ist. So bekommen Sie schneller eine Antwort.
avg-verzoek-onderwerp-error-required = Schreiben Sie, zu welchem Thema Sie Ihre Daten sehen möchten.

avg-verzoek-periode-label = Um welchen Zeitraum geht es?
avg-verzoek-periode-hint = Zum Beispiel: 2023 bis heute. Wissen Sie es nicht? Dann lassen Sie es leer.
avg-verzoek-periode-name = den Zeitraum
avg-verzoek-periode-why = Mit einem Zeitraum suchen wir nur in den Daten aus dieser Zeit. Das geht schneller.

avg-verzoek-ontvangst-label = Wie möchten Sie die Übersicht bekommen?
avg-verzoek-ontvangst-name = wie Sie die Übersicht bekommen möchten
avg-verzoek-ontvangst-why = Digital ist am schnellsten. Möchten Sie sie auf Papier? Dann schicken wir sie mit der Post und brauchen Ihre Adresse.
avg-verzoek-ontvangst-option-digitaal = Digital, mit einer sicheren E-Mail
avg-verzoek-ontvangst-option-papier = Auf Papier, mit der Post

avg-verzoek-naam-label = Wie heißen Sie?
avg-verzoek-naam-name = Ihren Namen
avg-verzoek-naam-why = Mit Ihrem Namen suchen wir Ihre Daten. Wir geben Ihre Daten nur Ihnen.

avg-verzoek-geboortedatum-label = Wann sind Sie geboren?
avg-verzoek-geboortedatum-hint = Zum Beispiel: 27 3 1980.
avg-verzoek-geboortedatum-name = Ihr Geburtsdatum
avg-verzoek-geboortedatum-why = Manchmal haben Menschen den gleichen Namen. Mit Ihrem Geburtsdatum finden wir sicher die richtige Person.

avg-verzoek-email-label = Wie ist Ihre E-Mail-Adresse?
avg-verzoek-email-hint = Hierhin schicken wir die Bestätigung. Wählen Sie digital? Dann auch die Übersicht.
avg-verzoek-email-name = Ihre E-Mail-Adresse
avg-verzoek-email-why = An Ihre E-Mail-Adresse schicken wir die Bestätigung und, wenn Sie digital wählen, die Übersicht Ihrer Daten.
avg-verzoek-email-error-required = Geben Sie Ihre E-Mail-Adresse ein. Sie möchten die Übersicht digital bekommen.

avg-verzoek-telefoon-label = Wie ist Ihre Telefonnummer?
avg-verzoek-telefoon-hint = Dann können wir Sie anrufen, wenn wir eine Frage haben.
avg-verzoek-telefoon-name = Ihre Telefonnummer
avg-verzoek-telefoon-why = Manchmal rufen wir an und fragen, was Sie genau suchen. Dann bekommen Sie schneller eine Antwort.

avg-verzoek-straat-label = Straße und Hausnummer
avg-verzoek-straat-name = Ihre Straße und Hausnummer
avg-verzoek-straat-why = Sie haben Papier gewählt. Dann schicken wir die Übersicht an diese Adresse.

avg-verzoek-postcode-label = Postleitzahl
avg-verzoek-postcode-name = Ihre Postleitzahl
avg-verzoek-postcode-why = Mit der Postleitzahl kommt die Post an der richtigen Adresse an.
avg-verzoek-postcode-error-postcode = Geben Sie Ihre niederländische Postleitzahl so ein: 7511 JN, also vier Ziffern und zwei Buchstaben.

avg-verzoek-woonplaats-label = Wohnort
avg-verzoek-woonplaats-name = Ihren Wohnort
avg-verzoek-woonplaats-why = Mit Ihrem Wohnort kommt die Post an der richtigen Adresse an.

avg-verzoek-done-title = Ihre Anfrage, Ihre Daten zu sehen, ist verschickt
avg-verzoek-done-body =
    Bevor wir Ihre Daten schicken, prüfen wir, ob Sie es wirklich sind. Dazu melden wir uns bei Ihnen.
    Brauchen wir mehr Zeit? Dann sagen wir es Ihnen. Wir dürfen die Frist um 2 Monate verlängern.
avg-verzoek-deadline-antwoord = Spätestens am { $date } bekommen Sie die Übersicht Ihrer Daten.

## What we do with your data
avg-verzoek-data-what = Ihre Anfrage, Ihr Name, Ihr Geburtsdatum und wie wir Sie erreichen.
avg-verzoek-data-why = Wir brauchen das, um Ihre Daten zu finden und die Übersicht nur Ihnen zu geben.
avg-verzoek-data-who = Nur die Mitarbeitenden, die Ihre Anfrage bearbeiten, und die Person der Gemeinde, die für den Datenschutz zuständig ist.
avg-verzoek-data-how-long = { $bewaartermijn-avg-verzoek } { $bewaartermijn-avg-verzoek ->
    [one] Jahr
   *[other] Jahre
}, nachdem wir Ihnen die Übersicht geschickt haben. Danach vernichten wir Ihre Anfrage.
