import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Starlight's search loads Pagefind when the browser is first idle, on every page view, puts the
 * search UI's styles (Pagefind's ui.css and Starlight's theming of it, a third of the site's CSS)
 * in every page's stylesheet, and waits 300 ms after each keystroke before it searches; Starlight
 * has no setting for any of it. This rewrites its search component as the build compiles it:
 * loading starts on intent (src/browser/search-intent.ts) and brings the UI's styles with it, and the
 * search runs `debounceMs` after the last keystroke. If a Starlight upgrade changes what it
 * rewrites, the build stops and says so, rather than quietly going back to loading on idle.
 */
export function searchOnIntent({ debounceMs }: { debounceMs: number }): AstroIntegration {
  const intentModule = fileURLToPath(new URL('../browser/search-intent.ts', import.meta.url));
  const searchComponent = fileURLToPath(import.meta.resolve('@astrojs/starlight/components/Search.astro'));
  // Beside the component, so that its @import of @pagefind/default-ui resolves as it did there.
  const uiStylesId = searchComponent.replace(/Search\.astro$/, 'search-ui-styles.css');
  const uiStylesMarker = "@import url('@pagefind/default-ui/css/ui.css')";
  /** The component's global <style>: the UI's styles, which only the open search dialog uses. */
  const uiStyles = () => {
    const global = /<style is:global>([\s\S]*?)<\/style>/.exec(readFileSync(searchComponent, 'utf-8'))?.[1];
    if (!global?.includes(uiStylesMarker)) {
      throw new Error(
        `search-on-intent: ${searchComponent} no longer has the global <style> with ${uiStylesMarker} that src/integrations/search-on-intent.ts loads on intent. Update the integration for this Starlight version.`,
      );
    }
    return global;
  };
  const rewrites = [
    {
      what: 'loading Pagefind in requestIdleCallback',
      pattern: /const onIdle = window\.requestIdleCallback \|\| \(\(cb\) => setTimeout\(cb, 1\)\);/,
      // The styles and the UI's code are fetched side by side; the UI is built once both are in.
      // Meanwhile a stand-in box keeps what the reader types.
      replacement:
        "const onIdle = (load) => onSearchIntent(() => { const standIn = addStandInSearchInput(); return Promise.all([loadStylesheet(searchUiStyles), import('@pagefind/default-ui')]).then(load).then(() => replaceStandInSearchInput(standIn)); });",
    },
    {
      what: 'constructing PagefindUI with an options object',
      pattern: /new PagefindUI\(\{/,
      replacement: `new PagefindUI({ debounceTimeoutMs: ${debounceMs},`,
    },
  ];
  /** What the build rewrote: if Starlight moves its search script or styles, nothing would be. */
  const rewritten = { script: false, styles: false };
  return {
    name: 'search-on-intent',
    hooks: {
      'astro:build:done': () => {
        if (!rewritten.script || !rewritten.styles) {
          throw new Error(
            `search-on-intent: the build compiled no ${rewritten.script ? 'global <style>' : '<script>'} of ${searchComponent} to rewrite; Starlight must have moved it. Update src/integrations/search-on-intent.ts for this Starlight version.`,
          );
        }
      },
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'search-on-intent',
                enforce: 'pre',
                resolveId: (id) => (id.split('?')[0] === uiStylesId ? id : undefined),
                // The CSS itself, under whatever query Vite asks for it (?transform-only), but
                // ?url, which Vite answers with the address of the built file.
                load: (id) => (id.split('?')[0] === uiStylesId && !id.endsWith('?url') ? uiStyles() : undefined),
                transform(code, id) {
                  // The global <style> (compiled, its @import inlined) leaves the pages' stylesheet:
                  // it comes with the search. The budget tests fail if it comes back.
                  if (id.startsWith(`${searchComponent}?astro&type=style`) && code.includes('.pagefind-ui__')) {
                    rewritten.styles = true;
                    return { code: '', map: null };
                  }
                  if (!id.startsWith(`${searchComponent}?astro&type=script`)) return;
                  rewritten.script = true;
                  let script = code;
                  for (const { what, pattern, replacement } of rewrites) {
                    if (!pattern.test(script)) {
                      this.error(
                        `search-on-intent: Starlight's search script (${id}) no longer has the line for ${what} that src/integrations/search-on-intent.ts rewrites (${pattern}). Update the rewrite for this Starlight version.`,
                      );
                    }
                    script = script.replace(pattern, replacement);
                  }
                  // The styles by address (?url), not imported: Astro would link an imported stylesheet
                  // from every page.
                  const imports = [
                    `import { addStandInSearchInput, loadStylesheet, onSearchIntent, replaceStandInSearchInput } from ${JSON.stringify(intentModule)};`,
                    `import searchUiStyles from ${JSON.stringify(`${uiStylesId}?url`)};`,
                  ];
                  return { code: `${imports.join('\n')}\n${script}`, map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
