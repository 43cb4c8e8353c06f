/**
 * zod's one setting for the engine: jitless. zod 4 otherwise probes `new Function` while building each
 * object schema (to compile a faster parser); the add-in's pages forbid eval in their
 * Content-Security-Policy, where that probe is a reported violation. Every engine module that builds
 * schemas imports this file, for its side effect, before it imports zod (tests/core/zod.test.ts checks),
 * so the setting precedes the first schema. Parsing problems is nowhere near a hot path.
 */
import { config } from "zod";

config({ jitless: true });
