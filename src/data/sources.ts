/**
 * The four articles the guidance draws on. Guides cite them by `id` in their `sources`
 * frontmatter; the Sources page credits them with their titles in their own language.
 */
export const sources = {
  'fire-some-clients': {
    lang: 'fa',
    title: 'برخی از مشتریان را اخراج کنید!',
    /** The piece is a founder's first-person account. */
    kind: 'story',
  },
  'five-reasons-five-steps': {
    lang: 'ar',
    title: '5 أسباب للاستغناء عن خدمات عميلك، و5 خطوات يجب اتخاذها قبل القيام بذلك',
    kind: 'article',
  },
  'fire-bad-clients-right-way': {
    lang: 'fa',
    title: 'چگونه می توان مشتری های بد را به روش صحیح آتش زد',
    kind: 'translation',
    /** A Persian machine translation of an English original. */
    original: {
      lang: 'en',
      title: 'How to Fire Bad Clients the Right Way',
      publisher: 'Entrepreneur',
      url: 'https://www.entrepreneur.com/growing-a-business/how-to-fire-bad-clients-the-right-way/488540',
    },
  },
  'seven-reasons': {
    lang: 'fa',
    title: '7 دلیل برای اخراج مشتریان و نحوه انجام صحیح آن',
    kind: 'article',
  },
} as const;

export type SourceId = keyof typeof sources;
export const sourceIds = Object.keys(sources) as [SourceId, ...SourceId[]];
