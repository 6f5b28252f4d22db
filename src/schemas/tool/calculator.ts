/**
 * The calculator kind (revenue per client hour): row limits and the currencies a reader can
 * choose, with the default per locale. Currencies are ISO 4217 codes formatted by
 * `Intl.NumberFormat`, or a unit that is not a code (the toman) whose word is a string
 * (`currency.<id>.unit`); see `src/lib/revenue-per-hour.ts`.
 */
import { z } from 'astro/zod';
import { localeCodes } from '../../i18n/locales';
import { calculatorStringKeys } from '../../i18n/tool-keys';
import { checkPlaceholders, idSchema, requireUnique, toolBase, type KindRules } from './shared';

const currencySchema = z.object({
  /** Stable id (saved with the reader's figures), lower case: `usd`, `toman`. */
  id: idSchema,
  /** The ISO 4217 code, when there is one; without it the number is followed by `currency.<id>.unit`. */
  iso: z
    .string()
    .regex(/^[A-Z]{3}$/, 'An ISO 4217 code: three capital letters, e.g. "EUR".')
    .optional(),
  /** Decimals shown for amounts in this currency (the rial and toman use none). */
  decimals: z.number().int().min(0).max(3),
});

export const calculatorDefinitionSchema = toolBase
  .extend({
    kind: z.literal('calculator'),
    /** Client rows shown when the calculator is empty. */
    initialRows: z.number().int().min(1).max(10),
    /** Most client rows a reader can add. */
    maxRows: z.number().int().min(1).max(100),
    currencies: z.array(currencySchema).min(1).max(20),
    /** The currency chosen when the reader has not chosen one, per locale (a currency id). */
    defaultCurrency: z.object(Object.fromEntries(localeCodes.map((l) => [l, idSchema])) as Record<(typeof localeCodes)[number], typeof idSchema>),
  })
  .superRefine((d, ctx) => {
    if (d.initialRows > d.maxRows) ctx.addIssue({ code: 'custom', path: ['initialRows'], message: 'initialRows must not be more than maxRows.' });
    requireUnique(
      d.currencies.map((c) => c.id),
      ['currencies'],
      ctx,
      'Currency',
    );
    for (const [locale, id] of Object.entries(d.defaultCurrency)) {
      if (!d.currencies.some((c) => c.id === id))
        ctx.addIssue({ code: 'custom', path: ['defaultCurrency', locale], message: `Default currency "${id}" for ${locale} is not one of the currencies.` });
    }
  });

export type CalculatorDefinition = z.infer<typeof calculatorDefinitionSchema>;

/** Per-currency strings: its name in the chooser, and the unit word for a currency without an ISO code. */
export const currencyKeys = (d: CalculatorDefinition): string[] =>
  d.currencies.flatMap((c) => [`currency.${c.id}`, ...(c.iso ? [] : [`currency.${c.id}.unit`])]);

export const calculatorRules: KindRules<CalculatorDefinition> = {
  strings: (d) => [...Object.keys(calculatorStringKeys), ...currencyKeys(d)],
  ids: () => ['target', 'name', 'revenue', 'hours'],
  checkStrings: (_d, strings) => checkPlaceholders(calculatorStringKeys, strings),
};
