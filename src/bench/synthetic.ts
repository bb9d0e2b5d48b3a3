// Clustered random graphs in the contract's shape, the same on every run: the bench lays one out
// at scale, and the browser tests open one above the viewer's budget (with issuing regions that
// name the entities, so that its aggregate has something to keep).
import { DirectedGraph } from 'graphology';
import { seededRandom } from '../graph/random.js';
import type { EdgeAttributes, GovGraph, NodeAttributes } from '../graph/index.js';
import type { EntityType } from '../types.js';

export interface SyntheticOptions {
  /**
   * Issuing regions, the first nodes (`region:县0` …), each entity named by 1 to 6 of them through
   * `mentions` edges with one evidence sentence each; the rest of `size` are co-occurrences. With
   * none (the default), every node is a theme and every edge a co-occurrence of weight 1.
   */
  regions?: number;
}

const ENTITY_TYPES: EntityType[] = ['programme', 'theme', 'industry', 'project', 'organization', 'slogan'];

/** `order` nodes and `size` edges, mostly within clusters of 100 neighbours. */
export function synthetic(order: number, size: number, options: SyntheticOptions = {}): GovGraph {
  const regions = options.regions ?? 0;
  const random = seededRandom(1);
  // positions from a generator of their own: the bench's graph stays what it was
  const position = seededRandom(2);
  const place = () => Math.round(position() * 100_000) / 100;
  const g = new DirectedGraph() as unknown as GovGraph;
  const keys: string[] = [];
  for (let i = 0; i < order; i++) {
    const region = i < regions;
    const type = region ? 'region' : regions ? ENTITY_TYPES[i % ENTITY_TYPES.length]! : 'theme';
    const label = region ? `县${i}` : regions ? `实体${i}` : `n${i}`;
    const key = regions ? `${type}:${label}` : label;
    keys.push(key);
    const attributes: NodeAttributes = {
      label,
      type,
      aliases: [],
      docs: region ? [`r${i}`] : [],
      mentions: regions ? 0 : 1,
      regionCount: regions ? 0 : 1,
      x: regions ? place() : 0,
      y: regions ? place() : 0,
      size: region ? 12 : 3,
      color: '#888888',
      community: 0,
    };
    if (region) Object.assign(attributes, { reports: [`r${i}`], level: 'county' });
    g.addNode(key, attributes);
  }
  for (let i = regions; regions && i < order && g.size < size; i++) {
    // named by 1 to 6 neighbouring regions
    const first = Math.floor(random() * regions);
    const named = 1 + Math.floor(random() * 6);
    for (let j = 0; j < Math.min(named, regions); j++) {
      const r = (first + j) % regions;
      const weight = 1 + Math.floor(random() * 3);
      const sentence = `推进${keys[i]!.split(':')[1]}。`;
      const attributes: EdgeAttributes = {
        kind: 'mentions',
        weight,
        phases: ['plan'],
        docs: [`r${r}`],
        evidence: [{ doc: `r${r}`, sentence, start: 2, end: sentence.length - 1 }],
      };
      g.addEdgeWithKey(`mentions:${keys[r]}->${keys[i]}`, keys[r]!, keys[i]!, attributes);
      g.updateNodeAttributes(keys[i]!, (a) => ({
        ...a,
        docs: [...a.docs, `r${r}`],
        mentions: a.mentions + weight,
        regionCount: a.regionCount + 1,
      }));
    }
  }
  const entities = order - regions;
  while (g.size < size) {
    const a = regions + Math.floor(random() * entities);
    // mostly within a cluster of 100 neighbours, sometimes anywhere
    const b =
      regions +
      (random() < 0.8
        ? (a - regions - ((a - regions) % 100) + Math.floor(random() * 100)) % entities
        : Math.floor(random() * entities));
    if (a !== b && !g.hasEdge(keys[a]!, keys[b]!))
      g.addEdgeWithKey(`co_occurs:${keys[a]}->${keys[b]}`, keys[a]!, keys[b]!, {
        kind: 'co_occurs',
        weight: regions ? 2 + Math.floor(random() * 9) : 1,
      });
  }
  return g;
}
