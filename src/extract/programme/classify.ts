// Decides what a quoted term is — a programme, a slogan, or rhetoric — from its form and the
// words around it, and gives it its canonical name. Work reports put programmes, slogans and
// plain emphasis all in the same “…” quotes, so the context has to tell them apart.
import { lookupProgramme } from './lexicon.js';

export interface Classified {
  type: 'programme' | 'slogan';
  name: string;
  aliases: string[];
  canonical: boolean;
}

/** Generic words that stand outside the quotes and are not part of the name (“X”改革 -> X). */
export const GENERIC_AFTER = [
  '专项治理行动',
  '专项整治行动',
  '专项行动',
  '专项治理',
  '专项整治',
  '攻坚行动',
  '行动计划',
  '行动',
  '工程',
  '改革',
  '制度',
  '机制',
  '经验',
  '工作法',
  '工作机制',
  '试点',
  '活动',
  '模式',
  '理念',
  '服务体系',
  '服务品牌',
  '政务服务品牌',
  '服务',
  '政策',
  '战略',
  '要求',
  '部署',
  '部署要求',
  '体系',
  '品牌',
  '平台',
  '督办平台',
  '攻坚战',
  '综合治理',
  '工作',
  '创建',
  '创建活动',
  '建设',
  '问题',
  '精神',
  '工作思路',
  '发展思路',
  '发展战略',
  '战略目标',
  '目标',
  '格局',
  '思路',
  '行动计划',
  '机制',
  '方案',
];
const GENERIC_SORTED = [...new Set(GENERIC_AFTER)].sort((a, b) => b.length - a.length);

/** Words after the quotes that make a region's own line a slogan rather than a programme. */
const SLOGAN_AFTER =
  /^(工作思路|发展思路|发展战略|战略目标|战略|部署要求|部署|目标|格局|品牌|政务服务品牌|服务品牌|区域公共品牌|精神|城市品牌|发展定位|定位)/;

/** Verbs before the quotes that introduce a programme (推进“…”, 深化“…”, 实施“…”). */
const PROGRAMME_BEFORE =
  /(实施|推进|深化|开展|落实|推行|坚持|践行|学习|推广|运用|创建|用好|实行|执行|探索|构建|建立|完善|发展|治理|巩固|纵深|持续|深入|严格|启动|获评|入选|纳入|融入)$/;

/** Heads that end programme names (…工程, …长制, …示范区, …工作法). */
const PROGRAMME_HEAD =
  /(工程|行动|经验|长制|制|工作法|法|改革|试点|示范区|示范县|示范村|示范市|模式|机制|板|谷|圈|工作室|明白人|农村路|革命|计划|平台|基地|服务|战略|攻坚战|集聚区|生活圈|一批|一体|联动|双控|同责|普查|督察|顾问|法官|辅警|城市)$/;

/** A numbered bundle: 三个一批, 两不一欠, 四好农村路, 双减, 五个坚持、三个责任. */
const NUMBERED =
  /^([一二三四五六七八九十两双百千万]+(个|大|条|项|化|不|好|下|零|风|全|办|区|敢|减|约|必|改|线|单|网|件|篇|类|创|有|无|治)|[一二三四五六七八九十两双][^一二三四五六七八九十两双]{1,3}[一二三四五六七八九十两双])/;
/** Nouns of a region's own numbered structures (六大基地, 四条全产业链, 三大中心, 四大板块). */
const LOCAL_STRUCTURE = /(基地|产业链|平台|中心|板块|集群|园区|片区|组团|走廊|高地)$/;
const ALL_NUMERALS = /^[一二三四五六七八九十百千万两\d.]+$/;

/** Quoted rhetoric that is never an entity: emphasis, metaphors, periods, bad practices. */
const RHETORIC = new Set([
  '最后一公里',
  '最先一公里',
  '老大难',
  '金光大道',
  '组合拳',
  '升级版',
  '加速度',
  '走出去',
  '引进来',
  '钱袋子',
  '大盘子',
  '后半篇',
  '后半篇文章',
  '绣花',
  '一站式',
  '三公',
  '非农化',
  '非粮化',
  '形象工程',
  '面子工程',
  '半拉子工程',
  '新形象工程',
  '政绩工程',
  '回头看',
  '三农',
  '舌尖上的安全',
  '时时放心不下',
  '淡季不淡',
  '双提升',
  '牛鼻子',
  '硬骨头',
  '先手棋',
  '突破口',
  '主战场',
  '压舱石',
  '定盘星',
  '顶梁柱',
  '助推器',
  '蓄水池',
  '快车道',
  '新赛道',
  '关键一招',
  '头号工程',
  '一把手',
  '一盘棋',
  '一张网',
  '一张图',
  '一张蓝图',
  '放心不下',
  '等靠要',
  '躺平',
  '四季歌',
  '快进慢游',
  '四梁八柱',
  '争先进位',
  '争先进位',
  '比学赶超',
  '真抓实干',
  '宜居',
  '宜业',
  '宜游',
  '和美',
  '潮品',
  '智慧大脑',
  '蓝天常驻',
  '碧水长流',
  '黄土复净',
  '青山绿水',
  '绿水青山',
  '金山银山',
  '一水多用',
  '农文旅',
  '稳',
  '进',
  '绿',
  '美',
  '新',
  '好',
  '快',
  '实',
  '干',
  '难',
  '堵',
  '痛',
  '急',
  '盼',
  '卡脖子',
  '肠梗阻',
  '中梗阻',
  '天花板',
  '试验田',
  '排头兵',
  '桥头堡',
  '领头雁',
  '火车头',
  '主引擎',
  '强引擎',
  '新引擎',
  '两张皮',
  '一刀切',
  '层层加码',
  '跑冒滴漏',
  '不作为',
  '慢作为',
  '乱作为',
  '庸懒散',
  '推拖绕',
  '怕慢假庸散',
]);

