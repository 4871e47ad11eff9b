# Municipality profile Enschede (profiles/enschede.json). $phone is the profile's phone number.

enschede-name = Gemeente Enschede
enschede-channel-hulploket-vergunningen-title = Hulploket Vergunningen
enschede-channel-hulploket-vergunningen-body = Een medewerker vult samen met u uw aanvraag voor een vergunning in. Voor mensen met een beperking en mensen die moeite hebben met lezen of schrijven. Ook voor mensen die weinig met de computer doen.
enschede-channel-hulploket-vergunningen-how = Maak eerst een afspraak. Dat kan online, of bel { $phone }. U hoort dan waar en wanneer u terecht kunt.
enschede-channel-hulploket-vergunningen-hours = Open van maandag tot en met vrijdag, van 9.00 tot 17.00 uur. Alleen op afspraak.
enschede-channel-hulploket-vergunningen-appointment = Maak een afspraak bij het Hulploket Vergunningen
enschede-channel-telefoon-title = Telefoon
enschede-channel-telefoon-body = Wij beantwoorden uw vraag, of zoeken uit wie u verder helpt.
enschede-channel-telefoon-how = De openingstijden staan op enschede.nl.
enschede-channel-overheidsloket-title = Overheidsloket in het Stadskantoor
enschede-channel-overheidsloket-body = Voor al uw vragen aan de overheid. Een medewerker helpt u, ook met zaken van bijvoorbeeld de Belastingdienst, Toeslagen, DUO of het UWV.
enschede-channel-overheidsloket-how = U vindt het Overheidsloket in het Stadskantoor. Het adres staat op enschede.nl.
enschede-channel-overheidsloket-hours = Open van maandag tot en met vrijdag, van 9.00 tot 17.00 uur. Alleen op afspraak.
enschede-channel-overheidsloket-appointment = Maak een afspraak bij het Overheidsloket
enschede-channel-wijkwijzers-title = Overheidsloket in de Wijkwijzers
enschede-channel-wijkwijzers-body = Het Overheidsloket zit ook in 5 Wijkwijzers, dicht bij huis. U kunt daar met dezelfde vragen terecht.
enschede-channel-wijkwijzers-how = Welke Wijkwijzer bij u in de buurt is en wanneer die open is, staat op enschede.nl.

## What we do with your data
enschede-data-rights = U mag altijd vragen welke gegevens we van u hebben, en ze laten verbeteren of wissen. Hoe dat gaat, staat in de privacyverklaring op enschede.nl. Of bel { $phone }.
