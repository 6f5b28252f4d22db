/**
 * `useClientFile` as a component, so a tool loads the client-file code only when it is
 * opened for a client (`?client=<id>`, see `useLazyClientFile`): the client files module
 * would otherwise push every tool page past its island JavaScript budget. It runs the hook
 * with the tool's options, says which client is open (and any notice), and reports the
 * `?client=` query for links to other tools. Given `followName`, the client is renamed to
 * it whenever it changes (a name the reader edits in the tool itself).
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
  /** A name to rename the open client to, as the reader edits it in the tool (undefined: keep the file's). */
  followName?: string | undefined;
  /** Called once the client the page named turns out not to be kept here (the tool's own saving may then resume). */
  onMissing?: () => void;
}

export function ClientFileBridge<T>({ locale, ui, onQuery, followName, onMissing, ...options }: ClientFileBridgeProps<T>) {
  const file = useClientFile(options);
  useEffect(() => onQuery?.(file.query), [onQuery, file.query]);
  useEffect(() => {
    if (file.missing) onMissing?.();
  }, [onMissing, file.missing]);
  const { ready, setName } = file;
  useEffect(() => {
    if (ready && followName !== undefined) setName(followName);
  }, [followName, ready, setName]);
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
