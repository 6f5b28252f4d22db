/**
 * Search spelling for Persian, Arabic and English, shared by the index build
 * (`src/integration/search-index.mjs` folds the text of every indexed guide) and the search
 * island (folds every query), so the index and the query meet in one spelling.
 *
 * Data shapes: strings in, strings out; `prepareQuery` returns
 * `{ words: string[], stems: string[] }` (same length, `stems[i]` is `words[i]` stemmed).
 *
 * Two layers, because Pagefind shows excerpts from the indexed text:
 * - `canonicalText(locale, text)` writes running text in the locale's own letters and
 *   digits. Text that is already written correctly comes out unchanged, so excerpts still
 *   read naturally; a stray Arabic ي in Persian, a Latin digit, a tatweel or a detached
 *   «می کنند» is brought to the one spelling the query will also use.
 * - `prepareQuery(locale, query)` adds what only a query needs: harakat and zero-width
 *   joiners removed (Pagefind drops ZWNJ inside indexed words, so می‌کنند is indexed as
 *   میکنند), punctuation and regex characters turned into spaces, a length cap, and in
 *   Persian a light suffix stemmer.
 *
 * Why stem only the query: Pagefind matches every query word as a prefix of indexed words.
 * For a suffix-stripping stemmer, stem(word) is always a prefix of word, so searching the
 * stemmed query finds every word an index-side stemmer would have conflated with it (مشتریان
 * → مشتری finds مشتری, مشتریان, مشتری‌ها). Arabic and English need none of this: Pagefind
 * stems them itself (Snowball) on both sides.
 */
import { localiseDigits } from '../i18n/format';
import type { Locale } from '../i18n/locales';

/** Longest query Pagefind is asked to match; a pasted page of text is cut here. */
export const maxQueryWords = 12;
export const maxQueryLength = 200;

const tatweel = /\u0640/g;
/** Harakat, superscript alef and Quranic annotation marks: never part of a spelling. */
const harakat = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;
/** ZWNJ and the characters people type in its place (ZWSP, ZWJ, soft hyphen, word joiner). */
const joiners = /[\u200B-\u200D\u00AD\u2060]/g;
const zwnj = '\u200C';
/** Arabic presentation forms (text copied from PDFs): back to the base letters. */
const presentationForms = /[\uFB50-\uFDFF\uFE70-\uFEFC]+/g;
/** Letters of the Arabic script (Arabic and Persian), without digits, marks or punctuation. */
const arabicLetter = '\\u0621-\\u063A\\u0641-\\u064A\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FC\\u06FF';

/** Persian letters for their Arabic look-alikes, and the reverse for Arabic. */
const letterFolds: Record<Locale, Record<string, string>> = {
  fa: { ي: 'ی', ى: 'ی', ك: 'ک', ة: 'ه' },
  ar: { ی: 'ي', ک: 'ك', ۀ: 'ة' },
  en: {},
};
const letterPatterns: Record<Locale, RegExp | undefined> = {
  fa: /[يىكة]/g,
  ar: /[یکۀ]/g,
  en: undefined,
};

/** «می کنند», «نمی توانم»: the verbal prefix typed as a separate word. */
const detachedPrefix = new RegExp(`(^|[^${arabicLetter}\\p{M}\\u200C])(ن?می)[ \\u00A0]+(?=[${arabicLetter}])`, 'gu');
/** «کتاب ها», «بزرگ تر»: plural and comparative suffixes typed as separate words. */
const detachedSuffix = new RegExp(
  `(?<=[${arabicLetter}]\\p{M}*)[ \\u00A0]+(هایمان|هایتان|هایشان|هایم|هایت|هایش|هایی|های|ها|ترین|تر)(?![${arabicLetter}\\p{M}])`,
  'gu',
);

/**
 * Running text in the locale's own spelling: its letters (fa ی ک, ar ي ك), its digits,
 * no tatweel, no presentation forms, and in Persian one zero-width non-joiner wherever a
 * prefix or suffix is attached (می‌کنند, کتاب‌ها), whatever joiner or space was typed.
 * @example canonicalText('fa', 'مشتري ها 12') // 'مشتری‌ها ۱۲'
 */
export function canonicalText(locale: Locale, text: string): string {
  let out = text.replace(presentationForms, (forms) => forms.normalize('NFKC')).replace(tatweel, '');
  const letters = letterPatterns[locale];
  if (letters) out = out.replace(letters, (letter) => letterFolds[locale][letter] ?? letter);
  out = localiseDigits(locale, out);
  if (locale === 'fa') {
    out = out.replace(joiners, zwnj).replace(detachedPrefix, `$1$2${zwnj}`).replace(detachedSuffix, `${zwnj}$1`);
  }
  return out;
}

