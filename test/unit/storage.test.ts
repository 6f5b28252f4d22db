import { describe, expect, test } from 'vitest';
import {
  browserStorage,
  createToolStore,
  fingerprint,
  forgetEverything,
  forgetEverythingIn,
  memoryStorage,
  storageKey,
  type StorageLike,
  type StoreSpec,
} from '../../src/lib/storage';
import { encodeHandoff, handoffKey } from '../../src/lib/tool-handoff';

interface Answers {
  done: string[];
}
const isAnswers = (value: unknown): value is Answers => typeof value === 'object' && value !== null && Array.isArray((value as Answers).done);
const spec: StoreSpec = { tool: 'five-steps', version: 2, locale: 'fa', definition: fingerprint(['a', 'b', 'c']) };
const now = new Date('2026-11-23T10:00:00Z');

function storeWith(storage: StorageLike | undefined, options: { maxChars?: number } = {}) {
  return createToolStore<Answers>(spec, { storage, validate: isAnswers, ...options });
}

/** A storage whose every call throws, like Safari's private mode or a full quota. */
function throwingStorage(): StorageLike {
  const fail = () => {
    throw new DOMException('denied', 'SecurityError');
  };
  return {
    getItem: fail,
    setItem: fail,
    removeItem: fail,
    key: fail,
    get length(): number {
      return fail();
    },
  };
}

