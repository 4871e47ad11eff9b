# /embed-demo: a content page of a municipal website with a Loket form in the middle of it, as a
# web team would build it in its own CMS (made into HTML by tools/embed.mjs, not built into Loket).
embed-demo-page-title = Klacht indienen – Gemeente Enschede (voorbeeld van een ingebouwd formulier)
embed-demo-skip-link = Naar de inhoud
embed-demo-municipality = Gemeente Enschede
embed-demo-language-nav = Taal van deze pagina
embed-demo-breadcrumb-nav = U bent hier
embed-demo-breadcrumb-home = Home
embed-demo-title = Klacht indienen
embed-demo-intro = Bent u niet tevreden over hoe een medewerker van de gemeente u heeft behandeld? Vertel het ons. Wij nemen binnen een week contact met u op.
embed-demo-before-form = Het invullen duurt ongeveer 10 minuten. Wilt u later verdergaan? Bewaar uw antwoorden dan op dit apparaat.
embed-demo-fallback = Het formulier kan hier niet starten. Bel ons op 14053, of kom langs bij het Overheidsloket in het Stadskantoor.
embed-demo-after-title = Wat gebeurt er met uw klacht?
embed-demo-after-body = Een klachtbehandelaar leest uw klacht en belt of mailt u binnen een week. Samen zoeken we een oplossing.
embed-demo-footer = Dit is een voorbeeldpagina. Zo bouwt een webteam een Loket-formulier in een eigen pagina in.

# /embed-demo/ingelogd: the same page after the municipality's own DigiD login (an example).
embed-demo-prefill-page-title = Klacht indienen, ingelogd met DigiD – Gemeente Enschede (voorbeeld van een formulier met gegevens uit een login)
embed-demo-prefill-signed-in = U bent ingelogd met DigiD als Anna de Vries. Dit is een voorbeeld: niemand is echt ingelogd. Het formulier vult uw naam, e-mailadres en adres alvast in.
