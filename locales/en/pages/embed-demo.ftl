# /embed-demo: a content page of a municipal website with a Loket form in the middle of it, as a
# web team would build it in its own CMS (made into HTML by tools/embed.mjs, not built into Loket).
embed-demo-page-title = Make a complaint – Municipality of Enschede (example of an embedded form)
embed-demo-skip-link = Skip to content
embed-demo-municipality = Municipality of Enschede
embed-demo-language-nav = Language of this page
embed-demo-breadcrumb-nav = You are here
embed-demo-breadcrumb-home = Home
embed-demo-title = Make a complaint
embed-demo-intro = Are you unhappy with how someone from the municipality treated you? Tell us. We will contact you within a week.
embed-demo-before-form = It takes about 10 minutes. Want to continue later? Then keep your answers on this device.
embed-demo-fallback = The form cannot start here. Call us on 14053, or visit the Overheidsloket in the Stadskantoor.
embed-demo-after-title = What happens to your complaint?
embed-demo-after-body = A complaints officer reads your complaint and calls or emails you within a week. Together we look for a solution.
embed-demo-footer = This is an example page. It shows how a web team puts a Loket form into a page of its own.

# /embed-demo/ingelogd: the same page after the municipality's own DigiD login (an example).
embed-demo-prefill-page-title = Make a complaint, logged in with DigiD – Municipality of Enschede (example of a form with data from a login)
embed-demo-prefill-signed-in = You are logged in with DigiD as Anna de Vries. This is an example: nobody is really logged in. The form fills in your name, email address and address for you.
