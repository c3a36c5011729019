import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** A Content-Security-Policy: each directive with its sources, in the order they were written. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Adds the sources a directive lacks, keeping the ones it has; creates the directive if need be. */
export function withSources(policy: Policy, directive: string, sources: Iterable<string>): Policy {
  const merged = new Set(policy.get(directive) ?? []);
  for (const source of sources) merged.add(source);
  return new Map(policy).set(directive, [...merged]);
}

/** The union of several policies: a source allowed by any of them is allowed by the result. */
export function unionOfPolicies(policies: Iterable<Policy>): Policy {
  let union: Policy = new Map();
  for (const policy of policies) {
    for (const [directive, sources] of policy) union = withSources(union, directive, sources);
  }
  return union;
}

/** The CSP source expression that allows exactly this inline text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Script types that a browser runs or acts on, which script-src governs; any other type (JSON-LD,
 * application/json) is a data block that CSP ignores.
 */
const executableScriptTypes = new Set(['', 'module', 'text/javascript', 'application/javascript', 'importmap', 'speculationrules']);

/** The code a page carries inline, which a strict policy must allow one hash at a time. */
export interface InlineCode {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
  /** Event-handler attributes (onclick=…) and javascript: URLs: a strict policy allows none. */
  scriptAttributes: string[];
}

export function findInlineCode(html: string): InlineCode {
  const tree: Root = fromHtml(html);
  const found: InlineCode = { scripts: [], styles: [], styleAttributes: [], scriptAttributes: [] };
  visit(tree, 'element', (element: Element) => {
    const { properties, tagName } = element;
    if (tagName === 'script' && properties.src === undefined) {
      const type = String(properties.type ?? '')
        .trim()
        .toLowerCase();
      if (executableScriptTypes.has(type)) found.scripts.push(textOf(element));
    }
    if (tagName === 'style') found.styles.push(textOf(element));
    for (const [name, value] of Object.entries(properties)) {
      if (name === 'style') found.styleAttributes.push(String(value));
      // hast names event handler attributes in camel case: onclick is onClick.
      else if (/^on[A-Z]/.test(name)) found.scriptAttributes.push(`${tagName} ${name.toLowerCase()}`);
      else if (typeof value === 'string' && /^\s*javascript:/i.test(value)) found.scriptAttributes.push(`${tagName} ${name}="${value}"`);
    }
  });
  return found;
}

/** Elements a text from upstream may never bring, whatever a sanitizer let through. */
const refusedInText = new Set(['script', 'style', 'meta', 'base', 'link', 'iframe', 'frame', 'object', 'embed', 'form', 'template']);

/**
 * What in a page's upstream texts (each inside an element marked `data-upstream-text`, the text's
 * file) would run or act as code: such code came from upstream, not from this site, and the
 * policy must not allow it. One line per finding, naming the text.
 */
export function codeFromUpstream(html: string): string[] {
  const problems: string[] = [];
  visit(fromHtml(html), 'element', (text: Element) => {
    const file = text.properties.dataUpstreamText;
    if (file === undefined) return;
    visit(text, 'element', (element: Element) => {
      if (refusedInText.has(element.tagName)) problems.push(`<${element.tagName}> in content/upstream/${file}`);
      for (const [name, value] of Object.entries(element.properties)) {
        if (/^on[A-Z]/.test(name)) problems.push(`${element.tagName}[${name.toLowerCase()}] in content/upstream/${file}`);
        else if (typeof value === 'string' && /^\s*(javascript|vbscript|data):/i.test(value))
          problems.push(`${element.tagName}[${name}="${value.slice(0, 40)}"] in content/upstream/${file}`);
      }
    });
  });
  return problems;
}

/**
 * Replaces a directive's hashes with those of the given inline code. Astro lists a hash of every
 * bundled file on every page, which allow nothing (hashes match inline code, and 'self' already
 * allows the files), and misses some inline code; the page's own inline code is what to allow.
 */
function withOnlyHashes(policy: Policy, directive: string, inlineCode: string[]): Policy {
  const others = (policy.get(directive) ?? []).filter((source) => !/^'sha(256|384|512)-/.test(source));
  return new Map(policy).set(directive, [...others, ...new Set(inlineCode.map(sha256Source).sort())]);
}

const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]*)">/gi;

/**
 * Completes the policy that Astro wrote into a page with a hash for each inline script, style
 * element and style attribute the page actually carries, and moves it to the top of <head> so
 * that it governs every element after it. Returns the page and its policy.
 */
export function completePagePolicy(html: string, where: string): { html: string; policy: Policy } {
  const metas = [...html.matchAll(cspMeta)];
  if (metas.length !== 1) {
    throw new Error(
      `${where}: expected one Content-Security-Policy <meta> (from security.csp in astro.config.mjs), found ${metas.length}.`,
    );
  }
  // Hashing a script allows it: never one that a text from upstream brought.
  const fromUpstream = codeFromUpstream(html);
  if (fromUpstream.length > 0) {
    throw new Error(
      `${where}: code from an upstream text, which this site must not run: ${fromUpstream.join(', ')}. Upstream texts are rendered through src/markdown/upstream-sanitize.ts, which removes it; render the text through the site's Markdown pipeline.`,
    );
  }
  const code = findInlineCode(html);
  if (code.scriptAttributes.length > 0) {
    throw new Error(
      `${where}: inline event handlers or javascript: URLs cannot be allowed by a strict policy; move them into a script: ${code.scriptAttributes.join(', ')}`,
    );
  }
  let policy = parsePolicy(metas[0]![1]!);
  policy = withOnlyHashes(policy, 'script-src', code.scripts);
  policy = withOnlyHashes(policy, 'style-src', code.styles);
  if (code.styleAttributes.length > 0) {
    // Style attributes can be allowed only by hash together with 'unsafe-hashes' (CSP 3); the hash
    // still pins each attribute's exact text.
    policy = withSources(policy, 'style-src-attr', ["'unsafe-hashes'", ...new Set(code.styleAttributes.map(sha256Source).sort())]);
  }

  const meta = `<meta http-equiv="content-security-policy" content="${serializePolicy(policy).replaceAll('"', '&quot;')}">`;
  const withoutMeta = html.replace(cspMeta, '');
  const headStart = /<head>(\s*<meta charset="[^"]*"\s*\/?>)?/i.exec(withoutMeta);
  if (!headStart) throw new Error(`${where}: no <head> to put the Content-Security-Policy in.`);
  const at = headStart.index + headStart[0].length;
  return { html: withoutMeta.slice(0, at) + meta + withoutMeta.slice(at), policy };
}
