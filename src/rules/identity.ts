// Checking an accounting identity when some cells are blank. Counts are never negative, so a blank can only add:
// when the known side already exceeds a fully known other side, the identity is broken whatever the blanks hold
// (an error, not a guess); otherwise a blank makes it undecidable ("review").
import type { AuditContext } from '../audit/context';
import { MISSING } from '../cells/parse';
import type { MappedCell } from '../map/types';
import { cellLabel } from '../model/labels';
import { pathIndex } from '../model/paths';
import type { Format } from '../model/schema';

export type IdentityStatus = 'pass' | 'fail' | 'review' | 'skip';

export interface SideReading {
  known: number;
  /** Paths of operands that are blank or unreadable. */
  unknown: string[];
  /** Paths with a value other than 0, for the explanation. */
  terms: { path: string; value: number }[];
}

export interface IdentityResult {
  status: IdentityStatus;
  left: SideReading;
  right: SideReading;
}

function readSide(ctx: AuditContext, paths: string[]): SideReading | null {
  const side: SideReading = { known: 0, unknown: [], terms: [] };
  for (const p of paths) {
    const c = ctx.cell(p);
    if (c.state === 'missing') return null;
    if (c.state === 'number') {
      side.known += c.value!;
      if (c.value !== 0) side.terms.push({ path: p, value: c.value! });
    } else if (c.state === 'blank' || c.state === 'invalid') side.unknown.push(p);
    // A none-mark ("/", "—", "无") states that there is nothing: it counts as 0.
  }
  return side;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * sum of the cells at the places, or null when an operand is missing, blank or unreadable; a none-mark counts as 0.
 * A place of -1 (a path the format lacks) is a missing operand.
 */
function plainSum(cells: readonly MappedCell[], places: readonly number[]): number | null {
  let sum = 0;
  for (let i = 0; i < places.length; i++) {
    const c = places[i] < 0 ? MISSING : cells[places[i]];
    if (c.state === 'number') sum += c.value!;
    else if (c.state !== 'none') return null;
  }
  return sum;
}

/**
 * Whether sum(left) = sum(right) holds with every operand read: what most identities of most reports do. Decided
 * without building the sides checkIdentity itemises for a finding's explanation, and without looking a cell up by
 * its path: the operands are places in ctx.cells() (see `places`). The rules ask it first.
 */
export function holds(ctx: AuditContext, left: readonly number[], right: readonly number[]): boolean {
  const cells = ctx.cells();
  const l = plainSum(cells, left);
  if (l === null) return false;
  const r = plainSum(cells, right);
  return r !== null && round(l) === round(r);
}

/** The paths' places in ctx.cells() of a report in `format`: -1 for a path the format lacks. */
export function placesIn(format: Format, paths: readonly string[]): number[] {
  const index = pathIndex(format);
  return paths.map((p) => index.get(p) ?? -1);
}

const placedLists = new WeakMap<readonly string[], Map<Format, number[]>>();
/** placesIn, made once per list and format: for a rule's constant lists of paths. */
export function places(format: Format, paths: readonly string[]): number[] {
  let byFormat = placedLists.get(paths);
  if (!byFormat) placedLists.set(paths, (byFormat = new Map()));
  let at = byFormat.get(format);
  if (!at) byFormat.set(format, (at = placesIn(format, paths)));
  return at;
}

/** Decides sum(left) = sum(right). */
export function checkIdentity(ctx: AuditContext, left: string[], right: string[]): IdentityResult {
  const l = readSide(ctx, left);
  const r = readSide(ctx, right);
  const empty: SideReading = { known: 0, unknown: [], terms: [] };
  if (!l || !r) return { status: 'skip', left: l ?? empty, right: r ?? empty };
  const lk = round(l.known);
  const rk = round(r.known);
  const res = (status: IdentityStatus): IdentityResult => ({ status, left: l, right: r });
  if (!l.unknown.length && !r.unknown.length) return res(lk === rk ? 'pass' : 'fail');
  // Every operand blank: nothing to decide; the blanks themselves are reported by CELL-BLANK.
  if (l.unknown.length === left.length && r.unknown.length === right.length) return res('skip');
  if ((lk > rk && !r.unknown.length) || (rk > lk && !l.unknown.length)) return res('fail');
  return res('review');
}

/**
 * Whether an identity left undecided by blanks holds with them read as 0: most reports leave a cell blank for none
 * (a real 2019 provincial report left 126 of part 三's cells so), and a reader wants to know whether the blanks alone
 * keep it from being checked. Null when an operand is unreadable rather than blank (that is no 0), or the identity
 * was decided.
 */
export function holdsWithBlanksAsZero(ctx: AuditContext, res: IdentityResult): boolean | null {
  if (res.status !== 'review') return null;
  for (const p of res.left.unknown) if (ctx.cell(p).state !== 'blank') return null;
  for (const p of res.right.unknown) if (ctx.cell(p).state !== 'blank') return null;
  return round(res.left.known) === round(res.right.known);
}

const fmt = (n: number) => String(round(n));

/** "予以公开 1 + 本机关不掌握 3" from the non-zero operands, labelled by row or by column. */
export function explainTerms(
  terms: { path: string; value: number }[],
  by: 'row' | 'column',
  lang: 'zh' | 'en',
): string {
  if (!terms.length) return lang === 'zh' ? '各项均为 0' : 'all parts 0';
  const label = (p: string) => {
    const [row, col] = lang === 'zh' ? cellLabel(p).zh.split('·') : cellLabel(p).en.split(' · ');
    return by === 'row' ? row.replace(/^（[一二三四五六七]）\d?\.?|^[一二三四]、/, '') : col;
  };
  const shown = terms.slice(0, 6).map((t) => `${label(t.path)} ${fmt(t.value)}`);
  return shown.join(' + ') + (terms.length > 6 ? ' + …' : '');
}

export { fmt as formatNumber };
