/**
 * "Forget everything" on the about page: erases every key the site stored on this device
 * (saved answers of every tool and locale, set-aside data, the theme choice, in
 * localStorage; a calculator hand-off waiting in sessionStorage). Without JavaScript it
 * says how to clear the data in the browser instead.
 */
import { useEffect, useState } from 'preact/hooks';
import { browserStorage, forgetEverythingIn } from '../../lib/storage';
import type { UIKeysUnder, UISlice } from '../../i18n/translate';

export type ForgetEverythingStrings = UISlice<'tool.forgetAll.'>;

export default function ForgetEverything({ strings }: { strings: ForgetEverythingStrings }) {
  const [ready, setReady] = useState(false);
  const [result, setResult] = useState<UIKeysUnder<'tool.forgetAll.'>>();
  useEffect(() => setReady(true), []);

  const erase = () => {
    const removed = forgetEverythingIn([browserStorage(), browserStorage(() => globalThis.sessionStorage)]);
    if (removed === undefined) return setResult('tool.forgetAll.unavailable');
    setResult(removed > 0 ? 'tool.forgetAll.done' : 'tool.forgetAll.nothing');
  };

  return (
    <section class="forget-everything" aria-labelledby="forget-everything-title" data-pagefind-ignore data-forget-everything-area>
      <h2 id="forget-everything-title">{strings['tool.forgetAll.title']}</h2>
      <p>{strings['tool.forgetAll.body']}</p>
      {ready ? (
        <button type="button" data-forget-everything onClick={erase}>
          {strings['tool.forgetAll.button']}
        </button>
      ) : (
        <p class="muted">{strings['tool.forgetAll.needsJs']}</p>
      )}
      <p role="status" class={result ? 'notice' : undefined}>
        {result ? strings[result] : ''}
      </p>
    </section>
  );
}
