# See your personal data (GDPR request, article 15), loaded at run time (forms/runtime/avg-verzoek.json).

avg-verzoek-title = See your personal data (GDPR request)
avg-verzoek-summary = Ask what personal data the municipality has about you. You get an overview, free of charge.

avg-verzoek-step-welke-title = What data would you like to see?
avg-verzoek-step-welke-intro = You may always ask what data the municipality has about you. The privacy law, the GDPR, says so. You do not have to say why.
avg-verzoek-step-ontvangst-title = How would you like to receive the overview?
avg-verzoek-step-gegevens-title = Your details

avg-verzoek-welke-label = What data would you like to see?
avg-verzoek-welke-name = what data you would like to see
avg-verzoek-welke-why = Then we know where to look. About one subject you get an answer sooner.
avg-verzoek-welke-option-alles = All data the municipality has about me
avg-verzoek-welke-option-onderwerp = Data about one subject
avg-verzoek-welke-option-onderwerp-hint = For example your parking permit, a benefit or a report you made.
avg-verzoek-welke-error-required = Choose what data you would like to see.

avg-verzoek-onderwerp-label = What subject would you like to see your data about?
avg-verzoek-onderwerp-hint = Describe it in your own words. For example: my request for special assistance.
avg-verzoek-onderwerp-name = the subject
avg-verzoek-onderwerp-why = Then we only search at the department that deals with it. So you get an answer sooner.
avg-verzoek-onderwerp-error-required = Write what subject you would like to see your data about.

avg-verzoek-periode-label = What period is it about?
avg-verzoek-periode-hint = For example: 2023 until now. If you do not know, leave it empty.
avg-verzoek-periode-name = the period
avg-verzoek-periode-why = With a period we only search the data from that time. That is quicker.

avg-verzoek-ontvangst-label = How would you like to receive the overview?
avg-verzoek-ontvangst-name = how you would like to receive the overview
avg-verzoek-ontvangst-why = Digital is fastest. Would you like it on paper? Then we send it by post and need your address.
avg-verzoek-ontvangst-option-digitaal = Digital, by secure email
avg-verzoek-ontvangst-option-papier = On paper, by post

avg-verzoek-naam-label = What is your name?
avg-verzoek-naam-name = your name
avg-verzoek-naam-why = With your name we look up your data. We only give your data to you.

avg-verzoek-geboortedatum-label = What is your date of birth?
avg-verzoek-geboortedatum-hint = For example: 27 3 1980.
avg-verzoek-geboortedatum-name = your date of birth
avg-verzoek-geboortedatum-why = Sometimes people have the same name. With your date of birth we are sure we find the right person.

avg-verzoek-email-label = What is your email address?
avg-verzoek-email-hint = We send the confirmation here. If you choose digital, we also send the overview here.
avg-verzoek-email-name = your email address
avg-verzoek-email-why = At your email address you get the confirmation and, if you choose digital, the overview of your data.
avg-verzoek-email-error-required = Enter your email address. You chose to get the overview digitally.

avg-verzoek-telefoon-label = What is your phone number?
avg-verzoek-telefoon-hint = Then we can call you if we have a question.
avg-verzoek-telefoon-name = your phone number
avg-verzoek-telefoon-why = Sometimes we call to ask what exactly you are looking for. Then you get an answer sooner.

avg-verzoek-straat-label = Street and house number
avg-verzoek-straat-name = your street and house number
avg-verzoek-straat-why = You chose paper. Then we send the overview to this address.

avg-verzoek-postcode-label = Postcode
avg-verzoek-postcode-name = your postcode
avg-verzoek-postcode-why = With the postcode the post reaches the right address.
avg-verzoek-postcode-error-postcode = Enter your postcode like 7511 JN: four digits and two letters.

avg-verzoek-woonplaats-label = Town or city
avg-verzoek-woonplaats-name = your town or city
avg-verzoek-woonplaats-why = With your town or city the post reaches the right address.

avg-verzoek-done-title = Your request to see your data has been sent
avg-verzoek-done-body =
    Before we send your data, we check that it is really you. We will contact you about this.
    Do we need more time? Then we will let you know. We may extend the period by 2 months.
avg-verzoek-deadline-antwoord = By { $date } at the latest you get the overview of your data.

## What we do with your data
avg-verzoek-data-what = Your request, your name, your date of birth and how we can reach you.
avg-verzoek-data-why = We need this to find your data and to give the overview only to you.
avg-verzoek-data-who = Only the staff who handle your request, and the data protection officer.
avg-verzoek-data-how-long = { $bewaartermijn-avg-verzoek } { $bewaartermijn-avg-verzoek ->
    [one] year
   *[other] years
} after we sent you the overview. After that we destroy your request.
