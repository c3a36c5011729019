import { policyHistory } from './revision-pages';

/**
 * What a hardening tool offers as "the statement of which release": every published torch_npu text,
 * newest first, with the data the tool takes from it. Texts whose data is the same share one copy,
 * so a page carries each distinct table once however many releases repeat it.
 */
export interface ReleaseChoices<T> {
  /** `<option>`s: the text's address segment, and its releases with their PyTorch versions. */
  options: Array<{ value: string; label: string }>;
  /** The newest text's segment: what the tool uses unless the reader picks another. */
  newest: string;
  /** Each distinct data set once. */
  sets: T[];
  /** Which set each text uses. */
  bySlug: Record<string, number>;
}

/**
 * @param dataOf the tool's data from one published text, e.g. its permission rows
 */
export async function releaseChoices<T>(dataOf: (slug: string) => Promise<T>): Promise<ReleaseChoices<T>> {
  const history = await policyHistory('torch_npu');
  const texts = history.texts.toReversed();
  const sets: T[] = [];
  const keys: string[] = [];
  const bySlug: Record<string, number> = {};
  for (const { slug } of texts) {
    const data = await dataOf(slug);
    const key = JSON.stringify(data);
    if (!keys.includes(key)) {
      keys.push(key);
      sets.push(data);
    }
    bySlug[slug] = keys.indexOf(key);
  }
  const options = texts.map(({ slug, holders }) => ({
    value: slug,
    label: holders.map((h) => (h.policy === 'torch_npu' ? `${h.release} (PyTorch ${h.pytorch})` : h.file)).join(', '),
  }));
  return { options, newest: history.newest.slug, sets, bySlug };
}
