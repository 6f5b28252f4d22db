import { describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { canonicalText, maxQueryLength, maxQueryWords, numberAlternative, otherSpellings, prepareQuery, stemPersian } from '../../src/lib/search-normalise';

const words = (locale: Locale, query: string) => prepareQuery(locale, query).words;

describe('canonicalText', () => {
  test('leaves correctly written Persian, Arabic and English unchanged', () => {
    for (const [locale, text] of [
      ['fa', 'مشتری‌ها فاکتورهای پرداخت‌نشده را می‌پردازند؛ ۱۴۰۳.'],
      ['ar', 'العميل الذي لا يدفع الفواتير في ٢٠٢٤، كيف نتعامل معه؟'],
      ['en', 'Clients who never pay: 3 warning signs (2024).'],
    ] as const) {
      expect(canonicalText(locale, text)).toBe(text);
    }
  });

  test('writes Persian with Persian ی and ک, whatever keyboard typed it', () => {
    expect(canonicalText('fa', 'مشتري كارفرما')).toBe('مشتری کارفرما');
    expect(canonicalText('fa', 'مصطفى')).toBe('مصطفی');
  });

  test('folds Arabic ة to ه in Persian, where Persian writes ه', () => {
    expect(canonicalText('fa', 'دايرة')).toBe('دایره');
  });

  test('writes Arabic with Arabic ي and ك when typed on a Persian keyboard', () => {
    expect(canonicalText('ar', 'العمیل کتاب')).toBe('العميل كتاب');
  });

  test('writes every digit script in the locale digits', () => {
    expect(canonicalText('fa', '1403 و ١٤٠٣')).toBe('۱۴۰۳ و ۱۴۰۳');
    expect(canonicalText('ar', '2024 و ۲۰۲۴')).toBe('٢٠٢٤ و ٢٠٢٤');
    expect(canonicalText('en', '۲۰۲۴ and ٢٠٢٤')).toBe('2024 and 2024');
  });

  test('removes tatweel', () => {
    expect(canonicalText('ar', 'العمـــيل')).toBe('العميل');
    expect(canonicalText('fa', 'مشـتری')).toBe('مشتری');
  });

  test('turns Arabic presentation forms (text pasted from a PDF) into plain letters', () => {
    expect(canonicalText('ar', 'ﻛﺘﺎﺏ')).toBe('كتاب');
  });

  test('joins a detached Persian verbal prefix and plural suffix with one ZWNJ', () => {
    expect(canonicalText('fa', 'می کنند')).toBe('می‌کنند');
    expect(canonicalText('fa', 'نمی توانم')).toBe('نمی‌توانم');
    expect(canonicalText('fa', 'کتاب ها و بزرگ ترین')).toBe('کتاب‌ها و بزرگ‌ترین');
  });

  test('does not join words that only look like a prefix or suffix', () => {
    expect(canonicalText('fa', 'کمی کار')).toBe('کمی کار');
    expect(canonicalText('fa', 'ها را')).toBe('ها را');
    expect(canonicalText('fa', 'کتاب هاشمی')).toBe('کتاب هاشمی');
  });

  test('writes the joiners people type instead of ZWNJ as ZWNJ', () => {
    for (const joiner of ['\u200B', '\u200D', '\u00AD', '\u200C']) {
      expect(canonicalText('fa', `می${joiner}کنند`)).toBe('می‌کنند');
    }
  });
});

describe('stemPersian', () => {
  test.each([
    ['مشتریان', 'مشتری'],
    ['مشتری‌ها', 'مشتری'],
    ['مشتریها', 'مشتری'],
    ['فاکتورهای', 'فاکتور'],
    ['کتاب‌هایشان', 'کتاب'],
    ['کارفرمایان', 'کارفرما'],
    ['دانشجویان', 'دانشجو'],
    ['نمایندگان', 'نماینده'],
    ['مطالبات', 'مطالب'],
    ['بزرگ‌ترین', 'بزرگ'],
    ['بزرگترین', 'بزرگ'],
    ['بزرگ‌ترین‌ها', 'بزرگ'],
    ['بیشتر', 'بیش'],
    ['خانه‌ای', 'خانه'],
    ['آشنایی', 'آشنا'],
    ['کاری', 'کار'],
  ])('%s → %s', (word, stem) => {
    expect(stemPersian(word)).toBe(stem);
  });

  test('keeps short words whole rather than cut them to nothing', () => {
    for (const word of ['دفتر', 'دختر', 'زمان', 'رها', 'ما', 'پول']) expect(stemPersian(word)).toBe(word);
  });

  test('returns words without ZWNJ, as the index holds them', () => {
    expect(stemPersian('می‌کنند')).toBe('میکنند');
    expect(stemPersian('پرداخت‌نشده')).toBe('پرداختنشده');
  });

  test('the stem of a word is always a prefix of the word, so prefix search finds the word', () => {
    for (const word of ['مشتریان', 'فاکتورها', 'بزرگترین', 'مطالبات', 'کاری', 'تیم‌ها', 'قراردادهایی']) {
      expect(word.replaceAll('\u200C', '').startsWith(stemPersian(word))).toBe(true);
    }
  });
});

describe('prepareQuery', () => {
  test('an Arabic-keyboard Persian query becomes the Persian spelling', () => {
    expect(words('fa', 'مشتري')).toEqual(words('fa', 'مشتری'));
    expect(words('fa', 'كارفرما')).toEqual(['کارفرما']);
    expect(words('fa', 'فاكتورهاي پرداخت')).toEqual(['فاکتورهای', 'پرداخت']);
  });

  test('the three ZWNJ spellings of a Persian word give one query', () => {
    const spellings = ['می‌کنند', 'میکنند', 'می کنند', 'می\u200Bکنند'];
    for (const spelling of spellings) expect(words('fa', spelling)).toEqual(['میکنند']);
  });

  test('Persian, Arabic-Indic and Latin digits give one query in each locale', () => {
    for (const digits of ['۱۴۰۳', '١٤٠٣', '1403']) {
      expect(words('fa', digits)).toEqual(['۱۴۰۳']);
      expect(words('ar', digits)).toEqual(['١٤٠٣']);
      expect(words('en', digits)).toEqual(['1403']);
    }
  });

  test('harakat and tatweel do not change a query', () => {
    expect(words('ar', 'العَمِيلُ')).toEqual(['العميل']);
    expect(words('ar', 'العمـــيل')).toEqual(['العميل']);
    expect(words('fa', 'حتماً')).toEqual(['حتما']);
  });

  test('an Arabic query typed on a Persian keyboard uses Arabic letters', () => {
    expect(words('ar', 'العمیل یدفع کثیرا')).toEqual(['العميل', 'يدفع', 'كثيرا']);
  });

  test('Persian queries carry stems; Arabic and English leave stemming to Pagefind', () => {
    expect(prepareQuery('fa', 'مشتریان بدقول')).toEqual({ words: ['مشتریان', 'بدقول'], stems: ['مشتری', 'بدقول'] });
    expect(prepareQuery('ar', 'العملاء')).toEqual({ words: ['العملاء'], stems: ['العملاء'] });
    expect(prepareQuery('en', 'Clients')).toEqual({ words: ['clients'], stems: ['clients'] });
  });

  test('English is lower-cased and apostrophes do not split words', () => {
    expect(words('en', "The Client's MONEY")).toEqual(['the', 'clients', 'money']);
  });

  test('an empty or blank query has no words', () => {
    for (const query of ['', '   ', '\u200C\u200C', '؟!،', 'ـــ']) expect(words('fa', query)).toEqual([]);
  });

  test('regex and markup characters are only separators', () => {
    expect(words('en', '.*+?^${}()|[]\\ money')).toEqual(['money']);
    expect(words('en', '<img src=x onerror=alert(1)>')).toEqual(['img', 'src', 'x', 'onerror', 'alert', '1']);
  });

  test('a 10,000-character query is cut to a searchable size', () => {
    const long = prepareQuery('fa', 'مشتری '.repeat(2000));
    expect(long.words.length).toBe(maxQueryWords);
    const oneWord = prepareQuery('en', 'a'.repeat(10_000));
    expect(oneWord.words.join(' ').length).toBeLessThanOrEqual(maxQueryLength);
  });

  test('right-to-left override and other format characters are not searched for', () => {
    expect(words('en', '\u202Emoney\u202C')).toEqual(['money']);
  });
});

describe('numberAlternative', () => {
  test('digits and number words from 1 to 10 map to each other in each language', () => {
    const persian = ['یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه', 'ده'];
    const english = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    persian.forEach((word, i) => {
      const digits = canonicalText('fa', String(i + 1));
      expect(numberAlternative('fa', word)).toBe(digits);
      expect(numberAlternative('fa', digits)).toBe(word);
    });
    english.forEach((word, i) => {
      expect(numberAlternative('en', word)).toBe(String(i + 1));
      expect(numberAlternative('en', String(i + 1))).toBe(word);
    });
  });

  test('Arabic: both genders and the hamza spellings give the digit; the digit gives the stem they share', () => {
    for (const word of ['خمس', 'خمسة']) expect(numberAlternative('ar', word)).toBe('٥');
    for (const word of ['أربع', 'اربعة', 'إثنان', 'اثنتين']) expect(numberAlternative('ar', word)).toMatch(/^[٢٤]$/);
    expect(numberAlternative('ar', '٥')).toBe('خمس');
    expect(numberAlternative('ar', '١٠')).toBe('عشر');
  });

  test('other words and other numbers have none', () => {
    expect(numberAlternative('fa', 'گام')).toBeUndefined();
    expect(numberAlternative('en', '11')).toBeUndefined();
    expect(numberAlternative('en', '0')).toBeUndefined();
    expect(numberAlternative('en', '۵')).toBeUndefined();
  });

  test('a query in any digit script meets the number word once prepared', () => {
    for (const typed of ['5', '۵', '٥']) expect(numberAlternative('fa', prepareQuery('fa', typed).words[0]!)).toBe('پنج');
    for (const typed of ['5', '۵', '٥']) expect(numberAlternative('ar', prepareQuery('ar', typed).words[0]!)).toBe('خمس');
  });
});

describe('otherSpellings', () => {
  test('numbers, and the two seats of an Arabic hamza', () => {
    expect(otherSpellings('en', 'five')).toEqual(['5']);
    expect(otherSpellings('ar', 'سيء')).toEqual(['سيئ']);
    expect(otherSpellings('ar', 'سيئة')).toEqual([]);
    expect(otherSpellings('ar', 'عميل')).toEqual([]);
    expect(otherSpellings('fa', 'مشتری')).toEqual([]);
  });
});
