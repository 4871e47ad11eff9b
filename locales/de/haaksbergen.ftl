# Municipality profile Haaksbergen (profiles/haaksbergen.json). Details this kit does not
# know for sure (phone number, addresses, opening hours) are not made up: the texts say where
# to find them.

haaksbergen-name = Gemeinde Haaksbergen
haaksbergen-phone-missing = das Kundenkontaktzentrum (Klant Contact Centrum, die Nummer steht auf haaksbergen.nl)
haaksbergen-channel-digitaal-title = Online
haaksbergen-channel-digitaal-body = Sie erledigen es selbst, mit diesem Formular oder auf haaksbergen.nl. Wir helfen, wenn Sie das möchten oder wenn es nötig ist.
haaksbergen-channel-digitaal-how = Dieses Formular können Sie immer ausfüllen, auch abends und am Wochenende.
haaksbergen-channel-kcc-title = Kundenkontaktzentrum (Klant Contact Centrum)
haaksbergen-channel-kcc-body = Das Kundenkontaktzentrum beantwortet Ihre Frage als Erstes. Oder es findet heraus, wer Ihnen weiterhilft.
haaksbergen-channel-kcc-how = Die Telefonnummer und die Öffnungszeiten stehen auf haaksbergen.nl. Sie stehen noch nicht in diesem Formular.
haaksbergen-channel-post-title = Per Post
haaksbergen-channel-post-body = Sie können Ihre Frage auch in einem Brief schicken.
haaksbergen-channel-post-how = Die Postadresse steht auf haaksbergen.nl. Sie steht noch nicht in diesem Formular.
haaksbergen-channel-gemeentehuis-title = Vorbeikommen
haaksbergen-channel-gemeentehuis-body = Jemand von der Gemeinde hilft Ihnen, auch beim Ausfüllen eines Formulars.
haaksbergen-channel-gemeentehuis-how = Die Adresse und die Öffnungszeiten stehen auf haaksbergen.nl. Dort steht auch, ob Sie einen Termin machen müssen.

## What we do with your data
haaksbergen-data-rights = Sie dürfen immer fragen, welche Daten wir über Sie haben, und sie berichtigen oder löschen lassen. Wie das geht, steht in der Datenschutzerklärung auf haaksbergen.nl.
