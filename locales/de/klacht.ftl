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

klacht-adres-label = Wohin können wir Ihnen einen Brief schicken?
klacht-adres-name = wohin wir Ihnen einen Brief schicken können
klacht-adres-why = Das Gesetz sagt: In einer Beschwerde stehen der Name und die Adresse der Person, die sie einreicht. Wir benutzen Ihre Adresse nur für Ihre Beschwerde, zum Beispiel wenn wir Ihnen unsere Antwort per Post schicken. Haben Sie keine Adresse? Dann können Sie trotzdem eine Beschwerde einreichen.
klacht-adres-error-required = Wählen Sie, wohin wir Ihnen einen Brief schicken können. Haben Sie keine Adresse? Dann wählen Sie „Ich habe keine Adresse“.
klacht-adres-option-woonadres = An meine Wohnadresse
klacht-adres-option-briefadres = An eine Postadresse (briefadres)
klacht-adres-option-briefadres-hint = Zum Beispiel bei Familie oder in einer Unterkunft, wenn Ihre Post dorthin geht.
klacht-adres-option-buitenland = An meine Adresse außerhalb der Niederlande
klacht-adres-option-geen = Ich habe keine Adresse
klacht-adres-option-geen-hint = Das ist kein Problem. Sie können einfach weitermachen. Wir melden uns per E-Mail oder Telefon bei Ihnen. Möchten Sie Hilfe, zum Beispiel bei einer Postadresse? Rufen Sie { $phone } an.

klacht-postcode-label = Postleitzahl
klacht-postcode-hint = Zum Beispiel 7511 JN.
klacht-postcode-name = Ihre Postleitzahl
klacht-postcode-why = Mit der Postleitzahl und der Hausnummer kommt unser Brief an der richtigen Adresse an.
klacht-postcode-error-required = Geben Sie Ihre Postleitzahl ein, zum Beispiel 7511 JN.
klacht-postcode-error-postcode = Geben Sie eine niederländische Postleitzahl ein, zum Beispiel 7511 JN: vier Ziffern und zwei Buchstaben. Ist Ihre Adresse außerhalb der Niederlande? Dann wählen Sie „An meine Adresse außerhalb der Niederlande“.

klacht-huisnummer-label = Hausnummer
klacht-huisnummer-hint = Nur die Zahl, zum Beispiel 12.
klacht-huisnummer-name = Ihre Hausnummer
klacht-huisnummer-why = Mit der Postleitzahl und der Hausnummer kommt unser Brief an der richtigen Adresse an.
klacht-huisnummer-error-required = Geben Sie Ihre Hausnummer ein.
klacht-huisnummer-error-number = Geben Sie bei der Hausnummer nur die Zahl ein, zum Beispiel 12. Einen Buchstaben oder ein anderes Zeichen geben Sie bei „Zusatz“ ein.

klacht-toevoeging-label = Zusatz
klacht-toevoeging-hint = Zum Beispiel A, bis oder 2-hoog. Hat Ihre Hausnummer keinen Zusatz? Dann lassen Sie das Feld leer.
klacht-toevoeging-name = den Zusatz zu Ihrer Hausnummer
klacht-toevoeging-why = Manchmal haben mehrere Wohnungen dieselbe Hausnummer. Mit dem Zusatz kommt der Brief bei Ihnen an und nicht bei den Nachbarn.

klacht-straat-label = Straße
klacht-straat-name = Ihre Straße
klacht-straat-why = Mit der Straße und dem Ort findet die Post Ihre Adresse.
klacht-straat-error-required = Geben Sie den Namen Ihrer Straße ein.

klacht-plaats-label = Ort
klacht-plaats-name = den Ort Ihrer Adresse
klacht-plaats-why = Mit der Straße und dem Ort findet die Post Ihre Adresse.
klacht-plaats-error-required = Geben Sie den Ort Ihrer Adresse ein.

klacht-buitenlands-adres-label = Wie ist Ihre Adresse?
klacht-buitenlands-adres-hint = Schreiben Sie die Adresse so, wie sie auf einem Brief stehen muss, mit dem Land.
klacht-buitenlands-adres-name = Ihre Adresse
klacht-buitenlands-adres-why = Wohnen Sie außerhalb der Niederlande? Dann schicken wir unseren Brief an diese Adresse. Wir benutzen sie nur für Ihre Beschwerde.
klacht-buitenlands-adres-error-required = Geben Sie Ihre Adresse ein, mit dem Land.

