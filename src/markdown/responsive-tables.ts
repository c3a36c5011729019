import type { HastPluginDefinition } from 'satteri';
import { responsiveTable } from '../lib/responsive-table';

/**
 * Makes every table of a Markdown or MDX page (an upstream text's, at any revision) one that reads
 * on every screen (src/lib/responsive-table.ts), as the components' tables are (ResponsiveTable.astro).
 */
export const responsiveTablesPlugin: HastPluginDefinition = {
  name: 'site-responsive-tables',
  element: {
    filter: ['table'],
    visit(table, ctx) {
      ctx.replaceNode(table, responsiveTable(table));
    },
  },
};
