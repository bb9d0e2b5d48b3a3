// A higher region's strategy named by the quality of a national one before that region's name
// (数字重庆, 平安福建建设, 健康内蒙古行动), typed as a programme (sentences written for the test).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/run.js';
import { RECOGNIZERS } from '../../src/extract/registry.js';
import { higherStrategies } from '../../src/extract/programme/index.js';
import { regionShortNames } from '../../src/extract/programme/region-names.js';
import { reportOf } from '../fixtures/report.js';
import type { RegionRef } from '../../src/structure/index.js';

/** A report of `region` under `parent` in `province`, by the issuer's full names. */
const reportIn = (text: string, region: RegionRef) => {
  const r = reportOf(text, { region: region.name });
  r.region = region;
  return r;
};
const tongzi: RegionRef = { name: '桐梓县', level: 'county', parent: '遵义市', province: '贵州省' };
const hangzhouDistrict: RegionRef = { name: '拱墅区', level: 'district', parent: '杭州市', province: '浙江省' };
const baotou: RegionRef = { name: '包头市', level: 'city', parent: '内蒙古自治区', province: '内蒙古自治区' };
const named = (text: string, region: RegionRef) =>
  extract(reportIn(text, region), [higherStrategies]).map((m) => m.name);

describe('a higher region’s strategy by a national quality', () => {
  it('names the province’s or the city’s strategy, with its 行动 when written', () => {
    expect(named('全力服务数字贵州、平安贵州建设，积极融入美丽遵义建设。', tongzi)).toEqual([
      '数字贵州',
      '平安贵州',
      '美丽遵义',
    ]);
    expect(named('扎实推进健康内蒙古行动，群众健康水平稳步提高。', baotou)).toEqual(['健康内蒙古行动']);
    // a city's short name may end in 州 (杭州 of 杭州市)
    expect(named('深度参与法治杭州建设。', hangzhouDistrict)).toEqual(['法治杭州']);
  });

  it('takes no quality that is not a national strategy’s, no name cut from a longer word, nor the issuer’s own', () => {
    expect(named('共建幸福贵州，打造活力遵义。', tongzi)).toEqual([]);
    // 平安遵义路: a road's name goes on after the region's
    expect(named('平安遵义路改造完工。', tongzi)).toEqual([]);
    expect(named('加快建设平安桐梓。', tongzi)).toEqual([]);
  });

  it('is a programme in the whole extraction, and the issuer’s own stays its slogan', () => {
    const mentions = extract(reportIn('积极融入平安贵州建设，加快建设平安桐梓。', tongzi), RECOGNIZERS);
    expect(
      mentions.filter((m) => m.type === 'programme' || m.type === 'slogan').map((m) => `${m.type}:${m.name}`),
    ).toEqual(['programme:平安贵州', 'slogan:平安桐梓']);
  });
});

describe('regionShortNames', () => {
  it('names a higher region’s counted line right after its name', () => {
    expect(named('围绕遵义市六大生态产业发展规划，培育茶叶和竹产业。', tongzi)).toEqual(['六大生态产业']);
    expect(named('全面落实贵州四大新型行动部署。', tongzi)).toEqual(['四大新型行动']);
    // sectors counted, leading industries described, a park named, and the issuer's own count are none
    expect(named('遵义市三大产业协调发展，遵义三大主导产业加快壮大。', tongzi)).toEqual([]);
    expect(named('建设遵义市五大新兴产业园。', tongzi)).toEqual([]);
    expect(named('桐梓县五大生态产业加快发展。', tongzi)).toEqual([]);
  });

  it('takes an autonomous region’s level and nationalities off its short name', () => {
    expect(regionShortNames('内蒙古自治区')).toEqual(['内蒙古自治区', '内蒙古']);
    expect(regionShortNames('宁夏回族自治区')).toEqual(['宁夏回族自治区', '宁夏']);
  });
});
