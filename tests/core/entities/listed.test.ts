import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageTypes } from './found.js';
import { createNlp } from '../../../src/core/nlp.js';
import { mendListedNames } from '../../../src/core/entities/listed.js';
import { extractEntities } from '../../../src/core/entities/index.js';
import type { Mention } from '../../../src/core/types.js';

const nlp = createNlp();

function mended(text: string, mentions: Mention[]): string[] {
  return stageTypes(mendListedNames, text, mentions);
}

describe('spans mended by the names the lists trust', () => {
  it('joins the pieces of a trusted name into one mention of its listed type, with exact offsets', () => {
    const text = 'NATO exercises in the Baltic Sea were a provocation.';
    const result = mendListedNames([at(text, 'NATO', 'ORG'), at(text, 'Baltic', 'NORP'), at(text, 'Sea', 'ORG')], nlp.analyze(text), 'inline.txt');
    expect(result.map((mention) => `${mention.text}/${mention.type}/${mention.source}`)).toEqual(['NATO/ORG/test', 'Baltic Sea/LOC/entities/listed']);
    expect(text.slice(result[1].start, result[1].end)).toBe('Baltic Sea');
    expect(found('Troops left the Korean Peninsula.')).toEqual(['Korean Peninsula/LOC']);
  });

  it('trusts a place written with a lower-case word inside, city though it is', () => {
    const text = 'Officials in Dar es Salaam and Port-au-Prince said so.';
    expect(mended(text, [at(text, 'Dar', 'GPE'), at(text, 'Salaam', 'GPE'), at(text, 'Port', 'GPE')])).toEqual([
      'Dar es Salaam/GPE',
      'Port-au-Prince/GPE',
    ]);
    expect(found('Talks opened in Dar es Salaam on Monday, and aid reached Port-au-Prince.')).toEqual(['Dar es Salaam/GPE', 'Port-au-Prince/GPE']);
    // A city without one is no trusted name: clubs and firms take their town's name.
    const club = 'Fans of Plymouth Argyle cheered.';
    expect(mended(club, [at(club, 'Plymouth', 'ORG')])).toEqual(['Plymouth/ORG']);
  });

  it('splits a span made of trusted names and connectors into the names', () => {
    expect(found('Tensions rose in the South China Sea and the Persian Gulf.')).toEqual(['South China Sea/LOC', 'Persian Gulf/LOC']);
  });

  it('mends a name the tagger ran on over lower-case words, which are no longer name', () => {
    const text = 'He worked at Friends of the Earth for nine years, near the Baltic Sea fleet.';
    expect(mended(text, [at(text, 'Friends', 'GPE'), at(text, 'Earth for', 'ORG'), at(text, 'Baltic Sea fleet', 'ORG')])).toEqual([
      'Friends of the Earth/ORG',
      'Baltic Sea/LOC',
    ]);
  });

  it('knows the aid agencies, rights groups and United Nations programmes news quotes', () => {
    expect(found('Amnesty International said the trial was unfair.')).toEqual(['Amnesty International/ORG']);
    expect(found('Human Rights Watch and the Committee to Protect Journalists agreed.')).toEqual(['Human Rights Watch/ORG', 'Committee to Protect Journalists/ORG']);
    expect(found('The prize went to Médecins sans Frontières and UNICEF.')).toEqual(['Médecins sans Frontières/ORG', 'UNICEF/ORG']);
  });

  it('leaves a longer name, the two countries of a region, and a lone word after `the`', () => {
    const fleet = 'The Baltic Sea Fleet sailed.';
    expect(mended(fleet, [at(fleet, 'Baltic Sea Fleet', 'ORG')])).toEqual(['Baltic Sea Fleet/ORG']);
    const region = 'Exports to Australia and New Zealand rose.';
    expect(mended(region, [at(region, 'Australia', 'GPE'), at(region, 'New Zealand', 'GPE')])).toEqual(['Australia/GPE', 'New Zealand/GPE']);
    const island = 'They sailed round The Island at dawn.';
    expect(mended(island, [at(island, 'Island', 'LOC')])).toEqual(['Island/LOC']);
  });
});

