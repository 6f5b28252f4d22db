/**
 * Client files: several named clients on this device, each with what the tools know about
 * it. Pure TypeScript on top of `storage.ts` (a `StorageLike`, so it runs under Vitest).
 *
 * Saving is opt-in: nothing is written until the UI calls `store.save()` after the reader
 * chose to keep client files; `store.forgetAll()` erases them at once (and "forget
 * everything" erases every `pw:` key as before).
 *
 * Storage. One versioned key, `pw:clients:v1`, holding `ClientFiles` as JSON:
 *   { format: 'parting-ways/clients', version: 1, savedAt, clients: ClientFile[] }
 * A `ClientFile` is:
 *   { id, name, createdAt, updatedAt,
 *     assessment?: { answers, verdict?, history: [{ verdict, at }] },   // latest answers, dated verdicts
 *     calculator?: { input, figure? },     // the calculator's rows and this client's figure
 *     checklists: { [toolId]: ChecklistAnswers },                       // ticks, notes, owners, due dates
 *     letter?: { fields, choices } }                                     // the letter builder's answers
 * Dates are ISO strings. Ids are `c-` plus base-36 text, stable for links (`?client=<id>`).
 * The same JSON, pretty-printed, is the export file; `parseClientsImport` validates an
 * imported file before anything is written, and `mergeClients` adds it (same id replaces).
 *
 * Corrupt data is never lost silently: text that cannot be read (not JSON, not client
 * files, failing validation, too large, a newer version) is moved to its own key
 * `pw:clients:v1:set-aside:<ISO time>` as `{ problem, setAsideAt, raw }`, and `load()`
 * returns `{ status: 'set-aside', notice }` with the problem (the `StorageProblem`
 * vocabulary of `storage.ts`) and the key, so the UI can say so and offer the raw text.
 *
 * Migration. Today each tool saves under `pw:tool:<tool>:<locale>:v<n>` (see `storage.ts`).
 * `migrateSavedTools(storage, nameFor, now)` reads every such envelope, whatever its version
 * or fingerprint (answers are kept by id; the tools ignore ids they no longer have), also
 * the copies a tool set aside under `…:set-aside` when its definition changed, and
 * builds one client per locale that has data, named by `nameFor(locale)`. It writes
 * nothing: the UI saves the result and then calls `completeMigration(storage, keys)` to
 * remove the old keys. Envelopes whose data is unusable are listed in `skipped` and left in
 * place.
 *
 * API for the UI (all pure unless they take a StorageLike):
 *   emptyClientFiles(now) · addClient(files, name, now, id?) → { files, client }
 *   renameClient(files, id, name, now) · forgetClient(files, id) · findClient(files, id)
 *   withAssessment(files, id, answers, verdict, now) · withCalculator(files, id, input, figure, now)
 *   withChecklist(files, id, toolId, answers, now) · withLetter(files, id, letter, now)
 *   listClients(files) → ClientSummary[] (latest verdict, figure, checklist ticks, dates)
 *   verdictTrend(client) → 'better' | 'worse' | 'same' | undefined (last two verdicts)
 *   createClientStore(storage) → { load, save, forgetAll, optedIn, setAsideEntries }
 *   exportClients(files, now) → { filename, text } · parseClientsImport(text) · mergeClients(a, b)
 *   migrateSavedTools(storage, nameFor, now) · completeMigration(storage, keys)
 */
import { answerValues, urgency, verdicts, type Answer, type Verdict } from './assessment-scoring';
import { isChecklistAnswers, normaliseChecklist, type ChecklistAnswers } from './checklist';
import type { LetterAnswers } from './exit-letter';
import { isCalculatorInput, type CalculatorInput } from './revenue-per-hour';
import { fallibleStorage, parseEnvelope, storagePrefix, type DataProblem, type SaveResult, type StorageLike } from './storage';
import { isToolId, type ToolId } from '../i18n/vocabulary';

export const clientsFormat = 'parting-ways/clients';
export const clientsVersion = 1;
export const clientsKey = `${storagePrefix}clients:v${clientsVersion}`;
/** Prefix of the keys corrupt client files are moved to. */
export const clientsSetAsidePrefix = `${clientsKey}:set-aside:`;
/** Largest client-files text, in UTF-16 code units, that is saved, loaded or imported. */
export const maxClientsChars = 1_000_000;
export const maxClients = 200;
export const maxNameLength = 200;
/** Most verdicts kept in a client's history (the oldest go first). */
export const maxHistory = 100;

