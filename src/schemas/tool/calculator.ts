/**
 * The calculator kind (revenue per client hour): row limits and the currencies a reader can
 * choose, with the default per locale. Currencies are ISO 4217 codes formatted by
 * `Intl.NumberFormat`, or a unit that is not a code (the toman) whose word is a string
 * (`currency.<id>.unit`); see `src/lib/revenue-per-hour.ts`.
 */
import { z } from 'astro/zod';
import { localeCodes } from '../../i18n/locales';
import { checkPlaceholders, idSchema, requireUnique, toolBase, type KindRules } from './shared';

const currencySchema = z.object({
  /** Stable id (saved with the reader's figures), lower case: `usd`, `toman`. */
  id: idSchema,
  /** The ISO 4217 code, when there is one; without it the number is followed by `currency.<id>.unit`. */
  iso: z.string().regex(/^[A-Z]{3}$/, 'An ISO 4217 code: three capital letters, e.g. "EUR".').optional(),
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
    requireUnique(d.currencies.map((c) => c.id), ['currencies'], ctx, 'Currency');
    for (const [locale, id] of Object.entries(d.defaultCurrency)) {
      if (!d.currencies.some((c) => c.id === id)) ctx.addIssue({ code: 'custom', path: ['defaultCurrency', locale], message: `Default currency "${id}" for ${locale} is not one of the currencies.` });
    }
  });

export type CalculatorDefinition = z.infer<typeof calculatorDefinitionSchema>;

/** Calculator strings, with the placeholders each may use. */
export const calculatorStringKeys = {
  'period.hint': [],
  'target.label': [],
  'target.hint': [],
  'currency.label': [],
  'rows.heading': [],
  'row.legend': ['n'],
  'row.unnamed': ['n'],
  'row.name': [],
  'row.revenue': [],
  'row.hours': [],
  'row.hoursHint': [],
  'row.add': [],
  'row.added': ['n'],
  'row.remove': ['client'],
  'row.removed': ['client'],
  'row.max': ['max'],
  submit: [],
  nojs: [],
  'error.heading': [],
  'error.titlePrefix': [],
  'field.target': [],
  'field.revenue': ['client'],
  'field.hours': ['client'],
  'problem.empty': [],
  'problem.not-a-number': [],
  'problem.separator': [],
  'problem.negative': [],
  'problem.zero': [],
  'problem.hours.zero': [],
  'problem.too-large': [],
  'result.heading': [],
  'result.target': ['rate'],
  'result.average': ['rate'],
  'result.empty': [],
  'result.leftOut': ['count'],
  'note.no-target': [],
  'note.one-client': [],
  'summary.allKeep': [],
  'summary.reprice': ['clients'],
  'summary.imbalance': ['client', 'hours', 'revenue'],
  'table.caption': [],
  'table.rank': [],
  'table.client': [],
  'table.rate': [],
  'table.ofTarget': [],
  'table.ofAverage': [],
  'table.shareRevenue': [],
  'table.shareHours': [],
  'table.priceForTarget': [],
  'table.advice': [],
  'advice.keep': [],
  'advice.reprice': [],
  'advice.none': [],
  'chart.title': [],
  'chart.desc': [],
  'chart.target': ['rate'],
  'chart.average': ['rate'],
  'handoff.heading': [],
  'handoff.intro': [],
  'handoff.button': ['client'],
  'handoff.needsTarget': [],
  'rules.heading': [],
  'rules.rate': [],
  'rules.compare': [],
  'rules.priceForTarget': [],
  'rules.average': [],
} as const;
export type CalculatorStringKey = keyof typeof calculatorStringKeys;

/** Per-currency strings: its name in the chooser, and the unit word for a currency without an ISO code. */
export const currencyKeys = (d: CalculatorDefinition): string[] => d.currencies.flatMap((c) => [`currency.${c.id}`, ...(c.iso ? [] : [`currency.${c.id}.unit`])]);

export const calculatorRules: KindRules<CalculatorDefinition> = {
  strings: (d) => [...Object.keys(calculatorStringKeys), ...currencyKeys(d)],
  ids: () => ['target', 'name', 'revenue', 'hours'],
  checkStrings: (_d, strings) => checkPlaceholders(calculatorStringKeys, strings),
};
