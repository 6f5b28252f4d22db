/**
 * A checklist's controls when it is open for a client: whose checklist it is and its name
 * (`data-field="client-name"`, renaming the file), "keep this client's file"
 * (`data-keep-client`, on when the client was kept), copy as text, print, a link to the
 * clients page, "start another client" (`data-new-client`, see `NewClient`), and one polite
 * status region (`data-tool-notice`). Export, import and erasing live on the clients page,
 * which holds every client's file.
 */
import { useId, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { fillTemplate } from '../../i18n/template';
import type { ToolUi, UISlice } from '../../i18n/translate';
import { copyText } from '../shared/browser-actions';
import { NewClient } from '../shared/NewClient';
import type { ClientFileState } from '../shared/useClientFile';
import { uiText, type Notice } from '../shared/ui';
import '../shared/tool-controls.css';

export interface ClientControlsProps {
  locale: Locale;
  ui: ToolUi;
  text: UISlice<'checklist.'>;
  file: ClientFileState;
  textToCopy: () => string;
  /** The clients page of this locale. */
  clientsHref: string;
  /** Starting another client now would lose answers (not kept, something filled in). */
  wouldLose: boolean;
}

export function ClientControls({ locale, ui, text, file, textToCopy, clientsHref, wouldLose }: ClientControlsProps) {
  const id = useId();
  const [copied, setCopied] = useState<Notice>();
  const notice = copied ?? file.notice;
  return (
    <div class="tool-save" data-pagefind-ignore>
      <p class="checklist__client" data-client-working hidden={!file.ready}>
        {fillTemplate(locale, text['checklist.forClient'], { name: file.name.trim() || ui['tool.client.unnamed'] })}
      </p>
      <div class="tool-save__controls" role="group" aria-label={ui['tool.actions']} hidden={!file.ready} data-print-hide>
        <div class="checklist__client-name">
          <label for={`${id}-name`}>{ui['tool.client.name']}</label>
          <input
            id={`${id}-name`}
            type="text"
            dir="auto"
            autocomplete="off"
            maxLength={200}
            data-field="client-name"
            aria-describedby={`${id}-name-hint`}
            value={file.name}
            onInput={(event) => file.setName(event.currentTarget.value)}
          />
          <p id={`${id}-name-hint`} class="tool-save__hint">
            {ui['tool.client.nameHint']}
          </p>
        </div>
        <div class="tool-save__remember">
          <input
            type="checkbox"
            id={`${id}-keep`}
            data-keep-client
            checked={file.keep}
            aria-describedby={`${id}-hint`}
            onChange={(event) => file.setKeep(event.currentTarget.checked)}
          />
          <label for={`${id}-keep`}>{ui['tool.client.keep']}</label>
          <p id={`${id}-hint`} class="tool-save__hint">
            {ui['tool.client.keepHint']}
          </p>
        </div>
        <div class="tool-save__buttons">
          <button type="button" data-copy onClick={async () => setCopied({ key: (await copyText(textToCopy())) ? 'tool.copied' : 'tool.copyFailed' })}>
            {ui['tool.copy']}
          </button>
          <button type="button" data-print-action onClick={() => window.print()}>
            {ui['tool.print']}
          </button>
          <a class="button" href={clientsHref} data-all-clients>
            {ui['tool.client.allClients']}
          </a>
        </div>
        <NewClient ui={ui} wouldLose={wouldLose} onStart={file.startNewClient} />
      </div>
      <p role="status" class={notice ? 'tool-save__notice notice' : 'tool-save__notice'} data-tool-notice data-print-hide>
        {notice ? uiText(locale, ui, notice) : ''}
      </p>
    </div>
  );
}
