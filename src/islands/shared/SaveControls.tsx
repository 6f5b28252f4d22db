/**
 * The controls every tool shares, below its questions: "remember on this device"
 * (`data-remember`, off by default), "forget my answers" (`data-forget`), copy as text,
 * print, export to a file and import from one (with a confirmation), and one polite
 * status region (`data-tool-notice`) for every outcome. The controls appear only once
 * the island has hydrated and read storage; the status region is always in the page so
 * screen readers announce what is put into it. While a client file keeps the answers
 * (`saved.off`), only copy and print remain, with a note (`data-own-saving-off`) saying where
 * the answers are saved instead: one kind of saving at a time.
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { fillTemplate } from '../../i18n/template';
import type { ToolUi } from '../../i18n/translate';
import { copyText } from './browser-actions';
import { uiText } from './ui';
import type { SavedAnswers } from './useSavedAnswers';
import './tool-controls.css';

export interface SaveControlsProps {
  saved: SavedAnswers;
  locale: Locale;
  ui: ToolUi;
  /** The current answers as plain text, for "copy as text"; omit to hide the button. */
  textToCopy?: () => string;
}

export function SaveControls({ saved, locale, ui, textToCopy }: SaveControlsProps) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const question = useRef<HTMLParagraphElement>(null);

  // A confirmation is a decision the reader must see first: take them to it.
  useEffect(() => {
    if (saved.pendingImport) question.current?.focus();
  }, [saved.pendingImport]);

  const copy = async () => {
    if (!textToCopy) return;
    saved.announce({ key: (await copyText(textToCopy())) ? 'tool.copied' : 'tool.copyFailed' });
  };

  // Decided after hydration, so the first render matches the server's.
  const off = saved.off && saved.ready;

  return (
    <div class="tool-save" data-pagefind-ignore data-print-hide>
      <div class="tool-save__controls" role="group" aria-label={ui['tool.actions']} hidden={!saved.ready}>
        {off ? (
          <p class="tool-save__hint" data-own-saving-off>
            {ui['tool.client.ownOff']}
          </p>
        ) : (
          <div class="tool-save__remember">
            <input
              type="checkbox"
              id={`${id}-remember`}
              data-remember
              checked={saved.remember}
              aria-describedby={`${id}-hint`}
              onChange={(event) => saved.setRemember(event.currentTarget.checked)}
            />
            <label for={`${id}-remember`}>{ui['tool.remember']}</label>
            <p id={`${id}-hint`} class="tool-save__hint">
              {ui['tool.rememberHint']}
            </p>
          </div>
        )}
        <div class="tool-save__buttons">
          {!off && (
            <button type="button" data-forget onClick={saved.forget}>
              {ui['tool.forget']}
            </button>
          )}
          {textToCopy && (
            <button type="button" data-copy onClick={copy}>
              {ui['tool.copy']}
            </button>
          )}
          <button type="button" data-print-action onClick={() => window.print()}>
            {ui['tool.print']}
          </button>
          {!off && (
            <>
              <button type="button" data-export onClick={saved.exportAnswers}>
                {ui['tool.export']}
              </button>
              <button type="button" data-import onClick={() => fileInput.current?.click()}>
                {ui['tool.import']}
              </button>
              <input
                ref={fileInput}
                type="file"
                accept=".json,application/json"
                hidden
                data-import-file
                onChange={(event) => {
                  const file = event.currentTarget.files?.[0];
                  event.currentTarget.value = '';
                  if (file) void saved.importFile(file);
                }}
              />
            </>
          )}
        </div>
        {saved.pendingImport && (
          <div class="tool-save__confirm notice notice--warning" role="group" aria-labelledby={`${id}-confirm`} data-import-pending>
            <p id={`${id}-confirm`} ref={question} tabIndex={-1}>
              {fillTemplate(locale, ui['tool.importConfirm'], { file: saved.pendingImport.filename, date: saved.pendingImport.savedOn })}
            </p>
            <div class="tool-save__buttons">
              <button type="button" class="button--primary" data-import-confirm onClick={saved.confirmImport}>
                {ui['tool.importReplace']}
              </button>
              <button type="button" data-import-cancel onClick={saved.cancelImport}>
                {ui['tool.importCancel']}
              </button>
            </div>
          </div>
        )}
      </div>
      <p role="status" class={saved.notice ? 'tool-save__notice notice' : 'tool-save__notice'} data-tool-notice>
        {saved.notice ? uiText(locale, ui, saved.notice) : ''}
      </p>
    </div>
  );
}
