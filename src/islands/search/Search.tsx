/**
 * The search page's island. Server-rendered, it is a plain GET form plus its children (the
 * guide list, and a note that searching needs JavaScript). Hydrated, it searches as the reader
 * types: the query is folded by `prepareQuery` (the same spelling the index was built in),
 * kept in the URL (`?q=`, replaceState) so a search can be reloaded or shared, and the
 * results are announced in a polite status region. With no hit in the reader's language it
 * searches the other two and offers those hits, then the guide list. The order of that work
 * lives in src/lib/search-run.ts; this file renders it. Hydrated at load (the page exists to
 * search), it loads the reader's index at once (a query in the URL is already under way: the
 * page's first script began it, see start.ts), and each of the first results is drawn as
 * soon as the ranking is known: its title and link from the page list the search page carries
 * (`data-search-pending` until its excerpt arrives), then the excerpt, then the next result.
 *
 * The server-rendered HTML takes the space the hydrated island will (no layout shift when it
 * wakes up or answers): the hint and the status line are rendered from the start (the line
 * keeps its height while empty), the guide list stays until the first results replace it,
 * and the answer area is at least a screen tall while scripting is on, so the footer does
 * not jump into view and out again as the guide list gives way to a few results.
 *
 * Test and benchmark hooks: the root carries `data-search-ready` once hydrated,
 * `data-search-state` (idle|loading|done|error) and `data-search-query` (the query the
 * results are for); each results list
 * `data-search-results data-search-locale`, each result `data-search-result` (a tool page's
 * also `data-search-kind="<tool kind>"`). `done` is set once the first page of results is
 * complete; results may be on screen a little earlier, while the state is still `loading`.
 *
 * Keyboard: arrow down from the search box into the results, arrows between result links,
 * Escape back to the box; Enter moves focus to the result count.
 */
import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { splitTemplate } from '../../i18n/template';
import type { ExcerptPart } from '../../lib/search-excerpt';
import { maxQueryLength } from '../../lib/search-normalise';
import {
  answerElsewhere,
  answerQuery,
  awaitsElsewhere,
  type AnswerOptions,
  type Found as FoundOf,
  type Outcome as OutcomeOf,
  type SearchState,
} from '../../lib/search-run';
import { countText, type SearchUi } from '../../lib/search-ui';
import { headingTag } from '../../lib/headings';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { loadPagefind, prefetchLocale, searchLocale, type SearchHit } from './pagefind-client';
import './search.css';

export interface OtherLanguage {
  locale: Locale;
  /** The language's own name, e.g. العربية. */
  label: string;
  dir: 'ltr' | 'rtl';
}

export interface SearchProps {
  locale: Locale;
  /** The site's base path (`import.meta.env.BASE_URL`). */
  base: string;
  /** This page's URL, the form's action without JavaScript. */
  action: string;
  /** The guides list of the reader's locale, suggested when nothing is found. */
  guidesUrl: string;
  ui: SearchUi;
  others: OtherLanguage[];
  /** Shown while there is no query to answer (and without JavaScript): the guide list. */
  children?: ComponentChildren;
}

type State = SearchState;
type Found = FoundOf<SearchHit>;
type Outcome = OutcomeOf<SearchHit, OtherLanguage>;

/** Short, so the first result shows well within 150 ms of the last key. */
const debounceMs = 50;
/** A pause this long means the reader has stopped typing: keep the query in the URL, and look in the other languages if need be. */
const settleMs = 400;

