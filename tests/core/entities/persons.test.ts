import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt, stageTypes } from './found.js';
import { createNlp } from '../../../src/core/nlp.js';
import { extractEntities } from '../../../src/core/entities/index.js';
import { findContextPersons, mendNameSpans } from '../../../src/core/entities/persons.js';

const nlp = createNlp();

describe('lone surnames shown to be people by their context', () => {
  it('finds an unfamiliar surname that opens a sentence before a reporting verb', () => {
    expect(found('Trump said tariffs would rise.')).toEqual(['Trump/PERSON']);
    expect(found('Vantrelli told reporters the budget would pass.')).toEqual(['Vantrelli/PERSON']);
  });

  it('retypes a surname before a possessive and a word only people have', () => {
    expect(found("Putin's aide said the talks were over.")).toContain('Putin/PERSON');
    expect(found('Okonkwo’s wife thanked the nurses.')).toContain('Okonkwo/PERSON');
  });

  it('tags what it adds with its own stage and exact offsets', () => {
    const text = 'Markets fell. Vantrelli said the budget would pass.';
    const [person] = findContextPersons([], nlp.analyze(text), 'inline.txt');
    expect(person).toMatchObject({ text: 'Vantrelli', type: 'PERSON', source: 'entities/person-context' });
    expect(text.slice(person.start, person.end)).toBe('Vantrelli');
  });
});

describe('what the person evidence leaves alone', () => {
  it('does not take ordinary words, places or bodies that say things', () => {
    expect(found('Police said the man was held.')).toEqual([]);
    expect(found('Officials told reporters nothing.')).toEqual([]);
    expect(found('Germany said it would help.')).toEqual(['Germany/GPE']);
    expect(found("Moscow's adviser left.")).not.toContain('Moscow/PERSON');
  });

  it('takes an unfamiliar place that speaks at the start of a sentence for a person, or a body that calls itself `its`', () => {
    const text = 'Talks ended. Umerov wrote that the talks went well. Vantrelli said its exports rose. Geneva said it would host them.';
    const read = (phrase: string) => mentionAt(text, phrase, 'GPE');
    const types = findContextPersons([read('Umerov'), read('Vantrelli'), read('Geneva')], nlp.analyze(text), 'inline.txt').map((mention) => `${mention.text}/${mention.type}`);
    expect(types).toEqual(['Umerov/PERSON', 'Vantrelli/ORG', 'Geneva/GPE']);
  });

  it('needs the reporting verb at the start of the sentence, and a personal word after a possessive', () => {
    const text = 'The plan, officials said, would fail. Zorbatron’s office declined to comment.';
    expect(findContextPersons([], nlp.analyze(text), 'inline.txt')).toEqual([]);
  });
});

