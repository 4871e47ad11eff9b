# The complaint form (forms/klacht.json).

klacht-title = Make a complaint
klacht-summary = Not happy with how the municipality treated you? Tell us.

klacht-step-soort-title = What is your complaint about?
klacht-step-gebeurd-title = What happened?
klacht-step-wens-title = What would you like us to do?
klacht-step-gegevens-title = Your details
klacht-step-contact-title = How may we contact you?

klacht-soort-label = What is your complaint about?
klacht-soort-name = what your complaint is about
klacht-soort-why = A complaint is about how we treated you or how we did our work. Disagreeing with a decision, or reporting a problem in the street, works differently. This way your question goes to the right place straight away.
klacht-soort-option-behandeling = How a member of staff treated me
klacht-soort-option-behandeling-hint = For example: someone was unfriendly, or you got no answer.
klacht-soort-option-dienstverlening = How the municipality did or arranged something
klacht-soort-option-dienstverlening-hint = For example: it took too long, or you were sent from one place to another.
klacht-soort-option-besluit = A decision I do not agree with
klacht-soort-option-besluit-hint = For example: you did not get a permit or a benefit.
klacht-soort-option-melding = Something in the street that is broken, dirty or unsafe
klacht-soort-option-melding-hint = For example: a loose paving stone, litter or a broken street light.

klacht-omschrijving-label = Describe what happened
klacht-omschrijving-hint = Write down what happened, where it was and who was there.
klacht-omschrijving-name = the description
klacht-omschrijving-why = The law says a complaint describes what it is about. Your story helps us find out what went wrong.
klacht-omschrijving-error-required = Describe what happened.

klacht-datum-label = When did this happen?
klacht-datum-hint = If you do not know the exact day, enter a date close to it. For example, 27 3 2026.
klacht-datum-name = the date
klacht-datum-why = With the date we can find out what happened at the time and who was there.
klacht-datum-notice-oud = This was more than a year ago. The law then no longer requires us to handle a complaint. Send it anyway: we will see what we can do for you.

klacht-betrokkene-label = Which member of staff or department is it about?
klacht-betrokkene-hint = If you do not know, leave this empty.
klacht-betrokkene-name = the name of the member of staff or department
klacht-betrokkene-why = It helps us know faster whom to ask about what happened. If you do not know, we will find out.

klacht-wens-label = What would you like us to do?
klacht-wens-hint = For example: a talk, an apology, or that we do something differently.
klacht-wens-name = your answer about what we should do
klacht-wens-why = It tells us what a good solution is for you. We talk about it with you when we contact you.
klacht-wens-error-required = Write down what you would like us to do.

klacht-naam-label = What is your name?
klacht-naam-name = your name
klacht-naam-why = The law says a complaint has the name of the person who makes it. This way we know who we are talking to.

klacht-email-label = What is your email address?
klacht-email-hint = We send the confirmation and our answer to this address.
klacht-email-name = your email address
klacht-email-why = We send the confirmation and our answer to your email address, so you can read them again later.

klacht-adres-label = Where can we send you a letter?
klacht-adres-name = where we can send you a letter
klacht-adres-why = The law says a complaint has the name and address of the person who makes it. We only use your address for your complaint, for example when we send you our answer by post. If you have no address, you can still make a complaint.
klacht-adres-error-required = Choose where we can send you a letter. If you have no address, choose "I have no address".
klacht-adres-option-woonadres = To my home address
klacht-adres-option-briefadres = To a postal address (briefadres)
klacht-adres-option-briefadres-hint = For example with family or at a shelter, if your post goes there.
klacht-adres-option-buitenland = To my address outside the Netherlands
klacht-adres-option-geen = I have no address
klacht-adres-option-geen-hint = That is fine. You can go on. We will contact you by email or phone. Would you like help, for example with a postal address? Call { $phone }.

klacht-postcode-label = Postcode
klacht-postcode-hint = For example 7511 JN.
klacht-postcode-name = your postcode
klacht-postcode-why = With the postcode and the house number, our letter reaches the right address.
klacht-postcode-error-required = Enter your postcode, for example 7511 JN.
klacht-postcode-error-postcode = Enter a Dutch postcode like 7511 JN: four digits and two letters. Is your address outside the Netherlands? Then choose "To my address outside the Netherlands".

klacht-huisnummer-label = House number
klacht-huisnummer-hint = Only the number, for example 12.
klacht-huisnummer-name = your house number
klacht-huisnummer-why = With the postcode and the house number, our letter reaches the right address.
klacht-huisnummer-error-required = Enter your house number.
klacht-huisnummer-error-number = Enter only the number of your house, for example 12. Put a letter or other addition under "Addition".

klacht-toevoeging-label = Addition
klacht-toevoeging-hint = For example A, bis or 2-hoog. If your house number has no addition, leave this empty.
klacht-toevoeging-name = the addition to your house number
klacht-toevoeging-why = Sometimes several homes have the same house number. With the addition, the letter reaches you and not your neighbours.

