// Makes components/style/themes/voorbeeld.css from the NL Design System "Voorbeeld" design
// tokens (npm: @nl-design-system-unstable/voorbeeld-design-tokens, pinned in package.json).
//
//   node tools/theme.mjs           write the theme
//   node tools/theme.mjs --check   fail when the committed theme differs or a colour pair
//                                  falls below WCAG 2.2 AA
//
// The package's theme.css defines about 3000 tokens (200 kB). Loket keeps only the tokens its
// stylesheets read (every `var(--…)` in loket.css and site.css) and the tokens those refer to,
// unchanged and in the package's order, scoped to the package's own class `.voorbeeld-theme`.
// Then it measures the colour pairs Loket uses and writes the result into the file's header.
// Where a value would fail WCAG 2.2 AA, OVERRIDES below replaces it and says why.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const PACKAGE = '@nl-design-system-unstable/voorbeeld-design-tokens';
const SELECTOR = '.voorbeeld-theme';
const OUT = join(root, 'components/style/themes/voorbeeld.css');
const READERS = ['components/style/loket.css', 'app/style/site.css'];

// Tokens whose package value Loket replaces, with the reason. Empty when every measured pair
// passes; a failing pair below makes `--check` fail until it is listed here.
const OVERRIDES = [
  // [token, value, reason]; none needed for Voorbeeld 7.4.1: every pair below passes.
];

// Colour pairs Loket draws, as [what, foreground tokens, background tokens, minimum ratio]. Each
// list is tried in order like the var() chains in loket.css; the last entry is Loket's default.
const DOCUMENT_BG = ['--utrecht-document-background-color', '--basis-color-default-bg-document', '#ffffff'];
const PAIRS = [
  ['text', ['--utrecht-document-color', '--basis-color-default-color-document', '#1a1a1a'], DOCUMENT_BG, 4.5],
  ['hint', ['--utrecht-form-field-description-color', '--basis-color-default-color-subtle', '#4a4a4a'], DOCUMENT_BG, 4.5],
  ['link', ['--utrecht-link-color', '--nl-link-color', '--basis-color-action-2-color-default', '#1d4f91'], DOCUMENT_BG, 4.5],
  ['error message', ['--utrecht-form-field-error-message-color', '--basis-color-negative-color-default', '#b00020'], DOCUMENT_BG, 4.5],
  [
    'primary button',
    ['--utrecht-button-primary-action-color', '--basis-color-action-1-inverse-color-default', '#ffffff'],
    ['--utrecht-button-primary-action-background-color', '--basis-color-action-1-inverse-bg-default', '#1d4f91'],
    4.5,
  ],
  ['secondary button', ['--utrecht-button-secondary-action-color', '--basis-color-action-1-color-default', '#1d4f91'], DOCUMENT_BG, 4.5],
  [
    'notice',
    ['--utrecht-alert-info-color', '--basis-color-info-color-document', '#1a1a1a'],
    ['--utrecht-alert-info-background-color', '--basis-color-info-bg-default', '#eef3f9'],
    4.5,
  ],
  [
    'confirmation panel',
    ['--utrecht-alert-ok-color', '--basis-color-positive-color-document', '#ffffff'],
    ['--utrecht-alert-ok-background-color', '--basis-color-positive-bg-default', '#00703c'],
    4.5,
  ],
  ['field border (non-text, 1.4.11)', ['--utrecht-textbox-border-color', '--utrecht-form-control-border-color', '--basis-form-control-border-color', '#4b4b4b'], DOCUMENT_BG, 3],
  ['error border (non-text)', ['--utrecht-form-field-invalid-border-inline-start-color', '--basis-color-negative-border-default', '#b00020'], DOCUMENT_BG, 3],
  ['focus outline (non-text, 2.4.11)', ['--utrecht-focus-outline-color', '--basis-focus-outline-color', '#000000'], DOCUMENT_BG, 3],
  [
    'focus outline on its halo',
    ['--utrecht-focus-outline-color', '--basis-focus-outline-color', '#000000'],
    ['--utrecht-focus-background-color', '--basis-focus-background-color', '#ffdd00'],
    3,
  ],
  [
    'skip link',
    ['--utrecht-focus-color', '--basis-focus-color', '#000000'],
    ['--utrecht-focus-background-color', '--basis-focus-background-color', '#ffdd00'],
    4.5,
  ],
];

/** The declarations of the package's `.voorbeeld-theme` rule, in order. */
function packageTokens() {
  const css = readFileSync(require.resolve(`${PACKAGE}/dist/theme.css`), 'utf8');
  const start = css.indexOf(`${SELECTOR} {`);
  if (start < 0) throw new Error(`${PACKAGE}: no ${SELECTOR} rule in dist/theme.css`);
  const body = css.slice(start, css.indexOf('\n}', start));
  const tokens = new Map();
  for (const match of body.matchAll(/^\s*(--[\w-]+):\s*([^;]*);/gm)) tokens.set(match[1], match[2].trim());
  return tokens;
}

