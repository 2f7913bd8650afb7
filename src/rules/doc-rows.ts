import { cellColumnLabel, cellLabel, columnLabel, rowLabel } from '../model/labels';
import { cellsWithRows, rowPaths, TABLE_PART_KEYS } from '../model/paths';
import { onOtherPages, PART_TITLES } from './doc-sections';
import { otherHandlingAsOtherTemplate } from './t3-outcomes-sum';
import { otherFormat, printedFormat } from '../map/types';
import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

/** What DOC-ROWS checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const docRowsDescription: Bilingual = {
  zh: '模板规定的行、列或单元格在表中缺失（例如第三部分的表在“（四）无法提供”之后就结束了，或某一行少印了一格）。文章分页发布（有“下一页”）时，缺行只提示待核：表可能在下一页接续。表中另有模板以外、填有数字的行（如“其他主动公开文件”“小计”、第四部分的“合计”）时作为提示列出：这些行不核对，按原文列在导出数据的 extraRows 中。模板中的某一行印了两次且数字不同时给出警告：核对和导出用的是第一次的数字。',
  en: 'A row, column or cell the template requires is missing from the table (e.g. a part 3 table that stops after "(4) unavailable", or a row printed one cell short). On an article split over several pages (下一页), missing rows are only flagged for review: the table may go on on the next page. Rows with counts that the template does not have ("其他主动公开文件", a "小计" row, a "合计" row in part 4) are listed as a note: they are not checked, and the export lists them as printed under extraRows. A template row printed twice with different numbers is warned of: the first printing is the one checked and exported.',
};

// Part 二 printed in the other template's table (last year's kept): why the format's columns are not there.
const otherTemplate = (format: string) => ({ zh: `（该表为 ${format} 版写法）`, en: ` (the table is laid out in the ${format} template)` });

/** How many missing cells (or extra rows) a message names; all missing cells are marked. */
const MAX_NAMED = 3;
/** A row label is named up to this many characters: some carry a paragraph of notes in brackets. */
const MAX_LABEL = 24;

// Part 三's （六）其他处理 printed as the other template has it: why the format's rows are missing.
const OTHER_HANDLING_AS_PRINTED = {
  '2019': { zh: '（“（六）其他处理”仅一行，为 2019 版写法）', en: ' ("(6) Other handling" is one row, as in the 2019 tables)' },
  '2021': { zh: '（“（六）其他处理”分为三行，为 2021 版写法）', en: ' ("(6) Other handling" is three rows, as in the 2021 tables)' },
};

/** The first MAX_NAMED of `items` named in each language, joined, the rest marked (" 等" / "…"). */
function nameSome<T>(items: T[], name: (item: T) => Bilingual, join: Bilingual): Bilingual {
  const shown = items.slice(0, MAX_NAMED).map(name);
  const more = items.length > MAX_NAMED;
  return { zh: shown.map((n) => n.zh).join(join.zh) + (more ? ' 等' : ''), en: shown.map((n) => n.en).join(join.en) + (more ? '…' : '') };
}

