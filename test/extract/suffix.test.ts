// The suffix-recognizer engine on a tiny spec, and the project and organization roles it reads
// from src/lexicon/rules.json (sentences written for the test).
import { describe, expect, it } from 'vitest';
import { isProjectMention } from '../../src/extract/index.js';
import { extract } from '../../src/extract/run.js';
import { suffixRecognizer, type SuffixSpec } from '../../src/extract/suffix.js';
import { RULE_ROLES, ruleProblems, rules, type RuleList } from '../../src/lexicon/rules.js';
import rulesData from '../../src/lexicon/rules.json' with { type: 'json' };
import { reportOf } from '../fixtures/report.js';

const tiny: SuffixSpec = {
  id: 'test.suffix',
  type: 'project',
  heads: ['水厂', '项目'],
  longerHeads: ['项目'],
  edge: { maxLength: 12 },
  lead: ['新建', '启动'],
  generic: ['重点', '民生'],
};
const run = (text: string, spec: SuffixSpec = tiny) =>
  extract(reportOf(text, { region: '平遥县' }), [suffixRecognizer(spec)]);
const names = (text: string, spec?: SuffixSpec) => run(text, spec).map((m) => m.name);

describe('the suffix engine', () => {
  it('finds a name by its head, with exact offsets', () => {
    const text = '去年建成青岚净水厂。';
    const [m, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ type: 'project', name: '青岚净水厂', surface: '青岚净水厂', doc: 'doc', sentence: 0 });
    expect(text.slice(m!.start, m!.end)).toBe('青岚净水厂');
  });

  it('takes the longest head where two start at one place, whatever the order of the words', () => {
    expect(names('建成青岚水厂泵站。', { ...tiny, heads: ['水厂', '水厂泵站'] })).toEqual(['青岚水厂泵站']);
  });

  it('rejects a generic category', () => {
    expect(names('今年的民生项目，重点项目都已落地。')).toEqual([]);
  });

  it('trims the words that introduce a name', () => {
    expect(names('今年新建青岚水厂。')).toEqual(['青岚水厂']);
  });

  it('skips a head inside a longer head', () => {
    expect(names('推进青岚水厂项目。')).toEqual(['青岚水厂项目']);
    expect(names('推进青岚水厂项目。', { ...tiny, longerHeads: undefined })).toEqual(['青岚水厂', '青岚水厂项目']);
  });

  it('runs the hooks of a spec: a type’s own check, its attributes and its other mentions', () => {
    const spec: SuffixSpec = {
      ...tiny,
      reject: ({ modifier }) => modifier.startsWith('旧'),
      attributes: () => ({ status: 'done' }),
      also: () => [],
    };
    expect(
      run('新建青岚水厂，旧城水厂停用。', spec)
        .filter(isProjectMention)
        .map((m) => [m.name, m.status]),
    ).toEqual([['青岚水厂', 'done']]);
  });
});

describe('the project and organization roles (src/lexicon/rules.json)', () => {
  const roles: RuleList[] = [
    'projectHeads',
    'projectFinalHeads',
    'projectWorkAfter',
    'projectIntroVerbs',
    'projectLeadWords',
    'projectGeneric',
    'projectGenericEnds',
    'projectPejoratives',
    'projectVerbStarts',
    'projectDoneVerbs',
    'projectOngoingVerbs',
    'projectStartVerbs',
    'investmentWords',
    'organizationHeads',
    'organizationLeadWords',
    'organizationGeneric',
    'organizationTradeHeads',
  ];

  it('load as checked lists of words, each with what it is for', () => {
    expect(ruleProblems(rulesData as unknown as Record<string, unknown>)).toEqual([]);
    for (const role of roles) {
      expect(RULE_ROLES[role]).toBeTruthy();
      expect(rules()[role].length).toBeGreaterThan(0);
    }
    expect(rules().projectHeads).toContain('储能电站');
    // the heads that need a name before them are not also heads that do not: one list says which a word is
    expect(rules().projectNamedHeads.filter((w) => rules().projectHeads.includes(w))).toEqual([]);
    expect(rules().organizationHeads).toContain('有限公司');
  });
});
