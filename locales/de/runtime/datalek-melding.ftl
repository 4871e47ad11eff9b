# Eine Datenpanne melden, loaded at run time (forms/runtime/datalek-melding.json).

datalek-melding-title = Eine Datenpanne melden
datalek-melding-summary = Sind Ihre Daten oder die Daten von anderen bei der falschen Person gelandet? Melden Sie es hier. Dann lösen wir es schnell.

datalek-melding-step-wat-title = Was ist passiert?
datalek-melding-step-wat-intro = Bei einer Datenpanne bekommt jemand persönliche Daten, die er nicht sehen darf. Ihre Meldung geht sofort an die Person der Gemeinde, die für den Datenschutz zuständig ist. Diese Person prüft Ihre Meldung schnell.
datalek-melding-step-welke-title = Um welche Daten geht es?
datalek-melding-step-gedaan-title = Was haben Sie schon getan?
datalek-melding-step-contact-title = Wie erreichen wir Sie?

datalek-melding-soort-label = Was passt am besten zu dem, was passiert ist?
datalek-melding-soort-name = was passiert ist
datalek-melding-soort-why = So wissen wir schnell, um welche Art von Datenpanne es geht. Dann wissen wir, was sofort geschehen muss.
datalek-melding-soort-option-brief = Ich habe einen Brief oder eine E-Mail bekommen, die für jemand anderen war
datalek-melding-soort-option-verstuurd = Meine Daten wurden an die falsche Person geschickt
datalek-melding-soort-option-gevonden = Ich habe Papiere oder ein Gerät mit Daten von anderen gefunden
datalek-melding-soort-option-gevonden-hint = Zum Beispiel eine Mappe, einen USB-Stick oder einen Laptop der Gemeinde.
datalek-melding-soort-option-adressen = In einer E-Mail der Gemeinde habe ich die Adressen von anderen Menschen gesehen
datalek-melding-soort-option-adressen-hint = Zum Beispiel die E-Mail-Adressen von allen, die die E-Mail bekommen haben.
datalek-melding-soort-option-anders = Etwas anderes
datalek-melding-soort-error-required = Wählen Sie, was am besten zu dem passt, was passiert ist.

datalek-melding-omschrijving-label = Beschreiben Sie, was passiert ist
datalek-melding-omschrijving-hint = Schreiben Sie auf, was Sie gesehen oder bekommen haben und von welcher Abteilung es kam. Schreiben Sie keine Daten von anderen in Ihre Nachricht, zum Beispiel keinen Namen und keine BSN.
datalek-melding-omschrijving-name = die Beschreibung
datalek-melding-omschrijving-why = Mit Ihrer Beschreibung finden wir heraus, wie es zu der Datenpanne kam. Dann können wir sie schnell stoppen.
datalek-melding-omschrijving-error-required = Beschreiben Sie, was passiert ist.

datalek-melding-datum-label = Wann haben Sie es bemerkt?
datalek-melding-datum-hint = Wissen Sie den Tag nicht genau? Dann geben Sie ein ungefähres Datum ein. Zum Beispiel 27 3 2026.
datalek-melding-datum-name = das Datum
datalek-melding-datum-why = Ist die Datenpanne schwer? Dann muss die Gemeinde sie innerhalb von 72 Stunden der niederländischen Datenschutzbehörde melden. Mit dem Datum wissen wir, wie viel Zeit wir haben.

datalek-melding-welke-label = Um welche Daten geht es?
datalek-melding-welke-hint = Wählen Sie alles, was passt.
datalek-melding-welke-name = um welche Daten es geht
datalek-melding-welke-why = Manche Daten sind besonders heikel, zum Beispiel eine BSN oder Daten über die Gesundheit. Dann müssen wir schneller handeln.
datalek-melding-welke-option-naam-adres = Name und Adresse
datalek-melding-welke-option-contact = E-Mail-Adresse oder Telefonnummer
datalek-melding-welke-option-bsn = Bürgerservicenummer (BSN)
datalek-melding-welke-option-geld = Daten über Geld
datalek-melding-welke-option-geld-hint = Zum Beispiel eine Kontonummer, ein Einkommen oder Schulden.
datalek-melding-welke-option-gezondheid = Daten über Gesundheit oder Pflege
datalek-melding-welke-option-anders = Andere Daten
datalek-melding-welke-option-weet-niet = Das weiß ich nicht
datalek-melding-welke-error-required = Wählen Sie, um welche Daten es geht. Wissen Sie es nicht? Dann wählen Sie "Das weiß ich nicht".