describe('name spans over particles and up to `in`', () => {
  it('keeps particles inside a person\'s name and replaces the fragments', () => {
    expect(found('Sheikh Tamim bin Hamad Al Thani in Doha welcomed the envoy.')).toEqual(['Tamim bin Hamad Al Thani/PERSON', 'Doha/GPE']);
    expect(found('Crown Prince Mohammed bin Salman met him later.')).toEqual(['Mohammed bin Salman/PERSON']);
    expect(found('Ursula von der Leyen spoke in Strasbourg.')).toContain('Ursula von der Leyen/PERSON');
  });

  it('keeps the Welsh `ap` and the Portuguese `do` inside a name', () => {
    const text = 'Senedd member Rhun ap Iorwerth spoke.';
    expect(stageTypes(mendNameSpans, text, [mentionAt(text, 'Rhun', 'PERSON'), mentionAt(text, 'Iorwerth', 'PERSON')])).toEqual(['Rhun ap Iorwerth/PERSON']);
    expect(found("Brazil's COP30 president Andre Correa do Lago said the talks had delivered a deal.")).toContain('Andre Correa do Lago/PERSON');
  });

  it('keeps a particle joined by a hyphen (`al-Burhan`), and no hyphen that joins nothing', () => {
    expect(found('Gen. Abdel Fattah al-Burhan vowed to fight on.')).toEqual(['Abdel Fattah al-Burhan/PERSON']);
    const text = 'Yesterday Karim al- Zorbat arrived.';
    const analyzed = nlp.analyze(text);
    const start = text.indexOf('Karim');
    const mended = mendNameSpans([{ file: 'inline.txt', start, end: start + 5, text: 'Karim', type: 'PERSON', entity: 'Karim', source: 'test' }], analyzed, 'inline.txt');
    expect(mended.map((mention) => mention.text)).toEqual(['Karim']);
  });

  it('mends spans it is given, with exact offsets', () => {
    const text = 'Yesterday Karim bin Zorbat arrived.';
    const analyzed = nlp.analyze(text);
    const at = (phrase: string, type: 'PERSON' | 'GPE') => {
      const start = text.indexOf(phrase);
      return { file: 'inline.txt', start, end: start + phrase.length, text: phrase, type, entity: phrase, source: 'test' };
    };
    const [joined, ...rest] = mendNameSpans([at('Karim', 'PERSON'), at('Zorbat', 'GPE')], analyzed, 'inline.txt');
    expect(rest).toEqual([]);
    expect(joined).toMatchObject({ text: 'Karim bin Zorbat', type: 'PERSON' });
    expect(text.slice(joined.start, joined.end)).toBe('Karim bin Zorbat');
  });

  it('does not run a name on into a place, a lower-case word, or past a particle with no name after it', () => {
    const text = 'Rodrigo visited El Salvador. Karim de facto ruled. Pieter van Zorbat left.';
    const analyzed = nlp.analyze(text);
    const at = (phrase: string, type: 'PERSON' | 'GPE') => {
      const start = text.indexOf(phrase);
      return { file: 'inline.txt', start, end: start + phrase.length, text: phrase, type, entity: phrase, source: 'test' };
    };
    const mended = mendNameSpans([at('Rodrigo', 'PERSON'), at('El Salvador', 'GPE'), at('Karim', 'PERSON')], analyzed, 'inline.txt');
    expect(mended.map((mention) => mention.text)).toEqual(['Rodrigo', 'El Salvador', 'Karim']);
    const spoken = 'He thanked Rodrigo El Salvador.';
    const alone = mendNameSpans([{ ...at('Rodrigo', 'PERSON'), start: spoken.indexOf('Rodrigo'), end: spoken.indexOf('Rodrigo') + 7 }], nlp.analyze(spoken), 'inline.txt');
    expect(alone.map((mention) => mention.text)).toEqual(['Rodrigo']);
  });

  it('keeps an organisation whose title holds `in`, and cuts a run of names there', () => {
    const text = 'Human Rights in China and the Council for Peace in Europe met Karim Zorbat in Doha.';
    const at = (phrase: string) => {
      const start = text.indexOf(phrase);
      return { file: 'inline.txt', start, end: start + phrase.length, text: phrase, type: 'ORG' as const, entity: phrase, source: 'test' };
    };
    const mended = mendNameSpans([at('Human Rights in China'), at('Council for Peace in Europe'), at('Karim Zorbat in Doha')], nlp.analyze(text), 'inline.txt');
    expect(mended.map((mention) => `${mention.text}/${mention.type}`)).toEqual([
      'Human Rights in China/ORG',
      'Council for Peace in Europe/ORG',
      'Karim Zorbat/ORG',
      'Doha/GPE',
    ]);
  });
});

describe('a body that opens with a given name', () => {
  it('is not cut into people at `and`', () => {
    const text = 'Shares of Royal Bank of Scotland and Lloyds Banking Group fell.';
    const phrase = 'Royal Bank of Scotland and Lloyds Banking Group';
    const start = text.indexOf(phrase);
    const given = { file: 'inline.txt', start, end: start + phrase.length, text: phrase, type: 'ORG' as const, entity: phrase, source: 'test' };
    expect(stageTypes(mendNameSpans, text, [given])).toEqual([`${phrase}/ORG`]);
  });
});

