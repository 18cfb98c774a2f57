/**
 * The islands' state in the page's query string, so a reader can share what they entered.
 * Links only carry what differs from the document's defaults, and a hand-edited or
 * hostile link can never throw, pollute an object or smuggle NaN into a calculation.
 */
export type FieldSpec =
  | { kind: 'number'; key: string; min: number; max: number; integer?: boolean }
  | { kind: 'boolean'; key: string };

export type FieldValue = number | boolean;

export type StateValues = Readonly<Partial<Record<string, FieldValue>>>;

export interface DecodedState {
  /** Has no prototype, so keys like "__proto__" are plain data. */
  values: Partial<Record<string, FieldValue>>;
  /** Keys that were present but held an invalid value. */
  rejected: string[];
  /** The text each rejected key held. */
  rejectedText: Record<string, string>;
}

/** No link the islands write comes near this; anything longer is ignored unread. */
export const MAX_SEARCH_LENGTH = 4096;

/** What String(number) writes: "1000.5", "-3", "1e+21", "5e-7". Nothing else is read. */
const NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/;

function isValid(spec: FieldSpec, value: unknown): value is FieldValue {
  if (spec.kind === 'boolean') return typeof value === 'boolean';
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= spec.min &&
    value <= spec.max &&
    (!spec.integer || Number.isInteger(value))
  );
}

function parseValue(spec: FieldSpec, text: string): FieldValue | undefined {
  if (spec.kind === 'boolean') return text === '1' ? true : text === '0' ? false : undefined;
  if (!NUMBER.test(text)) return undefined;
  const value = Number(text) + 0; // + 0 turns -0 into 0
  return isValid(spec, value) ? value : undefined;
}

/**
 * Query string without "?", keys sorted so equal states give equal links. `kept`: a
 * link's unusable text per key, written back as it came until the reader changes the
 * field, so the address still says what the link held.
 */
export function encodeState(
  specs: readonly FieldSpec[],
  values: StateValues,
  defaults: StateValues,
  kept: Readonly<Record<string, string>> = {},
): string {
  const params = new URLSearchParams();
  for (const spec of [...specs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    // Own keys only: a spec key such as "__proto__" must not read Object.prototype.
    if (Object.hasOwn(kept, spec.key)) {
      params.append(spec.key, kept[spec.key]!);
      continue;
    }
    const value = values[spec.key];
    // Invalid values are left out: a link never carries something decodeState would reject.
    if (!isValid(spec, value) || value === defaults[spec.key]) continue;
    params.append(spec.key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value + 0));
  }
  return params.toString();
}

export function decodeState(specs: readonly FieldSpec[], search: string): DecodedState {
  const values: Partial<Record<string, FieldValue>> = Object.create(null);
  const rejected: string[] = [];
  const rejectedText: Record<string, string> = Object.create(null);
  if (search.length > MAX_SEARCH_LENGTH) return { values, rejected, rejectedText };
  // URLSearchParams drops a leading "?" and never throws: a malformed escape such as
  // "%E0%A4%A" is kept as text.
  const params = new URLSearchParams(search);
  for (const spec of specs) {
    const text = params.get(spec.key); // the first of repeated keys
    if (text === null) continue;
    const value = parseValue(spec, text);
    if (value === undefined) {
      rejected.push(spec.key);
      rejectedText[spec.key] = text;
    } else values[spec.key] = value;
  }
  return { values, rejected, rejectedText };
}

/**
 * A regular expression (its source) that matches a query string holding any of `keys`,
 * written as encodeState writes them: what a page a tool moved from tests before it sends
 * a shared link on to the tool (src/client/readerPreferences.ts).
 */
export function linkKeysPattern(keys: readonly string[]): string {
  const written = keys.map((key) => new URLSearchParams([[key, '']]).toString().slice(0, -1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `[?&](${written.join('|')})=`;
}
