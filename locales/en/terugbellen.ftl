# "Call me back": the call-back form behind the help block (forms/terugbellen.json).

terugbellen-title = Call me back
terugbellen-summary = Leave your phone number. We will call you back.
terugbellen-done-title = We will call you back
terugbellen-step-verzoek-title = Call me back

terugbellen-telefoon-label = What phone number can we call you on?
terugbellen-telefoon-hint = For example 06 12345678 or 053 123 45 67.
terugbellen-telefoon-name = your phone number
terugbellen-telefoon-why = We call you back on this number. We only use it for this call.

terugbellen-moment-label = When is the best time to call you?
terugbellen-moment-name = the best time to call you
terugbellen-moment-why = Then we call when it suits you, and we do not miss you.
terugbellen-moment-option-ochtend = In the morning
terugbellen-moment-option-middag = In the afternoon
terugbellen-moment-option-geen-voorkeur = I do not mind

terugbellen-vraag-label = What do you need help with?
terugbellen-vraag-hint = For example: which question in the form you find hard. Leave it empty if you would rather tell us on the phone.
terugbellen-vraag-name = your question
terugbellen-vraag-why = Then the person calling you can prepare and help you faster.

## What we do with your data
terugbellen-data-what = Your phone number, when we can call you and what about.
terugbellen-data-why = We need this to call you back.
terugbellen-data-who = Only the member of staff who calls you back.
terugbellen-data-how-long = { $bewaartermijn-terugbellen } { $bewaartermijn-terugbellen ->
    [one] year
   *[other] years
} after we have called you. Then we destroy everything.
