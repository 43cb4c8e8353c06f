/**
 * zod, configured once for the engine: jitless. zod 4 otherwise probes `new Function` while building
 * each object schema (to compile a faster parser); the add-in's pages forbid eval in their
 * Content-Security-Policy, where that probe is a reported violation. Every engine module takes `z` from
 * here, so the setting always precedes the first schema. Parsing problems is nowhere near a hot path.
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };
