import type { AccountData } from '../../shared/model/account-data';
import { presentAccountData } from '../../shared/account-data/present';

/**
 * "What X knows about you" for a terminal: each section's title and summary (print with writeLines).
 * The values themselves (e-mail, phone, addresses) stay out of terminal output, which ends up in
 * scroll-back and logs; `summary --json` carries them under accountData for whoever asked for the data.
 */
export function heldDataLines(data: AccountData): string[] {
  const presented = presentAccountData(data, { redact: true });
  const lines = ['', 'What X knows about you:'];
  for (const s of presented.sections) lines.push(`  ${s.title}: ${s.summary}`);
  lines.push(`  ${presented.notAnalysed.summary}`);
  for (const f of presented.notAnalysed.files) lines.push(`    ${f.label} (${f.path}): ${f.records}`);
  return lines;
}
