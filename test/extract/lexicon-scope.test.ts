// How the programme lexicon applies in running text: unquoted only what looks like a name, a
// province's short labels only in that province, levels and provinces before a name dropped.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/run.js';
import { lexiconProgrammes, quotedProgrammes } from '../../src/extract/programme/index.js';
import { lookupProgramme } from '../../src/extract/programme/lexicon.js';
import { themes } from '../../src/extract/theme.js';
import { industries } from '../../src/extract/industry.js';
import { reportOf } from '../fixtures/report.js';

function named(text: string, province = '河南省'): string[] {
  const report = reportOf(text, { region: '某县' });
  report.region = { name: '某县', level: 'county', province };
  return extract(report, [quotedProgrammes, lexiconProgrammes]).map((m) => `${m.type}:${m.name}`);
}

describe('lexicon terms in running text', () => {
  it('counts an unquoted spelling that looks like a name by its form', () => {
    expect(named('全面推行河湖长制，深化放管服改革。')).toEqual(['programme:河湖长制', 'programme:放管服改革']);
  });

  it('counts the programmes of a list that shares the last one’s head (蓝天、碧水、净土保卫战)', () => {
    expect(named('坚决打好蓝天、碧水、净土保卫战。')).toEqual([
      'programme:蓝天保卫战',
      'programme:碧水保卫战',
      'programme:净土保卫战',
    ]);
    // 河长制 and 湖长制 are both spellings of the lexicon's 河湖长制
    expect(named('全面推行河长、湖长、林长制。')).toEqual([
      'programme:河湖长制',
      'programme:河湖长制',
      'programme:林长制',
    ]);
    // an item that makes no programme with the head ends the list
    expect(named('推进治污、净土保卫战。')).toEqual(['programme:净土保卫战']);
  });

  it('counts a campaign of study or of special rectification unquoted, though 教育 ends fields', () => {
    expect(named('扎实开展党纪学习教育，巩固拓展主题教育成果。')).toEqual([
      'programme:党纪学习教育',
      'programme:主题教育',
    ]);
    expect(named('深入开展城镇燃气安全专项整治。')).toEqual(['programme:城镇燃气安全专项整治']);
    // the words after a quoted name the lexicon knows whole are that name's (its 2019 campaign), no
    // campaign of their own
    expect(named('巩固“不忘初心、牢记使命”主题教育成果。')).toEqual(['programme:不忘初心、牢记使命主题教育']);
    // a field of education the lexicon does not name as a campaign is still no name
    expect(named('加强爱国主义教育。')).toEqual([]);
  });

  it('knows the county of a model city title and the 修复 spelling of the ecosystem programme', () => {
    expect(named('成功创建全国双拥模范县。')).toEqual(['programme:双拥模范城']);
    expect(named('实施山水林田湖草沙一体化保护和修复项目3个。')).toEqual([
      'programme:山水林田湖草沙一体化保护和系统治理',
    ]);
  });

  it('reads a national census with its ordinal moved as the lexicon writes it', () => {
    expect(named('全面完成全国土壤第三次普查外业调查。')).toEqual(['programme:第三次全国土壤普查']);
    expect(named('认真开展全国第四次文物普查。')).toEqual(['programme:全国文物普查']);
    // a census the lexicon does not know is no programme
    expect(named('开展全国第一次水产养殖普查。')).toEqual([]);
  });

  it('reads the plans of the Greater Bay Area’s platforms by their short titles (《南沙方案》, 横琴方案)', () => {
    expect(named('全力落实《南沙方案》，对接横琴方案和前海方案。', '广东省')).toEqual([
      'programme:南沙方案',
      'programme:横琴方案',
      'programme:前海方案',
    ]);
  });

  it('reads the mountains-and-rivers restoration programme by its short name (山水工程)', () => {
    expect(named('入选全国山水工程典型案例，生态修复成效明显。')).toEqual([
      'programme:山水林田湖草沙一体化保护和系统治理',
    ]);
  });

  it('reads the national green building materials campaign (绿色建材下乡)', () => {
    expect(named('承办绿色建材下乡活动，带动建材消费。')).toEqual(['programme:绿色建材下乡']);
  });

  it('reads the economic census by its short form, quoted or not (五经普, 四经普)', () => {
    expect(named('确保“五经普”数据应统尽统，单位数较“四经普”增长两成。')).toEqual([
      'programme:全国经济普查',
      'programme:全国经济普查',
    ]);
    expect(named('扎实做好五经普各项工作。')).toEqual(['programme:全国经济普查']);
  });

  it('does not count the plain name of a policy field unquoted, but does in quotes', () => {
    expect(named('完成老旧小区改造12个，建设高标准农田3万亩。')).toEqual([]);
    expect(named('实施“老旧小区改造”。')).toEqual(['programme:老旧小区改造']);
    // a relocation is a programme's act, not a field's: 易地扶贫搬迁 counts as written
    expect(named('完成易地扶贫搬迁1200户。')).toEqual(['programme:易地扶贫搬迁']);
    // nor is a clean-up's: the lexicon's …整治 are campaigns (大棚房问题专项清理整治, 农村人居环境整治)
    expect(named('深化大棚房问题专项清理整治。')).toEqual(['programme:大棚房问题专项清理整治']);
    // nor is help to a designated partner: 定点帮扶 (定点扶贫 before 2021) counts as written
    expect(named('做好中央单位定点扶贫，深化定点帮扶。')).toEqual(['programme:定点帮扶', 'programme:定点帮扶']);
  });

  it('leaves out central political formulas, quoted or not', () => {
    expect(named('深刻领悟“两个确立”，完整准确全面贯彻新发展理念。')).toEqual([]);
    expect(named('为实现“两个一百年”奋斗目标不懈奋斗，向两个一百年奋斗目标迈进。')).toEqual([]);
    // (held to as a philosophy too: a formula, not the region's own 理念)
    expect(named('我们始终秉持“人民至上、生命至上”理念，坚持人民至上、生命至上。')).toEqual([]);
  });

  it("reads a province's short numbered label only in that province", () => {
    expect(lookupProgramme('六新', '山西省')?.province).toBe('山西');
    expect(lookupProgramme('六新', '浙江省')).toBeUndefined();
    // and so is the label with a generic word after it (Shaanxi's 三个年, its campaigns of three years)
    expect(lookupProgramme('三个年活动', '陕西省')?.name).toBe('三个年');
    expect(lookupProgramme('三个年活动', '广西壮族自治区')).toBeUndefined();
    expect(named('大力开展“三个年活动”。', '广西壮族自治区')).toEqual(['slogan:三个年活动']);
    // a longer provincial name means the same thing anywhere
    expect(lookupProgramme('最多跑一次', '山西省')?.province).toBe('浙江');
  });

  it('reads a short label in every province a public document says runs it (双招双引: Shandong and Anhui; sentences written for the test)', () => {
    expect(named('一批双招双引重大项目落地。', '安徽省')).toEqual(['programme:双招双引']);
    expect(named('一批双招双引重大项目落地。', '山东省')).toEqual(['programme:双招双引']);
    expect(named('一批双招双引重大项目落地。', '湖南省')).toEqual([]);
  });

  it('drops a level or a province before the name and keeps the full form as an alias', () => {
    const report = reportOf('两个村入选“河南省乡村振兴示范村”。', { region: '某县' });
    const [m] = extract(report, [quotedProgrammes]);
    expect(m?.name).toBe('乡村振兴示范村');
    expect(m?.aliases).toContain('河南省乡村振兴示范村');
  });
});

