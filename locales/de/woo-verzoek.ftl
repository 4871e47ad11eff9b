# The Woo information request (forms/woo-verzoek.json).

woo-verzoek-title = Informationen anfragen (Woo-Antrag)
woo-verzoek-summary = Mit einem Woo-Antrag (Wet open overheid, Gesetz über offenes Regierungshandeln) fragen Sie Dokumente der Gemeinde an. Zum Beispiel E-Mails, Berichte oder Beschlüsse. Das darf jeder.

woo-verzoek-step-onderwerp-title = Welche Informationen möchten Sie haben?
woo-verzoek-step-onderwerp-intro = Jeder darf Informationen von der Gemeinde anfragen. Sie müssen nicht sagen, warum Sie die Informationen haben möchten.
woo-verzoek-step-documenten-title = Welche Art von Dokumenten suchen Sie?
woo-verzoek-step-ontvangst-title = Wie möchten Sie die Informationen bekommen?
woo-verzoek-step-gegevens-title = Ihre Angaben

woo-verzoek-onderwerp-label = Zu welchem Thema möchten Sie Informationen?
woo-verzoek-onderwerp-hint = Beschreiben Sie so genau wie möglich, was Sie suchen. Zum Beispiel: die E-Mails zwischen der Gemeinde und der Baufirma über den Bau der neuen Brücke am Hafen.
woo-verzoek-onderwerp-name = das Thema
woo-verzoek-onderwerp-why = Je genauer Sie das Thema beschreiben, desto schneller finden wir die richtigen Dokumente. Dann bekommen Sie auch schneller eine Antwort.
woo-verzoek-onderwerp-error-required = Beschreiben Sie, zu welchem Thema Sie Informationen möchten.
woo-verzoek-onderwerp-notice-breed = Ihre Frage ist noch sehr allgemein. Dann müssen wir viele Dokumente durchsuchen, und es dauert länger. Machen Sie Ihre Frage genauer, wenn das geht. Nennen Sie zum Beispiel ein Projekt, einen Zeitraum oder eine Art von Dokument. Also etwa „die Protokolle des Stadtteilrats Roombeek aus dem Jahr 2024“ statt „alles über Roombeek“. Sie dürfen Ihre Frage auch so lassen.

woo-verzoek-periode-label = Um welchen Zeitraum geht es?
woo-verzoek-periode-hint = Zum Beispiel: Januar 2024 bis einschließlich Juni 2025.
woo-verzoek-periode-name = den Zeitraum
woo-verzoek-periode-why = Mit einem Zeitraum suchen wir nur in den Dokumenten aus dieser Zeit. So bekommen Sie schneller eine Antwort.

woo-verzoek-soorten-label = Welche Art von Dokumenten suchen Sie?
woo-verzoek-soorten-hint = Wählen Sie alles, was passt. Wissen Sie es nicht? Dann lassen Sie das Feld leer.
woo-verzoek-soorten-name = die Art der Dokumente
woo-verzoek-soorten-why = Wenn wir wissen, welche Art von Dokumenten Sie suchen, können wir gezielter suchen.
woo-verzoek-soorten-option-emails = E-Mails und Nachrichten
woo-verzoek-soorten-option-brieven = Briefe
woo-verzoek-soorten-option-rapporten = Berichte und Untersuchungen
woo-verzoek-soorten-option-besluiten = Entscheidungen
woo-verzoek-soorten-option-verslagen = Protokolle von Sitzungen
woo-verzoek-soorten-option-anders = Etwas anderes

woo-verzoek-afdeling-label = Um welche Abteilung oder welches Projekt geht es?
woo-verzoek-afdeling-hint = Wissen Sie das nicht? Dann lassen Sie das Feld leer.
woo-verzoek-afdeling-name = den Namen der Abteilung oder des Projekts
woo-verzoek-afdeling-why = Dann wissen wir gleich, wer die Dokumente hat. Wenn Sie es nicht wissen, finden wir es heraus.