/** Five-year plans and years are periods, not programmes. */
const PERIOD = /^(十[一二三四五六七八九]五|[一二三四五六七八九十]+五|(19|20)\d\d年?)$/;

export interface QuoteContext {
  inner: string;
  /** Quotes inside a glossary definition are mostly citations; they need stronger evidence. */
  inDefinition?: boolean;
  before: string;
  after: string;
  /** Short forms of the issuing region's name (浑源, 稷山) — their presence marks a slogan. */
  regionNames: readonly string[];
}

/** The generic word right after the quotes, if any. */
export function genericAfter(after: string): string | undefined {
  // “A”“B”双试点, “…”四大试点项目: a count may stand between the quotes and the generic word
  const counted = after.match(/^[一二三四五六七八九十两双]?[个大项]?/)![0];
  const rest = after.slice(counted.length);
  const g = GENERIC_SORTED.find((w) => rest.startsWith(w));
  return g && counted + g;
}

/** The lexicon entry named by the quotes, alone or with the words that follow (“三北”防护林). */
function lexicalMatch(core: string, after: string) {
  for (let k = 0; k <= Math.min(6, after.length); k++) {
    const entry = lookupProgramme(core + after.slice(0, k));
    if (entry) return entry;
  }
  return undefined;
}

export function classifyQuoted({ inner, before, after, regionNames, inDefinition }: QuoteContext): Classified | null {
  const core = inner.trim();
  if (core.length < 2 || core.length > 40) return null;
  if (/[。！？!?；;：:]/.test(core)) return null;
  const suffix = genericAfter(after);
  const lexical = lexicalMatch(core, after);
  if (lexical)
    return { type: 'programme', name: lexical.name, aliases: aliasesOf(core, suffix, lexical.name), canonical: true };
  if (RHETORIC.has(core) || PERIOD.test(core)) return null;
  // Quoted speech (particles) and named problems (停车难, 看病难) are not programmes.
  if (/[了吗呢吧]|我们/.test(core) || (/难$/.test(core) && core.length <= 4)) return null;

  // “1185”工作思路 -> 1185工作思路: a bare number is only a name with its noun.
  if (/^[\d×xX+]+$/.test(core)) {
    const noun = after.match(/^[\u4e00-\u9fa5]{0,4}?(工作思路|发展思路|思路|战略|平台|体系|模式|目标)/)?.[0];
    if (!noun) return null;
    const slogan = SLOGAN_AFTER.test(noun) || /思路|目标/.test(noun);
    return { type: slogan ? 'slogan' : 'programme', name: core + noun, aliases: [core], canonical: false };
  }
  if (ALL_NUMERALS.test(core)) return null;
  const clauses = core.split(/[、，,·]/);
  const parallel = clauses.length > 1;
  // A long quote without parallel clauses is a quoted instruction, not a name.
  if (core.length > 12 && !parallel && !/[+＋×]/.test(core)) return null;

  // “A”“B”专项行动, “A”“B”等服务: the word after the last quote of a run names them all
  const afterRun = after.replace(/^(?:[、，,和及与]?“[^“”]{1,20}”)*等?/, '');
  const runSuffix = suffix ?? genericAfter(afterRun);
  let score = 0;
  if (runSuffix) score += 2;
  if (NUMBERED.test(core) && core.length >= 2) score += 2;
  if (PROGRAMME_HEAD.test(core)) score += 2;
  if (/[+＋×]/.test(core)) score += 3;
  if (PROGRAMME_BEFORE.test(before)) score += 1;
  if (parallel) score += clauses.every((c) => c.length >= 3) ? 2 : 1;
  const ownRegion = regionNames.some((r) => r.length >= 2 && core.includes(r));
  if (ownRegion) score += 2;
  if (SLOGAN_AFTER.test(after)) score += 2;
  if (score < (inDefinition ? 3 : 2)) return null;
  // Quoted speech: parallel clauses too long to be a slogan's beats.
  if (parallel && clauses.some((c) => c.length > 8)) return null;

  // A programme word after the quotes (or their run) makes parallel beats a programme
  // (“绿色减污降碳、能源合同管理、…”四大试点项目) and outweighs the region's name inside them
  // (“百名院士稷山行”“运才兴运”专项行动).
  const named = runSuffix !== undefined && /(试点|工程|行动|改革|经验|活动|工作法|制度|服务)$/.test(runSuffix);
  // 六大基地, 四条全产业链, 三大中心: a region's own numbered structures, not a shared programme
  const ownStructures = /^[一二三四五六七八九十两]+[大条个]/.test(core) && LOCAL_STRUCTURE.test(core) && !named;
  const slogan =
    SLOGAN_AFTER.test(afterRun) ||
    ownStructures ||
    (ownRegion && !named) ||
    (parallel && !named && !NUMBERED.test(core) && !PROGRAMME_HEAD.test(core));
  return {
    type: slogan ? 'slogan' : 'programme',
    name: core,
    aliases: aliasesOf(core, suffix, core),
    canonical: false,
  };
}

function aliasesOf(core: string, suffix: string | undefined, name: string): string[] {
  const out = new Set<string>();
  if (core !== name) out.add(core);
  // “X”改革 is also known as X改革 — an alias that links unquoted spellings elsewhere.
  if (suffix) suffix = suffix.replace(/^[一二三四五六七八九十两双]?[个大项]?/, '');
  if (suffix && !/^(工作|建设|问题|要求|部署|创建|服务|体系|平台|目标|格局|思路|精神)$/.test(suffix))
    out.add(core + suffix);
  out.delete(name);
  return [...out];
}
