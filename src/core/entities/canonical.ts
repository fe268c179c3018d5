/**
 * Cross-document canonical names, applied by the aggregate fold when a run finishes: records
 * that denote the same entity (`Lavrov` and `Sergey Lavrov`, `U.S.` and `United States`)
 * become one, with their counts, document counts and alias tables united.
 *
 * The result depends only on the set of records, never on their order, and applying it to
 * its own output changes nothing, so a run split into shards and merged gives the answer
 * one run gives (see `canonicalizeEntities` for the one limit).
 */
import type { EntityType } from '../types.js';
import { isAcronym } from './aliases.js';
import { isCommonWord, isFirstName, lookupName } from './knowledge.js';

/** The legal forms that close a firm's name: what is before one names the firm alone. */
const LEGAL_FORMS: ReadonlySet<string> = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'PLC', 'Plc', 'plc', 'AG', 'LLC']);

/** Types a firm's own name may have been misread as, for rule 5. */
const FIRM_MISREADINGS: ReadonlySet<EntityType> = new Set(['GPE', 'LOC', 'MISC']);

/** One entity in the aggregate; the shape of summary.ts's `EntityRecord`. */
export interface EntityRecordLike {
  name: string;
  type: EntityType;
  count: number;
  /** How many documents name it (each document counted once per record it folded into). */
  documents: number;
  /** Mentions per surface form. */
  aliases: Record<string, number>;
}

/**
 * Merges records that name the same entity. Three rules, each merging only into a record
 * of the same type and only when exactly one record qualifies:
 *
 * 1. a record named by a gazetteer alias takes the canonical name (`NATO` → `North
 *    Atlantic Treaty Organization`, `MOSCOW` → `Moscow`);
 * 2. a record whose name another record was called somewhere (it is in that record's alias
 *    table, as in-document resolution left it) joins that record (`ASEAN` the acronym joins
 *    the record whose documents defined it), unless it is a lone head word (`Commission`
 *    joins no `United Nations Compensation Commission`: see `isShortFormAcrossDocuments`);
 * 3. a one-word PERSON joins the multi-word PERSON it ends (`Lavrov` → `Sergey Lavrov`),
 *    or the one it starts when the word is no first name (`Xi` → `Xi Jinping`: family name
 *    first; `Boris` stays apart from `Boris Johnson`). `Johnson` with both `Boris Johnson`
 *    and `Lyndon Johnson` present stays alone. A name in capitals matches as written in
 *    mixed case (`LAVROV`). A full name from a single document claims other documents'
 *    surnames only when it opens with a given name or an initial (`Booming Ben` claims no
 *    `Ben`: see `isEstablishedFullName`).
 * 4. the one exception to "same type": a one-word record typed otherwise (`Starmer` read as
 *    an organisation where nothing in its document said who it was) joins the multi-word
 *    PERSON it ends, and becomes a person, when no list knows the word as anything but a
 *    person (`Washington` stays the city beside `George Washington`), the word is no
 *    common one (`Court` joins no `Superior Court`) and the full name is named in two
 *    documents or more.
 * 5. likewise a record typed as a place or a thing (`Enron` read as a place in e-mails) joins
 *    the one firm named by it and a legal form (`Enron Corp.`), and becomes an organisation,
 *    when no list knows it as anything but an organisation (`Texas` stays beside a `Texas
 *    Inc.`), it is no common word (`Power Corp`) and the firm is named in two documents or
 *    more; of one firm written with two legal forms (`Enron Corp`, `Enron Corp.`), the one
 *    named most. So does a lone word read as a person (`Dynegy will pay`), unless it is a
 *    given name or some person's full name in the corpus ends or opens with it: people lend
 *    firms their names (`Michael Dell`, `Dell Inc.`).
 *
 * Merging repeats until nothing changes, so the output is a fixed point (idempotent).
 * Ties and order are settled by name, never by arrival order.
 *
 * One limit: a short name that is unambiguous in one shard but ambiguous in the union
 * (shard A knows only `Boris Johnson`, shard B only `Lyndon Johnson`) is merged inside A's
 * result, and the union cannot split it again, because records keep counts per entity, not
 * per alias. A document that named two records only this step joins counts for each of them.
 *
 * @param records - entity records, in any order (not modified)
 * @returns new records sorted by type then name, alias keys sorted
 */
