# Municipality profile Enschede (profiles/enschede.json). $phone is the profile's phone number.

enschede-name = Gemeente Enschede
enschede-channel-hulploket-vergunningen-title = Hulploket Vergunningen
enschede-channel-hulploket-vergunningen-body = Een medewerker vult samen met u uw aanvraag voor een vergunning in. Voor mensen met een beperking, mensen die moeite hebben met lezen of schrijven, en mensen die weinig met de computer doen. Bel { $phone } voor een afspraak.
enschede-channel-telefoon-title = Telefoon
enschede-channel-telefoon-body = Wij beantwoorden uw vraag, of zoeken uit wie u verder helpt.
enschede-channel-overheidsloket-title = Overheidsloket in het Stadskantoor
enschede-channel-overheidsloket-body = Voor al uw vragen aan de overheid. Een medewerker helpt u, ook met zaken van bijvoorbeeld de Belastingdienst, Toeslagen, DUO of het UWV.
enschede-channel-wijkwijzers-title = Overheidsloket in de Wijkwijzers
enschede-channel-wijkwijzers-body = Het Overheidsloket zit ook in 5 Wijkwijzers, dicht bij huis. U kunt daar met dezelfde vragen terecht.
