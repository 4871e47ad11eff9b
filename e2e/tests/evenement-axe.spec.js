// Accessibility of every page of the event permit, every branch included, in every state,
// language and width.
import { accessibilityMatrix } from '../support/matrix.js';
import { large, pdf, small } from '../support/evenement.js';

const big = {
  ...large,
  straten: ['Oude Markt', 'Marktstraat'],
  'afsluiting-van': '10:00',
  'afsluiting-tot': '01:00',
  maatregelen: 'Twee EHBO-ers en vier beveiligers.',
  schets: [{ name: 'plattegrond.pdf', media_type: 'application/pdf', size: 2048, content_base64: pdf().buffer.toString('base64') }],
};
const smallEvent = { ...small, aanvraagsoort: 'melding' };

accessibilityMatrix({
  form: 'vergunning-evenement',
  path: '/vergunning/evenement',
  complete: big,
  steps: [
    { index: 0, id: 'evenement', answers: big, questions: ['naam-evenement', 'soort', 'omschrijving'] },
    { index: 1, id: 'wanneer', answers: big, questions: ['datum', 'begintijd', 'eindtijd', 'locatie'] },
    { index: 2, id: 'omvang', answers: big, questions: ['bezoekers', 'wegafsluiting', 'muziek', 'alcohol'] },
    { index: 3, id: 'muziek', answers: big, questions: ['muziek-van', 'muziek-tot'] },
    { index: 4, id: 'melding', answers: smallEvent, questions: [], errors: false },
    { index: 5, id: 'afsluiting', answers: big, questions: ['straten', 'afsluiting-van', 'afsluiting-tot'] },
    { index: 6, id: 'veiligheid', answers: big, questions: ['maatregelen'] },
    { index: 7, id: 'tekening', answers: big, questions: ['schets'] },
    { index: 8, id: 'organisator', answers: big, questions: ['naam', 'email', 'telefoon'] },
  ],
});
