import { describe, expect, test } from 'vitest';
import {
  addClient,
  clientsKey,
  clientsSetAsidePrefix,
  completeMigration,
  createClientStore,
  emptyClientFiles,
  exportClients,
  findClient,
  forgetClient,
  listClients,
  mergeClients,
  migrateSavedTools,
  parseClientsImport,
  renameClient,
  verdictTrend,
  withAssessment,
  withCalculator,
  withChecklist,
  withLetter,
  type ClientFiles,
} from '../../src/lib/client-files';
import { emptyChecklist, withOwner, withStep } from '../../src/lib/checklist';
import { createToolStore, fingerprint, memoryStorage, type StorageLike } from '../../src/lib/storage';
import { isSavedAssessment } from '../../src/lib/assessment-scoring';
import { isChecklistAnswers } from '../../src/lib/checklist';
import { isCalculatorInput } from '../../src/lib/revenue-per-hour';

const day1 = new Date('2026-11-01T10:00:00Z');
const day2 = new Date('2026-11-20T10:00:00Z');

/** Two clients with something from every tool. */
function twoClients(): { files: ClientFiles; a: string; b: string } {
  let files = emptyClientFiles(day1);
  const first = addClient(files, 'Acme Ltd', day1, 'c-acme');
  files = first.files;
  const second = addClient(files, 'استارتاپ نو', day1, 'c-nou');
  files = second.files;
  files = withAssessment(files, 'c-acme', { 'unpaid-invoices': 'yes' }, 'repair', day1);
  files = withCalculator(
    files,
    'c-acme',
    { target: '100', rows: [{ id: 'row-1', name: 'Acme', revenue: '800', hours: '10' }], currency: 'usd' },
    { rate: 80, ofTarget: 0.8, currency: 'usd' },
    day1,
  );
  files = withChecklist(
    files,
    'c-nou',
    'notice-and-handover',
    withOwner(withStep(['written-notice'], emptyChecklist, 'written-notice', true), 'written-notice', 'Sara'),
    day2,
  );
  files = withLetter(files, 'c-nou', { fields: { 'client-name': 'استارتاپ نو' }, choices: { notice: 'contract' } }, day2);
  return { files, a: 'c-acme', b: 'c-nou' };
}

