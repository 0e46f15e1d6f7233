import type { BehaviourCase } from '../case.js';
import { details } from './details.js';
import { roles } from './roles.js';
import { speakers } from './speakers.js';
import { status } from './status.js';

/** Every behaviour case, by the part of reading it probes. */
export const groups: readonly { readonly group: string; readonly cases: readonly BehaviourCase[] }[] = [
  { group: 'roles', cases: roles },
  { group: 'status', cases: status },
  { group: 'speakers', cases: speakers },
  { group: 'details', cases: details },
];
