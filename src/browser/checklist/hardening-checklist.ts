/**
 * `<hardening-checklist>` (src/components/HardeningChecklist.astro): the boxes, enabled once this
 * runs; the ticks kept in this browser's storage, Clear and its Undo, and the Markdown export
 * (src/tools/checklist/markdown.ts).
 */
import {
  checklistMarkdown,
  clearedMessage,
  parseStoredProgress,
  type ChecklistItem,
  type ChecklistLabels,
} from '../../tools/checklist/markdown';
import { downloadText } from '../download';

const storageKey = 'hardening-checklist';

class HardeningChecklist extends HTMLElement {
  connectedCallback() {
    const items = JSON.parse(this.querySelector('[data-items]')!.textContent!) as ChecklistItem[];
    const labels = JSON.parse(this.querySelector('[data-labels]')!.textContent!) as ChecklistLabels;
    const statusText = JSON.parse(this.querySelector('[data-status]')!.textContent!) as {
      locale: string;
      cleared: { one: string; other: string };
      restored: string;
    };
    const reset = this.querySelector<HTMLButtonElement>('[data-reset]')!;
    const undo = this.querySelector<HTMLButtonElement>('[data-undo]')!;
    const status = this.querySelector<HTMLElement>('[data-cleared]')!;
    /** The ticks Clear removed, while Undo can bring them back. */
    let cleared: Set<string> | undefined;
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    // The title names its box as a label would, and a click on it ticks the box as a label's would.
    for (const box of boxes)
      document
        .getElementById(box.getAttribute('aria-labelledby')!)!
        .closest('h2')!
        .addEventListener('click', () => box.click());
    // Storage can be blocked; progress then lasts as long as the page.
    const storage = (() => {
      try {
        return window.localStorage;
      } catch {
        return undefined;
      }
    })();
    const done = parseStoredProgress(
      storage?.getItem(storageKey) ?? null,
      items.map(({ id }) => id),
    );
    const show = () => {
      for (const box of boxes) {
        box.checked = done.has(box.value);
        // A done step looks done (src/styles/tools.css): a badge, a border, muted text.
        box.closest('li')!.toggleAttribute('data-done', box.checked);
      }
      this.querySelector('[data-done]')!.textContent = String(done.size);
      reset.disabled = done.size === 0;
    };
    /** Offers Undo after Clear, or takes the offer back; the focus stays on the button in view. */
    const offerUndo = (offer: boolean) => {
      const focused = document.activeElement === reset || document.activeElement === undo;
      undo.hidden = !offer;
      reset.hidden = offer;
      if (focused) (offer ? undo : reset).focus();
    };
    const save = () => {
      try {
        storage?.setItem(storageKey, JSON.stringify([...done]));
      } catch {
        // Full or blocked: keep the ticks on this page only.
      }
    };

    for (const box of boxes) {
      box.disabled = false;
      box.addEventListener('change', () => {
        if (box.checked) done.add(box.value);
        else done.delete(box.value);
        // A new tick ends the chance to undo Clear.
        if (cleared) {
          cleared = undefined;
          status.textContent = '';
          offerUndo(false);
        }
        save();
        show();
      });
    }
    // Clear keeps what it removed until the next tick, so Undo can bring it back.
    reset.addEventListener('click', () => {
      if (done.size === 0) return;
      cleared = new Set(done);
      done.clear();
      save();
      show();
      status.textContent = clearedMessage(cleared.size, statusText.cleared, statusText.locale);
      offerUndo(true);
    });
    undo.addEventListener('click', () => {
      for (const id of cleared ?? []) done.add(id);
      cleared = undefined;
      save();
      show();
      status.textContent = statusText.restored;
      offerUndo(false);
    });
    this.querySelector('[data-export]')!.addEventListener('click', () => {
      downloadText(checklistMarkdown(items, done, labels, new Date()), 'hardening-checklist.md', 'text/markdown');
    });
    this.querySelector<HTMLElement>('.progress')!.hidden = false;
    show();
  }
}
customElements.define('hardening-checklist', HardeningChecklist);
