/**
 * The user's entity configuration: names the gazetteer lacks or gets wrong, and words that
 * must never be reported as entities. The CLI reads and parses the file; this module only
 * validates the parsed value and turns it into lookups, so library users get the same checks.
 *
 * ```json
 * { "entities": [{ "name": "Sergey Lavrov", "type": "PERSON", "aliases": ["Lavrov"] }],
 *   "neverEntities": ["Analysts"] }
 * ```
 */
import { ENTITY_TYPES, type EntityType } from '../types.js';
import { lookupName, nameKey, type GazetteerEntry, type KnownName } from './knowledge.js';

/** One entity the user declares. */
export interface EntityConfigEntry {
  /** The canonical name tables list it under. */
  name: string;
  type: EntityType;
  /** Other written forms that mean the same entity (`Lavrov`, `FM Lavrov`). */
  aliases?: string[];
}

/** The validated configuration. */
export interface EntityConfig {
  entities: EntityConfigEntry[];
  /** Phrases never reported as entities, compared without regard to case (`Analysts`). */
  neverEntities: string[];
}

/** Top-level fields a configuration file may have; `$schema` lets editors validate it. */
export const CONFIG_FIELDS: readonly string[] = ['$schema', 'entities', 'neverEntities'];
const ENTRY_FIELDS: readonly string[] = ['name', 'type', 'aliases'];

/**
 * Checks a parsed configuration file and returns it typed, or every problem found.
 * Messages name the file and the field path, one problem a line, e.g.
 * `eurasia.config.json: entities[2].type must be one of PERSON, ORG, GPE, LOC, NORP, MISC (got "PER")`.
 * @param value - the result of JSON.parse on the file
 * @param file - the file name as the user should see it
 * @returns `config` when there are no errors; `errors` is empty exactly then
 */
