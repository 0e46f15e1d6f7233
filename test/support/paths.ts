import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file, not from the working folder. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The shared contract folder beside the repository (`../shared`), which a clean clone may not have. */
export const sharedDir = resolve(repoRoot, '../shared');
export const schemaFile = resolve(sharedDir, 'contract/extraction.schema.json');
export const scorePy = resolve(sharedDir, 'eval/score.py');
export const seedDir = resolve(sharedDir, 'seed');

/** The built CLI's entry point, as users run it. */
export const cliBin = resolve(repoRoot, 'bin/corroborate.js');

/** Why the shared JSON Schema checks cannot run here, or null when they can. */
export function schemaMissing(): string | null {
  return existsSync(schemaFile) ? null : `${schemaFile} is absent`;
}