export function canonicalizeEntities(records: readonly EntityRecordLike[]): EntityRecordLike[] {
  return canonicalize(records).records;
}

/** Where one record's name and type went: the record of the output it was merged into. */
export interface CanonicalName {
  name: string;
  type: EntityType;
}

/**
 * The key `canonicalNameMap` uses for a record or a mention: its type and name.
 * @param name - the record's name, or a mention's `entity`
 * @param type - its type
 */
export function canonicalKey(name: string, type: EntityType): string {
  return `${type}\u0000${name}`;
}

/**
 * For each input record (by `canonicalKey(name, type)`), the name and type of the output
 * record `canonicalizeEntities` merges it into. With the records a run folded from its
 * mentions, this gives each mention (`canonicalKey(mention.entity, mention.type)`) the
 * corpus-wide name the aggregate table lists it under (`Bailey` → `Andrew Bailey`). It can
 * only be known once every document is in: a mention printed as its document finishes carries
 * the document's own canonical name.
 * @param records - entity records, in any order (not modified)
 */
export function canonicalNameMap(records: readonly EntityRecordLike[]): Map<string, CanonicalName> {
  return canonicalize(records).mapping;
}

/**
 * `canonicalizeEntities` and `canonicalNameMap` in one pass, for the fold's `finish`.
 * @param records - entity records, in any order (not modified)
 */
export function canonicalize(records: readonly EntityRecordLike[]): { records: EntityRecordLike[]; mapping: Map<string, CanonicalName> } {
  const mapping = new Map<string, CanonicalName>();
  const renamed = records.map((record) => {
    const result = renameByKnowledge(record);
    mapping.set(canonicalKey(record.name, record.type), { name: result.name, type: result.type });
    return result;
  });
  let current = unite(renamed);
  for (;;) {
    const targets = chooseTargets(current);
    if (targets.size === 0) return { records: current, mapping };
    const moved = new Map<string, CanonicalName>();
    current = unite(current.map((record) => {
      const target = followTargets(record, targets);
      if (target === record) return record;
      moved.set(canonicalKey(record.name, record.type), { name: target.name, type: target.type });
      return { ...record, name: target.name, type: target.type };
    }));
    for (const [key, value] of mapping) {
      const next = moved.get(canonicalKey(value.name, value.type));
      if (next) mapping.set(key, next);
    }
  }
}

/** Rule 1: the gazetteer's canonical name, when the gazetteer agrees on the type. */
function renameByKnowledge(record: EntityRecordLike): EntityRecordLike {
  const known = lookupName(record.name);
  if (!known || known.type !== record.type || known.canonical === record.name) return record;
  return { ...record, name: known.canonical };
}

/** Merges records with the same name and type; the output is sorted and owns fresh arrays. */
function unite(records: readonly EntityRecordLike[]): EntityRecordLike[] {
  const byKey = new Map<string, { name: string; type: EntityType; count: number; documents: number; aliases: Map<string, number> }>();
  for (const record of records) {
    const key = `${record.type}\u0000${record.name}`;
    let united = byKey.get(key);
    if (!united) {
      united = { name: record.name, type: record.type, count: 0, documents: 0, aliases: new Map() };
      byKey.set(key, united);
    }
    united.count += record.count;
    united.documents += record.documents;
    for (const [alias, count] of Object.entries(record.aliases)) united.aliases.set(alias, (united.aliases.get(alias) ?? 0) + count);
  }
  return [...byKey.values()]
    .map((united) => ({
      name: united.name,
      type: united.type,
      count: united.count,
      documents: united.documents,
      aliases: Object.fromEntries([...united.aliases].sort((left, right) => compareText(left[0], right[0]))),
    }))
    .sort(compareRecords);
}

/**
 * For each record that should join another, the record it joins (rules 2 and 3). A record
 * joins only a "larger" one (more words, then more mentions, then earlier name), so two
 * records can never point at each other.
 */
