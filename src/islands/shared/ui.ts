/**
 * Filling the generic tool strings (`tool.*`, passed to islands as plain data by
 * `toolUi(locale)`) in the browser, with the locale's digits.
 */
import type { Locale } from '../../i18n/locales';
import { fillTemplate, type TemplateVars } from '../../i18n/template';
import type { ToolUi, ToolUiKey } from '../../i18n/translate';

/** A message to show: a `tool.*` key and its values. */
export interface Notice {
  key: ToolUiKey;
  vars?: TemplateVars;
}

/** @example uiText('fa', ui, { key: 'tool.progress', vars: { done: 2, total: 5 } }) // '۲ از ۵ انجام شد' */
export function uiText(locale: Locale, ui: ToolUi, notice: Notice): string {
  return fillTemplate(locale, ui[notice.key], notice.vars);
}
