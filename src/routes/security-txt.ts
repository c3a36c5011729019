import type { APIRoute } from 'astro';
import { securityContact, securityTxtExpires, siteUrl } from '../site-config';

// RFC 9116. It speaks for this site: how to report a problem with the site itself. Policy is this
// site's own disclosure policy (RFC 9116 §2.5.7); the policies the site publishes are named in comments.
export const GET: APIRoute = () =>
  new Response(
    [
      `Contact: ${securityContact}`,
      `Expires: ${securityTxtExpires}`,
      `Preferred-Languages: en, zh`,
      `Canonical: ${siteUrl}/.well-known/security.txt`,
      `Policy: ${siteUrl}/security-policy.md`,
      `# This site republishes PyTorch's security policy (${siteUrl}/pytorch/) and the torch_npu`,
      `# security statement (${siteUrl}/zh-cn/torch-npu/); report their problems to those projects.`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
