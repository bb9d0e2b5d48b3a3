// The programme lexicon (src/lexicon/programmes/*.json): every entry is valid and sourced, the
// loader refuses what is not, and every spelling of every entry is recognized in a sentence.
import { describe, expect, it } from 'vitest';
import { bundleParts, leftOut, loadProgrammes, PROGRAMME_FILES, PROVINCES } from '../../src/lexicon/programmes.js';
import { extract } from '../../src/extract/run.js';
import { quotedProgrammes, lexiconProgrammes } from '../../src/extract/programme/index.js';
import { unquotedSpellings } from '../../src/extract/programme/lexicon.js';
import { reportOf } from '../fixtures/report.js';
import { ruleProblems } from '../../src/lexicon/rules.js';
import rulesData from '../../src/lexicon/rules.json' with { type: 'json' };

const { entries, problems } = loadProgrammes(PROGRAMME_FILES);

describe('the shipped programme lexicon', () => {
  it('loads without a problem: every entry valid, no spelling claimed by two entries', () => {
    expect(problems).toEqual([]);
  });

  it('has at least 400 entries, national and provincial, from all 31 provinces', () => {
    expect(entries.length).toBeGreaterThanOrEqual(400);
    const provinces = new Set(entries.map((e) => e.province).filter(Boolean));
    expect([...PROVINCES].filter((p) => !provinces.has(p))).toEqual([]);
    expect(entries.filter((e) => e.level === 'national').length).toBeGreaterThan(100);
  });

  it('gives every entry the public document that names it', () => {
    const unsourced = entries.filter((e) => !/[\u4e00-\u9fa5]{4}/.test(e.source) && !/^https?:/.test(e.url ?? ''));
    expect(unsourced.map((e) => e.name)).toEqual([]);
  });

  it('recognizes every spelling of every entry, quoted, as the entry (one written sentence per spelling)', () => {
    const wrong: string[] = [];
    // a central political formula (两个确立) or a category (两新组织) is recognized so as to be left out: no programme
    for (const e of entries) {
      const spellings = [e.name, ...e.aliases, ...(e.provinceAliases ?? [])];
      const lines = spellings.map((s) => `今年深入推进“${s}”。`);
      const report = reportOf(lines.join('\n'), { region: '某县' });
      report.region = { name: '某县', level: 'county', ...(e.province ? { province: `${e.province}省` } : {}) };
      const found = extract(report, [quotedProgrammes, lexiconProgrammes]);
      report.sentences.forEach((s, i) => {
        const names = found.filter((m) => m.sentence === s.index).map((m) => m.name);
        if (leftOut(e) ? names.length > 0 : !names.includes(e.name))
          wrong.push(`${spellings[i]} -> ${names.join('|') || 'nothing'}`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it('recognizes every spelling that counts without quotes, unquoted, as the entry, in a report of its province', () => {
    const wrong: string[] = [];
    for (const e of entries) {
      const unquoted = [e.name, ...e.aliases, ...(e.provinceAliases ?? [])].filter((s) =>
        [...unquotedSpellings(s)].some((u) => u.index === 0 && u.spelling === s),
      );
      if (!unquoted.length) continue;
      const lines = unquoted.map((s) => `全县上下扎实推进${s}，取得新成效。`);
      const report = reportOf(lines.join('\n'), { region: '某县' });
      report.region = { name: '某县', level: 'county', ...(e.province ? { province: `${e.province}省` } : {}) };
      const found = extract(report, [quotedProgrammes, lexiconProgrammes]);
      report.sentences.forEach((s, i) => {
        const names = found.filter((m) => m.sentence === s.index).map((m) => m.name);
        if (!names.includes(e.partOf ?? e.name) && !names.includes(e.name))
          wrong.push(`${unquoted[i]} -> ${names.join('|') || 'nothing'}`);
      });
    }
    expect(wrong).toEqual([]);
  });
});

describe('the lexicon loader', () => {
  const file = 'test.json';
  const entry = {
    name: '村村通',
    aliases: ['村村通工程'],
    level: 'national',
    kind: 'programme',
    source: '某部 某年通知',
  };

  it('refuses an entry without a source, with an unknown level or kind, or a provincial one without its province', () => {
    const data = {
      entries: [
        { ...entry, source: '' },
        { ...entry, name: '甲乙丙', level: 'county' },
        { ...entry, name: '丁戊己', kind: 'slogan' },
        { ...entry, name: '庚辛壬', level: 'provincial' },
        { ...entry, name: '癸子丑', level: 'provincial', province: '山西省' },
      ],
    };
    const { entries: ok, problems: bad } = loadProgrammes([{ file, data }]);
    expect(ok).toEqual([]);
    expect(bad.map((p) => p.reason)).toEqual([
      expect.stringMatching(/source/),
      expect.stringMatching(/level/),
      expect.stringMatching(/kind/),
      expect.stringMatching(/province/),
      expect.stringMatching(/province/),
    ]);
    expect(bad.every((p) => p.file === file)).toBe(true);
  });

  it('takes spellings for a provincial programme’s own province only on a provincial entry', () => {
    const data = {
      entries: [
        { ...entry, name: '甲乙丙', level: 'provincial', province: '山东', provinceAliases: ['甲乙'] },
        { ...entry, name: '丁戊己', provinceAliases: ['丁戊'] },
      ],
    };
    const { entries: ok, problems: bad } = loadProgrammes([{ file, data }]);
    expect(ok.map((e) => [e.name, e.provinceAliases])).toEqual([['甲乙丙', ['甲乙']]]);
    expect(bad.map((p) => [p.entry, p.reason])).toEqual([['丁戊己', expect.stringMatching(/provinceAliases/)]]);
  });

  it('takes other provinces that run a provincial programme only with their sources, on a provincial entry', () => {
    const also = [{ province: '安徽', source: '某报 2022年' }];
    const data = {
      entries: [
        { ...entry, name: '甲乙丙', level: 'provincial', province: '山东', alsoIn: also },
        { ...entry, name: '丁戊己', alsoIn: also },
        { ...entry, name: '庚辛壬', level: 'provincial', province: '山东', alsoIn: [{ province: '安徽' }] },
        {
          ...entry,
          name: '癸子丑',
          level: 'provincial',
          province: '山东',
          alsoIn: [{ province: '山东', source: '某报 2022年' }],
        },
      ],
    };
    const { entries: ok, problems: bad } = loadProgrammes([{ file, data }]);
    expect(ok.map((e) => [e.name, e.alsoIn])).toEqual([['甲乙丙', also]]);
    expect(bad.map((p) => p.entry)).toEqual(['丁戊己', '庚辛壬', '癸子丑']);
    expect(bad.every((p) => /alsoIn/.test(p.reason))).toBe(true);
  });

  it('takes a part written out with its bundle’s name, when the bundle is an entry', () => {
    const data = {
      entries: [
        { ...entry, name: '甲乙', aliases: ['甲乙工程'], partOf: '甲乙丙丁' },
        { ...entry, name: '丙丁', aliases: [], partOf: '甲乙丙丁' },
        { ...entry, name: '甲乙丙丁', aliases: [] },
        { ...entry, name: '戊己', partOf: '戊己庚辛' },
        { ...entry, name: '壬癸', partOf: 7 },
      ],
    };
    const { entries: ok, problems: bad } = loadProgrammes([{ file, data }]);
    expect(ok.map((e) => [e.name, e.aliases, e.partOf])).toEqual([
      ['甲乙', ['甲乙工程'], '甲乙丙丁'],
      ['丙丁', [], '甲乙丙丁'],
      ['甲乙丙丁', [], undefined],
      ['戊己', ['村村通工程'], '戊己庚辛'],
    ]);
    expect(bad.map((p) => [p.entry, p.reason])).toEqual([
      ['壬癸', expect.stringMatching(/partOf/)],
      ['戊己', expect.stringMatching(/partOf.*戊己庚辛/)],
    ]);
  });

  it('keeps a spelling for the first entry that claims it and reports the second', () => {
    const data = {
      entries: [entry, { ...entry, name: '通村路', aliases: ['村村通 工程'] }, { ...entry, name: '村村通' }],
    };
    const { entries: ok, problems: bad } = loadProgrammes([{ file, data }]);
    expect(ok.map((e) => [e.name, e.aliases])).toEqual([
      ['村村通', ['村村通工程']],
      ['通村路', []],
    ]);
    expect(bad.map((p) => p.reason)).toEqual([
      '“村村通 工程” is already a spelling of 村村通',
      '“村村通” is already a spelling of 村村通',
    ]);
  });

  it('keeps an entry’s spelling that differs from another of its own by punctuation only, and finds it unquoted', () => {
    const data = {
      entries: [
        { ...entry, name: '东联西进南拓北融', aliases: ['东联西进、南拓北融', '东联西进南拓北融'] },
        { ...entry, name: '甲乙', aliases: ['东联西进，南拓北融'] },
      ],
    };
    const { entries: ok, problems: bad } = loadProgrammes([{ file, data }]);
    // (the same string twice is one spelling; another entry's claim on the key is still refused)
    expect(ok.map((e) => [e.name, e.aliases])).toEqual([
      ['东联西进南拓北融', ['东联西进、南拓北融']],
      ['甲乙', []],
    ]);
    expect(bad.map((p) => p.reason)).toEqual(['“东联西进，南拓北融” is already a spelling of 东联西进南拓北融']);
    // a shipped entry written so (Hubei's regional layout, a name without marks and a spelling with them)
    const report = reportOf('全面落实一主引领、两翼驱动、全域协同区域发展布局。', { region: '某县' });
    report.region = { name: '某县', level: 'county', province: '湖北省' };
    expect(extract(report, [lexiconProgrammes]).map((m) => m.name)).toEqual(['一主引领两翼驱动全域协同']);
  });

  it('reports a file without an entries list', () => {
    expect(loadProgrammes([{ file, data: { items: [] } }]).problems).toEqual([
      { file, entry: '', reason: 'no "entries" array' },
    ]);
  });
});

describe('bundles in the lexicon', () => {
  it('takes the parts of a bundle out of its aliases', () => {
    expect(bundleParts('六稳六保', ['六稳', '六保', '六稳六保工作'])).toEqual(['六稳', '六保']);
    expect(bundleParts('县管乡用、乡聘村用', ['县管乡用'])).toEqual(['县管乡用']);
    // spellings of one name are no parts
    expect(bundleParts('放管服改革', ['放管服'])).toEqual([]);
  });

  it('loads each part as an entry of its own that names its bundle', () => {
    const data = {
      entries: [
        { name: '稳岗保供', aliases: ['稳岗', '保供'], level: 'national', kind: 'programme', source: '某部 某年通知' },
      ],
    };
    const { entries: ok } = loadProgrammes([{ file: 'test.json', data }]);
    expect(ok.map((e) => [e.name, e.aliases, e.partOf])).toEqual([
      ['稳岗保供', [], undefined],
      ['稳岗', [], '稳岗保供'],
      ['保供', [], '稳岗保供'],
    ]);
  });
});

describe('the rules vocabulary (src/lexicon/rules.json)', () => {
  it('has every role as a list of plain words, none twice', () => {
    expect(ruleProblems(rulesData as unknown as Record<string, unknown>)).toEqual([]);
  });

  it('reports a missing list, pattern syntax, a repeated word and an unknown role', () => {
    const roles = { heads: 'test', leads: 'test' };
    expect(ruleProblems({ heads: ['工程', '工程', '行动|计划'], other: [] }, roles)).toEqual([
      'heads: “工程” is listed twice',
      'heads: “行动|计划” holds pattern syntax',
      'leads: a non-empty list of words is required',
      'other: not a known role',
    ]);
  });
});
