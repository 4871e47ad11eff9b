# Texts of the Loket kit itself, shared by every form.

loket-language-name = English
loket-language-nav = Language
loket-language-loading = One moment: the other language is loading.
loket-language-failed = That language could not be loaded. The page stays in English and your answers stay as they are. Please try again. Still not working? Call { $phone }.
loket-part-loading = One moment: this page is loading.
loket-part-failed-title = This page could not be loaded
loket-part-failed-body = This part of the form could not be loaded. Your answers stay as they are. Please try again. Still not working? Call { $phone }, or see below how we can help you further.
loket-part-failed-retry = Try again
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
loket-time-format = For example 14:30.
loket-notice-prefix = Please note:

## Errors. $name is the short name of the answer, for example "your email address".
loket-error-required-text = Enter { $name }.
loket-error-required-choice = Choose { $name }.
loket-error-required-date = Enter { $name }, with a day, month and year.
loket-error-too-long = Make { $name } shorter. You can use up to { $max } characters, it now has { $count }.
loket-error-email = Enter { $name } like name@example.com.
loket-error-phone = Enter { $name } in digits, for example 06 12345678 or +31 53 123 45 67.
# $parts: the parts left empty, or the parts that cannot be right, joined by "-" ("month", "day-year"); empty for the whole date. $max: the last day of the month.
loket-error-date-incomplete = { $parts ->
        [day] For { $name }, enter the day.
        [month] For { $name }, enter the month.
        [year] For { $name }, enter the year.
        [day-month] For { $name }, enter the day and the month.
        [day-year] For { $name }, enter the day and the year.
        [month-year] For { $name }, enter the month and the year.
       *[other] For { $name }, enter a day, a month and a year.
    }
loket-error-date-invalid = { $parts ->
        [day] For { $name }, enter a day from 1 to { $max }.
        [month] For { $name }, enter a month from 1 to 12.
        [year] For { $name }, enter the year in 4 digits, for example 2026.
       *[other] For { $name }, enter a date that exists, for example 27 3 2026.
    }
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
loket-check-send-body = When you select Send, we will send your answers to the { $municipality }.
loket-submit = Send
loket-submitting = Sending…
loket-send-offline = Sending does not work now: there is no internet. Your answers are kept. As soon as you are back online, we will send them automatically.
loket-send-unreachable = Sending does not work now: we cannot reach the municipality. Your answers are kept. We will try again in a moment.
loket-send-server = Sending does not work now: something is wrong on our side. It is not your fault. Your answers are kept. We will try again in a moment.
loket-send-rejected = Sending did not work: our system did not accept your form. It is not your fault. Your answers are kept. Call { $phone } and we will help you.
loket-send-too-large = Sending did not work: your files are too large together. Your answers are kept. Choose fewer or smaller files and send again. To make a photo smaller, take it again at a lower quality. Does that not work? Then choose another way below.
loket-send-other-ways = Don’t want to wait? You can also:

## Keeping the answers, and clearing them
loket-keep-title = Keeping your answers
loket-keep-tab = We keep your answers only in this tab of your browser, until you close it. If you reload the page, you lose nothing. The municipality only sees your answers when you send them.
loket-keep-device-until = Your answers stay on this device until the end of { $date }. Then we clear them. We clear them at once after you send them.
loket-keep-device-label = Also keep my answers on this device, for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
loket-keep-device-hint = Then you can go on later, even if you close the browser. Do not do this on a computer you share with others.
loket-keep-device-why = So you can go on later on this device and do not have to start again. The municipality does not see these answers. They stay on your device.
loket-wipe = Clear my answers
loket-wipe-question = Are you sure? All your answers in this form will be cleared, also on this device.
loket-wipe-yes = Yes, clear everything
loket-wipe-no = No, keep them
loket-wiped = Your answers are cleared. You can start again.

## A kept draft that changed: the form got a new version, or files were too large to keep
loket-draft-changed-title = This form has changed
loket-draft-changed = We changed this form after you started. Your answers are kept. Check them as you go on.
loket-draft-answer-again = { $count ->
    [one] This question has changed. Please answer it again:
   *[other] These questions have changed. Please answer them again:
}
loket-draft-files-title = Add your files again
loket-draft-files = { $count ->
    [one] This file was too large to keep in your browser. Please add it again:
   *[other] These files were too large to keep in your browser. Please add them again:
}
loket-draft-file = { $file }, at the question: { $question }

