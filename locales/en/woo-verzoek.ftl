# The Woo information request (forms/woo-verzoek.json).

woo-verzoek-title = Request information (Woo request)
woo-verzoek-summary = Ask the municipality for documents, such as emails, reports or decisions. This is a request under the Open Government Act (Woo). Anyone may ask.

woo-verzoek-step-onderwerp-title = What information would you like?
woo-verzoek-step-onderwerp-intro = Anyone may ask the municipality for information. You do not have to say why you want it.
woo-verzoek-step-documenten-title = What kind of documents are you looking for?
woo-verzoek-step-ontvangst-title = How would you like to receive the information?
woo-verzoek-step-gegevens-title = Your details

woo-verzoek-onderwerp-label = What subject would you like information about?
woo-verzoek-onderwerp-hint = Describe as precisely as you can what you are looking for. For example: the emails between the municipality and the contractor about the new bridge at the harbour.
woo-verzoek-onderwerp-name = the subject
woo-verzoek-onderwerp-why = The more precisely you describe the subject, the faster we find the right documents. Then you also get an answer sooner.
woo-verzoek-onderwerp-error-required = Describe what subject you would like information about.
woo-verzoek-onderwerp-notice-breed = Your request is quite broad. This means we have to search many documents, which takes longer. Make your request more precise if you can. For example, name a project, a period or a kind of document: "the minutes of the Roombeek district council from 2024" instead of "everything about Roombeek". You may also leave your request as it is.

woo-verzoek-periode-label = What period is it about?
woo-verzoek-periode-hint = For example: January 2024 to June 2025.
woo-verzoek-periode-name = the period
woo-verzoek-periode-why = With a period we only search the documents from that time. This way you get an answer sooner.

woo-verzoek-soorten-label = What kind of documents are you looking for?
woo-verzoek-soorten-hint = Choose all that apply. If you do not know, leave this empty.
woo-verzoek-soorten-name = the kind of documents
woo-verzoek-soorten-why = When we know what kind of documents you are looking for, we can search in a more targeted way.
woo-verzoek-soorten-option-emails = Emails and messages
woo-verzoek-soorten-option-brieven = Letters
woo-verzoek-soorten-option-rapporten = Reports and studies
woo-verzoek-soorten-option-besluiten = Decisions
woo-verzoek-soorten-option-verslagen = Minutes of meetings
woo-verzoek-soorten-option-anders = Something else

woo-verzoek-afdeling-label = Which department or project is it about?
woo-verzoek-afdeling-hint = If you do not know, leave this empty.
woo-verzoek-afdeling-name = the name of the department or project
woo-verzoek-afdeling-why = Then we know straight away who has the documents. If you do not know, we will find out.

woo-verzoek-ontvangst-label = How would you like to receive the information?
woo-verzoek-ontvangst-name = how you would like to receive the information
woo-verzoek-ontvangst-why = Digital is fastest. If you want the information on paper, we send it by post and need your address.
woo-verzoek-ontvangst-option-digitaal = Digital, by email
woo-verzoek-ontvangst-option-papier = On paper, by post

woo-verzoek-naam-label = What is your name?
woo-verzoek-naam-name = your name
woo-verzoek-naam-why = We put your name in our decision on your request. We do not make your name public.

woo-verzoek-email-label = What is your email address?
woo-verzoek-email-hint = We send the confirmation and our decision to this address.
woo-verzoek-email-name = your email address
woo-verzoek-email-why = At your email address you get the confirmation, our decision and, if you choose digital, the documents.
woo-verzoek-email-error-required = Enter your email address. You chose to get the information by email.

woo-verzoek-telefoon-label = What is your phone number?
woo-verzoek-telefoon-hint = Then we can call you if we have a question about your request.
woo-verzoek-telefoon-name = your phone number
woo-verzoek-telefoon-why = Sometimes we call to make your request more precise together. Then you get the right information sooner.

woo-verzoek-straat-label = Street and house number
woo-verzoek-straat-name = your street and house number
woo-verzoek-straat-why = You chose paper. We send the documents to this address.

woo-verzoek-postcode-label = Postcode
woo-verzoek-postcode-name = your postcode
woo-verzoek-postcode-why = We need this so the post reaches you.
woo-verzoek-postcode-error-postcode = Enter a Dutch postcode like 7511 JN: four digits and two letters. Live outside the Netherlands? Choose to get the information by email.

woo-verzoek-woonplaats-label = Town or city
woo-verzoek-woonplaats-name = your town or city
woo-verzoek-woonplaats-why = We need this so the post reaches you.

woo-verzoek-done-title = Your Woo request has been sent
woo-verzoek-done-body =
    We may call you to make your request more precise together. Then you get the right information sooner.
    If we need more time, we may extend the term once by 2 weeks. We will let you know if we do.
woo-verzoek-deadline-besluit = You will get our decision on your request by { $date } at the latest.

## What we do with your data
woo-verzoek-data-what = Your request, your name and how we can reach you.
woo-verzoek-data-why = We need this to find the documents and to send you our decision. You do not have to say why you want the documents.
woo-verzoek-data-who = Only the staff who handle your request. If we publish documents, your name and address are not in them.
woo-verzoek-data-how-long = { $bewaartermijn-woo-verzoek } { $bewaartermijn-woo-verzoek ->
    [one] year
   *[other] years
} after we have decided on your request. That is what the archive rules for municipalities say. Then we destroy everything.
