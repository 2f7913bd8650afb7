import { allCellPaths } from '../model/paths';
import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

/** What CELL-UNIT checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const cellUnitDescription: Bilingual = {
  zh: '单元格中写了单位（如“0件”“251000元”），读取时已去掉单位。',
  en: 'A unit was written inside a cell ("0件", "251000元") and was stripped when reading it.',
};

export const cellUnit: Rule = {
  id: 'CELL-UNIT',
  severity: 'info',
  group: 'cell',
  title: { zh: '单元格内写有单位', en: 'Unit written in a cell' },
  evaluate(ctx) {
    const cells = ctx.cells();
    const withUnit = allCellPaths(ctx.format).filter((_, i) => cells[i].unit);
    if (!withUnit.length) return [];
    const units = [...new Set(withUnit.map((p) => ctx.cell(p).unit))].join('、');
    return [
      finding(cellUnit, {
        cells: withUnit,
        zh: `${withUnit.length} 个单元格写有单位（${units}），已去掉单位读取数字`,
        en: `${withUnit.length} cell(s) carry a unit (${units}); the number was read without it`,
      }),
    ];
  },
};