const references = (text) => [...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]);

/** The tokens Loket reads, and every token they refer to. */
function usedTokens(tokens) {
  const wanted = new Set();
  const visit = (name) => {
    if (wanted.has(name) || !tokens.has(name)) return;
    wanted.add(name);
    references(tokens.get(name)).forEach(visit);
  };
  for (const file of READERS) references(readFileSync(join(root, file), 'utf8')).forEach(visit);
  for (const [, fg, bg] of PAIRS) [...fg, ...bg].forEach(visit);
  for (const [name] of OVERRIDES) visit(name);
  return wanted;
}

/** A token's final value, following var() references (with their fallbacks). */
function resolve(value, tokens, depth = 0) {
  if (depth > 20) throw new Error(`a loop of var() references: ${value}`);
  return value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_, name, fallback) =>
    tokens.has(name) ? resolve(tokens.get(name), tokens, depth + 1) : (fallback ?? ''),
  );
}

/** The first token of a chain that the theme defines, resolved; else Loket's default. */
function chain(list, tokens) {
  for (const entry of list) {
    if (!entry.startsWith('--')) return entry;
    if (tokens.has(entry)) return resolve(tokens.get(entry), tokens);
  }
  throw new Error(`no value for ${list.join(', ')}`);
}

function rgb(colour) {
  const hex = colour.trim().match(/^#([0-9a-f]{6})$/i);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16));
  const fn = colour.trim().match(/^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i);
  if (fn) return fn.slice(1, 4).map(Number);
  throw new Error(`cannot measure the colour ${colour}`);
}

/** WCAG 2.x contrast ratio of two colours. */
function contrast(a, b) {
  const luminance = (colour) => {
    const [r, g, bl] = rgb(colour).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

function build() {
  const pkg = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/package.json`), 'utf8'));
  const tokens = packageTokens();
  const used = usedTokens(tokens);
  const themed = new Map([...tokens].filter(([name]) => used.has(name)));
  for (const [name, value] of OVERRIDES) themed.set(name, value);
  const report = PAIRS.map(([what, fg, bg, min]) => {
    const [f, b] = [chain(fg, themed), chain(bg, themed)];
    const ratio = contrast(f, b);
    return { what, f, b, ratio, min, ok: ratio >= min };
  });
  const lines = [
    `/* The NL Design System "Voorbeeld" theme for Loket, made by tools/theme.mjs from`,
    `   ${pkg.name} ${pkg.version} (${pkg.license}, ${pkg.website ?? 'nldesignsystem.nl'}).`,
    `   Do not edit: change tools/theme.mjs and run \`node tools/theme.mjs\`.`,
    ``,
    `   The package's tokens that Loket reads and the tokens they refer to, unchanged, under the`,
    `   package's own class: put class="voorbeeld-theme" on any element around Loket.`,
    ``,
    `   Contrast in this theme (WCAG 2.2 AA: 4.5:1 for text, 3:1 for borders and focus):`,
    ...report.map(
      (r) => `     ${r.ok ? 'pass' : 'FAIL'}  ${r.what}: ${r.f} on ${r.b} = ${r.ratio.toFixed(2)}:1 (at least ${r.min}:1)`,
    ),
    `   Targets: buttons ${chain(['--utrecht-button-min-block-size', '--basis-pointer-target-min-block-size', '2.75rem'], themed)} high (loket.css never goes below 24px). */`,
    ``,
    `${SELECTOR} {`,
    ...[...tokens.keys()].filter((name) => used.has(name)).map((name) => `  ${name}: ${tokens.get(name)};`),
    `}`,
    ``,
    ...(OVERRIDES.length
      ? [
          `/* Loket's changes to the package's values, each with its reason. */`,
          `${SELECTOR} {`,
          ...OVERRIDES.map(([name, value, why]) => `  ${name}: ${value}; /* ${why} */`),
          `}`,
          ``,
        ]
      : [`/* No value of the package needed changing for WCAG 2.2 AA (see the measurements above). */`, ``]),
  ];
  return { css: lines.join('\n'), report };
}

const { css, report } = build();
const failing = report.filter((r) => !r.ok);
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {}
  const problems = [
    ...(current === css ? [] : [`${OUT} is not what tools/theme.mjs makes: run \`node tools/theme.mjs\``]),
    ...failing.map((r) => `${r.what}: ${r.ratio.toFixed(2)}:1 is below ${r.min}:1`),
  ];
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`${OUT}: up to date, every colour pair passes WCAG 2.2 AA`);
} else {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, css);
  console.log(`wrote ${OUT} (${css.length} bytes)`);
  for (const r of report) console.log(`${r.ok ? 'pass' : 'FAIL'}  ${r.what}: ${r.ratio.toFixed(2)}:1`);
  if (failing.length) process.exit(1);
}
