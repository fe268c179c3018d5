/**
 * Named-entity extraction: the ordered stages that turn analysed text into mentions.
 */
import { createRequire } from 'node:module';
import type { AnalyzedText } from '../nlp.js';
import type { EntityType, Mention } from '../types.js';
import { FeatureExtractor } from './features.js';
import { loadModel, type NerModelFile } from './model.js';
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
 * refines its output; typing comes next because it only needs the span's own words; alias
 * resolution (in-document, by a colleague) must come last because it reads the final types.
 */
const STAGES: readonly Stage[] = [tagStage, typeStage];

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
    lexicons: [...model.lexicons, knowledgeLexicon(model.lexiconNames)],
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

// Natural features rather than political units: CoNLL calls both LOC, OntoNotes splits them.
const NATURAL_PLACE = /\b(sea|ocean|river|gulf|bay|lake|mountains?|mount|mt\.?|peninsula|island|islands|valley|desert|strait|straits|channel|coast|basin|plain|plains|delta|canal|alps|himalayas|andes|continent)\b/i;
const REGION = /^(europe|asia|africa|antarctica|oceania|eurasia|north america|south america|latin america|central america|the americas|americas|middle east|far east|near east|balkans|caucasus|caribbean|scandinavia|siberia|central asia|southeast asia|south asia|east asia|west africa|east africa|southern africa|north africa|western europe|eastern europe|central europe|the west|the gulf|arctic|pacific|atlantic|mediterranean)$/i;
// Nationality words (`Russian`, `Europeans`, `Chinese`, `Israeli`), not events or titles.
const DEMONYM = /^[A-Z][a-z]+(an|ans|ian|ians|ese|ish|i|is|ch|ic|iot|iots|ite|ites)$/;

/** OntoNotes types from the tagger's CoNLL ones: LOC splits into GPE and LOC, MISC into NORP and MISC. */
function typeStage(mentions: Mention[]): Mention[] {
  return mentions.map((mention) => {
    if (mention.source !== 'entities/tagger') return mention;
    if (mention.type === 'GPE' && (NATURAL_PLACE.test(mention.text) || REGION.test(mention.text))) return { ...mention, type: 'LOC' };
    if (mention.type === 'MISC' && DEMONYM.test(mention.text)) return { ...mention, type: 'NORP' };
    return mention;
  });
}
