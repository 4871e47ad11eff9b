# The event permit (forms/vergunning-evenement.json). Limits come from the municipality
# profile: $evenement-melding-max-bezoekers, $evenement-melding-eindtijd,
# $evenement-melding-muziek-tot, $evenement-aanvraag-dagen; $phone is its phone number.

vergunning-evenement-title = Apply for an event permit or notify us of an event
vergunning-evenement-summary = Are you organising a street party, market or sports day? Apply for a permit here, or notify us of your event if it is small.

vergunning-evenement-step-evenement-title = About your event
vergunning-evenement-step-wanneer-title = When and where is it?
vergunning-evenement-step-omvang-title = How big will it be?
vergunning-evenement-step-muziek-title = Amplified music
vergunning-evenement-step-melding-title = A notification is enough
vergunning-evenement-step-melding-intro = Your event is small: at most { $evenement-melding-max-bezoekers } visitors at the same time, over by { $evenement-melding-eindtijd }, no street closed and no amplified music after { $evenement-melding-muziek-tot }. Then a notification (melding) is enough. It is shorter and you do not have to send a drawing.
vergunning-evenement-step-afsluiting-title = Which streets will be closed?
vergunning-evenement-step-veiligheid-title = Safety
vergunning-evenement-step-tekening-title = Drawing of the site
vergunning-evenement-step-organisator-title = Your details

vergunning-evenement-naam-evenement-label = What is your event called?
vergunning-evenement-naam-evenement-hint = For example: Neighbours' Day Hoogstraat.
vergunning-evenement-naam-evenement-name = the name of the event
vergunning-evenement-naam-evenement-why = With the name we can find your event again if you or we have questions about it.

vergunning-evenement-soort-label = What kind of event is it?
vergunning-evenement-soort-name = what kind of event it is
vergunning-evenement-soort-why = Each kind of event has its own arrangements. This tells us which rules matter for you.
vergunning-evenement-soort-option-straatfeest = Street party or neighbours’ day
vergunning-evenement-soort-option-markt = Market or fair
vergunning-evenement-soort-option-sportdag = Sports day or match
vergunning-evenement-soort-option-anders = Something else

vergunning-evenement-omschrijving-label = What will happen?
vergunning-evenement-omschrijving-hint = Say briefly what visitors will do and what you will put up, such as a tent, a stage or stalls.
vergunning-evenement-omschrijving-name = the description of the event
vergunning-evenement-omschrijving-why = This helps us see what is needed for a safe and fun event.
vergunning-evenement-omschrijving-error-required = Say what will happen.

vergunning-evenement-datum-label = On what day is the event?
vergunning-evenement-datum-hint = For example, 27 6 2027.
vergunning-evenement-datum-name = the day of the event
vergunning-evenement-datum-why = We check whether other things happen nearby that day, such as road works.
vergunning-evenement-datum-notice-te-laat = Your event is in less than { $evenement-aanvraag-dagen } days. That may be too short to arrange everything in time. Send your application anyway: we will see what is possible. Would you like help? The permit help desk (Hulploket Vergunningen) can help you. Call { $phone } to make an appointment.

vergunning-evenement-begintijd-label = What time does it start?
vergunning-evenement-begintijd-hint = For example, 14:00.
vergunning-evenement-begintijd-name = the start time
vergunning-evenement-begintijd-why = The times tell us how long the neighbourhood will notice the event.

vergunning-evenement-eindtijd-label = What time does it end?
vergunning-evenement-eindtijd-hint = For example, 22:00. Does it go on after midnight? Then enter, for example, 01:00.
vergunning-evenement-eindtijd-name = the end time
vergunning-evenement-eindtijd-why = Does the event go on after { $evenement-melding-eindtijd }? Then a permit is needed. Otherwise a notification is often enough.

vergunning-evenement-locatie-label = Where is the event?
vergunning-evenement-locatie-hint = For example: Hoogstraat, between number 10 and 40, or the lawn in the Volkspark.
vergunning-evenement-locatie-name = the place of the event
vergunning-evenement-locatie-why = We check whether the place is suitable and whether emergency services can get through.

vergunning-evenement-bezoekers-label = How many visitors do you expect at the same time?
vergunning-evenement-bezoekers-hint = An estimate is good enough. Enter a number, for example 80.
vergunning-evenement-bezoekers-name = the number of visitors
vergunning-evenement-bezoekers-why = With more than { $evenement-melding-max-bezoekers } visitors at the same time a permit is needed. Then we also ask what you do for safety.

vergunning-evenement-wegafsluiting-label = Does a street need to be closed?
vergunning-evenement-wegafsluiting-name = whether a street needs to be closed
vergunning-evenement-wegafsluiting-why = If a street is closed, a permit is needed. Together with you we make sure residents and emergency services can still get through.
vergunning-evenement-wegafsluiting-option-ja = Yes
vergunning-evenement-wegafsluiting-option-nee = No

vergunning-evenement-muziek-label = Will there be amplified music, for example with speakers or a band?
vergunning-evenement-muziek-name = whether there will be amplified music
vergunning-evenement-muziek-why = Music can disturb the neighbours. That is why we ask when the music is on.
vergunning-evenement-muziek-option-ja = Yes
vergunning-evenement-muziek-option-nee = No

