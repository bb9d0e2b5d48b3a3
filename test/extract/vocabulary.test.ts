// Themes and industries: vocabulary hits and X产业 names, on sentences from the seed reports.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/run.js';
import { themes } from '../../src/extract/theme.js';
import { industries, listedIndustries } from '../../src/extract/industry.js';
import type { Recognizer } from '../../src/extract/index.js';
import { reportOf } from '../fixtures/report.js';
import industryData from '../../src/lexicon/industries.json' with { type: 'json' };
import themeData from '../../src/lexicon/themes.json' with { type: 'json' };

const found = (text: string, recognizers: Recognizer[] = [industries, listedIndustries]) =>
  [...new Set(extract(reportOf(text, { region: '浑源县' }), recognizers).map((m) => m.name))].sort();

describe('the industry and theme vocabularies', () => {
  it('give each spelling to one entry only (a second claim would be dead data: the first entry wins)', () => {
    for (const entries of [industryData.industries, themeData.themes] as { name: string; synonyms: string[] }[][]) {
      const owner = new Map<string, string>();
      const twice: string[] = [];
      for (const e of entries)
        for (const s of [e.name, ...e.synonyms]) {
          if (owner.has(s) && owner.get(s) !== e.name) twice.push(`${s}: ${owner.get(s)}, ${e.name}`);
          if (!owner.has(s)) owner.set(s, e.name);
        }
      expect(twice).toEqual([]);
    }
  });
});

