/**
 * What the copy button of a code block (code-block.ts) does: copy the block's text and say
 * "Copied" for a moment. Where the browser refuses the clipboard, the text is selected instead,
 * ready to copy by hand. The text is read on each click, so a block a tool rewrites copies what
 * it shows now.
 */
const copiedForMs = 1500;

function wireCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('.code-block > .code-copy')) {
    const pre = button.parentElement!.querySelector('pre')!;
    const label = button.textContent;
    let restore: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      // The Markdown processor ends a block with a newline; pasted into a shell it would run the line.
      const text = (pre.textContent ?? '').replace(/\n$/, '');
      try {
        await navigator.clipboard.writeText(text);
        button.textContent = button.dataset.copied!;
        // A second click starts the moment again.
        clearTimeout(restore);
        restore = setTimeout(() => (button.textContent = label), copiedForMs);
      } catch {
        getSelection()?.selectAllChildren(pre);
      }
    });
    button.hidden = false;
  }
}

// The page's code blocks: this module is the script of src/components/CodeBlocks.astro, run once a page.
wireCopyButtons(document);
