# Texts of the reference site around the forms.

site-page-title = { $page } – { $municipality }
site-start-title = What would you like to do?
site-start-intro = Choose what you want to arrange. Each one shows about how long it takes.
site-form-minutes = Takes about { $minutes } minutes.
site-not-found-title = This page does not exist
site-not-found-body = The address may have been mistyped. Go to the start page to choose what you want to do.
site-home-link = Go to the start page
site-footer-note = This is the reference site of Loket: accessible forms for municipalities.
site-continue-title = Continue a form
site-continue-body = Do you have a code or a file with answers? Then you carry on where you left off.
site-continue-link = Continue a form

site-embed-unavailable-title = We cannot show this form here right now
site-embed-unavailable-body = Something is wrong on this page. Nothing has been sent. Please try again later, or contact the municipality.
site-start-failed-title = This page is not working properly right now
site-start-failed-body = Part of the page did not load, so you cannot go on right now. What you have filled in stays on this page. Please try again later, or contact us. You can read below how.
site-start-waiting = One moment, the page is still loading. Then it will carry on by itself.
