// The shared shape of "total = sum of parts" findings, so every sum rule words its message the same way:
// "（七）总计·自然人 应为 4（予以公开 1 + 本机关不掌握 3），表中为 0".
import type { AuditContext } from '../audit/context';
import { cellLabel } from '../model/labels';
import type { Bilingual, Finding, Format } from '../model/schema';
import { checkIdentity, explainTerms, formatNumber, holds, holdsWithBlanksAsZero, placesIn } from './identity';
import { finding, type Rule } from './types';

/** A sum that does not simply hold (checkSums has asked `holds`): its finding, its blanks, or null when it passes. */
function checkSum(ctx: AuditContext, rule: Rule, total: string, parts: string[], by: 'row' | 'column'): Finding | Undecided | null {
  const res = checkIdentity(ctx, parts, [total]);
  if (res.status === 'pass' || res.status === 'skip') return null;
  const l = cellLabel(total);
  const printed = ctx.cell(total);
  const sum = res.left.known;
  if (res.status === 'fail' && !res.left.unknown.length) {
    return finding(rule, {
      cells: [total],
      related: parts.slice(),
      expected: sum,
      actual: printed.value,
      zh: `${l.zh} 应为 ${formatNumber(sum)}（${explainTerms(res.left.terms, by, 'zh')}），表中为 ${formatNumber(printed.value!)}`,
      en: `${l.en} should be ${formatNumber(sum)} (${explainTerms(res.left.terms, by, 'en')}); the table says ${formatNumber(printed.value!)}`,
    });
  }
  if (res.status === 'fail') {
    // Known parts already exceed the printed total; blanks could only add more.
    return finding(rule, {
      cells: [total],
      related: parts.slice(),
      expected: `≥ ${formatNumber(sum)}`,
      actual: printed.value,
      zh: `${l.zh} 至少应为 ${formatNumber(sum)}（${explainTerms(res.left.terms, by, 'zh')}，另有空白），表中为 ${formatNumber(printed.value!)}`,
      en: `${l.en} should be at least ${formatNumber(sum)} (${explainTerms(res.left.terms, by, 'en')}, with blanks besides); the table says ${formatNumber(printed.value!)}`,
    });
  }
  return { blanks: [...res.left.unknown, ...res.right.unknown], total, asZero: holdsWithBlanksAsZero(ctx, res) };
}

/** A rule's sum: a total and its parts, as paths. */
export interface Sum {
  total: string;
  parts: string[];
}

/** A sum's cells as places in ctx.cells() (-1 where the format lacks the path), made once per sums and format. */
interface Places {
  total: number[];
  parts: number[];
}
const placed = new WeakMap<readonly Sum[], Map<Format, Places[]>>();
function placesOf(sums: readonly Sum[], format: Format): Places[] {
  let byFormat = placed.get(sums);
  if (!byFormat) placed.set(sums, (byFormat = new Map()));
  let places = byFormat.get(format);
  if (!places) byFormat.set(format, (places = sums.map((s) => ({ total: placesIn(format, [s.total]), parts: placesIn(format, s.parts) }))));
  return places;
}

/** A sum that could not be decided because of blanks. */
export interface Undecided {
  blanks: string[];
  total: string;
  /** Whether the sum holds with its blanks read as 0 (null: an operand is unreadable, not blank). */
  asZero: boolean | null;
}

/** The first three of some totals by their labels, as a finding lists them: "A、B、C 等" / "A; B; C…". */
function firstLabels(totals: string[]): Bilingual {
  const names = totals.slice(0, 3).map(cellLabel);
  const more = totals.length > 3;
  return { zh: names.map((n) => n.zh).join('、') + (more ? ' 等' : ''), en: names.map((n) => n.en).join('; ') + (more ? '…' : '') };
}

/**
 * What the undecided sums say with their blanks read as 0, after the note that they cannot be checked: whether the
 * blanks alone keep them from adding up, and which totals would still be wrong.
 */
function asZeroNote(undecided: Undecided[]): Bilingual {
  const read = undecided.filter((u) => u.asZero !== null);
  if (!read.length) return { zh: '', en: '' };
  const differ = read.filter((u) => !u.asZero).map((u) => u.total);
  const agree = read.length - differ.length;
  if (!differ.length) {
    const every = read.length === undecided.length;
    return { zh: `；空白按 0 计时${every ? '均' : `其中 ${agree} 处`}相符`, en: `; with the blanks read as 0, ${every ? 'they all' : agree} add up` };
  }
  const names = firstLabels(differ);
  return {
    zh: `；空白按 0 计时 ${agree} 处相符，${differ.length} 处不符（${names.zh}）`,
    en: `; with the blanks read as 0, ${agree} add up and ${differ.length} ${differ.length === 1 ? 'does' : 'do'} not (${names.en})`,
  };
}

/**
 * Runs many sums of one rule. Failures are reported one by one; the undecidable ones are gathered into a single
 * "review" finding, so a table with five blank columns reads as one note, not twenty-five.
 */
export function checkSums(ctx: AuditContext, rule: Rule, sums: readonly Sum[], by: 'row' | 'column'): Finding[] {
  const out: Finding[] = [];
  const undecided: Undecided[] = [];
  const places = placesOf(sums, ctx.format);
  for (let k = 0; k < sums.length; k++) {
    // Most sums of most reports hold: decided from the cells' places, with nothing looked up or built.
    if (holds(ctx, places[k].parts, places[k].total)) continue;
    const { total, parts } = sums[k];
    const r = checkSum(ctx, rule, total, parts, by);
    if (!r) continue;
    if ('rule' in r) out.push(r);
    else undecided.push(r);
  }
  if (undecided.length) {
    const blanks = [...new Set(undecided.flatMap((u) => u.blanks))];
    const totals = undecided.map((u) => u.total);
    const names = firstLabels(totals);
    const asZero = asZeroNote(undecided);
    out.push(
      finding(rule, {
        severity: 'review',
        cells: blanks,
        related: totals.filter((t) => !blanks.includes(t)),
        actual: undecided.length,
        zh: `${undecided.length} 处合计因空白或无法读取的单元格无法核对（${names.zh}）${asZero.zh}`,
        en: `${undecided.length} total(s) cannot be checked because cells are blank or unreadable (${names.en})${asZero.en}`,
      }),
    );
  }
  return out;
}
