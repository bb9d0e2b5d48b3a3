// Recognizer: named local projects — works, plants, parks, roads, stations, scenic-area
// upgrades — by the word that ends their names, with the investment and status the clause
// states. Generic ones (重点项目, 民生工程) are not names.
import type { ProjectStatus } from '../types.js';
import type { Mention, Recognizer } from './index.js';
import { leftEdge } from './left-edge.js';
import { MONEY, parseMoney } from './money.js';

const HEAD =
  /(改扩建工程|改造工程|提升工程|治理工程|供水工程|工程|项目|储能电站|电站|生产基地|基地|产业园|园区|公园|高速公路|高速|机场|综合客运枢纽|枢纽|水库|旅游公路|公路|大道|综合体|博物馆|游客中心|康养中心|物流园|景区创建|5A级景区|度假区|灌区|滑雪场|示范园|养殖厂|加工厂|厂房|智慧城|智创城|科创城|文化宫|集聚区|文化园|高铁|新区|经济带|交易平台|展示中心|游客中心|服务中心|物流中心|共派中心|湿地公园)/g;

/** Modifiers that make a category, not a name. */
const GENERIC =
  /^(重点|重大|民生|一批|各类|在建|新建|续建|储备|前期|政府投资|招商|基础设施|产业|工业|农业|水利|交通|城建|民生实事|惠民|市政|配套|省级|市级|县级|国家级|国家|省|市|县|全县|全市|全省|亿元以上|千万元以上|PPP|新开工|开工|竣工|亿元|万元|这些|上述|相关|该|本|其|好|大|小|全部|所有|示范|标准化|现代化|智慧|数字|文旅|康养|文化|旅游|生态|环保|教育|卫生|医疗|养老|体育|安置|保障|重点工程|系统|整体|综合|专项|试点|建设|项目|工程|产业化|承接|这个|一个|两个|三个|多个|个|转型|制造业|服务业|农业产业化|招引|技改|新兴产业|实体经济)$/;
/** Names that start with a work verb are about doing projects (做大项目, 严格执行项目). */
const VERB_START =
  /^(杜绝|不搞|搞|防止|避免|反对|首次|更多|解决|整合|做|抓|加强|严格|执行|推行|实行|发挥|提高|完善|优化|协调|发现|保障|全力|常态化|完成|实现|打好|好|大抓|盘活|储备|包装|谋划|调度|服务|用好|管好|及|和|、|滚动|聚力|聚焦|跑出|陪同|用足|年度|全年|全盘|培育|深化|开发)/;
/** A modifier ending like this names a kind of project, not one project. */
const GENERIC_END =
  /(重点|重大|招商|招商引资|投资|帮扶|扶贫|开发区|储备|前期|建设|包联|市定|发展|产业|示范|民生|惠民|这批|政府|大|高质量|典型|涉农|经营|发改委|^[一二三四五六七八九十\d]期)$/;
/** Words that make a project a reproach (杜绝形象工程、面子工程). */
const PEJORATIVE = /(形象|面子|政绩|半拉子|豆腐渣|烂尾|样子)$/;
const LEAD =
  /^(\d{1,2}[.．、](?!\d)|年?度(?=中央|省|市|县|全)|[\d.]+(亿|万)?元|布局|加快推进|主动对接|对接|主动|严格|充分|大力|积极|全面|着力|重点|持续|加快|推进|推动|实施|建成|完成|开工建设|开工|启动|谋划|续建|新建|建设|做好|抓好|确保|力争|争取|打造|创建|谋划实施|开展|落地|签约|引进|投资|总投资|投用|投运|投产|竣工|改造|提升|扩建|迁建|配合|保障|服务|支持|围绕|依托|以|为|将|把|对|在|与|和|及|等|的|是)+/;

const DONE = /(建成|完成|竣工|投产|投运|通车|并网|开业|落成|交付|运营|验收|入选|成功创建|获批)/;
const ONGOING = /(推进|加快|续建|在建|正在|持续|稳步|全力推进|开工建设)/;

