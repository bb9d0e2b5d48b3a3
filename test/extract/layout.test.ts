// A region's spatial layout named unquoted (一核两翼三带发展格局), typed as its slogan (sentences
// written for the test).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/run.js';
import { RECOGNIZERS } from '../../src/extract/registry.js';
import { layoutSlogans } from '../../src/extract/programme/index.js';
import { reportOf } from '../fixtures/report.js';

const layouts = (text: string) => extract(reportOf(text, { region: '平遥县' }), [layoutSlogans]).map((m) => m.name);

describe('unquoted layouts', () => {
  it('takes two numbered parts or more before the word that calls them a layout', () => {
    expect(layouts('加快构建一核两翼三带发展格局，城乡面貌持续改善。')).toEqual(['一核两翼三带']);
    expect(layouts('着力形成一江两岸的城市空间布局。')).toEqual(['一江两岸']);
    expect(layouts('全面融入一湾两半岛总体格局。')).toEqual(['一湾两半岛']);
    expect(layouts('优化一主两副多点城镇布局，推进新型城镇化。')).toEqual(['一主两副多点']);
  });

  it('takes parts named by their quarters and counted, when the count is the number of quarters', () => {
    expect(layouts('以推进东中西三大发展板块建设为主线。')).toEqual(['东中西三大发展板块']);
    expect(layouts('着力打造南北两大组团。')).toEqual(['南北两大组团']);
    // a count that is not the quarters', a quarter named twice, a quarter inside a word
    expect(layouts('统筹南北三大片区建设。')).toEqual([]);
    expect(layouts('统筹南南两大片区建设。')).toEqual([]);
    expect(layouts('推进城东南三大片区建设。')).toEqual([]);
  });

  it('takes no run of numbers that is not called a layout, one part alone, or a quoted layout', () => {
    expect(layouts('每年开展一次两轮督查，一区两园建设加快。')).toEqual([]);
    expect(layouts('构建双核发展格局。')).toEqual([]);
    expect(layouts('构建“一核两翼”发展格局。')).toEqual([]);
    // a count inside a longer number is not where a layout starts
    expect(layouts('建成第三区两园产业布局。')).toEqual([]);
  });

  it('is the slogan the whole extraction keeps', () => {
    const mentions = extract(reportOf('奋力构建一城三区四基地发展格局。', { region: '平遥县' }), RECOGNIZERS);
    expect(mentions.filter((m) => m.type === 'slogan').map((m) => m.name)).toEqual(['一城三区四基地']);
  });
});
