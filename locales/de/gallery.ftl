# The gallery of the reference site (/gallery): every component in every state, in two themes.
# The examples are listed in app/gallery/examples.json.

gallery-title = Galerie der Bausteine
gallery-intro = Hier sehen Sie jeden Baustein von Loket in jedem Zustand. Jedes Beispiel hat eine eigene Seite, in zwei Themen.
gallery-themes-intro = Das neutrale Thema ist der Standard von Loket. Das Voorbeeld-Thema kommt aus den Design Tokens von NL Design System.
gallery-example-title = { $component }: { $state }
gallery-example-page-title = { $example } – { gallery-title }
gallery-back-link = Zurück zu allen Beispielen
gallery-theme-nav = Thema
gallery-theme-neutral = Neutrales Thema
gallery-theme-voorbeeld = Voorbeeld-Thema
gallery-example-theme = Dieses Beispiel steht im { $theme }.
gallery-not-found = Dieses Beispiel gibt es nicht.
gallery-index-link = { $state }, { $theme }

gallery-component-text-field = Textfeld
gallery-component-textarea = Textbereich
gallery-component-choice = Optionsfelder
gallery-component-checkboxes = Kontrollkästchen
gallery-component-date = Datum
gallery-component-time = Uhrzeit
gallery-component-number = Zahl
gallery-component-list = Liste
gallery-component-files = Dateien
gallery-component-why-we-ask = Warum fragen wir das?
gallery-component-error-summary = Übersicht der Fehler
gallery-component-step = Schritt eines Formulars
gallery-component-check-answers = Antworten prüfen
gallery-component-send-problem = Problem beim Senden
gallery-component-answer-list = Liste der Antworten
gallery-component-confirmation = Bestätigung
gallery-component-exit-page = Seite mit einem anderen Weg
gallery-component-help-panel = Hilfe
gallery-component-stuck-offer = Angebot von Hilfe
gallery-component-hand-off = Antworten mitnehmen
gallery-component-callback = Rufen Sie mich zurück
gallery-component-feedback = Wie war es?
gallery-component-continue-form = Ein Formular fortsetzen
gallery-component-language-switch = Sprachwahl
gallery-component-part-failed = Seite konnte nicht laden
gallery-component-draft-changes = Hinweis zu Ihren gespeicherten Antworten

gallery-state-empty = leer
gallery-state-hint = mit Hinweis
gallery-state-error = mit einem Fehler
gallery-state-filled = ausgefüllt
gallery-state-optional = freiwillig
gallery-state-long = langer Text
gallery-state-closed = zu
gallery-state-disabled = wird gesendet
gallery-state-changed = Formular geändert
gallery-state-files = Dateien neu hinzufügen
gallery-state-prefilled = mit einem Login ausgefüllt

# The example form of the gallery (app/gallery/form.json).

gallery-form-title = Beispielformular
gallery-form-summary = Ein Formular mit jeder Art von Frage, für die Galerie.
gallery-form-done-title = Ihr Beispiel wurde gesendet
gallery-form-done-body = Dies ist ein Beispiel. Es wurde nichts gesendet.

gallery-form-step-gegevens-title = Ihre Angaben
gallery-form-step-melding-title = Was möchten Sie melden?
gallery-form-step-wanneer-title = Wann war es?
gallery-form-step-waar-title = Wo war es?

gallery-form-naam-label = Wie heißen Sie?
gallery-form-naam-name = Ihren Namen
gallery-form-naam-why = Dann wissen wir, wer fragt. Wir nutzen Ihren Namen nur für diese Frage.

gallery-form-email-label = Wie ist Ihre E-Mail-Adresse?
gallery-form-email-hint = Zum Beispiel name@beispiel.de.
gallery-form-email-name = Ihre E-Mail-Adresse
gallery-form-email-why = Dann können wir Ihnen antworten.

gallery-form-opmerking-label = Möchten Sie noch etwas sagen?
gallery-form-opmerking-name = Ihre Bemerkung
gallery-form-opmerking-why = Manchmal möchten Sie etwas sagen, wonach keine Frage fragt.

gallery-form-lang-label = Haben Sie uns das schon einmal gefragt, am Schalter im Stadtbüro, am Telefon oder in einem Brief?
gallery-form-lang-hint = Schreiben Sie auf, wann das war und mit wem Sie sprachen. Wissen Sie es nicht mehr genau? Dann schreiben Sie auf, was Sie noch wissen. Auch ein Monat oder ein Jahr hilft uns schon.
gallery-form-lang-name = ob Sie das schon einmal fragten
gallery-form-lang-why = Dann können wir sehen, was damals gesagt wurde. So müssen Sie nicht alles noch einmal erzählen. Und wir sehen, ob etwas schiefging.

gallery-form-omschrijving-label = Beschreiben Sie, was los ist
gallery-form-omschrijving-hint = Schreiben Sie auf, was Sie sahen und wo es war.
gallery-form-omschrijving-name = die Beschreibung
gallery-form-omschrijving-why = Mit Ihrer Beschreibung wissen wir, was zu tun ist.

