/**
 * Saved answers for the tools: opt-in, on this device only, never sent anywhere.
 *
 * Keys. One key per tool, locale and definition version:
 *   `pw:tool:<toolId>:<locale>:v<version>`       the saved answers (an envelope, below)
 *   `pw:tool:<toolId>:<locale>:v<version>:set-aside`  the last answers that could not be used
 * Every key the site writes starts with `pw:` (the theme uses `pw:theme`; the calculator's
 * hand-off to the self-assessment waits in sessionStorage under `pw:handoff:…`, see
 * `tool-handoff.ts`), so `forgetEverything()` can erase all of it, in either storage,
 * without touching other sites' data.
 *
 * Envelope (JSON), also the format of an exported file:
 *   { format: 'parting-ways/answers', tool, version, locale, definition, savedAt, data }
 *   - `version`    the tool's definition version (an integer the author raises when the
 *                  saved data of the old version can no longer be read);
 *   - `definition` a fingerprint of the tool's stable ids (questions, options, steps…),
 *                  see `fingerprint()`, so that a changed definition is noticed even if the
 *                  author forgot to raise `version`;
 *   - `savedAt`    ISO date-time; `data` the tool's own answers, checked by the tool's
 *                  `validate` function.
 *
 * When a definition changes. Answers are tied to the exact set of ids they were given
 * for. Saved data whose `version` differs (including data left under an older version's
 * key) or whose `definition` fingerprint differs is not merged or guessed at: it is moved
 * to the `:set-aside` key (raw text, with the reason and date) and the tool starts empty
 * with a short notice naming the reason. The same happens to corrupt data (not JSON, not
 * an envelope, wrong tool, data that fails `validate`, larger than `maxChars`). Nothing
 * ever throws to the page: every outcome is a value the UI can show.
 *
 * One vocabulary of problems (`StorageProblem`) for loading, saving, importing and the
 * client files (`client-files.ts`): `malformed` (not JSON, or not one of our files),
 * `invalid` (our format, but the data fails validation), `oversized`, `wrong-tool`,
 * `old-version`, `definition-changed`, and `unavailable` (storage throws). `DataProblem`
 * is the same without `unavailable`: what can be wrong with a piece of data itself.
 *
 * Storage that throws (private mode, disabled cookies, quota) degrades to an in-memory
 * store for the rest of the page's life; the load/save result says `unavailable` so the
 * UI can tell the reader their answers will not survive a reload.
 *
 * The module takes a `StorageLike` (the part of the Web Storage API it uses) so it runs
 * under Vitest without a DOM.
 */

/** The part of the Web Storage API this module uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** Every key the site writes starts with this. */
export const storagePrefix = 'pw:';
/** Largest envelope, in UTF-16 code units, that is saved, loaded or imported. */
export const defaultMaxChars = 200_000;
const envelopeFormat = 'parting-ways/answers';

/** Which saved answers a store reads and writes. Plain data, safe to pass as island props. */
export interface StoreSpec {
  tool: string;
  version: number;
  locale: string;
  /** `fingerprint()` of the tool's ids. */
  definition: string;
}

export interface Envelope<T> {
  format: typeof envelopeFormat;
  tool: string;
  version: number;
  locale: string;
  definition: string;
  savedAt: string;
  data: T;
}

/** Every reason stored or imported data could not be used, or stored at all (see the module comment). */
export const storageProblems = ['malformed', 'invalid', 'oversized', 'wrong-tool', 'old-version', 'definition-changed', 'unavailable'] as const;
export type StorageProblem = (typeof storageProblems)[number];
/** What can be wrong with a piece of data itself (everything but `unavailable`). */
export type DataProblem = Exclude<StorageProblem, 'unavailable'>;
/** @deprecated the same as `DataProblem`; kept so existing imports compile. */
export type Problem = DataProblem;

export type LoadResult<T> =
  | { status: 'ok'; data: T; savedAt: string }
  | { status: 'empty' }
  /** Saved data existed but could not be used; it was moved to the set-aside key. */
  | { status: 'set-aside'; problem: DataProblem }
  /** Storage throws: nothing could be read; the store now works in memory. */
  | { status: 'unavailable' };

export type SaveResult = { status: 'saved' } | { status: Extract<StorageProblem, 'oversized' | 'unavailable'> };

export type ImportResult<T> = { status: 'ok'; envelope: Envelope<T> } | { status: DataProblem };

export type Validate<T> = (data: unknown) => data is T;