interface SuffixRule {
  suffix: string;
  /** Shortest stem the rule may leave, so دفتر does not become دف. */
  minStem: number;
  replaceWith?: string;
}

/** Suffixes the Persian stemmer removes from a joined word, tried in this order. */
const persianSuffixes: readonly SuffixRule[] = [
  // Plural ها, alone or with a possessive: کتابهایشان → کتاب
  ...['هایمان', 'هایتان', 'هایشان', 'هایم', 'هایت', 'هایش', 'هایی', 'های', 'ها'].map((suffix) => ({ suffix, minStem: 2 })),
  // Superlative and comparative: بزرگترین → بزرگ
  { suffix: 'ترین', minStem: 2 },
  { suffix: 'تر', minStem: 3 },
  // Animate plural after a vowel, with its glide: کارفرمایان → کارفرما, دانشجویان → دانشجو
  { suffix: 'ایان', minStem: 2, replaceWith: 'ا' },
  { suffix: 'ویان', minStem: 2, replaceWith: 'و' },
  // ـندگان → ـنده: نمایندگان → نماینده
  { suffix: 'ندگان', minStem: 2, replaceWith: 'نده' },
  // Animate and Arabic plurals: مشتریان → مشتری, مطالبات → مطالب
  { suffix: 'ان', minStem: 3 },
  { suffix: 'ات', minStem: 3 },
  // Indefinite and adjectival ی, with its glide after a vowel: آشنایی → آشنا, کاری → کار
  { suffix: 'ویی', minStem: 2, replaceWith: 'و' },
  { suffix: 'ایی', minStem: 2, replaceWith: 'ا' },
  { suffix: 'ی', minStem: 3 },
];
/** A comparative may sit under another suffix (بزرگ‌ترین‌ها, بزرگتری): the only second cut. */
const comparativeSuffixes = persianSuffixes.filter(({ suffix }) => suffix.startsWith('تر'));
/** Suffixes a writer attaches with a ZWNJ; when the ZWNJ is there it says exactly where the stem ends. */
const separableSuffixes = new Set([
  'ها',
  'های',
  'هایی',
  'هایم',
  'هایت',
  'هایش',
  'هایمان',
  'هایتان',
  'هایشان',
  'ای',
  'ی',
  'تر',
  'ترین',
  'ام',
  'ات',
  'اش',
  'ایم',
  'اید',
  'اند',
  'مان',
  'تان',
  'شان',
]);

const stripSuffix = (word: string, rules: readonly SuffixRule[]): string => {
  const rule = rules.find(({ suffix, minStem }) => word.endsWith(suffix) && word.length - suffix.length >= minStem);
  return rule ? word.slice(0, word.length - rule.suffix.length) + (rule.replaceWith ?? '') : word;
};

/**
 * A light Persian stemmer: strips common plural, comparative and indefinite suffixes so
 * that a plural query finds the singular. Takes a word as typed (with or without ZWNJ) and
 * returns it without ZWNJ, as the index holds words. Where a ZWNJ marks the suffix
 * (خانه‌ای, کتاب‌های) it is trusted; otherwise the rules above decide, one suffix plus
 * at most one comparative (بزرگترینها → بزرگ). It may cut too much (مشتری → مشتر); the
 * search runs the unstemmed words first, so such matches only add results below.
 * @example stemPersian('مشتریان') // 'مشتری'
 * @example stemPersian('خانه‌ای') // 'خانه'
 */
export function stemPersian(word: string): string {
  const parts = word.split(zwnj).filter(Boolean);
  let end = parts.length;
  while (end > 1 && separableSuffixes.has(parts[end - 1]!)) end--;
  const head = parts.slice(0, end).join('');
  if (end < parts.length && head.length >= 2) return head;
  const joined = parts.join('');
  const once = stripSuffix(joined, persianSuffixes);
  return once === joined ? joined : stripSuffix(once, comparativeSuffixes);
}

export interface PreparedQuery {
  /** The query's words in the locale's spelling, as Pagefind should match them. */
  words: string[];
  /** The same words stemmed (Persian); equal to `words` where there is nothing to strip. */
  stems: string[];
}

/**
 * A reader's query as the search should run it: in the locale's spelling (see
 * `canonicalText`), lower-case, without harakat or joiners, punctuation and regex
 * characters as spaces, at most `maxQueryWords` words. Empty when nothing searchable is left.
 * @example prepareQuery('fa', 'مشتريان  ۲') // { words: ['مشتریان', '۲'], stems: ['مشتری', '۲'] }
 */
