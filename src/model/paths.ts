// Cell paths ("requests.outcomesTotal.total") are derived from the zod schemas, never listed twice: through
// template.ts, which `npm run template` writes from them (the content script then carries no zod).
import type { Format, TablePart } from './schema';
import { TEMPLATE } from './template';

type Node = readonly string[] | { readonly [key: string]: Node };

/**
 * The engine's one copy of a string (V8 interns property names). A path built by `+` or cut by `slice` is a chain or
 * a view of other strings: a Set or Map holding paths then compares it character by character, where two interned
 * strings compare as pointers. Paths are made once each (below), so this costs nothing per audit.
 */
function intern(s: string): string {
  return Object.keys({ [s]: 0 })[0];
}

function walk(node: Node, prefix: string, out: string[]): void {
  if (Array.isArray(node)) {
    for (const column of node as readonly string[]) out.push(intern(`${prefix}.${column}`));
    return;
  }
  for (const [key, child] of Object.entries(node)) walk(child, `${prefix}.${key}`, out);
}

/**
 * A value derived from the template (a list of paths, a rule's sums), built once: the template does not change
 * between audits, so neither do these.
 */
export function perFormat<T>(build: (format: Format) => T): (format: Format) => T {
  const memo = new Map<Format, T>();
  return (format) => {
    let v = memo.get(format);
    if (v === undefined) memo.set(format, (v = build(format)));
    return v;
  };
}

/** The same, per tabular part of a format. */
function perPart<T>(build: (format: Format, part: TablePart) => T): (format: Format, part: TablePart) => T {
  const byFormat = perFormat(() => new Map<TablePart, T>());
  return (format, part) => {
    const memo = byFormat(format);
    let v = memo.get(part);
    if (v === undefined) memo.set(part, (v = build(format, part)));
    return v;
  };
}

/** The tabular parts, 二, 三 and 四, in the report's order. */
export const TABLE_PART_KEYS: readonly TablePart[] = ['activeDisclosure', 'requests', 'reviewLitigation'];

/** Every numeric cell path of one tabular part in one format, in template order. */
export const cellPaths = perPart((format, part): readonly string[] => {
  const paths: string[] = [];
  walk(TEMPLATE[format][part], part, paths);
  return paths;
});

/** Where a part's paths stand in allCellPaths(format): [start, end). */
export const partRange = perPart((format, part): [number, number] => {
  let start = 0;
  for (const p of TABLE_PART_KEYS) {
    if (p === part) break;
    start += cellPaths(format, p).length;
  }
  return [start, start + cellPaths(format, part).length];
});

/** Each path's place in allCellPaths(format); a path the format lacks has none. */
export const pathIndex = perFormat((format) => new Map(allCellPaths(format).map((p, i) => [p, i])));

/** All numeric cell paths of a format, parts 二, 三, 四 in order. */
export const allCellPaths = perFormat((format): readonly string[] =>
  TABLE_PART_KEYS.flatMap((p) => cellPaths(format, p)),
);

/**
 * The one string object for a cell or row path: paths made while mapping a table and the template's paths (interned
 * above) are then the same object, and Maps and Sets keyed by paths compare them as pointers.
 */
export const canonicalPath = intern;

/** Row paths ("requests.denied.stateSecret") of a part, in template order. */
export const rowPaths = perPart((format, part): readonly string[] => {
  const rows: string[] = [];
  for (const p of cellPaths(format, part)) {
    const row = rowOf(p);
    if (rows[rows.length - 1] !== row) rows.push(row);
  }
  return rows;
});

// Paths come from a fixed list, so their parts are worth keeping: every audit asks for the same ones.
const rowMemo = new Map<string, string>();
const columnMemo = new Map<string, string>();
export function rowOf(path: string): string {
  let row = rowMemo.get(path);
  if (row === undefined) rowMemo.set(path, (row = intern(path.slice(0, path.lastIndexOf('.')))));
  return row;
}
export function columnOf(path: string): string {
  let col = columnMemo.get(path);
  if (col === undefined) columnMemo.set(path, (col = intern(path.slice(path.lastIndexOf('.') + 1))));
  return col;
}

/** Each cell of a part with its row and column paths, for rules that walk a part cell by cell. */
export const cellsWithRows = perPart((format, part) =>
  cellPaths(format, part).map((path) => ({ path, row: rowOf(path), column: columnOf(path) })),
);

/**
 * Builds the nested report object from a part's cells, aligned with cellPaths(format, part); every path of the
 * format is present. Walked along the template as cellPaths walks it, so the k-th leaf is the k-th cell: each object
 * is made and filled once, where following each path from the root looked every level up again.
 */
export function nest(format: Format, part: TablePart, cells: readonly { value: number | null }[]): Record<string, unknown> {
  let k = 0;
  const build = (node: Node): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    if (Array.isArray(node)) {
      for (const column of node as readonly string[]) out[column] = cells[k++].value;
    } else {
      const group = node as { readonly [key: string]: Node };
      for (const key in group) out[key] = build(group[key]);
    }
    return out;
  };
  return build(TEMPLATE[format][part]);
}