describe('a plural of a trade before a reporting verb', () => {
  it('is no person, where a surname ending in -ers is one', () => {
    expect(found('Meteorologists said the storm would weaken.')).toEqual([]);
    expect(found('Forecasters said the storm would weaken.')).toEqual([]);
    expect(found('Eyewitnesses told local stations they saw a truck.')).toEqual([]);
    expect(found('Sanders said the plan would work.')).toEqual(['Sanders/PERSON']);
  });
});

describe('a full name written on over a hyphen', () => {
  it('takes a double-barrelled surname and the syllables of a given name the tagger stopped short of', () => {
    expect(found('Catherine Zeta-Jones starred in the film.')).toEqual(['Catherine Zeta-Jones/PERSON']);
    expect(found('Former prime minister Henry Campbell-Bannerman died in 1908.')).toEqual(['Henry Campbell-Bannerman/PERSON']);
    expect(found('Ban Ki-moon, the U.N. Secretary-General, said.')).toContain('Ban Ki-moon/PERSON');
    expect(found('Kim Dae-jung won the prize.')).toEqual(['Kim Dae-jung/PERSON']);
  });

  it('goes on from a hyphen the tagger took and stopped at, over a syllable of up to five letters', () => {
    expect(found('Former president Moon Jae-in spoke.')).toEqual(['Moon Jae-in/PERSON']);
    expect(found('President Lee Jae-myung met him.')).toEqual(['Lee Jae-myung/PERSON']);
    const text = 'It hired Bechtel Limited-not others, and Mabel Buchman BBB-flat sang.';
    const analyzed = nlp.analyze(text);
    const given = ['Bechtel Limited-', 'Mabel Buchman BBB-'].map((phrase) => {
      const start = text.indexOf(phrase);
      return { file: 'inline.txt', start, end: start + phrase.length, text: phrase, type: 'PERSON' as const, entity: phrase, source: 'test' };
    });
    // Only a syllable after a syllable joins: not after a word, nor after capitals.
    expect(mendNameSpans(given, analyzed, 'inline.txt').map((mention) => mention.text)).toEqual(['Bechtel Limited-', 'Mabel Buchman BBB-']);
    // Five-letter English heads have another shape.
    expect(found('A John Smith-based group backed the Joe Biden-style plan.')).toEqual(['John Smith/PERSON', 'Joe Biden/PERSON']);
  });

  it('replaces the fragment after the hyphen, with exact offsets', () => {
    const text = 'Yesterday Robert Smith-Jones arrived.';
    const at = (phrase: string, type: 'PERSON' | 'ORG') => {
      const start = text.indexOf(phrase);
      return { file: 'inline.txt', start, end: start + phrase.length, text: phrase, type, entity: phrase, source: 'test' };
    };
    const mended = mendNameSpans([at('Robert Smith', 'PERSON'), at('Jones', 'ORG')], nlp.analyze(text), 'inline.txt');
    expect(mended).toHaveLength(1);
    expect(mended[0]).toMatchObject({ text: 'Robert Smith-Jones', type: 'PERSON', source: 'test' });
    expect(text.slice(mended[0].start, mended[0].end)).toBe('Robert Smith-Jones');
  });

  it('leaves a lone surname before a hyphen, a compound made of a name, and a spaced dash', () => {
    const text = 'Yesterday Robert Smith-led talks and Robert Smith - Jones said - went on. The Smith-Jones ticket won.';
    const analyzed = nlp.analyze(text);
    const phrases = ['Robert Smith', 'Robert Smith', 'Smith'];
    let from = 0;
    const given = phrases.map((phrase) => {
      const start = text.indexOf(phrase, from);
      from = start + phrase.length;
      return { file: 'inline.txt', start, end: start + phrase.length, text: phrase, type: 'PERSON' as const, entity: phrase, source: 'test' };
    });
    expect(mendNameSpans(given, analyzed, 'inline.txt').map((mention) => mention.text)).toEqual(phrases);
  });
});

