import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { Extraction, type Span } from '../../src/domain/extraction.js';
import { repoRoot, schemaFile, schemaMissing, seedDir } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const sampleDir = join(repoRoot, 'corpus/sample');
const samples = readdirSync(sampleDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(sampleDir, f));
const seeds = existsSync(seedDir)
  ? readdirSync(seedDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(seedDir, f))
  : [];
const inputs = [...seeds, ...samples];

// One CLI run over every input: the documents come back as JSON Lines in input order.
const printed = (async () => {
  const run = await runCli(['extract', ...inputs, '--json']);
  if (run.code !== 0) throw new Error(`extract --json exited ${run.code}: ${run.stderr}`);
  return run.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line): unknown => JSON.parse(line));
})();

const missing = schemaMissing();
const suffix = missing === null ? '' : ` (skipped: ${missing})`;

function spansOf(extraction: Extraction): { where: string; span: Span }[] {
  return [
    ...extraction.entities.flatMap((e) => e.mentions.map((span) => ({ where: `entity ${e.id}`, span }))),
    ...extraction.attributions.flatMap((a) => [
      { where: `attribution ${a.id} content`, span: a.content },
      ...(a.cueSpan ? [{ where: `attribution ${a.id} cue`, span: a.cueSpan }] : []),
      ...(a.source.mention ? [{ where: `attribution ${a.id} source`, span: a.source.mention }] : []),
    ]),
    ...extraction.claims.map((c) => ({ where: `claim ${c.id} evidence`, span: c.evidence })),
  ];
}

describe('extract --json output on the seed and every corpus/sample/*.txt', () => {
  test('prints one line per input document', async () => {
    expect(await printed).toHaveLength(inputs.length);
  });

  test.skipIf(missing !== null)(`validates against the shared extraction.schema.json${suffix}`, async () => {
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
    const failures = (await printed).flatMap((doc, i) =>
      validate(doc) ? [] : [`${inputs[i]}: ${ajv.errorsText(validate.errors)}`],
    );
    expect(failures).toEqual([]);
  });

  test('parses with our own zod Extraction', async () => {
    const failures = (await printed).flatMap((doc, i) => {
      const parsed = Extraction.safeParse(doc);
      return parsed.success ? [] : [`${inputs[i]}: ${parsed.error.message}`];
    });
    expect(failures).toEqual([]);
  });

  test('every span lies inside document.text and its text, when given, is the slice it points at', async () => {
    const failures = (await printed).flatMap((doc, i) => {
      const extraction = Extraction.parse(doc);
      const { text } = extraction.document;
      return spansOf(extraction).flatMap(({ where, span }) => {
        const inside = span.start <= span.end && span.end <= text.length;
        const same = span.text === undefined || span.text === text.slice(span.start, span.end);
        return inside && same ? [] : [`${inputs[i]}: ${where} [${span.start}, ${span.end})`];
      });
    });
    expect(failures).toEqual([]);
  });

  test('claims point at attributions that exist, and attributions at parents that exist', async () => {
    const failures = (await printed).flatMap((doc, i) => {
      const extraction = Extraction.parse(doc);
      const ids = new Set(extraction.attributions.map((a) => a.id));
      const dangling = [
        ...extraction.claims
          .filter((c) => c.source !== null && !ids.has(c.source))
          .map((c) => `claim ${c.id}`),
        ...extraction.attributions
          .filter((a) => a.parent !== null && !ids.has(a.parent))
          .map((a) => `attribution ${a.id}`),
      ];
      return dangling.map((d) => `${inputs[i]}: ${d}`);
    });
    expect(failures).toEqual([]);
  });
});
