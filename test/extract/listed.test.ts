// Projects listed before 等…项目 and companies before 等…企业 (sentences written for the test).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/run.js';
import { investedProjects, listedOrganizations, listedProjects, listedRoads } from '../../src/extract/listed.js';
import { reportOf } from '../fixtures/report.js';
import { isProjectMention } from '../../src/extract/index.js';
import type { Recognizer } from '../../src/extract/index.js';

/** The mentions one of the list readers finds in a sentence of 某县's report. */
const read = (recognizer: Recognizer, text: string, phase: 'review' | 'plan' = 'review') =>
  extract(reportOf(text, { region: '某县', phase }), [recognizer]);
const listed = (text: string, phase: 'review' | 'plan' = 'review') => read(listedProjects, text, phase);
const names = (text: string) => listed(text).map((m) => m.name);

describe('projects named after the amount invested in them', () => {
  const invested = (text: string) =>
    read(investedProjects, text)
      .filter(isProjectMention)
      .map((m) => [m.name, m.investment]);

  it('names the words after 投资…元的 up to the next mark, with that amount (sentences written for the test)', () => {
    expect(invested('成功引进投资24亿元的金岭化工环氧树脂、投资2亿元的瑞川机械农机装备，经济稳步增长。')).toEqual([
      ['金岭化工环氧树脂', 2.4e9],
      ['瑞川机械农机装备', 2e8],
    ]);
    // a capacity names one too; the list's end (等项目) and the words of its status are not the name's
    expect(
      invested('泓达光电投资20亿元的320万吨低阶煤分级利用等项目；投资3亿元的凯鑫源锂电隔膜建设进展顺利。'),
    ).toEqual([
      ['320万吨低阶煤分级利用', 2e9],
      ['凯鑫源锂电隔膜', 3e8],
    ]);
  });

  it('leaves an item with a project’s head to the suffix recognizer, and words that run past one or name none', () => {
    // a head (水库, 项目), an item's own 等 (等静压), words that run on past a project, a kind of work
    expect(
      invested(
        '投资8亿元的恒山水库，投资5亿元的年产3万吨等静压石墨项目，投资24亿元的600MW储能项目以及科兴，投资1亿元的人居环境整治。',
      ),
    ).toEqual([]);
  });
});

describe('projects listed before 等…项目', () => {
  it('names each item of the list by its owner and what it makes, after the verb that introduces them', () => {
    expect(names('实施金岭化工10万吨环氧树脂、瑞川机械智能农机装备等32个重点产业项目。')).toEqual([
      '金岭化工10万吨环氧树脂',
      '瑞川机械智能农机装备',
    ]);
    expect(names('开工建设泓达光电车载显示模组、凯鑫源锂电隔膜等项目。')).toEqual([
      '泓达光电车载显示模组',
      '凯鑫源锂电隔膜',
    ]);
    // (the words that describe an item, up to 的, are not its name)
    expect(names('总投资30亿元的鸿泰新能源电池材料、明德医药原料药等一批项目落地。')).toEqual([
      '鸿泰新能源电池材料',
      '明德医药原料药',
    ]);
  });

  it('keeps a capacity at the name’s start and drops an amount before it', () => {
    expect(names('推进1.5亿元金岭化工环氧树脂、年产6万吨凯鑫源锂电隔膜等项目。')).toEqual([
      '金岭化工环氧树脂',
      '年产6万吨凯鑫源锂电隔膜',
    ]);
  });

  it('keeps a phase after an owner’s name and product, and leaves a work with its own head to the suffix recognizer (sentences written for the test)', () => {
    expect(names('金岭化工环氧树脂二期、凯鑫源锂电隔膜三期等8个项目开工。')).toEqual([
      '金岭化工环氧树脂二期',
      '凯鑫源锂电隔膜三期',
    ]);
    expect(names('东山水库二期、天保工程三期等8个项目开工。')).toEqual([]);
  });

  it('reads one item only with a count after 等 (等静压 is a word: no list)', () => {
    expect(names('年产3万吨等静压石墨项目开工，金岭化工环氧树脂等12个项目竣工。')).toEqual(['金岭化工环氧树脂']);
  });

  it('takes a network’s generation for no capacity (5G基站 is a kind of facility; sentences written for the test)', () => {
    expect(names('建成5G基站、千兆光网等项目，推进120万吨焦化、80万吨甲醇等项目。')).toEqual([
      '120万吨焦化',
      '80万吨甲醇',
    ]);
  });

  it('takes no kind of work and no source of funds as a project', () => {
    // a trade's products (光伏 is its abbreviation, no owner's name)
    expect(names('推进光伏电池、光伏组件等项目建设。')).toEqual([]);
    // a kind of work: no proper name and no capacity among its words
    expect(names('开工建设县城背街小巷雨污分流、城市管沟等项目。')).toEqual([]);
    // funds: 专项债, …等上级资金项目
    expect(names('争取超长期特别国债、中央预算内投资、专项债券等项目。')).toEqual([]);
    expect(names('谋划泓达光电车载显示模组等上级资金项目。')).toEqual([]);
  });

  it('takes a company’s short name alone as the company’s project, as the list says (sentences written for the test)', () => {
    expect(names('泓达光电、凯鑫科技等12个项目竣工。')).toEqual(['泓达光电', '凯鑫科技']);
    // (before 等…企业 the same names are companies only)
    expect(names('引进泓达光电、凯鑫科技等12家企业。')).toEqual([]);
  });

  it('leaves an item that ends in a project’s own head to the suffix recognizer', () => {
    expect(names('推进鸿泰抽水蓄能电站、明德医药原料药等重大项目。')).toEqual(['明德医药原料药']);
  });

  it('starts a list after the one before it in the same clause', () => {
    expect(names('推进金岭化工环氧树脂、瑞川机械农机等项目和泓达光电模组、凯鑫源锂电隔膜等项目。')).toEqual([
      '金岭化工环氧树脂',
      '瑞川机械农机',
      '泓达光电模组',
      '凯鑫源锂电隔膜',
    ]);
  });

  it('reads a clause with no mark for longer than a list in a window, its first item cut off left out', () => {
    // (a page that lost its punctuation: 40 items of 11 characters before 等…项目, one list)
    const items = Array.from({ length: 40 }, (_, i) => `金岭${'甲乙丙丁戊己庚辛壬癸'[i % 10]}化工环氧树脂${i % 10}号`);
    const found = names(`${items.join('、')}等项目。`);
    // the window holds the last items; the one it cuts is not named
    expect(found.length).toBeGreaterThan(10);
    expect(found.length).toBeLessThan(40);
    for (const name of found) expect(items).toContain(name);
  });

  it('gives each project the status of its clause', () => {
    expect(
      listed('泓达光电车载显示模组、凯鑫源锂电隔膜等项目建成投产。').map((m) => [m.name, 'status' in m && m.status]),
    ).toEqual([
      ['泓达光电车载显示模组', 'done'],
      ['凯鑫源锂电隔膜', 'done'],
    ]);
  });
});