woo-verzoek-ontvangst-label = Wie möchten Sie die Informationen bekommen?
woo-verzoek-ontvangst-name = die Art des Versands
woo-verzoek-ontvangst-why = Digital geht es am schnellsten. Möchten Sie die Informationen auf Papier? Dann schicken wir sie mit der Post und brauchen Ihre Adresse.
woo-verzoek-ontvangst-option-digitaal = Digital, per E-Mail
woo-verzoek-ontvangst-option-papier = Auf Papier, mit der Post

woo-verzoek-naam-label = Wie ist Ihr Name?
woo-verzoek-naam-name = Ihren Namen
woo-verzoek-naam-why = Wir schreiben Ihren Namen in unsere Entscheidung über Ihren Antrag. Ihren Namen machen wir nicht öffentlich.

woo-verzoek-email-label = Wie ist Ihre E-Mail-Adresse?
woo-verzoek-email-hint = An diese Adresse schicken wir die Bestätigung und unsere Entscheidung.
woo-verzoek-email-name = Ihre E-Mail-Adresse
woo-verzoek-email-why = An Ihre E-Mail-Adresse schicken wir die Bestätigung und unsere Entscheidung. Wenn Sie „digital“ wählen, bekommen Sie dort auch die Dokumente.
woo-verzoek-email-error-required = Geben Sie Ihre E-Mail-Adresse ein. Sie möchten die Informationen per E-Mail bekommen.

woo-verzoek-telefoon-label = Wie ist Ihre Telefonnummer?
woo-verzoek-telefoon-hint = Dann können wir Sie anrufen, wenn wir eine Frage zu Ihrem Antrag haben.
woo-verzoek-telefoon-name = Ihre Telefonnummer
woo-verzoek-telefoon-why = Manchmal rufen wir an, um Ihre Frage gemeinsam genauer zu machen. Dann bekommen Sie schneller die richtigen Informationen.

woo-verzoek-straat-label = Straße und Hausnummer
woo-verzoek-straat-name = Ihre Straße und Hausnummer
woo-verzoek-straat-why = Sie haben Papier gewählt. Dann schicken wir die Dokumente an diese Adresse.

woo-verzoek-postcode-label = Postleitzahl
woo-verzoek-postcode-name = Ihre Postleitzahl
woo-verzoek-postcode-why = Mit der Postleitzahl kommt die Post an der richtigen Adresse an.
woo-verzoek-postcode-error-postcode = Geben Sie eine niederländische Postleitzahl ein, zum Beispiel 7511 JN: vier Ziffern und zwei Buchstaben. Wohnen Sie nicht in den Niederlanden? Dann wählen Sie „Digital“.

woo-verzoek-woonplaats-label = Wohnort
woo-verzoek-woonplaats-name = Ihren Wohnort
woo-verzoek-woonplaats-why = Mit Ihrem Wohnort kommt die Post an der richtigen Adresse an.

woo-verzoek-done-title = Ihr Woo-Antrag wurde verschickt
woo-verzoek-done-body =
    Wir können Sie anrufen, wenn wir Ihre Frage gemeinsam mit Ihnen genauer machen möchten. Dann bekommen Sie schneller die richtigen Informationen.
    Brauchen wir mehr Zeit? Dann dürfen wir die Frist einmal um 2 Wochen verlängern. Das sagen wir Ihnen dann.
woo-verzoek-deadline-besluit = Spätestens am { $date } bekommen Sie unsere Entscheidung über Ihren Antrag.

## What we do with your data
woo-verzoek-data-what = Ihren Antrag, Ihren Namen und wie wir Sie erreichen.
woo-verzoek-data-why = Wir brauchen das, um die Dokumente zu suchen und Ihnen unsere Entscheidung zu senden. Sie müssen nicht sagen, warum Sie die Dokumente möchten.
woo-verzoek-data-who = Nur die Mitarbeitenden, die Ihren Antrag bearbeiten. Wenn wir Dokumente veröffentlichen, stehen Ihr Name und Ihre Adresse nicht darin.
woo-verzoek-data-how-long = { $bewaartermijn-woo-verzoek } { $bewaartermijn-woo-verzoek ->
    [one] Jahr
   *[other] Jahre
}, nachdem wir über Ihren Antrag entschieden haben. So steht es in den Archivregeln für Gemeinden. Danach vernichten wir alles.
