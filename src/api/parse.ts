import type { z } from 'zod';
import { InvalidArgumentError } from '../errors.js';

function describe(error: z.ZodError, where: string): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path === '' ? `${where}: ${issue.message}` : `${where} ${path}: ${issue.message}`;
    })
    .join('; ');
}

/** Parses a request part (query, path parameter, body) with its schema, or throws `invalid_argument` naming the field. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new InvalidArgumentError(describe(parsed.error, where), { cause: parsed.error });
}