function chooseTargets(records: readonly EntityRecordLike[]): Map<EntityRecordLike, EntityRecordLike> {
  // Indexes by type: who was called what, and which multi-word persons end in which word.
  const calledBy = new Map<string, EntityRecordLike[]>();
  const endingIn = new Map<string, EntityRecordLike[]>();
  const startingWith = new Map<string, EntityRecordLike[]>();
  const firmsNamed = new Map<string, EntityRecordLike[]>();
  for (const record of records) {
    for (const alias of Object.keys(record.aliases)) {
      if (alias !== record.name) push(calledBy, `${record.type}\u0000${alias}`, record);
    }
    const words = record.name.split(' ');
    if (record.type === 'PERSON' && words.length > 1) {
      push(endingIn, words[words.length - 1], record);
      push(startingWith, words[0], record);
    }
    if (record.type === 'ORG' && words.length > 1 && LEGAL_FORMS.has(words[words.length - 1])) push(firmsNamed, words.slice(0, -1).join(' '), record);
  }
  const targets = new Map<EntityRecordLike, EntityRecordLike>();
  for (const record of records) {
    const candidates = new Set<EntityRecordLike>(calledBy.get(`${record.type}\u0000${record.name}`) ?? []);
    // Rules 3 and 4 join by the words of a person's name, whatever the alias tables say: by
    // the surname it ends with, or by the family name it opens with (`Xi Jinping`).
    const bySurname = new Set<EntityRecordLike>();
    const byFamilyName = new Set<EntityRecordLike>();
    const byRetyping = new Set<EntityRecordLike>();
    // A lone initial (`C.`) is what is left of a name, no surname of anyone's.
    if (!record.name.includes(' ') && !INITIAL.test(record.name)) {
      const word = mixedCase(record.name);
      if (record.type === 'PERSON') {
        for (const person of endingIn.get(word) ?? []) bySurname.add(person);
        if (!isFirstName(word)) for (const person of startingWith.get(word) ?? []) byFamilyName.add(person);
      } else if (record.type !== 'NORP' && (lookupName(record.name)?.type ?? 'PERSON') === 'PERSON' && !isCommonWord(word)) {
        // Rule 4: only a unique full name may claim a word of another type, and not a common
        // word: `Superior Court`, misread as a person somewhere, must not make persons of every
        // `Court` of the corpus.
        const people = endingIn.get(word) ?? [];
        if (people.length === 1) byRetyping.add(people[0]);
      }
    }
    // Rule 5: a firm's own name read as a place or a thing. Records that differ only in the
    // legal form (`Enron Corp`, `Enron Corp.`) are one firm written two ways: the largest.
    if (mayBeMisreadFirm(record, endingIn, startingWith) && (lookupName(record.name)?.type ?? 'ORG') === 'ORG' && (record.name.includes(' ') || !isCommonWord(record.name))) {
      const firms = firmsNamed.get(record.name) ?? [];
      const firm = firms.reduce<EntityRecordLike | undefined>((best, candidate) => (!best || isLarger(candidate, best) ? candidate : best), undefined);
      if (firm) byRetyping.add(firm);
    }
    for (const person of [...bySurname, ...byFamilyName, ...byRetyping]) candidates.add(person);
    candidates.delete(record);
    const larger = [...candidates].filter((candidate) => isLarger(candidate, record));
    // Every candidate counts towards ambiguity, even one the rule that proposed it then refuses.
    const target = larger.length === 1 ? larger[0] : undefined;
    if (target && mayJoin(record, target, { bySurname, byFamilyName, byRetyping })) targets.set(record, target);
  }
  return targets;
}

/**
 * Whether rule 5 may read `record` as a firm's own name misread: a place or a thing, or a
 * lone word read as a person (`Dynegy will pay`) that is no given name and that no person's
 * full name in the corpus ends or opens with. People lend firms their names (`Michael Dell`,
 * `Dell Inc.`): where the corpus names the person, the word stays theirs.
 */
