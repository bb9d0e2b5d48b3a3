// A national strategy a region carries out under its own level's name — 科教兴国 as 科教兴县, 人才强国
// as 人才强市, 交通强国 as 交通强区 — is that programme, not the region's own positioning or strategy.
import { alternation } from '../../lexicon/rules.js';

export const NATIONAL_STRATEGY = new RegExp(`^(?:${alternation('nationalStrategyBeats')})[省市县区州]$`);