/** A long label named by its words before its note in brackets, or cut. */
function shortLabel(label: string): string {
  if (label.length <= MAX_LABEL) return label;
  const note = label.search(/[（(]/);
  return note > 0 && note <= MAX_LABEL ? `${label.slice(0, note)}（…）` : `${label.slice(0, MAX_LABEL)}…`;
}

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
      // The template part 二's table is printed in, by its labels: why columns are missing, and whether its rows of the
      // other template are DOC-FORMAT's to name.
      const laidOut = part === 'activeDisclosure' ? printedFormat(ctx.mapping.formatVotes.activeDisclosure) : null;
      const { rows } = ctx.mapping;
      const missingRows = rowPaths(ctx.format, part).filter((r) => !rows.has(r));
      const cellsOfPart = cellsWithRows(ctx.format, part);
      if (missingRows.length) {
        // A table cut by the article's page break continues on the next page.
        const paged = onOtherPages(ctx);
        const otherLayout = part === 'requests' && otherHandlingAsOtherTemplate(ctx) ? OTHER_HANDLING_AS_PRINTED[otherFormat(ctx.format)] : { zh: '', en: '' };
        out.push(
          finding(docRows, {
            cells: cellsOfPart.filter((c) => !rows.has(c.row)).map((c) => c.path),
            severity: paged.severity,
            expected: rowPaths(ctx.format, part).length,
            actual: rowPaths(ctx.format, part).length - missingRows.length,
            zh: `“${t.zh}”表中缺少 ${missingRows.length} 行：${missingRows.map((r) => rowLabel(r).zh).join('、')}${otherLayout.zh}${paged.zh}`,
            en: `The table of "${t.en}" lacks ${missingRows.length} row(s): ${missingRows.map((r) => rowLabel(r).en).join('; ')}${otherLayout.en}${paged.en}`,
          }),
        );
      }
      // A column is missing when no row that is present has a reading for it; a cell missing from some rows only (a
      // row printed one cell short, as real pages do) is named on its own, not as the column.
      const read = ctx.cellsOf(part);
      const present = cellsOfPart.filter((c) => rows.has(c.row));
      const unread = cellsOfPart.filter((c, i) => read[i].state === 'missing' && rows.has(c.row));
      const unreadPaths = new Set(unread.map((c) => c.path));
      const missingCols = [...new Set(unread.map((c) => c.column))].filter((col) => present.every((c) => c.column !== col || unreadPaths.has(c.path)));
      const columnCells = unread.filter((c) => missingCols.includes(c.column));
      if (missingCols.length) {
        const why = laidOut && laidOut !== ctx.format ? otherTemplate(laidOut) : { zh: '', en: '' };
        out.push(
          finding(docRows, {
            cells: columnCells.map((c) => c.path),
            zh: `“${t.zh}”表中缺少列：${missingCols.map((c) => columnLabel(c).zh).join('、')}${why.zh}`,
            en: `The table of "${t.en}" lacks column(s): ${missingCols.map((c) => columnLabel(c).en).join('; ')}${why.en}`,
          }),
        );
      }
      // Rows the template does not have, with counts in them: not checked, so the reader knows which counts no rule read.
      const extra = ctx.mapping.extraRows.filter((x) => x.part === part).map((x) => shortLabel(x.label));
      // Part 二's rows of the other template ("其他对外管理服务事项" in a 2021 table) are read but have no key in this
      // format's report (the export lists them under extraRows); a part laid out in the other template altogether is
      // DOC-FORMAT's to say.
      if (part === 'activeDisclosure' && laidOut !== otherFormat(ctx.format)) {
        const own = rowPaths(ctx.format, part);
        for (const r of rows) if (r.startsWith('activeDisclosure.') && !own.includes(r)) extra.push(rowLabel(r).zh);
      }
      if (extra.length) {
        const named = nameSome(extra, (label) => ({ zh: `“${label}”`, en: `"${label}"` }), { zh: '', en: ', ' });
        out.push(
          finding(docRows, {
            severity: 'info',
            cells: [],
            zh: `“${t.zh}”表中有 ${extra.length} 行不属于模板：${named.zh}；这些行未核对，按原文列在导出数据的 extraRows 中`,
            en: `The table of "${t.en}" has ${extra.length} row(s) the template does not: ${named.en}; they are not checked, and the export lists them as printed under extraRows`,
          }),
        );
      }
      // A template row printed again with other numbers: the first printing is the one read, and the reader is told
      // which cells the other contradicts. Not on a page holding more reports than the one read: there a row met
      // again is likely the next report's.
      if (!ctx.mapping.moreReports) {
        for (const { row, differing } of ctx.mapping.repeatedRows.filter((x) => x.part === part)) {
          const named = nameSome(
            differing,
            (d) => {
              const label = cellColumnLabel(d.path);
              return { zh: `${label.zh} ${d.first} 与 ${d.again}`, en: `${label.en} ${d.first} and ${d.again}` };
            },
            { zh: '，', en: '; ' },
          );
          out.push(
            finding(docRows, {
              severity: 'warning',
              cells: differing.map((d) => d.path),
              zh: `“${t.zh}”表中“${rowLabel(row).zh}”一行印了两次，数字不同：${named.zh}；核对和导出用的是第一次的数字`,
              en: `The table of "${t.en}" prints the row "${rowLabel(row).en}" twice, with different numbers: ${named.en}; the first printing is the one checked and exported`,
            }),
          );
        }
      }
      const loose = unread.filter((c) => !missingCols.includes(c.column));
      if (loose.length) {
        const named = nameSome(loose, (c) => cellLabel(c.path), { zh: '、', en: '; ' });
        // Read from lines of text, a line with fewer counts than the lines around it is left unread: which of its
        // cells is blank, the line does not say (src/grid/text-lines.ts).
        const asText = ctx.mapping.textTables.has(part)
          ? { zh: '（表以文字排版：某行的数字少于其他行时，无法确定空缺的是哪一格，该行未读取）', en: ' (the table is laid out as text: a line with fewer counts than the others is not read, as it does not say which cell is blank)' }
          : { zh: '', en: '' };
        out.push(
          finding(docRows, {
            cells: loose.map((c) => c.path),
            zh: `“${t.zh}”表中缺少 ${loose.length} 个单元格：${named.zh}${asText.zh}`,
            en: `The table of "${t.en}" lacks ${loose.length} cell(s): ${named.en}${asText.en}`,
          }),
        );
      }
    }
    return out;
  },
};