describe('trusted names the tagger cut or passed over', () => {
  it('takes in a number that opens a listed name', () => {
    const text = 'The film was made by 20th Century Fox in 1977.';
    expect(mended(text, [at(text, 'Century Fox', 'ORG')])).toEqual(['20th Century Fox/ORG']);
    // A name of one word after its number, which no two words of letters open.
    const jets = 'Boeing delivered 40 737 Max jets in October.';
    expect(mended(jets, [at(jets, 'Boeing', 'ORG'), at(jets, 'Max', 'PERSON')])).toEqual(['Boeing/ORG', '737 Max/MISC']);
    expect(found(jets)).toEqual(['Boeing/ORG', '737 Max/MISC']);
  });

  it('takes in the words before a hyphen and a lower-case particle', () => {
    const hyphen = 'Coca-Cola said on Monday it would cut jobs.';
    expect(mended(hyphen, [at(hyphen, 'Cola', 'ORG')])).toEqual(['Coca-Cola/ORG']);
    const particle = 'Cells of al Qaeda were broken.';
    expect(mended(particle, [at(particle, 'Qaeda', 'PERSON')])).toEqual(['al Qaeda/ORG']);
  });

  it('finds a trusted name that opens a sentence, after an opening quote too', () => {
    const text = 'Facebook and Netflix declined. "Kremlin aides said no," he wrote.';
    expect(mended(text, [at(text, 'Netflix', 'ORG')])).toEqual(['Facebook/ORG', 'Netflix/ORG', 'Kremlin/ORG']);
  });

  it('finds one the tagger passed over inside a sentence, standing alone and not in a headline', () => {
    const inside = 'Shares of Facebook fell after OpenAI updated ChatGPT and Ukraine fired ATACMS missiles.';
    expect(mended(inside, [at(inside, 'OpenAI', 'ORG'), at(inside, 'Ukraine', 'GPE')])).toEqual([
      'Facebook/ORG',
      'OpenAI/ORG',
      'ChatGPT/MISC',
      'Ukraine/GPE',
      'ATACMS/MISC',
    ]);
    // Beside another name word, in a title-case headline, a shout, a word defined as ordinary words.
    const beside = 'He bought an iPad Chrome, a Zorvex Facebook and a Facebook Kit.';
    expect(mended(beside, [])).toEqual([]);
    const headline = 'Tech Stocks Tumble: Facebook, Zorvex Lead Losses';
    expect(mended(headline, [])).toEqual([]);
    const shout = 'It doesnt matter WHO is in it, but the WHO said so.';
    expect(mended(shout, [])).toEqual(['WHO/ORG']);
    const defined = 'Choose your AP (ability point) build.';
    expect(mended(defined, [])).toEqual([]);
  });

  it('finds a person of the hand list the tagger passed over, standing alone, as written', () => {
    const opening = 'Macron signed the decree on Tuesday. Officials said Lula would attend.';
    expect(mended(opening, [])).toEqual(['Macron/PERSON', 'Lula/PERSON']);
    const [macron] = extractEntities(nlp.analyze(opening), 'inline.txt');
    expect(macron).toMatchObject({ text: 'Macron', type: 'PERSON', entity: 'Emmanuel Macron', source: 'entities/listed' });
    // Cut by the tagger, it is mended whole, as a trusted name is.
    const cut = 'He met Hun Sen on Monday.';
    expect(mended(cut, [at(cut, 'Hun', 'GPE')])).toEqual(['Hun Sen/PERSON']);
    // Not the word in lower case, not inside a longer name, not a surname listed only with its given name.
    expect(mended('In bridge, spades trump hearts.', [])).toEqual([]);
    expect(mended('Macron Street was closed.', [])).toEqual([]);
    expect(mended('Johnson signed the decree.', [])).toEqual([]);
  });

  it('finds none in a longer name, over a mention, or outside the lists', () => {
    const longer = 'Google Earth showed it.';
    expect(mended(longer, [])).toEqual([]);
    const covered = 'Sony Pictures said so.';
    expect(mended(covered, [at(covered, 'Sony Pictures', 'ORG')])).toEqual(['Sony Pictures/ORG']);
    const unlisted = 'Zorblax and Netflix declined.';
    expect(mended(unlisted, [at(unlisted, 'Netflix', 'ORG')])).toEqual(['Netflix/ORG']);
  });
});

