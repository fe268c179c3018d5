import { describe, expect, it } from 'vitest';
import { corpusName, emptyAccumulator, finish, fold, merge, reopen } from '../../src/core/summary.js';
import type { DocumentResult, Mention } from '../../src/core/types.js';

function mention(file: string, start: number, text: string, entity: string, type: Mention['type'] = 'PERSON'): Mention {
  return { file, start, end: start + text.length, text, type, entity, source: 'test' };
}

function result(file: string, mentions: Mention[]): DocumentResult {
  return {
    document: { path: file, date: null, title: null },
    mentions,
    quotes: [{ file, start: 1, end: 5, text: 'word', kind: 'full', speaker: null, speakerDescription: null, cue: null, source: 'test' }],
    dates: [],
  };
}

const documents = [
  result('b.txt', [mention('b.txt', 0, 'Minsk', 'Minsk', 'GPE'), mention('b.txt', 10, 'Minsk', 'Minsk', 'GPE')]),
  result('a.txt', [mention('a.txt', 0, 'Sergey Lavrov', 'Sergey Lavrov'), mention('a.txt', 20, 'Lavrov', 'Sergey Lavrov')]),
  result('c.txt', [mention('c.txt', 0, 'Minsk', 'Minsk', 'GPE'), mention('c.txt', 8, 'Lavrov', 'Sergey Lavrov')]),
];

describe('the fold', () => {
  it('counts mentions, documents and surface forms per entity, sorted by count then name', () => {
    const summary = finish(documents.reduce(fold, emptyAccumulator()));
    expect(summary.entities.map((entity) => [entity.name, entity.count, entity.documents])).toEqual([
      ['Minsk', 3, 2],
      ['Sergey Lavrov', 3, 2],
    ]);
    expect(summary.entities[1].aliases).toEqual({ Lavrov: 2, 'Sergey Lavrov': 1 });
    expect(summary.documents.map((document) => document.path)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(summary.quotes.map((quote) => quote.file)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('gives the same answer whatever the grouping and order of merges', () => {
    const single = finish(documents.reduce(fold, emptyAccumulator()));
    // merge mutates its target, so each grouping starts from fresh shards.
    const left = () => fold(emptyAccumulator(), documents[2]);
    const right = () => fold(fold(emptyAccumulator(), documents[1]), documents[0]);
    expect(finish(merge(left(), right()))).toEqual(single);
    expect(finish(merge(merge(emptyAccumulator(), right()), left()))).toEqual(single);
  });

  it('reopens a finished summary so that shards merge to the single-run answer', () => {
    const single = finish(documents.reduce(fold, emptyAccumulator()));
    const shardOne = finish(fold(emptyAccumulator(), documents[0]));
    const shardTwo = finish(fold(fold(emptyAccumulator(), documents[1]), documents[2]));
    expect(finish(merge(reopen(shardOne), reopen(shardTwo)))).toEqual(single);
  });

  it('reopens a shard of hundreds of thousands of documents, quotes and dates', () => {
    const many = 300_000;
    const shard = {
      documents: Array.from({ length: many }, (_, index) => ({ path: `d${index}.txt`, date: null, title: null })),
      entities: [],
      quotes: Array.from({ length: many }, (_, index) => ({ ...documents[0].quotes[0], file: `d${index}.txt` })),
      dates: [],
    };
    const reopened = reopen(shard);
    expect(reopened.documents).toHaveLength(many);
    expect(reopened.quotes).toHaveLength(many);
  });

  it('counts a document once per entity however often it names it, and keeps no file lists', () => {
    const summary = finish(documents.reduce(fold, emptyAccumulator()));
    const minsk = summary.entities.find((entity) => entity.name === 'Minsk');
    // b.txt names Minsk twice, c.txt once: three mentions, two documents.
    expect(minsk).toEqual({ name: 'Minsk', type: 'GPE', count: 3, documents: 2, aliases: { Minsk: 3 } });
  });

  it('keeps only the entity table when records are streamed out', () => {
    const streamed = documents.reduce(fold, emptyAccumulator({ keepRecords: false }));
    expect(streamed.documents).toEqual([]);
    expect(streamed.quotes).toEqual([]);
    const summary = finish(streamed);
    expect(summary.entities).toEqual(finish(documents.reduce(fold, emptyAccumulator())).entities);
  });

  it('names a speaker as the corpus-wide entity table does', () => {
    const quoteBy = (file: string, speaker: string) => ({ file, start: 40, end: 50, text: 'we are ready', kind: 'full' as const, speaker, speakerDescription: null, cue: 'said', source: 'test' });
    // d.txt never writes the full name; a.txt does, so the table lists one Sergey Lavrov.
    const lone: DocumentResult = { ...result('d.txt', [mention('d.txt', 0, 'Lavrov', 'Lavrov')]), quotes: [quoteBy('d.txt', 'Lavrov')] };
    const summary = finish([documents[1], lone].reduce(fold, emptyAccumulator()));
    expect(summary.entities.map((entity) => entity.name)).toEqual(['Sergey Lavrov']);
    expect(summary.quotes.find((quote) => quote.file === 'd.txt')?.speaker).toBe('Sergey Lavrov');
    expect(corpusName(summary, 'Lavrov', 'PERSON')).toEqual({ name: 'Sergey Lavrov', type: 'PERSON' });
    expect(corpusName(summary, 'Nobody', 'PERSON')).toBeNull();
  });

  it('counts every surface form whether shards saw one form each or several', () => {
    const lavrov = (file: string, text: string) => result(file, [mention(file, 0, text, 'Sergey Lavrov')]);
    // Each shard alone has a single form; together they have three.
    const shardOne = [lavrov('a.txt', 'Lavrov'), lavrov('b.txt', 'Lavrov')].reduce(fold, emptyAccumulator());
    const shardTwo = [lavrov('c.txt', 'Sergey Lavrov')].reduce(fold, emptyAccumulator());
    const shardThree = [lavrov('d.txt', 'LAVROV'), lavrov('e.txt', 'Lavrov')].reduce(fold, emptyAccumulator());
    expect(finish(shardOne).entities[0].aliases).toEqual({ Lavrov: 2 });
    // merge mutates its target: shardOne is the union from here on.
    const merged = finish(merge(merge(shardOne, shardTwo), shardThree));
    expect(merged.entities.map((entity) => [entity.name, entity.count, entity.documents, entity.aliases])).toEqual([
      ['Sergey Lavrov', 5, 5, { LAVROV: 1, Lavrov: 3, 'Sergey Lavrov': 1 }],
    ]);
  });

  it('keeps the same name with different types apart', () => {
    const summary = finish(
      fold(emptyAccumulator(), result('a.txt', [mention('a.txt', 0, 'Washington', 'Washington', 'GPE'), mention('a.txt', 30, 'Washington', 'Washington', 'PERSON')])),
    );
    expect(summary.entities.map((entity) => entity.type).sort()).toEqual(['GPE', 'PERSON']);
  });
});