export function prepareQuery(locale: Locale, query: string): PreparedQuery {
  // Persian keeps its ZWNJ until stemming (it marks where a suffix starts); the index has none.
  const text = canonicalText(locale, query.slice(0, maxQueryLength * 4).normalize('NFC'))
    .replace(harakat, '')
    .replace(joiners, locale === 'fa' ? zwnj : '')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}\u200C]+/gu, ' ')
    .toLocaleLowerCase(locale)
    .slice(0, maxQueryLength);
  const typed = text
    .split(' ')
    .filter((word) => word.replaceAll(zwnj, '') !== '')
    .slice(0, maxQueryWords);
  const words = typed.map((word) => word.replaceAll(zwnj, ''));
  const stems = locale === 'fa' ? typed.map(stemPersian) : words;
  return { words, stems };
}

/**
 * Number words for 1–10, per locale, one entry per number. The first form is what a digit in
 * a query is also searched as: where a language inflects the word, it is the stem the other
 * forms start with (Pagefind matches query words as prefixes, so خمس finds خمسة too).
 * Arabic is listed without hamza on alef (Pagefind folds أ/إ/آ to ا on both sides).
 */
const numberWords: Record<Locale, readonly (readonly string[])[]> = {
  fa: [['یک'], ['دو'], ['سه'], ['چهار'], ['پنج'], ['شش'], ['هفت'], ['هشت'], ['نه'], ['ده']],
  ar: [
    ['واحد', 'واحدة'],
    ['اثن', 'اثنان', 'اثنين', 'اثنتان', 'اثنتين'],
    ['ثلاث', 'ثلاثة'],
    ['اربع', 'اربعة'],
    ['خمس', 'خمسة'],
    ['ست', 'ستة'],
    ['سبع', 'سبعة'],
    ['ثمان', 'ثماني', 'ثمانية'],
    ['تسع', 'تسعة'],
    ['عشر', 'عشرة'],
  ],
  en: [['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine'], ['ten']],
};
const hamzaOnAlef = /[أإآ]/g;
/** Per locale: a number's digits (in the locale's script) and its number words, both ways. */
const numberForms = Object.fromEntries(
  (Object.keys(numberWords) as Locale[]).map((locale) => {
    const toDigits = new Map<string, string>();
    const toWord = new Map<string, string>();
    numberWords[locale].forEach((forms, index) => {
      const digits = localiseDigits(locale, String(index + 1));
      toWord.set(digits, forms[0]!);
      for (const form of forms) toDigits.set(form, digits);
    });
    return [locale, { toDigits, toWord }];
  }),
) as Record<Locale, { toDigits: Map<string, string>; toWord: Map<string, string> }>;

/**
 * The other way to write a query word that is a number from 1 to 10: digits for a number
 * word, the number word for digits; undefined for any other word. Takes a word as
 * `prepareQuery` returns it (the locale's digits, lower case).
 * @example numberAlternative('fa', '۵') // 'پنج'
 * @example numberAlternative('ar', 'خمسة') // '٥'
 * @example numberAlternative('en', 'five') // '5'
 */
export function numberAlternative(locale: Locale, word: string): string | undefined {
  const forms = numberForms[locale];
  return forms.toWord.get(word) ?? forms.toDigits.get(locale === 'ar' ? word.replace(hamzaOnAlef, 'ا') : word);
}

/**
 * Arabic writes a word ending in hamza with it on the line or on a yeh seat (سيء, سيئ).
 * Pagefind folds the seated form (ئ) to ي and keeps ء, so neither spelling finds the other:
 * the other spelling is searched too (as a prefix, سيئ also finds سيئة).
 */
const hamzaSpelling = (word: string): string | undefined => {
  if (word.endsWith('ء')) return `${word.slice(0, -1)}ئ`;
  if (word.endsWith('ئ')) return `${word.slice(0, -1)}ء`;
  return undefined;
};

/**
 * Other spellings of a query word that must find the same pages: a number written the other
 * way (see `numberAlternative`), and in Arabic the other hamza seat.
 * @example otherSpellings('ar', 'سيء') // ['سيئ']
 * @example otherSpellings('fa', '۵') // ['پنج']
 */
export function otherSpellings(locale: Locale, word: string): string[] {
  const number = numberAlternative(locale, word);
  if (number) return [number];
  const hamza = locale === 'ar' ? hamzaSpelling(word) : undefined;
  return hamza ? [hamza] : [];
}
