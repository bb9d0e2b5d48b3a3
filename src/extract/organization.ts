// Recognizer: organizations — companies, universities, labs, institutes, hospitals and media —
// by the word that ends their names (…有限公司, …大学, …实验室), with the left edge on jieba's
// words; generic ones (龙头企业, 规上企业) are not names.
import type { Mention, Recognizer } from './index.js';
import { leftEdge } from './left-edge.js';

const HEAD =
  /(股份有限公司|有限责任公司|有限公司|公司|集团|职业技术学院|学院|大学|师专|重点实验室|实验室|工程技术中心|工程研究中心|研究院|研究所|医院|卫生院|电视总台|合作社)/g;

/** Modifiers that make a generic noun phrase, not a name. */
const GENERIC =
  /^(龙头|规上|规模以上|骨干|重点|相关|各类|民营|国有|中小|小微|新增|县级|市级|省级|国家级|全国|本地|一批|多家|家|个|所|该|其|我县|我市|县|市|乡镇|村|新型研发|高校|科研|企业|公司|人民|中心|中医|妇幼|职业|高等|综合|专科|乡镇卫生|县人民|市人民|社区|三甲|二甲|二甲综合|县级综合|市级综合|县级公立|三级|二级|公立|市县|县乡|电子商务|贸易|科技|实业|投资|发展|建设|商贸|物流|平台|国有企业|省属|央企|上市|股份|该|分|子|总)$/;
const LEAD =
  /^(主动|积极|协调|帮助|服务|督促|指导|提升|整合|筹建|创建|改造|扩建|迁建|打造|培育|和|同|及|联合|依托|引进|引导|支持|推动|加快|建设|成立|组建|设立|新建|建成|入驻|落地|签约|对接|携手|牵手|联合|共建|获批|获评|认定|评为|被|为|由|在|以|让|使|向|对|和)+/;

/** A company named by the project it runs: 永东化工|总投资5亿元…, 梅山湖|年产3万吨…, 华能|2×100万千瓦… */
const OWNER = /(总投资|年产|年处理|\d+(?:\.\d+)?(?:×\d+)?(?:万吨|吨|MW|GW|万千瓦|千瓦|万头|万只))/g;
const NOT_OWNER =
  /([县市区镇乡村省]|年|新建|建设|实施|推进|项目|全年|累计|新增|产能|达到|完成|其中|共|总)$|^(年|全|新|我)/;

function projectOwners(ctx: Parameters<Recognizer['recognize']>[0]): Mention[] {
  const { report } = ctx;
  const out: Mention[] = [];
  for (const s of report.sentences) {
    if (!/项目|工程|基地|电站|厂/.test(s.text)) continue;
    const tokens = ctx.tokens(s.index);
    for (const m of s.text.matchAll(OWNER)) {
      const at = s.start + m.index;
      let start = leftEdge(tokens, at, at, { maxLength: 6 });
      if (start === undefined || start >= at) continue;
      let words = tokens.filter((t) => t.start >= start! && t.end <= at);
      // 华能山阴2×100万千瓦…: the place after the company is where, not who
      if (words.length > 1 && /^(年产|年处理)$/.test(words.at(-1)!.word)) words = words.slice(0, -1);
      if (words.length > 1 && words.at(-1)!.tag === 'ns') words = words.slice(0, -1);
      // a company name holds a word jieba does not know (永东, 金星, 梅山)
      if (!words.some((t) => /^(x|nz|nr|nrt|nt|j)$/.test(t.tag))) continue;
      start = words[0]!.start;
      const end = words.at(-1)!.end;
      const name = report.text.slice(start, end);
      if (name.length < 2 || name.length > 6 || NOT_OWNER.test(name) || /[\d,，、]/.test(name)) continue;
      if (ctx.inNoise(start, end)) continue;
      out.push({
        type: 'organization',
        name,
        surface: name,
        doc: report.id,
        sentence: s.index,
        start,
        end,
        phase: s.phase,
      });
    }
  }
  return out;
}

export const organizations: Recognizer = {
  id: 'organization.suffix',
  type: 'organization',
  recognize(ctx) {
    const { report } = ctx;
    const out: Mention[] = projectOwners(ctx);
    for (const s of report.sentences) {
      if (s.text.search(HEAD) < 0) continue;
      const tokens = ctx.tokens(s.index);
      for (const m of s.text.matchAll(HEAD)) {
        const headStart = s.start + m.index;
        const end = headStart + m[0].length;
        const start = leftEdge(tokens, headStart, end, { maxLength: 20, digits: false });
        if (start === undefined) continue;
        const name = report.text.slice(start, end).replace(LEAD, '');
        const modifier = name.slice(0, name.length - m[0].length);
        if (modifier.length < 2 || GENERIC.test(modifier) || /[、，,]/.test(name)) continue;
        const begin = end - name.length;
        if (ctx.inNoise(begin, end)) continue;
        out.push({
          type: 'organization',
          name,
          surface: name,
          doc: report.id,
          sentence: s.index,
          start: begin,
          end,
          phase: s.phase,
        });
      }
    }
    return out;
  },
};
