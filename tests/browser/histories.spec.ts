import { expect, representatives, test } from '../fixtures';

// A history's release picker: each release's name on the row of its links, at any width.

for (const path of representatives.history.filter((page) => page.includes('torch-npu'))) {
  test(`${path}: each release in the picker sits on the row of its branches`, async ({ reader: page }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      const rows = await page.locator('.releases > dt').evaluateAll((names) =>
        names.map((name) => ({
          name: name.textContent,
          gap: Math.abs(name.getBoundingClientRect().top - name.nextElementSibling!.getBoundingClientRect().top),
        })),
      );
      expect(rows.length).toBeGreaterThan(3);
      for (const { name, gap } of rows) expect(gap, `${width} px: ${name}`).toBeLessThan(2);
    }
  });
}
