import type { CellReading } from '../cells/parse';
import { parseCell } from '../cells/parse';
import type { GridCell } from '../grid/grid';

/** One template cell as read from the page. */
export interface MappedCell extends CellReading {
  /** The page element it was read from (absent for cells the page does not have). */
  el?: Element;
}

/** What the mapping stage produced for the whole page. */
export interface Mapping {
  cells: Map<string, MappedCell>;
  /** Row paths whose label was found in a table. */
  rows: Set<string>;
  /** Parts for which a table was found. */
  tables: Set<'activeDisclosure' | 'requests' | 'reviewLitigation'>;
  /** Column keys of part 二 and part 三 seen in headers (or inferred). */
  columns: Set<string>;
  /** Evidence for the template version: counts of 2021-only and 2019-only labels. */
  formatVotes: { '2021': number; '2019': number };
}

export function emptyMapping(): Mapping {
  return { cells: new Map(), rows: new Set(), tables: new Set(), columns: new Set(), formatVotes: { '2021': 0, '2019': 0 } };
}

export function readCell(cell: GridCell | null): MappedCell {
  if (!cell) return { value: null, state: 'missing', raw: null };
  const reading: MappedCell = parseCell(cell.rawText);
  reading.el = cell.el;
  return reading;
}

/** Records a value once: the first reading of a path wins (a duplicated row does not overwrite). */
export function put(mapping: Mapping, path: string, cell: MappedCell): void {
  if (!mapping.cells.has(path)) mapping.cells.set(path, cell);
}
