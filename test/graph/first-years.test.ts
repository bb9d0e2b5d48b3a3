// firstYears (src/graph/panel.ts): the year each panel cell's region first named its entity, by the
// cell's place in the panel — the first_year column of panel.csv and summary.md's "Named for the
// first time".
import { describe, expect, it } from 'vitest';
import { firstYears, type PanelCell } from '../../src/graph/panel.js';

const cell = (region: string, year: number, entity: string): PanelCell => ({
  region,
  year,
  entity,
  mentions: 1,
  phases: ['plan'],
});

describe('firstYears', () => {
  it("gives each cell its own region's first year for the entity, never another region's", () => {
    const panel = [
      cell('甲县', 2019, 'programme:千万工程'),
      cell('甲县', 2020, 'programme:千万工程'),
      cell('甲县', 2020, 'theme:乡村振兴'),
      cell('甲县', 2021, 'theme:乡村振兴'),
      // the same entity in another region: its own first year, though 甲县 named it earlier
      cell('乙县', 2021, 'programme:千万工程'),
      cell('乙县', 2023, 'programme:千万工程'),
      // a region whose name and an entity's key would run together in a joined key
      cell('乙县\u0000programme:千万工程', 2018, 'theme:乡村振兴'),
    ];
    expect([...firstYears(panel)]).toEqual([2019, 2019, 2020, 2020, 2021, 2021, 2018]);
  });

  it('is computed once per panel', () => {
    const panel = [cell('甲县', 2020, 'theme:乡村振兴')];
    expect(firstYears(panel)).toBe(firstYears(panel));
    expect(firstYears([...panel])).not.toBe(firstYears(panel));
  });
});
