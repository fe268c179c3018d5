/**
 * US states as news agencies abbreviate them after a city (`IRVINE, Calif.`, `Trenton, N.J.`,
 * AP style). Rule-local, not in the gazetteer: there they would become tagger features and a
 * trusted type, and several are other things before a name (`Md.` for Mohammed in South Asian
 * copy, `S.C.` for a sporting club) or a word ending a sentence (`went to Mass.`). Span cleaning
 * keeps their dot, and a place the tagger found under one is named as the state.
 */
const STATES_BY_ABBREVIATION: ReadonlyMap<string, string> = new Map(
  Object.entries({
    Alabama: ['Ala.'], Arizona: ['Ariz.'], Arkansas: ['Ark.'], California: ['Calif.'], Colorado: ['Colo.'],
    Connecticut: ['Conn.'], Delaware: ['Del.'], Florida: ['Fla.'], Georgia: ['Ga.'], Illinois: ['Ill.'],
    Indiana: ['Ind.'], Kansas: ['Kan.', 'Kans.'], Kentucky: ['Ky.'], Louisiana: ['La.'], Maryland: ['Md.'],
    Massachusetts: ['Mass.'], Michigan: ['Mich.'], Minnesota: ['Minn.'], Mississippi: ['Miss.'], Missouri: ['Mo.'],
    Montana: ['Mont.'], Nebraska: ['Neb.', 'Nebr.'], Nevada: ['Nev.'], 'New Hampshire': ['N.H.'], 'New Jersey': ['N.J.'],
    'New Mexico': ['N.M.'], 'New York': ['N.Y.'], 'North Carolina': ['N.C.'], 'North Dakota': ['N.D.'],
    Oklahoma: ['Okla.'], Oregon: ['Ore.', 'Oreg.'], Pennsylvania: ['Pa.', 'Penn.'], 'Rhode Island': ['R.I.'],
    'South Carolina': ['S.C.'], 'South Dakota': ['S.D.'], Tennessee: ['Tenn.'], Texas: ['Tex.'], Vermont: ['Vt.'],
    Virginia: ['Va.'], Washington: ['Wash.'], 'West Virginia': ['W.Va.'], Wisconsin: ['Wis.', 'Wisc.'], Wyoming: ['Wyo.'],
  }).flatMap(([state, abbreviations]) => abbreviations.map((abbreviation): [string, string] => [abbreviation, state])),
);

/**
 * The state a dotted abbreviation stands for (`Calif.` → `California`), or undefined.
 * @param word - the abbreviation as written, with its dot
 */
export function stateOfAbbreviation(word: string): string | undefined {
  return STATES_BY_ABBREVIATION.get(word);
}