describe('storage', () => {
  test('the key names the tool, the locale and the version', () => {
    expect(storageKey(spec)).toBe('pw:tool:five-steps:fa:v2');
  });

  test('saved answers load back unchanged', () => {
    const storage = memoryStorage();
    expect(storeWith(storage).save({ done: ['a', 'c'] }, now)).toEqual({ status: 'saved' });
    expect(storeWith(storage).load()).toEqual({ status: 'ok', data: { done: ['a', 'c'] }, savedAt: now.toISOString() });
  });

  test('nothing saved loads as empty', () => {
    expect(storeWith(memoryStorage()).load()).toEqual({ status: 'empty' });
  });

  test('corrupt JSON is set aside with its text, and the next load is empty', () => {
    const storage = memoryStorage();
    storage.setItem('pw:tool:five-steps:fa:v2', '{"format":"parting-ways/answers",');
    expect(storeWith(storage).load()).toEqual({ status: 'set-aside', problem: 'corrupt' });
    const setAside = JSON.parse(storage.getItem('pw:tool:five-steps:fa:v2:set-aside')!);
    expect(setAside).toMatchObject({ problem: 'corrupt', raw: '{"format":"parting-ways/answers",' });
    expect(storeWith(storage).load()).toEqual({ status: 'empty' });
  });

  test('an envelope whose data fails validation counts as corrupt', () => {
    const storage = memoryStorage();
    storeWith(storage).save({ done: [] }, now);
    const raw = JSON.parse(storage.getItem('pw:tool:five-steps:fa:v2')!);
    storage.setItem('pw:tool:five-steps:fa:v2', JSON.stringify({ ...raw, data: { done: 'all' } }));
    expect(storeWith(storage).load()).toEqual({ status: 'set-aside', problem: 'corrupt' });
  });

  test('answers saved by an older version are set aside as old-version', () => {
    const storage = memoryStorage();
    createToolStore<Answers>({ ...spec, version: 1 }, { storage, validate: isAnswers }).save({ done: ['a'] }, now);
    expect(storage.getItem('pw:tool:five-steps:fa:v1')).not.toBeNull();
    expect(storeWith(storage).load()).toEqual({ status: 'set-aside', problem: 'old-version' });
    expect(storage.getItem('pw:tool:five-steps:fa:v1')).toBeNull();
    expect(storage.getItem('pw:tool:five-steps:fa:v2:set-aside')).toContain('old-version');
  });

  test('answers saved before the questions changed are set aside as definition-changed', () => {
    const storage = memoryStorage();
    createToolStore<Answers>({ ...spec, definition: fingerprint(['a', 'b']) }, { storage, validate: isAnswers }).save({ done: ['a'] }, now);
    expect(storeWith(storage).load()).toEqual({ status: 'set-aside', problem: 'definition-changed' });
  });

  test('the fingerprint changes when an id is added, removed, renamed or moved', () => {
    const base = fingerprint(['a', 'b', 'c']);
    expect(fingerprint(['a', 'b', 'c'])).toBe(base);
    for (const other of [
      ['a', 'b'],
      ['a', 'b', 'c', 'd'],
      ['a', 'b', 'x'],
      ['b', 'a', 'c'],
      ['ab', 'c'],
    ])
      expect(fingerprint(other)).not.toBe(base);
  });

  test('storage that throws degrades to memory and says so', () => {
    const store = storeWith(throwingStorage());
    expect(store.load()).toEqual({ status: 'unavailable' });
    expect(store.inMemory).toBe(true);
    expect(store.save({ done: ['a'] }, now)).toEqual({ status: 'unavailable' });
    expect(store.load()).toMatchObject({ status: 'ok', data: { done: ['a'] } });
  });

  test('a quota error while saving keeps the answers in memory', () => {
    const storage = memoryStorage();
    const full: StorageLike = {
      ...storage,
      getItem: (k) => storage.getItem(k),
      key: (i) => storage.key(i),
      get length() {
        return storage.length;
      },
      removeItem: (k) => storage.removeItem(k),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const store = storeWith(full);
    expect(store.save({ done: ['b'] }, now)).toEqual({ status: 'unavailable' });
    expect(store.load()).toMatchObject({ status: 'ok', data: { done: ['b'] } });
  });

  test('browserStorage returns undefined when storage cannot be used', () => {
    expect(browserStorage(() => throwingStorage())).toBeUndefined();
    expect(
      browserStorage(() => {
        throw new Error('no access');
      }),
    ).toBeUndefined();
    const storage = memoryStorage();
    expect(browserStorage(() => storage)).toBe(storage);
    expect(storage.length).toBe(0);
  });

  test('answers larger than the cap are not saved, and oversized saved data is set aside', () => {
    const storage = memoryStorage();
    const store = storeWith(storage, { maxChars: 300 });
    expect(store.save({ done: ['x'.repeat(400)] }, now)).toEqual({ status: 'oversized' });
    expect(storage.getItem(store.key)).toBeNull();
    storeWith(storage).save({ done: ['x'.repeat(400)] }, now);
    expect(store.load()).toEqual({ status: 'set-aside', problem: 'oversized' });
  });

  test('forget erases the answers and anything set aside, in this tool and locale only', () => {
    const storage = memoryStorage();
    storeWith(storage).save({ done: ['a'] }, now);
    storage.setItem('pw:tool:five-steps:fa:v2:set-aside', '{}');
    createToolStore<Answers>({ ...spec, locale: 'en' }, { storage, validate: isAnswers }).save({ done: ['b'] }, now);
    storeWith(storage).forget();
    expect(storage.getItem('pw:tool:five-steps:fa:v2')).toBeNull();
    expect(storage.getItem('pw:tool:five-steps:fa:v2:set-aside')).toBeNull();
    expect(storage.getItem('pw:tool:five-steps:en:v2')).not.toBeNull();
  });

  test('forgetEverything erases every pw: key and nothing else', () => {
    const storage = memoryStorage();
    storeWith(storage).save({ done: ['a'] }, now);
    storage.setItem('pw:theme', 'dark');
    storage.setItem('other-site', 'keep');
    expect(forgetEverything(storage)).toBe(2);
    expect(storage.length).toBe(1);
    expect(storage.getItem('other-site')).toBe('keep');
    expect(forgetEverything(undefined)).toBe(0);
    expect(forgetEverything(throwingStorage())).toBe(0);
  });

  test('forgetEverythingIn erases the pw: keys of every storage given, the calculator hand-off in session storage included', () => {
    const local = memoryStorage();
    storeWith(local).save({ done: ['a'] }, now);
    const session = memoryStorage();
    session.setItem(handoffKey, encodeHandoff({ answer: 'yes', ofTarget: 0.5, at: now.getTime() }));
    session.setItem('other-site', 'keep');
    expect(forgetEverythingIn([local, session])).toBe(2);
    expect(local.length).toBe(0);
    expect(session.getItem(handoffKey)).toBeNull();
    expect(session.getItem('other-site')).toBe('keep');
  });

  test('forgetEverythingIn still erases one storage when the other cannot be used, and says when none can', () => {
    const session = memoryStorage();
    session.setItem(handoffKey, '{}');
    expect(forgetEverythingIn([undefined, session])).toBe(1);
    expect(session.length).toBe(0);
    expect(forgetEverythingIn([undefined, session])).toBe(0);
    expect(forgetEverythingIn([undefined, undefined])).toBeUndefined();
    expect(forgetEverythingIn([])).toBeUndefined();
  });
});

describe('export and import', () => {
  const store = storeWith(memoryStorage());

  test('an exported file imports back to the same answers', () => {
    const file = store.exportFile({ done: ['a', 'b'] }, now);
    expect(file.filename).toBe('parting-ways-five-steps-2026-11-23.json');
    const result = store.parseImport(file.text);
    expect(result).toMatchObject({ status: 'ok', envelope: { tool: 'five-steps', data: { done: ['a', 'b'] }, savedAt: now.toISOString() } });
  });

  test('a file exported in another language imports too (ids are the same)', () => {
    const en = createToolStore<Answers>({ ...spec, locale: 'en' }, { storage: memoryStorage(), validate: isAnswers });
    expect(store.parseImport(en.exportFile({ done: ['c'] }, now).text).status).toBe('ok');
  });

  test.each([
    ['not JSON', 'hello', 'malformed'],
    ['JSON that is not an answers file', '{"a":1}', 'malformed'],
    [
      'an envelope with an unreadable date',
      JSON.stringify({
        format: 'parting-ways/answers',
        tool: 'five-steps',
        version: 2,
        locale: 'fa',
        definition: spec.definition,
        savedAt: 'yesterday',
        data: { done: [] },
      }),
      'malformed',
    ],
    [
      'another tool',
      JSON.stringify({
        format: 'parting-ways/answers',
        tool: 'exit-letter',
        version: 2,
        locale: 'fa',
        definition: spec.definition,
        savedAt: now.toISOString(),
        data: { done: [] },
      }),
      'wrong-tool',
    ],
    [
      'another version',
      JSON.stringify({
        format: 'parting-ways/answers',
        tool: 'five-steps',
        version: 1,
        locale: 'fa',
        definition: spec.definition,
        savedAt: now.toISOString(),
        data: { done: [] },
      }),
      'wrong-version',
    ],
    [
      'changed questions',
      JSON.stringify({
        format: 'parting-ways/answers',
        tool: 'five-steps',
        version: 2,
        locale: 'fa',
        definition: 'deadbeef',
        savedAt: now.toISOString(),
        data: { done: [] },
      }),
      'definition-changed',
    ],
    [
      'data of the wrong shape',
      JSON.stringify({
        format: 'parting-ways/answers',
        tool: 'five-steps',
        version: 2,
        locale: 'fa',
        definition: spec.definition,
        savedAt: now.toISOString(),
        data: { done: 3 },
      }),
      'invalid',
    ],
    ['an oversized file', ' '.repeat(300_000), 'oversized'],
  ])('%s is refused as %s', (_what, text, status) => {
    expect(store.parseImport(text)).toEqual({ status });
  });

  test('checking an import writes nothing', () => {
    const storage = memoryStorage();
    const quiet = storeWith(storage);
    quiet.parseImport(quiet.exportFile({ done: ['a'] }, now).text);
    expect(storage.length).toBe(0);
  });
});
