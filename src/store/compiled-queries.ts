import { type Compilable, CompiledQuery, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** The values a cached query binds, by name: each must reach the query unchanged, as one parameter. */
export type QueryValues = Readonly<Record<string, string | number | undefined>>;

/** One compiled query of a shape: its SQL, and for each parameter the value's name or a constant. */
interface Template {
  readonly sql: string;
  readonly parameters: readonly ({ readonly name: string } | { readonly constant: unknown })[];
}

/** Runs queries compiled once per shape, binding each call's values. */
export interface CompiledQueries {
  /**
   * Runs the query `build` makes from `values`. `shape` names every choice `build` makes other than
   * which values are set (those are part of the key already): two calls of one shape and the same set
   * values must build the same SQL.
   */
  execute<V extends QueryValues, R>(
    shape: string,
    values: V,
    build: (values: V) => Compilable<R>,
  ): Promise<readonly R[]>;
}

/** A store's database, and the queries of its hot paths (lists, search) compiled once per shape. */
export interface QueryDeps {
  readonly db: Kysely<Database>;
  readonly queries: CompiledQueries;
}

// Shapes are a few filter combinations each; this bounds the cache should a caller make many.
const MAX_TEMPLATES = 1000;

// Stand-ins no real value takes: a string with a NUL, a negative fraction for a count or offset.
function sentinels(values: QueryValues): {
  stand: Record<string, string | number>;
  names: Map<unknown, string>;
} {
  const stand: Record<string, string | number> = {};
  const names = new Map<unknown, string>();
  let i = 0;
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    i += 1;
    const sentinel = typeof value === 'string' ? `\u0000${name}\u0000` : -i - 0.25;
    stand[name] = sentinel;
    names.set(sentinel, name);
  }
  return { stand, names };
}

function bind(template: Template, values: QueryValues): unknown[] {
  return template.parameters.map((p) => ('name' in p ? values[p.name] : p.constant));
}

/**
 * Builds a query's template from stand-in values and checks it against the query built from the real
 * ones, so that a `build` that computes on a value, or puts one into the SQL text, fails at once.
 */
function compileTemplate<V extends QueryValues>(
  values: V,
  build: (values: V) => Compilable<unknown>,
): Template {
  const { stand, names } = sentinels(values);
  // The stand-ins keep each value's type (string or number) and which values are set.
  const compiled = build(stand as unknown as V).compile();
  const template: Template = {
    sql: compiled.sql,
    parameters: compiled.parameters.map((p) => {
      const name = names.get(p);
      return name === undefined ? { constant: p } : { name };
    }),
  };
  const real = build(values).compile();
  const bound = bind(template, values);
  const same =
    real.sql === template.sql &&
    real.parameters.length === bound.length &&
    real.parameters.every((p, i) => Object.is(p, bound[i]));
  if (!same) throw new Error(`a cached query does not bind its values as parameters: ${compiled.sql}`);
  return template;
}

/**
 * Kysely builds and compiles every query anew, about 0.1 ms a statement, more than many of the list's
 * statements take to run. These are built once per shape; every value stays a bound parameter.
 */
export function compiledQueries<DB>(db: Kysely<DB>): CompiledQueries {
  const templates = new Map<string, Template>();
  return {
    async execute<V extends QueryValues, R>(
      shape: string,
      values: V,
      build: (values: V) => Compilable<R>,
    ): Promise<readonly R[]> {
      let key = shape;
      for (const name in values) if (values[name] !== undefined) key += `|${name}`;
      let template = templates.get(key);
      if (template === undefined) {
        template = compileTemplate(values, build);
        if (templates.size >= MAX_TEMPLATES) templates.clear();
        templates.set(key, template);
      }
      // A raw query of the SQL Kysely compiled for this shape: the rows are those `build`'s query returns.
      const query = CompiledQuery.raw(template.sql, bind(template, values)) as CompiledQuery<R>;
      return (await db.executeQuery(query)).rows;
    },
  };
}
