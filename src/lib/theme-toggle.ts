/**
 * Wires the dark-mode switch. The effective theme is the saved choice (`pw:theme`) or,
 * without one, the system preference; pressing the switch saves the opposite.
 */
const storageKey = 'pw:theme';

export type Theme = 'light' | 'dark';

/** @example nextTheme('dark') // 'light' */
export function nextTheme(current: Theme): Theme {
  return current === 'dark' ? 'light' : 'dark';
}

export function initThemeToggle(doc: Document): void {
  const root = doc.documentElement;
  const systemDark = () => doc.defaultView?.matchMedia('(prefers-color-scheme: dark)').matches ?? false;
  const current = (): Theme => (root.dataset.theme === 'dark' || root.dataset.theme === 'light' ? root.dataset.theme : systemDark() ? 'dark' : 'light');
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.hidden = false;
    button.setAttribute('aria-pressed', String(current() === 'dark'));
    button.addEventListener('click', () => {
      const theme = nextTheme(current());
      root.dataset.theme = theme;
      try {
        localStorage.setItem(storageKey, theme);
      } catch {
        // Storage unavailable (private mode): the choice lasts for this page only.
      }
      button.setAttribute('aria-pressed', String(theme === 'dark'));
    });
  }
}
