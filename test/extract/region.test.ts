// The region recognizer on short texts (a session line makes the issuing region) and on the seeds.
import { describe, expect, it } from 'vitest';
import { isRegionMention, type RegionMention } from '../../src/extract/index.js';
import { structure, type Report } from '../../src/structure/index.js';
import { createContext } from '../../src/extract/run.js';
import { regions } from '../../src/extract/region.js';
import { docOf, seedDoc } from '../fixtures/structure/seed.js';
import { reportOf } from '../fixtures/report.js';

const HUNYUAN = '——2024年4月10日在浑源县第十八届人民代表大会第五次会议上\n';
const JIXIAN = '——2024年4月8日在吉县第十七届人民代表大会第四次会议上\n';

function found(report: Report): RegionMention[] {
  return regions
    .recognize(createContext(report))
    .filter(isRegionMention)
    .filter((m) => m.name !== report.region?.name);
}
const named = (header: string, body: string) =>
  found(structure(docOf(header + body))).map((m) => `${m.name}/${m.level}`);

describe('administrative regions', () => {
  it('full names anywhere, with level, code and parent', () => {
    const [m] = found(structure(docOf(`${HUNYUAN}与山阴县开展合作。`)));
    expect(m).toMatchObject({
      type: 'region',
      name: '山阴县',
      surface: '山阴县',
      level: 'county',
      code: '140621',
      parent: '朔州市',
      canonical: true,
    });
  });

  it('finds the national names in a report whose own region is not known, and a county’s towns only in its own', () => {
    // no session line: the national trie alone
    const report = reportOf('与山阴县开展合作，推进山西省太原市、朔州市协同发展。');
    expect(report.region).toBeFalsy();
    expect(found(report).map((m) => m.name)).toEqual(['山阴县', '山西省', '太原市', '朔州市']);
    // a town of 浑源县 counts in 浑源's report (its local trie), not in another county's; no national or
    // provincial name starts with 驼, so only the local trie's first units lead to it
    expect(named(HUNYUAN, '驼峰乡开展合作。')).toEqual(['驼峰乡/town']);
    expect(named(JIXIAN, '驼峰乡开展合作。')).toEqual([]);
  });

  it('short forms of provinces and cities, named by their full name', () => {
    expect(named(HUNYUAN, '举办文旅康养（北京）推介会，落实总书记对山西工作的重要指示。')).toEqual([
      '北京市/city',
      '山西省/province',
    ]);
  });

  it('not inside a longer word', () => {
    expect(named(HUNYUAN, '推进相应县级改革，确保长治久安。')).toEqual([]);
  });

  it('the issuing province’s names win over a far one that overlaps (平安吉县 is not 安吉县)', () => {
    const report = structure(docOf(`${JIXIAN}建设更高水平的“平安吉县”。`));
    expect(regions.recognize(createContext(report)).map((m) => m.name)).toEqual(['吉县', '吉县']);
  });

  it('an address continues: 江苏昆山, 浙江省诸暨县枫桥镇 (the old 县 name of 诸暨市)', () => {
    expect(named(HUNYUAN, '江苏昆山投资0.5亿元。')).toEqual(['江苏省/province', '昆山市/county']);
    const chain = found(structure(docOf(`${HUNYUAN}浙江省诸暨县枫桥镇干部群众创造了经验。`)));
    expect(chain.map((m) => `${m.name}/${m.level}`)).toEqual(['浙江省/province', '诸暨市/county', '枫桥镇/town']);
    expect(chain[1]!.aliases).toContain('诸暨县');
  });

  it('an address continues only into a place inside the one before it (荔湾老城市 is no 老城区)', () => {
    const liwan = '——2025年1月8日在广州市荔湾区第十七届人民代表大会第五次会议上\n';
    // (广州市 is the session line's)
    expect(named(liwan, '推动荔湾老城市新活力建设。')).toEqual(['广州市/city']);
    // 洛阳老城 continues the address: 老城区 is a district of 洛阳
    expect(named(HUNYUAN, '与洛阳老城开展文旅合作。')).toEqual(['洛阳市/city', '老城区/district']);
  });

  it('no place out of a street named after it (北京南路, 上海路)', () => {
    expect(named(HUNYUAN, '北京南路、上海路等道路建成通车，南京东路完成改造。')).toEqual([]);
    expect(named(HUNYUAN, '赴北京、上海开展招商推介。')).toEqual(['北京市/city', '上海市/city']);
  });

  it('a two-character county is not the end of ordinary words: 领导和县人大 is 和 + 县人大', () => {
    expect(named(HUNYUAN, '在县委的坚强领导和县人大、县政协的监督支持下，全县经济稳中向好。')).toEqual([]);
    // 和县 where it names the county, continuing an address
    expect(named(HUNYUAN, '与安徽和县开展交流合作。')).toEqual(['安徽省/province', '和县/county']);
  });

  it('a full name in an honour the region holds (全省平安区称号) is not the place', () => {
    expect(named(HUNYUAN, '连续五年保持全省平安区称号，全县社会大局稳定。')).toEqual([]);
    // without the level it is the district of Qinghai
    expect(named(HUNYUAN, '与平安区开展劳务协作。')).toEqual(['平安区/district']);
  });

  it('兴县 and 富县 ending a strategy’s beats (旅游兴县, 实业富县) are not the counties', () => {
    expect(named(HUNYUAN, '坚持生态立县、实业富县、旅游兴县，推动高质量发展。')).toEqual([]);
    expect(named(HUNYUAN, '深入实施科教兴县战略。')).toEqual([]);
    // after a place's name or a verb they are the county
    expect(named(HUNYUAN, '与吕梁兴县开展劳务协作，组织干部前往兴县考察。')).toEqual([
      '吕梁市/city',
      '兴县/county',
      '兴县/county',
    ]);
  });

  it('economic regions from the lexicon', () => {
    expect(named(HUNYUAN, '积极融入京津冀、长三角、粤港澳大湾区，衔接中原城市群。')).toEqual([
      '京津冀/other',
      '长三角/other',
      '粤港澳大湾区/other',
      '中原城市群/other',
    ]);
    // the planning region of the State Council's 2012 opinions on the former Central Soviet Area
    expect(named(HUNYUAN, '用好支持原中央苏区的政策。')).toEqual(['赣闽粤原中央苏区/other']);
    // the metropolitan areas whose plans the NDRC approved, by name or short name, are economic regions too
    expect(named(HUNYUAN, '主动对接合肥都市圈，深度融入沈阳都市圈。')).toEqual([
      '合肥都市圈/other',
      '沈阳现代化都市圈/other',
    ]);
  });
});

