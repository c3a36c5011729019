/**
 * `<section-language-select>` (src/components/starlight/LanguageSelect.astro): Starlight's language
 * picker, taking the reader to the same section in the other language.
 */

/** `#%E6%96%87…` → `文…`; a malformed fragment names no section. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment.slice(1));
  } catch {
    return '';
  }
}

/** The key of the section the reader is on, shared by both languages; undefined at the top. */
function currentSectionKey(): string | undefined {
  const current = document.querySelector('starlight-toc a[aria-current="true"]')?.getAttribute('href');
  for (const id of [decodeFragment(window.location.hash), current && decodeFragment(current)]) {
    const key = id && document.getElementById(id)?.closest<HTMLElement>('[data-section-key]')?.dataset.sectionKey;
    if (key) return key;
  }
  return undefined;
}

class SectionLanguageSelect extends HTMLElement {
  connectedCallback() {
    for (const select of this.querySelectorAll('select')) {
      // Runs before Starlight's own listener on the same select, which would drop the section.
      select.addEventListener(
        'change',
        (event) => {
          const key = currentSectionKey();
          if (!key) return;
          event.stopImmediatePropagation();
          window.location.href = `${select.value}#${encodeURIComponent(key)}`;
        },
        { capture: true },
      );
    }
  }
}
customElements.define('section-language-select', SectionLanguageSelect);
