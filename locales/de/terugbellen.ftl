# "Rufen Sie mich zurück": the call-back form behind the help block (forms/terugbellen.json).

terugbellen-title = Rufen Sie mich zurück
terugbellen-summary = Hinterlassen Sie Ihre Telefonnummer. Wir rufen Sie zurück.
terugbellen-done-title = Wir rufen Sie zurück
terugbellen-step-verzoek-title = Rufen Sie mich zurück

terugbellen-telefoon-label = Unter welcher Telefonnummer können wir Sie anrufen?
terugbellen-telefoon-hint = Zum Beispiel 06 12345678 oder 053 123 45 67.
terugbellen-telefoon-name = Ihre Telefonnummer
terugbellen-telefoon-why = Unter dieser Nummer rufen wir Sie zurück. Wir benutzen sie nur für dieses Gespräch.

terugbellen-moment-label = Wann können wir Sie am besten anrufen?
terugbellen-moment-name = die beste Zeit für unseren Anruf
terugbellen-moment-why = Dann rufen wir an, wenn es Ihnen passt. Und wir verpassen Sie nicht.
terugbellen-moment-option-ochtend = Am Vormittag
terugbellen-moment-option-middag = Am Nachmittag
terugbellen-moment-option-geen-voorkeur = Keine Vorliebe

terugbellen-vraag-label = Wobei brauchen Sie Hilfe?
terugbellen-vraag-hint = Zum Beispiel: welche Frage im Formular Sie schwierig finden. Lassen Sie das Feld leer, wenn Sie es uns lieber erzählen.
terugbellen-vraag-name = Ihre Frage
terugbellen-vraag-why = Dann kann sich die Person, die Sie anruft, vorbereiten. So kann sie Ihnen schneller helfen.

## What we do with your data
terugbellen-data-what = Ihre Telefonnummer, wann wir Sie anrufen können und worum es geht.
terugbellen-data-why = Wir brauchen das, um Sie zurückzurufen.
terugbellen-data-who = Nur die Person, die Sie zurückruft.
terugbellen-data-how-long = { $bewaartermijn-terugbellen } { $bewaartermijn-terugbellen ->
    [one] Jahr
   *[other] Jahre
}, nachdem wir Sie angerufen haben. Danach vernichten wir alles.
