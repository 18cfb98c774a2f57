/** A labelled number input that accepts the reader's locale and shows a translated error beside itself. */
import type { JSX } from 'preact';

interface Props {
  id: string;
  label: string;
  text: string;
  /** Already translated; undefined when the value is valid. */
  error: string | undefined;
  unit?: string | undefined;
  /** What the field accepts, shown under it and read with it ("Whole months, from 1 to 60."). */
  hint?: string | undefined;
  onInput: (text: string) => void;
  /** Shows the figure as text where its field will be: the island says when (../CostCalculator.tsx, the options' figures). */
  asText?: boolean | undefined;
}

export function NumberField({ id, label, text, error, unit, hint, onInput, asText }: Props): JSX.Element {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={asText ? undefined : id}>{label}</label>
      <span class="field-input">
        {asText ? (
          <span id={id} class="field-figure">{text}</span>
        ) : (
          <input
            id={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellcheck={false}
            value={text}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={describedBy}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
        )}
        {unit && <span class="field-unit" aria-hidden="true">{unit}</span>}
      </span>
      {hint && (
        <span id={hintId} class="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} class="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
