# E-mails the intake service sends: the acknowledgement of receipt to the resident (in their
# language) and the notice to the department (in the desk's language).

mail-ack-subject = { $title } (Aktenzeichen { $reference })
mail-ack-hello = Hallo,
mail-ack-received = Wir haben Ihr Formular am { $date } um { $time } Uhr erhalten. Ihr Aktenzeichen ist { $reference }. Nennen Sie dieses Aktenzeichen, wenn Sie uns kontaktieren.
mail-ack-next-title = Wie geht es weiter?
mail-ack-help-title = Fragen oder Hilfe nötig?
mail-ack-closing = Mit freundlichen Grüßen
mail-ack-no-reply = Diese E-Mail wurde automatisch verschickt. Antworten auf diese E-Mail lesen wir nicht. Kontaktieren Sie uns auf einem der Wege oben.

mail-department-subject = { $form }: { $reference }
mail-department-received = Am { $date } um { $time } Uhr kam über die Website ein Formular an: { $form }. Das Aktenzeichen ist { $reference }.
mail-department-assisted = Eine Person am Schalter hat das Formular zusammen mit dem Einwohner ausgefüllt ({ $user }).
mail-department-link = Sehen Sie das Formular im Schalterbereich: { $link }
mail-department-no-answers = Die Antworten stehen nicht in dieser E-Mail. So bleiben persönliche Daten aus den Postfächern.
mail-department-answers-title = Die Antworten
