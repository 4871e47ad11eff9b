# Municipality profile Haaksbergen (profiles/haaksbergen.json). Details this kit does not
# know for sure (phone number, addresses, opening hours) are not made up: the texts say where
# to find them.

haaksbergen-name = Gemeente Haaksbergen
haaksbergen-phone-missing = het Klant Contact Centrum (het nummer staat op haaksbergen.nl)
haaksbergen-channel-digitaal-title = Online
haaksbergen-channel-digitaal-body = U regelt het zelf, met dit formulier of op haaksbergen.nl. Wij helpen als u dat wilt of als het nodig is.
haaksbergen-channel-digitaal-how = Dit formulier kunt u altijd invullen, ook 's avonds en in het weekend.
haaksbergen-channel-kcc-title = Klant Contact Centrum
haaksbergen-channel-kcc-body = Het Klant Contact Centrum beantwoordt uw vraag als eerste. Of het zoekt uit wie u verder helpt.
haaksbergen-channel-kcc-how = Het telefoonnummer en de openingstijden staan op haaksbergen.nl. Ze staan nog niet in dit formulier.
haaksbergen-channel-post-title = Per post
haaksbergen-channel-post-body = U kunt uw vraag ook in een brief sturen.
haaksbergen-channel-post-how = Het postadres staat op haaksbergen.nl. Het staat nog niet in dit formulier.
haaksbergen-channel-gemeentehuis-title = Langskomen
haaksbergen-channel-gemeentehuis-body = Een medewerker helpt u, ook met het invullen van een formulier.
haaksbergen-channel-gemeentehuis-how = Het adres, de openingstijden en of u een afspraak moet maken, staan op haaksbergen.nl.

## What we do with your data
haaksbergen-data-rights = U mag altijd vragen welke gegevens we van u hebben, en ze laten verbeteren of wissen. Hoe dat gaat, staat in de privacyverklaring op haaksbergen.nl.
