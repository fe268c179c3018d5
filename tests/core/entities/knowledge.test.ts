import { describe, expect, it } from 'vitest';
import { foundEntities as found } from './found.js';
import {
  isListedPerson,
  isTrustedName,
  mayOpenVouchedName,
  mayStartVouchedName,
  countryOfDemonym,
  gazetteerEntries,
  gazetteerSources,
  isCommonAcronym,
  isCommonWord,
  isDemonym,
  isFirstName,
  isLocationKeyword,
  isMonth,
  isNeverName,
  isOrgSuffix,
  isRoleModifier,
  isTitle,
  isTitleWord,
  longestNameAt,
  lookupName,
  nameKey,
  refineLocationType,
  refineMiscType,
  typesAfterWord,
  typesBeforeWord,
} from '../../../src/core/entities/knowledge.js';

describe('lookupName', () => {
  it('resolves organisation aliases to one canonical name', () => {
    expect(lookupName('NATO')).toEqual({ type: 'ORG', canonical: 'North Atlantic Treaty Organization' });
    expect(lookupName('North Atlantic Alliance')?.canonical).toBe('North Atlantic Treaty Organization');
    expect(lookupName('EU')).toEqual({ type: 'ORG', canonical: 'European Union' });
    expect(lookupName('U.N.')?.canonical).toBe('United Nations');
    expect(lookupName('UN')?.canonical).toBe('United Nations');
    expect(lookupName('ASEAN')?.canonical).toBe('Association of Southeast Asian Nations');
  });

  it('knows an accented name by its plain spelling, as one entity under the accented name', () => {
    expect(lookupName('Sao Paulo')).toEqual({ type: 'GPE', canonical: 'São Paulo' });
    expect(lookupName('SAO PAULO')?.canonical).toBe('São Paulo');
    expect(lookupName('Bogota')?.canonical).toBe('Bogotá');
    expect(lookupName('Nicolas Maduro')?.canonical).toBe('Nicolás Maduro');
    // A country keeps its English name; a one-word division spelt plain is no name (`Falcon`).
    expect(lookupName('Mexico')?.canonical).toBe('Mexico');
    expect(lookupName('Falcon')).toBeNull();
  });

  it('knows cities of 200,000 people or more, but not those named like people, titles or words', () => {
    for (const city of ['Kazan', 'Sochi', 'Milton Keynes', 'Pune', 'Haiphong', 'Colorado Springs', 'Düsseldorf']) {
      expect(lookupName(city), city).toEqual({ type: 'GPE', canonical: city });
    }
    // A given name (`Charlotte`), a surname (`Ayala`), a title opening it (`General Santos`),
    // an English word (`Park`, `Oral`), a club eng.train names more than the city (`Bologna`).
    for (const name of ['Charlotte', 'Ayala', 'General Santos', 'Park', 'Oral', 'Bologna']) expect(lookupName(name), name).toBeNull();
    expect(found('She lives in Milton Keynes and works in Kazan.')).toEqual(['Milton Keynes/GPE', 'Kazan/GPE']);
  });

  it('knows a retailer named by two surnames and a messaging service named by a word', () => {
    expect(found('Shares of Marks and Spencer fell, and M&S said sales rose.')).toEqual(['Marks and Spencer/ORG', 'M&S/ORG']);
    expect(lookupName('Marks & Spencer')).toEqual({ type: 'ORG', canonical: 'Marks & Spencer' });
    expect(found('Rustem Umerov wrote on Telegram that the talks went well.')).toEqual(['Rustem Umerov/PERSON', 'Telegram/ORG']);
  });

  it('knows parliaments news names alone as bodies', () => {
    expect(lookupName('Duma')).toEqual({ type: 'ORG', canonical: 'State Duma' });
    expect(lookupName('Rada')?.canonical).toBe('Verkhovna Rada');
    expect(found('Merz told the Bundestag on Friday that spending would rise.')).toEqual(['Merz/PERSON', 'Bundestag/ORG']);
  });

  it('resolves country aliases, including dotted and informal forms', () => {
    for (const form of ['US', 'U.S.', 'USA', 'United States of America', 'America']) {
      expect(lookupName(form), form).toEqual({ type: 'GPE', canonical: 'United States' });
    }
    for (const form of ['UK', 'U.K.', 'Britain', 'Great Britain']) {
      expect(lookupName(form)?.canonical, form).toBe('United Kingdom');
    }
    expect(lookupName('Kiev')?.canonical).toBe('Kyiv');
    expect(lookupName('Russian Federation')?.canonical).toBe('Russia');
    expect(['N. Korea', 'S. Korea', 'S. Africa'].map((form) => lookupName(form)?.canonical)).toEqual(['North Korea', 'South Korea', 'South Africa']);
    // Not a person's initial and surname, whatever the tagger reads.
    expect(found('N. Korea fired a missile.')).toEqual(['N. Korea/GPE']);
  });

  it('keeps a people apart from its country where a catalogue lists it as a spelling', () => {
    expect(lookupName('Thai')?.type).toBe('NORP');
    expect(lookupName('Togolese')?.type).toBe('NORP');
    expect(found('Thai authorities said the plan was ready.')).toEqual(['Thai/NORP']);
    // A word of the country's own name is still the country.
    expect(lookupName('Vatican')).toEqual({ type: 'GPE', canonical: 'Vatican City' });
  });

  it('types regions, seas and continents as LOC and cities as GPE', () => {
    expect(lookupName('Far East')?.type).toBe('LOC');
    expect(lookupName('South China Sea')?.type).toBe('LOC');
    expect(lookupName('Eurasia')?.type).toBe('LOC');
    expect(lookupName('Europe')?.type).toBe('LOC');
    expect(lookupName('Moscow')?.type).toBe('GPE');
    expect(lookupName('Mumbai')?.type).toBe('GPE');
    expect(lookupName('Texas')?.type).toBe('GPE');
  });

  it('reads text in capitals (datelines) but stays case-sensitive otherwise', () => {
    expect(lookupName('MOSCOW')).toEqual({ type: 'GPE', canonical: 'Moscow' });
    expect(lookupName('UNITED NATIONS')?.canonical).toBe('United Nations');
    expect(lookupName('moscow')).toBeNull();
    expect(lookupName('us')).toBeNull();
    expect(lookupName('who')).toBeNull();
  });

  it('ignores a leading article, line breaks and curly apostrophes', () => {
    expect(lookupName('the Kremlin')?.type).toBe('ORG');
    expect(lookupName('South\nChina  Sea')?.canonical).toBe('South China Sea');
    expect(nameKey('Côte d’Ivoire')).toBe("Côte d'Ivoire");
    expect(lookupName('Côte d’Ivoire')?.canonical).toBe('Ivory Coast');
  });

  it('knows nothing of ordinary words and city names that are English words', () => {
    for (const word of ['Speaking', 'Member', 'Analysts', 'The', 'Police', 'Mobile', 'Hub']) {
      expect(lookupName(word), word).toBeNull();
    }
  });
});

