/**
 * Composing the exit letter from the reader's answers, with no DOM.
 *
 * Data shape (what is saved, see `src/lib/storage.ts`):
 *   { fields: { [fieldId]: string }, choices: { [choiceId]: optionId } }
 * Field ids and options come from `content/tools/exit-letter/definition.ts`; paragraph
 * templates from the locale's strings (`letter.<paragraph>` or `letter.<paragraph>.<option>`).
 *
 * The letter is a list of paragraphs, each a list of segments: literal template text, or
 * a reader's value (kept apart so the page can isolate it with `<bdi>`). An empty field
 * shows as `[its label]`, so the letter is a readable template even before anything is
 * typed (and without JavaScript). A paragraph marked `continues` is the next line of the
 * previous one (the signature block: name, company, contact lines).
 *
 * The rules the definition's `policy` switches on:
 *   - Notice: `contract` (default; the contract decides), a period (`two-weeks`…: the last
 *     day, if given, must be at least that long after the date of writing), or `immediate`
 *     (no last day; `letterNotes` warns that ending without notice can be a breach).
 *     `dateProblems(definition, answers, today)` checks the dates: a last day before today
 *     is `past`, one sooner than the period allows is `too-soon` (with the earliest day).
 *     `today` is injected (ISO `YYYY-MM-DD`) so tests do not depend on the clock.
 *   - Money owed (`owed: yes`): no goodwill gesture (`goodwill-withheld` note says why),
 *     the letter asks for payment, and the handover waits for the account to be settled;
 *     goodwill is never "disregard the invoice" but a refund, a credit note or free help.
 *   - Legal mode: no thanks, facts, apology, goodwill or referrals (`legal` note).
 *   - Lengths: values are never cut silently. `fieldCount()` gives `{ count, limit, over }`
 *     for a visible counter, and `letterProblems()` reports `too-long` before anything is
 *     sent; only text beyond `hardLimit` (far past any field's limit) is dropped on input.
 *   - Text: `letterText()` is plain text for copy and download — no bidi isolates or other
 *     direction controls (U+2066–U+2069, U+202A–U+202E, U+200E/F); the page isolates
 *     values with `<bdi>` instead.
 *
 * API for the islands: emptyLetter(definition, today?), isLetterAnswers, withField,
 * withChoice, effectiveChoices, letterProblems, dateProblems, fieldCount, letterNotes,
 * earliestLastDay, composeLetter, letterText.
 */
import { splitTemplate } from '../i18n/template';

/** A condition on a choice: `{ choice: 'mode', option: 'legal' }`. */
export interface ChoiceCondition {
  choice: string;
  option: string;
}

/**
 * The letter builder's definition as this module reads it: the shape the letter schema
 * (`src/schemas/tool/letter.ts`) produces, declared here so `src/lib` never imports the
 * schemas (the component passing a definition to the island is where the two meet, and
 * `astro check` proves they match).
 */
export interface LetterDefinition {
  fields: readonly { id: string; type: 'text' | 'long' | 'date'; required: boolean; maxLength: number }[];
  choices: readonly { id: string; options: readonly string[]; default: string }[];
  paragraphs: readonly {
    id: string;
    choice?: string | undefined;
    omitWhen?: string | undefined;
    omitIf: readonly ChoiceCondition[];
    onlyIf: readonly ChoiceCondition[];
    whenFilled?: string | undefined;
    whenEmpty?: string | undefined;
    continues: boolean;
  }[];
  policy?:
    | {
        notice: { choice: string; immediate: string; periods: Readonly<Record<string, { days: number; months: number }>> };
        dates: { writtenOn: string; lastDay: string };
        owed: ChoiceCondition;
        goodwill: { choice: string; none: string };
        legal: ChoiceCondition;
      }
    | undefined;
}

/** One locale's strings of the letter tool (keys built from ids may be absent, as far as the type knows). */
export type LetterStrings = Readonly<Record<string, string | undefined>>;

export interface LetterAnswers {
  fields: Record<string, string>;
  choices: Record<string, string>;
}

export type LetterSegment = { text: string } | { field: string; value: string; filled: boolean };
export interface LetterParagraph {
  id: string;
  segments: LetterSegment[];
}

/** Longest text kept in any field, whatever its limit: a guard against pasting a book, not the limit the reader sees. */
export const hardLimit = 20_000;

/** The answers of a fresh builder: empty fields (the date of writing is today when given), default options. */
export function emptyLetter(definition: LetterDefinition, today?: string): LetterAnswers {
  const writtenOn = definition.policy?.dates.writtenOn;
  return {
    fields: Object.fromEntries(definition.fields.map((f) => [f.id, f.id === writtenOn && today ? today : ''])),
    choices: Object.fromEntries(definition.choices.map((c) => [c.id, c.default])),
  };
}

