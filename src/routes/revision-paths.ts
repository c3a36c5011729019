import { policyHistory, type RevisionPageProps } from '../data/revision-pages';
import type { Revision } from '../schemas/revision';

/**
 * The pages of a policy's history (src/routes/pytorch-revisions.astro, torch-npu-releases.astro):
 * the history itself, each distinct text once, and its comparison with the text before it and with
 * the newest (the English pages of torch_npu's texts link those of the Chinese). A branch whose text an earlier branch's page shows is named there and on the history
 * page, where its row's id (`#v2.10.0-26.0.0`) is its address.
 */
export async function revisionPaths(policy: Revision['policy'], translated = false) {
  const history = await policyHistory(policy, translated);
  const paths: Array<{ params: { page: string | undefined }; props: RevisionPageProps }> = [
    { params: { page: undefined }, props: { kind: 'history', history } },
  ];
  const last = history.texts.length - 1;
  for (const [index, text] of history.texts.entries()) {
    paths.push({ params: { page: text.slug }, props: { kind: 'text', history, index } });
    // The comparisons are of the upstream texts: the English pages link the Chinese ones.
    if (translated) continue;
    if (index > 0)
      paths.push({
        params: { page: `${text.slug}/changes` },
        props: { kind: 'compare', history, from: index - 1, to: index, address: 'changes' },
      });
    // The text just before the newest compares with it on the newest's own changes page.
    if (index < last - 1) {
      paths.push({
        params: { page: `${text.slug}/to-newest` },
        props: { kind: 'compare', history, from: index, to: last, address: 'to-newest' },
      });
    }
  }
  return paths;
}