function mayBeMisreadFirm(record: EntityRecordLike, endingIn: ReadonlyMap<string, unknown>, startingWith: ReadonlyMap<string, unknown>): boolean {
  if (FIRM_MISREADINGS.has(record.type)) return true;
  if (record.type !== 'PERSON' || record.name.includes(' ')) return false;
  const word = mixedCase(record.name);
  return !isFirstName(word) && !endingIn.has(word) && !startingWith.has(word);
}

/** Whether `record` may join its one larger candidate, by the rule that proposed it. */
function mayJoin(
  record: EntityRecordLike,
  target: EntityRecordLike,
  proposed: { bySurname: Set<EntityRecordLike>; byFamilyName: Set<EntityRecordLike>; byRetyping: Set<EntityRecordLike> },
): boolean {
  if (proposed.byFamilyName.has(target)) return true;
  // Retyping moves every mention of the word into another type: the full name must be named
  // in two documents at least (one `Van Halen Enron` must not make a person of Enron).
  if (proposed.byRetyping.has(target)) return target.documents >= 2;
  if (proposed.bySurname.has(target)) return isEstablishedFullName(target);
  return isShortFormAcrossDocuments(record.name, target.name);
}

/**
 * Whether a multi-word PERSON may claim the lone surnames of other documents (rule 3): it is
 * named in more than one document, or opens with a given name or an initial. A one-off
 * misreading (`Booming Ben`, `Hillbilly Shakespeare` in a chat transcript) must not collect
 * every `Ben` and `Shakespeare` of the corpus. Document counts only grow when runs are
 * merged, so a shard never joins what the union would not.
 */
function isEstablishedFullName(record: EntityRecordLike): boolean {
  if (record.documents >= 2) return true;
  const first = record.name.slice(0, record.name.indexOf(' '));
  return isFirstName(first) || /^(?:\p{Lu}\.)+$/u.test(first);
}

/**
 * Whether a document's reading of `name` as short for `full` may bind other documents too. A
 * lone word that ends a name is its head noun (`Commission` of `United Nations Compensation
 * Commission`, `Court`, `Alliance`): one document's `the Commission` says nothing of the
 * commissions of others. Acronyms, the firm's own word (`Siemens` of `Siemens AG`) and
 * longer names do bind.
 */
function isShortFormAcrossDocuments(name: string, full: string): boolean {
  if (name.includes(' ') || isAcronym(name)) return true;
  return full.startsWith(name + ' ');
}

const INITIAL = /^\p{Lu}\.$/u;

function isLarger(candidate: EntityRecordLike, record: EntityRecordLike): boolean {
  const candidateWords = wordCount(candidate.name);
  const recordWords = wordCount(record.name);
  if (candidateWords !== recordWords) return candidateWords > recordWords;
  if (candidate.count !== record.count) return candidate.count > record.count;
  return compareText(candidate.name, record.name) < 0;
}

/** The end of a chain of joins (`Lavrov` → `S. Lavrov` → `Sergey Lavrov`). */
function followTargets(record: EntityRecordLike, targets: Map<EntityRecordLike, EntityRecordLike>): EntityRecordLike {
  let current = record;
  // `isLarger` is a strict order, so a chain cannot cycle; the bound is a guard all the same.
  for (let steps = 0; steps <= targets.size; steps += 1) {
    const next = targets.get(current);
    if (!next) return current;
    current = next;
  }
  return current;
}

/** `LAVROV` → `Lavrov`: a word in capitals (four letters or more, so no acronym) as mixed case writes it. */
function mixedCase(word: string): string {
  if (word.length < 4 || /\p{Ll}/u.test(word) || !/^\p{Lu}+(?:[-'’]\p{Lu}+)*$/u.test(word)) return word;
  return word.replace(/\p{Lu}+/gu, (part) => part[0] + part.slice(1).toLowerCase());
}

function wordCount(name: string): number {
  let count = 1;
  for (let i = 0; i < name.length; i += 1) if (name.charCodeAt(i) === 32) count += 1;
  return count;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

function compareRecords(left: EntityRecordLike, right: EntityRecordLike): number {
  return compareText(left.type, right.type) || compareText(left.name, right.name);
}
