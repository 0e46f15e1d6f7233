import type { Theme } from '../case.js';
import { attribution } from './attribution.js';
import { clauses } from './clauses.js';
import { militaryUse } from './military-use.js';
import { negotiation } from './negotiation.js';
import { pairing } from './pairing.js';
import { procurement } from './procurement.js';
import { referrals } from './referrals.js';
import { roles } from './roles.js';
import { sanctions } from './sanctions.js';
import { scope } from './scope.js';
import { status } from './status.js';
import { statusPrecision } from './status-precision.js';
import { statusPresupposed } from './status-presupposed.js';
import { statusUnseen } from './status-unseen.js';
import { substitution } from './substitution.js';
import { threats } from './threats.js';
import { trade } from './trade.js';
import { transfers } from './transfers.js';

/** The paraphrase suite, theme by theme. */
export const themes: readonly Theme[] = [
  { theme: 'transfers', cases: transfers },
  { theme: 'negotiation', cases: negotiation },
  { theme: 'military use', cases: militaryUse },
  { theme: 'sanctions', cases: sanctions },
  { theme: 'threats', cases: threats },
  { theme: 'referrals, coordination', cases: referrals },
  { theme: 'status cues', cases: status },
  { theme: 'status scope', cases: scope },
  { theme: 'status, precision', cases: statusPrecision },
  { theme: 'status, unseen phrasing', cases: statusUnseen },
  { theme: 'status, presupposed and directed', cases: statusPresupposed },
  { theme: 'attribution, speakers', cases: attribution },
  { theme: 'roles, nominals', cases: roles },
  { theme: 'trade: loans, re-exports', cases: trade },
  { theme: 'procurement worldwide', cases: procurement },
  { theme: 'pairing, blame', cases: pairing },
  { theme: 'word substitution', cases: substitution },
  { theme: 'own clause', cases: clauses },
];
