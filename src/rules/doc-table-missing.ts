import { TABLE_PART_KEYS } from '../model/paths';
import { compactLines } from '../text/normalize';
import { foldTraditional } from '../text/traditional';
import { absentParts, PART_TITLES } from './doc-sections';
import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

/** What DOC-TABLE-MISSING checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const docTableMissingDescription: Bilingual = {
  zh: '第二、三、四部分应各有一张统计表；页面中没有该表，或只有图片。表以文字排版出现在该部分（不是表格，如由 PDF 转换的页面）时，逐行读取并说明；读出的行不到模板的一半时，提示待人工核对；页面附有文件（PDF、Word 等）时，指出统计表可能在其中；文章分页发布（有“下一页”）时，只提示待核；页面只有统计表、没有报告标题和各部分标题时，只作说明。',
  en: 'Parts 2, 3 and 4 each hold a table; the page has none for this part, or only an image of it. When the part prints the table as lines of text, not as a table (a page converted from a PDF), the lines are read and the reader is told; where they give less than half the template\'s rows, it is flagged for review by hand. When the page links to documents (PDF, Word…), it says the table may be there; on an article split over several pages (下一页), it is only flagged for review; on a page holding the statistics tables alone, with no report title or part heading, it is only noted.',
};

// The words only a part's table prints, found in the part's text: the table laid out as lines of text (a page
// converted from a PDF, each line a positioned block; a table pasted as plain text), there but not readable as one.
const TABLE_AS_TEXT = {
  activeDisclosure: /第二十条第.{0,40}?(?:本年制发件数|本年新制作数量|处理决定数量)/,
  requests: /申请人情况|本年新收政府信息公开申请数量|上年结转政府信息公开申请数量/,
  reviewLitigation: /未经复议直接起诉.{0,10}?复议后起诉/,
};

export const docTableMissing: Rule = {
  id: 'DOC-TABLE-MISSING',
  severity: 'warning',
  group: 'structure',
  title: { zh: '缺少统计表', en: 'Table missing' },
  evaluate(ctx) {
    return TABLE_PART_KEYS
      .filter((part) => !ctx.mapping.tables.has(part) || ctx.mapping.textTables.has(part))
      .map((part) => {
        const image = ctx.imageOnly.has(part);
        const t = PART_TITLES[part];
        // Read from its lines of text (src/grid/text-lines.ts): the reader is told, as such a reading is less sure
        // than a table's, and a mark covers the whole line.
        if (ctx.mapping.textTables.has(part)) {
          return finding(docTableMissing, {
            cells: [],
            severity: 'info',
            zh: `“${t.zh}”的统计表以文字排版（不是表格），已按文字逐行读取；读数请对照页面核对（标记落在读出该数的文字上）`,
            en: `The table of "${t.en}" is laid out as lines of text, not as a table: it was read line by line: check the readings against the page (marks fall on the text each count was read from)`,
          });
        }
        if (image) {
          return finding(docTableMissing, {
            cells: [],
            zh: `“${t.zh}”的统计表只以图片形式发布，无法核对`,
            en: `The table of "${t.en}" is published only as an image and cannot be checked`,
          });
        }
        if (TABLE_AS_TEXT[part].test(compactLines(ctx.sections[part] ?? ''))) {
          return finding(docTableMissing, {
            cells: [],
            severity: 'review',
            zh: `“${t.zh}”的统计表以文字排版（不是表格），无法读取，请人工核对`,
            en: `The table of "${t.en}" is laid out as lines of text, not as a table: it cannot be read, so check it by hand`,
          });
        }
        // The report attached as a document: the reader is told where the table may be (attachments are not read).
        // Files named like a report or its tables first: a site's sidebar links other documents too. (Names are kept
        // as printed; a name in Traditional characters is folded to be judged.)
        const likely = ctx.attachments.filter((f) => /年报|报告|统计|附表|附件/.test(foldTraditional(f)));
        const files = (likely.length ? likely : ctx.attachments).slice(0, 2);
        const zhFiles = files.map((f) => `“${f}”`).join('、');
        const enFiles = files.map((f) => `"${f}"`).join(', ');
        const elsewhere = absentParts(ctx);
        return finding(docTableMissing, {
          cells: [],
          severity: elsewhere.severity,
          zh: `页面中找不到“${t.zh}”的统计表${files.length ? `；页面附有文件 ${zhFiles}，统计表可能在其中（本工具不读取附件）` : ''}${elsewhere.zh}`,
          en: `The page has no table for "${t.en}"${files.length ? `; it links to ${enFiles}, which may hold it (attachments are not read)` : ''}${elsewhere.en}`,
        });
      });
  },
};