describe('client files', () => {
  test('keeps several named clients, listed most recently updated first with their verdict, figure and ticks', () => {
    const { files } = twoClients();
    const list = listClients(files);
    expect(list.map((c) => c.name)).toEqual(['استارتاپ نو', 'Acme Ltd']);
    expect(list[1]).toMatchObject({ verdict: 'repair', verdictAt: day1.toISOString(), figure: { rate: 80, ofTarget: 0.8 } });
    expect(list[0]).toMatchObject({ verdict: undefined, checklistDone: { 'notice-and-handover': 1 }, hasLetter: true });
  });

  test('a name is trimmed and can be changed', () => {
    const { files, a } = twoClients();
    expect(findClient(renameClient(files, a, '  Acme Group  ', day2), a)?.name).toBe('Acme Group');
  });

  test('forgetting one client keeps the other exactly as it was', () => {
    const { files, a, b } = twoClients();
    const after = forgetClient(files, a);
    expect(after.clients.map((c) => c.id)).toEqual([b]);
    expect(findClient(after, b)).toEqual(findClient(files, b));
  });

  test('keeps a dated history of verdicts, so a repair attempt shows whether things improve', () => {
    const first = twoClients();
    const a = first.a;
    let files = first.files;
    files = withAssessment(files, a, { 'unpaid-invoices': 'yes' }, 'repair', day1); // same verdict, same day: no new entry
    files = withAssessment(files, a, { 'unpaid-invoices': 'no' }, 'keep', day2);
    const client = findClient(files, a)!;
    expect(client.assessment!.history).toEqual([
      { verdict: 'repair', at: day1.toISOString() },
      { verdict: 'keep', at: day2.toISOString() },
    ]);
    expect(verdictTrend(client)).toBe('better');
  });

  test('the store saves and loads the client files under one versioned key, and forgets them all at once', () => {
    const storage = memoryStorage();
    const store = createClientStore(storage);
    expect(store.load()).toEqual({ status: 'empty' });
    expect(store.optedIn()).toBe(false);
    const { files } = twoClients();
    expect(store.save(files, day2)).toEqual({ status: 'saved' });
    expect(storage.getItem(clientsKey)).not.toBeNull();
    const loaded = store.load();
    expect(loaded.status === 'ok' && loaded.files.clients).toEqual(files.clients);
    store.forgetAll();
    expect(store.load()).toEqual({ status: 'empty' });
  });

  describe('corrupt data', () => {
    test.each([
      ['not JSON', '{"format":"parting-ways/clients",', 'malformed'],
      ['someone else’s JSON', '{"a":1}', 'malformed'],
      ['a newer version', JSON.stringify({ format: 'parting-ways/clients', version: 2, savedAt: day1.toISOString(), clients: [] }), 'old-version'],
      [
        'a client that fails validation',
        JSON.stringify({ ...emptyClientFiles(day1), clients: [{ id: 'c-x', name: 'X', createdAt: 'never', updatedAt: 'never', checklists: {} }] }),
        'invalid',
      ],
    ])('%s is set aside under its own key with a notice, never lost', (_what, raw, problem) => {
      const storage = memoryStorage();
      storage.setItem(clientsKey, raw);
      const store = createClientStore(storage);
      const loaded = store.load(day2);
      expect(loaded).toEqual({ status: 'set-aside', notice: { problem, key: `${clientsSetAsidePrefix}${day2.toISOString()}`, at: day2.toISOString() } });
      expect(storage.getItem(clientsKey)).toBeNull();
      expect(store.setAsideEntries()).toEqual([{ key: `${clientsSetAsidePrefix}${day2.toISOString()}`, problem, at: day2.toISOString(), raw }]);
      expect(store.load()).toEqual({ status: 'empty' });
    });

    test('a second corrupt copy does not overwrite the first', () => {
      const storage = memoryStorage();
      const store = createClientStore(storage);
      storage.setItem(clientsKey, 'first');
      store.load(day1);
      storage.setItem(clientsKey, 'second');
      store.load(day2);
      expect(store.setAsideEntries().map((e) => e.raw)).toEqual(['first', 'second']);
    });

    test('storage that throws is reported as unavailable and the page keeps working in memory', () => {
      const broken: StorageLike = {
        getItem: () => {
          throw new Error('denied');
        },
        setItem: () => {
          throw new Error('denied');
        },
        removeItem: () => undefined,
        key: () => null,
        length: 0,
      };
      const store = createClientStore(broken);
      expect(store.load()).toEqual({ status: 'unavailable' });
      expect(store.save(twoClients().files)).toEqual({ status: 'unavailable' });
      expect(store.load().status).toBe('ok');
    });
  });

  describe('export and import', () => {
    test('round trip: the exported file imports to the same clients', () => {
      const { files } = twoClients();
      const file = exportClients(files, day2);
      expect(file.filename).toBe('parting-ways-clients-2026-11-20.json');
      const imported = parseClientsImport(file.text);
      expect(imported.status).toBe('ok');
      expect(imported.status === 'ok' && imported.files.clients).toEqual(files.clients);
    });

    test('a broken or foreign file is refused with the reason, and nothing is written', () => {
      expect(parseClientsImport('nope')).toEqual({ status: 'malformed' });
      expect(parseClientsImport(JSON.stringify({ format: 'parting-ways/answers' }))).toEqual({ status: 'malformed' });
      expect(parseClientsImport('x'.repeat(1_000_001))).toEqual({ status: 'oversized' });
      const duplicate = twoClients().files;
      expect(parseClientsImport(JSON.stringify({ ...duplicate, clients: [...duplicate.clients, duplicate.clients[0]] }))).toEqual({ status: 'invalid' });
    });

    test('merging an import adds new clients and replaces one with the same id', () => {
      const { files, a } = twoClients();
      const other = addClient(emptyClientFiles(day2), 'Birch', day2, 'c-birch').files;
      const renamed = renameClient(files, a, 'Acme renamed', day2);
      const merged = mergeClients(mergeClients(files, other), { ...renamed, clients: [findClient(renamed, a)!] });
      expect(merged.clients.map((c) => c.name)).toEqual(['Acme renamed', 'استارتاپ نو', 'Birch']);
    });
  });

  describe('migration from today’s saved answers', () => {
    const spec = (tool: string, locale: string) => ({ tool, locale, version: 1, definition: fingerprint([tool]) });
    function savedToday(): StorageLike {
      const storage = memoryStorage();
      createToolStore(spec('self-assessment', 'fa'), { storage, validate: isSavedAssessment }).save({ answers: { 'unpaid-invoices': 'yes' } }, day1);
      createToolStore(spec('revenue-per-hour', 'fa'), { storage, validate: isCalculatorInput }).save(
        { target: '', rows: [{ id: 'row-1', name: 'الف', revenue: '۱۰۰', hours: '۲' }] },
        day1,
      );
      createToolStore(spec('notice-and-handover', 'fa'), { storage, validate: isChecklistAnswers }).save({ ...emptyChecklist, done: ['referral'] }, day2);
      createToolStore(spec('exit-letter', 'en'), { storage, validate: (_value: unknown): _value is object => true }).save(
        { fields: { 'client-name': 'Acme' }, choices: {} },
        day2,
      );
      storage.setItem('pw:tool:five-steps:fa:v1', 'not an envelope');
      storage.setItem('pw:theme', 'dark');
      return storage;
    }

    test('every tool’s saved answers become one client per locale, and nothing is written until the UI saves', () => {
      const storage = savedToday();
      const before = storage.length;
      const { files, migrated, skipped } = migrateSavedTools(storage, (locale) => (locale === 'fa' ? 'مشتری ذخیره‌شده' : 'Saved client'), day2);
      expect(storage.length).toBe(before);
      expect(files.clients.map((c) => c.name).sort()).toEqual(['Saved client', 'مشتری ذخیره‌شده']);
      const fa = files.clients.find((c) => c.name === 'مشتری ذخیره‌شده')!;
      expect(fa.assessment?.answers).toEqual({ 'unpaid-invoices': 'yes' });
      expect(fa.calculator?.input.rows[0]?.name).toBe('الف');
      expect(fa.checklists['notice-and-handover']).toMatchObject({ done: ['referral'], owners: {}, due: {} });
      expect(files.clients.find((c) => c.name === 'Saved client')!.letter).toEqual({ fields: { 'client-name': 'Acme' }, choices: {} });
      expect(migrated).toHaveLength(4);
      expect(skipped).toEqual(['pw:tool:five-steps:fa:v1']);
    });

    test('after the migration is saved, the old keys go and unreadable ones stay', () => {
      const storage = savedToday();
      const { files, migrated } = migrateSavedTools(storage, () => 'Saved', day2);
      createClientStore(storage).save(files, day2);
      completeMigration(storage, migrated);
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
      expect(keys.sort()).toEqual([clientsKey, 'pw:theme', 'pw:tool:five-steps:fa:v1'].sort());
    });

    test('answers a tool set aside after its definition changed are migrated too', () => {
      const storage = memoryStorage();
      createToolStore(spec('five-steps', 'en'), { storage, validate: isChecklistAnswers }).save({ ...emptyChecklist, done: ['law-first'] }, day1);
      // The definition changes: loading sets the old answers aside under `…:set-aside`.
      expect(createToolStore({ ...spec('five-steps', 'en'), definition: 'changed0' }, { storage, validate: isChecklistAnswers }).load()).toEqual({
        status: 'set-aside',
        problem: 'definition-changed',
      });
      const { files, migrated } = migrateSavedTools(storage, () => 'Saved', day2);
      expect(migrated).toEqual(['pw:tool:five-steps:en:v1:set-aside']);
      expect(files.clients[0]!.checklists['five-steps']?.done).toEqual(['law-first']);
    });

    test('nothing saved means nothing to migrate', () => {
      expect(migrateSavedTools(memoryStorage(), () => 'x', day1)).toMatchObject({ files: { clients: [] }, migrated: [], skipped: [] });
    });
  });
});
