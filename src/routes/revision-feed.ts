import { Feed } from 'feed';
import { publisher, siteUrl } from '../site-config';
import type { Revision } from '../schemas/revision';
import { comparison, policyHistory } from '../data/revision-pages';

/**
 * A policy's history as an Atom feed (RFC 4287): one entry per distinct upstream text, newest
 * first, its id the text's page, so an entry keeps its id for as long as the page is there.
 * `updated` is the upstream commit's date where the manifest knows it; where it does not (PyTorch),
 * the day this site first published the text, `sitePublished`, and the entry says so.
 */
const sitePublished = new Date('2026-11-30T00:00:00Z');

const titles = { pytorch: 'PyTorch SECURITY.md: revisions', torch_npu: 'torch_npu 安全声明：各版本' } as const;

export async function revisionFeed(policy: Revision['policy']): Promise<string> {
  const history = await policyHistory(policy);
  const entries = await Promise.all(
    history.texts.map(async (text, i) => {
      const first = text.holders[0]!;
      const name = first.policy === 'torch_npu' ? first.branch : (first.commit?.slice(0, 10) ?? text.slug);
      const summary = i === 0 ? undefined : (await comparison(history, i - 1, i)).summary;
      const changed = summary
        ? [
            summary.sectionsAdded.length > 0 && `new sections: ${summary.sectionsAdded.join(', ')}`,
            summary.sectionsRemoved.length > 0 && `removed sections: ${summary.sectionsRemoved.join(', ')}`,
            `table rows +${summary.rows.added} −${summary.rows.removed} ~${summary.rows.changed}`,
            `text +${summary.blocks.added} −${summary.blocks.removed} ~${summary.blocks.changed}`,
          ]
            .filter(Boolean)
            .join('; ')
        : 'the first revision published here';
      const dated = first.date
        ? `committed ${first.date}`
        : `commit date not known; published here ${sitePublished.toISOString().slice(0, 10)}`;
      return {
        title: `${name}${
          text.holders.length > 1
            ? ` (also ${text.holders
                .slice(1)
                .map((h) => (h.policy === 'torch_npu' ? h.branch : h.file))
                .join(', ')})`
            : ''
        }`,
        id: `${siteUrl}${history.base}${text.slug}/`,
        link: `${siteUrl}${history.base}${text.slug}/`,
        date: first.date ? new Date(first.date) : sitePublished,
        description: `${changed}. ${dated}.`,
      };
    }),
  );
  const feed = new Feed({
    id: `${siteUrl}${history.base}`,
    title: titles[policy],
    link: `${siteUrl}${history.base}`,
    updated: new Date(Math.max(...entries.map(({ date }) => date.getTime()))),
    feedLinks: { atom: `${siteUrl}${history.base.replace(/\/$/, '')}.atom` },
    author: { name: publisher.name, link: publisher.url },
    copyright: 'The texts: BSD-3-Clause, by their upstream projects.',
    generator: false,
  });
  for (const entry of entries.reverse()) feed.addItem(entry);
  return feed.atom1();
}
