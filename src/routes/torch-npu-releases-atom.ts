import type { APIRoute } from 'astro';
import { revisionFeed } from './revision-feed';

/** /zh-cn/torch-npu/releases.atom: a new entry for each distinct torch_npu statement. */
export const GET: APIRoute = async () =>
  new Response(await revisionFeed('torch_npu'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
