# Texts of the Loket kit itself, shared by every form.

loket-language-name = English
loket-language-nav = Language
loket-skip-link = Skip to main content
loket-step-progress = Step { $current } of { $total }
loket-page-title = { $page } – { $form } – { $municipality }
loket-page-title-error = Error: { $title }
loket-step-page-title = { $progress }: { $step }
loket-next = Continue
loket-back = Back
loket-optional = (optional)
loket-why-summary = Why do we ask this?
loket-error-prefix = Error:
loket-error-summary-title = There is a problem
loket-date-day = Day
loket-date-month = Month
loket-date-year = Year
loket-char-limit = You can use up to { $max } characters.
loket-notice-prefix = Please note:

## Errors. $name is the short name of the answer, for example "your email address".
loket-error-required-text = Enter { $name }.
loket-error-required-choice = Choose { $name }.
loket-error-required-date = Enter { $name }, with a day, month and year.
loket-error-too-long = Make { $name } shorter. You can use up to { $max } characters, it now has { $count }.
loket-error-email = Enter { $name } like name@example.com.
loket-error-phone = Enter { $name } using only numbers, for example 06 12345678.
loket-error-date-incomplete = For { $name }, enter a day, a month and a year.
loket-error-date-invalid = For { $name }, enter a date that exists, for example 27 3 2026.
loket-error-date-not-past = For { $name }, enter today or a day in the past.
loket-error-date-not-future = For { $name }, enter a day in the future.
loket-error-unknown-option = Choose { $name } from the list.

## Exit pages
loket-exit-change = Choose another answer

## Check your answers
loket-check-title = Check your answers
loket-check-intro = Make sure everything is right. You can still change an answer.
loket-check-change = Change
loket-check-not-provided = Not provided
loket-check-send-title = Send
loket-check-send-body = When you select send, we send your answers to { $municipality }.
loket-submit = Send
loket-submitting = Sending…
loket-submit-failed = Sending did not work. Your answers are saved. Try again in a few minutes, or ask us for help.

## Confirmation
loket-done-reference = Your reference
loket-done-next-title = What happens next
loket-done-answers-title = Your answers
loket-done-print = Print your answers
loket-done-start-over = Back to the start page

## Help block, the same on every step
loket-help-title = Need help?
loket-help-intro = Are you stuck? We are happy to help.
loket-help-call = Call { $phone }

## Dates in words
loket-date-long = { $weekday } { $day } { $month } { $year }
loket-date-short = { $day } { $month } { $year }
loket-weekday-0 = Monday
loket-weekday-1 = Tuesday
loket-weekday-2 = Wednesday
loket-weekday-3 = Thursday
loket-weekday-4 = Friday
loket-weekday-5 = Saturday
loket-weekday-6 = Sunday
loket-month-1 = January
loket-month-2 = February
loket-month-3 = March
loket-month-4 = April
loket-month-5 = May
loket-month-6 = June
loket-month-7 = July
loket-month-8 = August
loket-month-9 = September
loket-month-10 = October
loket-month-11 = November
loket-month-12 = December

## More answer kinds
loket-error-required-files = Add { $name }.
loket-error-required-list = Enter { $name }.
loket-error-postcode = Enter { $name } like 7511 JN.
loket-error-number = For { $name }, enter a number, for example 80.
loket-error-number-too-small = For { $name }, enter { $min } or more.
loket-error-number-too-large = For { $name }, enter { $max } or less.
loket-error-time = Enter { $name } like 14:30.
loket-error-too-many = You can add up to { $max } for { $name }. Remove one first.
loket-error-file-type = The file { $file } cannot be used. Choose a file of the type { $types }.
loket-error-file-too-large = The file { $file } is too large. Choose a file of at most { $size } MB.
loket-error-file-empty = The file { $file } is empty. Choose another file.
loket-files-limit = Allowed: { $types }. At most { $size } MB per file and { $count } files.
loket-files-choose = Choose a file
loket-files-chosen = Chosen files
loket-files-remove = Remove
loket-files-added = { $file } has been added.
loket-files-removed = { $file } has been removed.
loket-files-size = { $size } MB
loket-list-remove = Remove
