/**
 * The save-on-this-device behaviour every tool shares, as a Preact hook over
 * `src/lib/storage.ts`: load once after hydration, save while the reader has opted in,
 * forget, export and import (with a confirmation before anything is replaced). Each
 * outcome becomes a `Notice` for `SaveControls` to announce.
 *
 * @example
 * const [answers, setAnswers] = useState(empty);
 * const saved = useSavedAnswers({ spec, validate: isMyAnswers, value: answers, apply: setAnswers, empty });
 * return <>…<SaveControls saved={saved} locale={locale} ui={ui} textToCopy={() => asText(answers)} /></>;
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import {
  browserStorage,
  createToolStore,
  defaultMaxChars,
  type Envelope,
  type ImportResult,
  type LoadResult,
  type StoreSpec,
  type ToolStore,
  type Validate,
} from '../../lib/storage';
import type { ToolUiKey } from '../../i18n/translate';
import { downloadText, readTextFile } from './browser-actions';
import { openedForClient } from './useLazyClientFile';
import type { Notice } from './ui';

export interface SavedAnswersOptions<T> {
  spec: StoreSpec;
  locale: Locale;
  validate: Validate<T>;
  /** The tool's current answers. */
  value: T;
  /** Puts answers into the tool (restored, imported, or `empty` after forgetting). */
  apply: (data: T) => void;
  /** The answers of a fresh tool. */
  empty: T;
  /**
   * The answers are kept elsewhere (a client file): nothing is loaded (as it is at
   * hydration) or saved (while it holds), so only one kind of saving runs at a time.
   * By default, on a page opened for a client (`?client=<id>`).
   */
  off?: boolean;
}

export interface PendingImport {
  filename: string;
  /** Already formatted in the locale. */
  savedOn: string;
}

export interface SavedAnswers {
  /** False until the island has hydrated and read storage; controls stay hidden until then. */
  ready: boolean;
  /** A client file keeps the answers instead (see `off`). */
  off: boolean;
  /**
   * Loads the tool's own saved answers after all (once): for a page that named a client who
   * is not kept here, so the tool is the reader's own again (the address no longer names a
   * client).
   */
  resumeOwn(): void;
  remember: boolean;
  setRemember(on: boolean): void;
  /** Erases the saved answers and empties the tool. */
  forget(): void;
  notice: Notice | undefined;
  announce(notice: Notice | undefined): void;
  exportAnswers(): void;
  importFile(file: File): Promise<void>;
  pendingImport: PendingImport | undefined;
  confirmImport(): void;
  cancelImport(): void;
}

const setAsideNotices: Record<Extract<LoadResult<unknown>, { status: 'set-aside' }>['problem'], ToolUiKey> = {
  malformed: 'tool.setAside.corrupt',
  invalid: 'tool.setAside.corrupt',
  'wrong-tool': 'tool.setAside.corrupt',
  oversized: 'tool.setAside.oversized',
  'old-version': 'tool.setAside.oldVersion',
  'definition-changed': 'tool.setAside.changed',
};

const importNotices: Record<Exclude<ImportResult<unknown>['status'], 'ok'>, ToolUiKey> = {
  malformed: 'tool.importMalformed',
  invalid: 'tool.importInvalid',
  oversized: 'tool.importOversized',
  'wrong-tool': 'tool.importWrongTool',
  'old-version': 'tool.importWrongVersion',
  'definition-changed': 'tool.importChanged',
};

