// Drops a government web site's header and footer lines (主办单位, 版权所有, ICP备, 网站标识码,
// browser hints), which scraped pages repeat at the top and the bottom.
import type { StepResult } from './step.js';

// Written for both scripts: this step runs before the traditional -> simplified conversion.
const MARKER = new RegExp(
  [
    '主[办辦][单單]位',
    '承[办辦][单單]位',
    '[协協][办辦][单單]位',
    '版[权權]所有',
    'ICP[备備证證]',
    '公[网網]安[备備]',
    '[网網]站[标標][识識][码碼]',
    '涉密文件[严嚴]禁上[网網]',
    '[浏瀏][览覽]器',
    '分辨率',
    '[网網]站地[图圖]',
    '[联聯]系我[们們]',
    '[当當]前位置',
    '[关關][闭閉](?:窗口|本[页頁])',
    '打印本[页頁]',
    '字[号號][:：]?\\s*[大中小]',
    '[扫掃]一[扫掃]',
    '分享到',
    '[网網]站声明',
    'Copyright',
    '©',
    // breadcrumbs, page counters and share bars
    '首[页頁]\\s*[>＞›»/]',
    '[点點][击擊](?:率|量|次[数數])',
    '[浏瀏][览覽]次[数數]',
    '[阅閱][读讀](?:量|次[数數])',
    '收藏本站',
    '官方微博',
    '【[打字关關][^】]{0,4}】',
  ].join('|'),
  'i',
);
/** Boilerplate lines are short and never end like a sentence of the report. */
const MAX_LENGTH = 120;
const SENTENCE_END = /[。！；]$/;

export function isBoilerplate(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= MAX_LENGTH && !SENTENCE_END.test(t) && (MARKER.test(t) || isMenu(t));
}

/**
 * A navigation bar: five or more short items (北京 天津 河北 …, 首页 | 政务公开 | 互动交流 …)
 * separated by spaces or bars, with no punctuation of a sentence.
 */
function isMenu(t: string): boolean {
  if (/[，。、；：,;:]/.test(t)) return false;
  const items = t.split(/[\s|｜·•]+/).filter(Boolean);
  return items.length >= 5 && items.every((w) => w.length <= 6 && /[\u4e00-\u9fff]/.test(w));
}

export function removeBoilerplate(text: string): StepResult {
  const lines = text.split('\n');
  const blocks: number[] = [];
  let inBlock = false;
  const kept: string[] = [];
  for (const line of lines) {
    if (isBoilerplate(line)) {
      if (inBlock) blocks[blocks.length - 1]!++;
      else blocks.push(1);
      inBlock = true;
    } else {
      kept.push(line);
      // blank lines do not end a block: a footer often has empty lines between its rows
      if (line.trim()) inBlock = false;
    }
  }
  if (blocks.length === 0) return { text, warnings: [] };
  return { text: kept.join('\n'), warnings: [`removed website header/footer (${describe(blocks)})`] };
}

function describe(blocks: readonly number[]): string {
  const total = blocks.reduce((a, b) => a + b, 0);
  const lines = (n: number) => `${n} line${n > 1 ? 's' : ''}`;
  if (blocks.length === 1) return lines(total);
  if (blocks.every((b) => b === blocks[0]))
    return `${lines(blocks[0]!)}, ${blocks.length === 2 ? 'twice' : `${blocks.length} times`}`;
  return `${lines(total)} in ${blocks.length} blocks`;
}
