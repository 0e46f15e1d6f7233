import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { Gold } from './gold.js';

const GOLD_SUFFIX = '.gold.json';
/** The document formats looked for beside a gold file, in this order. */
const DOCUMENT_EXTENSIONS = ['.txt', '.html', '.json', '.jsonl'] as const;

/** A gold file of a folder with the document it describes (null when no such file is there). */
export interface GoldEntry {
  readonly name: string;
  readonly gold: Gold;
  readonly documentPath: string | null;
}

/** Reads every `NAME.gold.json` of a folder, sorted by name, each with its `NAME.txt|.html|.json|.jsonl`. */
export async function readGoldDir(dir: string): Promise<GoldEntry[]> {
  let files: string[];
  try {
    files = await readdir(dir);
  } catch (error) {
    throw new NotFoundError(`cannot read the gold folder ${dir}`, { cause: error });
  }
  const present = new Set(files);
  // Sorted by UTF-16 code units, as score.py sorts paths, so the detail lists come out in the same order.
  const names = files
    .filter((f) => f.endsWith(GOLD_SUFFIX))
    .map((f) => f.slice(0, -GOLD_SUFFIX.length))
    .sort();
  // Scoring nothing would print zeros that look like a result; a folder without gold is a wrong path.
  if (names.length === 0) throw new NotFoundError(`no NAME${GOLD_SUFFIX} files in ${dir}: nothing to score`);
  return Promise.all(
    names.map(async (name) => {
      const file = join(dir, name + GOLD_SUFFIX);
      const gold = parseGold(await readFile(file, 'utf8'), file);
      const found = DOCUMENT_EXTENSIONS.find((ext) => present.has(name + ext));
      return { name, gold, documentPath: found === undefined ? null : join(dir, name + found) };
    }),
  );
}

function parseGold(content: string, file: string): Gold {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new InvalidInputError(`${file}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = Gold.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the file';
    throw new InvalidInputError(`${file}: not a gold file: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