klacht-contactwijze-label = Möchten Sie zuerst mit uns über Ihre Beschwerde sprechen?
klacht-contactwijze-name = ob Sie zuerst mit uns sprechen möchten
klacht-contactwijze-why = Oft lösen wir eine Beschwerde am schnellsten in einem Gespräch. Innerhalb einer Woche melden wir uns persönlich bei Ihnen. So wissen wir, wie Sie das am liebsten möchten.
klacht-contactwijze-error-required = Wählen Sie, ob Sie zuerst mit uns sprechen möchten: am Telefon, am Schalter oder nur per E-Mail.
klacht-contactwijze-option-telefoon = Ja, am Telefon
klacht-contactwijze-option-telefoon-hint = Jemand von der Beschwerdestelle ruft Sie an.
klacht-contactwijze-option-balie = Ja, am Schalter der Gemeinde
klacht-contactwijze-option-balie-hint = Jemand von der Beschwerdestelle macht einen Termin mit Ihnen. Dann sprechen Sie gemeinsam bei der Gemeinde.
klacht-contactwijze-option-email = Nein, nur per E-Mail
klacht-contactwijze-option-email-hint = Jemand von der Beschwerdestelle schreibt Ihnen. Möchten Sie später doch sprechen? Das geht immer.

klacht-telefoon-label = Wie ist Ihre Telefonnummer?
klacht-telefoon-hint = Nötig, wenn wir Sie anrufen sollen.
klacht-telefoon-name = Ihre Telefonnummer
klacht-telefoon-why = Wenn Sie einen Anruf wählen, brauchen wir Ihre Nummer. Wir benutzen sie nur für Ihre Beschwerde.
klacht-telefoon-error-required = Geben Sie Ihre Telefonnummer ein. Sie haben gewählt, dass wir Sie anrufen.

klacht-dagdelen-label = Wann passt Ihnen ein Gespräch am besten?
klacht-dagdelen-hint = Sie können mehr als eine Antwort wählen.
klacht-dagdelen-name = wann Ihnen ein Gespräch passt
klacht-dagdelen-why = Dann rufen wir Sie an oder machen einen Termin zu einer Zeit, die Ihnen passt. So müssen Sie nicht warten.
klacht-dagdelen-error-required = Wählen Sie, wann Ihnen ein Gespräch am besten passt: vormittags, nachmittags oder beides.
klacht-dagdelen-option-ochtend = Vormittags, zwischen 9 und 12 Uhr
klacht-dagdelen-option-middag = Nachmittags, zwischen 12 und 17 Uhr

klacht-dagen-label = An welchen Tagen geht es?
klacht-dagen-hint = Geht es an jedem Werktag? Dann müssen Sie nichts ankreuzen.
klacht-dagen-name = die Tage, an denen es geht
klacht-dagen-why = Dann wissen wir, an welchen Tagen wir Sie anrufen oder einen Termin mit Ihnen machen können.
klacht-dagen-option-maandag = Montag
klacht-dagen-option-dinsdag = Dienstag
klacht-dagen-option-woensdag = Mittwoch
klacht-dagen-option-donderdag = Donnerstag
klacht-dagen-option-vrijdag = Freitag

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
klacht-deadline-contact =
    { $contactwijze ->
        [telefoon] Spätestens am { $date } ruft Sie jemand von der Beschwerdestelle an. Dann besprechen wir gemeinsam, wie wir Ihre Beschwerde am besten lösen können.
        [balie] Spätestens am { $date } macht jemand von der Beschwerdestelle einen Termin mit Ihnen, für ein Gespräch am Schalter. Dann besprechen wir gemeinsam, wie wir Ihre Beschwerde am besten lösen können.
        [email] Spätestens am { $date } schickt Ihnen jemand von der Beschwerdestelle eine E-Mail. Darin steht, wie wir Ihre Beschwerde lösen möchten. Möchten Sie doch sprechen? Das geht immer.
       *[other] Spätestens am { $date } melden wir uns persönlich bei Ihnen. Dann besprechen wir gemeinsam, wie wir Ihre Beschwerde am besten lösen können.
    }
klacht-deadline-afhandeling = Spätestens am { $date } erfahren Sie, was wir mit Ihrer Beschwerde gemacht haben. Dauert es länger, zum Beispiel weil eine Kommission uns berät? Dann sagen wir Ihnen Bescheid.

## What we do with your data
klacht-data-what = Ihre Beschwerde, Ihren Namen, Ihre Adresse, wenn Sie sie angeben, und wie und wann wir Sie erreichen.
klacht-data-why = Wir brauchen das, um Ihre Beschwerde zu bearbeiten und Sie innerhalb einer Woche zu kontaktieren.
klacht-data-who = Nur die Beschwerdestelle und die Mitarbeitenden, die Ihre Beschwerde bearbeiten. Die Person, über die Sie sich beschweren, liest Ihre Beschwerde auch.
klacht-data-how-long = { $bewaartermijn-klacht } { $bewaartermijn-klacht ->
    [one] Jahr
   *[other] Jahre
}, nachdem wir Ihre Beschwerde bearbeitet haben. So steht es in den Archivregeln für Gemeinden. Danach vernichten wir alles.