export interface VerdictRecord {
  verdict: Verdict;
  /** ISO date-time the verdict was reached. */
  at: string;
}

export interface ClientAssessment {
  answers: Partial<Record<string, Answer>>;
  /** The latest verdict, when the answers were complete. */
  verdict?: Verdict;
  history: VerdictRecord[];
}

/** The calculator's figure for this client: its revenue per hour and, with a target, the share of it. */
export interface ClientFigure {
  rate: number;
  ofTarget?: number;
  currency?: string;
}

export interface ClientFile {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  assessment?: ClientAssessment;
  calculator?: { input: CalculatorInput; figure?: ClientFigure };
  checklists: Partial<Record<ToolId, ChecklistAnswers>>;
  letter?: LetterAnswers;
}

export interface ClientFiles {
  format: typeof clientsFormat;
  version: typeof clientsVersion;
  savedAt: string;
  clients: ClientFile[];
}

const iso = (now: Date) => now.toISOString();

export function emptyClientFiles(now: Date = new Date()): ClientFiles {
  return { format: clientsFormat, version: clientsVersion, savedAt: iso(now), clients: [] };
}

/** A new client id: `c-` + time + randomness in base 36 (unique enough on one device). */
export function newClientId(now: Date = new Date(), random: () => number = Math.random): string {
  return `c-${now.getTime().toString(36)}${Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0')}`;
}

const cleanName = (name: string) => name.trim().slice(0, maxNameLength);

export function findClient(files: ClientFiles, id: string): ClientFile | undefined {
  return files.clients.find((c) => c.id === id);
}

/** Adds a named client (or returns the files unchanged at `maxClients`; then `client` is undefined). */
export function addClient(
  files: ClientFiles,
  name: string,
  now: Date = new Date(),
  id: string = newClientId(now),
): { files: ClientFiles; client: ClientFile | undefined } {
  if (files.clients.length >= maxClients || findClient(files, id)) return { files, client: undefined };
  const client: ClientFile = { id, name: cleanName(name), createdAt: iso(now), updatedAt: iso(now), checklists: {} };
  return { files: { ...files, clients: [...files.clients, client] }, client };
}

function update(files: ClientFiles, id: string, now: Date, change: (c: ClientFile) => ClientFile): ClientFiles {
  return { ...files, clients: files.clients.map((c) => (c.id === id ? { ...change(c), updatedAt: iso(now) } : c)) };
}

export function renameClient(files: ClientFiles, id: string, name: string, now: Date = new Date()): ClientFiles {
  return update(files, id, now, (c) => ({ ...c, name: cleanName(name) }));
}

/** Forgets one client; every other client stays exactly as it was. */
export function forgetClient(files: ClientFiles, id: string): ClientFiles {
  return { ...files, clients: files.clients.filter((c) => c.id !== id) };
}

/**
 * Stores the latest answers and, when complete, the verdict; the history gains a dated
 * entry when the verdict differs from the last one or the last one is from another day
 * (so a reader sees whether things improve after a repair attempt).
 */
export function withAssessment(
  files: ClientFiles,
  id: string,
  answers: Partial<Record<string, Answer>>,
  verdict: Verdict | undefined,
  now: Date = new Date(),
): ClientFiles {
  return update(files, id, now, (c) => {
    const history = [...(c.assessment?.history ?? [])];
    const last = history.at(-1);
    if (verdict && (!last || last.verdict !== verdict || last.at.slice(0, 10) !== iso(now).slice(0, 10))) history.push({ verdict, at: iso(now) });
    return { ...c, assessment: { answers: { ...answers }, ...(verdict ? { verdict } : {}), history: history.slice(-maxHistory) } };
  });
}

export function withCalculator(files: ClientFiles, id: string, input: CalculatorInput, figure: ClientFigure | undefined, now: Date = new Date()): ClientFiles {
  return update(files, id, now, (c) => ({ ...c, calculator: { input, ...(figure ? { figure } : {}) } }));
}

export function withChecklist(files: ClientFiles, id: string, toolId: ToolId, answers: ChecklistAnswers, now: Date = new Date()): ClientFiles {
  return update(files, id, now, (c) => ({ ...c, checklists: { ...c.checklists, [toolId]: answers } }));
}

export function withLetter(files: ClientFiles, id: string, letter: LetterAnswers, now: Date = new Date()): ClientFiles {
  return update(files, id, now, (c) => ({ ...c, letter }));
}

