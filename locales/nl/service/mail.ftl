# E-mails the intake service sends: the acknowledgement of receipt to the resident (in their
# language) and the notice to the department (in the desk's language).

mail-ack-subject = { $title } (kenmerk { $reference })
mail-ack-hello = Hallo,
mail-ack-received = We hebben uw formulier ontvangen op { $date } om { $time }. Uw kenmerk is { $reference }. Noem dit kenmerk als u contact met ons opneemt.
mail-ack-next-title = Wat gebeurt er nu?
mail-ack-help-title = Vragen of hulp nodig?
mail-ack-closing = Met vriendelijke groet,
mail-ack-no-reply = Deze e-mail is automatisch verstuurd. Een antwoord op deze e-mail lezen we niet. Neem contact met ons op zoals hierboven staat.

mail-department-subject = { $form }: { $reference }
mail-department-received = Op { $date } om { $time } kwam via de website een formulier binnen: { $form }. Het kenmerk is { $reference }.
mail-department-assisted = Een medewerker van de balie heeft het formulier samen met de inwoner ingevuld ({ $user }).
mail-department-link = Bekijk het formulier in de balie: { $link }
mail-department-no-answers = De antwoorden staan niet in deze e-mail. Zo blijven persoonsgegevens uit de mailbox.
mail-department-answers-title = De antwoorden
