import { columnLabel, rowLabel } from '../model/labels';
import { cellsWithRows, rowPaths, TABLE_PART_KEYS } from '../model/paths';
import { onOtherPages, PART_TITLES } from './doc-sections';
import { keepsOlderOtherRow } from './t3-outcomes-sum';
import { printedFormat } from '../map/types';
import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

/** What DOC-ROWS checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const docRowsDescription: Bilingual = {
  zh: '模板规定的行或列在表中缺失（例如第三部分的表在“（四）无法提供”之后就结束了）。文章分页发布（有“下一页”）时，缺行只提示待核：表可能在下一页接续。',
  en: 'A row or column the template requires is missing from the table (e.g. a part 3 table that stops after "(4) unavailable"). On an article split over several pages (下一页), missing rows are only flagged for review: the table may go on on the next page.',
};

// Part 二 printed in the other template's table (last year's kept): why the format's columns are not there.
const otherTemplate = (format: string) => ({ zh: `（该表为 ${format} 版写法）`, en: ` (the table is laid out in the ${format} template)` });

const OLDER_OTHER_ROW = {
  zh: '（“（六）其他处理”仅一行，为 2019 版写法）',
  en: ' ("(6) Other handling" is one row, as in the 2019 tables)',
};

export const docRows: Rule = {
  id: 'DOC-ROWS',
  severity: 'error',
  group: 'structure',
  title: { zh: '统计表缺行或缺列', en: 'Table row or column missing' },
  evaluate(ctx) {
    const out = [];
    for (const part of TABLE_PART_KEYS) {
      if (!ctx.mapping.tables.has(part)) continue;
      const t = PART_TITLES[part];
      const { rows } = ctx.mapping;
      const missingRows = rowPaths(ctx.format, part).filter((r) => !rows.has(r));
      const cellsOfPart = cellsWithRows(ctx.format, part);
      if (missingRows.length) {
        // A table cut by the article's page break continues on the next page.
        const paged = onOtherPages(ctx);
        // The 2019 template's single （六） row in a 2021 report: why its three rows are missing.
        const older = part === 'requests' && keepsOlderOtherRow(ctx) ? OLDER_OTHER_ROW : { zh: '', en: '' };
        out.push(
          finding(docRows, {
            cells: cellsOfPart.filter((c) => !rows.has(c.row)).map((c) => c.path),
            severity: paged.severity,
            expected: rowPaths(ctx.format, part).length,
            actual: rowPaths(ctx.format, part).length - missingRows.length,
            zh: `“${t.zh}”表中缺少 ${missingRows.length} 行：${missingRows.map((r) => rowLabel(r).zh).join('、')}${older.zh}${paged.zh}`,
            en: `The table of "${t.en}" lacks ${missingRows.length} row(s): ${missingRows.map((r) => rowLabel(r).en).join('; ')}${older.en}${paged.en}`,
          }),
        );
      }
      // A column is missing when a row that is present has no reading for it at all.
      const read = ctx.cellsOf(part);
      const unread = cellsOfPart.filter((c, i) => read[i].state === 'missing' && rows.has(c.row));
      const cells = unread.map((c) => c.path);
      const missingCols = [...new Set(unread.map((c) => c.column))];
      if (missingCols.length) {
        const laidOut = part === 'activeDisclosure' ? printedFormat(ctx.mapping.formatVotes.activeDisclosure) : null;
        const why = laidOut && laidOut !== ctx.format ? otherTemplate(laidOut) : { zh: '', en: '' };
        out.push(
          finding(docRows, {
            cells,
            zh: `“${t.zh}”表中缺少列：${missingCols.map((c) => columnLabel(c).zh).join('、')}${why.zh}`,
            en: `The table of "${t.en}" lacks column(s): ${missingCols.map((c) => columnLabel(c).en).join('; ')}${why.en}`,
          }),
        );
      }
    }
    return out;
  },
};
