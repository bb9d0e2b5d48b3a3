import { describe, expect, it } from 'vitest';
import { NODE_CSV_COLUMNS, nodesCsv } from '../../src/export/nodes-csv.js';
import { fixtureInput, TRICKY_DEFINITION } from '../fixtures/export/graph.js';
import { parseCsv } from '../fixtures/export/csv.js';

const text = nodesCsv.render(fixtureInput()) as string;
const rows = parseCsv(text.slice(1));
const header = rows[0]!;
const row = (id: string) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === id)![i]]));

describe('nodes.csv', () => {
  it('has a BOM and the documented columns', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(header).toEqual([...NODE_CSV_COLUMNS]);
    expect(header.join(',')).toBe(
      'id,label,type,aliases,docs,reports,mentions,regionCount,community,degree,level,code,parentCode,parent,investment,status,definition,definitionDoc,mergedFrom,years,firstYear,x,y,size,color',
    );
    expect(rows).toHaveLength(fixtureInput().graph.order + 1);
  });

  it('joins lists with | and rounds positions', () => {
    expect(row('programme:千万工程')).toMatchObject({
      aliases: '千村示范、万村整治|千萬工程',
      docs: 'datong-2024|hunyuan-2024',
      degree: '3',
      x: '12.35',
      y: '-6.79',
    });
    expect(row('region:浑源县')).toMatchObject({ level: 'county', code: '140225', parent: '大同市', x: '-31.42' });
    expect(row('project:抽水蓄能电站')).toMatchObject({ investment: '8500000000', status: 'ongoing' });
  });

  it('round-trips a definition with comma, quotes and a newline', () => {
    expect(row('programme:两不一欠').definition).toBe(TRICKY_DEFINITION);
    expect(row('programme:两不一欠').aliases).toBe('新官不理旧账,政策不兑现');
  });
});
