# Municipality profile Enschede (profiles/enschede.json). $phone is the profile's phone number.

enschede-name = Municipality of Enschede
enschede-channel-hulploket-vergunningen-title = Permit help desk (Hulploket Vergunningen)
enschede-channel-hulploket-vergunningen-body = A member of staff fills in your permit application together with you. For people with a disability and people who find reading or writing hard. Also for people who rarely use a computer.
enschede-channel-hulploket-vergunningen-how = Make an appointment first. You can do this online, or call { $phone }. You will hear where and when you can come.
enschede-channel-hulploket-vergunningen-hours = Open Monday to Friday, from 9:00 to 17:00. By appointment only.
enschede-channel-hulploket-vergunningen-appointment = Make an appointment at the Hulploket Vergunningen
enschede-channel-telefoon-title = Phone
enschede-channel-telefoon-body = We answer your question, or find out who can help you further.
enschede-channel-telefoon-how = The opening hours are on enschede.nl.
enschede-channel-overheidsloket-title = Government desk (Overheidsloket) in the City Office
enschede-channel-overheidsloket-body = For all your questions to the government. A member of staff can also help with other organisations. For example the Tax Administration, Benefits (Toeslagen), DUO (student finance) or UWV (work and benefits).
enschede-channel-overheidsloket-how = You find the government desk in the City Office (Stadskantoor). The address is on enschede.nl.
enschede-channel-overheidsloket-hours = Open Monday to Friday, from 9:00 to 17:00. By appointment only.
enschede-channel-overheidsloket-appointment = Make an appointment at the Overheidsloket
enschede-channel-wijkwijzers-title = Government desk in the Wijkwijzers
enschede-channel-wijkwijzers-body = The government desk is also in 5 Wijkwijzers (neighbourhood centres), close to home. You can go there with the same questions.
enschede-channel-wijkwijzers-how = Which Wijkwijzer is near you and when it is open is on enschede.nl.

## What we do with your data
enschede-data-rights = You may always ask which data we have about you, and have it corrected or deleted. How this works is in the privacy statement on enschede.nl. Or call { $phone }.
