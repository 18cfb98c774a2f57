/**
 * State of an island's form: what the reader typed, the last valid value of each field,
 * and a translated-error key per field. Valid values are mirrored into the query string
 * (only what differs from the defaults) and the language switch's links, and a shared
 * link is read back on load.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { decodeState, encodeState, type FieldSpec, type FieldValue } from '../../lib/site/urlState';
import { parseLocaleNumber, toInputString, type Lang, type NumberError } from '../../lib/text/localeNumber';

export type Values = Record<string, FieldValue>;
export type FieldError = NumberError | 'fromLink';

interface State {
  text: Record<string, string>;
  values: Values;
  errors: Record<string, FieldError | undefined>;
  /** A link's unusable text per field, kept in the field and the address until the reader changes it. */
  fromLink: Record<string, string>;
}

const textsOf = (values: Values, lang: Lang) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? toInputString(v, lang) : String(v)]));

/**
 * The form as an address's query string sets it: its valid values over the defaults; a
 * rejected field shows what the link held, with the message typing it would give.
 */
function fromAddress(specs: readonly FieldSpec[], defaults: Values, lang: Lang, search: string): State {
  const { values, rejected, rejectedText } = decodeState(specs, search);
  const merged = { ...defaults, ...values } as Values;
  const errorOf = (key: string): FieldError => {
    const spec = specs.find((s) => s.key === key);
    const parsed = spec?.kind === 'number' ? parseLocaleNumber(rejectedText[key]!, lang, spec) : undefined;
    // A text this language reads as valid (nb "2,5" for 2.5) is still not what a link writes.
    return parsed && !parsed.ok ? parsed.error : 'fromLink';
  };
  return {
    text: { ...textsOf(merged, lang), ...rejectedText },
    values: merged,
    errors: Object.fromEntries(rejected.map((k) => [k, errorOf(k)])),
    fromLink: { ...rejectedText },
  };
}

/** `record` less `key`: a field the reader changed no longer holds the link's text. */
const without = (record: Record<string, string>, key: string) => Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

/** The form after the reader typed `text` into number field `spec`: a valid value is taken, an invalid one is flagged. */
function withText(state: State, spec: FieldSpec, text: string, lang: Lang): State {
  if (spec.kind !== 'number') return state;
  const parsed = parseLocaleNumber(text, lang, spec);
  return {
    text: { ...state.text, [spec.key]: text },
    values: parsed.ok ? { ...state.values, [spec.key]: parsed.value } : state.values,
    errors: { ...state.errors, [spec.key]: parsed.ok ? undefined : parsed.error },
    fromLink: without(state.fromLink, spec.key),
  };
}

/** The form after the reader ticked or unticked checkbox `key`. */
const withFlag = (state: State, key: string, value: boolean): State => ({
  text: { ...state.text, [key]: String(value) },
  values: { ...state.values, [key]: value },
  errors: { ...state.errors, [key]: undefined },
  fromLink: without(state.fromLink, key),
});

/** Set by src/islands/hydrate.ts on an island whose inputs the reader used before it ran. */
export interface TypedBeforeHydration {
  typedBeforeHydration?: Record<string, string | boolean> | undefined;
}

export interface FormOptions extends TypedBeforeHydration {
  /** Each field's input is `${idPrefix}${key}`. */
  idPrefix: string;
}

export function useFormState(specs: readonly FieldSpec[], defaults: Values, lang: Lang, { idPrefix, typedBeforeHydration }: FormOptions) {
  const initial = (): State => ({ text: textsOf(defaults, lang), values: { ...defaults }, errors: {}, fromLink: {} });
  // In the browser the first render already shows a shared link's figures (src/islands/hydrate.ts
  // then patches the server's HTML instead of hydrating it), so the defaults never flash; what
  // the reader typed before the island ran is taken as if typed now, never reset.
  const [state, setState] = useState<State>(() => {
    if (typeof window === 'undefined') return initial();
    let state = fromAddress(specs, defaults, lang, window.location.search);
    for (const spec of specs) {
      const typed = typedBeforeHydration?.[`${idPrefix}${spec.key}`];
      if (typeof typed === 'string') state = withText(state, spec, typed, lang);
      else if (typeof typed === 'boolean' && spec.kind === 'boolean') state = withFlag(state, spec.key, typed);
    }
    return state;
  });
  /** The query string this island last wrote into the address. */
  const written = useRef<string | null>(null);
  const byKey = useMemo(() => new Map(specs.map((s) => [s.key, s])), [specs]);

  // Going back or forward to another address of this page applies that address's figures;
  // a move within the page (#section) keeps the fields as the reader left them.
  useEffect(() => {
    const onPopState = () => {
      if (window.location.search !== written.current) setState(fromAddress(specs, defaults, lang, window.location.search));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  useEffect(() => {
    const query = encodeState(specs, state.values, defaults, state.fromLink);
    const search = query ? `?${query}` : '';
    written.current = search;
    if (search !== window.location.search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
    // The language switch takes the state along: the other language's tool reads the same keys.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.lang-switch a')) {
      const target = new URL(link.href);
      link.setAttribute('href', `${target.pathname}${search}${target.hash}`);
    }
  }, [state.values, state.fromLink]);

  const setText = (key: string, text: string) => {
    const spec = byKey.get(key);
    if (spec) setState((s) => withText(s, spec, text, lang));
  };

  const setFlag = (key: string, value: boolean) => setState((s) => withFlag(s, key, value));

  const reset = () => setState(initial());

  /** The address of this page with the current inputs, for "copy link". */
  const shareUrl = () => {
    const query = encodeState(specs, state.values, defaults, state.fromLink);
    return `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ''}`;
  };

  return { ...state, setText, setFlag, reset, shareUrl };
}