describe('roads listed before 等…道路 or 等…基础设施 (sentences written for the test)', () => {
  const roads = (text: string) => read(listedRoads, text).map((m) => m.name);

  it('names each road of the list, with its clause’s status', () => {
    expect(roads('长兴路、中山大街等8条城市道路建成通车。')).toEqual(['长兴路', '中山大街']);
    expect(roads('滨江大桥、新华路等重大基础设施加快建设。')).toEqual(['新华路']);
    const [road] = read(listedRoads, '长兴路等8条城市道路建成通车。');
    expect(road && isProjectMention(road) ? road.status : undefined).toBe('done');
  });

  it('takes no kind of facility for a road, nor a name cut inside one of jieba’s words', () => {
    expect(roads('加快5G基站、数据中心等新型基础设施建设，完善果园水、电、路及管护房等基础设施。')).toEqual([]);
    // (和 leads a list item, so 和平大道 goes unread; 平大道, cut from it inside jieba's word 和平, is no road)
    expect(roads('长兴路、和平大道等8条城市道路建成通车。')).toEqual(['长兴路']);
  });
});

describe('companies listed before 等…企业', () => {
  const companies = (text: string) => read(listedOrganizations, text).map((m) => `${m.type}:${m.name}`);

  it('names each company of the list by its short name', () => {
    expect(companies('引进金岭化工、瑞川机械、泓达光电等一批龙头企业。')).toEqual([
      'organization:金岭化工',
      'organization:瑞川机械',
      'organization:泓达光电',
    ]);
    expect(companies('全力推动金岭化工、瑞川机械等龙头企业扩能。')).toEqual([
      'organization:金岭化工',
      'organization:瑞川机械',
    ]);
    expect(companies('全年对接凯鑫源锂电、鸿泰新能源等12家公司。')).toEqual([
      'organization:凯鑫源锂电',
      'organization:鸿泰新能源',
    ]);
  });

  it('names companies before the kinds of company by owner, and one company before a rank of companies', () => {
    expect(companies('与瑞川机械、泓达光电等一批央企、民企牵手合作。')).toEqual([
      'organization:瑞川机械',
      'organization:泓达光电',
    ]);
    expect(companies('金岭化工等世界500强企业落户园区。')).toEqual(['organization:金岭化工']);
    // one item before 等 with no rank and no count is no list
    expect(companies('金岭化工等企业落户园区。')).toEqual([]);
  });

  it('takes no trade, no count and no project for a company', () => {
    expect(companies('扶持人造板、塑料加工、金属建材等传统企业。')).toEqual([]);
    // a count of firms of a trade (1200家人造板) and a base among them are no company
    expect(companies('扶持1200家人造板、金岭化工、瑞川万头生猪养殖基地等企业。')).toEqual(['organization:金岭化工']);
  });
});