klacht-straat-label = Street
klacht-straat-name = your street
klacht-straat-why = With the street and the town, the post can find your address.
klacht-straat-error-required = Enter the name of your street.

klacht-plaats-label = Town or city
klacht-plaats-name = the town or city of your address
klacht-plaats-why = With the street and the town, the post can find your address.
klacht-plaats-error-required = Enter the town or city of your address.

klacht-buitenlands-adres-label = What is your address?
klacht-buitenlands-adres-hint = Write the address as it should be on a letter, with the country.
klacht-buitenlands-adres-name = your address
klacht-buitenlands-adres-why = If you live outside the Netherlands, we send our letter to this address. We only use it for your complaint.
klacht-buitenlands-adres-error-required = Enter your address, with the country.

klacht-contactwijze-label = Would you like to talk to us about your complaint first?
klacht-contactwijze-name = whether you would like to talk to us first
klacht-contactwijze-why = A talk is often the quickest way to solve a complaint. We will contact you in person within one week. This tells us how you would like that.
klacht-contactwijze-error-required = Choose whether you would like to talk to us first: on the phone, at the desk, or only by email.
klacht-contactwijze-option-telefoon = Yes, on the phone
klacht-contactwijze-option-telefoon-hint = A complaints officer will call you.
klacht-contactwijze-option-balie = Yes, at the municipality's desk
klacht-contactwijze-option-balie-hint = A complaints officer will make an appointment with you. Then you talk together at the municipality.
klacht-contactwijze-option-email = No, only by email
klacht-contactwijze-option-email-hint = A complaints officer will write to you. If you want to talk later after all, you always can.

klacht-telefoon-label = What is your phone number?
klacht-telefoon-hint = Needed if you want us to call you.
klacht-telefoon-name = your phone number
klacht-telefoon-why = If you choose a phone call, we need your number. We only use it for your complaint.
klacht-telefoon-error-required = Enter your phone number. You chose to have us call you.

klacht-dagdelen-label = When is a good time for a talk?
klacht-dagdelen-hint = You may choose more than one answer.
klacht-dagdelen-name = when a talk suits you
klacht-dagdelen-why = Then we call you or make an appointment at a time that suits you. This way you do not have to wait.
klacht-dagdelen-error-required = Choose when a talk suits you best: in the morning, in the afternoon, or both.
klacht-dagdelen-option-ochtend = In the morning, between 9 am and 12 noon
klacht-dagdelen-option-middag = In the afternoon, between 12 noon and 5 pm

klacht-dagen-label = On which days can you?
klacht-dagen-hint = If any weekday is fine, you do not need to tick anything.
klacht-dagen-name = the days that suit you
klacht-dagen-why = Then we know on which days we can call you or make an appointment with you.
klacht-dagen-option-maandag = Monday
klacht-dagen-option-dinsdag = Tuesday
klacht-dagen-option-woensdag = Wednesday
klacht-dagen-option-donderdag = Thursday
klacht-dagen-option-vrijdag = Friday

klacht-exit-bezwaar-title = Do not agree with a decision? Make an objection
klacht-exit-bezwaar-body =
    Do you not agree with a decision of the municipality? Then a complaint is not the right route. You can make an objection (bezwaar).
    Do this within 6 weeks of the day the decision was sent. This is usually the date on the letter.
    The letter with the decision says how to object. Would you like help? Call { $phone } or visit us. We will help you further.
klacht-exit-melding-title = Something broken or dirty in the street? Make a report
klacht-exit-melding-body =
    Is something broken, dirty or unsafe in the street or in a park? Then you make a report (melding). That is not a complaint.
    You make a report with the report form on the municipality's website, or you call { $phone }.
    This way your report goes straight to the people who fix it.

klacht-done-title = Your complaint has been sent
klacht-deadline-contact =
    { $contactwijze ->
        [telefoon] A complaints officer will call you by { $date } at the latest. Together we will talk about how best to solve your complaint.
        [balie] A complaints officer will make an appointment with you by { $date } at the latest, for a talk at our desk. Together we will talk about how best to solve your complaint.
        [email] A complaints officer will send you an email by { $date } at the latest. It says how we would like to solve your complaint. If you want to talk after all, you always can.
       *[other] We will contact you in person by { $date } at the latest. Together we will talk about how best to solve your complaint.
    }
klacht-deadline-afhandeling = You will hear what we did with your complaint by { $date } at the latest. If it takes longer, for example because a committee advises us, we will let you know.

## What we do with your data
klacht-data-what = Your complaint, your name, your address if you give it, and how and when we can reach you.
klacht-data-why = We need this to handle your complaint and to contact you within one week.
klacht-data-who = Only the complaints officer and the staff who handle your complaint. The member of staff you complain about also reads your complaint.
klacht-data-how-long = { $bewaartermijn-klacht } { $bewaartermijn-klacht ->
    [one] year
   *[other] years
} after we have handled your complaint. That is what the archive rules for municipalities say. Then we destroy everything.