export const projects: Recognizer = {
  id: 'project.suffix',
  type: 'project',
  recognize(ctx) {
    const { report } = ctx;
    const out: Mention[] = [];
    for (const s of report.sentences) {
      if (s.text.search(HEAD) < 0) continue;
      const tokens = ctx.tokens(s.index);
      for (const m of s.text.matchAll(HEAD)) {
        const headStart = s.start + m.index;
        const end = headStart + m[0].length;
        // a head inside a longer head (…工程项目) is handled by the longer one
        if (/^(项目|工程)/.test(s.text.slice(m.index + m[0].length))) continue;
        // …宅基地改革, …园区管理: the name of a reform or of work, not of a project
        if (/^(改革|制度|管理|确权|登记|建设标准|整治)/.test(s.text.slice(m.index + m[0].length))) continue;
        // 集中供热管线改造|一期|项目: the phase belongs to the name (jieba tags it an adverb)
        const phasePart = /[一二三四五六七八九十\d]期$/.exec(s.text.slice(0, m.index))?.[0] ?? '';
        const start = leftEdge(tokens, headStart - phasePart.length, end, {
          maxLength: 30,
          digits: true,
          joiners: true,
        });
        if (start === undefined) continue;
        // …旅游项目和|悬空寺夜游项目, …示范区项目和|壶口通用机场: each project of a list is its own;
        // …附近布局建设|黄河文化博物馆: the name starts after the verb that introduces it
        const before = report.text.slice(start, headStart);
        const cut = Math.max(
          ...[...before.matchAll(/(项目|工程)[和及与、]|布局建设|谋划|实施|推进|加快|打造|启动|新建/g)].map(
            (x) => x.index + x[0].length,
          ),
          0,
        );
        const name = report.text.slice(start + cut, end).replace(LEAD, '');
        const modifier = name.slice(0, name.length - m[0].length);
        if (modifier.length < 2 || GENERIC.test(modifier) || GENERIC_END.test(modifier) || /^[\d.]+$/.test(modifier))
          continue;
        if (/[\d.一二三四五六七八九十两]+(个|项|处|座|条|批)/.test(modifier)) continue;
        // 项目建设库和|项目, 全县重点项目实行|项目: the head joined to another noun, or repeated
        if (/[和及与、]$/.test(modifier) || (m[0] === '项目' && modifier.includes('项目'))) continue;
        // a name starts with a place, a company, a capacity or a noun — not with a verb (做大项目)
        if (VERB_START.test(name)) continue;
        // 形象工程, 面子工程: a reproach, not a project; …资金项目: a kind of funding
        if (PEJORATIVE.test(modifier) || /资金$/.test(modifier)) continue;
        const begin = end - name.length;
        if (ctx.inNoise(begin, end)) continue;
        const clause = clauseAround(s.text, begin - s.start, end - s.start);
        const investment = investmentIn(clause);
        out.push({
          type: 'project',
          name,
          surface: name,
          doc: report.id,
          sentence: s.index,
          start: begin,
          end,
          phase: s.phase,
          status: statusOf(clause, s.phase),
          ...(investment !== undefined ? { investment } : {}),
        });
      }
    }
    return out;
  },
};

/** The clause (between ，；。) holding [start, end) of a sentence. */
function clauseAround(text: string, start: number, end: number): string {
  const left = Math.max(...['，', '；', ',', ';', '。'].map((p) => text.lastIndexOf(p, start - 1))) + 1;
  const rights = ['，', '；', ',', ';', '。'].map((p) => text.indexOf(p, end)).filter((i) => i >= 0);
  return text.slice(left, rights.length ? Math.min(...rights) : text.length);
}

function investmentIn(clause: string): number | undefined {
  for (const m of clause.matchAll(MONEY)) {
    // an amount the clause invests (投资5亿元), not a revenue or a subsidy elsewhere in it
    if (/投资|总投资|投入|估算/.test(clause.slice(Math.max(0, m.index - 6), m.index))) return parseMoney(m[0]);
  }
  return undefined;
}

function statusOf(clause: string, phase: string): ProjectStatus {
  if (phase === 'plan') return ONGOING.test(clause) && !/开工建设|启动|谋划|新建/.test(clause) ? 'ongoing' : 'planned';
  if (DONE.test(clause)) return 'done';
  return ONGOING.test(clause) ? 'ongoing' : 'done';
}
