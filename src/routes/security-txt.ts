import type { APIRoute } from 'astro';
import { securityContact, securityTxtExpires, siteUrl } from '../site-config';

// RFC 9116. It speaks for this site: how to report a problem with the site itself. Its Policy
// lines name the policies the site publishes.
export const GET: APIRoute = () =>
  new Response(
    [
      `Contact: ${securityContact}`,
      `Expires: ${securityTxtExpires}`,
      `Preferred-Languages: en, zh`,
      `Canonical: ${siteUrl}/.well-known/security.txt`,
      `Policy: ${siteUrl}/pytorch/`,
      `Policy: ${siteUrl}/zh-cn/torch-npu/`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
