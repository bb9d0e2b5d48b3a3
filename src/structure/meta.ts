// Report metadata from the opening lines: the session line (——2024年4月10日在浑源县第十八届人民代表
// 大会第五次会议上), the speaker line (县长 赵昱清), the title and the year; the issuing region from the
// names they give (issuer.ts).
import type { CleanDoc } from '../normalize/index.js';
import type { ReportMeta } from './types.js';
import { toRegionRef } from '../gazetteer/index.js';
import { allMatches } from '../text/matches.js';
import { fileRegion, findIssuer, HEAD, titleRegion } from './issuer.js';

const CN_NUM = '[一二三四五六七八九十]{1,4}';
const SESSION = new RegExp(
  `(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日(?:至(?:\\d{1,2}月)?\\d{1,2}日)?[，,]?在?` +
    `([\\u4e00-\\u9fff]{2,16}?)(第${CN_NUM}届人民代表大会第${CN_NUM}次会议)`,
  'g',
);
/**
 * A session line whose date is missing or garbled (——在尉犁县第十八届人民代表大会第五次会议上 with
 * the date on a later line, 202338日在缙云县第十八届…): the region before the congress's number.
 */
const SESSION_REGION = new RegExp(`在([\\u4e00-\\u9fff]{2,16}?)第${CN_NUM}届人民代表大会`);
const TITLE = '(代?(?:县|市|区|旗|州|盟)长)';
const SPEAKER_LINE = new RegExp(`^(.{0,20}?)${TITLE}[ \\t\\u3000]*([\\u4e00-\\u9fff·]{2,4})\\s*$`, 'm');
/** A speaker line whose name the page left out: 缙云县人民政府县长. */
const SPEAKER_UNNAMED = new RegExp(
  `^[ \\t\\u3000]*([\\u4e00-\\u9fff]{2,16}?)(?:人民)?政府${TITLE}[ \\t\\u3000]*$`,
  'm',
);
/** The opening sentence: 现在，我代表龙岗区人民政府向大会报告工作. */
const ON_BEHALF = /我代表([^人\s，,。]{2,16}?)人民政府/;
/** The same sentence with the region's kind alone (我代表市人民政府, 市政府): the level the report speaks for. */
const ON_BEHALF_KIND = /代表([县市区旗州盟])(?:人民)?政府/;
const SPEAKER_INLINE = new RegExp(`${TITLE}([\\u4e00-\\u9fff]{2,3}?)(?:代表|作政府工作报告|向大会)`);

export function extractMeta(doc: CleanDoc): ReportMeta {
  const head = doc.text.slice(0, HEAD);
  const flat = head.replace(/\s+/g, '');
  const session = findSession(flat, doc.text);
  const speaker = findSpeaker(head);
  // the document's own words first: session line, speaker's title, title line, then the file name
  const issuer = findIssuer(
    doc.text,
    [
      session?.region,
      speaker?.region,
      head.match(SPEAKER_UNNAMED)?.[1],
      head.match(ON_BEHALF)?.[1],
      flat.match(SESSION_REGION)?.[1],
      titleRegion(head),
      fileRegion(doc.file),
    ],
    head.match(ON_BEHALF_KIND)?.[1],
  );
  const meta: ReportMeta = {
    region: issuer ? { ...toRegionRef(issuer.division), ...(issuer.written ? { written: issuer.written } : {}) } : null,
  };
  if (session?.date) meta.date = session.date;
  if (speaker) {
    meta.speaker = speaker.name;
    meta.speakerTitle = speaker.title;
  }
  const title = findTitle(doc);
  if (title) meta.title = title;
  if (session) meta.session = session.session;
  const year = findYear(meta.date, title, doc);
  if (year) Object.assign(meta, year);
  return meta;
}

/** Years a work report may carry: its congress sits in the year it is dated. */
const YEAR = /(?<![0-9A-Za-z])(19[89]\d|20\d\d)(?![0-9A-Za-z])/;

