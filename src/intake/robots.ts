/** One Allow or Disallow line of a robots.txt group. */
interface Rule {
  readonly allow: boolean;
  readonly pattern: string;
}

/** The rules of robots.txt that apply to one crawler. */
export interface RobotsRules {
  readonly rules: readonly Rule[];
}

/** No rules: every path may be fetched (robots.txt missing, or 4xx as RFC 9309 says). */
export const ALLOW_ALL: RobotsRules = { rules: [] };
/** One rule forbidding everything (robots.txt unreachable or 5xx, as RFC 9309 says). */
export const DISALLOW_ALL: RobotsRules = { rules: [{ allow: false, pattern: '/' }] };

interface Group {
  readonly agents: string[];
  readonly rules: Rule[];
}

function groupsOf(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const match = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (match === null) continue;
    const key = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? '').trim();
    if (key === 'user-agent') {
      // Consecutive user-agent lines share one group.
      if (current === null || !lastWasAgent) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
    } else {
      lastWasAgent = false;
      if (current === null || (key !== 'allow' && key !== 'disallow')) continue;
      // An empty Disallow allows everything: it is no rule.
      if (value !== '') current.rules.push({ allow: key === 'allow', pattern: value });
    }
  }
  return groups;
}

/** Reads a robots.txt for a crawler: the groups naming its product token, else the `*` group. */
export function parseRobots(text: string, productToken: string): RobotsRules {
  const groups = groupsOf(text);
  const token = productToken.toLowerCase();
  const own = groups.filter((g) => g.agents.some((a) => a !== '*' && token.startsWith(a)));
  const chosen = own.length > 0 ? own : groups.filter((g) => g.agents.includes('*'));
  return { rules: chosen.flatMap((g) => g.rules) };
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const regex = body
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${regex}${anchored ? '$' : ''}`).test(path);
}

/** Whether a path (with its query) may be fetched: the longest matching rule wins, Allow on a tie. */
export function robotsAllow(robots: RobotsRules, pathAndQuery: string): boolean {
  let best: Rule | null = null;
  for (const rule of robots.rules) {
    if (!matches(rule.pattern, pathAndQuery)) continue;
    const longer = best === null || rule.pattern.length > best.pattern.length;
    const tie = best !== null && rule.pattern.length === best.pattern.length && rule.allow;
    if (longer || tie) best = rule;
  }
  return best === null || best.allow;
}