describe('a field is not the campaign named after it', () => {
  it('takes 农村人居环境整治, quoted or not, and the full name for the campaign', () => {
    expect(named('深入开展农村人居环境整治，改造农村户厕。')).toEqual(['programme:农村人居环境整治提升行动']);
    expect(named('实施农村人居环境整治提升行动。')).toEqual(['programme:农村人居环境整治提升行动']);
    expect(named('推进“农村人居环境整治”。')).toEqual(['programme:农村人居环境整治提升行动']);
  });
});

describe('a lexicon programme named as a theme is', () => {
  const all = (text: string) =>
    extract(reportOf(text, { region: '某县' }), [lexiconProgrammes, themes, industries]).map(
      (m) => `${m.type}:${m.name}`,
    );

  // (a theme counts where the report names it twice)
  it('is both where the sentence names the programme (双碳工作), the theme alone elsewhere', () => {
    expect(all('持续做好双碳工作。稳妥推进碳达峰。')).toEqual(['programme:双碳', 'theme:双碳', 'theme:双碳']);
    expect(all('稳妥推进双碳，有序推进碳达峰。')).toEqual(['theme:双碳', 'theme:双碳']);
  });

  it('leaves an industry’s term to the industry (a theme yields, a sector does not)', () => {
    // 新能源 is a sector; nothing the lexicon names as a programme is one, so nothing else is kept
    expect(all('发展新能源产业。').filter((m) => m.startsWith('programme'))).toEqual([]);
  });
});
