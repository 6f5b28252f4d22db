/**
 * The clients page's island: the client files kept in this browser (`src/lib/client-files.ts`),
 * one entry per client (`data-client`, `data-client-name`, the latest `data-verdict`), with the
 * calculator figure, checklist progress, dates, links that open each tool for that client
 * (`?client=<id>`), rename, and forget this client alone (`data-forget-client`, confirmed).
 * Below: add a client, export / import all clients as one file (confirmed before anything is
 * merged or replaced), forget all. Client files that could not be read were set aside by the
 * store: the page says so and offers the raw text as a download. Answers kept earlier by each
 * tool can be moved into a client file (`migrateSavedTools`), on request, with a notice.
 *
 * Everything happens in this browser; nothing is fetched or sent. The page renders a
 * JavaScript-less explanation on the server; this island replaces it once hydrated.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { TargetedSubmitEvent } from 'preact';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { pluralTemplate } from '../../i18n/plural';
import { fillTemplate, type TemplateVars } from '../../i18n/template';
import type { UISlice } from '../../i18n/translate';
import type { ToolId } from '../../i18n/vocabulary';
import type { Verdict } from '../../lib/assessment-scoring';
import {
  addClient,
  completeMigration,
  createClientStore,
  emptyClientFiles,
  exportClients,
  forgetClient,
  listClients,
  maxClientsChars,
  maxNameLength,
  mergeClients,
  migrateSavedTools,
  parseClientsImport,
  renameClient,
  type ClientFiles,
  type ClientStore,
  type ClientSummary,
  type Migration,
} from '../../lib/client-files';
import { browserStorage } from '../../lib/storage';
import { downloadText, readTextFile } from '../shared/browser-actions';
import { clientQuery } from '../shared/useClientFile';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import './clients.css';

export type ClientsUi = UISlice<'clients.'> & { 'tool.client.unnamed': string };

export interface ClientsTool {
  id: ToolId;
  href: string;
  title: string;
  /** Steps of a checklist (for "3 of 9"); absent for other tools. */
  steps?: number;
}

export interface ClientsProps {
  locale: Locale;
  ui: ClientsUi;
  tools: ClientsTool[];
  verdictNames: Record<Verdict, string>;
  /** The locales' names, for naming a client made from answers kept earlier. */
  localeLabels: Record<string, string>;
}

interface Message {
  key: keyof ClientsUi;
  vars?: TemplateVars;
  kind?: 'error';
}

const importProblems = {
  malformed: 'clients.importMalformed',
  invalid: 'clients.importInvalid',
  oversized: 'clients.importOversized',
  'old-version': 'clients.importVersion',
  'wrong-tool': 'clients.importMalformed',
  'definition-changed': 'clients.importInvalid',
} as const satisfies Record<string, keyof ClientsUi>;

const trendKeys = { better: 'clients.trend.better', worse: 'clients.trend.worse', same: 'clients.trend.same' } as const satisfies Record<
  string,
  keyof ClientsUi
>;