/** Whether the last two verdicts show the relationship getting better (less urgent), worse or the same. */
export function verdictTrend(client: ClientFile): 'better' | 'worse' | 'same' | undefined {
  const history = client.assessment?.history ?? [];
  const [previous, last] = history.slice(-2);
  if (!previous || !last) return undefined;
  const diff = urgency(last.verdict) - urgency(previous.verdict);
  return diff < 0 ? 'better' : diff > 0 ? 'worse' : 'same';
}

export interface ClientSummary {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  verdict: Verdict | undefined;
  /** When the latest verdict was reached. */
  verdictAt: string | undefined;
  trend: ReturnType<typeof verdictTrend>;
  figure: ClientFigure | undefined;
  /** Ticked steps per checklist (the UI divides by the checklist's step count). */
  checklistDone: Partial<Record<ToolId, number>>;
  hasLetter: boolean;
}

/** One row per client for the clients page, most recently updated first. */
export function listClients(files: ClientFiles): ClientSummary[] {
  return [...files.clients]
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
    .map((c) => ({
      id: c.id,
      name: c.name,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      verdict: c.assessment?.verdict,
      verdictAt: c.assessment?.history.at(-1)?.at,
      trend: verdictTrend(c),
      figure: c.calculator?.figure,
      checklistDone: Object.fromEntries(Object.entries(c.checklists).map(([tool, answers]) => [tool, answers?.done.length ?? 0])),
      hasLetter: c.letter !== undefined && Object.values(c.letter.fields).some((v) => v.trim() !== ''),
    }));
}

// ——— Validation ———

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDateTime = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const isVerdict = (v: unknown): v is Verdict => (verdicts as readonly unknown[]).includes(v);
const isStringMap = (v: unknown, max: number): v is Record<string, string> =>
  isObject(v) && Object.keys(v).length <= 100 && Object.values(v).every((x) => typeof x === 'string' && x.length <= max);

function isAnswers(v: unknown): v is Partial<Record<string, Answer>> {
  return (
    isObject(v) &&
    Object.keys(v).length <= 50 &&
    Object.entries(v).every(([id, a]) => /^[a-z0-9-]{1,60}$/.test(id) && (answerValues as readonly unknown[]).includes(a))
  );
}

/** The shape of letter answers (which fields and options exist is checked by the letter tool when it opens them). */
export function isLetterShape(v: unknown): v is LetterAnswers {
  return isObject(v) && isStringMap(v['fields'], 20_000) && isStringMap(v['choices'], 60);
}

function isClientFile(v: unknown): v is ClientFile {
  if (!isObject(v)) return false;
  if (typeof v['id'] !== 'string' || !/^c-[a-z0-9]{1,40}$/.test(v['id'])) return false;
  if (typeof v['name'] !== 'string' || v['name'].length > maxNameLength) return false;
  if (!isDateTime(v['createdAt']) || !isDateTime(v['updatedAt'])) return false;
  const a = v['assessment'];
  if (a !== undefined) {
    if (!isObject(a) || !isAnswers(a['answers']) || (a['verdict'] !== undefined && !isVerdict(a['verdict']))) return false;
    const history = a['history'];
    if (!Array.isArray(history) || history.length > maxHistory || !history.every((h: unknown) => isObject(h) && isVerdict(h['verdict']) && isDateTime(h['at'])))
      return false;
  }
  const calc = v['calculator'];
  if (calc !== undefined) {
    if (!isObject(calc) || !isCalculatorInput(calc['input'])) return false;
    const f = calc['figure'];
    if (
      f !== undefined &&
      !(
        isObject(f) &&
        typeof f['rate'] === 'number' &&
        Number.isFinite(f['rate']) &&
        (f['ofTarget'] === undefined || (typeof f['ofTarget'] === 'number' && Number.isFinite(f['ofTarget']))) &&
        (f['currency'] === undefined || typeof f['currency'] === 'string')
      )
    )
      return false;
  }
  const checklists = v['checklists'];
  if (!isObject(checklists) || !Object.entries(checklists).every(([tool, answers]) => isToolId(tool) && isChecklistAnswers(answers))) return false;
  if (v['letter'] !== undefined && !isLetterShape(v['letter'])) return false;
  return true;
}

/** Checks client files read from storage or a file; anything else is set aside or refused. */
export function isClientFiles(v: unknown): v is ClientFiles {
  if (!isObject(v) || v['format'] !== clientsFormat || v['version'] !== clientsVersion || !isDateTime(v['savedAt'])) return false;
  const clients = v['clients'];
  if (!Array.isArray(clients) || clients.length > maxClients || !clients.every(isClientFile)) return false;
  return new Set(clients.map((c: ClientFile) => c.id)).size === clients.length;
}