/** Checks saved or imported answers against the definition (known ids, options, lengths up to `hardLimit`). */
export function isLetterAnswers(definition: LetterDefinition, value: unknown): value is LetterAnswers {
  if (typeof value !== 'object' || value === null) return false;
  const { fields, choices } = value as Partial<LetterAnswers>;
  if (typeof fields !== 'object' || fields === null || typeof choices !== 'object' || choices === null) return false;
  const fieldsOk = Object.entries(fields).every(
    ([id, text]) => definition.fields.some((f) => f.id === id) && typeof text === 'string' && text.length <= hardLimit,
  );
  const choicesOk = Object.entries(choices).every(([id, option]) => definition.choices.find((c) => c.id === id)?.options.includes(option as string) === true);
  return fieldsOk && choicesOk;
}

/** Sets a field. Text over the field's limit is kept (and reported); only text past `hardLimit` is dropped. */
export function withField(_definition: LetterDefinition, answers: LetterAnswers, id: string, value: string): LetterAnswers {
  return { ...answers, fields: { ...answers.fields, [id]: value.slice(0, hardLimit) } };
}

export function withChoice(answers: LetterAnswers, id: string, option: string): LetterAnswers {
  return { ...answers, choices: { ...answers.choices, [id]: option } };
}

const selected = (definition: LetterDefinition, answers: LetterAnswers, choice: string): string =>
  answers.choices[choice] ?? definition.choices.find((c) => c.id === choice)?.default ?? '';

/** The choices as the letter applies them: goodwill is "none" while money is owed. */
export function effectiveChoices(definition: LetterDefinition, answers: LetterAnswers): Record<string, string> {
  const choices = Object.fromEntries(definition.choices.map((c) => [c.id, selected(definition, answers, c.id)]));
  const policy = definition.policy;
  if (policy && choices[policy.owed.choice] === policy.owed.option) choices[policy.goodwill.choice] = policy.goodwill.none;
  return choices;
}

/** Characters typed against a field's limit, for a visible counter. @example fieldCount(d, a, 'facts') // { count: 12, limit: 2000, over: false } */
export function fieldCount(definition: LetterDefinition, answers: LetterAnswers, id: string): { count: number; limit: number; over: boolean } {
  const limit = definition.fields.find((f) => f.id === id)?.maxLength ?? 0;
  const count = [...(answers.fields[id] ?? '')].length;
  return { count, limit, over: count > limit };
}

export type LetterProblem = { field: string; problem: 'required' } | { field: string; problem: 'too-long'; count: number; limit: number } | DateProblem;

