# Report a data breach, loaded at run time (forms/runtime/datalek-melding.json).

datalek-melding-title = Report a data breach
datalek-melding-summary = Has your personal data, or someone else's, reached the wrong person? Report it here. Then we can solve it quickly.

datalek-melding-step-wat-title = What happened?
datalek-melding-step-wat-intro = In a data breach, personal data reaches someone who may not see it. Your report goes straight to the data protection officer. That is the privacy expert of the municipality. They look at your report quickly.
datalek-melding-step-welke-title = What data is it about?
datalek-melding-step-gedaan-title = What have you done so far?
datalek-melding-step-contact-title = How can we reach you?

datalek-melding-soort-label = What fits best with what happened?
datalek-melding-soort-name = what happened
datalek-melding-soort-why = Then we know quickly what kind of data breach it is. And the privacy expert knows what must happen right away.
datalek-melding-soort-option-brief = I got a letter or email that was meant for someone else
datalek-melding-soort-option-verstuurd = My data was sent to the wrong person
datalek-melding-soort-option-gevonden = I found papers or a device with other people's data
datalek-melding-soort-option-gevonden-hint = For example a folder, a USB stick or a laptop of the municipality.
datalek-melding-soort-option-adressen = In an email from the municipality I saw the addresses of other people
datalek-melding-soort-option-adressen-hint = For example the email addresses of everyone who got the email.
datalek-melding-soort-option-anders = Something else
datalek-melding-soort-error-required = Choose what fits best with what happened.

datalek-melding-omschrijving-label = Describe what happened
datalek-melding-omschrijving-hint = Write down what you saw or got, and which department it came from. Do not put other people's data in your message, such as a name or a BSN.
datalek-melding-omschrijving-name = the description
datalek-melding-omschrijving-why = With your description we find out how the data breach happened. Then we can stop it quickly.
datalek-melding-omschrijving-error-required = Describe what happened.

datalek-melding-datum-label = When did you notice it?
datalek-melding-datum-hint = If you do not know the exact day, enter a date close to it. For example, 27 3 2026.
datalek-melding-datum-name = the date
datalek-melding-datum-why = If the data breach is serious, the municipality must report it to the Dutch Data Protection Authority within 72 hours. With the date we know how much time we have.

datalek-melding-welke-label = What data is it about?
datalek-melding-welke-hint = Choose all that apply.
datalek-melding-welke-name = what data it is about
datalek-melding-welke-why = Some data is extra sensitive, such as a BSN or data about health. Then we must act sooner.
datalek-melding-welke-option-naam-adres = Name and address
datalek-melding-welke-option-contact = Email address or phone number
datalek-melding-welke-option-bsn = Citizen service number (BSN)
datalek-melding-welke-option-geld = Data about money
datalek-melding-welke-option-geld-hint = For example a bank account number, an income or debts.
datalek-melding-welke-option-gezondheid = Data about health or care
datalek-melding-welke-option-anders = Other data
datalek-melding-welke-option-weet-niet = I do not know
datalek-melding-welke-error-required = Choose what data it is about. If you do not know, choose "I do not know".

datalek-melding-nog-label = Do you still have the letter, email or papers?
datalek-melding-nog-name = whether you still have it
datalek-melding-nog-why = Then we know if we can collect it from you or have it sent back. So the data does not go any further.
datalek-melding-nog-option-ja = Yes, I still have it
datalek-melding-nog-option-nee = No, I no longer have it
datalek-melding-nog-notice-bewaren = Keep it for now. Do not send it on and do not show it to anyone. The privacy expert will tell you what to do with it.

datalek-melding-gedaan-label = What did you do when you noticed it?
datalek-melding-gedaan-hint = For example: I called the sender, or I deleted the email. If you have not done anything yet, leave it empty.
datalek-melding-gedaan-name = what you did
datalek-melding-gedaan-why = Then we know what has already happened. Did you already call someone, for example? Then we do not do it twice.

datalek-melding-naam-label = What is your name?
datalek-melding-naam-name = your name
datalek-melding-naam-why = With your name we know who made the report. We only use your name for this report.

datalek-melding-email-label = What is your email address?
datalek-melding-email-hint = We send the confirmation here.
datalek-melding-email-name = your email address
datalek-melding-email-why = At your email address you get the confirmation. We also let you know what we did with your report.

datalek-melding-telefoon-label = What is your phone number?
datalek-melding-telefoon-hint = Then we can call you if we need to ask something quickly.
datalek-melding-telefoon-name = your phone number
datalek-melding-telefoon-why = With a data breach we must be quick. With your number we can call you right away if we have a question.

datalek-melding-done-title = Your report of a data breach has been sent
datalek-melding-done-body =
    The privacy expert of the municipality looks at your report quickly. If the data breach is serious, the municipality reports it to the Dutch Data Protection Authority within 72 hours.
    If you still have the letter, email or papers, keep them for now and do not show them to anyone.
datalek-melding-deadline-contact = By { $date } at the latest you will hear from us what we do with your report.

## What we do with your data
datalek-melding-data-what = Your report, what happened, what data it is about and how we can reach you.
datalek-melding-data-why = We need this to stop the data breach and to keep the harm as small as possible.
datalek-melding-data-who = Only the data protection officer and the staff who deal with the data breach.
datalek-melding-data-how-long = { $bewaartermijn-datalek-melding } { $bewaartermijn-datalek-melding ->
    [one] year
   *[other] years
} after we have dealt with your report. After that we destroy your report. The municipality must keep a list of all data breaches. The Dutch Data Protection Authority may ask to see that list.
