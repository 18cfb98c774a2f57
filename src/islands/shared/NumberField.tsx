/** A labelled number input that accepts the reader's locale and shows a translated error beside itself. */
import type { JSX } from 'preact';

interface Props {
  id: string;
  label: string;
  text: string;
  /** Already translated; undefined when the value is valid. */
  error: string | undefined;
  unit?: string | undefined;
  onInput: (text: string) => void;
}

export function NumberField({ id, label, text, error, unit, onInput }: Props): JSX.Element {
  const errorId = `${id}-error`;
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      <span class="field-input">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
        {unit && <span class="field-unit" aria-hidden="true">{unit}</span>}
      </span>
      {error && (
        <span id={errorId} class="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