describe('towns and villages of the issuing county', () => {
  it('full names of its towns and villages', () => {
    expect(named(HUNYUAN, '官儿乡入选全国基地。')).toEqual(['官儿乡/town']);
  });

  it('a village short form needs a count of villages after it or its list', () => {
    expect(named(HUNYUAN, '完成神溪、土桥铺、海村3个健康示范村创建。')).toEqual([
      '神溪村/village',
      '土桥铺村/village',
      '海村/village',
    ]);
    expect(named(HUNYUAN, '东尾毛等4个村入选示范村。')).toEqual(['东尾毛村/village']);
    // a hot spring named after its village is not the village
    expect(named(HUNYUAN, '汤头温泉主体完工。')).toEqual([]);
  });

  it('海村 only as a word: not in 沿海村庄', () => {
    expect(named(HUNYUAN, '推进沿海村庄建设。')).toEqual([]);
  });

  it('never a village of another county', () => {
    // 神溪村 is a village of 浑源县, not of 吉县
    expect(named(JIXIAN, '完成神溪村、海村3个村创建。')).toEqual([]);
    expect(named(HUNYUAN, '完成神溪村、海村3个村创建。')).toEqual(['神溪村/village', '海村/village']);
  });

  it('a city report reads the towns of all its counties', () => {
    const shuozhou = '——2024年2月27日在朔州市第七届人民代表大会第四次会议上\n';
    expect(named(shuozhou, '平鲁区阻虎乡迎恩堡村入选。')).toEqual([
      '平鲁区/district',
      '阻虎乡/town',
      '迎恩堡村/village',
    ]);
  });
});

describe('mentions', () => {
  it('come from no noise span', () => {
    const doc = docOf(`${HUNYUAN}与山阴县开展合作。`);
    const at = doc.text.indexOf('山阴县');
    expect(found(structure({ ...doc, noise: [{ start: at, end: at + 2 }] }))).toEqual([]);
  });

  it('carry the traditional spelling as an alias and the sentence phase', () => {
    const report = structure(seedDoc(0));
    const m = regions.recognize(createContext(report)).find((x) => x.name === '浑源县' && x.surface === '浑源县')!;
    expect(m.aliases).toEqual(['渾源縣']);
    expect(report.text.slice(m.start, m.end)).toBe(m.surface);
    expect(m.phase).toBe(report.sentences[m.sentence]!.phase);
  });

  it('in the seeds: the issuing region, exact surfaces, towns and villages only in scope or in an address', () => {
    for (const i of [0, 1, 2, 3, 4]) {
      const report = structure(seedDoc(i));
      const all = regions.recognize(createContext(report)).filter(isRegionMention);
      expect(all.some((m) => m.name === report.region?.name)).toBe(true);
      const ends = new Set(all.map((m) => m.end));
      for (const m of all) {
        expect(report.text.slice(m.start, m.end)).toBe(m.surface);
        if (m.level !== 'village' && m.level !== 'town') continue;
        // the issuing county's (or city's) own, else right after its county (诸暨县枫桥镇)
        const inScope = m.code?.startsWith(report.region!.code!.slice(0, report.region!.level === 'city' ? 4 : 6));
        expect(inScope || ends.has(m.start)).toBe(true);
      }
    }
  });
});
