// A region's own model, experience or example named by its name, unquoted (乡村振兴的平遥模式), typed as its
// slogan (sentences written for the test).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/run.js';
import { RECOGNIZERS } from '../../src/extract/registry.js';
import { ownModelSlogans } from '../../src/extract/programme/index.js';
import { reportOf } from '../fixtures/report.js';

const models = (text: string, region = '平遥县') =>
  extract(reportOf(text, { region }), [ownModelSlogans]).map((m) => m.name);
/** The slogans the whole extraction keeps. */
const slogans = (text: string) =>
  extract(reportOf(text, { region: '平遥县' }), RECOGNIZERS)
    .filter((m) => m.type === 'slogan')
    .map((m) => m.name);

describe('a region’s own model named by its name', () => {
  it('takes the region’s name with 模式, 经验 or 样板', () => {
    expect(models('探索形成古城保护的平遥模式，获评全国典型案例。')).toEqual(['平遥模式']);
    expect(models('总结推广平遥经验，形成县域治理的平遥样板。')).toEqual(['平遥经验', '平遥样板']);
  });

  it('takes no other region’s model, no quoted one and no name inside a longer word', () => {
    expect(models('学习借鉴介休模式，推动改革。')).toEqual([]);
    expect(models('推广“平遥模式”，做优服务。')).toEqual([]);
    expect(models('登上太平山模式化管理的景区。', '平山县')).toEqual([]);
    expect(models('探索形成生态保护的平山模式。', '平山县')).toEqual(['平山模式']);
  });

  it('takes no model the speech only means to make (打造, 贡献 … earlier in the clause)', () => {
    expect(models('努力打造生态文明建设平遥样板。')).toEqual([]);
    expect(models('为全省贡献城乡融合的平遥经验、平遥模式，推广平遥经验。')).toEqual(['平遥经验']);
  });

  it('is no slogan of the whole extraction when only aimed at, positioning or not', () => {
    expect(slogans('统筹推进综合治理，努力打造生态文明建设平遥样板。')).toEqual([]);
    expect(slogans('探索形成生态文明建设的平遥样板。')).toEqual(['平遥样板']);
  });

  it('is the slogan the whole extraction keeps, quoted or not', () => {
    expect(slogans('探索形成古城保护的平遥模式。')).toEqual(['平遥模式']);
    expect(slogans('推广“平遥模式”，做优服务。')).toEqual(['平遥模式']);
  });
});