/** Required fields left empty and values over their limit, in field order. */
export function letterProblems(definition: LetterDefinition, answers: LetterAnswers): LetterProblem[] {
  return definition.fields.flatMap((f): LetterProblem[] => {
    const value = answers.fields[f.id] ?? '';
    if (f.required && value.trim() === '') return [{ field: f.id, problem: 'required' }];
    const { count, limit, over } = fieldCount(definition, answers, f.id);
    if (over) return [{ field: f.id, problem: 'too-long', count, limit }];
    return [];
  });
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Adds days and calendar months to an ISO day (UTC; the 31st plus a month is the last day of the next month). */
function addPeriod(day: string, period: { days: number; months: number }): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastOfTarget = new Date(Date.UTC(y, m - 1 + period.months + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(y, m - 1 + period.months, Math.min(d, lastOfTarget)));
  date.setUTCDate(date.getUTCDate() + period.days);
  return date.toISOString().slice(0, 10);
}

/**
 * The earliest last day the chosen notice allows (the date of writing, or `today` when it
 * is empty, plus the period), or undefined for `contract` and `immediate`.
 * @example earliestLastDay(d, { …notice: 'two-weeks', written-on: '2026-12-01' }, '2026-12-01') // '2026-12-15'
 */
export function earliestLastDay(definition: LetterDefinition, answers: LetterAnswers, today: string): string | undefined {
  if (!definition.policy) return undefined;
  const { notice, dates } = definition.policy;
  const period = notice.periods[selected(definition, answers, notice.choice)];
  if (!period) return undefined;
  const written = (answers.fields[dates.writtenOn] ?? '').trim();
  return addPeriod(isoDay.test(written) ? written : today, period);
}

export type DateProblem =
  { field: string; problem: 'past'; date: string } | { field: string; problem: 'too-soon'; date: string } | { field: string; problem: 'not-a-date' };

/**
 * The last day checked against the notice chosen and today (ISO `YYYY-MM-DD`): in the past
 * → `past` (with today); sooner than the period allows → `too-soon` (with the earliest
 * allowed day). An empty last day, or notice "immediate" (the last day is left out), is fine.
 */
export function dateProblems(definition: LetterDefinition, answers: LetterAnswers, today: string): DateProblem[] {
  if (!definition.policy) return [];
  const { notice, dates } = definition.policy;
  const problems: DateProblem[] = [];
  for (const field of [dates.writtenOn, dates.lastDay]) {
    const value = (answers.fields[field] ?? '').trim();
    if (value !== '' && (!isoDay.test(value) || Number.isNaN(Date.parse(value)))) problems.push({ field, problem: 'not-a-date' });
  }
  if (problems.length > 0) return problems;
  const lastDay = (answers.fields[dates.lastDay] ?? '').trim();
  if (lastDay === '' || selected(definition, answers, notice.choice) === notice.immediate) return [];
  if (lastDay < today) return [{ field: dates.lastDay, problem: 'past', date: today }];
  const earliest = earliestLastDay(definition, answers, today);
  if (earliest && lastDay < earliest) return [{ field: dates.lastDay, problem: 'too-soon', date: earliest }];
  return [];
}

/** Notes the page shows beside the letter (never in it): why goodwill is withheld, the risk of ending now, legal mode. */
export type LetterNote = 'goodwill-withheld' | 'immediate-risk' | 'legal';

export function letterNotes(definition: LetterDefinition, answers: LetterAnswers): LetterNote[] {
  if (!definition.policy) return [];
  const { owed, goodwill, notice, legal } = definition.policy;
  const notes: LetterNote[] = [];
  if (selected(definition, answers, owed.choice) === owed.option && selected(definition, answers, goodwill.choice) !== goodwill.none)
    notes.push('goodwill-withheld');
  if (selected(definition, answers, notice.choice) === notice.immediate) notes.push('immediate-risk');
  if (selected(definition, answers, legal.choice) === legal.option) notes.push('legal');
  return notes;
}

export interface ComposeOptions {
  /** A field's value as it appears in the letter (dates in the locale's calendar). */
  formatValue?: (fieldId: string, value: string) => string;
}

/**
 * The letter's paragraphs for these answers.
 * @example composeLetter(definition, strings.en, emptyLetter(definition))[0]
 * // { id: 'subject', segments: [{ text: 'Subject: Notice of ending our work together' }] }
 */
export function composeLetter(definition: LetterDefinition, strings: LetterStrings, answers: LetterAnswers, options: ComposeOptions = {}): LetterParagraph[] {
  const valueOf = (id: string) => (answers.fields[id] ?? '').trim();
  const choices = effectiveChoices(definition, answers);
  const holds = (c: { choice: string; option: string }) => choices[c.choice] === c.option;
  const paragraphs: LetterParagraph[] = [];
  for (const p of definition.paragraphs) {
    if (p.whenFilled && valueOf(p.whenFilled) === '') continue;
    if (p.whenEmpty && valueOf(p.whenEmpty) !== '') continue;
    if (p.omitIf.some(holds)) continue;
    if (p.onlyIf.length > 0 && !p.onlyIf.some(holds)) continue;
    let key = `letter.${p.id}`;
    if (p.choice) {
      const option = choices[p.choice]!;
      if (option === p.omitWhen) continue;
      key = `letter.${p.id}.${option}`;
    }
    const segments = splitTemplate(strings[key] ?? '').map((part): LetterSegment => {
      if ('text' in part) return part;
      const value = valueOf(part.name);
      if (value === '') return { field: part.name, value: `[${strings[`field.${part.name}`] ?? part.name}]`, filled: false };
      return { field: part.name, value: options.formatValue?.(part.name, value) ?? value, filled: true };
    });
    const previous = paragraphs.at(-1);
    if (p.continues && previous) previous.segments.push({ text: '\n' }, ...segments);
    else paragraphs.push({ id: p.id, segments });
  }
  return paragraphs;
}

/** Direction controls that must not reach copied or downloaded text: marks, embeddings, overrides, isolates. */
const directionControls = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

/**
 * The letter as plain text for copy and download: paragraphs separated by a blank line,
 * with no bidi controls at all (the reader's own values are cleaned of them too). Mail
 * programs and text editors lay out each line by its own first strong letter, which is
 * what a letter in one language needs.
 */
export function letterText(paragraphs: readonly LetterParagraph[]): string {
  return paragraphs
    .map((p) =>
      p.segments
        .map((s) => ('text' in s ? s.text : s.value))
        .join('')
        .replace(directionControls, ''),
    )
    .join('\n\n');
}
