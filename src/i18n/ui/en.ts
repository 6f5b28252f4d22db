/**
 * English interface strings: the reference dictionary. Its keys define `UIKey`; every
 * other locale must provide exactly the same keys (checked by the type system and a test).
 * `{name}` placeholders are filled by `t(key, { name })`; keys ending in `.one`/`.other`
 * (and `.zero`, `.two`, `.few`, `.many` where a language has them) are plural forms
 * chosen by `Intl.PluralRules`.
 */
export const en = {
  'site.name': 'Parting Ways',
  'site.tagline': 'Calm, practical guidance on when and how to end a relationship with a bad client.',
  'skip.toContent': 'Skip to content',
  'nav.primary': 'Main',
  'nav.guides': 'Guides',
  'nav.tools': 'Tools',
  'nav.about': 'About',
  'nav.sources': 'Sources',
  'nav.journey': 'The journey, step by step',
  'stage.recognise': 'Recognise',
  'stage.diagnose': 'Diagnose',
  'stage.repair': 'Repair',
  'stage.decide': 'Decide',
  'stage.end': 'End it well',
  'stage.after': 'After',
  'stage.recognise.summary': 'Tell a nightmare client from a demanding one, and spot the warning signs early.',
  'stage.diagnose.summary': 'Separate the cases that are already decided from the ones worth a closer look, money included.',
  'stage.repair.summary': 'Try to fix the relationship first: finish what you owe, rework terms, reset expectations.',
  'stage.decide.summary': 'Bring the team together and decide, knowing what keeping or ending will cost.',
  'stage.end.summary': 'End it calmly, in writing where needed, with notice and a way forward for the client.',
  'stage.after.summary': 'Replace the revenue, look after the team, and learn who to turn down next time.',
  'lang.switcher': 'Language',
  'lang.current': 'current language',
  'theme.toggle': 'Dark mode',
  'search.label': 'Search the guides',
  'search.placeholder': 'Search…',
  'search.submit': 'Search',
  'search.title': 'Search',
  'search.needsJs': 'Searching needs JavaScript, which is turned off or not available. Here are all the guides instead:',
  'guide.toc': 'On this page',
  'guide.updated': 'Last updated',
  'guide.previous': 'Previous guide',
  'guide.next': 'Next guide',
  'guide.stage': 'Stage',
  'guide.sources': 'Drawn from',
  'guide.summary': 'In short',
  'guide.readingTime.one': '{count} minute read',
  'guide.readingTime.other': '{count} minute read',
  'fallback.notice': 'This page is not yet available in English. It is shown below in {language}.',
  'fallback.original': 'Read it on the {language} site',
  'notFound.title': 'Page not found',
  'notFound.body': 'We could not find that page. It may have moved, or the address may have a typo.',
  'notFound.home': 'Go to the home page',
  'notFound.guides': 'Browse all guides',
  'home.title': 'End a bad client relationship — or save it — with a clear head',
  'home.lead': 'For founders, agencies and freelancers who must decide whether to keep, repair or let go of a client. Read the guides in journey order, or start with the self-assessment.',
  'home.start': 'Start with the first guide',
  'home.assess': 'Take the self-assessment',
  'home.journey': 'Six stages, in order',
  'home.privacy': 'Everything you type into the tools stays in your browser. Nothing is sent anywhere.',
  'guides.title': 'All guides',
  'guides.lead': 'The guides follow the path most people take: from the first doubts about a client to life after the exit.',
  'guides.count.one': '{count} guide',
  'guides.count.other': '{count} guides',
  'chooser.title': 'Choose your language',
  'chooser.suggested': 'Suggested by your browser',
  'footer.privacy': 'No tracking, no cookies. Your answers never leave this device.',
  'footer.offline': 'After your first visit, this site also works offline.',
  'print.url': 'Printed from',
} as const;

export type UIKey = keyof typeof en;
/** Keys that have plural forms: `'guides.count'` for `'guides.count.one'`/`'guides.count.other'`. */
export type PluralKey = UIKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;
/** Plural categories English lacks but other languages use (Arabic has all six). */
type ExtraPluralForm = 'zero' | 'two' | 'few' | 'many';
/** A complete dictionary: exactly the English keys, plus any extra plural forms the language needs. */
export type UIDictionary = { readonly [K in UIKey]: string } & {
  readonly [K in `${PluralKey}.${ExtraPluralForm}`]?: string;
};