describe('one-word bodies the lists know', () => {
  it('are bodies where the tagger read a thing', () => {
    // The tagger reads each of these as MISC, a one-word thing such as `Arctic` in `Arctic ice`.
    expect(found('The Bundestag will meet for the first time on March 25.')).toEqual(['Bundestag/ORG']);
    expect(found('Boeing made an immediate payment of $25 million.')).toEqual(['Boeing/ORG']);
  });

  it('stay things where they name a product: after `a`, or before a name or a number', () => {
    expect(found('What is the difference between a Mercedes and a Lexus?')).toEqual(['Mercedes/MISC', 'Lexus/MISC']);
    expect(found('The airline flew a Boeing 747 to Paris, and Boeing 777X jets too.')).toEqual(['Boeing/MISC', 'Paris/GPE', 'Boeing/MISC']);
  });
});

describe('firms, parties, competitions and sea routes of today’s news', () => {
  it('are found whole and typed so, where the tagger split or mistyped them', () => {
    expect(found('Rio Tinto and Glencore are also seeking copper assets.')).toEqual(['Rio Tinto/ORG', 'Glencore/ORG']);
    expect(found('Maersk and Hapag-Lloyd have diverted ships around the Cape of Good Hope since January.')).toEqual([
      'Maersk/ORG',
      'Hapag-Lloyd/ORG',
      'Cape of Good Hope/LOC',
    ]);
    expect(found('The bid significantly undervalued Anglo American, the London-listed miner said.')).toContain('Anglo American/ORG');
    expect(found('Platforms such as Instagram, Snapchat and X face fines.')).toEqual(['Instagram/ORG', 'Snapchat/ORG']);
  });

  it('know the leagues and competitions sports news names without an event’s word', () => {
    expect(found('Real Madrid moved five points clear at the top of La Liga.')).toEqual(['Real Madrid/ORG', 'La Liga/MISC']);
    expect(found('Juventus lead Serie A on goal difference.')).toEqual(['Juventus/ORG', 'Serie A/MISC']);
    expect(found('Max Verstappen leads the Formula One standings.')).toEqual(['Max Verstappen/PERSON', 'Formula One/MISC']);
    expect(found('Delegates at COP29 in Baku agreed a finance goal.')).toEqual(['COP29/MISC', 'Baku/GPE']);
  });

  it('know the blocs and armed groups world news names by acronym', () => {
    expect(found('ECOWAS leaders met in Abuja. Mercosur and EFTA signed a deal.')).toEqual(['ECOWAS/ORG', 'Abuja/GPE', 'Mercosur/ORG', 'EFTA/ORG']);
    expect(found('HTS fighters entered Aleppo. M23 rebels seized Goma.')).toEqual(['HTS/ORG', 'Aleppo/GPE', 'M23/ORG', 'Goma/GPE']);
    expect(found('The AUKUS submarine deal remained on track.')).toEqual(['AUKUS/ORG']);
  });

  it('know the science bodies news names bare, and the parties of Thai and Tanzanian politics', () => {
    expect(found('Scientists at CERN said on Monday that the collider worked.')).toEqual(['CERN/ORG']);
    expect(found('Chadema, his party, called the result a sham.')).toEqual(['Chadema/ORG']);
  });

  it('know the British prime minister\'s office and the royal households as bodies', () => {
    expect(found('Downing Street said the prime minister would attend.')).toEqual(['Downing Street/ORG']);
    expect(found('Prince William visited Cardiff, Kensington Palace said.')).toEqual(['William/PERSON', 'Cardiff/GPE', 'Kensington Palace/ORG']);
  });

  it('know Britain\'s regulators by their one-word names', () => {
    expect(found('Thames Water submitted a rescue plan to Ofwat, and Ofcom fined the broadcaster.')).toEqual(['Thames Water/ORG', 'Ofwat/ORG', 'Ofcom/ORG']);
    // Whole, though a sentence opens with their first, common word.
    expect(found('Network Rail said the line would close.')).toEqual(['Network Rail/ORG']);
    expect(found('Police Scotland said a boy had been charged.')).toEqual(['Police Scotland/ORG']);
  });

  it('know the depository, firms and outlets of this year\'s news that the tagger read as places and things', () => {
    expect(found('Euroclear, the Brussels-based depository, has warned of lawsuits.')).toContain('Euroclear/ORG');
    expect(found('Gavi signed a deal with Bavarian Nordic, according to the Hong Kong Free Press.')).toEqual(['Gavi/ORG', 'Bavarian Nordic/ORG', 'Hong Kong Free Press/ORG']);
    expect(found('Airlines including Iberia, TAP Air Portugal and Avianca suspended flights.')).toContain('TAP Air Portugal/ORG');
  });

  it('know museums and dams named alone', () => {
    expect(found('Two suspects in the Louvre jewel heist were charged.')).toEqual(['Louvre/LOC']);
    expect(found('He visited the Three Gorges Dam.')).toEqual(['Three Gorges Dam/LOC']);
  });

  it('know the sports and music stars the tagger read as firms and places', () => {
    expect(found('Madison Keys beat Aryna Sabalenka in Melbourne.')).toEqual(['Madison Keys/PERSON', 'Aryna Sabalenka/PERSON', 'Melbourne/GPE']);
    expect(found('Lamine Yamal scored twice for Barcelona.')).toEqual(['Lamine Yamal/PERSON', 'Barcelona/ORG']);
    expect(found('Taylor Swift announced a new tour.')).toEqual(['Taylor Swift/PERSON']);
  });

  it('know the AI laboratories, and the firm a laboratory is named after stays a firm', () => {
    expect(found('Demis Hassabis, who leads Google DeepMind, said Google would ship it.')).toEqual(['Demis Hassabis/PERSON', 'Google DeepMind/ORG', 'Google/ORG']);
  });

  it('know the parties of 2025\'s elections and the bodies named alone that the tagger read as things', () => {
    expect(found("The election was won by Rob Jetten's D66 party, ahead of the PVV.")).toEqual(['Rob Jetten/PERSON', 'D66/ORG', 'PVV/ORG']);
    expect(found('Andrej Babis became prime minister after his ANO movement won.')).toEqual(['Andrej Babis/PERSON', 'ANO/ORG']);
    expect(found('Defence Minister Boris Pistorius said the Bundeswehr needed more soldiers, and Energoatom denied it.')).toEqual(['Boris Pistorius/PERSON', 'Bundeswehr/ORG', 'Energoatom/ORG']);
  });

  it('know the Pacific Islands Forum and Saudi Arabia\'s Public Investment Fund', () => {
    expect(found('Rabuka told the Pacific Islands Forum in Honiara that the Public Investment Fund would invest.')).toEqual([
      'Rabuka/PERSON',
      'Pacific Islands Forum/ORG',
      'Honiara/GPE',
      'Public Investment Fund/ORG',
    ]);
  });

  it('know the global health funds', () => {
    expect(found('Gavi, the vaccine alliance, said it would ship 500,000 doses.')).toEqual(['Gavi/ORG']);
    expect(found('The Global Fund and CEPI pledged more.')).toEqual(['Global Fund/ORG', 'CEPI/ORG']);
  });

  it('know the towns of today’s wars, which the tagger read as people', () => {
    expect(found('Israeli strikes hit Khan Younis and Deir al-Balah overnight.')).toEqual(['Israeli/NORP', 'Khan Younis/GPE', 'Deir al-Balah/GPE']);
    expect(found('The RSF seized El Fasher. M23 rebels took Bukavu.')).toEqual(['RSF/ORG', 'El Fasher/GPE', 'M23/ORG', 'Bukavu/GPE']);
  });

  it('know the stadiums sports news names without a stadium’s word, typed as eng.train types grounds', () => {
    expect(found('Liverpool won 2-0 at Anfield.')).toEqual(['Liverpool/ORG', 'Anfield/LOC']);
    expect(found('Newcastle beat Spurs at St James’ Park.')).toEqual(['Newcastle/ORG', 'Spurs/ORG', 'St James’ Park/LOC']);
    expect(found('Burnley lost 3-1 at Turf Moor.')).toEqual(['Burnley/ORG', 'Turf Moor/LOC']);
  });

  it('know the products today’s news names, typed as eng.train types products', () => {
    expect(found('Tesla’s Cybertruck was recalled.')).toEqual(['Tesla/ORG', 'Cybertruck/MISC']);
    expect(found('Eli Lilly’s Mounjaro and Zepbound sold well.')).toEqual(['Eli Lilly/ORG', 'Mounjaro/MISC', 'Zepbound/MISC']);
    expect(found('The Artemis II crew will fly around the Moon.')).toContain('Artemis II/MISC');
    expect(found('Users of Google Chrome were told to update.')).toEqual(['Google Chrome/MISC']);
  });

  it('know the parties and armed groups of today’s political news, and their acronyms', () => {
    expect(found('The Alternative for Germany (AfD) doubled its share of the vote. AfD co-leader Alice Weidel spoke.')).toEqual([
      'Alternative for Germany/ORG',
      'AfD/ORG',
      'AfD/ORG',
      'Alice Weidel/PERSON',
    ]);
  });
});
