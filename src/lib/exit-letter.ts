/**
 * Composing the exit letter from the reader's answers, with no DOM.
 *
 * Data shape (what is saved, see `src/lib/storage.ts`):
 *   { fields: { [fieldId]: string }, choices: { [choiceId]: optionId } }
 * Field ids and options come from `content/tools/exit-letter/definition.ts`; paragraph
 * templates from the locale's strings (`letter.<paragraph>` or `letter.<paragraph>.<option>`).
 *
 * The letter is a list of paragraphs, each a list of segments: literal template text, or
 * a reader's value (kept apart so the page can isolate it with `<bdi>` and the text
 * version with Unicode isolates). An empty field shows as `[its label]`, so the letter
 * is a readable template even before anything is typed (and without JavaScript).
 */
import { splitTemplate } from '../i18n/template';
import type { LetterDefinition, ToolStrings } from '../schemas/tool';

export interface LetterAnswers {
  fields: Record<string, string>;
  choices: Record<string, string>;
}

export type LetterSegment = { text: string } | { field: string; value: string; filled: boolean };
export interface LetterParagraph {
  id: string;
  segments: LetterSegment[];
}

/** The answers of a fresh builder: empty fields, default options. */
export function emptyLetter(definition: LetterDefinition): LetterAnswers {
  return {
    fields: Object.fromEntries(definition.fields.map((f) => [f.id, ''])),
    choices: Object.fromEntries(definition.choices.map((c) => [c.id, c.default])),
  };
}

/** Checks saved or imported answers against the definition (known ids, options, lengths). */
export function isLetterAnswers(definition: LetterDefinition, value: unknown): value is LetterAnswers {
  if (typeof value !== 'object' || value === null) return false;
  const { fields, choices } = value as Partial<LetterAnswers>;
  if (typeof fields !== 'object' || fields === null || typeof choices !== 'object' || choices === null) return false;
  const fieldsOk = Object.entries(fields).every(([id, text]) => {
    const field = definition.fields.find((f) => f.id === id);
    return field !== undefined && typeof text === 'string' && text.length <= field.maxLength;
  });
  const choicesOk = Object.entries(choices).every(([id, option]) => definition.choices.find((c) => c.id === id)?.options.includes(option as string) === true);
  return fieldsOk && choicesOk;
}

/** Sets a field, cut to its maximum length. */
export function withField(definition: LetterDefinition, answers: LetterAnswers, id: string, value: string): LetterAnswers {
  const max = definition.fields.find((f) => f.id === id)?.maxLength ?? 0;
  return { ...answers, fields: { ...answers.fields, [id]: value.slice(0, max) } };
}

export function withChoice(answers: LetterAnswers, id: string, option: string): LetterAnswers {
  return { ...answers, choices: { ...answers.choices, [id]: option } };
}

export type LetterProblem = { field: string; problem: 'required' | 'too-long' };

/** Required fields left empty and values over their limit, in field order. */
export function letterProblems(definition: LetterDefinition, answers: LetterAnswers): LetterProblem[] {
  return definition.fields.flatMap((f): LetterProblem[] => {
    const value = answers.fields[f.id] ?? '';
    if (f.required && value.trim() === '') return [{ field: f.id, problem: 'required' }];
    if (value.length > f.maxLength) return [{ field: f.id, problem: 'too-long' }];
    return [];
  });
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
export function composeLetter(definition: LetterDefinition, strings: ToolStrings, answers: LetterAnswers, options: ComposeOptions = {}): LetterParagraph[] {
  const valueOf = (id: string) => (answers.fields[id] ?? '').trim();
  const paragraphs: LetterParagraph[] = [];
  for (const p of definition.paragraphs) {
    if (p.whenFilled && valueOf(p.whenFilled) === '') continue;
    if (p.whenEmpty && valueOf(p.whenEmpty) !== '') continue;
    let key = `letter.${p.id}`;
    if (p.choice) {
      const choice = definition.choices.find((c) => c.id === p.choice)!;
      const selected = answers.choices[choice.id] ?? choice.default;
      if (selected === p.omitWhen) continue;
      key = `letter.${p.id}.${selected}`;
    }
    const template = strings[key] ?? '';
    const segments = splitTemplate(template).map((part): LetterSegment => {
      if ('text' in part) return part;
      const value = valueOf(part.name);
      if (value === '') return { field: part.name, value: `[${strings[`field.${part.name}`] ?? part.name}]`, filled: false };
      return { field: part.name, value: options.formatValue?.(part.name, value) ?? value, filled: true };
    });
    paragraphs.push({ id: p.id, segments });
  }
  return paragraphs;
}

/** Unicode first-strong isolate … pop directional isolate: `<bdi>` for plain text. */
const isolate = (value: string) => `\u2068${value}\u2069`;

/**
 * The letter as plain text: paragraphs separated by a blank line, each reader's value
 * wrapped in Unicode isolates so a name in another script, or one carrying direction
 * controls, cannot reorder the sentence around it.
 */
export function letterText(paragraphs: readonly LetterParagraph[]): string {
  return paragraphs.map((p) => p.segments.map((s) => ('text' in s ? s.text : isolate(s.value))).join('')).join('\n\n');
}
