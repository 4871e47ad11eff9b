# Municipality profile Haaksbergen (profiles/haaksbergen.json). Details this kit does not
# know for sure (phone number, addresses, opening hours) are not made up: the texts say where
# to find them.

haaksbergen-name = Municipality of Haaksbergen
haaksbergen-phone-missing = the Customer Contact Centre (the number is on haaksbergen.nl)
haaksbergen-channel-digitaal-title = Online
haaksbergen-channel-digitaal-body = You do it yourself, with this form or on haaksbergen.nl. We help when you want us to or when it is needed.
haaksbergen-channel-digitaal-how = You can fill in this form at any time, also in the evening and at the weekend.
haaksbergen-channel-kcc-title = Customer Contact Centre (Klant Contact Centrum)
haaksbergen-channel-kcc-body = The Customer Contact Centre answers your question first. Or it finds out who can help you further.
haaksbergen-channel-kcc-how = The phone number and opening hours are on haaksbergen.nl. They are not in this form yet.
haaksbergen-channel-post-title = By post
haaksbergen-channel-post-body = You can also send your question in a letter.
haaksbergen-channel-post-how = The postal address is on haaksbergen.nl. It is not in this form yet.
haaksbergen-channel-gemeentehuis-title = Visit us
haaksbergen-channel-gemeentehuis-body = A member of staff helps you, also with filling in a form.
haaksbergen-channel-gemeentehuis-how = The address, the opening hours and whether you need an appointment are on haaksbergen.nl.

## What we do with your data
haaksbergen-data-rights = You may always ask which data we have about you, and have it corrected or deleted. How this works is in the privacy statement on haaksbergen.nl.
