// Accessibility of every page of the Woo request in every state, language and width.
import { accessibilityMatrix } from '../support/matrix.js';

const all = {
  onderwerp: 'Alles over Roombeek',
  periode: '',
  soorten: ['emails', 'besluiten'],
  afdeling: 'Wijkzaken',
  ontvangst: 'papier',
  naam: 'Sam de Boer',
  email: 'sam@voorbeeld.nl',
  telefoon: '06 12345678',
  straat: 'Langestraat 24',
  postcode: '7511 JN',
  woonplaats: 'Enschede',
};

accessibilityMatrix({
  form: 'woo-verzoek',
  path: '/woo-verzoek',
  complete: all,
  steps: [
    { index: 0, id: 'onderwerp', answers: all, questions: ['onderwerp', 'periode'] },
    { index: 1, id: 'documenten', answers: all, questions: ['soorten', 'afdeling'], errors: false },
    { index: 2, id: 'ontvangst', answers: all, questions: [], errors: false },
    { index: 3, id: 'gegevens', answers: all, questions: ['naam', 'email', 'telefoon', 'straat', 'postcode', 'woonplaats'] },
  ],
});