/** Fills in what older saved data may lack (checklist owners and due dates). */
function normalise(files: ClientFiles): ClientFiles {
  return {
    ...files,
    clients: files.clients.map((c) => ({ ...c, checklists: Object.fromEntries(Object.entries(c.checklists).map(([t, a]) => [t, normaliseChecklist(a!)])) })),
  };
}

/** Reads client files from text, or says what is wrong (the vocabulary of `storage.ts`). */
export function readClientFiles(text: string, maxChars = maxClientsChars): { ok: ClientFiles } | { problem: DataProblem } {
  if (text.length > maxChars) return { problem: 'oversized' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'malformed' };
  }
  if (!isObject(parsed) || parsed['format'] !== clientsFormat) return { problem: 'malformed' };
  if (parsed['version'] !== clientsVersion) return { problem: 'old-version' };
  if (!isClientFiles(parsed)) return { problem: 'invalid' };
  return { ok: normalise(parsed) };
}

// ——— Store ———

/** What the UI shows when client files could not be read: they were moved, not lost. */
export interface SetAsideNotice {
  problem: DataProblem;
  /** The key the raw text now lives under. */
  key: string;
  at: string;
}

export type ClientsLoad =
  { status: 'ok'; files: ClientFiles } | { status: 'empty' } | { status: 'set-aside'; notice: SetAsideNotice } | { status: 'unavailable' };

export interface ClientStore {
  load(now?: Date): ClientsLoad;
  save(files: ClientFiles, now?: Date): SaveResult;
  /** Erases the client files (not what was set aside: that is erased by "forget everything"). */
  forgetAll(): void;
  /** True when client files are saved on this device (the reader opted in). */
  optedIn(): boolean;
  /** Every set-aside copy, oldest first, for the UI to offer as a download. */
  setAsideEntries(): { key: string; problem: string; at: string; raw: string }[];
}

/**
 * The client files in a storage (`browserStorage()`; `undefined` when there is none: the
 * store then keeps them in memory for the page's life and reports `unavailable`).
 */
export function createClientStore(storage: StorageLike | undefined): ClientStore {
  const device = fallibleStorage(storage);
  const { attempt } = device;

  return {
    load(now = new Date()) {
      const read = attempt((s) => s.getItem(clientsKey));
      if ('failed' in read) return { status: 'unavailable' };
      const raw = read.ok;
      if (raw === null) return { status: device.inMemory ? 'unavailable' : 'empty' };
      const result = readClientFiles(raw);
      if ('ok' in result) return { status: 'ok', files: result.ok };
      const at = iso(now);
      const key = `${clientsSetAsidePrefix}${at}`;
      const moved = attempt((s) => {
        s.setItem(key, JSON.stringify({ problem: result.problem, setAsideAt: at, raw }));
        s.removeItem(clientsKey);
      });
      // If the copy could not be written, the original stays where it was: still not lost.
      return 'failed' in moved ? { status: 'unavailable' } : { status: 'set-aside', notice: { problem: result.problem, key, at } };
    },
    save(files, now = new Date()) {
      const text = JSON.stringify({ ...files, savedAt: iso(now) });
      if (text.length > maxClientsChars) return { status: 'oversized' };
      return device.write(clientsKey, text);
    },
    forgetAll() {
      attempt((s) => s.removeItem(clientsKey));
    },
    optedIn() {
      const read = attempt((s) => s.getItem(clientsKey));
      return 'ok' in read && read.ok !== null;
    },
    setAsideEntries() {
      const read = attempt((s) => {
        const entries: { key: string; problem: string; at: string; raw: string }[] = [];
        for (let i = 0; i < s.length; i++) {
          const key = s.key(i);
          if (!key?.startsWith(clientsSetAsidePrefix)) continue;
          try {
            const value = JSON.parse(s.getItem(key) ?? '') as { problem?: unknown; setAsideAt?: unknown; raw?: unknown };
            entries.push({ key, problem: String(value.problem), at: String(value.setAsideAt), raw: String(value.raw) });
          } catch {
            entries.push({ key, problem: 'malformed', at: key.slice(clientsSetAsidePrefix.length), raw: s.getItem(key) ?? '' });
          }
        }
        return entries.sort((a, b) => (a.at < b.at ? -1 : 1));
      });
      return 'ok' in read ? read.ok : [];
    },
  };
}

// ——— Export and import ———

/** The client files as one JSON file. */
export function exportClients(files: ClientFiles, now: Date = new Date()): { filename: string; text: string } {
  return { filename: `parting-ways-clients-${iso(now).slice(0, 10)}.json`, text: JSON.stringify({ ...files, savedAt: iso(now) }, null, 2) };
}

