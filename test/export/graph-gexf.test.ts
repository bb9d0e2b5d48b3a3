import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { graphGexf } from '../../src/export/graph-gexf.js';
import { fixtureInput } from '../fixtures/export/graph.js';
import { GEXF_13_RNG, hasGexfSchema, hasXmllint, XMLLINT, xmllintRelaxNg } from '../fixtures/export/tools.js';

const gexf = graphGexf.render(fixtureInput()) as string;

describe('graph.gexf (GEXF 1.3)', () => {
  it.skipIf(!hasXmllint || !hasGexfSchema)(
    `passes the GEXF 1.3 RELAX NG schema${
      !hasXmllint
        ? ` (SKIPPED: ${XMLLINT} missing; apt-get install libxml2-utils)`
        : !hasGexfSchema
          ? ` (SKIPPED: ${GEXF_13_RNG} missing; it comes with ../shared beside the project)`
          : ''
    }`,
    () => {
      const result = xmllintRelaxNg(gexf);
      expect(result.output).toMatch(/validates$/);
      expect(result.status).toBe(0);
      // The check has teeth: a wrong version attribute fails it.
      expect(xmllintRelaxNg(gexf.replace('version="1.3"', 'version="1.4"')).status).not.toBe(0);
    },
  );

  it('declares the 1.3 namespaces, a directed graph and no build time', () => {
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(gexf).toContain('version="1.3"');
    expect(gexf).toContain('<graph defaultedgetype="directed"');
    expect(gexf).not.toContain('lastmodifieddate');
    expect(graphGexf.render({ ...fixtureInput(), date: '2024-03-01' })).toContain(
      '<meta lastmodifieddate="2024-03-01">',
    );
  });

  it('types its attributes, lists as liststring', () => {
    expect(gexf).toContain('<attribute id="aliases" title="aliases" type="liststring"/>');
    expect(gexf).toContain('<attribute id="mentions" title="mentions" type="integer"/>');
    expect(gexf).toContain('<attribute id="investment" title="investment" type="double"/>');
    expect(gexf).toContain('<attribute id="evidence" title="evidence" type="string"/>');
  });

  it('writes viz colour as r,g,b, size and position rounded', () => {
    const node = gexf.slice(
      gexf.indexOf('<node id="programme:千万工程"'),
      gexf.indexOf('</node>', gexf.indexOf('<node id="programme:千万工程"')),
    );
    expect(node).toContain('<viz:color r="78" g="121" b="167"/>');
    expect(node).toContain('<viz:size value="10.5"/>');
    expect(node).toContain('<viz:position x="12.35" y="-6.79"/>');
    expect(node).toContain('<attvalue for="aliases" value="[千村示范、万村整治, 千萬工程]"/>');
  });

  it('escapes report text and drops characters XML 1.0 forbids', () => {
    expect(gexf).not.toContain('<img');
    expect(gexf).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;示范村&quot;');
    expect([...gexf].filter((c) => c < ' ' && !'\t\n\r'.includes(c))).toEqual([]);
  });

  it('reads back with graphology-gexf: same nodes, edges and values', () => {
    const input = fixtureInput();
    const back = parse(Graph, gexf);
    expect(back.order).toBe(input.graph.order);
    expect(back.size).toBe(input.graph.size);
    expect(back.type).toBe('directed');
    const programme = back.getNodeAttributes('programme:千万工程');
    expect(programme).toMatchObject({
      label: '千万工程',
      type: 'programme',
      aliases: ['千村示范、万村整治', '千萬工程'],
      regionCount: 2,
      size: 10.5,
    });
    // An alias holding a comma survives as one item (it is quoted in the list).
    expect(back.getNodeAttribute('programme:两不一欠', 'aliases')).toEqual(['新官不理旧账,政策不兑现']);
    expect(back.getNodeAttribute('programme:两不一欠', 'definition')).toBe(
      '新官不理旧账、政策不兑现, 拖欠"民营企业"账款\n（名词解释）',
    );
    expect(back.getNodeAttributes('project:抽水蓄能电站')).toMatchObject({
      investment: 8_500_000_000,
      status: 'ongoing',
    });
    expect(back.getNodeAttribute('slogan:吉事即办', 'label')).toBe('吉事即办');
    const edge = back.getEdgeAttributes('mentions:region:浑源县->programme:千万工程');
    expect(edge).toMatchObject({
      kind: 'mentions',
      weight: 3,
      phases: ['review', 'plan'],
      evidenceDoc: 'hunyuan-2024',
    });
    expect(edge.evidence).toBe('学习运用“千万工程”经验，<img src=x onerror=alert(1)> & "示范村" \'20\'个。');
  });
});