/** The storage key for a tool's answers. @example storageKey({ tool: 'five-steps', locale: 'fa', version: 1, definition: 'x' }) // 'pw:tool:five-steps:fa:v1' */
export function storageKey(spec: Pick<StoreSpec, 'tool' | 'locale' | 'version'>): string {
  return `${storagePrefix}tool:${spec.tool}:${spec.locale}:v${spec.version}`;
}

/**
 * A short, stable fingerprint of a definition's ids (FNV-1a, 32 bits, hex). Order matters:
 * reordering questions counts as a change, since answers may be stored by position.
 * @example fingerprint(['a', 'b']) // '6b1f7a2e' (some 8-digit hex)
 */
export function fingerprint(ids: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of ids.join('\u0000')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A Map-backed `StorageLike`, the fallback when the real storage throws. */
export function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

/**
 * The browser's localStorage if it can be read and written, else `undefined`.
 * Accessing `window.localStorage` itself throws in some private modes.
 */
export function browserStorage(getStorage: () => StorageLike = () => globalThis.localStorage): StorageLike | undefined {
  try {
    const storage = getStorage();
    const probe = `${storagePrefix}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

function isEnvelopeShape(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v['format'] === envelopeFormat &&
    typeof v['tool'] === 'string' &&
    Number.isInteger(v['version']) &&
    typeof v['locale'] === 'string' &&
    typeof v['definition'] === 'string' &&
    typeof v['savedAt'] === 'string' &&
    !Number.isNaN(Date.parse(v['savedAt'])) &&
    'data' in v
  );
}

/**
 * An envelope read from text without checking it against a tool (for migrating saved
 * answers into client files); undefined when the text is not one.
 */
export function parseEnvelope(text: string, maxChars = defaultMaxChars): Envelope<unknown> | undefined {
  if (text.length > maxChars) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isEnvelopeShape(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Reads an envelope out of text; says what is wrong with it when it cannot be used. */
function readEnvelope<T>(text: string, spec: StoreSpec, validate: Validate<T>, maxChars: number): { ok: Envelope<T> } | { problem: DataProblem } {
  if (text.length > maxChars) return { problem: 'oversized' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'malformed' };
  }
  if (!isEnvelopeShape(parsed)) return { problem: 'malformed' };
  if (parsed.tool !== spec.tool) return { problem: 'wrong-tool' };
  if (parsed.version !== spec.version) return { problem: 'old-version' };
  if (parsed.definition !== spec.definition) return { problem: 'definition-changed' };
  if (!validate(parsed.data)) return { problem: 'invalid' };
  return { ok: parsed as Envelope<T> };
}

export interface ToolStore<T> {
  readonly key: string;
  /** Reads the saved answers; unusable data is set aside, never thrown. */
  load(): LoadResult<T>;
  /** Saves the answers (the reader opted in). */
  save(data: T, now?: Date): SaveResult;
  /** Erases this tool's saved answers (and anything set aside) in this locale. */
  forget(): void;
  /** True once storage has thrown and the store works in memory. */
  readonly inMemory: boolean;
  /** The answers as an export file: a file name and its JSON text. */
  exportFile(data: T, now?: Date): { filename: string; text: string };
  /** Checks an imported file's text; nothing is written. */
  parseImport(text: string): ImportResult<T>;
}

export interface StoreOptions<T> {
  /** Checks the shape of `data`; failing data counts as corrupt. */
  validate: Validate<T>;
  /** The storage to use; `undefined` (e.g. from `browserStorage()`) means unavailable. */
  storage: StorageLike | undefined;
  maxChars?: number;
}

/** A storage that survives its own failures; see `fallibleStorage`. */
export interface FallibleStorage {
  /** Runs an operation; on the first throw (quota, private mode, a browser setting) moves to memory for good. */
  attempt<R>(operation: (s: StorageLike) => R): { ok: R } | { failed: true };
  /** Writes `text`; if the device refuses, keeps it in memory for this page at least. */
  write(key: string, text: string): SaveResult;
  /** True once writes only last for this page (no storage, or it failed). */
  readonly inMemory: boolean;
}

/**
 * Wraps a device storage (or none) so that a failure never throws at the reader: the tool
 * stores and the client files share this one behaviour.
 */
export function fallibleStorage(device: StorageLike | undefined): FallibleStorage {
  let target: StorageLike = device ?? memoryStorage();
  let inMemory = device === undefined;
  const attempt = <R>(operation: (s: StorageLike) => R): { ok: R } | { failed: true } => {
    try {
      return { ok: operation(target) };
    } catch {
      if (!inMemory) {
        inMemory = true;
        target = memoryStorage();
      }
      return { failed: true };
    }
  };
  return {
    attempt,
    write(key, text) {
      if ('failed' in attempt((s) => s.setItem(key, text))) {
        target.setItem(key, text);
        return { status: 'unavailable' };
      }
      return inMemory ? { status: 'unavailable' } : { status: 'saved' };
    },
    get inMemory() {
      return inMemory;
    },
  };
}

/**
 * A store for one tool's answers in one locale.
 * @example
 * const store = createToolStore(spec, { storage: browserStorage(), validate: isChecklistAnswers });
 * const loaded = store.load(); // { status: 'ok', data, savedAt } | { status: 'empty' } | …
 */
export function createToolStore<T>(spec: StoreSpec, options: StoreOptions<T>): ToolStore<T> {
  const key = storageKey(spec);
  const setAsideKey = `${key}:set-aside`;
  const maxChars = options.maxChars ?? defaultMaxChars;
  const storage = fallibleStorage(options.storage);
  const { attempt } = storage;

  const setAside = (raw: string, problem: DataProblem): void => {
    attempt((s) => {
      s.removeItem(key);
      // Keep the raw text so nothing is lost silently, unless it is itself too large.
      if (raw.length <= maxChars) s.setItem(setAsideKey, JSON.stringify({ problem, setAsideAt: new Date().toISOString(), raw }));
    });
  };

  /** Answers of this tool and locale saved under another version's key. */
  const otherVersionKeys = (s: StorageLike): string[] => {
    const prefix = `${storagePrefix}tool:${spec.tool}:${spec.locale}:v`;
    const found: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k && k.startsWith(prefix) && /^\d+$/.test(k.slice(prefix.length)) && k !== key) found.push(k);
    }
    return found;
  };

  const store: ToolStore<T> = {
    key,
    get inMemory() {
      return storage.inMemory;
    },
    load() {
      const read = attempt((s) => ({ raw: s.getItem(key), older: otherVersionKeys(s) }));
      if ('failed' in read) return { status: 'unavailable' };
      const { raw, older } = read.ok;
      if (raw === null) {
        const olderKey = older[0];
        if (olderKey === undefined) return { status: 'empty' };
        const olderRaw = attempt((s) => s.getItem(olderKey));
        for (const k of older) attempt((s) => s.removeItem(k));
        setAside('ok' in olderRaw && olderRaw.ok !== null ? olderRaw.ok : '', 'old-version');
        return { status: 'set-aside', problem: 'old-version' };
      }
      const result = readEnvelope(raw, spec, options.validate, maxChars);
      if ('ok' in result) return { status: 'ok', data: result.ok.data, savedAt: result.ok.savedAt };
      setAside(raw, result.problem);
      return { status: 'set-aside', problem: result.problem };
    },
    save(data, now = new Date()) {
      const text = JSON.stringify(envelopeOf(data, now));
      if (text.length > maxChars) return { status: 'oversized' };
      return storage.write(key, text);
    },
    forget() {
      attempt((s) => {
        s.removeItem(key);
        s.removeItem(setAsideKey);
      });
    },
    exportFile(data, now = new Date()) {
      const day = now.toISOString().slice(0, 10);
      return { filename: `parting-ways-${spec.tool}-${day}.json`, text: JSON.stringify(envelopeOf(data, now), null, 2) };
    },
    parseImport(text) {
      const result = readEnvelope(text, spec, options.validate, maxChars);
      if ('ok' in result) return { status: 'ok', envelope: result.ok };
      return { status: result.problem };
    },
  };

  function envelopeOf(data: T, now: Date): Envelope<T> {
    return {
      format: envelopeFormat,
      tool: spec.tool,
      version: spec.version,
      locale: spec.locale,
      definition: spec.definition,
      savedAt: now.toISOString(),
      data,
    };
  }

  return store;
}

/**
 * Erases everything the site stored on this device (every `pw:` key): saved answers,
 * set-aside data, the theme choice. Returns how many keys were removed.
 */
export function forgetEverything(storage: StorageLike | undefined): number {
  if (!storage) return 0;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(storagePrefix)) keys.push(k);
    }
    for (const k of keys) storage.removeItem(k);
    return keys.length;
  } catch {
    return 0;
  }
}

/**
 * `forgetEverything` in each of the storages the site writes to (localStorage and
 * sessionStorage; `undefined` for one that cannot be used). Returns how many keys were
 * removed in all, or `undefined` when none of the storages could be used.
 * @example forgetEverythingIn([browserStorage(), browserStorage(() => sessionStorage)]) // 3
 */
export function forgetEverythingIn(storages: readonly (StorageLike | undefined)[]): number | undefined {
  const usable = storages.filter((s) => s !== undefined);
  return usable.length === 0 ? undefined : usable.reduce((removed, s) => removed + forgetEverything(s), 0);
}
