import { describe, expect, test } from 'vitest';
import definitionInput from '../../content/tools/exit-letter/definition';
import ar from '../../content/tools/exit-letter/ar.json';
import en from '../../content/tools/exit-letter/en.json';
import fa from '../../content/tools/exit-letter/fa.json';
import { composeLetter, emptyLetter, isLetterAnswers, letterProblems, letterText, withChoice, withField } from '../../src/lib/exit-letter';
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
  test('follows the exit conversation: thanks, decision, notice, commitments, apology, alternatives, closing', () => {
    expect(idsOf()).toEqual([
      'subject-contract',
      'greeting',
      'thank',
      'decision-contract',
      'notice',
      'commitments',
      'apology',
      'alternatives',
      'closing',
      'signoff-company',
    ]);
  });

  test('the chosen notice period and goodwill gesture pick their paragraphs', () => {
    const answers = withChoice(withChoice(filled, 'notice', 'two-weeks'), 'goodwill', 'cancel-invoice');
    const text = letterText(composeLetter(definition, tool.strings.en, answers));
    expect(text).toContain('two weeks’ notice');
    expect(text).toContain('cancelling our last invoice');
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

  test('each language has its own letter, with the reader’s values in it', () => {
    for (const locale of localeCodes) {
      const text = letterText(composeLetter(definition, tool.strings[locale], filled));
      expect(text).toContain('\u2068Acme Ltd\u2069');
      expect(text).toContain('\u2068Mina Rahimi\u2069');
      expect(text).not.toMatch(/\{[\w-]+\}/);
    }
    expect(letterText(composeLetter(definition, tool.strings.fa, filled))).toContain('با احترام');
    expect(letterText(composeLetter(definition, tool.strings.ar, filled))).toContain('تحية طيبة');
  });

  test('hostile values stay values: markup and direction overrides are isolated, never parsed', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"></script>\u202Eevil';
    const paragraphs = composeLetter(definition, tool.strings.en, withField(definition, filled, 'client-name', hostile));
    const segment = paragraphs.flatMap((p) => p.segments).find((s) => 'field' in s && s.field === 'client-name');
    expect(segment).toEqual({ field: 'client-name', value: hostile, filled: true });
    expect(letterText(paragraphs)).toContain(`\u2068${hostile}\u2069`);
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

  test('a value longer than its field allows is cut when typed, and refused when imported', () => {
    const answers = withField(definition, filled, 'client-name', 'x'.repeat(10_000));
    expect(answers.fields['client-name']).toHaveLength(200);
    expect(isLetterAnswers(definition, { ...filled, fields: { ...filled.fields, 'client-name': 'x'.repeat(201) } })).toBe(false);
  });

  test('saved answers must name known fields and options', () => {
    expect(isLetterAnswers(definition, filled)).toBe(true);
    expect(isLetterAnswers(definition, { ...filled, fields: { ghost: 'x' } })).toBe(false);
    expect(isLetterAnswers(definition, { ...filled, choices: { notice: 'forever' } })).toBe(false);
    expect(isLetterAnswers(definition, null)).toBe(false);
  });
});
