/**
 * Opening a tool for one client, as a Preact hook over `src/lib/client-files.ts`: every tool
 * island that keeps per-client answers uses it.
 *
 * - On hydration it reads `?client=<id>` from the page's address and the client files
 *   (`createClientStore(browserStorage())`). A known client: its name is shown and the
 *   tool starts from that client's data (`read(client)`, when the client has some); the
 *   reader opted in when the client was saved, so `keep` starts on. An unknown id, client
 *   files that had to be set aside, or storage that is unavailable each give a `notice`.
 * - While `keep` is on, every change of `value` (or of the name) is written into the
 *   client's file with `write` (`withAssessment`/`withCalculator`/`withChecklist`/`withLetter`);
 *   the first save creates the client (named, or unnamed) and puts `?client=<id>` into the
 *   address so a reload or a bookmark opens the same client. Nothing is written while
 *   `keep` is off: saving stays opt-in.
 * - `startNewClient()` leaves the current client as it was saved, empties the tool
 *   (`apply(empty)`) and starts an unnamed, unsaved client (the next save creates it).
 *
 * @example
 * const file = useClientFile({
 *   locale, value: answers, apply: setAnswers, empty: emptyAnswers,
 *   read: (c) => c.assessment && { answers: c.assessment.answers },
 *   write: (files, id, v, now) => withAssessment(files, id, v.answers, verdictOf(v), now),
 * });
 * <input data-field="client-name" value={file.name} onInput={(e) => file.setName(e.currentTarget.value)} />
 * <button data-new-client onClick={file.startNewClient}>…</button>
 * {file.notice && <p role="status">{uiText(locale, ui, file.notice)}</p>}   // tool.client.* keys
 * <a href={`${url}${file.query}`}>…</a>
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  addClient,
  createClientStore,
  emptyClientFiles,
  findClient,
  renameClient,
  type ClientFile,
  type ClientFiles,
  type ClientStore,
} from '../../lib/client-files';
import { browserStorage } from '../../lib/storage';
import type { Notice } from './ui';

/** The query parameter that opens a tool for a client. */
export const clientParam = 'client';

/** `?client=<id>` for a link that opens a tool for this client, or '' when none is open. */
export const clientQuery = (id: string | undefined): string => (id ? `?${clientParam}=${encodeURIComponent(id)}` : '');

export interface ClientFileOptions<T> {
  /** The tool's current answers. */
  value: T;
  /** Puts answers into the tool (a client's saved data, or `empty` for a new client). */
  apply: (data: T) => void;
  /** The answers of a fresh tool. */
  empty: T;
  /** This tool's part of a client file, or undefined when the client has none yet. */
  read: (client: ClientFile) => T | undefined;
  /** The files with this tool's answers written into client `id`. */
  write: (files: ClientFiles, id: string, value: T, now: Date) => ClientFiles;
  /** Name and keep the reader chose before this hook ran (a panel shown before the code loaded); a client opened by `?client=` replaces them. */
  initialName?: string;
  initialKeep?: boolean;
}

export interface ClientFileState {
  /** False until the island has hydrated and read storage. */
  ready: boolean;
  /** The open client's id (undefined before the first save of a new client). */
  id: string | undefined;
  /** The open client's name ('' when unnamed). */
  name: string;
  setName(name: string): void;
  /** The client as last saved (its history, other tools' data), if it exists. */
  client: ClientFile | undefined;
  /** Whether changes are saved into the client files (opt-in). */
  keep: boolean;
  setKeep(on: boolean): void;
  /** Starts another client; the current one stays saved as it was. */
  startNewClient(): void;
  /** `?client=<id>` for links to other tools, or ''. */
  query: string;
  /** Unknown client, set-aside or unavailable client files, a new client started; a `tool.client.*` key. */
  notice: Notice | undefined;
  /** The page named a client (`?client=`) that could not be opened: the tool is no longer for a client. */
  missing: boolean;
}

/** Puts the open client into the address bar without a navigation (so reloads reopen it). */
function showInAddress(id: string | undefined): void {
  const url = new URL(globalThis.location.href);
  if (id) url.searchParams.set(clientParam, id);
  else url.searchParams.delete(clientParam);
  globalThis.history.replaceState(globalThis.history.state, '', url);
}