describe('an initial and its surname', () => {
  const person = (text: string, phrase: string, from = 0) => {
    const start = text.indexOf(phrase, from);
    return { file: 'inline.txt', start, end: start + phrase.length, text: phrase, type: 'PERSON' as const, entity: phrase, source: 'test' };
  };

  it('takes the surname after an initial the tagger stopped at', () => {
    const text = 'The wicket fell when M. Zorbatov bowled.';
    const [mended] = mendNameSpans([person(text, 'M.')], nlp.analyze(text), 'inline.txt');
    expect(mended).toMatchObject({ text: 'M. Zorbatov', type: 'PERSON' });
    expect(text.slice(mended.start, mended.end)).toBe('M. Zorbatov');
  });

  it('does not take a weekday, a listed place or a title, nor a word in a title-case headline', () => {
    const text = 'He met J. Monday and J. Paris and J. President at last.';
    const analyzed = nlp.analyze(text);
    const mentions = [person(text, 'J.'), person(text, 'J.', text.indexOf('J. Paris')), person(text, 'J.', text.indexOf('J. President'))];
    expect(mendNameSpans(mentions, analyzed, 'inline.txt').map((mention) => mention.text)).toEqual(['J.', 'J.', 'J.']);
    const headline = 'Bowler M. Zorbatov Takes Five Wickets';
    expect(mendNameSpans([person(headline, 'M.')], nlp.analyze(headline), 'inline.txt')[0].text).toBe('M.');
  });

  it('reads a score card: no space after the initial, and a title-case line where a number ends the name', () => {
    const text = "Derbyshire 471 (J. Adams 123, T.O'Gorman 109 not out, K. Barnett 87; T. Moody 6-82)";
    const analyzed = nlp.analyze(text);
    const mentions = [person(text, 'T.'), person(text, 'T.', text.indexOf('T. Moody'))];
    expect(mendNameSpans(mentions, analyzed, 'inline.txt').map((mention) => mention.text)).toEqual(["T.O'Gorman", 'T. Moody']);
    // Still no listed place, and in a headline no word that a capitalised word follows.
    const card = 'Kent 244 (T. Paris 4-68, T. Zorbatov Takes Five)';
    const given = [person(card, 'T.'), person(card, 'T.', card.indexOf('T. Zorbatov'))];
    expect(mendNameSpans(given, nlp.analyze(card), 'inline.txt').map((mention) => mention.text)).toEqual(['T.', 'T.']);
  });
});

describe('a body, an officer\'s title and the officer read as one span', () => {
  const span = (text: string, phrase: string, type: 'ORG' | 'GPE' | 'PERSON' = 'ORG') => {
    const start = text.indexOf(phrase);
    return { file: 'inline.txt', start, end: start + phrase.length, text: phrase, type, entity: phrase, source: 'test' };
  };
  const mend = (text: string, phrase: string) => stageTypes(mendNameSpans, text, [span(text, phrase)]);

  it('splits off the person after the title, leaving the title out of both', () => {
    expect(mend('Zorblax Dynamics Chief Executive Jamie Dimon warned of risks.', 'Zorblax Dynamics Chief Executive Jamie Dimon')).toEqual(['Zorblax Dynamics/ORG', 'Jamie Dimon/PERSON']);
    expect(mend('Chicago Cardinal Joseph Bernardin said so.', 'Chicago Cardinal Joseph Bernardin')).toEqual(['Chicago/GPE', 'Joseph Bernardin/PERSON']);
    // An agency's office and a firm's founder are titles too.
    expect(mend('NASA Administrator Bill Nelson told a news conference.', 'NASA Administrator Bill Nelson')).toEqual(['NASA/ORG', 'Bill Nelson/PERSON']);
    expect(mend('Zorblax Founder Jamie Dimon spoke.', 'Zorblax Founder Jamie Dimon')).toEqual(['Zorblax/ORG', 'Jamie Dimon/PERSON']);
    expect(found('Javier Milei met IMF Managing Director Kristalina Georgieva in Washington.')).toEqual([
      'Javier Milei/PERSON',
      'IMF/ORG',
      'Kristalina Georgieva/PERSON',
      'Washington/GPE',
    ]);
  });

  it('types the part before the title a body when its last word is a body\'s, over a `Health and` left out', () => {
    const text = 'Health and Human Services Secretary Zorvan Kell spoke.';
    expect(mend(text, 'Human Services Secretary Zorvan Kell')).toEqual(['Health and Human Services/ORG', 'Zorvan Kell/PERSON']);
    // A word another mention holds stays with it.
    const firms = 'Enron Corp. and Dynegy Services Chairman Chuck Watson spoke.';
    const mended = stageTypes(mendNameSpans, firms, [span(firms, 'Enron Corp.', 'ORG'), span(firms, 'Dynegy Services Chairman Chuck Watson')]);
    expect(mended).toEqual(['Enron Corp./ORG', 'Dynegy Services/ORG', 'Chuck Watson/PERSON']);
  });

  it('finds the role a person split off this way holds', () => {
    const [, dimon] = extractEntities(nlp.analyze('JPMorgan Chase & Co. Chief Executive Jamie Dimon warned of risks.'), 'inline.txt');
    expect(dimon).toMatchObject({ text: 'Jamie Dimon', type: 'PERSON', role: 'Chief Executive' });
  });

  it('leaves saints, titles that open a name, and titles with nothing name-like after them', () => {
    expect(mend('Paris St Germain won again.', 'Paris St Germain')).toEqual(['Paris St Germain/ORG']);
    expect(mend('The Prince Edward Island Council met.', 'Prince Edward Island Council')).toEqual(['Prince Edward Island Council/ORG']);
    expect(mend('The Zorblax Governor Office opened.', 'Zorblax Governor Office')).toEqual(['Zorblax Governor Office/ORG']);
  });
});

