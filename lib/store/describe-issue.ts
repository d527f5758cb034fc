/**
 * One line for the first problem Zod found (`sources[2].published: Invalid string`), so every
 * rejection — a stored row, a message, an import file — names the first problem the same way.
 */
import type { z } from '../zod';

/** Formats the first Zod issue as `path: message`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const path = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
  return `${path || '(root)'}: ${issue.message}`;
}
