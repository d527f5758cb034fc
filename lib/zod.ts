/**
 * The one place Zod is imported from. MV3's extension-page CSP forbids `new Function`, which Zod
 * otherwise probes for to build fast parsers; jitless mode must be set before any schema is made,
 * and importing `z` from here guarantees this module has run first.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