export default function Search({ locale, base, action, guidesUrl, ui, others, children }: SearchProps) {
  const id = useId();
  const [ready, setReady] = useState(false);
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>('idle');
  const [outcome, setOutcome] = useState<Outcome>();
  const latest = useRef(0);
  const shown = useRef<Outcome>();
  const settled = useRef('');
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const focusAfterRender = useFocusAfterRender();

  const show = (next: Outcome | undefined, nextState: State) => {
    // Something to show in the guide list's place, or nothing to search after all: the
    // list held back for the URL's query (search-query-script.mjs) may show again.
    if (next || nextState !== 'loading') document.documentElement.removeAttribute('data-search-query');
    shown.current = next;
    setOutcome(next);
    setState(nextState);
  };

  const options = (searchId: number, lookElsewhere: boolean): AnswerOptions<SearchHit, OtherLanguage> => ({
    locale,
    others,
    search: (searchLocaleCode, prepared) => searchLocale(base, searchLocaleCode, prepared),
    prefetch: prefetchLocale,
    show,
    isCurrent: () => searchId === latest.current,
    lookElsewhere,
  });

  const run = async (raw: string, focusAfter = false) => {
    const searchId = ++latest.current;
    const answered = await answerQuery(raw, options(searchId, settled.current === raw));
    if (answered && focusAfter) status.current?.focus();
  };

  /** The reader has paused on (or submitted) a query. */
  const settle = (raw: string) => {
    settled.current = raw;
    keepInUrl(raw);
    const current = shown.current;
    if (current && current.query === raw && awaitsElsewhere(current)) void answerElsewhere(current, options(latest.current, true));
  };

  const clearTimers = () => timers.current.splice(0).forEach(clearTimeout);

  /** "Show more": the next page of one list, then focus on its first new result. */
  const showMore = async (found: Found, list: HTMLElement | null) => {
    const searchId = latest.current;
    const from = found.hits.length;
    // Offline, a language's excerpts may be missing: the button then simply stays.
    const more = await Promise.all(found.ranked.hits(from)).catch(() => []);
    const hits = [...found.hits, ...more];
    if (searchId !== latest.current) return;
    setOutcome(
      (current) =>
        current && {
          ...current,
          own: current.own === found ? { ...found, hits } : current.own,
          elsewhere: current.elsewhere.map((group) => (group === found ? { ...group, hits } : group)),
        },
    );
    focusAfterRender(() => list?.querySelectorAll<HTMLAnchorElement>('[data-search-result] > :first-child a')[from]);
  };

  // A layout effect: it runs as soon as the island has hydrated, where an effect would wait
  // for the next frame to be painted, and a query in the URL is answered that much sooner.
  useLayoutEffect(() => {
    setReady(true);
    // The page exists to search: load this language's index now (its files are preloaded).
    warmUp();
    // Keep what a quick reader typed before the island woke up, else the query in the URL.
    const typed = input.current?.value ?? '';
    const initial = typed || (new URLSearchParams(location.search).get('q') ?? '');
    if (initial) {
      setQuery(initial);
      settle(initial);
      void run(initial);
    }
    return clearTimers;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, at hydration: later queries come from input events.
  }, []);

  const onInput = (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setQuery(value);
    clearTimers();
    timers.current.push(
      setTimeout(() => void run(value), debounceMs),
      setTimeout(() => settle(value), settleMs),
    );
  };

  // Idempotent: the first call loads the index, later ones (focus) return the same promise.
  function warmUp() {
    void loadPagefind(base, locale).catch(() => undefined);
  }

  const onSubmit = (event: Event) => {
    event.preventDefault();
    clearTimers();
    settle(query);
    void run(query, true);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const links = [...(root.current?.querySelectorAll<HTMLAnchorElement>('[data-search-results] a') ?? [])];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const fromInput = event.target === input.current;
    let target: HTMLElement | undefined;
    if (event.key === 'ArrowDown') target = fromInput ? links[0] : at >= 0 ? links[at + 1] : undefined;
    else if (event.key === 'ArrowUp' && at >= 0) target = at === 0 ? (input.current ?? undefined) : links[at - 1];
    else if (event.key === 'Escape' && at >= 0) target = input.current ?? undefined;
    if (target) {
      event.preventDefault();
      target.focus();
    }
  };

  return (
    <div
      class="search"
      ref={root}
      onKeyDown={onKeyDown}
      data-search
      data-search-state={state}
      data-search-query={outcome?.query ?? ''}
      {...(ready ? { 'data-search-ready': '' } : {})}
    >
      <form class="search-page-form" role="search" action={action} method="get" onSubmit={onSubmit}>
        <label for={`${id}-q`}>{ui['search.label']}</label>
        <input
          ref={input}
          id={`${id}-q`}
          type="search"
          name="q"
          value={query}
          onInput={onInput}
          onFocus={warmUp}
          autocomplete="off"
          spellcheck={false}
          enterkeyhint="search"
          aria-describedby={ready ? `${id}-hint` : undefined}
        />
        <button type="submit">{ui['search.submit']}</button>
        <p id={`${id}-hint`} class="search__hint">
          {ui['search.hint']}
        </p>
      </form>
      <div class="search__answer">
        <p role="status" class="search__status" id={`${id}-status`} tabIndex={-1} ref={status}>
          {statusText(locale, ui, state, outcome)}
        </p>
        {outcome && outcome.own.hits.length > 0 && (
          <HitList locale={locale} found={outcome.own} labelledBy={`${id}-status`} ui={ui} titleLevel={2} onMore={showMore} />
        )}
        {outcome && outcome.elsewhere.length > 0 && (
          <section class="search__elsewhere" aria-labelledby={`${id}-elsewhere`}>
            <h2 id={`${id}-elsewhere`}>{ui['search.elsewhere']}</h2>
            {outcome.elsewhere.map((found) => (
              <div lang={found.language.locale} dir={found.language.dir} key={found.language.locale}>
                <h3 id={`${id}-${found.language.locale}`}>{found.language.label}</h3>
                <HitList locale={found.language.locale} found={found} labelledBy={`${id}-${found.language.locale}`} ui={ui} titleLevel={4} onMore={showMore} />
              </div>
            ))}
          </section>
        )}
        {(state === 'error' || (outcome && outcome.own.ranked.total === 0)) && (
          <p class="search__browse">
            <a href={guidesUrl}>{ui['search.browse']}</a>
          </p>
        )}
        {/* Until there are results to show: kept while the first ones load, so the page does not empty and refill. */}
        {!outcome && state !== 'error' && children}
      </div>
    </div>
  );
}

