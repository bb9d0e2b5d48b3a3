// The programme and slogan recognizers.
export { quotedProgrammes } from './quoted.js';
export { lexiconProgrammes } from './lexicon-match.js';
export { patternProgrammes } from './patterns.js';
export { glossaryProgrammes } from './glossary.js';
export { positioningSlogans } from './positioning.js';
export { strategySlogans } from './strategy.js';
export { layoutSlogans } from './layout.js';
