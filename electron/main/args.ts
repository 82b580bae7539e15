/** `--db FILE` or `--db=FILE` among the arguments, the same flag the CLI takes. */
export function dbFlag(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '--db' || arg.startsWith('--db='));
  if (index < 0) return undefined;
  const arg = argv[index] ?? '';
  return arg === '--db' ? argv[index + 1] : arg.slice('--db='.length);
}
