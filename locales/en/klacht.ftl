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

klacht-contactwijze-label = How may we contact you?
klacht-contactwijze-name = how we may contact you
klacht-contactwijze-why = We will contact you in person within one week to talk about your complaint. This tells us how you would like that.
klacht-contactwijze-option-telefoon = Call me
klacht-contactwijze-option-email = Send me an email

klacht-telefoon-label = What is your phone number?
klacht-telefoon-hint = Needed if you want us to call you.
klacht-telefoon-name = your phone number
klacht-telefoon-why = If you choose a phone call, we need your number. We only use it for your complaint.
klacht-telefoon-error-required = Enter your phone number. You chose to have us call you.

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
klacht-deadline-contact = We will contact you in person by { $date } at the latest. Together we will talk about how best to solve your complaint.
klacht-deadline-afhandeling = You will hear what we did with your complaint by { $date } at the latest. If it takes longer, for example because a committee advises us, we will let you know.

## What we do with your data
klacht-data-what = Your complaint, your name and how we can reach you.
klacht-data-why = We need this to handle your complaint and to contact you within one week.
klacht-data-who = Only the complaints officer and the staff who handle your complaint. The member of staff you complain about also reads your complaint.
klacht-data-how-long = { $bewaartermijn-klacht } { $bewaartermijn-klacht ->
    [one] year
   *[other] years
} after we have handled your complaint. That is what the archive rules for municipalities say. Then we destroy everything.
