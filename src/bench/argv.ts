/** The value given after `name` on a command line (`--docs 300`), or undefined when the flag is absent. */
export function flag(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i === -1 ? undefined : argv[i + 1];
}
