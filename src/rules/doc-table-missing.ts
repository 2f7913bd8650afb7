import { PART_TITLES } from './doc-sections';
import { finding, type Rule } from './types';

export const docTableMissing: Rule = {
  id: 'DOC-TABLE-MISSING',
  severity: 'warning',
  group: 'structure',
  title: { zh: '缺少统计表', en: 'Table missing' },
  description: {
    zh: '第二、三、四部分应各有一张统计表；页面中没有该表，或只有图片。',
    en: 'Parts 2, 3 and 4 each hold a table; the page has none for this part, or only an image of it.',
  },
  evaluate(ctx) {
    return (['activeDisclosure', 'requests', 'reviewLitigation'] as const)
      .filter((part) => !ctx.mapping.tables.has(part))
      .map((part) => {
        const image = ctx.imageOnly.has(part);
        const t = PART_TITLES[part];
        return finding(docTableMissing, {
          cells: [],
          zh: image ? `“${t.zh}”的统计表只以图片形式发布，无法核对` : `页面中找不到“${t.zh}”的统计表`,
          en: image ? `The table of "${t.en}" is published only as an image and cannot be checked` : `The page has no table for "${t.en}"`,
        });
      });
  },
};
