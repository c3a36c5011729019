import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';

/** The footnotes section's words in the page's language. */
export interface FootnoteLabels {
  /** The section's heading, e.g. `脚注`. */
  label: string;
  /** A back link's accessible name, for the number of the reference it leads to. */
  backLabel: (referenceNumber: string) => string;
  /** The accessible name of a heading's anchor link (Starlight's `heading.anchorLabel`). */
  anchorLabel: (title: string) => string;
}

const text = (value: string) => ({ type: 'text' as const, value });

// Satteri's own nodes carry `className`; Starlight's heading links write `class`.
const hasClass = (node: Element, name: string) =>
  [node.properties.className ?? [], node.properties.class ?? []].flat().join(' ').split(/\s+/).includes(name);

/** An element's properties without the `sr-only` class, which hides it from sight. */
function withoutSrOnly(properties: Element['properties']): Element['properties'] {
  const { className, class: classAttribute, ...rest } = properties;
  const names = [className ?? [], classAttribute ?? []]
    .flat()
    .join(' ')
    .split(/\s+/)
    .filter((name) => name && name !== 'sr-only');
  return names.length > 0 ? { ...rest, className: names } : rest;
}

/**
 * Satteri writes the GitHub footnotes section in English on every page (its labels are one
 * setting for the whole site), under a heading only screen readers get. This puts the page's
 * language in the section's heading, in its anchor link's name and in each back link's name, and
 * shows the heading: the table of contents lists it, so its entry must land on something visible,
 * and the notes must not read as more of the list above them (src/styles/footnotes.css sets the
 * section apart). Runs after Starlight's heading links and before Astro
 * collects the headings, so the table of contents takes the new heading too.
 */
export function footnotesPlugin(labels: FootnoteLabels): HastPluginDefinition {
  return {
    name: 'site-footnotes',
    element: [
      {
        filter: ['h2'],
        visit(heading, ctx) {
          if (heading.properties.id !== 'footnote-label') return;
          ctx.replaceNode(heading, { ...heading, properties: withoutSrOnly(heading.properties), children: [text(labels.label)] });
        },
      },
      {
        filter: ['a'],
        visit(link, ctx) {
          if (hasClass(link, 'data-footnote-backref')) {
            const referenceNumber = String(link.properties.ariaLabel ?? '').match(/\d+(-\d+)?/)?.[0] ?? '';
            ctx.setProperty(link, 'ariaLabel', labels.backLabel(referenceNumber));
          } else if (link.properties.href === '#footnote-label') {
            const children = link.children.map((child) =>
              child.type === 'element' && hasClass(child, 'sr-only')
                ? { ...child, children: [text(labels.anchorLabel(labels.label))] }
                : child,
            );
            ctx.replaceNode(link, { ...link, children });
          }
        },
      },
    ],
  };
}
