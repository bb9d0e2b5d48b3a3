// extract: Report -> Mention[] (one recognizer module per entity type).
import type { EntityType, Phase, ProjectStatus, RegionLevel } from '../types.js';

/** What every mention has, whatever its type: one occurrence of an entity in one sentence of one report. */
interface MentionBase {
  type: EntityType;
  /** Canonical candidate name (simplified, no quotes, generic word outside quotes dropped). */
  name: string;
  /** The text as it stands in the cleaned report. */
  surface: string;
  doc: string;
  /** Index into the report's sentences. */
  sentence: number;
  /** Offsets of the surface in the cleaned text. */
  start: number;
  end: number;
  phase: Phase;
  /** Other names seen for this entity at this mention (traditional surface, expansion ...). */
  aliases?: string[];
  /** A glossary's definition of the term (名词解释). */
  definition?: string;
  /** The name comes from a curated lexicon and should be the entity's label. */
  canonical?: boolean;
}

/** A region named (or issuing the report), with what the gazetteer knows of it. */
export interface RegionMention extends MentionBase {
  type: 'region';
  level?: RegionLevel;
  code?: string;
  parent?: string;
}

/** A named local project, with what its clause states. */
export interface ProjectMention extends MentionBase {
  type: 'project';
  investment?: number;
  status?: ProjectStatus;
  industry?: string;
  place?: string;
  organizations?: string[];
}

/** A programme or a slogan. */
export interface NamedMention extends MentionBase {
  type: 'programme' | 'slogan';
  /** The bundle this programme is a part of (六稳 of 六稳六保): linked by a `part_of` edge, never merged. */
  partOf?: string;
  /**
   * A part named on its bundle's words (六稳 on 做好六稳六保工作, run.ts's withLexiconParts): the surface spells the
   * bundle, not another name of the part.
   */
  onBundleWords?: true;
}

/** An industry, an organization or a theme: a name and nothing more. */
export interface PlainMention extends MentionBase {
  type: 'industry' | 'organization' | 'theme';
}

/** One occurrence of an entity in one sentence of one report, its fields keyed by its type. */
export type Mention = RegionMention | ProjectMention | NamedMention | PlainMention;

export const isRegionMention = (m: Mention): m is RegionMention => m.type === 'region';
export const isProjectMention = (m: Mention): m is ProjectMention => m.type === 'project';
/** A programme or a slogan: a mention, or a mention's shape without its place (resolve/store.ts). */
export const isNamedMention = <M extends Pick<Mention, 'type'>>(
  m: M,
): m is Extract<M, { type: NamedMention['type'] }> => m.type === 'programme' || m.type === 'slogan';

/** What every recognizer gets: the report, its noise spans and lazily segmented sentences. */
export interface ExtractContext {
  report: import('../structure/index.js').Report;
  /** jieba tokens of one sentence (offsets in the cleaned text), computed once and cached. */
  tokens(sentence: number): import('./segment.js').Token[];
  /** Whether [start, end) touches a noise span: no entity may come from one. */
  inNoise(start: number, end: number): boolean;
}

/** One entity recognizer: a small declarative item of the recognizer registry. */
export interface Recognizer {
  /** Short id, e.g. `programme.quoted`. */
  id: string;
  type: EntityType;
  recognize(ctx: ExtractContext): Mention[];
}
