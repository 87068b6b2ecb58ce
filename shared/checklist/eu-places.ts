/**
 * Data for guessing whether an account belongs to someone in the EU, EEA, UK or Switzerland (where the
 * GDPR or an equivalent applies). Only hints: the checklist always shows the step anyway.
 */

/** ISO 3166 codes: EU 27 (with outermost regions that have their own codes), EEA, UK, Switzerland. */
// prettier-ignore
export const GDPR_COUNTRIES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT',
  'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'AX', 'GF', 'GP', 'MQ', 'RE', 'YT', 'MF',
  'IS', 'LI', 'NO',
  'GB',
  'CH',
]);

/** IANA zones and the Rails-style names X uses for its time-zone setting ("Madrid", "London"). */
// prettier-ignore
export const GDPR_TIME_ZONES: ReadonlySet<string> = new Set(
  [
    'Amsterdam', 'Athens', 'Berlin', 'Bern', 'Bratislava', 'Brussels', 'Bucharest', 'Budapest', 'Copenhagen',
    'Dublin', 'Edinburgh', 'Helsinki', 'Lisbon', 'Ljubljana', 'London', 'Luxembourg', 'Madrid', 'Malta',
    'Oslo', 'Paris', 'Prague', 'Riga', 'Rome', 'Sofia', 'Stockholm', 'Tallinn', 'Vienna', 'Vilnius', 'Warsaw',
    'Zagreb', 'Zurich', 'Vaduz', 'Busingen', 'Mariehamn', 'Belfast', 'Guernsey', 'Jersey', 'Isle_of_Man',
    'Azores', 'Reykjavik',
  ]
    .flatMap((city) => [city.toLowerCase(), `europe/${city.toLowerCase()}`])
    .concat([
      'asia/nicosia', 'europe/nicosia', 'atlantic/canary', 'atlantic/madeira', 'atlantic/azores',
      'atlantic/reykjavik', 'africa/ceuta', 'arctic/longyearbyen', 'indian/reunion', 'indian/mayotte',
      'america/cayenne', 'america/guadeloupe', 'america/martinique', 'america/marigot',
    ]),
);

/** Country names (English and own language) and EU/Europe: a match is a strong hint. */
// prettier-ignore
export const GDPR_COUNTRY_NAMES: readonly string[] = [
  'Austria', 'Österreich', 'Belgium', 'België', 'Belgique', 'Bulgaria', 'България', 'Croatia', 'Hrvatska',
  'Cyprus', 'Κύπρος', 'Czechia', 'Czech Republic', 'Česko', 'Denmark', 'Danmark', 'Estonia', 'Eesti',
  'Finland', 'Suomi', 'France', 'Germany', 'Deutschland', 'Greece', 'Ελλάδα', 'Hungary', 'Magyarország',
  'Ireland', 'Éire', 'Italy', 'Italia', 'Latvia', 'Latvija', 'Lithuania', 'Lietuva', 'Luxembourg', 'Malta',
  'Netherlands', 'Nederland', 'Holland', 'Poland', 'Polska', 'Portugal', 'Romania', 'România', 'Slovakia',
  'Slovensko', 'Slovenia', 'Slovenija', 'Spain', 'España', 'Espanya', 'Sweden', 'Sverige', 'Iceland',
  'Ísland', 'Liechtenstein', 'Norway', 'Norge', 'United Kingdom', 'UK', 'Great Britain', 'England',
  'Scotland', 'Wales', 'Cymru', 'Northern Ireland', 'Switzerland', 'Schweiz', 'Suisse', 'Svizzera',
  'European Union', 'Europe', 'Catalunya', 'Catalonia', 'Euskadi', 'Galicia', 'Bayern', 'Bavaria',
];

/** Big cities: a match is a weak hint (Valencia, Venezuela; London, Ontario; Paris, Texas). */
// prettier-ignore
export const GDPR_CITY_NAMES: readonly string[] = [
  'London', 'Paris', 'Berlin', 'Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Seville', 'Bilbao', 'Málaga',
  'Zaragoza', 'Rome', 'Roma', 'Milan', 'Milano', 'Naples', 'Napoli', 'Turin', 'Torino', 'Bologna', 'Florence',
  'Firenze', 'Venice', 'Venezia', 'Amsterdam', 'Rotterdam', 'Utrecht', 'The Hague', 'Den Haag', 'Eindhoven',
  'Brussels', 'Bruxelles', 'Brussel', 'Antwerp', 'Antwerpen', 'Ghent', 'Gent', 'Vienna', 'Wien', 'Munich',
  'München', 'Hamburg', 'Frankfurt', 'Cologne', 'Köln', 'Düsseldorf', 'Stuttgart', 'Leipzig', 'Dresden',
  'Stockholm', 'Gothenburg', 'Göteborg', 'Malmö', 'Copenhagen', 'København', 'Oslo', 'Helsinki', 'Dublin',
  'Cork', 'Lisbon', 'Lisboa', 'Porto', 'Athens', 'Αθήνα', 'Warsaw', 'Warszawa', 'Kraków', 'Krakow', 'Prague',
  'Praha', 'Budapest', 'Bucharest', 'București', 'Sofia', 'Zagreb', 'Ljubljana', 'Bratislava', 'Tallinn',
  'Riga', 'Vilnius', 'Valletta', 'Nicosia', 'Reykjavik', 'Zurich', 'Zürich', 'Geneva', 'Genève', 'Bern',
  'Basel', 'Lausanne', 'Manchester', 'Birmingham', 'Edinburgh', 'Glasgow', 'Bristol', 'Leeds', 'Liverpool',
  'Cardiff', 'Belfast', 'Lyon', 'Marseille', 'Toulouse', 'Bordeaux', 'Lille', 'Nantes', 'Strasbourg',
];

/** Flag emoji of the same countries, and the EU flag. */
export const GDPR_FLAGS: readonly string[] = [...GDPR_COUNTRIES]
  .filter((code) => code.length === 2)
  .map((code) => String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65)))
  .concat(['🇪🇺']);

/**
 * Languages spoken mainly in these countries (ISO 639-1 codes as in a post's `lang`, and English names
 * as in personalization.js). English, Spanish, Portuguese and French are left out: too widely spoken elsewhere.
 */
// prettier-ignore
export const GDPR_LANGUAGES: ReadonlyMap<string, string> = new Map([
  ['bg', 'Bulgarian'], ['hr', 'Croatian'], ['cs', 'Czech'], ['da', 'Danish'], ['nl', 'Dutch'],
  ['et', 'Estonian'], ['fi', 'Finnish'], ['de', 'German'], ['el', 'Greek'], ['hu', 'Hungarian'],
  ['ga', 'Irish'], ['it', 'Italian'], ['lv', 'Latvian'], ['lt', 'Lithuanian'], ['mt', 'Maltese'],
  ['pl', 'Polish'], ['ro', 'Romanian'], ['sk', 'Slovak'], ['sl', 'Slovenian'], ['sv', 'Swedish'],
  ['is', 'Icelandic'], ['no', 'Norwegian'], ['nb', 'Norwegian Bokmål'], ['nn', 'Norwegian Nynorsk'],
  ['ca', 'Catalan'], ['eu', 'Basque'], ['gl', 'Galician'], ['cy', 'Welsh'], ['lb', 'Luxembourgish'],
  ['fy', 'Frisian'], ['rm', 'Romansh'],
]);
