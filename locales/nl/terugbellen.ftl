# "Bel mij terug": the call-back form behind the help block (forms/terugbellen.json).

terugbellen-title = Bel mij terug
terugbellen-summary = Laat uw telefoonnummer achter. Wij bellen u terug.
terugbellen-done-title = Wij bellen u terug
terugbellen-step-verzoek-title = Bel mij terug

terugbellen-telefoon-label = Op welk telefoonnummer kunnen we u bellen?
terugbellen-telefoon-hint = Bijvoorbeeld 06 12345678 of 053 123 45 67.
terugbellen-telefoon-name = uw telefoonnummer
terugbellen-telefoon-why = Op dit nummer bellen we u terug. We gebruiken het alleen voor dit gesprek.

terugbellen-moment-label = Wanneer kunnen we u het beste bellen?
terugbellen-moment-name = wanneer we u het beste bellen
terugbellen-moment-why = Dan bellen we als het u uitkomt, en missen we u niet.
terugbellen-moment-option-ochtend = In de ochtend
terugbellen-moment-option-middag = In de middag
terugbellen-moment-option-geen-voorkeur = Het maakt mij niet uit

terugbellen-vraag-label = Waar wilt u hulp bij?
terugbellen-vraag-hint = Bijvoorbeeld: welke vraag in het formulier u lastig vindt. Laat het leeg als u het liever vertelt.
terugbellen-vraag-name = uw vraag
terugbellen-vraag-why = Dan kan de medewerker zich voorbereiden en u sneller helpen.

## What we do with your data
terugbellen-data-what = Uw telefoonnummer, wanneer we u kunnen bellen en waarover.
terugbellen-data-why = We hebben dit nodig om u terug te bellen.
terugbellen-data-who = Alleen de medewerker die u terugbelt.
terugbellen-data-how-long = { $bewaartermijn-terugbellen } jaar nadat we u hebben gebeld. Daarna vernietigen we alles.
