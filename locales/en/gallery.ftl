# The gallery of the reference site (/gallery): every component in every state, in two themes.
# The examples are listed in app/gallery/examples.json.

gallery-title = Gallery of components
gallery-intro = Here you see every part of Loket in every state. Each example has a page of its own, in two themes.
gallery-themes-intro = The neutral theme is the Loket default. The Voorbeeld theme comes from the NL Design System design tokens.
gallery-example-title = { $component }: { $state }
gallery-example-page-title = { $example } – { gallery-title }
gallery-back-link = Back to all examples
gallery-theme-nav = Theme
gallery-theme-neutral = Neutral theme
gallery-theme-voorbeeld = Voorbeeld theme
gallery-example-theme = This example is shown in the { $theme }.
gallery-not-found = This example does not exist.
gallery-index-link = { $state }, { $theme }

gallery-component-text-field = Text field
gallery-component-textarea = Text area
gallery-component-choice = Radio buttons
gallery-component-checkboxes = Checkboxes
gallery-component-date = Date
gallery-component-time = Time
gallery-component-number = Number
gallery-component-list = List
gallery-component-files = Files
gallery-component-why-we-ask = Why do we ask this?
gallery-component-error-summary = Error summary
gallery-component-step = Step of a form
gallery-component-check-answers = Check your answers
gallery-component-send-problem = Problem sending
gallery-component-answer-list = List of answers
gallery-component-confirmation = Confirmation
gallery-component-exit-page = Page that leads another way
gallery-component-help-panel = Help
gallery-component-stuck-offer = Offer of help
gallery-component-hand-off = Take my answers with me
gallery-component-callback = Call me back
gallery-component-feedback = How did it go?
gallery-component-continue-form = Continue a form
gallery-component-language-switch = Language switch
gallery-component-part-failed = Page could not load
gallery-component-draft-changes = Notice about your kept answers

gallery-state-empty = empty
gallery-state-hint = with a hint
gallery-state-error = with an error
gallery-state-filled = filled in
gallery-state-optional = optional
gallery-state-long = long text
gallery-state-closed = closed
gallery-state-disabled = sending
gallery-state-changed = form changed
gallery-state-files = add files again
gallery-state-prefilled = filled in from a login

# The example form of the gallery (app/gallery/form.json).

gallery-form-title = Example form
gallery-form-summary = A form with every kind of question, for the gallery.
gallery-form-done-title = Your example was sent
gallery-form-done-body = This is an example. Nothing was sent.

gallery-form-step-gegevens-title = Your details
gallery-form-step-melding-title = What do you want to report?
gallery-form-step-wanneer-title = When was it?
gallery-form-step-waar-title = Where was it?

gallery-form-naam-label = What is your name?
gallery-form-naam-name = your name
gallery-form-naam-why = Then we know who is asking. We only use your name for this question.

gallery-form-email-label = What is your email address?
gallery-form-email-hint = For example name@example.com.
gallery-form-email-name = your email address
gallery-form-email-why = Then we can answer you.

gallery-form-opmerking-label = Is there anything else you want to tell us?
gallery-form-opmerking-name = your comment
gallery-form-opmerking-why = Sometimes you want to tell us something that no question asks about.

gallery-form-lang-label = Have you asked us this before, at the desk in the City Office, on the phone or in a letter?
gallery-form-lang-hint = Write down when that was and who you spoke to. Do you not remember exactly? Then write down what you still know. Even a month or a year helps us.
gallery-form-lang-name = whether you asked this before
gallery-form-lang-why = Then we can look at what was said then. So you do not have to tell your story again. And we see if something went wrong.

gallery-form-omschrijving-label = Describe what is wrong
gallery-form-omschrijving-hint = Write down what you saw and where it was.
gallery-form-omschrijving-name = the description
gallery-form-omschrijving-why = With your description we know what needs to be done.

gallery-form-soort-label = What is your report about?
gallery-form-soort-name = what your report is about
gallery-form-soort-why = Then your report goes straight to the right team.
gallery-form-soort-option-straat = The street or the pavement
gallery-form-soort-option-straat-hint = For example a loose paving stone.
gallery-form-soort-option-groen = Trees, bushes or grass
gallery-form-soort-option-groen-hint = For example a branch lying on the road.
gallery-form-soort-option-anders = Something else

gallery-form-onderwerpen-label = What is broken?
gallery-form-onderwerpen-hint = Choose everything that is true.
gallery-form-onderwerpen-name = what is broken
gallery-form-onderwerpen-why = Then we bring the right tools.
gallery-form-onderwerpen-option-licht = A street light
gallery-form-onderwerpen-option-afval = A litter bin
gallery-form-onderwerpen-option-water = A drain or a gutter

gallery-form-datum-label = When did you see it?
gallery-form-datum-hint = For example 27 3 2026.
gallery-form-datum-name = the date
gallery-form-datum-why = Then we know how long it has been like this.

gallery-form-tijd-label = At what time did you see it?
gallery-form-tijd-name = the time
gallery-form-tijd-why = Some things only go wrong in the evening, such as lights.

gallery-form-aantal-label = How many are broken?
gallery-form-aantal-name = the number
gallery-form-aantal-why = Then we know how much time the work takes.

gallery-form-straten-label = In which streets is it?
gallery-form-straten-hint = Fill in each street in a box of its own.
gallery-form-straten-name = the streets
gallery-form-straten-why = Then we know where we need to be.
gallery-form-straten-item = Street { $number }
gallery-form-straten-add = Add another street

gallery-form-bijlagen-label = Photos
gallery-form-bijlagen-name = the photos
gallery-form-bijlagen-why = On a photo we see at once what is wrong.

gallery-form-exit-elders-title = You can go elsewhere for this
gallery-form-exit-elders-body = This is an example of a page that sends you another way.

gallery-form-data-what = Your name, your email address and your report.
gallery-form-data-why = This is an example. We keep nothing.
gallery-form-data-who = Nobody: this form sends nothing.
gallery-form-data-how-long = Not at all: this form sends nothing.

# Check a form (/gallery/lint): the linter of loket-lint in the browser.

gallery-lint-title = Check a form
gallery-lint-link = Check a form spec and its texts
gallery-lint-intro = Paste the spec of a form and its texts in every language, or load the example. Then choose "Check". You see what is wrong and how to fix it, as with loket-lint.
gallery-lint-example = Load the example (AVG-verzoek)
gallery-lint-example-loading = The example is loading.
gallery-lint-example-loaded = The example is loaded. Choose "Check" to check it.
gallery-lint-example-failed = The example could not be loaded. Paste the files yourself.
gallery-lint-spec-label = Spec of the form (JSON)
gallery-lint-spec-hint = Paste all of the file forms/runtime/<id>.json.
gallery-lint-texts-label = Texts in { $language } (.ftl)
gallery-lint-texts-hint = Paste all of the file locales/{ $lang }/runtime/<id>.ftl.
gallery-lint-language-nl = Dutch
gallery-lint-language-en = English
gallery-lint-language-de = German
gallery-lint-check = Check
gallery-lint-no-problems = No problems found
gallery-lint-no-problems-body = The spec and the texts are complete. You can publish the form.
gallery-lint-problems = Problems found: { $count }
gallery-lint-problems-body = Fix each problem in the file it names, then check again. The explanation is in English, as on the command line.
gallery-lint-file = File
gallery-lint-question = Question
gallery-lint-fix = What is wrong and what to do
gallery-lint-too-large-title = The text is too long
gallery-lint-too-large = A field may hold at most { $max } MB. Paste one form at a time.
