/**
 * The GOV.UK error pattern the tool forms share. `ErrorSummary`: a focusable
 * `role="alert"` box (`data-error-summary`, id `id`, titled by `<id>-title`) listing the
 * caller's `<li>` children, one link per problem to the field to fix; the caller moves
 * focus to it. `useErrorTitle`: while a summary is shown, the page title starts with
 * "Error:" (in the page's language), so the problem is announced with the title too.
 */
import type { ComponentChildren, Ref } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import './error-summary.css';

export interface ErrorSummaryProps {
  id: string;
  title: string;
  /** Receives the summary element, for moving focus to it. */
  focusRef?: Ref<HTMLDivElement>;
  /** One `<li>` per problem. */
  children: ComponentChildren;
}

export function ErrorSummary({ id, title, focusRef, children }: ErrorSummaryProps) {
  return (
    <div class="error-summary" id={id} role="alert" tabIndex={-1} ref={focusRef ?? null} aria-labelledby={`${id}-title`} data-error-summary>
      <p id={`${id}-title`} class="error-summary__title">
        {title}
      </p>
      <ul>{children}</ul>
    </div>
  );
}

/** Prefixes the page title with `prefix` while `showing`, once the island is `ready`; restores it after. */
export function useErrorTitle(prefix: string, showing: boolean, ready: boolean): void {
  const pageTitle = useRef<string>();
  useEffect(() => {
    if (!ready) return;
    pageTitle.current ??= document.title;
    document.title = showing ? `${prefix} ${pageTitle.current}` : pageTitle.current;
  }, [prefix, showing, ready]);
}