export function validateEntityConfig(value: unknown, file: string): { config?: EntityConfig; errors: string[] } {
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${file}: ${message}`);
  if (!isRecord(value)) {
    fail(`must be a JSON object with "entities" and/or "neverEntities" (got ${describe(value)})`);
    return { errors };
  }
  for (const key of Object.keys(value)) {
    if (!CONFIG_FIELDS.includes(key)) fail(`unknown field "${key}"; expected one of ${CONFIG_FIELDS.filter((field) => field !== '$schema').join(', ')}`);
  }

  const entities: EntityConfigEntry[] = [];
  // Every written form, once: a form cannot mean two entities.
  const owners = new Map<string, string>();
  if (value.entities !== undefined) {
    if (!Array.isArray(value.entities)) fail(`entities must be an array (got ${describe(value.entities)})`);
    else {
      value.entities.forEach((entry: unknown, index: number) => {
        const at = `entities[${index}]`;
        if (!isRecord(entry)) {
          fail(`${at} must be an object with "name" and "type" (got ${describe(entry)})`);
          return;
        }
        for (const key of Object.keys(entry)) if (!ENTRY_FIELDS.includes(key)) fail(`${at}: unknown field "${key}"; expected name, type, aliases`);
        const name = checkText(entry.name, `${at}.name`, fail);
        let type: EntityType | undefined;
        if (typeof entry.type !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(entry.type)) {
          fail(`${at}.type must be one of ${ENTITY_TYPES.join(', ')} (got ${describe(entry.type)})`);
        } else type = entry.type as EntityType;
        const aliases: string[] = [];
        if (entry.aliases !== undefined) {
          if (!Array.isArray(entry.aliases)) fail(`${at}.aliases must be an array of strings (got ${describe(entry.aliases)})`);
          else {
            entry.aliases.forEach((alias: unknown, aliasIndex: number) => {
              const text = checkText(alias, `${at}.aliases[${aliasIndex}]`, fail);
              if (text !== undefined) aliases.push(text);
            });
          }
        }
        if (name === undefined || type === undefined) return;
        for (const [form, field] of [[name, `${at}.name`] as const, ...aliases.map((alias, aliasIndex) => [alias, `${at}.aliases[${aliasIndex}]`] as const)]) {
          const owner = owners.get(form);
          if (owner !== undefined && owner !== name) fail(`${field} "${form}" already names "${owner}"`);
          else owners.set(form, name);
        }
        entities.push(aliases.length > 0 ? { name, type, aliases: [...new Set(aliases)] } : { name, type });
      });
    }
  }

  const neverEntities: string[] = [];
  if (value.neverEntities !== undefined) {
    if (!Array.isArray(value.neverEntities)) fail(`neverEntities must be an array of strings (got ${describe(value.neverEntities)})`);
    else {
      value.neverEntities.forEach((phrase: unknown, index: number) => {
        const text = checkText(phrase, `neverEntities[${index}]`, fail);
        if (text === undefined) return;
        const owner = [...owners].find(([form]) => form.toLowerCase() === text.toLowerCase());
        if (owner) fail(`neverEntities[${index}] "${text}" is also a name of the entity "${owner[1]}"`);
        neverEntities.push(text);
      });
    }
  }
  return errors.length > 0 ? { errors } : { config: { entities, neverEntities }, errors };
}

/** A trimmed, non-empty, single-line string, or undefined after reporting why not. */
function checkText(value: unknown, field: string, fail: (message: string) => void): string | undefined {
  if (typeof value !== 'string') {
    fail(`${field} must be a string (got ${describe(value)})`);
    return undefined;
  }
  const text = nameKey(value);
  if (text === '') {
    fail(`${field} must not be empty`);
    return undefined;
  }
  return text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a wrong value reads in a message: its JSON for short values, its kind otherwise. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  const json = JSON.stringify(value);
  return json.length <= 40 ? json : `${typeof value} ${json.slice(0, 37)}…`;
}

/** What the pipeline asks of names, with the user's configuration laid over the gazetteer. */
export interface EntityLookups {
  /**
   * The user's entry for a phrase if there is one, else the gazetteer's (`lookupName`).
   * User entries are matched as written, or in capitals when the phrase is in capitals.
   */
  lookup(phrase: string): KnownName | null;
  /** True when the phrase, ignoring case, is one of `neverEntities`. */
  isSuppressed(phrase: string): boolean;
  /** The user's written forms, for adding to a tagger lexicon; empty without a config. */
  readonly userEntries: readonly GazetteerEntry[];
  /** The user's own entry for a phrase (as written, or in capitals), ignoring the gazetteer. */
  userEntry(phrase: string): KnownName | null;
}

/**
 * Turns a validated configuration into lookups. Without a configuration the lookups are the
 * gazetteer's alone and nothing is suppressed.
 * @param config - a configuration from `validateEntityConfig`, or undefined
 */
export function entityLookups(config?: EntityConfig): EntityLookups {
  const exact = new Map<string, KnownName>();
  const upper = new Map<string, KnownName>();
  const userEntries: GazetteerEntry[] = [];
  for (const entry of config?.entities ?? []) {
    const known: KnownName = { type: entry.type, canonical: entry.name };
    for (const surface of [entry.name, ...(entry.aliases ?? [])]) {
      if (exact.has(surface)) continue;
      exact.set(surface, known);
      upper.set(surface.toUpperCase(), known);
      userEntries.push({ surface, ...known });
    }
  }
  const never = new Set((config?.neverEntities ?? []).map((phrase) => phrase.toLowerCase()));
  const userEntry = (phrase: string): KnownName | null => {
    if (exact.size === 0) return null;
    const key = nameKey(phrase);
    return exact.get(key) ?? (key === key.toUpperCase() ? upper.get(key) : undefined) ?? null;
  };
  return {
    lookup(phrase: string): KnownName | null {
      return userEntry(phrase) ?? lookupName(phrase);
    },
    userEntry,
    isSuppressed(phrase: string): boolean {
      return never.size > 0 && never.has(nameKey(phrase).toLowerCase());
    },
    userEntries,
  };
}