export function useClientFile<T>({ value, apply, empty, read, write, initialName = '', initialKeep = false }: ClientFileOptions<T>): ClientFileState {
  const store = useRef<ClientStore>();
  const storeOf = (): ClientStore => (store.current ??= createClientStore(browserStorage()));
  const [ready, setReady] = useState(false);
  const [id, setId] = useState<string>();
  const [name, setNameState] = useState(initialName);
  const [client, setClient] = useState<ClientFile>();
  const [keep, setKeepState] = useState(initialKeep);
  const [notice, setNotice] = useState<Notice>();
  const [missing, setMissing] = useState(false);
  // Set when the tool was just filled from a client, so that filling is not saved back as a change.
  const skipNextSave = useRef(false);

  useEffect(() => {
    const wanted = new URL(globalThis.location.href).searchParams.get(clientParam) ?? undefined;
    const loaded = storeOf().load();
    if (loaded.status === 'set-aside') setNotice({ key: 'tool.client.setAside' });
    else if (loaded.status === 'unavailable' && wanted) setNotice({ key: 'tool.unavailable' });
    if (wanted) {
      const found = loaded.status === 'ok' ? findClient(loaded.files, wanted) : undefined;
      if (found) {
        setId(found.id);
        setNameState(found.name);
        setClient(found);
        setKeepState(true);
        // Opening is not a change: nothing is written until the reader changes something.
        skipNextSave.current = true;
        const data = read(found);
        if (data !== undefined) apply(data);
      } else {
        if (loaded.status !== 'set-aside' && loaded.status !== 'unavailable') setNotice({ key: 'tool.client.unknown' });
        showInAddress(undefined);
        setMissing(true);
      }
    }
    setReady(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, at hydration: opening a client must not run again when the tool's callbacks change.
  }, []);

  /** Writes the tool's answers (and name) into the client files; creates the client first if needed. */
  const save = (data: T, clientName: string, clientId: string | undefined): void => {
    const now = new Date();
    const loaded = storeOf().load(now);
    if (loaded.status === 'set-aside') setNotice({ key: 'tool.client.setAside' });
    let files = loaded.status === 'ok' ? loaded.files : emptyClientFiles(now);
    let target = clientId && findClient(files, clientId) ? clientId : undefined;
    if (target) files = renameClient(files, target, clientName, now);
    else {
      const added = addClient(files, clientName, now, clientId);
      if (!added.client) {
        setNotice({ key: 'tool.client.full' });
        return;
      }
      files = added.files;
      target = added.client.id;
    }
    files = write(files, target, data, now);
    const result = storeOf().save(files, now);
    if (result.status === 'oversized') setNotice({ key: 'tool.tooLarge' });
    else if (result.status === 'unavailable') setNotice({ key: 'tool.unavailable' });
    if (target !== clientId) {
      setId(target);
      showInAddress(target);
    }
    setClient(findClient(files, target));
  };

  useEffect(() => {
    if (!ready || !keep) return;
    if (skipNextSave.current) {
      skipNextSave.current = false;
      return;
    }
    save(value, name, id);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a change of the reader's answers or name is saved; `id` changes only because a save created the client, which needs no second save.
  }, [value, name, keep, ready]);

  const setKeep = useCallback((on: boolean) => setKeepState(on), []);
  const setName = useCallback((next: string) => setNameState(next), []);

  const startNewClient = useCallback(() => {
    const previous = name.trim();
    setId(undefined);
    setClient(undefined);
    setNameState('');
    showInAddress(undefined);
    // The new client is created by the reader's first change, not by emptying the tool.
    skipNextSave.current = true;
    apply(empty);
    setNotice(keep && previous ? { key: 'tool.client.startedKept', vars: { name: previous } } : { key: 'tool.client.started' });
  }, [name, keep, empty, apply]);

  return { ready, id, name, setName, client, keep, setKeep, startNewClient, query: clientQuery(id), notice, missing };
}
