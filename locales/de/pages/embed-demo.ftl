# /embed-demo: a content page of a municipal website with a Loket form in the middle of it, as a
# web team would build it in its own CMS (made into HTML by tools/embed.mjs, not built into Loket).
embed-demo-page-title = Beschwerde einreichen – Gemeinde Enschede (Beispiel für ein eingebautes Formular)
embed-demo-skip-link = Zum Inhalt
embed-demo-municipality = Gemeinde Enschede
embed-demo-language-nav = Sprache dieser Seite
embed-demo-breadcrumb-nav = Sie sind hier
embed-demo-breadcrumb-home = Startseite
embed-demo-title = Beschwerde einreichen
embed-demo-intro = Sind Sie unzufrieden damit, wie ein Mitarbeiter der Gemeinde Sie behandelt hat? Sagen Sie es uns. Wir melden uns innerhalb einer Woche bei Ihnen.
embed-demo-before-form = Das Ausfüllen dauert etwa 10 Minuten. Möchten Sie später weitermachen? Dann speichern Sie Ihre Antworten auf diesem Gerät.
embed-demo-fallback = Das Formular kann hier nicht starten. Rufen Sie uns unter 14053 an oder kommen Sie zum Overheidsloket im Stadskantoor.
embed-demo-after-title = Was passiert mit Ihrer Beschwerde?
embed-demo-after-body = Eine Person, die Beschwerden bearbeitet, liest Ihre Beschwerde und ruft Sie innerhalb einer Woche an oder schreibt Ihnen eine E-Mail. Gemeinsam suchen wir eine Lösung.
embed-demo-footer = Dies ist eine Beispielseite. Sie zeigt, wie ein Webteam ein Loket-Formular in eine eigene Seite einbaut.

# /embed-demo/ingelogd: the same page after the municipality's own DigiD login (an example).
embed-demo-prefill-page-title = Beschwerde einreichen, angemeldet mit DigiD – Gemeinde Enschede (Beispiel eines Formulars mit Daten aus einem Login)
embed-demo-prefill-signed-in = Sie sind mit DigiD als Anna de Vries angemeldet. Dies ist ein Beispiel: Niemand ist wirklich angemeldet. Das Formular füllt Ihren Namen, Ihre E-Mail-Adresse und Ihre Adresse schon aus.
