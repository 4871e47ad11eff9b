# Texts of the reference site around the forms.

site-page-title = { $page } – { $municipality }
site-start-title = Was möchten Sie tun?
site-start-intro = Wählen Sie, was Sie erledigen möchten. Bei jedem Thema sehen Sie, wie lange es ungefähr dauert.
site-form-minutes = Dauert ungefähr { $minutes } Minuten.
site-not-found-title = Diese Seite gibt es nicht
site-not-found-body = Vielleicht ist die Adresse falsch geschrieben. Gehen Sie zur Startseite. Dort wählen Sie, was Sie tun möchten.
site-home-link = Zur Startseite
site-footer-note = Das ist die Beispiel-Website von Loket: barrierefreie Formulare für Gemeinden.
site-continue-title = Formular fortsetzen
site-continue-body = Haben Sie einen Code oder eine Datei mit Antworten? Dann machen Sie dort weiter, wo Sie aufgehört haben.
site-continue-link = Formular fortsetzen

site-embed-unavailable-title = Wir können dieses Formular hier gerade nicht zeigen
site-embed-unavailable-body = Auf dieser Seite stimmt etwas nicht. Es wurde nichts gesendet. Bitte versuchen Sie es später noch einmal oder wenden Sie sich an die Gemeinde.
site-start-failed-title = Diese Seite funktioniert gerade nicht richtig
site-start-failed-body = Ein Teil der Seite wurde nicht geladen. Deshalb können Sie gerade nicht weitermachen. Was Sie schon ausgefüllt haben, bleibt auf dieser Seite stehen. Versuchen Sie es später noch einmal, oder nehmen Sie Kontakt mit uns auf. Wie das geht, steht weiter unten.
site-start-waiting = Einen Moment bitte, die Seite lädt noch. Danach geht es von selbst weiter.
