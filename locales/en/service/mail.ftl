# E-mails the intake service sends: the acknowledgement of receipt to the resident (in their
# language) and the notice to the department (in the desk's language).

mail-ack-subject = { $title } (reference { $reference })
mail-ack-hello = Hello,
mail-ack-received = We received your form on { $date } at { $time }. Your reference is { $reference }. Please mention this reference when you contact us.
mail-ack-next-title = What happens now?
mail-ack-help-title = Questions or need help?
mail-ack-closing = Kind regards,
mail-ack-no-reply = This email was sent automatically. We do not read replies to this email. Contact us in one of the ways above.

mail-department-subject = { $form }: { $reference }
mail-department-received = On { $date } at { $time } a form arrived through the website: { $form }. The reference is { $reference }.
mail-department-assisted = Someone at the desk filled in the form together with the resident ({ $user }).
mail-department-link = See the form at the desk: { $link }
mail-department-no-answers = The answers are not in this email. That way personal data stays out of mailboxes.
mail-department-answers-title = The answers
