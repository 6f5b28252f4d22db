import { describe, expect, test } from 'vitest';
import definitionInput from '../../content/tools/exit-letter/definition';
import ar from '../../content/tools/exit-letter/ar.json';
import en from '../../content/tools/exit-letter/en.json';
import fa from '../../content/tools/exit-letter/fa.json';
import {
  composeLetter,
  dateProblems,
  earliestLastDay,
  effectiveChoices,
  emptyLetter,
  fieldCount,
  isLetterAnswers,
  letterNotes,
  letterProblems,
  letterText,
  withChoice,
  withField,
} from '../../src/lib/exit-letter';
import { validateToolSource, type LetterDefinition } from '../../src/schemas/tool';
import { localeCodes, type Locale } from '../../src/i18n/locales';

const tool = validateToolSource({
  file: 'content/tools/exit-letter/definition.ts',
  definition: definitionInput,
  strings: { fa: { file: 'fa.json', data: fa }, ar: { file: 'ar.json', data: ar }, en: { file: 'en.json', data: en } },
});
const definition = tool.definition as LetterDefinition;

const filled = (() => {
  let answers = emptyLetter(definition);
  for (const [id, value] of Object.entries({ 'client-name': 'Acme Ltd', 'sender-name': 'Mina Rahimi', company: 'Studio North', 'contract-ref': 'C-42' }))
    answers = withField(definition, answers, id, value);
  return answers;
})();

const idsOf = (answers = filled, locale: Locale = 'en') => composeLetter(definition, tool.strings[locale], answers).map((p) => p.id);

