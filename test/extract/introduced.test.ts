// A named campaign, programme or strategy written without quotes after the verb that carries it out
// (实施…行动, 启动…计划, 实施…战略), and what is not one (sentences written for the test).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/run.js';
import { RECOGNIZERS } from '../../src/extract/registry.js';
import { introducedProgrammes } from '../../src/extract/programme/index.js';
import { reportOf } from '../fixtures/report.js';

const found = (text: string, region = '平遥县') =>
  extract(reportOf(text, { region }), [introducedProgrammes]).map((m) => [m.type, m.name]);
/** What every recognizer together names programme or slogan. */
const named = (text: string, region = '平遥县') =>
  extract(reportOf(text, { region }))
    .filter((m) => m.type === 'programme' || m.type === 'slogan')
    .map((m) => m.name);

describe('campaigns and strategies named after the verb that carries them out', () => {
  it('takes the words between the verb and a campaign’s or a programme’s head as its name', () => {
    expect(found('全县启动青年人才安居计划，深入实施营商环境护航工程，谋划实施光伏产业链突破行动。')).toEqual([
      ['programme', '青年人才安居计划'],
      ['programme', '营商环境护航工程'],
      ['programme', '光伏产业链突破行动'],
    ]);
  });

  it('takes a strategy as the region’s own slogan when its words are a region’s beat, and as a programme when a level above is named', () => {
    expect(found('全市大力实施旅游兴市战略。', '晋中市')).toEqual([['slogan', '旅游兴市战略']]);
    // the body between the verb and the name is not the name's
    expect(found('全县认真落实省委工业强省战略。')).toEqual([['programme', '工业强省战略']]);
    // a national strategy carried out (its words no region's beat, or a national beat) is none of these
    expect(found('实施可持续发展战略，实施人才强县战略，实施扩大内需战略。')).toEqual([]);
  });

  it('takes a strategy named by how the region means to develop (…双轮驱动, …大振兴, …引领) as a line, whatever its other words', () => {
    expect(found('大力实施农业工业双轮驱动战略，持续实施文旅大振兴战略。')).toEqual([
      ['slogan', '农业工业双轮驱动战略'],
      ['slogan', '文旅大振兴战略'],
    ]);
    expect(found('省委全会提出实施县城引领战略。')).toEqual([['programme', '县城引领战略']]);
    // (a national strategy of that form stays the lexicon's or the theme's: 创新驱动发展, 乡村振兴)
    expect(found('深入实施创新驱动发展战略，实施乡村振兴战略。')).toEqual([]);
  });

  it('takes no kind or count of work, no field’s strategy, no longer word and no document’s title', () => {
    expect(found('实施一批重点工程，开展各项改革行动，实施三大提升工程。')).toEqual([]);
    // the field itself (乡村振兴, 科技创新) is a theme
    expect(found('深入实施乡村振兴战略，深入实施科技创新工程。')).toEqual([]);
    // 战略性 and 工程师 start other words
    expect(found('推动新材料战略性新兴产业集群发展，实施青年骨干工程师培养。')).toEqual([]);
    expect(found('印发《关于实施光伏产业链突破行动的意见》。')).toEqual([]);
    // a clause, not a name (…的…)
    expect(found('实施企业的技术改造工程。')).toEqual([]);
  });

  it('leaves a named place’s works and a phase to the projects, and a year’s campaign to its own form', () => {
    expect(found('实施青龙河综合治理工程，实施大云寺保护计划，实施农村人居环境提升一期工程。')).toEqual([]);
    expect(named('深入开展营商环境提升年行动。')).toEqual(['营商环境提升年']);
  });

  it('leaves a lexicon programme, whole or inside the words, to the lexicon', () => {
    expect(found('实施城市更新行动，推进京津冀协同发展战役，实施河长制巡河提质行动。')).toEqual([]);
    expect(named('推进京津冀协同发展战役。')).toContain('京津冀协同发展');
  });

  it('is one of the recognizers a build runs', () => {
    expect(RECOGNIZERS).toContain(introducedProgrammes);
    expect(named('全县启动青年人才安居计划。')).toEqual(['青年人才安居计划']);
  });
});