/** Checks an imported file; nothing is written. */
export function parseClientsImport(text: string): { status: 'ok'; files: ClientFiles } | { status: DataProblem } {
  const result = readClientFiles(text);
  return 'ok' in result ? { status: 'ok', files: result.ok } : { status: result.problem };
}

/** The current clients plus the imported ones; an imported client with an id already present replaces it. */
export function mergeClients(current: ClientFiles, imported: ClientFiles): ClientFiles {
  const byId = new Map(current.clients.map((c) => [c.id, c]));
  for (const c of imported.clients) byId.set(c.id, c);
  return { ...current, clients: [...byId.values()].slice(0, maxClients) };
}

// ——— Migration from per-tool saved answers ———

const toolKey = new RegExp(`^${storagePrefix}tool:([a-z0-9-]+):([a-z]{2,3}):v(\\d+)(:set-aside)?$`);

/** The envelope text under a per-tool key: the value itself, or the `raw` text a tool set aside (after its definition changed). */
function envelopeText(value: string | null, setAside: boolean): string {
  if (value === null || !setAside) return value ?? '';
  try {
    const raw = (JSON.parse(value) as { raw?: unknown }).raw;
    return typeof raw === 'string' ? raw : '';
  } catch {
    return '';
  }
}

export interface Migration {
  files: ClientFiles;
  /** Keys whose data is now in a client (remove them with `completeMigration` once saved). */
  migrated: string[];
  /** Keys that could not be read; left in place. */
  skipped: string[];
}

/**
 * Today's per-tool saved answers, one client per locale that has any (see the module
 * comment). `nameFor(locale)` names each client, e.g. "Client (saved earlier)".
 */
export function migrateSavedTools(
  storage: StorageLike,
  nameFor: (locale: string) => string,
  now: Date = new Date(),
  into: ClientFiles = emptyClientFiles(now),
): Migration {
  const found: { key: string; tool: ToolId; locale: string; data: unknown; savedAt: string }[] = [];
  const skipped: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    const match = key ? toolKey.exec(key) : null;
    if (!key || !match) continue;
    const envelope = parseEnvelope(envelopeText(storage.getItem(key), match[4] !== undefined));
    if (!envelope || !isToolId(match[1]) || envelope.tool !== match[1]) {
      skipped.push(key);
      continue;
    }
    found.push({ key, tool: match[1], locale: match[2]!, data: envelope.data, savedAt: envelope.savedAt });
  }
  let files = into;
  const migrated: string[] = [];
  const locales = [...new Set(found.map((f) => f.locale))];
  for (const locale of locales) {
    const entries = found.filter((f) => f.locale === locale).sort((a, b) => (a.savedAt < b.savedAt ? -1 : 1));
    const usable = entries.filter((e) => usableData(e.tool, e.data));
    skipped.push(...entries.filter((e) => !usable.includes(e)).map((e) => e.key));
    if (usable.length === 0) continue;
    const added = addClient(files, nameFor(locale), now, `c-migrated${locale.replace(/[^a-z]/g, '')}`);
    if (!added.client) {
      skipped.push(...usable.map((e) => e.key));
      continue;
    }
    files = added.files;
    const id = added.client.id;
    for (const e of usable) {
      const at = new Date(e.savedAt);
      if (e.tool === 'self-assessment') files = withAssessment(files, id, (e.data as { answers: Partial<Record<string, Answer>> }).answers, undefined, at);
      else if (e.tool === 'revenue-per-hour') files = withCalculator(files, id, e.data as CalculatorInput, undefined, at);
      else if (e.tool === 'exit-letter') files = withLetter(files, id, e.data as LetterAnswers, at);
      else files = withChecklist(files, id, e.tool, normaliseChecklist(e.data as ChecklistAnswers), at);
      migrated.push(e.key);
    }
  }
  return { files, migrated, skipped };
}

function usableData(tool: ToolId, data: unknown): boolean {
  switch (tool) {
    case 'self-assessment':
      return isObject(data) && isAnswers(data['answers']);
    case 'revenue-per-hour':
      return isCalculatorInput(data);
    case 'exit-letter':
      return isLetterShape(data);
    default:
      return isChecklistAnswers(data);
  }
}

/** Removes the per-tool keys a saved migration has taken over. */
export function completeMigration(storage: StorageLike, keys: readonly string[]): void {
  for (const key of keys) storage.removeItem(key);
}