datalek-melding-nog-label = Haben Sie den Brief, die E-Mail oder die Papiere noch?
datalek-melding-nog-name = ob Sie es noch haben
datalek-melding-nog-why = Dann wissen wir, ob wir es bei Ihnen abholen oder zurückschicken lassen können. So kommen die Daten nicht weiter.
datalek-melding-nog-option-ja = Ja, ich habe es noch
datalek-melding-nog-option-nee = Nein, ich habe es nicht mehr
datalek-melding-nog-notice-bewaren = Heben Sie es noch auf. Schicken Sie es nicht weiter und zeigen Sie es niemandem. Wir sagen Ihnen, was Sie damit tun können.

datalek-melding-gedaan-label = Was haben Sie getan, als Sie es bemerkt haben?
datalek-melding-gedaan-hint = Zum Beispiel: Ich habe den Absender angerufen, oder ich habe die E-Mail gelöscht. Haben Sie noch nichts getan? Dann lassen Sie es leer.
datalek-melding-gedaan-name = was Sie schon getan haben
datalek-melding-gedaan-why = So wissen wir, was schon passiert ist. Haben Sie zum Beispiel schon jemanden angerufen? Dann tun wir das nicht noch einmal.

datalek-melding-naam-label = Wie heißen Sie?
datalek-melding-naam-name = Ihren Namen
datalek-melding-naam-why = Mit Ihrem Namen wissen wir, wer die Meldung gemacht hat. Wir nutzen Ihren Namen nur für diese Meldung.

datalek-melding-email-label = Wie ist Ihre E-Mail-Adresse?
datalek-melding-email-hint = Hierhin schicken wir die Bestätigung.
datalek-melding-email-name = Ihre E-Mail-Adresse
datalek-melding-email-why = An Ihre E-Mail-Adresse schicken wir die Bestätigung. Wir sagen Ihnen auch, was wir mit Ihrer Meldung gemacht haben.

datalek-melding-telefoon-label = Wie ist Ihre Telefonnummer?
datalek-melding-telefoon-hint = Dann können wir Sie anrufen, wenn wir schnell etwas fragen möchten.
datalek-melding-telefoon-name = Ihre Telefonnummer
datalek-melding-telefoon-why = Bei einer Datenpanne müssen wir schnell sein. Mit Ihrer Nummer können wir Sie sofort anrufen, wenn wir eine Frage haben.

datalek-melding-done-title = Ihre Meldung einer Datenpanne ist verschickt
datalek-melding-done-body =
    Die Person der Gemeinde, die für den Datenschutz zuständig ist, prüft Ihre Meldung schnell. Ist die Datenpanne schwer? Dann meldet die Gemeinde sie innerhalb von 72 Stunden der niederländischen Datenschutzbehörde.
    Haben Sie den Brief, die E-Mail oder die Papiere noch? Dann heben Sie sie noch auf und zeigen Sie sie niemandem.
datalek-melding-deadline-contact = Spätestens am { $date } sagen wir Ihnen, was wir mit Ihrer Meldung tun.

## What we do with your data
datalek-melding-data-what = Ihre Meldung, was passiert ist, um welche Daten es geht und wie wir Sie erreichen.
datalek-melding-data-why = Wir brauchen das, um die Datenpanne zu stoppen und den Schaden so klein wie möglich zu halten.
datalek-melding-data-who = Nur die Person der Gemeinde, die für den Datenschutz zuständig ist, und die Mitarbeitenden, die die Datenpanne bearbeiten.
datalek-melding-data-how-long = { $bewaartermijn-datalek-melding } { $bewaartermijn-datalek-melding ->
    [one] Jahr
   *[other] Jahre
}, nachdem wir Ihre Meldung bearbeitet haben. Danach vernichten wir Ihre Meldung. Die Gemeinde muss eine Liste aller Datenpannen führen. Die niederländische Datenschutzbehörde kann diese Liste sehen wollen.
