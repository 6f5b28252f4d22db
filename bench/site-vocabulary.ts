/**
 * What the synthetic content must agree with, gathered from the site's own modules: the
 * locales, the journey's stages, source and tool ids, the guide schema, the word counter
 * and number formatting. The benchmark loads this file with Vite's runnerImport, the
 * unit tests import it directly; either way nothing is copied.
 */
export { localeCodes } from '../src/i18n/locales';
export { formatNumber } from '../src/i18n/format';
export { stages, guideSchema } from '../src/schemas/guide';
export { pageSchema } from '../src/schemas/page';
export { sourceIds } from '../src/data/sources';
export { toolIds } from '../src/i18n/vocabulary';
export { countWords } from '../src/lib/reading';
