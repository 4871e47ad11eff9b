# Texts of the reference site around the forms.

site-page-title = { $page } – { $municipality }
site-start-title = Wat wilt u doen?
site-start-intro = Kies wat u wilt regelen. Bij elk onderwerp ziet u hoe lang het ongeveer duurt.
site-form-minutes = Duurt ongeveer { $minutes } minuten.
site-not-found-title = Deze pagina bestaat niet
site-not-found-body = Misschien is het adres verkeerd getypt. Ga naar de startpagina om te kiezen wat u wilt doen.
site-home-link = Naar de startpagina
site-footer-note = Dit is de voorbeeldsite van Loket: toegankelijke formulieren voor gemeenten.
site-continue-title = Verder met een formulier
site-continue-body = Heeft u een code of een bestand met antwoorden? Dan gaat u verder waar u was gebleven.
site-continue-link = Verder met een formulier

site-embed-unavailable-title = Dit formulier kunnen we hier nu niet laten zien
site-embed-unavailable-body = Er is iets mis op deze pagina. Uw gegevens zijn niet verstuurd. Probeer het later nog eens, of neem contact op met de gemeente.
site-start-failed-title = Deze pagina werkt nu niet helemaal
site-start-failed-body = Een deel van de pagina is niet geladen. Daardoor kunt u nu niet verder. Wat u al hebt ingevuld, blijft op deze pagina staan. Probeer het later nog eens, of neem contact met ons op. Hoe dat kan, staat hieronder.
site-start-waiting = Even geduld, de pagina laadt nog. Daarna gaat het vanzelf verder.
