import type { Agreement } from '../schema/register.js';

/** The fields linking fills (src/link/): what later meetings and files did to an agreement. Empty until then. */
export function unlinkedFields(): Pick<Agreement, 'supersededBy' | 'withdrawnBy' | 'supersedes' | 'withdraws' | 'closureProposal' | 'suggestions'> {
  return { supersededBy: null, withdrawnBy: null, supersedes: [], withdraws: [], closureProposal: null, suggestions: [] };
}
