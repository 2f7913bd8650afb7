import { cellLabel } from '../model/labels';
import { allCellPaths } from '../model/paths';
import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

/** What CELL-NUMBER checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const cellNumberDescription: Bilingual = {
  zh: '数据单元格中的内容既不是数字，也不是“/”“—”“无”等表示没有的符号，无法读取。',
  en: 'A data cell holds something that is neither a number nor a known "none" mark, so it cannot be read.',
};

export const cellNumber: Rule = {
  id: 'CELL-NUMBER',
  severity: 'review',
  group: 'cell',
  title: { zh: '单元格不是数字', en: 'Cell is not a number' },
  evaluate(ctx) {
    const cells = ctx.cells();
    return allCellPaths(ctx.format)
      .filter((_, i) => cells[i].state === 'invalid')
      .map((p) => {
        const raw = ctx.cell(p).raw ?? '';
        const l = cellLabel(p);
        return finding(cellNumber, {
          cells: [p],
          actual: raw,
          zh: `${l.zh} 的内容“${raw}”不是数字，无法核对`,
          en: `${l.en} reads "${raw}", which is not a number and cannot be checked`,
        });
      });
  },
};
