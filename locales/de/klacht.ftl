# The complaint form (forms/klacht.json).

klacht-title = Beschwerde einreichen
klacht-summary = Sind Sie nicht zufrieden damit, wie die Gemeinde Sie behandelt hat? Sagen Sie es uns.

klacht-step-soort-title = Worum geht es in Ihrer Beschwerde?
klacht-step-gebeurd-title = Was ist passiert?
klacht-step-wens-title = Was sollen wir für Sie tun?
klacht-step-gegevens-title = Ihre Angaben
klacht-step-contact-title = Wie dürfen wir Sie kontaktieren?

klacht-soort-label = Worum geht es in Ihrer Beschwerde?
klacht-soort-name = das Thema Ihrer Beschwerde
klacht-soort-why = Eine Beschwerde geht darum, wie wir Sie behandelt haben oder wie wir gearbeitet haben. Für eine Entscheidung oder eine Meldung gibt es einen anderen Weg. So kommt Ihr Anliegen gleich an die richtige Stelle.
klacht-soort-option-behandeling = Wie mich jemand von der Gemeinde behandelt hat
klacht-soort-option-behandeling-hint = Zum Beispiel: Jemand war unfreundlich, oder Sie haben keine Antwort bekommen.
klacht-soort-option-dienstverlening = Wie die Gemeinde etwas gemacht oder geregelt hat
klacht-soort-option-dienstverlening-hint = Zum Beispiel: Es hat zu lange gedauert, oder Sie wurden immer wieder weitergeschickt.
klacht-soort-option-besluit = Eine Entscheidung, mit der ich nicht einverstanden bin
klacht-soort-option-besluit-hint = Zum Beispiel: Sie haben keine Genehmigung oder keine Sozialleistung bekommen.
klacht-soort-option-melding = Etwas auf der Straße, das kaputt, schmutzig oder gefährlich ist
klacht-soort-option-melding-hint = Zum Beispiel: eine lose Gehwegplatte, Müll oder eine kaputte Straßenlaterne.

klacht-omschrijving-label = Beschreiben Sie, was passiert ist
klacht-omschrijving-hint = Schreiben Sie auf, was passiert ist, wo es war und wer dabei war.
klacht-omschrijving-name = die Beschreibung
klacht-omschrijving-why = Das Gesetz sagt: Eine Beschwerde beschreibt, worum es geht. Mit Ihrer Geschichte können wir herausfinden, was schiefgegangen ist.
klacht-omschrijving-error-required = Beschreiben Sie, was passiert ist.

klacht-datum-label = Wann war das?
klacht-datum-hint = Wissen Sie den Tag nicht genau? Dann geben Sie ein ungefähres Datum ein. Zum Beispiel 27 3 2026.
klacht-datum-name = das Datum
klacht-datum-why = Mit dem Datum können wir nachsehen, was damals passiert ist und wer dabei war.
klacht-datum-notice-oud = Das ist mehr als ein Jahr her. Dann müssen wir eine Beschwerde laut Gesetz nicht mehr bearbeiten. Schicken Sie Ihre Beschwerde trotzdem: Wir sehen, was wir für Sie tun können.

klacht-betrokkene-label = Um welche mitarbeitende Person oder welche Abteilung geht es?
klacht-betrokkene-hint = Wissen Sie das nicht? Dann lassen Sie das Feld leer.
klacht-betrokkene-name = den Namen des Mitarbeiters oder der Abteilung
klacht-betrokkene-why = Dann wissen wir schneller, wen wir fragen müssen, was passiert ist. Wenn Sie es nicht wissen, finden wir es heraus.

klacht-wens-label = Was sollen wir für Sie tun?
klacht-wens-hint = Zum Beispiel: ein Gespräch, eine Entschuldigung oder dass wir etwas anders machen.
klacht-wens-name = Ihren Wunsch
klacht-wens-why = Dann wissen wir, was für Sie eine gute Lösung ist. Wir sprechen mit Ihnen darüber, wenn wir uns bei Ihnen melden.
klacht-wens-error-required = Schreiben Sie auf, was wir für Sie tun sollen.

