import type { Command } from 'commander';
import { EventStatus } from '../domain/event.js';
import { ClaimType } from '../domain/extraction.js';
import { resolveFilterNames } from '../knowledge/index.js';

/** Adds the events filters that `events` and `export` share: parties, type, status, weapon, dates, order. */
export function withEventFilters(command: Command): Command {
  return command
    .option(
      '--actor <name>',
      'only events whose actor is this country or entity: a name (Iran, Tehran, Iranian) or id (IRN)',
    )
    .option(
      '--target <name>',
      'only events whose target is this country or entity: a name (Russia) or id (RUS)',
    )
    .option('--type <type>', `only events of one claim type (${ClaimType.options.join(', ')})`)
    .option('--status <status>', `only events with one status (${EventStatus.options.join(', ')})`)
    .option(
      '--weapon <name>',
      'only events with this weapon system (Fath-360, weapon:fath-360) or class (drone, ballistic missiles)',
    )
    .option('--since <date>', 'only events reported on or after YYYY-MM-DD')
    .option('--until <date>', 'only events first reported on or before YYYY-MM-DD')
    .option('--sort <key>', 'last_reported (default), first_reported, claims or origins');
}

/** The filter options given, with names resolved to ids ("Iran" -> IRN); unknown names stop with exit 2. */
export function resolvedFilter(fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return resolveFilterNames(
    Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    '--',
  );
}
