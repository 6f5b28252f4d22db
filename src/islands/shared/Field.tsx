/**
 * One labelled form field: label, optional hint, optional error, then the control, with
 * `aria-describedby` naming the hint and the error and `aria-invalid` while there is one.
 * The control is the caller's (input, textarea): it receives the attributes to spread.
 * Classes follow the BEM block the island styles: `<block>`, `<block>--error`,
 * `<block>__hint`, `<block>__error`.
 */
import type { ComponentChildren } from 'preact';

/** What the field's control must carry. */
export interface ControlAttributes {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': 'true' | undefined;
}

export interface FieldProps {
  id: string;
  /** The BEM block of the island's field styles, e.g. `letter-field`. */
  block: string;
  label: ComponentChildren;
  hint?: string | undefined;
  error?: string | undefined;
  /** Extra classes on the wrapper (layout modifiers). */
  class?: string;
  children: (control: ControlAttributes) => ComponentChildren;
}

export function Field({ id, block, label, hint, error, class: extra, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const classes = [block, extra, error ? `${block}--error` : ''].filter(Boolean).join(' ');
  return (
    <div class={classes}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class={`${block}__hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class={`${block}__error`}>
          {error}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? 'true' : undefined })}
    </div>
  );
}
