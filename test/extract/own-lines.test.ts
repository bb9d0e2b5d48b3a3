// A region's numbered line named with its own name, unquoted (五个新平遥), typed as its slogan
// (sentences written for the test).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/run.js';
import { RECOGNIZERS } from '../../src/extract/registry.js';
import { ownLineSlogans } from '../../src/extract/programme/index.js';
import { regionShortNames } from '../../src/extract/programme/region-names.js';
import { reportOf } from '../fixtures/report.js';

const lines = (text: string, region = '平遥县') =>
  extract(reportOf(text, { region }), [ownLineSlogans]).map((m) => [m.name, m.surface === m.name]);

describe('numbered lines named with the region’s own name', () => {
  it('takes the count and the name, and the numbered items listed with it', () => {
    expect(lines('全力建设三个新平遥，推动高质量发展。')).toEqual([['三个新平遥', true]]);
    expect(lines('统筹推进一个中心、两个平遥建设。')).toEqual([
      ['一个中心', true],
      ['两个平遥', true],
    ]);
  });

  it('takes no other region’s name, no count inside a longer number, no name without a count', () => {
    expect(lines('全力建设三个新介休。')).toEqual([]);
    expect(lines('建成第三个平遥驿站，新建二十五个平遥便民点。')).toEqual([]);
    expect(lines('建设美丽平遥。')).toEqual([]);
  });

  it('knows an autonomous county by its name without its nationalities', () => {
    expect(regionShortNames('新晃侗族自治县')).toEqual(['新晃侗族自治县', '新晃']);
    expect(regionShortNames('黔西南布依族苗族自治州')).toEqual(['黔西南布依族苗族自治州', '黔西南']);
    expect(lines('加快建设五个新晃，奋力前行。', '新晃侗族自治县')).toEqual([['五个新晃', true]]);
  });

  it('is the slogan the whole extraction keeps', () => {
    const mentions = extract(reportOf('统筹一个阵地、五个新平遥建设。', { region: '平遥县' }), RECOGNIZERS);
    expect(mentions.filter((m) => m.type === 'slogan').map((m) => m.name)).toEqual(['一个阵地', '五个新平遥']);
  });
});