describe('middle initials', () => {
  it('join a given name and the surname the tagger read apart', () => {
    expect(found('Health and Human Services Secretary Robert F. Kennedy Jr. has ordered changes to the vaccine schedule.')).toEqual([
      'Health and Human Services/ORG',
      'Robert F. Kennedy Jr./PERSON',
    ]);
    const at = (text: string, phrase: string) => mentionAt(text, phrase, 'PERSON');
    const text = 'Yesterday Zorvan H. W. Kell arrived.';
    expect(stageTypes(mendNameSpans, text, [at(text, 'Zorvan'), at(text, 'Kell')])).toEqual(['Zorvan H. W. Kell/PERSON']);
    // No surname after the initial: nothing to join.
    const alone = 'Yesterday Zorvan H. arrived.';
    expect(stageTypes(mendNameSpans, alone, [at(alone, 'Zorvan')])).toEqual(['Zorvan/PERSON']);
    // An initial read as a person is no given name to go on from.
    const initial = 'Yesterday T. J. Zorvek arrived.';
    expect(stageTypes(mendNameSpans, initial, [at(initial, 'T.')])).toEqual(['T./PERSON']);
  });
});

describe('two people side by side', () => {
  const at = (text: string, phrase: string) => mentionAt(text, phrase, 'PERSON');

  it('are one person when the first opens with a given name', () => {
    expect(found("The Dutch election was won by Rob Jetten's party.")).toEqual(['Dutch/NORP', 'Rob Jetten/PERSON']);
    const text = 'The novels of James Fenimore Cooper and Hope Zorvek sold.';
    expect(stageTypes(mendNameSpans, text, [at(text, 'James Fenimore'), at(text, 'Cooper'), at(text, 'Hope'), at(text, 'Zorvek')])).toEqual([
      'James Fenimore Cooper/PERSON',
      'Hope Zorvek/PERSON',
    ]);
  });

  it('stay apart with no given name first, two names of two words, a repeated word or a body\'s last word', () => {
    const text = 'Zorvek Kell thanked Theodor Geisel Maria Lopez, then Jim Carrey Jim Carrey, and Agnes Zorvek Society.';
    const repeated = text.indexOf('Jim Carrey Jim') + 'Jim Carrey Jim '.length;
    const given = [
      at(text, 'Zorvek'),
      at(text, 'Kell'),
      at(text, 'Theodor Geisel'),
      at(text, 'Maria Lopez'),
      at(text, 'Jim Carrey Jim'),
      mentionAt(text, 'Carrey', 'PERSON', repeated),
      at(text, 'Agnes Zorvek'),
      at(text, 'Society'),
    ];
    expect(stageTypes(mendNameSpans, text, given)).toEqual(given.map((mention) => `${mention.text}/PERSON`));
    // Not across sentences.
    const sentences = 'He thanked Maria. Zorvek left.';
    expect(stageTypes(mendNameSpans, sentences, [at(sentences, 'Maria'), at(sentences, 'Zorvek')])).toEqual(['Maria/PERSON', 'Zorvek/PERSON']);
  });
});