gallery-form-soort-label = Worum geht es in Ihrer Meldung?
gallery-form-soort-name = worum es in Ihrer Meldung geht
gallery-form-soort-why = Dann kommt Ihre Meldung sofort zur richtigen Stelle.
gallery-form-soort-option-straat = Die Straße oder der Gehweg
gallery-form-soort-option-straat-hint = Zum Beispiel eine lose Gehwegplatte.
gallery-form-soort-option-groen = Bäume, Sträucher oder Gras
gallery-form-soort-option-groen-hint = Zum Beispiel ein Ast auf der Straße.
gallery-form-soort-option-anders = Etwas anderes

gallery-form-onderwerpen-label = Was ist kaputt?
gallery-form-onderwerpen-hint = Wählen Sie alles, was stimmt.
gallery-form-onderwerpen-name = was kaputt ist
gallery-form-onderwerpen-why = Dann bringen wir das richtige Werkzeug mit.
gallery-form-onderwerpen-option-licht = Eine Straßenlaterne
gallery-form-onderwerpen-option-afval = Ein Abfalleimer
gallery-form-onderwerpen-option-water = Ein Gully oder eine Rinne

gallery-form-datum-label = Wann haben Sie es gesehen?
gallery-form-datum-hint = Zum Beispiel 27 3 2026.
gallery-form-datum-name = das Datum
gallery-form-datum-why = Dann wissen wir, wie lange es schon so ist.

gallery-form-tijd-label = Um wie viel Uhr haben Sie es gesehen?
gallery-form-tijd-name = die Uhrzeit
gallery-form-tijd-why = Manches geht nur abends schief, zum Beispiel Licht.

gallery-form-aantal-label = Wie viele sind kaputt?
gallery-form-aantal-name = die Anzahl
gallery-form-aantal-why = Dann wissen wir, wie viel Zeit die Arbeit braucht.

gallery-form-straten-label = In welchen Straßen ist es?
gallery-form-straten-hint = Tragen Sie jede Straße in ein eigenes Feld ein.
gallery-form-straten-name = die Straßen
gallery-form-straten-why = Dann wissen wir, wo wir hinmüssen.
gallery-form-straten-item = Straße { $number }
gallery-form-straten-add = Noch eine Straße hinzufügen

gallery-form-bijlagen-label = Fotos
gallery-form-bijlagen-name = die Fotos
gallery-form-bijlagen-why = Auf einem Foto sehen wir sofort, was los ist.

gallery-form-exit-elders-title = Dafür gibt es einen anderen Weg
gallery-form-exit-elders-body = Dies ist ein Beispiel für eine Seite, die Sie einen anderen Weg schickt.

gallery-form-data-what = Ihr Name, Ihre E-Mail-Adresse und Ihre Meldung.
gallery-form-data-why = Dies ist ein Beispiel. Wir speichern nichts.
gallery-form-data-who = Niemand: dieses Formular sendet nichts.
gallery-form-data-how-long = Gar nicht: dieses Formular sendet nichts.

# Check a form (/gallery/lint): the linter of loket-lint in the browser.

gallery-lint-title = Ein Formular prüfen
gallery-lint-link = Spec und Texte eines Formulars prüfen
gallery-lint-intro = Fügen Sie die Spec eines Formulars und seine Texte in jeder Sprache ein, oder laden Sie das Beispiel. Wählen Sie dann „Prüfen“. Sie sehen, was falsch ist und wie Sie es beheben, wie mit loket-lint.
gallery-lint-example = Das Beispiel laden (AVG-verzoek)
gallery-lint-example-loading = Das Beispiel wird geladen.
gallery-lint-example-loaded = Das Beispiel ist geladen. Wählen Sie „Prüfen“, um es zu prüfen.
gallery-lint-example-failed = Das Beispiel konnte nicht geladen werden. Fügen Sie die Dateien selbst ein.
gallery-lint-spec-label = Spec des Formulars (JSON)
gallery-lint-spec-hint = Fügen Sie die ganze Datei forms/runtime/<id>.json ein.
gallery-lint-texts-label = Texte auf { $language } (.ftl)
gallery-lint-texts-hint = Fügen Sie die ganze Datei locales/{ $lang }/runtime/<id>.ftl ein.
gallery-lint-language-nl = Niederländisch
gallery-lint-language-en = Englisch
gallery-lint-language-de = Deutsch
gallery-lint-check = Prüfen
gallery-lint-no-problems = Keine Probleme gefunden
gallery-lint-no-problems-body = Die Spec und die Texte sind vollständig. Sie können das Formular veröffentlichen.
gallery-lint-problems = Gefundene Probleme: { $count }
gallery-lint-problems-body = Beheben Sie jedes Problem in der genannten Datei und prüfen Sie erneut. Die Erklärung ist auf Englisch, wie auf der Kommandozeile.
gallery-lint-file = Datei
gallery-lint-question = Frage
gallery-lint-fix = Was falsch ist und was Sie tun
gallery-lint-too-large-title = Der Text ist zu lang
gallery-lint-too-large = In ein Feld passen höchstens { $max } MB. Fügen Sie ein Formular nach dem anderen ein.
