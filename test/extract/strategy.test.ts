// A region's development strategy in beats (生态立县、实业富县), typed as its slogan (sentences
// written for the test).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/run.js';
import { isNamedMention } from '../../src/extract/index.js';
import { RECOGNIZERS } from '../../src/extract/registry.js';
import { strategySlogans } from '../../src/extract/programme/index.js';
import { reportOf } from '../fixtures/report.js';

const beats = (text: string) => extract(reportOf(text, { region: '平遥县' }), [strategySlogans]).map((m) => m.name);

describe('strategy beats', () => {
  it('takes two beats or more of a 、-list as one slogan, whatever the verbs and the level', () => {
    expect(beats('我们坚定实施生态立县、工业强县、旅游兴县战略，全县经济稳中向好。')).toEqual([
      '生态立县、工业强县、旅游兴县',
    ]);
    expect(beats('坚持农业稳县、科教兴县、人才强县，奋力建设绿色发展先行区。')).toEqual([
      '农业稳县、科教兴县、人才强县',
    ]);
    expect(beats('全市坚持工业强市、文化兴市不动摇。')).toEqual(['工业强市、文化兴市']);
  });

  it('takes beats that are all national strategies (科教兴县、人才强县) as those programmes, one by one', () => {
    const found = extract(reportOf('我们坚持科教兴县、人才强县，塑造发展新优势。', { region: '平遥县' }), [
      strategySlogans,
    ]);
    expect(found.map((m) => [m.type, m.name])).toEqual([
      ['programme', '科教兴县'],
      ['programme', '人才强县'],
    ]);
  });

  it('keeps a national strategy among the region’s own beats a programme, part of the slogan', () => {
    const mentions = extract(
      reportOf('坚持生态立县、工业强县、人才强县，深入实施“人才强县”战略。', { region: '平遥县' }),
      RECOGNIZERS,
    );
    expect(mentions.filter(isNamedMention).map((m) => [m.type, m.name, m.partOf])).toEqual([
      ['slogan', '生态立县、工业强县、人才强县', undefined],
      ['programme', '人才强县', '生态立县、工业强县、人才强县'],
    ]);
  });

  it('takes no single beat, and no beat cut out of a longer word', () => {
    expect(beats('深入实施科教兴县战略。')).toEqual([]);
    // 国百强县 is not a beat of 全国百强县
    expect(beats('力争进入全国百强县、经济强县行列。')).toEqual([]);
  });

  it('is the slogan the whole extraction keeps, and its beats are no counties', () => {
    const mentions = extract(
      reportOf('深入实施生态立县、实业富县、文旅兴县发展思路。', { region: '平遥县' }),
      RECOGNIZERS,
    );
    expect(mentions.filter((m) => m.type === 'slogan').map((m) => m.name)).toEqual(['生态立县、实业富县、文旅兴县']);
    expect(mentions.filter((m) => m.type === 'region')).toEqual([]);
  });
});
