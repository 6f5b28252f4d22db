/**
 * `useClientFile` as a component, so a tool loads the client-file code only when it is
 * opened for a client (`?client=<id>`, see `useLazyClientFile`): the client files module
 * would otherwise push every tool page past its island JavaScript budget. It runs the hook
 * with the tool's options, says which client is open (and any notice), and reports the
 * `?client=` query for links to other tools.
 */
import { useEffect } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { ToolUi } from '../../i18n/translate';
import { uiText } from './ui';
import { useClientFile, type ClientFileOptions } from './useClientFile';

export interface ClientFileBridgeProps<T> extends ClientFileOptions<T> {
  locale: Locale;
  ui: ToolUi;
  /** Receives `?client=<id>` (or '') whenever it changes. */
  onQuery?: (query: string) => void;
}

export function ClientFileBridge<T>({ locale, ui, onQuery, ...options }: ClientFileBridgeProps<T>) {
  const file = useClientFile(options);
  useEffect(() => onQuery?.(file.query), [file.query]);
  if (!file.id && !file.notice) return null;
  return (
    <div class="tool-client" role="status" data-print-hide>
      {file.id && (
        <p data-open-client={file.id}>{uiText(locale, ui, { key: 'tool.client.working', vars: { name: file.name || ui['tool.client.unnamed'] } })}</p>
      )}
      {file.notice && <p class="notice">{uiText(locale, ui, file.notice)}</p>}
    </div>
  );
}
