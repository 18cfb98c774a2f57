/**
 * Mozilla HTTP Observatory's score of a response's headers, for the tests it documents that
 * a static site's headers decide (CSP, HSTS, framing, nosniff, referrer policy): every site
 * starts at 100, each test adds its modifier, and bonuses count only when the score without
 * them is 90 or more. https://github.com/mozilla/http-observatory/blob/main/httpobs/docs/scoring.md
 */
export interface ObservatoryResult {
  score: number;
  grade: string;
  /** Each test's result name and modifier, e.g. ["referrer-policy-private", 5]. */
  results: [string, number][];
}

const GRADES: [number, string][] = [
  [100, 'A+'], [90, 'A'], [85, 'A-'], [80, 'B+'], [70, 'B'], [65, 'B-'], [60, 'C+'], [50, 'C'], [45, 'C-'], [40, 'D+'], [30, 'D'], [25, 'D-'], [0, 'F'],
];

function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // The first of a repeated directive counts, as in browsers.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function csp(policy: string | undefined): [string, number] {
  if (!policy) return ['csp-not-implemented', -25];
  const directives = parseCsp(policy);
  const defaultSrc = directives.get('default-src');
  const scriptSrc = directives.get('script-src') ?? defaultSrc;
  const styleSrc = directives.get('style-src') ?? defaultSrc;
  const objectSrc = directives.get('object-src') ?? defaultSrc;
  // A hash or nonce makes browsers ignore 'unsafe-inline'.
  const inlineAllowed = (sources: string[]) => sources.includes("'unsafe-inline'") && !sources.some((s) => /^'(sha(256|384|512)|nonce)-/.test(s));
  const anySource = (sources: string[]) => sources.some((s) => ['*', 'http:', 'https:', 'data:'].includes(s));
  if (!scriptSrc || inlineAllowed(scriptSrc) || anySource(scriptSrc) || (objectSrc && anySource(objectSrc))) return ['csp-implemented-with-unsafe-inline', -20];
  if (scriptSrc.includes("'unsafe-eval'")) return ['csp-implemented-with-unsafe-eval', -10];
  if (styleSrc && inlineAllowed(styleSrc)) return ['csp-implemented-with-unsafe-inline-in-style-src-only', 0];
  if (defaultSrc?.join(' ') === "'none'") return ['csp-implemented-with-no-unsafe-default-src-none', 10];
  return ['csp-implemented-with-no-unsafe', 0];
}

function hsts(value: string | undefined): [string, number] {
  if (!value) return ['hsts-not-implemented', -20];
  const maxAge = /(?:^|;)\s*max-age=(\d+)/i.exec(value)?.[1];
  if (maxAge === undefined) return ['hsts-header-invalid', -20];
  return Number(maxAge) >= 15_768_000 ? ['hsts-implemented-max-age-at-least-six-months', 0] : ['hsts-implemented-max-age-less-than-six-months', -10];
}

function framing(xfo: string | undefined, policy: string | undefined): [string, number] {
  const ancestors = policy && parseCsp(policy).get('frame-ancestors');
  if (ancestors && !ancestors.includes('*')) return ['xfo-implemented-via-csp', 5];
  if (!xfo) return ['x-frame-options-not-implemented', -20];
  return /^(deny|sameorigin)$/i.test(xfo.trim()) ? ['x-frame-options-sameorigin-or-deny', 0] : ['x-frame-options-header-invalid', -20];
}

function nosniff(value: string | undefined): [string, number] {
  if (!value) return ['x-content-type-options-not-implemented', -5];
  return value.trim().toLowerCase() === 'nosniff' ? ['x-content-type-options-nosniff', 0] : ['x-content-type-options-header-invalid', -5];
}

function referrerPolicy(value: string | undefined): [string, number] {
  if (!value) return ['referrer-policy-not-implemented', 0];
  // The last policy a browser knows wins.
  const policy = value.split(',').map((p) => p.trim().toLowerCase()).at(-1)!;
  if (['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(policy)) return ['referrer-policy-private', 5];
  if (policy === 'no-referrer-when-downgrade') return ['referrer-policy-no-referrer-when-downgrade', 0];
  if (['origin', 'origin-when-cross-origin', 'unsafe-url'].includes(policy)) return ['referrer-policy-unsafe', -5];
  return ['referrer-policy-header-invalid', -5];
}

/** Scores response headers (names in lower case, as fetch and Playwright give them). */
export function observatoryScore(headers: Readonly<Record<string, string>>): ObservatoryResult {
  const policy = headers['content-security-policy'];
  const results = [
    csp(policy),
    hsts(headers['strict-transport-security']),
    framing(headers['x-frame-options'], policy),
    nosniff(headers['x-content-type-options']),
    referrerPolicy(headers['referrer-policy']),
  ];
  const penalties = 100 + results.reduce((sum, [, m]) => sum + Math.min(m, 0), 0);
  const bonuses = results.reduce((sum, [, m]) => sum + Math.max(m, 0), 0);
  const score = Math.max(0, penalties >= 90 ? penalties + bonuses : penalties);
  return { score, grade: GRADES.find(([min]) => score >= min)![1], results };
}
