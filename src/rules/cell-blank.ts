import { cellLabel } from '../model/labels';
import { cellPaths, TABLE_PART_KEYS } from '../model/paths';
import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

const PART_NAMES = {
  activeDisclosure: { zh: '第二部分（主动公开）', en: 'part 2 (active disclosure)' },
  requests: { zh: '第三部分（依申请公开）', en: 'part 3 (requests)' },
  reviewLitigation: { zh: '第四部分（复议诉讼）', en: 'part 4 (review and litigation)' },
} as const;

/** What CELL-BLANK checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const cellBlankDescription: Bilingual = {
  zh: '模板要求填写的数据单元格为空。空白不等于 0，相关的勾稽关系因此无法核对。',
  en: 'A data cell the template requires is empty. A blank is not 0, and checks that use it cannot be decided.',
};

export const cellBlank: Rule = {
  id: 'CELL-BLANK',
  severity: 'warning',
  group: 'cell',
  title: { zh: '应填单元格为空', en: 'Required cell left blank' },
  evaluate(ctx) {
    const out = [];
    for (const part of TABLE_PART_KEYS) {
      const cells = ctx.cellsOf(part);
      const blanks = cellPaths(ctx.format, part).filter((_, i) => cells[i].state === 'blank');
      if (!blanks.length) continue;
      const name = PART_NAMES[part];
      const first = blanks.slice(0, 3).map(cellLabel);
      const more = blanks.length > 3;
      out.push(
        finding(cellBlank, {
          cells: blanks,
          actual: blanks.length,
          zh: `${name.zh}有 ${blanks.length} 个单元格为空（如 ${first.map((l) => l.zh).join('、')}${more ? ' 等' : ''}），空白不按 0 计`,
          en: `${blanks.length} cell(s) of ${name.en} are blank (e.g. ${first.map((l) => l.en).join('; ')}${more ? '…' : ''}); a blank is not read as 0`,
        }),
      );
    }
    return out;
  },
};
