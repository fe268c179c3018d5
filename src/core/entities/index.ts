/**
 * Named-entity extraction: the ordered stages that turn analysed text into mentions.
 */
import { createRequire } from 'node:module';
import type { AnalyzedText } from '../nlp.js';
import type { EntityType, Mention } from '../types.js';
import { FeatureExtractor } from './features.js';
import { loadModel, type NerModelFile } from './model.js';
import { refineLocationType, refineMiscType } from './knowledge.js';
import { knowledgeLexicon, knowledgeWordClasses } from './lexicons.js';
import { createTagger, LabelFeatures, LABEL_COUNT, type TaggedSpan, type Tagger } from './tagger.js';

/** Settings for entity extraction; user configuration will arrive here. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EntityOptions {}

/** What a stage works on: the document, the mentions so far, and the tagger's raw spans. */
interface StageContext {
  analyzed: AnalyzedText;
  file: string;
  options: EntityOptions;
}

type Stage = (mentions: Mention[], context: StageContext) => Mention[];

/**
 * The stages, in order. The statistical tagger proposes spans first because everything after
 * refines its output; the in-document vote on types comes before the OntoNotes split so that
 * it compares CoNLL's coarser types; the split needs only the span's own words; alias
 * resolution (in-document, by a colleague) must come last because it reads the final types.
 */
const STAGES: readonly Stage[] = [tagStage, consistencyStage, typeStage];

/**
 * Finds the people, organisations, places and nationalities named in one analysed document.
 * @param analyzed - the document as the nlp adapter analysed it
 * @param file - the path the mentions are tagged with
 * @param options - user settings
 * @returns mentions sorted by position, with offsets into `analyzed.text`
 */
export function extractEntities(analyzed: AnalyzedText, file: string, options: EntityOptions = {}): Mention[] {
  if (analyzed.tokens.length === 0) return [];
  const context: StageContext = { analyzed, file, options };
  let mentions: Mention[] = [];
  for (const stage of STAGES) mentions = stage(mentions, context);
  return mentions;
}

let sharedTagger: Tagger | undefined;

/**
 * The tagger over the shipped model, loaded on first use (about 100 ms) so that commands that
 * print no entities never pay for it.
 */
export function defaultTagger(): Tagger {
  if (!sharedTagger) {
    // A JSON import would make tsc type the whole multi-megabyte model on every build.
    const require = createRequire(import.meta.url);
    sharedTagger = taggerFromModel(require('../../../data/ner-model.json') as NerModelFile);
  }
  return sharedTagger;
}

/** A tagger over a model file other than the shipped one (evaluation, experiments). */
export function taggerFromModel(file: NerModelFile): Tagger {
  const model = loadModel(file);
  const extractor = new FeatureExtractor(model.index, {
    lexicons: [...model.lexicons, knowledgeLexicon()],
    wordClasses: knowledgeWordClasses,
    frozenWeights: model.weights,
    labelCount: LABEL_COUNT,
  });
  return createTagger(extractor, model.weights, new LabelFeatures(model.index));
}

function tagStage(mentions: Mention[], context: StageContext): Mention[] {
  const { analyzed, file } = context;
  const found = defaultTagger().tag(analyzed).map((span) => mentionOf(analyzed, file, span));
  return [...mentions, ...found];
}

function mentionOf(analyzed: AnalyzedText, file: string, span: TaggedSpan): Mention {
  const start = analyzed.tokens[span.first].start;
  const end = analyzed.tokens[span.end - 1].end;
  const text = analyzed.text.slice(start, end);
  const type: EntityType = span.type === 'PER' ? 'PERSON' : span.type === 'ORG' ? 'ORG' : span.type === 'LOC' ? 'GPE' : 'MISC';
  return { file, start, end, text, type, entity: cleanName(text), source: 'entities/tagger' };
}

/** Collapses the whitespace a line break leaves inside a name. */
function cleanName(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * One name, one type within a document: a name the tagger typed differently in different
 * places takes its majority type, and a single word that ends a person's full name elsewhere in
 * the document (`Putin` after `Vladimir Putin`) is that person. Headlines and table rows,
 * where context is thin, are where the minority readings come from.
 */
function consistencyStage(mentions: Mention[]): Mention[] {
  const votes = new Map<string, Map<EntityType, number>>();
  const surnames = new Set<string>();
  for (const mention of mentions) {
    const key = mention.text.toLowerCase();
    const counts = votes.get(key) ?? new Map<EntityType, number>();
    counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1);
    votes.set(key, counts);
    if (mention.type === 'PERSON') {
      const space = key.lastIndexOf(' ');
      if (space > 0) surnames.add(key.slice(space + 1));
    }
  }
  return mentions.map((mention) => {
    const key = mention.text.toLowerCase();
    if (!key.includes(' ') && surnames.has(key)) return mention.type === 'PERSON' ? mention : { ...mention, type: 'PERSON' };
    const counts = votes.get(key);
    if (!counts || counts.size < 2) return mention;
    let best: EntityType = mention.type;
    let bestCount = counts.get(mention.type) ?? 0;
    for (const [type, count] of counts) {
      if (count > bestCount) {
        best = type;
        bestCount = count;
      }
    }
    return best === mention.type ? mention : { ...mention, type: best };
  });
}

/**
 * OntoNotes types from the tagger's CoNLL ones: LOC splits into GPE (political units) and LOC
 * (seas, regions, continents), MISC into NORP (nationalities, groups) and MISC (events, laws …).
 */
function typeStage(mentions: Mention[]): Mention[] {
  return mentions.map((mention) => {
    if (mention.type === 'GPE' || mention.type === 'LOC') {
      const type = refineLocationType(mention.text);
      return type === mention.type ? mention : { ...mention, type };
    }
    if (mention.type === 'MISC' || mention.type === 'NORP') {
      const type = refineMiscType(mention.text);
      return type === mention.type ? mention : { ...mention, type };
    }
    return mention;
  });
}
