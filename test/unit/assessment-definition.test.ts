/**
 * Validation of the self-assessment and calculator definitions (kinds `assessment` and
 * `calculator` in src/schemas/tool.ts): the real files load, and each kind of author's
 * mistake fails with a message naming the file and the id.
 */
import { describe, expect, test } from 'vitest';
import { validateToolSource, ToolDefinitionError, type ToolSource } from '../../src/schemas/tool';
import assessment from '../../content/tools/self-assessment/definition';
import assessmentFa from '../../content/tools/self-assessment/fa.json';
import assessmentAr from '../../content/tools/self-assessment/ar.json';
import assessmentEn from '../../content/tools/self-assessment/en.json';
import calculator from '../../content/tools/revenue-per-hour/definition';
import calculatorFa from '../../content/tools/revenue-per-hour/fa.json';
import calculatorAr from '../../content/tools/revenue-per-hour/ar.json';
import calculatorEn from '../../content/tools/revenue-per-hour/en.json';
import { localeCodes } from '../../src/i18n/locales';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
type Mutable = Record<string, unknown> & { questions: { id: string; weight: number; dealBreaker?: string }[] };

function source(definition: unknown, strings: { fa: object; ar: object; en: object }, folder: string): ToolSource {
  return {
    file: `content/tools/${folder}/definition.ts`,
    definition,
    strings: Object.fromEntries(Object.entries(strings).map(([locale, data]) => [locale, { file: `content/tools/${folder}/${locale}.json`, data }])),
  };
}
const assessmentStrings = () => ({ fa: clone(assessmentFa), ar: clone(assessmentAr), en: clone(assessmentEn) });
const assessmentSource = (change: (d: Mutable) => void = () => {}, strings = assessmentStrings()) => {
  const definition = clone(assessment) as unknown as Mutable;
  change(definition);
  return source(definition, strings, 'self-assessment');
};
function problems(src: ToolSource): string {
  try {
    validateToolSource(src, src.file.split('/')[2]);
  } catch (error) {
    expect(error).toBeInstanceOf(ToolDefinitionError);
    return (error as Error).message;
  }
  throw new Error('the definition was accepted');
}

describe('self-assessment definition', () => {
  test('the real definition and its strings in fa, ar and en are valid', () => {
    const { definition } = validateToolSource(assessmentSource(), 'self-assessment');
    expect(definition.kind).toBe('assessment');
  });

  test('a missing question string names the locale file, the key and the id', () => {
    const strings = assessmentStrings();
    delete (strings.ar as Record<string, string>)['question.scope-creep.hint'];
    expect(problems(assessmentSource(undefined, strings))).toMatch(
      /content\/tools\/self-assessment\/ar\.json: missing string "question\.scope-creep\.hint" \(for id "scope-creep"\)/,
    );
  });

  test('a string for a question that does not exist is reported', () => {
    const strings = assessmentStrings();
    (strings.fa as Record<string, string>)['question.ghost'] = 'شبح';
    expect(problems(assessmentSource(undefined, strings))).toMatch(/fa\.json: string "question\.ghost" names an unknown id "ghost"/);
  });

  test('a new question without strings fails in every locale', () => {
    const message = problems(assessmentSource((d) => d.questions.push({ id: 'late-briefs', weight: 1 })));
    for (const locale of localeCodes) expect(message).toContain(`${locale}.json: missing string "question.late-briefs"`);
  });

  test('a weight out of range names the question', () => {
    expect(problems(assessmentSource((d) => (d.questions[3]!.weight = 12)))).toMatch(
      /definition\.ts: tool "self-assessment" questions\[3\] \(id "disputed-invoices"\)\.weight: Weights are 0 to 10/,
    );
  });

  test('a duplicate question id is reported', () => {
    expect(problems(assessmentSource((d) => (d.questions[5]!.id = 'scope-creep')))).toMatch(/Question id "scope-creep" appears twice/);
  });

  test('removing a question the site relies on is reported', () => {
    expect(problems(assessmentSource((d) => (d.questions = d.questions.filter((q) => q.id !== 'unprofitable'))))).toMatch(/Question "unprofitable" is missing/);
  });

  test('thresholds that do not rise, or that no score can reach, are reported', () => {
    expect(problems(assessmentSource((d) => (d.thresholds = { repair: 8, 'prepare-to-end': 8, 'end-now': 14 })))).toMatch(
      /Thresholds must rise: repair \(8\) < prepare-to-end \(8\) < end-now \(14\)/,
    );
    expect(problems(assessmentSource((d) => (d.thresholds = { repair: 2, 'prepare-to-end': 8, 'end-now': 40 })))).toMatch(
      /end-now needs 40 points but the questions without a deal-breaker give at most 25/,
    );
  });

  test('an unknown verdict in a rule is reported', () => {
    expect(problems(assessmentSource((d) => (d.questions[0]!.dealBreaker = 'run-away')))).toMatch(/questions\[0\] \(id "abuse-of-staff"\)\.dealBreaker/);
  });

  test('a verdict that nothing can reach is reported', () => {
    expect(problems(assessmentSource((d) => delete d.questions[1]!.dealBreaker))).toMatch(/No question has the deal-breaker "legal-then-end"/);
  });

  test('a placeholder a string cannot use is reported with the key', () => {
    const strings = assessmentStrings();
    (strings.en as Record<string, string>)['why.score'] = 'You scored {total}.';
    expect(problems(assessmentSource(undefined, strings))).toMatch(
      /en\.json: "why\.score": placeholder "\{total\}" is not available here; use \{score\}, \{max\}, \{min\}, \{verdict\}/,
    );
  });
});

describe('revenue-per-hour definition', () => {
  const calculatorSource = (change: (d: Record<string, unknown>) => void = () => {}) => {
    const definition = clone(calculator) as unknown as Record<string, unknown>;
    change(definition);
    return source(definition, { fa: clone(calculatorFa), ar: clone(calculatorAr), en: clone(calculatorEn) }, 'revenue-per-hour');
  };

  test('the real definition and its strings are valid', () => {
    expect(validateToolSource(calculatorSource(), 'revenue-per-hour').definition.kind).toBe('calculator');
  });

  test('settings out of range are reported', () => {
    expect(problems(calculatorSource((d) => (d['letGoBelow'] = 1.2)))).toMatch(/letGoBelow/);
    expect(problems(calculatorSource((d) => (d['initialRows'] = 40)))).toMatch(/initialRows/);
  });
});
