// Which lines are headings and what phase their words announce: 一、2023年工作回顾 (review),
// （三）…, 回眸2023 / 展望2024 (newspaper banners), 名词解释 / 相关注释 (glossary), 政府自身建设 (self).
import type { Phase } from '../types.js';

export interface Heading {
  /** Offsets of the heading's own text (up to its first 。 when body text follows on the line). */
  start: number;
  end: number;
  title: string;
  /** 1 = a part of the report (一、…, 回眸2023); 2 = a sub-section (（一）…, a newspaper crosshead). */
  level: 1 | 2;
  /** 一、 -> 1, （三） -> 3; none for unnumbered headings. */
  ordinal?: number;
  /** No heading line: a paragraph that opens the plan (2024年，…将…, 今年是…). */
  implicit?: boolean;
}

const CN = '一二三四五六七八九十';
const TOP = new RegExp(`^([${CN}]{1,3})、`);
// （一） and the OCR'd 七) that lost its opening bracket
const SUB = new RegExp(`^(?:[（(]([${CN}]{1,3})[）)]|([${CN}]{1,3})[）)])`);
const GLOSSARY = /^(?:附[:：]?\s*)?[《“]?[^。，,]{0,12}?(?:名词解释|名词释义|名词注释|词语解释|相关注释|注释)[:：]?$/;
const BANNER = /^(?:回眸|回顾|展望)\s*20\d\d年?$/;
// a part's title on a line of its own without its number, as newspapers print it: 过去五年工作回顾,
// 2025年工作安排, 今后五年的主要目标任务, 加强政府自身建设
const UNNUMBERED_PART =
  /^(?:过去(?:一年|五年)|20\d\d年(?:和今年以来)?|今后五年|今年|新的一年)?(?:[和及]?(?:“?十[一二三四五六七八九]五”?(?:时期|期间)?的?|本届政府|[一二三四五六七八九十]+届(?:人民)?政府))?[\u4e00-\u9fff]{0,4}(?:工作回顾|工作安排|主要目标任务|目标任务|重点工作|主要任务|工作任务|政府自身建设)$/;
// a crosshead: a short line with no sentence punctuation (优环境、强服务，市场主体焕发活力)
const CROSSHEAD = /^[^。！？；;!?:：]{6,30}$/;

/** 一 -> 1 … 十二 -> 12. */
export function cnOrdinal(s: string): number {
  if (s === '十') return 10;
  const [a, b] = s.split('十');
  if (b === undefined) return CN.indexOf(s) + 1;
  return (a ? CN.indexOf(a) + 1 : 1) * 10 + (b ? CN.indexOf(b) + 1 : 0);
}

/**
 * The phase a heading's words announce, if any. `year` is the report's year: a heading naming the
 * year before is a review, one naming the year itself a plan.
 */
export function phaseOfTitle(title: string, year?: number): Phase | undefined {
  if (GLOSSARY.test(title.replace(/\s+/g, ''))) return 'glossary';
  if (/自身建设|政府建设|政府治理|自我革命|建设人民满意的政府/.test(title)) return 'self';
  if (/回顾|回眸|过去一年|一年来|过去五年|工作总结/.test(title)) return 'review';
  // the year before the report's is the review whatever the words (2022年政府主要工作 in a 2023 report)
  if (year && title.includes(`${year - 1}年`)) return 'review';
  if (/安排|任务|展望|今年|目标|总体要求|重点工作|工作部署|主要工作/.test(title)) return 'plan';
  if (year && title.includes(`${year}年`)) return 'plan';
  return undefined;
}

/**
 * The heading a line (trimmed, at `start`) is, if any. `inBody`: a part heading was seen, so
 * short unnumbered lines are crossheads rather than the title block; `year` as above.
 */
export function headingOf(line: string, start: number, inBody: boolean, year?: number): Heading | undefined {
  const text = line.replace(/\*\*/g, '');
  const compact = text.replace(/\s+/g, '');
  if (GLOSSARY.test(compact) || BANNER.test(compact) || UNNUMBERED_PART.test(compact))
    return { start, end: start + line.length, title: compact.replace(/[:：]$/, ''), level: 1 };
  const top = text.match(TOP);
  if (top) return numbered(line, start, 1, cnOrdinal(top[1]!));
  const sub = text.match(SUB);
  if (sub) return numbered(line, start, 2, cnOrdinal((sub[1] ?? sub[2])!));
  if (year && opensPlan(compact, year))
    return {
      start,
      end: start + sentenceEnd(line),
      title: line.slice(0, sentenceEnd(line)).slice(0, 30),
      level: 1,
      implicit: true,
    };
  if (inBody && CROSSHEAD.test(line.trim())) return { start, end: start + line.length, title: line.trim(), level: 2 };
  return undefined;
}

function numbered(line: string, start: number, level: 1 | 2, ordinal: number): Heading {
  const end = sentenceEnd(line);
  return { start, end: start + end, title: line.slice(0, end).replace(/[。:：\s]+$/, ''), level, ordinal };
}

/** Length of the line's first sentence, its terminator included (the heading of 七)…。body…). */
function sentenceEnd(line: string): number {
  const m = line.match(/[。！？!?]/);
  return m?.index !== undefined && m.index < line.length - 1 ? m.index + 1 : line.length;
}

/** 2024年，稷山县将… / 今年是… : the paragraph that starts the plan when no heading does. */
export function opensPlan(paragraph: string, year: number): boolean {
  return new RegExp(`^(?:今年|${year}年)[，,]?(?:是|.{0,12}?将|政府工作的总体要求|经济社会发展的主要预期目标)`).test(
    paragraph,
  );
}