describe('exit letter composition', () => {
  test('follows the exit conversation: thanks, decision, notice, commitments, handover, apology, alternatives, closing', () => {
    expect(idsOf()).toEqual([
      'subject-contract',
      'greeting',
      'thank',
      'decision-contract',
      'notice',
      'commitments',
      'handover',
      'apology',
      'alternatives',
      'closing',
      'signoff',
    ]);
  });

  test('the notice defaults to “as in our contract”', () => {
    expect(emptyLetter(definition).choices['notice']).toBe('contract');
    expect(letterText(composeLetter(definition, tool.strings.en, filled))).toContain('formal notice under the contract');
  });

  test('the chosen notice period and goodwill gesture pick their paragraphs; goodwill is a credit note, never “disregard the invoice”', () => {
    const answers = withChoice(withChoice(filled, 'notice', 'two-weeks'), 'goodwill', 'credit-note');
    const text = letterText(composeLetter(definition, tool.strings.en, answers));
    expect(text).toContain('two weeks’ notice');
    expect(text).toContain('credit note');
    for (const locale of localeCodes)
      expect(JSON.stringify(tool.strings[locale])).not.toMatch(/disregard|cancel(ling)? (our|the) last invoice|لغو آخرین فاکتور|إلغاء (آخر )?فاتورت?/i);
  });

  test('immediate notice never promises to keep working until a later day', () => {
    const ids = idsOf(withField(definition, withChoice(filled, 'notice', 'immediate'), 'last-day', '2030-01-01'));
    expect(ids).toContain('stop-work');
    expect(ids).not.toContain('commitments');
    expect(ids).not.toContain('last-day');
    for (const locale of localeCodes) {
      const text = letterText(composeLetter(definition, tool.strings[locale], withChoice(filled, 'notice', 'immediate')));
      expect(text).not.toContain(tool.strings[locale]['letter.commitments']);
    }
  });

  test('while money is owed: no goodwill gesture (with a note why), a request to pay, and files only once the account is settled', () => {
    const owing = withChoice(withChoice(filled, 'owed', 'yes'), 'goodwill', 'refund');
    const ids = idsOf(owing);
    expect(ids).not.toContain('goodwill');
    expect(ids).toContain('owed');
    expect(effectiveChoices(definition, owing)['goodwill']).toBe('none');
    expect(letterNotes(definition, owing)).toContain('goodwill-withheld');
    const text = letterText(composeLetter(definition, tool.strings.en, owing));
    expect(text).toContain(tool.strings.en['letter.handover.yes']);
    expect(text).not.toContain(tool.strings.en['letter.handover.no']);
    expect(idsOf(withChoice(filled, 'goodwill', 'refund'))).toContain('goodwill');
  });

  test('legal mode leaves out the thanks, apology, documented facts, goodwill and referrals', () => {
    const legal = withChoice(
      withChoice(withField(definition, withField(definition, filled, 'facts', 'Invoices unpaid.'), 'referrals', 'Blue'), 'goodwill', 'refund'),
      'mode',
      'legal',
    );
    const ids = idsOf(legal);
    for (const omitted of ['thank', 'apology', 'facts', 'goodwill', 'referrals', 'alternatives']) expect(ids).not.toContain(omitted);
    expect(ids).toEqual(expect.arrayContaining(['decision-contract', 'notice', 'handover', 'closing', 'signoff']));
    expect(letterNotes(definition, legal)).toContain('legal');
  });

  test('a date of writing heads the letter, and the sender’s contact lines follow the name', () => {
    let answers = withField(definition, filled, 'written-on', '2026-12-01');
    answers = withField(definition, answers, 'sender-contact', 'mina@example.test\n+98 21 5555 0000');
    const paragraphs = composeLetter(definition, tool.strings.en, answers);
    expect(paragraphs[0]!.id).toBe('dateline');
    expect(letterText(paragraphs).endsWith('Kind regards,\nMina Rahimi\nStudio North\nmina@example.test\n+98 21 5555 0000')).toBe(true);
  });

  test('no goodwill gesture and no apology leave those paragraphs out', () => {
    expect(idsOf(withChoice(filled, 'apology', 'no'))).not.toContain('apology');
    expect(idsOf(filled)).not.toContain('goodwill');
  });

  test('filled optional fields bring their paragraphs, and replace the generic ones', () => {
    let answers = withField(definition, filled, 'referrals', 'Blue Agency');
    answers = withField(definition, answers, 'client-contact', 'Mr Lee');
    answers = withField(definition, answers, 'facts', 'Three invoices since March are unpaid.');
    const ids = idsOf(answers);
    expect(ids).toContain('referrals');
    expect(ids).not.toContain('alternatives');
    expect(ids).toContain('greeting-named');
    expect(ids).not.toContain('greeting');
    expect(ids).toContain('facts');
  });

  test('an empty field shows as its label in brackets, so the letter reads as a template', () => {
    const [subject, greeting] = composeLetter(definition, tool.strings.en, emptyLetter(definition));
    expect(subject!.id).toBe('subject');
    expect(greeting!.segments).toContainEqual({ field: 'client-name', value: '[Client’s name or company]', filled: false });
  });

  test('a date is written by the given formatter', () => {
    const answers = withField(definition, filled, 'last-day', '2026-12-31');
    const paragraph = composeLetter(definition, tool.strings.fa, answers, { formatValue: (id, v) => (id === 'last-day' ? `<${v}>` : v) }).find(
      (p) => p.id === 'last-day',
    )!;
    expect(paragraph.segments).toContainEqual({ field: 'last-day', value: '<2026-12-31>', filled: true });
  });

  test('each language has its own letter, with the reader’s values in it and no bidi marks in the plain text', () => {
    for (const locale of localeCodes) {
      const text = letterText(composeLetter(definition, tool.strings[locale], filled));
      expect(text).toContain('Acme Ltd');
      expect(text).toContain('Mina Rahimi');
      expect(text).not.toMatch(/[\u2066-\u2069]/);
      expect(text).not.toMatch(/\{[\w-]+\}/);
    }
    expect(letterText(composeLetter(definition, tool.strings.fa, filled))).toContain('با احترام');
    expect(letterText(composeLetter(definition, tool.strings.ar, filled))).toContain('تحية طيبة');
  });

  test('hostile values stay values: markup is never parsed, and direction controls never reach the plain text', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"></script>\u202Eevil\u2066x\u2069';
    const paragraphs = composeLetter(definition, tool.strings.en, withField(definition, filled, 'client-name', hostile));
    const segment = paragraphs.flatMap((p) => p.segments).find((s) => 'field' in s && s.field === 'client-name');
    expect(segment).toEqual({ field: 'client-name', value: hostile, filled: true });
    const text = letterText(paragraphs);
    expect(text).toContain('<img src=x onerror="window.__pwned=1"></script>evilx');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('exit letter answers', () => {
  test('required fields are reported in field order until filled', () => {
    expect(letterProblems(definition, emptyLetter(definition))).toEqual([
      { field: 'client-name', problem: 'required' },
      { field: 'sender-name', problem: 'required' },
    ]);
    expect(letterProblems(definition, filled)).toEqual([]);
  });

  test('a value longer than its field allows is kept and reported with its count, never cut without a word', () => {
    const answers = withField(definition, filled, 'facts', 'x'.repeat(10_000));
    expect(answers.fields['facts']).toHaveLength(10_000);
    expect(fieldCount(definition, answers, 'facts')).toEqual({ count: 10_000, limit: 2000, over: true });
    expect(letterProblems(definition, answers)).toEqual([{ field: 'facts', problem: 'too-long', count: 10_000, limit: 2000 }]);
    expect(fieldCount(definition, filled, 'facts')).toEqual({ count: 0, limit: 2000, over: false });
    expect(isLetterAnswers(definition, answers)).toBe(true);
    expect(isLetterAnswers(definition, { ...filled, fields: { ...filled.fields, facts: 'x'.repeat(20_001) } })).toBe(false);
  });

  describe('dates against the notice chosen (today injected)', () => {
    const today = '2026-12-01';
    const withDates = (notice: string, lastDay: string, writtenOn = '') =>
      withField(definition, withField(definition, withChoice(filled, 'notice', notice), 'last-day', lastDay), 'written-on', writtenOn);
    test('a last day in the past is an error whatever the notice', () => {
      expect(dateProblems(definition, withDates('contract', '2020-01-01'), today)).toEqual([{ field: 'last-day', problem: 'past', date: today }]);
      expect(dateProblems(definition, withDates('two-weeks', '2020-01-01'), today)).toEqual([{ field: 'last-day', problem: 'past', date: today }]);
    });
    test('a last day sooner than the notice given is an error naming the earliest day', () => {
      expect(dateProblems(definition, withDates('two-weeks', '2026-12-10'), today)).toEqual([{ field: 'last-day', problem: 'too-soon', date: '2026-12-15' }]);
      expect(dateProblems(definition, withDates('two-weeks', '2026-12-15'), today)).toEqual([]);
      expect(dateProblems(definition, withDates('one-month', '2026-12-31', '2026-11-30'), today)).toEqual([]);
      expect(earliestLastDay(definition, withDates('one-month', '', '2027-01-31'), today)).toBe('2027-02-28');
      expect(earliestLastDay(definition, withDates('two-months', ''), today)).toBe('2027-02-01');
    });
    test('“as in our contract” accepts any future day, and immediate ignores the last day', () => {
      expect(dateProblems(definition, withDates('contract', '2026-12-02'), today)).toEqual([]);
      expect(dateProblems(definition, withDates('immediate', '2020-01-01'), today)).toEqual([]);
      expect(letterNotes(definition, withDates('immediate', ''))).toContain('immediate-risk');
    });
    test('a date that is not a calendar day is reported', () => {
      expect(dateProblems(definition, withDates('contract', 'soon'), today)).toEqual([{ field: 'last-day', problem: 'not-a-date' }]);
    });
  });

  test('saved answers must name known fields and options', () => {
    expect(isLetterAnswers(definition, filled)).toBe(true);
    expect(isLetterAnswers(definition, { ...filled, fields: { ghost: 'x' } })).toBe(false);
    expect(isLetterAnswers(definition, { ...filled, choices: { notice: 'forever' } })).toBe(false);
    expect(isLetterAnswers(definition, null)).toBe(false);
  });
});