describe('nicknames in quotation marks', () => {
  const at = (text: string, phrase: string) => mentionAt(text, phrase, 'PERSON');

  it('are part of the name, with the surname after them', () => {
    expect(found('Sean "Diddy" Combs was sentenced to 50 months in prison.')).toEqual(['Sean "Diddy" Combs/PERSON']);
    const text = 'Dwayne "The Rock" Zorvek Kell starred.';
    expect(stageTypes(mendNameSpans, text, [at(text, 'Dwayne'), mentionAt(text, 'Rock', 'MISC')])).toEqual(['Dwayne "The Rock" Zorvek Kell/PERSON']);
  });

  it.each([
    // A quotation of words in lower case, one not hugging its words, no name after it.
    ['Zorvek "said no" Kell left.', 'Zorvek'],
    ['Zorvek " Diddy " Kell left.', 'Zorvek'],
    ['Zorvek "Diddy" said so.', 'Zorvek'],
    ['Zorvek "Diddy" President Kell spoke.', 'Zorvek'],
  ])('leave %s alone', (text, name) => {
    expect(stageTypes(mendNameSpans, text, [at(text, name)])).toEqual([`${name}/PERSON`]);
  });

  it('leave a span the tagger read past the nickname as it is', () => {
    const text = 'Stephen "Cajun" Del Bagno flew.';
    expect(stageTypes(mendNameSpans, text, [at(text, 'Stephen "Cajun" Del Bagno')])).toEqual(['Stephen "Cajun" Del Bagno/PERSON']);
    const longer = 'Stephen "Cajun" Del Bagno Sr. flew.';
    expect(stageTypes(mendNameSpans, longer, [at(longer, 'Stephen "Cajun" Del Bagno Sr.')])).toEqual(['Stephen "Cajun" Del Bagno Sr./PERSON']);
  });
});

describe('particles before a surname that opens a sentence', () => {
  it('joins them when the document names the person in full with them', () => {
    const found = extractEntities(nlp.analyze('Commission President Ursula von der Leyen spoke. Von der Leyen said the plan would pass.'), 'inline.txt');
    expect(found.map((m) => `${m.text}/${m.type}/${m.entity}`)).toContain('Von der Leyen/PERSON/Ursula von der Leyen');
  });

  it('leaves them out when no full name has them', () => {
    const text = 'Karim Zorbat spoke. Al Zorbat said no.';
    const at = (phrase: string, from: number) => {
      const start = text.indexOf(phrase, from);
      return { file: 'inline.txt', start, end: start + phrase.length, text: phrase, type: 'PERSON' as const, entity: phrase, source: 'test' };
    };
    const mended = mendNameSpans([at('Karim Zorbat', 0), at('Zorbat', 20)], nlp.analyze(text), 'inline.txt');
    expect(mended.map((mention) => mention.text)).toEqual(['Karim Zorbat', 'Zorbat']);
  });
});