/** What the status region says; the query is isolated with `<bdi>` so its direction cannot garble the sentence. */
function statusText(locale: Locale, ui: SearchUi, state: State, outcome: Outcome | undefined) {
  if (state === 'error') return ui['search.error'];
  if (state === 'loading' && !outcome) return ui['search.loading'];
  if (!outcome) return '';
  if (outcome.own.ranked.total > 0) return countText(locale, ui, outcome.own.ranked.total);
  const none = splitTemplate(ui['search.none']).map((part, index) => ('text' in part ? part.text : <bdi key={index}>{outcome.query.trim().slice(0, 80)}</bdi>));
  return (
    <>
      {none} {outcome.complete && outcome.elsewhere.length === 0 && ui['search.noneAnywhere']}
    </>
  );
}

interface HitListProps {
  locale: Locale;
  found: Found;
  labelledBy: string;
  ui: SearchUi;
  titleLevel: 2 | 4;
  onMore: (found: Found, list: HTMLElement | null) => void;
}

function HitList({ locale, found, labelledBy, ui, titleLevel, onMore }: HitListProps) {
  const list = useRef<HTMLOListElement>(null);
  const Title = headingTag(titleLevel);
  const SectionTitle = headingTag(titleLevel + 1);
  return (
    <>
      <ol class="search-results" ref={list} data-search-results data-search-locale={locale} aria-labelledby={labelledBy}>
        {found.hits.map((hit) => (
          <li class="search-result" data-search-result data-search-kind={hit.kind} data-search-pending={hit.pending ? '' : undefined} key={hit.url}>
            <Title class="search-result__title">
              <a href={hit.url}>{hit.title}</a>
            </Title>
            {hit.kind && <p class="search-result__kind">{kindLabel(ui, hit.kind)}</p>}
            <Excerpt parts={hit.excerpt} />
            {hit.sections.length > 0 && (
              <ul class="search-result__sections" aria-label={ui['search.sections']}>
                {hit.sections.map((section) => (
                  <li key={section.url}>
                    <SectionTitle class="search-result__section-title">
                      <a href={section.url}>{section.title}</a>
                    </SectionTitle>
                    <Excerpt parts={section.excerpt} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {found.hits.length < found.ranked.total && !found.hits.some((hit) => hit.pending) && (
        <button type="button" class="search__more" onClick={() => onMore(found, list.current)}>
          {ui['search.more']}
        </button>
      )}
    </>
  );
}

/** A tool's kind as the reader's language names it ("Calculator"), or nothing for an unknown kind. */
function kindLabel(ui: SearchUi, kind: string): string | undefined {
  return (ui as Readonly<Record<string, string | undefined>>)[`search.kind.${kind}`];
}

/** Matched words in `<mark>`; everything rendered as text, never as HTML. */
function Excerpt({ parts }: { parts: ExcerptPart[] }) {
  if (parts.length === 0) return null;
  return <p class="search-result__excerpt">{parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}</p>;
}

/** Keeps the query in the address bar (as much of it as is searched), so the search can be reloaded or shared. */
function keepInUrl(raw: string) {
  const url = new URL(location.href);
  if (raw.trim()) url.searchParams.set('q', raw.slice(0, maxQueryLength * 4));
  else url.searchParams.delete('q');
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
