import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';

// This site's own vulnerability disclosure policy, the repository's SECURITY.md as it stands:
// what security.txt's Policy field (RFC 9116 §2.5.7) names. Written once, in SECURITY.md.
export const GET: APIRoute = () =>
  new Response(readFileSync(new URL('SECURITY.md', `file://${process.cwd()}/`), 'utf-8'), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