export default function Clients({ locale, ui, tools, verdictNames, localeLabels }: ClientsProps) {
  const id = useId();
  const store = useRef<ClientStore>();
  const storeOf = (): ClientStore => (store.current ??= createClientStore(browserStorage()));
  const [ready, setReady] = useState(false);
  const [files, setFiles] = useState<ClientFiles>(() => emptyClientFiles());
  const [unavailable, setUnavailable] = useState(false);
  const [setAside, setSetAside] = useState<{ key: string; at: string; raw: string }[]>([]);
  const [migration, setMigration] = useState<Migration>();
  const [message, setMessage] = useState<Message>();
  const [newName, setNewName] = useState('');
  const [nameError, setNameError] = useState(false);
  const [renaming, setRenaming] = useState<string>();
  const [renameText, setRenameText] = useState('');
  const [forgetting, setForgetting] = useState<string>();
  const [forgettingAll, setForgettingAll] = useState(false);
  const [pendingImport, setPendingImport] = useState<{ filename: string; files: ClientFiles }>();
  const focusAfterRender = useFocusAfterRender();
  const messageRef = useRef<HTMLParagraphElement>(null);

  const text = (key: keyof ClientsUi, vars?: TemplateVars) => fillTemplate(locale, ui[key], vars);
  const nameOf = (name: string) => name || ui['tool.client.unnamed'];
  const date = (iso: string) => formatDate(locale, new Date(iso));

  const reload = () => {
    const loaded = storeOf().load();
    setFiles(loaded.status === 'ok' ? loaded.files : emptyClientFiles());
    setUnavailable(loaded.status === 'unavailable');
    setSetAside(storeOf().setAsideEntries());
    return loaded;
  };

  useEffect(() => {
    const loaded = reload();
    const storage = browserStorage();
    // Set-aside files were already moved to their own key, so the migration cannot overwrite them.
    if (storage && loaded.status !== 'unavailable') {
      const found = migrateSavedTools(storage, (l) => fillTemplate(locale, ui['clients.migrate.name'], { language: localeLabels[l] ?? l }));
      if (found.migrated.length > 0) setMigration(found);
    }
    setReady(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, after hydration: storage does not exist on the server, and a later render must not migrate again.
  }, []);

  /** Saves and shows the result; a failed save is said, never hidden. */
  const commit = (next: ClientFiles, done: Message, focus?: () => HTMLElement | null | undefined) => {
    const result = storeOf().save(next);
    setFiles(next);
    setMessage(result.status === 'saved' ? done : { key: 'clients.saveFailed', kind: 'error' });
    focusAfterRender(focus ?? (() => messageRef.current));
  };

  const onAdd = (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = newName.trim();
    if (!name) {
      setNameError(true);
      focusAfterRender(() => document.getElementById(`${id}-new`));
      return;
    }
    setNameError(false);
    const added = addClient(files, name);
    if (!added.client) return;
    setNewName('');
    commit(added.files, { key: 'clients.added', vars: { name } });
  };

  const onRename = (clientId: string) => (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = renameText.trim();
    if (!name) return;
    setRenaming(undefined);
    commit(renameClient(files, clientId, name), { key: 'clients.renamed', vars: { name } });
  };

  const onForget = (client: ClientSummary) => {
    setForgetting(undefined);
    commit(forgetClient(files, client.id), { key: 'clients.forgotten', vars: { name: nameOf(client.name) } });
  };

  const onForgetAll = () => {
    setForgettingAll(false);
    storeOf().forgetAll();
    setFiles(emptyClientFiles());
    setMessage({ key: 'clients.forgotAll' });
    focusAfterRender(() => messageRef.current);
  };

  const onExport = () => {
    const file = exportClients(files);
    downloadText(file.filename, file.text, 'application/json');
    setMessage({ key: 'clients.exported', vars: { file: file.filename } });
  };

  const onImport = async (file: File) => {
    setPendingImport(undefined);
    const raw = await readTextFile(file, maxClientsChars);
    const parsed = raw === undefined ? ({ status: 'oversized' } as const) : parseClientsImport(raw);
    if (parsed.status !== 'ok') {
      setMessage({ key: importProblems[parsed.status], kind: 'error' });
      focusAfterRender(() => messageRef.current);
      return;
    }
    setMessage(undefined);
    setPendingImport({ filename: file.name, files: parsed.files });
    focusAfterRender(() => document.getElementById(`${id}-import-confirm`));
  };

  const finishImport = (mode: 'merge' | 'replace' | 'cancel') => {
    const pending = pendingImport;
    setPendingImport(undefined);
    if (!pending || mode === 'cancel') {
      setMessage({ key: 'clients.importCancelled' });
      focusAfterRender(() => messageRef.current);
      return;
    }
    commit(mode === 'merge' ? mergeClients(files, pending.files) : pending.files, { key: 'clients.imported' });
  };

  const onMigrate = () => {
    const storage = browserStorage();
    if (!migration || !storage) return;
    const merged = mergeClients(files, migration.files);
    const result = storeOf().save(merged);
    if (result.status !== 'saved') {
      setMessage({ key: 'clients.saveFailed', kind: 'error' });
      return;
    }
    completeMigration(storage, migration.migrated);
    setFiles(merged);
    setMigration(undefined);
    const names = migration.files.clients.map((c) => c.name).join(' · ');
    setMessage({ key: 'clients.migrate.done', vars: { name: names } });
    focusAfterRender(() => messageRef.current);
  };

  const clients = listClients(files);
  const checklists = tools.filter((t) => t.steps !== undefined);
  const count = fillTemplate(locale, pluralTemplate(locale, ui, 'clients.count', clients.length), { count: clients.length });

  if (!ready) return null;

  return (
    <div class="clients" data-clients-ready>
      {setAside.length > 0 && (
        <div class="notice notice--warning clients__set-aside" role="alert" data-set-aside>
          <p>{ui['clients.setAside']}</p>
          <ul>
            {setAside.map((entry) => (
              <li key={entry.key}>
                <button type="button" class="button" onClick={() => downloadText(`parting-ways-clients-unreadable-${entry.at.slice(0, 10)}.txt`, entry.raw)}>
                  {text('clients.setAsideDownload', { date: date(entry.at) })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {unavailable && <p class="notice notice--warning">{ui['clients.unavailable']}</p>}
      {migration && (
        <div class="notice clients__migrate" data-migration>
          <p>{ui['clients.migrate.found']}</p>
          {migration.skipped.length > 0 && <p>{ui['clients.migrate.skipped']}</p>}
          <button type="button" class="button" onClick={onMigrate} data-migrate>
            {ui['clients.migrate.button']}
          </button>
        </div>
      )}
      <p
        ref={messageRef}
        tabIndex={-1}
        role="status"
        class={message ? `notice${message.kind === 'error' ? ' notice--warning' : ''}` : 'visually-hidden'}
        data-clients-message
      >
        {message ? text(message.key, message.vars) : ''}
      </p>

      <p class="clients__count" data-clients-count>
        {count}
      </p>
      {clients.length === 0 ? (
        <p data-clients-empty>{ui['clients.empty']}</p>
      ) : (
        <ul class="clients__list">
          {clients.map((client) => {
            const headingId = `${id}-${client.id}`;
            const name = nameOf(client.name);
            const started = checklists.filter((t) => client.checklistDone[t.id] !== undefined);
            return (
              <li key={client.id} class="client-card" data-client={client.id} data-client-name={client.name} aria-labelledby={headingId}>
                <h2 id={headingId} class="client-card__name">
                  {name}
                </h2>
                <dl class="client-card__facts">
                  <div>
                    <dt>{ui['clients.verdict']}</dt>
                    <dd data-verdict={client.verdict ?? ''}>
                      {client.verdict ? verdictNames[client.verdict] : ui['clients.noVerdict']}
                      {client.verdict && client.verdictAt && ` · ${date(client.verdictAt)}`}
                      {client.trend && <span data-trend={client.trend}> · {ui[trendKeys[client.trend]]}</span>}
                    </dd>
                  </div>
                  <div>
                    <dt>{ui['clients.figure']}</dt>
                    <dd data-figure>{client.figure ? figureText(locale, ui, client.figure) : ui['clients.noFigure']}</dd>
                  </div>
                  <div>
                    <dt>{ui['clients.checklists']}</dt>
                    <dd data-progress>
                      {started.length === 0
                        ? ui['clients.noChecklists']
                        : started
                            .map((t) => text('clients.progress', { title: t.title, done: client.checklistDone[t.id] ?? 0, total: t.steps ?? 0 }))
                            .join(' · ')}
                    </dd>
                  </div>
                  <div>
                    <dt>{ui['clients.letter']}</dt>
                    <dd>{client.hasLetter ? ui['clients.letterDraft'] : ui['clients.noLetter']}</dd>
                  </div>
                  <div>
                    <dt>{ui['clients.created']}</dt>
                    <dd>{date(client.createdAt)}</dd>
                  </div>
                  <div>
                    <dt>{ui['clients.updated']}</dt>
                    <dd>{date(client.updatedAt)}</dd>
                  </div>
                </dl>
                <p class="client-card__open-label">{ui['clients.open']}:</p>
                <ul class="client-card__tools">
                  {tools.map((tool) => (
                    <li key={tool.id}>
                      <a href={`${tool.href}${clientQuery(client.id)}`} data-open-tool={tool.id}>
                        {tool.title}
                      </a>
                    </li>
                  ))}
                </ul>
                {renaming === client.id ? (
                  <form class="client-card__rename" onSubmit={onRename(client.id)}>
                    <label for={`${headingId}-rename`}>{text('clients.renameLabel', { name })}</label>
                    <input
                      id={`${headingId}-rename`}
                      type="text"
                      maxLength={maxNameLength}
                      value={renameText}
                      onInput={(event) => setRenameText(event.currentTarget.value)}
                      data-rename-input
                    />
                    <div class="client-card__actions">
                      <button type="submit" class="button button--primary">
                        {ui['clients.renameSave']}
                      </button>
                      <button type="button" class="button" onClick={() => setRenaming(undefined)}>
                        {ui['clients.renameCancel']}
                      </button>
                    </div>
                  </form>
                ) : forgetting === client.id ? (
                  <div class="client-card__confirm" role="group" aria-labelledby={`${headingId}-confirm`}>
                    <p id={`${headingId}-confirm`}>{text('clients.forgetConfirm', { name })}</p>
                    <div class="client-card__actions">
                      <button type="button" class="button" onClick={() => onForget(client)} data-forget-confirm>
                        {text('clients.forgetYes', { name })}
                      </button>
                      <button
                        type="button"
                        class="button"
                        onClick={() => {
                          setForgetting(undefined);
                          focusAfterRender(() => document.querySelector<HTMLElement>(`[data-client="${client.id}"] [data-forget-client]`));
                        }}
                      >
                        {ui['clients.forgetNo']}
                      </button>
                    </div>
                  </div>
                ) : (
                  <div class="client-card__actions">
                    <button
                      type="button"
                      class="button"
                      data-rename-client
                      onClick={() => {
                        setRenaming(client.id);
                        setRenameText(client.name);
                        focusAfterRender(() => document.getElementById(`${headingId}-rename`));
                      }}
                    >
                      {ui['clients.rename']}
                      <span class="visually-hidden"> {name}</span>
                    </button>
                    <button
                      type="button"
                      class="button"
                      data-forget-client
                      onClick={() => {
                        setForgetting(client.id);
                        focusAfterRender(() => document.querySelector<HTMLElement>(`[data-client="${client.id}"] [data-forget-confirm]`));
                      }}
                    >
                      {ui['clients.forget']}
                      <span class="visually-hidden"> {name}</span>
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}

      <section class="clients__add" aria-labelledby={`${id}-add`}>
        <h2 id={`${id}-add`}>{ui['clients.add.heading']}</h2>
        <form onSubmit={onAdd} noValidate class="clients__add-form">
          <label for={`${id}-new`}>{ui['clients.add.label']}</label>
          {nameError && (
            <p id={`${id}-new-error`} class="clients__error">
              {ui['clients.add.error']}
            </p>
          )}
          <input
            id={`${id}-new`}
            type="text"
            maxLength={maxNameLength}
            autocomplete="off"
            value={newName}
            aria-invalid={nameError ? 'true' : undefined}
            aria-describedby={nameError ? `${id}-new-error` : undefined}
            onInput={(event) => setNewName(event.currentTarget.value)}
            data-new-client-name
          />
          <button type="submit" class="button button--primary" data-add-client>
            {ui['clients.add.button']}
          </button>
        </form>
      </section>

      <section class="clients__all" aria-labelledby={`${id}-all`}>
        <h2 id={`${id}-all`}>{ui['clients.all.heading']}</h2>
        <div class="client-card__actions">
          <button type="button" class="button" onClick={onExport} disabled={clients.length === 0} data-export-clients>
            {ui['clients.export']}
          </button>
          <label class="button clients__import-label">
            {ui['clients.import']}
            <input
              type="file"
              accept="application/json,.json"
              class="visually-hidden"
              data-import-clients
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (file) void onImport(file);
              }}
            />
          </label>
          <button type="button" class="button" onClick={() => setForgettingAll(true)} disabled={clients.length === 0} data-forget-all-clients>
            {ui['clients.forgetAll']}
          </button>
        </div>
        {pendingImport && (
          <div class="client-card__confirm" role="group" aria-labelledby={`${id}-import-text`} data-import-pending>
            <p id={`${id}-import-text`}>{text('clients.importConfirm', { file: pendingImport.filename, count: pendingImport.files.clients.length })}</p>
            <div class="client-card__actions">
              <button id={`${id}-import-confirm`} type="button" class="button button--primary" onClick={() => finishImport('merge')} data-import-merge>
                {ui['clients.importMerge']}
              </button>
              <button type="button" class="button" onClick={() => finishImport('replace')} data-import-replace>
                {ui['clients.importReplace']}
              </button>
              <button type="button" class="button" onClick={() => finishImport('cancel')}>
                {ui['clients.importCancel']}
              </button>
            </div>
          </div>
        )}
        {forgettingAll && (
          <div class="client-card__confirm" role="group" aria-labelledby={`${id}-forget-all-text`}>
            <p id={`${id}-forget-all-text`}>{ui['clients.forgetAllConfirm']}</p>
            <div class="client-card__actions">
              <button type="button" class="button" onClick={onForgetAll} data-forget-all-confirm>
                {ui['clients.forgetAllYes']}
              </button>
              <button type="button" class="button" onClick={() => setForgettingAll(false)}>
                {ui['clients.forgetNo']}
              </button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}

/** A money figure in the locale's digits; a currency code Intl does not know (the toman) is written after the number. */
function money(locale: Locale, value: number, currency: string | undefined): string {
  const plain = formatNumber(locale, value, { maximumFractionDigits: 2 });
  if (!currency) return plain;
  try {
    return formatNumber(locale, value, { style: 'currency', currency, maximumFractionDigits: 2 });
  } catch {
    return `${plain} ${currency}`;
  }
}

function figureText(locale: Locale, ui: ClientsUi, figure: { rate: number; ofTarget?: number; currency?: string }): string {
  const rate = money(locale, figure.rate, figure.currency);
  if (figure.ofTarget === undefined) return rate;
  return fillTemplate(locale, ui['clients.figureOfTarget'], {
    rate,
    share: formatNumber(locale, figure.ofTarget, { style: 'percent', maximumFractionDigits: 0 }),
  });
}
