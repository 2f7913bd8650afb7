// Finds the six parts by their headings. Real headings vary: "二、" "2、" "（二）" "第二部分", wrapped in <strong>,
// worded after the 条例 for part 四, or in words of their own for parts 一, 五 and 六. A numbered heading only
// counts for the part its number names, so a sub-heading "（一）主动公开政府信息情况" inside part 一 is not taken for
// part 二.
import { squeeze } from '../text/normalize';
import { numeralValue } from '../text/numerals';

export const PARTS = ['overview', 'activeDisclosure', 'requests', 'reviewLitigation', 'problems', 'otherMatters'] as const;
export type PartKey = (typeof PARTS)[number];

const KEYWORDS: Record<PartKey, RegExp> = {
  overview: /^(?:总体情况|概述|基本情况)/,
  activeDisclosure: /^主动公开政府信息的?(?:情况|统计)/,
  requests: /^收到和处理政府信息公开申请/,
  reviewLitigation: /^(?:因)?(?:政府信息公开)?.{0,12}?行政复议/,
  problems: /^(?:政府信息公开工作)?存在的主要问题/,
  otherMatters: /^其他需要报告的事项/,
};

// Wordings that depart from the template, seen on real reports ("一、总体工作情况", "一、年度工作概况", "二、主动公开
// 情况", "三、依申请公开情况", "五、存在问题及改进措施", "五、现存问题与改进举措", "六、其他事项", "六、其他"), and near
// them ("五、存在的不足及改进措施", "六、需要报告的其他事项"). They count only where no heading in
// the template's wording is found. (Parts 二 to 四 are found by their tables too; their headings bound the text of each
// part, and count in other words only when numbered.)
const LOOSE: Partial<Record<PartKey, RegExp>> = {
  activeDisclosure: /^主动公开(?:政府信息)?(?:工作)?(?:情况)?(?:$|[:.])/,
  requests: /^(?:依申请公开|政府信息公开申请)(?:政府信息)?(?:的)?(?:办理|处理|答复)?(?:工作)?(?:情况)?(?:$|[:.])/,
  overview: /^(?:政府信息公开)?(?:工作)?(?:年度)?(?:总体|基本|整体)(?:工作)?(?:情况|概况)(?:$|[:.])|^(?:年度)?工作概[况述](?:$|[:.])/,
  problems: /^(?:政府信息公开)?(?:工作中?)?(?:存在的?|现存)?(?:主要)?(?:问题|不足)(?:及|和|与|$)/,
  // "六、其他" alone: numbered, it can be no other part (unnumbered, it is too short to be taken for a heading).
  otherMatters: /^其他(?:需要|需)?(?:报告|说明)?的?(?:事项|情况)(?:$|[:.])|^其他$|^(?:需要|需)(?:报告|说明)的?其他(?:事项|情况)(?:$|[:.])/,
};

// Parts also found by their tables: worded otherwise, their headings count only when numbered.
const TABLE_PARTS = new Set<PartKey>(['activeDisclosure', 'requests']);

// Every part's keyword contains one of these: most text blocks are paragraphs that contain none.
const ANY_KEYWORD = /总体|概述|基本|整体|概况|主动公开|收到和处理政府信息公开申请|依申请公开|公开申请|行政复议|问题|不足|其他/;

const MARKER = /^(?:第?([一二三四五六七八九十]|\d{1,2})(?:部分[、.:]?|[、.:])|\(([一二三四五六七八九十]|\d{1,2})\)|([一二三四五六七八九十])(?=[\u4e00-\u9fff]))/;

export interface HeadingMatch {
  part: PartKey;
  /** Numbered with the part's own number (strong) or not numbered at all (weak). */
  numbered: boolean;
  /** Worded otherwise than the template (weaker than any heading in its wording). */
  loose: boolean;
}

/** `text`: a page item's text, normalised. */
export function matchHeading(text: string): HeadingMatch | null {
  // A heading's words are at its start: long paragraphs are only read that far.
  const c = squeeze(text.length > 80 ? text.slice(0, 80) : text);
  if (c.length < 4) return null;
  // Without its number, a heading is short (see below): a long paragraph that opens with none (most of the text)
  // is passed over before the keywords are looked for, which "其他", "问题" and "主动公开" in its opening words pass.
  const m = MARKER.exec(c);
  if (!m && text.length > 40) return null;
  if (!ANY_KEYWORD.test(c)) return null;
  const num = m ? numeralValue(m[1] ?? m[2] ?? m[3]) : null;
  const rest = m ? c.slice(m[0].length) : c;
  for (let i = 0; i < PARTS.length; i++) {
    const part = PARTS[i];
    const loose = !KEYWORDS[part].test(rest);
    if (loose && !LOOSE[part]?.test(rest)) continue;
    if (part === 'reviewLitigation' && !/行政复议.{0,12}(?:行政诉讼|提起诉讼)|行政诉讼/.test(rest.slice(0, 40))) continue;
    if (num !== null) return num === i + 1 ? { part, numbered: true, loose } : null;
    // "主动公开", "依申请公开" unnumbered are a site's menu items (政府信息公开 › 依申请公开), not the report's parts.
    if (loose && TABLE_PARTS.has(part)) return null;
    // An unnumbered heading must be short: a sentence that mentions the parts is not a heading.
    return text.length <= 40 && rest.length <= 30 ? { part, numbered: false, loose } : null;
  }
  return null;
}

const NUMERALS = '一二三四五六';

/**
 * Whether the compacted text names `part` by its numbered heading in the template's words anywhere, not only at the
 * start of a block ("…如下:一、总体情况 2024年…", a report pasted into one paragraph): the part is there, even if no
 * block starts with its heading.
 */
export function mentionsHeading(part: PartKey, compactText: string): boolean {
  return mentionPattern(part).test(compactText);
}

// Made once per part: a pattern made in every audit was compiled in every audit (DOC-SECTIONS asks for each part a
// page lacks, 0.8% of the CLI's parse and audit of a small report lacking one).
const mentionPatterns = new Map<PartKey, RegExp>();
function mentionPattern(part: PartKey): RegExp {
  let re = mentionPatterns.get(part);
  if (!re) {
    const n = NUMERALS[PARTS.indexOf(part)];
    mentionPatterns.set(part, (re = new RegExp(`(?:第${n}部分|${n}[、.]|\\(${n}\\))${KEYWORDS[part].source.slice(1)}`)));
  }
  return re;
}

export interface Heading {
  part: PartKey;
  /** Index in the page's item list. */
  index: number;
  text: string;
}

/** Picks one heading per part: numbered before unnumbered, the template's wording before others, then the first. */
export function pickHeadings(candidates: (Heading & HeadingMatch)[]): Heading[] {
  const strength = (c: HeadingMatch) => (c.numbered ? 2 : 0) + (c.loose ? 0 : 1);
  const chosen: Heading[] = [];
  for (const part of PARTS) {
    let best: (Heading & HeadingMatch) | undefined;
    for (const c of candidates) if (c.part === part && (!best || strength(c) > strength(best))) best = c;
    if (best) chosen.push({ part: best.part, index: best.index, text: best.text });
  }
  return chosen.sort((a, b) => a.index - b.index);
}