vergunning-evenement-alcohol-label = Will you sell alcohol, also for tokens or vouchers?
vergunning-evenement-alcohol-name = whether you will sell alcohol
vergunning-evenement-alcohol-why = Selling alcohol needs a separate permission. This form does not arrange it. If you choose yes, we tell you how to apply for it.
vergunning-evenement-alcohol-option-ja = Yes
vergunning-evenement-alcohol-option-nee = No
vergunning-evenement-alcohol-notice-ontheffing = Selling alcohol? Then you need a separate permission: an exemption. With it you may only sell beer and wine, no spirits. This form does not arrange it. Call { $phone }: we will tell you how to apply for it.

vergunning-evenement-muziek-van-label = What time does the music start?
vergunning-evenement-muziek-van-hint = For example, 15:00.
vergunning-evenement-muziek-van-name = the start time of the music
vergunning-evenement-muziek-van-why = This way the neighbours and we know when there is music.

vergunning-evenement-muziek-tot-label = What time does the music stop?
vergunning-evenement-muziek-tot-hint = For example, 22:00.
vergunning-evenement-muziek-tot-name = the end time of the music
vergunning-evenement-muziek-tot-why = Is there music after { $evenement-melding-muziek-tot }? Then a permit is needed.

vergunning-evenement-aanvraagsoort-label = What would you like to do?
vergunning-evenement-aanvraagsoort-name = what you would like to do
vergunning-evenement-aanvraagsoort-why = With a notification the municipality knows about your event. Would you still like the certainty of a permit? That is allowed, but it takes longer.
vergunning-evenement-aanvraagsoort-option-melding = Send a notification
vergunning-evenement-aanvraagsoort-option-melding-hint = Shorter, and you do not have to send a drawing.
vergunning-evenement-aanvraagsoort-option-vergunning = Apply for a permit anyway

vergunning-evenement-straten-label = Which streets will be closed?
vergunning-evenement-straten-hint = Enter one street per box. If only part of it is closed, also write between which house numbers.
vergunning-evenement-straten-name = the street name
vergunning-evenement-straten-why = We tell the emergency services and the bus lines which streets are closed.
vergunning-evenement-straten-item = Street { $number }
vergunning-evenement-straten-add = Add another street

vergunning-evenement-afsluiting-van-label = From what time is the street closed?
vergunning-evenement-afsluiting-van-hint = For example, 12:00. Include the time to set up.
vergunning-evenement-afsluiting-van-name = the time the street closes
vergunning-evenement-afsluiting-van-why = This way residents and emergency services know when they cannot use the street.

vergunning-evenement-afsluiting-tot-label = Until what time is the street closed?
vergunning-evenement-afsluiting-tot-hint = For example, 23:30. Include the time to clear up.
vergunning-evenement-afsluiting-tot-name = the time the street opens again
vergunning-evenement-afsluiting-tot-why = This way residents and emergency services know when the street is open again.

vergunning-evenement-maatregelen-label = What do you do for safety?
vergunning-evenement-maatregelen-hint = For example: people for first aid, security staff, emergency exits and fire extinguishers.
vergunning-evenement-maatregelen-name = your safety plan
vergunning-evenement-maatregelen-why = With many visitors everyone must be able to come and go safely. We check the plan with you.
vergunning-evenement-maatregelen-error-required = Say what you do for safety.

vergunning-evenement-schets-label = Drawing of the site
vergunning-evenement-schets-hint = Draw where the tents, stalls, stage and emergency exits will be. A photo of a drawing on paper is fine too.
vergunning-evenement-schets-name = a drawing of the site
vergunning-evenement-schets-why = With the drawing we see whether there is enough room and whether emergency services can get through.

vergunning-evenement-naam-label = What is your name?
vergunning-evenement-naam-name = your name
vergunning-evenement-naam-why = We need to know who organises the event and whom we are in touch with.

vergunning-evenement-organisatie-label = On behalf of which organisation or club?
vergunning-evenement-organisatie-hint = If you organise it yourself, with the neighbours, leave this empty.
vergunning-evenement-organisatie-name = the name of the organisation
vergunning-evenement-organisatie-why = If an organisation holds the event, we put its name in the permit.

vergunning-evenement-email-label = What is your email address?
vergunning-evenement-email-hint = We send the confirmation and our answer to this address.
vergunning-evenement-email-name = your email address
vergunning-evenement-email-why = We send the confirmation and our answer to your email address. If you apply for a permit, we also send our decision there.

vergunning-evenement-telefoon-label = What is your phone number?
vergunning-evenement-telefoon-hint = We must be able to call you on the day of the event.
vergunning-evenement-telefoon-name = your phone number
vergunning-evenement-telefoon-why = If something comes up, before or during the event, we call you straight away.

vergunning-evenement-done-title = Your application has been sent
vergunning-evenement-done-vergunning-title = Your permit application has been sent
vergunning-evenement-done-vergunning-body =
    We will look at your application. If we need something or something has to change, we will contact you.
vergunning-evenement-done-melding-title = Your notification has been sent
vergunning-evenement-done-melding-body =
    We will look at your notification. If something is not right or we want to know more, we will contact you.
vergunning-evenement-deadline-besluit = You will get our decision by { $date } at the latest. If your event is sooner, we will try to decide in time. If we cannot, we will call you.

## What we do with your data
vergunning-evenement-data-what = What you tell us about the event, the files you add and the organiser’s details.
vergunning-evenement-data-why = We need this to judge whether the event can be safe, and to send you our decision.
vergunning-evenement-data-who = The staff who handle events. For a permit, the police, the fire service and the health service (GGD) also read it.
vergunning-evenement-data-how-long = { $bewaartermijn-vergunning-evenement } { $bewaartermijn-vergunning-evenement ->
    [one] year
   *[other] years
} after we have dealt with your notification or application. That is what the archive rules for municipalities say. After that, we destroy everything.