describe('surnames with particles and persons joined in one span', () => {
  const span = (text: string, phrase: string, type: 'ORG' | 'GPE' | 'PERSON' | 'MISC') => {
    const start = text.indexOf(phrase);
    return { file: 'inline.txt', start, end: start + phrase.length, text: phrase, type, entity: phrase, source: 'test' };
  };
  const mend = (text: string, mentions: ReturnType<typeof span>[]) => stageTypes(mendNameSpans, text, mentions);

  it('reads a capitalised particle, lower-case particles and a name as a surname', () => {
    const text = 'The referee allowed Van der Zorbat to score.';
    expect(mend(text, [span(text, 'Van', 'GPE'), span(text, 'Zorbat', 'MISC')])).toEqual(['Van der Zorbat/PERSON']);
    const found = extractEntities(nlp.analyze('De la Zorbat scored twice.'), 'inline.txt');
    expect(found.map((m) => `${m.text}/${m.type}`)).toEqual(['De la Zorbat/PERSON']);
  });

  it('does not make a surname of a particle without a lower-case particle after it, nor after a name', () => {
    const text = 'They flew to Van on Monday. Karim Van der Zorbat left.';
    expect(mend(text, [span(text, 'Van', 'GPE')])).toEqual(['Van/GPE']);
  });

  it('cuts two people joined by `and`, and a person from the place after `of`', () => {
    const text = 'Asylum went to Maria Zorbat and Sergei Vantrelli, and Mark Okonkwo of Sweden won.';
    expect(mend(text, [span(text, 'Maria Zorbat and Sergei Vantrelli', 'PERSON'), span(text, 'Mark Okonkwo of Sweden', 'ORG')])).toEqual([
      'Maria Zorbat/PERSON',
      'Sergei Vantrelli/PERSON',
      'Mark Okonkwo/PERSON',
      'Sweden/GPE',
    ]);
  });

  it('leaves firms joined by `and` and bodies `of` a place', () => {
    const text = 'Shares of Ernst and Young rose; the Bank of Sweden and Karl Zorbat Holdings of Oslo fell.';
    expect(mend(text, [span(text, 'Ernst and Young', 'ORG'), span(text, 'Bank of Sweden', 'ORG')])).toEqual(['Ernst and Young/ORG', 'Bank of Sweden/ORG']);
  });
});

describe('a firm that speaks of itself', () => {
  it('reads a sentence-opening speaker as a firm when the first pronoun after the verb is `its`', () => {
    expect(found('Zorblax said its revenue rose.')).toEqual(['Zorblax/ORG']);
    expect(found('Vantrelli said his revenue rose, and its shares fell.')).toEqual(['Vantrelli/PERSON']);
    expect(found('Vantrelli said it was time to go.')).toEqual(['Vantrelli/PERSON']);
  });
});

describe('a surname given in full and then used alone', () => {
  it('is that person wherever it stands alone, even when it is also a title', () => {
    const found = extractEntities(nlp.analyze('Team captain Billie Jean Zorbat said the draw was hard. "We will wait," said Zorbat. Injuries have forced Zorbat to wait.'), 'inline.txt');
    expect(found.filter((m) => m.text === 'Zorbat').map((m) => `${m.type}/${m.entity}`)).toEqual(['PERSON/Billie Jean Zorbat', 'PERSON/Billie Jean Zorbat']);
    const king = extractEntities(nlp.analyze('Team captain Billie Jean King said the draw was hard. Injuries have forced King to wait, and King is calm.'), 'inline.txt');
    expect(king.filter((m) => m.text === 'King')).toHaveLength(2);
  });

  it('leaves a title with no such person, a surname inside a longer name, and a listed place', () => {
    expect(found('The King said the draw was hard.')).toEqual([]);
    const text = 'George Washington and Billie Jean King met. Washington imposed tariffs, and the King Zorbat Trust paid.';
    const person = (phrase: string) => ({ file: 'inline.txt', start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, text: phrase, type: 'PERSON' as const, entity: phrase, source: 'test' });
    const mentions = [person('George Washington'), person('Billie Jean King')];
    expect(findContextPersons(mentions, nlp.analyze(text), 'inline.txt')).toEqual(mentions);
  });
});

describe('a title of a place', () => {
  it('is not cut at `of`', () => {
    const text = 'The Duke of Edinburgh arrived.';
    const start = text.indexOf('Duke of Edinburgh');
    const mention = { file: 'inline.txt', start, end: start + 17, text: 'Duke of Edinburgh', type: 'PERSON' as const, entity: 'Duke of Edinburgh', source: 'test' };
    expect(mendNameSpans([mention], nlp.analyze(text), 'inline.txt').map((m) => m.text)).toEqual(['Duke of Edinburgh']);
  });
});
