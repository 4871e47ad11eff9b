# Municipality profile Enschede (profiles/enschede.json). $phone is the profile's phone number.

enschede-name = Gemeinde Enschede
enschede-channel-hulploket-vergunningen-title = Hilfeschalter für Genehmigungen (Hulploket Vergunningen)
enschede-channel-hulploket-vergunningen-body = Jemand von der Gemeinde füllt Ihren Antrag auf eine Genehmigung gemeinsam mit Ihnen aus. Das ist für Menschen mit einer Behinderung und für Menschen, denen Lesen oder Schreiben schwerfällt. Auch für Menschen, die wenig mit dem Computer machen.
enschede-channel-hulploket-vergunningen-how = Machen Sie zuerst einen Termin. Das geht online, oder rufen Sie { $phone } an. Dann erfahren Sie, wo und wann Sie hinkommen können.
enschede-channel-hulploket-vergunningen-hours = Geöffnet von Montag bis Freitag, von 9.00 bis 17.00 Uhr. Nur mit Termin.
enschede-channel-hulploket-vergunningen-appointment = Termin beim Hulploket Vergunningen machen
enschede-channel-telefoon-title = Telefon
enschede-channel-telefoon-body = Wir beantworten Ihre Frage. Oder wir finden heraus, wer Ihnen weiterhilft.
enschede-channel-telefoon-how = Die Öffnungszeiten stehen auf enschede.nl.
enschede-channel-overheidsloket-title = Behördenschalter (Overheidsloket) im Stadskantoor
enschede-channel-overheidsloket-body = Für alle Ihre Fragen an Behörden. Jemand dort hilft Ihnen, auch bei Fragen zu anderen Stellen. Zum Beispiel zu Belastingdienst (Steuerbehörde), Toeslagen (Zuschüsse), DUO (Studienfinanzierung) oder UWV (Arbeit und Arbeitslosengeld).
enschede-channel-overheidsloket-how = Sie finden den Behördenschalter im Stadskantoor, dem Verwaltungsgebäude der Stadt. Die Adresse steht auf enschede.nl.
enschede-channel-overheidsloket-hours = Geöffnet von Montag bis Freitag, von 9.00 bis 17.00 Uhr. Nur mit Termin.
enschede-channel-overheidsloket-appointment = Termin beim Overheidsloket machen
enschede-channel-wijkwijzers-title = Behördenschalter in den Wijkwijzers (Stadtteilzentren)
enschede-channel-wijkwijzers-body = Den Behördenschalter gibt es auch in 5 Wijkwijzers, nah bei Ihnen zu Hause. Dort können Sie mit den gleichen Fragen hingehen.
enschede-channel-wijkwijzers-how = Auf enschede.nl steht, welcher Wijkwijzer in Ihrer Nähe ist und wann er geöffnet ist.

## What we do with your data
enschede-data-rights = Sie dürfen immer fragen, welche Daten wir über Sie haben, und sie berichtigen oder löschen lassen. Wie das geht, steht in der Datenschutzerklärung auf enschede.nl. Oder rufen Sie { $phone } an.