export function useSavedAnswers<T>({ spec, locale, validate, value, apply, empty, off = openedForClient() }: SavedAnswersOptions<T>): SavedAnswers {
  // `resumeOwn` renders again: `off` (by default, whether the address names a client) has changed.
  const [, rerender] = useState(0);
  const pending = useRef<Envelope<T>>();
  const [ready, setReady] = useState(false);
  const [remember, setRememberState] = useState(false);
  const [notice, announce] = useState<Notice>();
  const [pendingImport, setPendingImport] = useState<PendingImport>();
  // The callbacks below keep one identity (consumers may list them as dependencies) and read
  // this render's values from here.
  const latest = useRef({ spec, validate, apply, empty, locale, value, off });
  latest.current = { spec, validate, apply, empty, locale, value, off };

  const store = useRef<ToolStore<T>>();
  const storeOf = useCallback(
    (): ToolStore<T> => (store.current ??= createToolStore(latest.current.spec, { storage: browserStorage(), validate: latest.current.validate })),
    [],
  );

  const loadedOnce = useRef(false);
  /** Reads the tool's own saved answers into it, once. */
  const loadOwn = useCallback(() => {
    if (loadedOnce.current) return;
    loadedOnce.current = true;
    const loaded = storeOf().load();
    if (loaded.status === 'ok') {
      latest.current.apply(loaded.data);
      setRememberState(true);
      announce({ key: 'tool.restored', vars: { date: formatDate(latest.current.locale, new Date(loaded.savedAt)) } });
    } else if (loaded.status === 'set-aside') {
      announce({ key: setAsideNotices[loaded.problem] });
    } else if (loaded.status === 'unavailable' || storeOf().inMemory) {
      announce({ key: 'tool.unavailable' });
    }
  }, [storeOf]);

  // Load once, after hydration (storage does not exist on the server), unless a client file holds the answers.
  useEffect(() => {
    if (!latest.current.off) loadOwn();
    setReady(true);
  }, [loadOwn]);

  const save = useCallback(
    (data: T): Notice | undefined => {
      const result = storeOf().save(data);
      if (result.status === 'oversized') return { key: 'tool.tooLarge' };
      if (result.status === 'unavailable') return { key: 'tool.unavailable' };
      return undefined;
    },
    [storeOf],
  );

  // Keep saving while the reader has opted in; report only problems.
  useEffect(() => {
    if (!ready || !remember || off) return;
    const problem = save(value);
    if (problem) announce(problem);
  }, [value, remember, ready, off, save]);

  const setRemember = useCallback(
    (on: boolean) => {
      setRememberState(on);
      if (on) announce(save(latest.current.value) ?? { key: 'tool.rememberOn' });
      else {
        storeOf().forget();
        announce({ key: 'tool.rememberOff' });
      }
    },
    [save, storeOf],
  );

  const forget = useCallback(() => {
    storeOf().forget();
    setRememberState(false);
    latest.current.apply(latest.current.empty);
    announce({ key: 'tool.forgotten' });
  }, [storeOf]);

  const exportAnswers = useCallback(() => {
    const file = storeOf().exportFile(latest.current.value);
    downloadText(file.filename, file.text, 'application/json');
    announce({ key: 'tool.exported', vars: { file: file.filename } });
  }, [storeOf]);

  const importFile = useCallback(
    async (file: File) => {
      pending.current = undefined;
      setPendingImport(undefined);
      const text = await readTextFile(file, defaultMaxChars * 4);
      const result: ImportResult<T> = text === undefined ? { status: 'oversized' } : storeOf().parseImport(text);
      if (result.status !== 'ok') {
        announce({ key: importNotices[result.status] });
        return;
      }
      pending.current = result.envelope;
      announce(undefined);
      setPendingImport({ filename: file.name, savedOn: formatDate(latest.current.locale, new Date(result.envelope.savedAt)) });
    },
    [storeOf],
  );

  const confirmImport = useCallback(() => {
    const envelope = pending.current;
    pending.current = undefined;
    setPendingImport(undefined);
    if (!envelope) return;
    latest.current.apply(envelope.data);
    announce({ key: 'tool.imported' });
  }, []);

  const cancelImport = useCallback(() => {
    pending.current = undefined;
    setPendingImport(undefined);
    announce({ key: 'tool.importCancelled' });
  }, []);

  const resumeOwn = useCallback(() => {
    loadOwn();
    rerender((n) => n + 1);
  }, [loadOwn]);

  return { ready, off, resumeOwn, remember, setRemember, forget, notice, announce, exportAnswers, importFile, pendingImport, confirmImport, cancelImport };
}