/**
 * The report's year, from its own words first: the session date, a year in the title line
 * (2024年政府工作报告), a year in the file name (稷山县_2024.txt), and last the years its review
 * and plan parts name (2023年工作回顾 -> 2024). None of these: no year, never a guess.
 */
export function findYear(
  date: string | undefined,
  title: string | undefined,
  doc: Pick<CleanDoc, 'file' | 'text'>,
): Pick<ReportMeta, 'year' | 'yearFrom'> | undefined {
  const from = (y: string | undefined, yearFrom: NonNullable<ReportMeta['yearFrom']>) =>
    y ? { year: Number(y), yearFrom } : undefined;
  const base = doc.file.split(/[\\/]/).pop() ?? '';
  return (
    from(date?.slice(0, 4), 'session') ??
    from(title?.match(YEAR)?.[1], 'title') ??
    from(base.replace(/\.[^.]*$/, '').match(YEAR)?.[1], 'file') ??
    from(inferYear(doc.text), 'text')
  );
}

interface Session {
  date?: string;
  region: string;
  session: string;
}

/**
 * The session line. Newspaper versions have no subtitle, only 2月20日，…会议隆重开幕 and a
 * 2月19日至22日 range: the subtitle (…会议上) wins, then the opening day, then the range's start.
 */
function findSession(flat: string, text: string): Session | undefined {
  let best: { score: number; m: RegExpMatchArray } | undefined;
  for (const m of allMatches(SESSION, flat)) {
    const after = flat.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const score = after.startsWith('上') ? 3 : /^[^。]*?(开幕|作政府工作报告|报告工作)/.test(after) ? 2 : 1;
    if (!best || score > best.score) best = { score, m };
  }
  if (!best) return undefined;
  const [, y, mo, d, region, session] = best.m;
  const year = y ?? inferYear(text);
  const date = year ? `${year}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}` : undefined;
  return { ...(date ? { date } : {}), region: region!, session: session! };
}

/** The report's year when the session line omits it: 回眸2023 / 2023年工作回顾 -> 2024; 展望2024 -> 2024. */
export function inferYear(text: string): string | undefined {
  const plan = text.match(/展望(20\d\d)|(20\d\d)年(?:工作安排|重点工作|主要任务|工作任务)/);
  if (plan) return plan[1] ?? plan[2];
  const review = text.match(/(?:回眸|回顾)(20\d\d)|(20\d\d)年(?:工作回顾|工作总结)/);
  const y = review?.[1] ?? review?.[2];
  return y ? String(Number(y) + 1) : undefined;
}

function findSpeaker(head: string): { name: string; title: string; region?: string } | undefined {
  const line = head.match(SPEAKER_LINE);
  const m = line ? { title: line[2]!, name: line[3]!, before: line[1]! } : undefined;
  const inline = m ? undefined : head.match(SPEAKER_INLINE);
  const found = m ?? (inline ? { title: inline[1]!, name: inline[2]!, before: '' } : undefined);
  if (!found) return undefined;
  // 浑源县人民政府县长 赵昱清: the region stands before 人民政府
  const region = found.before.match(/^(.+?)(?:人民)?政府$/)?.[1];
  return { name: found.name, title: found.title, ...(region ? { region } : {}) };
}

/**
 * The title as the document states it: a line ending in 政府工作报告 among the first lines,
 * without the web page's (山西省) tag and not from a garbled or noise line; else 政府工作报告.
 */
function findTitle(doc: CleanDoc): string {
  let pos = 0;
  for (const line of doc.text.slice(0, HEAD).split('\n')) {
    const start = pos;
    pos += line.length + 1;
    // a page's (全文) after the title is not part of it
    const t = line.trim().replace(/[（(【[]全文[)）】\]]$/, '');
    if (!/政府工作报告$/.test(t) || t.length > 40 || /[?？�]/.test(t)) continue;
    if (doc.noise.some((s) => s.start < start + line.length && start < s.end)) continue;
    return t.replace(/^[（(][^）)]{1,8}[）)]/, '');
  }
  return '政府工作报告';
}