describe('industries', () => {
  it('names a sector of the vocabulary before 产业 by the vocabulary, not by the last words before 产业 (sentences written for the test)', () => {
    expect(found('新一代信息技术产业增速居全省首位，高端装备制造产业和包装印刷产业加快集聚。')).toEqual(
      ['新一代信息技术', '高端装备制造', '包装印刷'].sort(),
    );
  });

  it('keeps a synonym as the spelling the report wrote, under the sector’s name (a sentence written for the test)', () => {
    const ms = extract(reportOf('繁荣夜间经济，发展夜经济和动力电池。', { region: '浑源县' }), [industries]);
    expect(ms.map((m) => [m.name, m.aliases ?? []])).toEqual([
      ['夜经济', ['夜间经济']],
      ['夜经济', []],
      ['锂电', ['动力电池']],
    ]);
  });

  it('names sectors from the vocabulary and from X产业 (seed 000, 产业)', () => {
    expect(found('做大做强岩基材料产业，发展黄芪、沙棘等特色农业。')).toEqual(['岩基材料', '沙棘', '特色农业', '黄芪']);
  });

  it('names the sectors of the national classifications (strategic emerging industries 2018, GB/T 4754-2017; sentences written for the test)', () => {
    expect(
      found(
        '培育集成电路、新型显示器件、电子元器件、人工智能、软件和信息技术服务、云计算、物联网、航空装备、轨道交通装备、海洋工程装备。',
      ),
    ).toEqual(
      [
        '集成电路',
        '新型显示',
        '电子元器件',
        '人工智能',
        '软件和信息技术服务',
        '云计算',
        '物联网',
        '航空航天',
        '轨道交通装备',
        '海洋工程装备',
      ].sort(),
    );
    expect(found('壮大稀土功能材料、动力电池、医疗装备、核电、智能电网、数字创意。')).toEqual(
      ['稀土', '锂电', '医疗器械', '核电', '智能电网', '数字创意'].sort(),
    );
    expect(found('改造造纸、木材加工、有色金属、金属制品、电气机械、仪器仪表、制鞋、塑料制品和纺织服装企业。')).toEqual(
      ['造纸', '木材加工', '有色金属', '金属制品', '电气机械', '仪器仪表', '制鞋', '塑料制品', '纺织'].sort(),
    );
  });

  it('names the crops and manufactures GB/T 4754-2017 classes by their usual names (sentences written for the test)', () => {
    expect(found('扩大优质稻和马铃薯种植，稳定棉花、甘蔗、烤烟面积，做优柑桔、葡萄和茶叶。')).toEqual(
      ['水稻', '马铃薯', '棉花', '甘蔗', '烟叶', '柑橘', '葡萄', '茶叶'].sort(),
    );
    // 茶 alone is too short for X产业: the vocabulary names its industry
    expect(found('推动茶产业提质增效。')).toEqual(['茶叶']);
    expect(found('壮大船舶修造、轴承和电机产业。')).toEqual(['船舶', '电机', '轴承'].sort());
    // (非煤矿山 are the mines other than coal's: no coal sector)
    expect(found('关停非煤矿山5座，整治非煤矿山12处。')).toEqual([]);
    expect(found('种植花卉3000亩，发展花生、甘薯和猕猴桃，壮大玻纤产业。')).toEqual(
      ['花卉', '花生', '红薯', '猕猴桃', '玻璃纤维'].sort(),
    );
  });

  it('names the economies a region grows as sectors (four named by national documents, 总部经济 and 楼宇经济 by their use), 低空经济 apart from 通用航空 (sentences written for the test)', () => {
    expect(found('培育低空经济、海洋经济、林下经济和平台经济，做强总部经济和楼宇经济。')).toEqual(
      ['低空经济', '海洋经济', '林下经济', '平台经济', '总部经济', '楼宇经济'].sort(),
    );
    expect(found('发展通用航空，抢占低空经济新赛道。')).toEqual(['低空经济', '通用航空']);
  });

  it('drops generic qualifiers and introducing verbs', () => {
    expect(found('壮大主导产业，培育战略性新兴产业，承接产业转移。')).toEqual([]);
    expect(found('支持省级光伏产业链链主企业发展。')).toEqual(['光伏']);
  });

  it('starts a name after the verbs before it, and takes no place, plan or kind for one (seeds 001-004)', () => {
    expect(found('改造提升能源产业，发展过多依赖煤炭产业，打造低碳硅芯全产业链。')).toEqual([
      '低碳硅芯',
      '煤炭',
      '能源',
    ]);
    expect(found('高标准编制全县文旅产业发展规划。')).toEqual(['文化旅游']);
    expect(found('积极承接长三角、粤港澳大湾区产业梯度转移，整合市产业技术研究院。')).toEqual([]);
    expect(found('合理布局县域经济十大优势产业，突出“人才+产业”导向，推进产业化。')).toEqual([]);
    // a count of industries and a town built for industry are neither (sentences written for the test)
    expect(found('六大产业稳步增长，某某产业新城加快建设。')).toEqual([]);
    expect(found('六大产业中，陶瓷产业增长最快。')).toEqual(['陶瓷']);
    // a place's industries in general, a kind (核心, 县域) and a place's counted ones are none either
    expect(found('这五年，平遥产业发展发生深刻变革，朔州市五大绿色产业规划出台。')).toEqual([]);
    // (nor a hundred of them: 百大产业链项目 are the projects of a hundred chains)
    expect(found('推动省百大项目和市百大产业链项目建设。')).toEqual([]);
    // what is given for industries (以X换产业) is no sector (sentences written for the test)
    expect(found('坚持以资源换产业，以市场换产业，做强铝精深加工产业。')).toEqual(['铝精深加工']);
    // (数字经济 is the vocabulary's sector, not 数字经济核心)
    expect(found('全县数字经济核心产业规模扩大，跻身山西县域产业竞争力前列。')).toEqual(['数字经济']);
  });

  it('trims the verbs that lead to a sector, however many stand before it (rules.json industryLeadWords; sentences written for the test)', () => {
    expect(found('坚持以市场换取产业，锚定培育壮大新材料产业。')).toEqual(['新材料']);
    expect(found('依托资源优势延伸煤化工产业链，提质提档文旅康养产业。')).toEqual(['文旅康养', '煤化工']);
  });

  it('takes no designation, type, enumeration, round of policy, zone or size for an industry (sentences written for the test)', () => {
    // a designation's name: national, or a province's
    expect(found('获批国家新型工业化产业示范基地，入选河南省重点成长型产业集群。')).toEqual([]);
    // a type (创新型), an enumeration (二是), a round of policy (新一轮), an industrial zone (产业区)
    expect(found('突出创新型产业主攻方向。二是产业结构不断优化，出台新一轮产业扶持政策，建设皮杨中心产业区。')).toEqual(
      [],
    );
    // (a round is 一轮, not any 轮: 轮胎 is a sector)
    expect(found('壮大轮胎产业。')).toEqual(['轮胎']);
    // the firms above a size are counted, the kind after 规上 is no sector of its own (高新技术 is generic)
    expect(found('规上高新技术产业增加值增长8%，规上陶瓷产业产值增长5%。')).toEqual(['陶瓷']);
    // a rank the sector aims at is no part of its name
    expect(found('打造世界级石化产业基地。')).toEqual(['石化']);
  });

  it('takes no zone, project, cooperation, aid or revival done through industry for a sector (sentences written for the test)', () => {
    // what follows 产业 is what is done through industry or where: the words before it name no sector
    expect(found('创新实施东山湖产业集聚区封闭开发，工业项目占全县产业项目六成。')).toEqual([]);
    expect(found('入列川渝地区双城经济圈产业合作示范园区，实施白马产业扶贫孵化基地、北山产业帮扶车间。')).toEqual([]);
    // (a cluster's effect is the sector's: 吉他产业集聚效应)
    expect(found('吉他产业集聚效应初显。')).toEqual(['吉他']);
  });

  it('takes no lead verb, word that points back or kind to phase out for an industry (sentences written for the test)', () => {
    expect(found('（一）聚力建设现代化产业体系。抓实产业发展。推进低效能产业调整升级。')).toEqual([]);
    // a page that lost its punctuation: 这一主线|产业实力
    expect(found('坚持高质量发展这一主线产业实力稳步提升')).toEqual([]);
    expect(found('坚持绿色产业和高品质产业并举，聚力发展陶瓷产业。')).toEqual(['陶瓷']);
    // the lead verb after a verb the name starts behind (面对|建设|现代化产业体系) is no part of it either
    expect(found('面对建设现代化产业体系的使命，我们迎难而上。')).toEqual([]);
    expect(found('面对发展陶瓷产业的机遇。')).toEqual(['陶瓷']);
    // a verb of help before 产业 (助力, 赋能, 促进) and a quality of industries in general (战略性, 支撑性) name none
    expect(found('出台助力产业发展的政策，赋能产业升级，促进产业融合。')).toEqual([]);
    expect(found('入选全省战略性产业集群，壮大支撑性产业，助力陶瓷产业提质。')).toEqual(['陶瓷']);
  });

  it('names the sectors a report lists before 等…产业, or the vocabulary sector an item holds (sentences written for the test)', () => {
    expect(found('培育健康医药、先进装备制造、新材料等新兴产业。')).toEqual(['健康医药', '装备制造', '新材料'].sort());
    expect(found('做优藏香猪、牦牛、青稞等农业产业。')).toEqual(['牦牛', '藏香猪', '青稞'].sort());
    // a count of chains (三条) says what the items are, as a count of projects does
    expect(found('壮大农机装备、户外用品、竹木加工等三条重点产业链。')).toEqual(
      ['农机装备', '户外用品', '竹木加工'].sort(),
    );
    // an item with the vocabulary's sectors in it is theirs (冶金铸造: 冶金 and 铸造)
    expect(found('改造冶金铸造、船舶修造等传统产业。')).toEqual(['冶金', '船舶', '铸造'].sort());
  });

  it('takes no list before 等…产业 whose words say the items are something else, and no carbon level for a sector (sentences written for the test)', () => {
    // factors that flow to industry, parks for it
    expect(found('推动资金、人才等要素向产业集聚，建成众创、孵化等产业园。')).toEqual([]);
    // 零碳, 低碳, 负碳 qualify industries
    expect(found('因地制宜发展零碳、低碳、负碳等新兴产业，壮大低碳产业。')).toEqual([]);
  });

  it('takes no name with a quote mark in it (a numbered system with a stray closing quote, sentences written for the test)', () => {
    expect(found('构建“2+3’林果产业体系，做强‘苹果’产业。')).toEqual(['苹果']);
  });

  it('takes no field the government guards or regulates for the sector (sentences written for the test)', () => {
    // institutions, risks, security, a market, supply: 金融, 粮食 and 房地产 as fields, not sectors developed
    expect(found('引导金融机构加大信贷投放，防范化解金融风险，守牢粮食安全底线，促进房地产市场平稳健康发展。')).toEqual(
      [],
    );
    // the sector itself, and its output
    expect(found('发展现代金融，煤炭产量达到1200万吨。')).toEqual(['煤炭', '金融']);
  });

  it('takes 金融 alone as a field of policy, 金融业 and 现代金融 as the sector (sentences written for the test)', () => {
    // what a report supports, reforms, links and guards against
    expect(found('争取政策性金融支持，深化财税金融改革，强化财政金融联动，防范化解金融、债务等领域风险。')).toEqual([]);
    // the sector by its own words, by 产业, or listed among sectors
    expect(found('金融业增加值增长6%，发展金融服务业。')).toEqual(['金融']);
    expect(found('壮大金融产业。')).toEqual(['金融']);
    expect(found('发展金融、物流等产业。')).toEqual(['现代物流', '金融']);
  });

  it('takes no tool the government works with for the sector (sentences written for the test)', () => {
    // analysis, checks, a database, instruments, loans
    expect(found('运用大数据分析开展排查，建成居民健康大数据库，用好政策性金融工具，发放金融贷款3亿元。')).toEqual([]);
    // the sector itself
    expect(found('培育大数据产业，发展普惠金融。')).toEqual(['大数据', '金融']);
  });

  it('takes no spelling of a sector that ends another word (sentences written for the test)', () => {
    // 绿化|工程, 一体化|工作; the farm sector's total (农林牧渔业) is no fishing sector
    expect(found('实施道路绿化工程，推进城乡一体化工作，农林牧渔业总产值增长4%。')).toEqual([]);
    expect(found('发展精细化工，壮大渔业，建设化工园区。')).toEqual(['化工', '渔业']);
  });

  it('maps a place-qualified industry to the sector (怀仁陶瓷产业 -> 陶瓷, seed 001)', () => {
    expect(found('推动怀仁陶瓷产业转型升级。')).toEqual(['陶瓷']);
  });

  it('gives exact offsets', () => {
    const report = reportOf('发展蛋鸡产业和板栗产业。');
    for (const m of extract(report, [industries])) expect(report.text.slice(m.start, m.end)).toBe(m.surface);
  });
});

describe('themes', () => {
  it('keeps themes named twice or in a heading, under their head term', () => {
    const text = '（三）全面推进乡村振兴\n持续巩固拓展脱贫攻坚成果。防止返贫，推动营商环境持续优化。';
    expect(found(text, [themes])).toEqual(['乡村振兴', '巩固拓展脱贫攻坚成果']);
  });
});
