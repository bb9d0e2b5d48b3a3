// The recognizer registry: one entry per recognizer module. Adding an entity type or a rule
// means adding a file and a line here.
import type { Recognizer } from './index.js';
import {
  glossaryProgrammes,
  higherStrategies,
  introducedProgrammes,
  layoutSlogans,
  lexiconProgrammes,
  ownLineSlogans,
  ownModelSlogans,
  patternProgrammes,
  positioningSlogans,
  quotedProgrammes,
  strideSlogans,
  strategySlogans,
} from './programme/index.js';
import { regions } from './region.js';
import { themes } from './theme.js';
import { industries, listedIndustries } from './industry.js';
import { organizations } from './organization.js';
import { projects } from './project.js';
import { investedProjects, listedOrganizations, listedProjects, listedRoads } from './listed.js';

export const RECOGNIZERS: readonly Recognizer[] = [
  quotedProgrammes,
  glossaryProgrammes,
  lexiconProgrammes,
  patternProgrammes,
  introducedProgrammes,
  higherStrategies,
  positioningSlogans,
  strideSlogans,
  strategySlogans,
  layoutSlogans,
  ownLineSlogans,
  ownModelSlogans,
  regions,
  themes,
  industries,
  organizations,
  projects,
  listedProjects,
  listedRoads,
  investedProjects,
  listedOrganizations,
  listedIndustries,
];