klacht-naam-label = Wie ist Ihr Name?
klacht-naam-name = Ihren Namen
klacht-naam-why = Das Gesetz sagt: In einer Beschwerde steht der Name der Person, die sie einreicht. So wissen wir, mit wem wir sprechen.

klacht-email-label = Wie ist Ihre E-Mail-Adresse?
klacht-email-hint = An diese Adresse schicken wir die Bestätigung und unsere Antwort.
klacht-email-name = Ihre E-Mail-Adresse
klacht-email-why = An Ihre E-Mail-Adresse schicken wir die Bestätigung und unsere Antwort. So können Sie alles nachlesen.

klacht-contactwijze-label = Wie dürfen wir Sie kontaktieren?
klacht-contactwijze-name = die Art des Kontakts
klacht-contactwijze-why = Innerhalb einer Woche melden wir uns persönlich bei Ihnen, um über Ihre Beschwerde zu sprechen. So wissen wir, wie Sie das am liebsten möchten.
klacht-contactwijze-option-telefoon = Rufen Sie mich an
klacht-contactwijze-option-email = Schicken Sie mir eine E-Mail

klacht-telefoon-label = Wie ist Ihre Telefonnummer?
klacht-telefoon-hint = Nötig, wenn wir Sie anrufen sollen.
klacht-telefoon-name = Ihre Telefonnummer
klacht-telefoon-why = Wenn Sie einen Anruf wählen, brauchen wir Ihre Nummer. Wir benutzen sie nur für Ihre Beschwerde.
klacht-telefoon-error-required = Geben Sie Ihre Telefonnummer ein. Sie haben gewählt, dass wir Sie anrufen.

klacht-exit-bezwaar-title = Nicht einverstanden mit einer Entscheidung? Legen Sie Widerspruch ein
klacht-exit-bezwaar-body =
    Sind Sie mit einer Entscheidung der Gemeinde nicht einverstanden? Dann ist eine Beschwerde nicht der richtige Weg. Sie können Widerspruch (bezwaar) einlegen.
    Tun Sie das innerhalb von 6 Wochen nach dem Tag, an dem die Entscheidung verschickt wurde. Meistens ist das das Datum auf dem Brief.
    Im Brief mit der Entscheidung steht, wie Sie Widerspruch einlegen. Möchten Sie Hilfe? Rufen Sie { $phone } an oder kommen Sie vorbei. Wir helfen Ihnen weiter.
klacht-exit-melding-title = Etwas kaputt oder schmutzig auf der Straße? Machen Sie eine Meldung
klacht-exit-melding-body =
    Ist etwas auf der Straße oder im Park kaputt, schmutzig oder gefährlich? Dann machen Sie eine Meldung (melding). Das ist keine Beschwerde.
    Eine Meldung machen Sie mit dem Meldeformular auf der Website der Gemeinde. Oder Sie rufen { $phone } an.
    So kommt Ihre Meldung gleich zu den Menschen, die das Problem lösen.

klacht-done-title = Ihre Beschwerde wurde verschickt
klacht-deadline-contact = Spätestens am { $date } melden wir uns persönlich bei Ihnen. Dann besprechen wir gemeinsam, wie wir Ihre Beschwerde am besten lösen können.
klacht-deadline-afhandeling = Spätestens am { $date } erfahren Sie, was wir mit Ihrer Beschwerde gemacht haben. Dauert es länger, zum Beispiel weil eine Kommission uns berät? Dann sagen wir Ihnen Bescheid.

## What we do with your data
klacht-data-what = Ihre Beschwerde, Ihren Namen und wie wir Sie erreichen.
klacht-data-why = Wir brauchen das, um Ihre Beschwerde zu bearbeiten und Sie innerhalb einer Woche zu kontaktieren.
klacht-data-who = Nur die Beschwerdestelle und die Mitarbeitenden, die Ihre Beschwerde bearbeiten. Die Person, über die Sie sich beschweren, liest Ihre Beschwerde auch.
klacht-data-how-long = { $bewaartermijn-klacht } { $bewaartermijn-klacht ->
    [one] Jahr
   *[other] Jahre
}, nachdem wir Ihre Beschwerde bearbeitet haben. So steht es in den Archivregeln für Gemeinden. Danach vernichten wir alles.
