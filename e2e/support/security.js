// Watches browser contexts for what the site must never do: send a request to another origin
// (fonts, analytics, CDNs) or break its Content-Security-Policy. `check()` throws a message that
// lists everything seen; the test fixture in test.js calls it after every test.

const PREFIX = 'CSP violation: ';

// Runs in every page before the site's own scripts; reports each violation on the console.
function reportViolations(prefix) {
  document.addEventListener('securitypolicyviolation', (event) => {
    const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
    console.error(`${prefix}${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${where}`);
  });
}

// Schemes that never leave the browser.
const LOCAL = new Set(['data:', 'blob:', 'about:']);

export class SecurityRecorder {
  /** `allowed`: the site's own addresses (any URL; only the origin counts). */
  constructor(allowed) {
    this.origins = new Set(allowed.filter(Boolean).map((url) => new URL(url).origin));
    this.foreignRequests = [];
    this.violations = [];
  }

  /** Starts recording in a browser context: its pages now and later. */
  async watch(context) {
    await context.addInitScript(reportViolations, PREFIX);
    context.on('request', (request) => this.request(request.url()));
    context.on('console', (message) => this.console(message.type(), message.text()));
  }

  /** Records a request when it goes to another origin. */
  request(url) {
    const parsed = new URL(url);
    if (LOCAL.has(parsed.protocol) || this.origins.has(parsed.origin)) return;
    this.foreignRequests.push(url);
  }

  /** Records a console message when it reports a CSP violation (ours or Chromium's own). */
  console(type, text) {
    if (text.startsWith(PREFIX)) this.violations.push(text.slice(PREFIX.length));
    else if (type === 'error' && /Content Security Policy/i.test(text)) this.violations.push(text);
  }

  /** What went wrong, one line each. */
  problems() {
    return [
      ...this.foreignRequests.map((url) => `request to another origin: ${url}`),
      ...this.violations.map((text) => `Content-Security-Policy violation: ${text}`),
    ];
  }

  /** Throws when anything was recorded. */
  check() {
    const problems = this.problems();
    if (problems.length === 0) return;
    throw new Error(
      `A page sent a request to another origin or broke the Content-Security-Policy ` +
        `(allowed origins: ${[...this.origins].join(', ')}):\n  ${problems.join('\n  ')}`,
    );
  }

  /** Forgets everything recorded so far. */
  clear() {
    this.foreignRequests = [];
    this.violations = [];
  }
}