## Answers a login on the municipality's own page filled in (DigiD, eHerkenning)
loket-prefill-hint = { $source ->
    [eherkenning] Filled in from your eHerkenning login.
   *[digid] Filled in from your DigiD login.
} { $fixed ->
    [yes] You cannot change this here.
   *[no] Is it wrong? Then you can change it.
}
loket-prefill-why = { $source ->
    [eherkenning] We filled this in from your eHerkenning login.
   *[digid] We filled this in from your DigiD login.
} So you do not have to type it yourself. { $fixed ->
    [yes] Is it wrong? Then please contact us.
   *[no] Is it wrong? Then change it here.
}
loket-prefill-check = { $source ->
    [eherkenning] From your eHerkenning login
   *[digid] From your DigiD login
}

## What we do with your data
loket-data-title = What we do with your data
loket-data-what = What we keep
loket-data-why = Why
loket-data-who = Who sees it
loket-data-how-long = How long

## Confirmation
loket-done-reference = Your reference
loket-done-received = Received on { $date } at { $time }.
loket-done-next-title = What happens next
loket-done-answers-title = Your answers
loket-done-print = Print your answers
loket-done-start-over = Back to the start page

## Help block, the same on every step
loket-help-title = Need help?
# The name of a region (help, keeping your answers, …) of a form embedded in another page, where several forms may each have one.
loket-region-for-form = { $region } ({ $form })
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
loket-files-limit = Allowed: { $types }. At most { $size } MB per file and { $count ->
        [one] { $count } file
       *[other] { $count } files
    }.
loket-files-choose = Choose a file
loket-files-chosen = Chosen files
loket-files-remove = Remove
loket-files-added = { $file } has been added.
loket-files-removed = { $file } has been removed.
loket-files-size = { $size } MB
loket-list-remove = Remove
loket-list-removed = { $item } has been removed.

## Help: call back, take the answers along, the offer when someone seems stuck

loket-help-back = Back to the form
loket-callback-open = Call me back
loket-callback-title = Call me back
loket-callback-intro = Leave your phone number. Someone will call you back on a working day, at the time of day you choose. Your answers in the form are kept.
loket-callback-send = Ask for a call back
loket-callback-failed = Your request was not sent. What you filled in is still here. Try again, or call us yourself.
loket-callback-sent-title = We will call you back
loket-callback-sent-body = We have your request. Someone will call you on a working day, at the time of day you chose. The form is still waiting for you. You can go back to it now.

loket-handoff-open = Take my answers with me
loket-handoff-title = Take your answers with you
loket-handoff-intro = Then you do not have to fill anything in again. Show the code or this page to someone from the municipality, on the phone or at the desk. Or save your answers in a file and carry on later.
loket-handoff-nothing = You have not filled anything in yet. So nothing goes along yet.
loket-handoff-choose-legend = Which answers go along?
loket-handoff-choose-hint = Personal details are switched off, such as your name, your email address and files. Switch them on if you want to take them along.
loket-handoff-code-title = Your code
loket-handoff-code-body = This code holds the answers that are switched on. Someone from the municipality types in the code or scans the QR code. Files do not go in the code. They are in the file.
loket-handoff-code-size = The code has { $count } characters.
loket-handoff-short-title = Short code to read out
loket-handoff-short-body = Are you calling the municipality or going to a desk? Then make a short code. Read it out. The person helping you then sees the answers that are switched on.
loket-handoff-short-keep = We keep these answers for { $days } days, encrypted. Then we delete them. Only someone with the code can see them.
loket-handoff-short-make = Make a short code
loket-handoff-short-busy = We are making the code. One moment.
loket-handoff-short-label = Your short code
loket-handoff-short-valid = The code works until and including { $date }. Do you change which answers are switched on? The code stays the same.
loket-handoff-short-copy = Copy the short code
loket-handoff-short-copied = The short code has been copied.
loket-handoff-short-failed = Making a short code does not work right now. Use the long code below, the QR code or the file with answers.
loket-handoff-qr-label = QR code with your answers
loket-handoff-qr-too-long = Your answers do not fit in a QR code. Switch off some answers, or save them in a file.
loket-handoff-summary-title = These answers go along
loket-handoff-file-title = Save your answers in a file
loket-handoff-file-body = Bring the file to the desk. Or open it later on the page "Continue a form". The file is only on your own device.
loket-handoff-download = Download my answers
loket-handoff-print = Print this page
loket-handoff-file-name = answers-{ $form }-{ $date }.json
loket-handoff-visit-title = Would you rather come by?
loket-handoff-visit-body = A member of staff helps you further with your answers. Make an appointment first. Bring the code, or this page on paper.

