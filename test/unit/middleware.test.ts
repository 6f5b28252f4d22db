import type { APIContext } from 'astro';
import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n/translate';
import { onRequest } from '../../src/middleware';

/** Runs the middleware for a route's params and returns what it put on `locals`. */
async function localsFor(params: Record<string, string | undefined>): Promise<App.Locals> {
  const context = { params, locals: {} } as unknown as APIContext;
  let called = false;
  await onRequest(context, async () => {
    called = true;
    return new Response('');
  });
  expect(called).toBe(true);
  return context.locals;
}

describe('the request middleware', () => {
  test('takes the locale from the [locale] segment and translates in it', async () => {
    const locals = await localsFor({ locale: 'fa' });
    expect(locals.locale).toBe('fa');
    expect(locals.t('nav.guides')).toBe(dictionaries.fa['nav.guides']);
    expect(locals.t.dir).toBe('rtl');
  });

  test('gives the root pages the default locale', async () => {
    const locals = await localsFor({});
    expect(locals.locale).toBe('en');
    expect(locals.t.dir).toBe('ltr');
  });

  test('ignores a segment that is not a locale', async () => {
    expect((await localsFor({ locale: 'de' })).locale).toBe('en');
  });

  test('hands every page of a locale the same translator', async () => {
    expect((await localsFor({ locale: 'ar' })).t).toBe((await localsFor({ locale: 'ar' })).t);
  });
});
