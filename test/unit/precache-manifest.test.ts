import { describe, expect, test } from 'vitest';
import { precacheUrls } from '../../src/integration/precache-manifest.mjs';

describe("the service worker's precache list", () => {
  test("is read from generateSW's minified output", () => {
    const sw = 'x([{url:"/index.html",revision:"33"},{url:"/_astro/a.js",revision:null}],{})';
    expect(precacheUrls(sw)).toEqual(['/index.html', '/_astro/a.js']);
  });
  test("is read from injectManifest's JSON, keys in any order, other objects ignored", () => {
    const sw = 'const o = {url: "/not-precached"}; precacheAndRoute([{"revision":"3","url":"/fa/index.html"},{"url":"/x.css","revision":null}]);';
    expect(precacheUrls(sw)).toEqual(['/fa/index.html', '/x.css']);
  });
});
