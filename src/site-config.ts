/**
 * Facts about this site that its pages, security.txt and structured data share.
 * Change `siteUrl` and the security contact when the site is deployed; renew `securityTxtExpires`
 * before it comes within 30 days (a test fails then).
 */

/** The address the site is served at. */
export const siteUrl = 'https://security-policies.example.org';

/** This site's own security contact (for problems with the site, not with PyTorch or torch_npu). */
export const securityContact = 'mailto:security@security-policies.example.org';

/** When the security.txt stops being valid: less than a year ahead (RFC 9116). */
export const securityTxtExpires = '2027-08-31T00:00:00.000Z';

/** Who publishes the site, for structured data. */
export const publisher = { name: 'PyTorch & torch_npu security policies', url: siteUrl };