describe('firms and clubs known in lower case only', () => {
  it('matches them however the text writes them, named as written', () => {
    expect(lookupName('Google')).toEqual({ type: 'ORG', canonical: 'Google' });
    expect(lookupName('GOOGLE')).toEqual({ type: 'ORG', canonical: 'GOOGLE' });
    expect(lookupName('Coca-Cola')).toEqual({ type: 'ORG', canonical: 'Coca-Cola' });
    expect(lookupName('McDonald’s')?.type).toBe('ORG');
    expect(lookupName('St. Louis Cardinals')?.type).toBe('ORG');
    expect(lookupName('The Beatles')?.type).toBe('ORG');
  });

  it('names one opening with a particle as a sentence would write it', () => {
    expect(lookupName('al Qaeda')).toEqual({ type: 'ORG', canonical: 'Al Qaeda' });
    expect(lookupName('Al Qaeda')).toEqual({ type: 'ORG', canonical: 'Al Qaeda' });
  });

  it('needs a capital, and leaves out words, given names and names another list has', () => {
    expect(lookupName('google')).toBeNull();
    expect(lookupName('coca cola')).toBeNull();
    // `ups` and `visa`-like words, given names (`Avis`), towns (`Westfield`)
    expect(lookupName('Ups')).toBeNull();
    expect(lookupName('Avis')).toBeNull();
    expect(lookupName('Westfield')).toBeNull();
    // the hand list's entry wins over the lower-case one
    expect(lookupName('NATO')?.canonical).toBe('North Atlantic Treaty Organization');
  });

  it('trusts them over the tagger’s place or thing, and mends a name split at its hyphen', () => {
    expect(isTrustedName('Google')).toBe(true);
    expect(isTrustedName('google')).toBe(false);
    expect(found('Akio Morita, the chairman of Sony, spoke.')).toContain('Sony/ORG');
    expect(found('Shares of Facebook and Netflix fell.')).toEqual(['Facebook/ORG', 'Netflix/ORG']);
    expect(found('Coca-Cola said on Monday it would cut jobs.')).toEqual(['Coca-Cola/ORG']);
    expect(found('We have broken al Qaeda cells in Hamburg.')).toEqual(['al Qaeda/ORG', 'Hamburg/GPE']);
  });
});

