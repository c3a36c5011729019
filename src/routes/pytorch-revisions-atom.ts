import type { APIRoute } from 'astro';
import { revisionFeed } from './revision-feed';

/** /pytorch/revisions.atom: a new entry for each revision of PyTorch's SECURITY.md. */
export const GET: APIRoute = async () =>
  new Response(await revisionFeed('pytorch'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