loket-stuck-title = Need a hand?
loket-stuck-repeated-errors = This question is not working out yet. That happens to many people. We are happy to help, and you do not have to fill anything in again.
loket-stuck-back-and-forth = You are going back and forth between two steps. Are you looking for something? We are happy to help, and you do not have to fill anything in again.
loket-stuck-no-progress = You have been on this step for a while. We are happy to help, and you do not have to fill anything in again.
loket-stuck-dismiss = No, thank you

## Continue a form: at the desk, or later at home

loket-continue-title = Continue a form
loket-continue-intro = Do you have a code or a file with answers? Then you carry on where you left off, in your own language. You do not have to fill anything in again.
loket-continue-code-label = Code
loket-continue-code-hint = Type in the short code of 9 characters or the long code. Or scan the QR code. Spaces, dashes and small letters are fine.
loket-continue-code-why = The code goes with the answers already given. That way nobody has to fill them in again. For a short code, we fetch the answers from the municipality.
loket-continue-code-open = Open with this code
loket-continue-file-label = File with answers
loket-continue-file-hint = Choose the file you got from "Download my answers". Its name starts with "answers".
loket-continue-file-why = The file holds the answers already given, files too. Only this page reads the file. It is not sent to us.
loket-continue-code-error-empty = Enter the code. You find it on the page "Take your answers with you".
loket-continue-code-error-damaged = The code is not right. A character is missing or different. Check the code and try again.
loket-continue-code-error-not-answers = The code is not right. Check the code and try again.
loket-continue-code-error-newer = The code was made with a newer version of this form. Ask for the file with answers, or fill in the form together.
loket-continue-code-error-unknown-form = The code belongs to a form that is not on this website. Open the code on the website where the form was filled in.
loket-continue-code-error-other-version = The code belongs to an older version of the form. Fill in the form again. The printed page shows what was in the code.
loket-continue-code-error-too-large = The code is too long. Use the file with answers.
loket-continue-code-error-length = A short code has 9 characters. Check that you have all of them.
loket-continue-code-error-mistyped = The code is not right. One character is different, or two characters are swapped. Check every character.
loket-continue-code-error-unknown = We find no answers for this code. Perhaps the code has expired. Ask for a new code, or use the file with answers.
loket-continue-code-error-too-many-tries = You have tried codes that do not exist too often. Wait a quarter of an hour and then try again.
loket-continue-code-error-unavailable = We cannot fetch the answers for this code right now. Try again in a few minutes. Or use the long code, the QR code or the file with answers.
loket-continue-code-error-not-loaded = Part of this page did not load, so we cannot open the code right now. Please try again. Still not working? See below how we can help you further.
loket-continue-file-error-empty = The file with answers is empty. Choose the file you got from "Download my answers".
loket-continue-file-error-damaged = The file with answers is damaged. Download your answers again, or use the code.
loket-continue-file-error-not-answers = This is not a file with answers. Choose the file you got from "Download my answers". Its name starts with "answers".
loket-continue-file-error-newer = The file with answers was made with a newer version of this form. Fill in the form together.
loket-continue-file-error-unknown-form = The file with answers belongs to a form that is not on this website. Open it on the website where the form was filled in.
loket-continue-file-error-other-version = The file with answers belongs to an older version of the form. Fill in the form again.
loket-continue-file-error-too-large = The file is too big to be a file with answers. Choose the file you got from "Download my answers".
loket-continue-file-error-not-loaded = Part of this page did not load, so we cannot open the file right now. Please choose the file again. Still not working? See below how we can help you further.

## After sending: "How did it go?"

loket-feedback-title = How did it go?
loket-feedback-question = How was it to fill in this form?
loket-feedback-why = It shows us what we can do better in this form. We do not know who you are: your name and your answers are not sent with it.
loket-feedback-goed = Good
loket-feedback-gaat-wel = OK
loket-feedback-niet-goed = Not good
loket-feedback-error = Choose how it went: good, OK or not good.
loket-feedback-comment-label = Anything else you want to tell us? (optional)
loket-feedback-comment-hint = Do not write your name, address or other personal details here.
loket-feedback-comment-why = Your explanation helps us make the form better. We read everything, but we do not send a reply.
loket-feedback-send = Send my opinion
loket-feedback-thanks = Thank you for your opinion. It helps us make the form better.

## A form loaded at run time (its spec and texts come from the web server)
loket-runtime-page-title = { $page } – { $municipality }
loket-runtime-loading = The form is loading.
loket-runtime-failed-title = This form does not work right now
loket-runtime-failed-body = We cannot open this form right now. This is not your fault. Please try again later. Or contact us: we are happy to help.