describe('longestNameAt', () => {
  it('prefers the longest name starting at a token', () => {
    const text = 'Tensions in the South China Sea rose.';
    const tokens = [...text.matchAll(/\S+?(?=[\s.]|$)/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
    const from = tokens.findIndex((token) => text.slice(token.start, token.end) === 'South');
    expect(longestNameAt(tokens, from, text)).toEqual({ type: 'LOC', canonical: 'South China Sea', tokens: 3 });
    expect(longestNameAt(tokens, 0, text)).toBeNull();
  });

  it('matches names whose tokens touch, such as U.S. split into pieces', () => {
    const text = 'the U.S. said';
    const tokens = [{ start: 0, end: 3 }, { start: 4, end: 6 }, { start: 6, end: 8 }, { start: 9, end: 13 }];
    expect(longestNameAt(tokens, 1, text)).toEqual({ type: 'GPE', canonical: 'United States', tokens: 2 });
  });
});

describe('word lists', () => {
  it('recognises demonyms and their countries', () => {
    expect(isDemonym('Russian')).toBe(true);
    expect(isDemonym('Russians')).toBe(true);
    expect(isDemonym('Belarusian')).toBe(true);
    expect(isDemonym('Chinese')).toBe(true);
    expect(isDemonym('russian')).toBe(false);
    expect(isDemonym('Russia')).toBe(false);
    expect(countryOfDemonym('Russian')).toBe('Russia');
    expect(countryOfDemonym('Kurds')).toBeNull();
    expect(lookupName('Russians')).toEqual({ type: 'NORP', canonical: 'Russian' });
  });

  it('knows first names from several traditions, in capitals too', () => {
    for (const name of ['Mary', 'John', 'Sergey', 'Vladimir', 'SERGEY']) expect(isFirstName(name), name).toBe(true);
    for (const word of ['Minister', 'Analysts', 'said']) expect(isFirstName(word), word).toBe(false);
  });

  it('recognises titles, their words and their modifiers in any case', () => {
    expect(isTitleWord('President')).toBe(true);
    expect(isTitleWord('Sen.')).toBe(true);
    expect(isTitleWord('Dr')).toBe(true);
    expect(isTitleWord('Secretary-General')).toBe(true);
    expect(isTitleWord('Lavrov')).toBe(false);
    expect(isTitle('Foreign Minister')).toBe(true);
    expect(isTitle('prime minister')).toBe(true);
    expect(isTitle('Solicitor General')).toBe(true);
    expect(isTitle('Foreign Lavrov')).toBe(false);
    expect(isRoleModifier('Deputy')).toBe(true);
    expect(isRoleModifier('former')).toBe(true);
    expect(isRoleModifier('Moscow')).toBe(false);
  });

  it('marks sentence openers as never names but leaves acronyms alone', () => {
    for (const word of ['Speaking', 'Member', 'Analysts', 'Discussing', 'The', 'He', 'Why']) {
      expect(isNeverName(word), word).toBe(true);
    }
    expect(isNeverName('US')).toBe(false);
    expect(isNeverName('WHO')).toBe(false);
    expect(isNeverName('May')).toBe(false);
    expect(isNeverName('Lavrov')).toBe(false);
    expect(isCommonWord('Speaking')).toBe(true);
    expect(isCommonWord('Moscow')).toBe(false);
  });

  it('knows the abbreviations of common nouns, and their plurals, in capitals only', () => {
    for (const word of ['DVD', 'DVDs', 'SUV', 'GDP', 'CEOs']) expect(isCommonAcronym(word), word).toBe(true);
    for (const word of ['WHO', 'NATO', 'dvd', 'US', 'BBC']) expect(isCommonAcronym(word), word).toBe(false);
    for (const word of ['TV', 'AI', 'IPOs', 'Rs']) expect(isCommonAcronym(word), word).toBe(true);
  });

  it('knows months, suffixes and landform words', () => {
    expect(isMonth('May')).toBe(true);
    expect(isMonth('Mary')).toBe(false);
    expect(isOrgSuffix('Ministry')).toBe(true);
    expect(isOrgSuffix('Lavrov')).toBe(false);
    expect(isLocationKeyword('Sea')).toBe(true);
    expect(isLocationKeyword('City')).toBe(false);
  });

  it('gives context cues learnt from news text', () => {
    expect(typesAfterWord('coach')).toContain('PERSON');
    expect(typesBeforeWord('troops')).toContain('NORP');
    expect(typesAfterWord('Lavrov')).toEqual([]);
  });
});

describe('refining types', () => {
  it('splits places into political units and natural regions', () => {
    expect(refineLocationType('Moscow')).toBe('GPE');
    expect(refineLocationType('Far East')).toBe('LOC');
    expect(refineLocationType('Ural Mountains')).toBe('LOC');
    expect(refineLocationType('Gulf of Aden')).toBe('LOC');
    expect(refineLocationType('Lake Baikal')).toBe('LOC');
    expect(refineLocationType('Kazan')).toBe('GPE');
    // Streets and buildings are no political units.
    expect(refineLocationType('Bathurst Street')).toBe('LOC');
    expect(refineLocationType('Heathrow Airport')).toBe('LOC');
    expect(refineLocationType('Pushkin Museum')).toBe('LOC');
    expect(refineLocationType('Pearl Harbor')).toBe('LOC');
    expect(refineLocationType('Dryburgh Abbey')).toBe('LOC');
    expect(refineLocationType('Greenisland Baptist Church')).toBe('LOC');
    expect(refineLocationType('Nasrec Expo Centre')).toBe('LOC');
    expect(refineLocationType('Yas Marina Circuit')).toBe('LOC');
    // A building before `of` and its town.
    expect(refineLocationType('Children’s Hospital of Philadelphia')).toBe('LOC');
    expect(refineLocationType('Zorvex Museum of Kell')).toBe('LOC');
    // A place's people are no building.
    expect(refineLocationType('Republic of Zorvex')).toBe('GPE');
  });

  it('splits miscellany into peoples and everything else', () => {
    expect(refineMiscType('Russian')).toBe('NORP');
    expect(refineMiscType('Bosnian Serbs')).toBe('NORP');
    expect(refineMiscType('Russian-Chinese')).toBe('NORP');
    expect(refineMiscType('Sunni')).toBe('NORP');
    expect(refineMiscType('World Cup')).toBe('MISC');
    expect(refineMiscType('Victory Day')).toBe('MISC');
  });
});

describe('the data', () => {
  it('lists each surface form once and names its sources', () => {
    const surfaces = gazetteerEntries().map((entry) => entry.surface);
    expect(new Set(surfaces).size).toBe(surfaces.length);
    expect(surfaces.length).toBeGreaterThan(5000);
    expect(gazetteerSources()['world-countries']).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('isTrustedName', () => {
  it('trusts the hand lists, countries and multi-word divisions', () => {
    expect(isTrustedName('Kremlin')).toBe(true);
    expect(isTrustedName('the Kremlin')).toBe(true);
    expect(isTrustedName('KREMLIN')).toBe(true);
    expect(isTrustedName('Ukraine')).toBe(true);
    expect(isTrustedName('North Rhine-Westphalia')).toBe(true);
  });

  it('does not trust cities, capitals, one-word counties, peoples or divisions eng.train knows as clubs', () => {
    expect(isTrustedName('Surrey')).toBe(false);
    expect(isTrustedName('Leeds')).toBe(false);
    expect(isTrustedName('Hamilton')).toBe(false);
    expect(isTrustedName('New York')).toBe(false);
    expect(isTrustedName('Russians')).toBe(false);
    expect(isTrustedName('Zorblax')).toBe(false);
  });
});

describe('the hand list of people', () => {
  it('holds today\'s public figures by full name and by the surnames no one else is known by', () => {
    expect(lookupName('Zelenskyy')).toEqual({ type: 'PERSON', canonical: 'Volodymyr Zelensky' });
    expect(lookupName('Sergei Lavrov')).toEqual({ type: 'PERSON', canonical: 'Sergey Lavrov' });
    expect(isListedPerson('Emmanuel Macron')).toBe(true);
    expect(isListedPerson('Macron')).toBe(true);
    expect(isListedPerson('von der Leyen')).toBe(true);
    expect(mayOpenVouchedName('Ursula')).toBe(true);
    expect(mayOpenVouchedName('von')).toBe(true);
    expect(mayStartVouchedName('Hun Sen said')).toBe(true);
    expect(lookupName('Mbappe')).toEqual({ type: 'PERSON', canonical: 'Kylian Mbappé' });
    expect(isListedPerson('Sabalenka')).toBe(true);
  });

  it('leaves out common surnames, a lower-case word, capitals and people eng.train lists', () => {
    expect(isListedPerson('Johnson')).toBe(false);
    expect(isListedPerson('Powell')).toBe(false);
    // Daniil as often as Dmitry: a lone `Medvedev` is left to the document.
    expect(isListedPerson('Medvedev')).toBe(false);
    expect(lookupName('Medvedev')?.canonical).toBe('Medvedev');
    expect(lookupName('Powell')?.canonical).not.toBe('Jerome Powell');
    expect(isListedPerson('trump')).toBe(false);
    expect(isListedPerson('XI')).toBe(false);
    expect(lookupName('XI')).toBeNull();
    expect(isListedPerson('Yeltsin')).toBe(false);
    // A surname that is a word, a place or a sibling's too names no one alone.
    expect(isListedPerson('Sinner')).toBe(false);
    expect(isListedPerson('Yamal')).toBe(false);
    expect(isListedPerson('Kelce')).toBe(false);
    expect(mayOpenVouchedName('Zorblax')).toBe(false);
    expect(mayStartVouchedName('Hun Zorblax')).toBe(false);
  });
});

describe('trusted list types over the tagger', () => {

  it('types the Kremlin as an organisation and a German state as a place', () => {
    expect(found('The Kremlin rejected the claim.')).toEqual(['Kremlin/ORG']);
    expect(found('Floods hit North Rhine-Westphalia on Monday.')).toEqual(['North Rhine-Westphalia/GPE']);
  });

  it('types a language as MISC wherever the sentence made it look like a place', () => {
    expect(found('The text was written in Latin.')).toEqual(['Latin/MISC']);
    expect(found('He spoke Swahili at home and read Hebrew at school.')).toEqual(['Swahili/MISC', 'Hebrew/MISC']);
  });

  it('keeps a language that is also a demonym, country or first name as that', () => {
    expect(lookupName('English')?.type).toBe('NORP');
    expect(lookupName('Tonga')?.type).toBe('GPE');
    expect(lookupName('Farsi')).toEqual({ type: 'MISC', canonical: 'Persian' });
    expect(isTrustedName('Sami')).toBe(false);
  });

  it('leaves a county read as a cricket club to context', () => {
    expect(found('Surrey beat Kent by six wickets at the Oval.')).toContain('Surrey/ORG');
  });
});
