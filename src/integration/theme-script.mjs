// @ts-check
/**
 * The one script that must run inline: it applies a saved light/dark choice before first
 * paint. It lives here, as a string, so astro.config.mjs can put its hash in the CSP
 * (Astro hashes the scripts it bundles, not `is:inline` ones).
 */
export const themeInitScript =
  "(function(){try{var t=localStorage.getItem('pw:theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}})()";
