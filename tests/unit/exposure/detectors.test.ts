import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../shared/exposure/classify';
import type { ClassifyInput } from '../../../shared/exposure/types';
import type { Flag } from '../../../shared/model/kinds';
import { text } from './helpers';

const flagsOf = (input: ClassifyInput) => detectFlags(input).map((e) => e.flag);
const evidenceOf = (input: ClassifyInput, flag: Flag) =>
  detectFlags(input).find((e) => e.flag === flag)?.evidence;

/** For each flag: texts that must raise it (with the evidence expected) and texts that must not. */
const TABLE: Array<{ flag: Flag; hits: Array<[string, string]>; misses: string[] }> = [
  {
    flag: 'contact',
    hits: [
      ['write to jane.doe+x@example.co.uk please', 'jane.doe+x@example.co.uk'],
      ['Call me on +44 20 7946 0958', '+44 20 7946 0958'],
      ['whatsapp +33 6 12 34 56 78', '+33 6 12 34 56 78'],
      ['+1 202-555-0143 is my cell', '+1 202-555-0143'],
      ['ring (415) 555-2671 after 6', '(415) 555-2671'],
      ['text 415-555-2671', '415-555-2671'],
      ['my mobile 07911 123456', '07911 123456'],
      ['office 020 7946 0958', '020 7946 0958'],
    ],
    misses: [
      '@jane_doe thanks!',
      'email me (at) gmail',
      'Post 1790000000000000001 was great',
      'https://x.com/someone/status/1790000000000000001',
      'Meet on 2024-05-07 at 10:30',
      'Dated 07/05/2024 and 12.05.2024',
      'Only $1,299.99 or €2.499,00',
      'From 1990 to 2024, 1234567 views',
      'score 3-1, 2-2, 415 555 26',
      '+1 for this idea',
      'version 20240507.1234',
    ],
  },
  {
    flag: 'finance',
    hits: [
      ['card 4111 1111 1111 1111 exp 12/27', 'card ending 1111'],
      ['4012888888881881', 'card ending 1881'],
      ['amex 3782-822463-10005', 'card ending 0005'],
      ['pay to DE89 3704 0044 0532 0130 00 thanks', 'IBAN DE89…'],
      ['GB82WEST12345698765432', 'IBAN GB82…'],
    ],
    misses: [
      'card 4111 1111 1111 1112 (bad checksum)',
      '1790000000000000001',
      'https://x.com/a/status/4111111111111111',
      'DE89 3704 0044 0532 0130 01 (bad checksum)',
      'ISBN 978-3-16-148410-0',
      'Order number 1234567890123',
    ],
  },
  {
    flag: 'location',
    hits: [
      ['Party at 221B Baker Street tonight', '221B Baker Street'],
      ['moved to 1600 Pennsylvania Ave.', '1600 Pennsylvania Ave.'],
      ['we are at 51.50135, -0.14189 now', '51.50135, -0.14189'],
    ],
    misses: [
      'I walked 5 miles down the road',
      'Top 10 Things To Do',
      'It costs 12.5, 3.0 or 4.25',
      '99.12345, 200.12345 is not a place',
    ],
  },
  {
    flag: 'health',
    hits: [
      ['My mum was diagnosed with cancer', 'diagnosed with'],
      ['Chemo again today', 'Chemo'],
      ['started antidepressants', 'antidepressants'],
      ['my ADHD meds ran out', 'ADHD'],
      ['AIDS research matters', 'AIDS'],
      ['Parkinson’s runs in my family', 'Parkinson’s'],
      ['#mentalhealth #mental-health', 'mental-health'],
    ],
    misses: [
      "It's Cancer season ♋",
      "I'm a Cancer, obviously",
      'the Great Depression of the 1930s',
      'a bit of retail therapy',
      'this aids digestion',
      'cancelled my plans',
      'diabetically sweet (not a word)',
    ],
  },
  {
    flag: 'religion',
    hits: [
      ['Off to church', 'church'],
      ['Ramadan Mubarak everyone', 'Ramadan'],
      ['praying for you all', 'praying'],
      ['as a Muslim I', 'Muslim'],
    ],
    misses: [
      'Oh my god',
      'thank god it is Friday',
      'The Lord of the Rings marathon',
      'that is not kosher',
      'a praying mantis',
    ],
  },
  {
    flag: 'politics',
    hits: [
      ['I voted for the Greens', 'I voted'],
      ['she voted for them', 'voted for'],
      ['Vote Labour!', 'Labour'],
      ['the GOP is at it again', 'GOP'],
      ['Brexit was a mistake', 'Brexit'],
      ['join the protest', 'protest'],
    ],
    misses: [
      'great party last night',
      'a conservative estimate',
      'liberal amounts of butter',
      'she went into labour at 3am',
      'ad campaign launch',
      'played my trump card',
    ],
  },
  {
    flag: 'sexuality',
    hits: [
      ['proud to be gay', 'gay'],
      ['came out as bi today', 'came out as'],
      ['I am non-binary', 'non-binary'],
      ['#LGBTQ rights', 'LGBTQ'],
    ],
    misses: ['she came out of the shop', 'transatlantic flight', 'straight to the point', 'trans-fat free'],
  },
  {
    flag: 'ethnicity',
    hits: [
      ['As a Black woman in tech', 'As a Black woman'],
      ['proud Latina', 'Latina'],
      ['mixed-race family', 'mixed-race'],
    ],
    misses: ['black coffee please', 'white wine', 'Rome is beautiful', 'the POC (proof of concept) works'],
  },
  {
    flag: 'union',
    hits: [
      ['our union voted to strike', 'our union'],
      ['nurses on strike today', 'on strike'],
      ['proud trade union member', 'trade union'],
      ['we unionized the store', 'unionized'],
    ],
    misses: [
      'European Union rules',
      'Soviet Union history',
      'bowling strike!',
      'strike a balance',
      'in unison',
    ],
  },
  {
    flag: 'emotional',
    hits: [
      ["I'm absolutely devastated", "I'm absolutely devastated"],
      ['Heartbroken. I never thought', 'Heartbroken. I'],
      ['I hate my life', 'I hate my life'],
      ['me, crying at 3am', 'me, crying'],
    ],
    misses: [
      'The team was devastated by the loss',
      'fans are furious',
      'a lonely planet guide',
      'crying babies on planes',
    ],
  },
  {
    flag: 'family',
    hits: [
      ['My daughter Emma starts school', 'My daughter Emma'],
      ['our son, Leo, turned 3', 'our son Leo'],
      ['my 5 year old son said', 'my 5 year old son'],
      ['my son and I went out', 'my son'],
      ['my mother-in-law visits', 'my mother-in-law'],
    ],
    misses: ['a son of the city', 'the daughter of a king', 'mystery novel', 'my sonic screwdriver'],
  },
];

describe.each(TABLE)('$flag', ({ flag, hits, misses }) => {
  it.each(hits)('finds it in %j', (t, evidence) => {
    expect(evidenceOf(text(t), flag)).toContain(evidence);
  });
  it.each(misses.map((m) => [m]))('stays quiet on %j', (t) => {
    expect(flagsOf(text(t))).not.toContain(flag);
  });
});

describe('contact: national numbers of the account owner’s country', () => {
  const region = (t: string, phoneRegion: string | null) =>
    detectFlags(text(t), { phoneRegion }).find((e) => e.flag === 'contact')?.evidence ?? [];
  const cases: Array<[string, string, string]> = [
    ['DE', 'Ruf mich an: 030 901820', '030 901820'],
    ['DE', 'Meine Nummer ist 0151 23456789', '0151 23456789'],
    ['FR', 'Appelez-moi au 06 12 34 56 78', '06 12 34 56 78'],
    ['FR', 'Écris au 06.12.34.56.78', '06.12.34.56.78'],
    ['IN', 'call 98765 43210', '98765 43210'],
    ['BR', 'meu número 11 91234-5678', '11 91234-5678'],
  ];
  it.each(cases)('in %s, finds %j', (country, t, evidence) => {
    expect(region(t, country)).toEqual([evidence]);
    // Without the owner's country, a national number in another country's format is not read.
    expect(region(t, null)).toEqual([]);
  });
  const misses = [
    'Im Jahr 2024 liefen 12345 Menschen',
    'Am 12.05.2024 um 14:30 Uhr',
    'Preis: 1.299,00 €',
    'Postleitzahl 10115 Berlin',
    'ISBN 978-3-16-148410-0',
    'version 3.14.159265',
    'order #123456789',
    'Post 1790000000000000001 was great',
  ];
  it.each(['DE', 'FR', 'IN', 'BR'])('in %s, stays quiet on dates, prices, codes and ids', (country) => {
    for (const t of misses) expect([t, region(t, country)]).toEqual([t, []]);
  });
  it('ignores an unknown or missing country', () => {
    expect(region('Ruf mich an: 030 901820', 'ZZ')).toEqual([]);
    expect(region('Call me on +44 20 7946 0958', 'XX')).toEqual(['+44 20 7946 0958']);
  });
});

describe('contact: national numbers in the formats of the text’s language', () => {
  const phones = (t: string, lang: string) =>
    detectFlags(text(t, { lang })).find((e) => e.flag === 'contact')?.evidence ?? [];
  it.each([
    ['fr', 'Appelez-moi au 06 12 34 56 78', '06 12 34 56 78'],
    ['de', 'Ruf mich an: 030 901820', '030 901820'],
    ['es', 'Llámame al 612 34 56 78', '612 34 56 78'],
    ['it', 'chiamami al 347 123 4567', '347 123 4567'],
    ['ja', '電話は090-1234-5678です', '090-1234-5678'],
    ['tr', 'beni ara 0532 123 45 67', '0532 123 45 67'],
  ])('a %s post: finds %j', (lang, t, evidence) => {
    expect(phones(t, lang)).toEqual([evidence]);
  });
  it('reads no national number when the text has no language it belongs to', () => {
    expect(phones('Appelez-moi au 06 12 34 56 78', 'qme')).toEqual([]);
  });
});

describe('contact: no phone number inside a financial identifier', () => {
  // The digit groups of these valid IBANs are also valid national phone numbers of their country.
  it.each([
    ['GB', 'send it to GB19 NWBK 0060 9961 5031 61 please'],
    ['GB', 'IBAN GB59 NWBK 0043 5210 6883 93'],
    ['DE', 'Überweisung an DE04 0045 7888 0597 9845 03'],
    ['DE', 'IBAN: DE87 1687 9488 2657 6864 00'],
  ])('in %s, %j is finance only', (phoneRegion, t) => {
    const flags = detectFlags(text(t), { phoneRegion }).map((e) => e.flag);
    expect(flags).toContain('finance');
    expect(flags).not.toContain('contact');
  });
  it('still finds a phone number next to an IBAN', () => {
    const found = detectFlags(text('IBAN GB19 NWBK 0060 9961 5031 61, call 020 7946 0958'), {
      phoneRegion: 'GB',
    });
    expect(found.find((e) => e.flag === 'contact')?.evidence).toEqual(['020 7946 0958']);
  });
});

describe('finance: bank accounts where IBAN is not used', () => {
  it.each([
    ['Mi CBU es 2850590940090418135201', 'CBU ending 5201'],
    ['transferí a la CLABE 032180000118359719', 'CLABE ending 9719'],
    ['routing number 021000021, account 123456789', 'routing number 021000021'],
    ['nomor rekening BCA 1234567890 a.n. Budi', 'account ending 7890'],
    ['口座番号 1234567 に振り込んで', 'account ending 4567'],
    ['account number: 12345678, sort code 12-34-56', 'account ending 5678'],
  ])('finds it in %j', (t, evidence) => {
    expect(evidenceOf(text(t), 'finance')).toContain(evidence);
  });
  it.each([
    'order number 032180000118359719',
    '032180000118359719',
    'CBU 2850590940090418135202 (bad checksum)',
    'the 021000021 bus leaves at nine',
    'my account was hacked in 2024',
    'Post 1790000000000000001 was great',
  ])('stays quiet on %j', (t) => {
    expect(flagsOf(text(t))).not.toContain('finance');
  });
});

describe('field-based flags', () => {
  it('media: counts attachments by type', () => {
    const input = text('look', { media: [{ type: 'photo' }, { type: 'photo' }, { type: 'animated_gif' }] });
    expect(evidenceOf(input, 'media')).toEqual(['2 photos', '1 GIF']);
    expect(flagsOf(text('look'))).not.toContain('media');
  });

  it('location: geo and place on the item', () => {
    expect(evidenceOf(text('x', { geo: { placeName: 'Soho, London' } }), 'location')).toEqual([
      'place: Soho, London',
    ]);
    expect(evidenceOf(text('x', { geo: { lat: 51.5, long: -0.1 } }), 'location')).toEqual([
      'coordinates: 51.5, -0.1',
    ]);
    expect(flagsOf(text('x', { geo: {} }))).not.toContain('location');
  });

  it('otherPeople: mentions and replies', () => {
    expect(evidenceOf(text('hi', { mentions: ['ann', 'bob'] }), 'otherPeople')).toEqual(['@ann', '@bob']);
    expect(evidenceOf(text('hi', { inReplyToStatusId: '123' }), 'otherPeople')).toEqual([
      'reply to post 123',
    ]);
    expect(flagsOf(text('hi @ann'))).not.toContain('otherPeople');
  });
});

describe('evidence', () => {
  it('is clipped, one line, de-duplicated and capped', () => {
    const long = 'I am devastated ' + 'x'.repeat(100);
    const e = evidenceOf(text(`I'm   devastated\nand I am devastated. ${long}`), 'emotional') ?? [];
    expect(e.every((s) => s.length <= 60 && !s.includes('\n'))).toBe(true);
    expect(e[0]).toBe("I'm devastated");
    const many = evidenceOf(text('x', { mentions: ['a', 'b', 'c', 'd', 'e', 'f', 'a'] }), 'otherPeople');
    expect(many).toEqual(['@a', '@b', '@c', '@d', '@e']);
  });

  it('orders flags as FLAGS does and carries a reason for each', () => {
    const found = detectFlags(
      text('My son has asthma, call +44 20 7946 0958', { mentions: ['x'], media: [{ type: 'video' }] }),
    );
    expect(found.map((e) => e.flag)).toEqual(['contact', 'media', 'health', 'family', 'otherPeople']);
    expect(found.every((e) => e.reason.length > 10)).toBe(true);
  });

  it('returns nothing for empty or missing text', () => {
    expect(detectFlags(text(''))).toEqual([]);
    expect(detectFlags(text('', { text: null }))).toEqual([]);
  });
});

describe('emotional distress: a distress word or cue, in the first person, read by the sentiment lexicon', () => {
  it.each([
    ['a distress word in a text that reads negative', 'en', "I'm heartbroken, we lost our dog today", true],
    [
      'a distress word in a text that reads positive (joy)',
      'en',
      "I'm crying with joy, wonderful news",
      false,
    ],
    ['a cue in a text that reads negative', 'en', "I'm exhausted, everything hurts and I hate it", true],
    [
      'a cue in a text that does not read negative',
      'en',
      "I'm exhausted after a great run this morning",
      false,
    ],
    ['a cue without the first person', 'en', 'The exhausted players walked off, a terrible night', false],
    [
      'a Spanish cue in a text that reads negative',
      'es',
      'Estoy agotada, todo me sale mal y me siento fatal',
      true,
    ],
    ['a Turkish word once folded by the library', 'tr', 'Çaresizim, her şey çok kötü', true],
    ['Japanese, no sentiment lexicon: the list word alone', 'ja', 'もう限界、死にたい', true],
    // The list words weigh in the reading: the library misreads plain words of despair as positive.
    [
      'a distress word the library reads as slightly positive',
      'es',
      'Me siento sola aunque tenga amigos',
      true,
    ],
    ['two cues in a sentence the library reads neutral', 'it', 'Sono esausta e ho paura, ogni giorno', true],
    ['a lone cue in a neutral sentence', 'it', 'Sono esausta dopo la corsa', false],
    ['a distress word beside a cheerful one', 'en', "I'm heartbroken but also so happy and proud", false],
    // Written laughs and tears-of-joy faces make crying a laugh, in any language.
    ['crying with a tears-of-joy face', 'es', 'Estoy llorando con este meme 😂', false],
    ['crying with a written laugh', 'pt', 'Tô chorando kkkkk esse vídeo', false],
    ['crying with a Korean laugh', 'ko', '너무 웃겨서 울었어 ㅋㅋ', false],
    // Several distress words with no subject are the writer's, diary style; one alone is not.
    ['several subjectless distress words', 'id', 'capek banget, rasanya hampa, pengen nangis terus', true],
    ['one subjectless cue', 'id', 'kamar kosong di lantai dua', false],
    // An attack of panic or anxiety is an episode of distress, said of the writer.
    ['a panic attack with "my"', 'en', 'Had my first panic attack on the train, still shaking', true],
    ['a panic attack with "I"', 'en', 'I had a panic attack on the train, shaking all the way home', true],
    ['a Portuguese first-person past verb', 'pt', 'Tive um ataque de pânico no trabalho, horrível', true],
    ['an Italian "ho" as the first person', 'it', 'Ieri ho avuto un attacco di panico in ufficio', true],
    ['a Korean panic attack', 'ko', '어제 지하철에서 공황 발작이 왔어', true],
    ['a panic attack of someone else', 'es', 'El actor contó que tuvo ataques de pánico durante años', false],
    ['a Turkish "I feel myself worthless"', 'tr', 'Bugün kendimi değersiz hissediyorum', true],
    // Intensified sadness is a cue: it counts in the first person when the sentence reads negative.
    ['"very sad" of the writer', 'fr', 'Je suis très triste ce soir, rien ne va', true],
    ['"very sad" of a film, no first person', 'it', 'Un film molto triste ma bellissimo', false],
    // Being fed up is a weak cue: a sentence that reads positive is not distress.
    ['fed up in a cheerful sentence', 'es', 'Estoy harta de comer tan bien en estas vacaciones', false],
  ])('%s', (_name, lang, words, expected) => {
    expect(flagsOf(text(words, { lang })).includes('emotional')).toBe(expected);
  });
});

describe('first-person detectors read only the owner’s own words', () => {
  const words = "I'm devastated, my daughter Emma is ill";
  it.each([
    ['own post', text(words), true],
    ['repost of someone else', text(words, { postTypes: ['repost'] }), false],
    ['liked post', text(words, { kind: 'like' }), false],
    ['Grok reply', text(words, { kind: 'grokMessage', authoredBySelf: false }), false],
    ['own Grok prompt', text(words, { kind: 'grokMessage', authoredBySelf: true }), true],
  ])('%s', (_name, input, expected) => {
    const flags = flagsOf(input);
    expect(flags.includes('emotional')).toBe(expected);
    expect(flags.includes('family')).toBe(expected);
  });

  it('still flags special categories in a liked post (it reveals interests)', () => {
    expect(flagsOf(text('Vote Labour', { kind: 'like' }))).toContain('politics');
  });
});

describe("a rally or protest is politics, except a trade union's", () => {
  it.each([
    ['a protest alone', 'en', 'Big protest outside the town hall tomorrow, come along', true, false],
    ['a union protest', 'en', 'Our union is holding a protest over the pay offer', false, true],
    [
      'a union protest that names a party too',
      'en',
      'Our union protest against the Labour pay offer',
      true,
      true,
    ],
    ['a Korean rally alone', 'ko', '오늘 광화문에서 집회가 있었다', true, false],
    ['a Korean union rally', 'ko', '금속노조 집회에 다녀왔다', false, true],
    ['an Indonesian demonstration alone', 'id', 'Mahasiswa demo besar di depan istana', true, false],
    [
      'an Indonesian union demonstration before parliament',
      'id',
      'Buruh dan serikat pekerja demo di depan DPR hari ini',
      false,
      true,
    ],
    ['a German union demo', 'de', 'Morgen Demo von Verdi vor dem Rathaus, Streik geht weiter', false, true],
  ])('%s', (_name, lang, words, politics, union) => {
    const flags = flagsOf(text(words, { lang }));
    expect(flags.includes('politics')).toBe(politics);
    expect(flags.includes('union')).toBe(union);
  });
});

describe('word lists reviewed against the held-out corpus', () => {
  it.each([
    ['Arabic "as" written onto a word', 'ar', 'كأمازيغية أتعرض للعنصرية في العمل', 'ethnicity'],
    ['Arabic "with" written onto a word', 'ar', 'أبي مريض بالسرطان', 'health'],
    ['Korean noun before a quoting ending', 'ko', '내일 철도 파업이래', 'union'],
    ['Turkish "my child" with a case ending', 'tr', 'Çocuğuma okulda kötü davranıyorlar', 'family'],
    ['Japanese cancer before a particle', 'ja', '父ががんになった', 'health'],
    ['Turkish Kurd, written with its ü', 'tr', 'Kürt olduğum için reddedildim', 'ethnicity'],
    ['Turkish Alevi, matched as written', 'tr', 'Alevi olduğum için dışlandım', 'religion'],
    ['German kin word in the dative plural', 'de', 'Ich habe es meinen Kindern erzählt', 'family'],
  ] as Array<[string, string, string, Flag]>)('%s: finds it', (_name, lang, words, flag) => {
    expect(flagsOf(text(words, { lang }))).toContain(flag);
  });

  it.each([
    ['Arabic union word shares its stem with niqab', 'ar', 'النقابة أعلنت الإضراب العام غدا', 'religion'],
    ['Arabic "origin" shares its stem with "I pray"', 'ar', 'أنا فلسطيني من أصل بدوي', 'religion'],
    ['Arabic "original" product', 'ar', 'منتج أصلي بسعر ممتاز', 'religion'],
    [
      'Italian "prego" (please) is not "preghiere" (prayers), whose stem is "preg"',
      'it',
      'Prego, si accomodi pure',
      'religion',
    ],
    ['Portuguese "grave" (serious) is not "grávida" by stem', 'pt', 'Nada grave, só um susto', 'health'],
    ['a police operation is not surgery', 'pt', 'A polícia fez uma operação no morro', 'health'],
    ['a French go-slow is not surgery', 'fr', 'Opération escargot sur le périph', 'health'],
    ['paying cash is not kosher', 'fr', 'Je paie toujours en cash', 'religion'],
    ['Italian "parlo" (I speak) is not parliament', 'it', 'Ne parlo domani con il capo', 'politics'],
    ['a night at the opera', 'it', "Stasera all'opera con gli amici", 'health'],
    ['Turkish "kurt" (wolf) is not "Kürt"', 'tr', 'Kurt gibi acıktım', 'ethnicity'],
    ['Turkish "alev" (flame) is not Alevi', 'tr', 'Mangalda alev aldı', 'religion'],
    ['Indonesian interest rates ("suku bunga")', 'id', 'Suku bunga naik lagi', 'ethnicity'],
    ['Spanish "lo provo" is not "provida"', 'es', 'Lo provo mañana', 'politics'],
    [
      '"alhamdulillah" is an everyday phrase, in the English list too',
      'id',
      'Alhamdulillah hari Jumat lagi',
      'religion',
    ],
    ['sums that come out to a price', 'en', 'The numbers came out to $50 each', 'sexuality'],
    ['Japanese "がんばります" is not cancer', 'ja', '春闘がんばります', 'health'],
    ['French pride in one’s roots', 'fr', "Mes origines kabyles, c'est ma fierté", 'sexuality'],
    ['an English "in stitches" laugh', 'en', 'I was in stitches all night', 'health'],
    ['an English loan of money', 'en', 'I lent him twenty quid', 'religion'],
  ] as Array<[string, string, string, Flag]>)('%s: stays quiet', (_name, lang, words, flag) => {
    expect(flagsOf(text(words, { lang }))).not.toContain(flag);
  });
});

describe('family details: pregnancy, familiar kin words, possessive endings', () => {
  it.each([
    ['pregnancy is health and family (en)', 'en', '14 weeks pregnant with baby #2!!'],
    ['pregnancy (es)', 'es', 'Estoy embarazada de 12 semanas'],
    ['pregnancy (pt)', 'pt', 'Grávida de gêmeos!!!'],
    ['pregnancy (fr)', 'fr', 'Enceinte de 5 mois'],
    ['pregnancy, by stem (de)', 'de', 'Endlich schwanger!'],
    ['pregnancy (it)', 'it', 'Sono incinta!!!'],
    ['pregnancy (ja)', 'ja', '妊娠8週目、つわりがつらい'],
    ['pregnancy (ar)', 'ar', 'أنا حامل في الشهر الرابع'],
    ['pregnancy, first person ending (tr)', 'tr', 'Hamileyim!! 3 aylık olduk'],
    ['pregnancy (id)', 'id', 'lagi hamil 4 bulan'],
    ['pregnancy before a particle (ko)', 'ko', '임신 12주차, 입덧이 너무 심해요'],
  ])('%s', (_name, lang, words) => {
    const flags = flagsOf(text(words, { lang }));
    expect(flags).toContain('family');
    expect(flags).toContain('health');
  });

  it.each([
    ['a familiar kin word says whose (en)', 'en', 'hubby is over the moon'],
    ['a grandparent named without "my" (en)', 'en', 'Grandma turns 90 on Sunday'],
    ['a bare kin word first in the post (en)', 'en', 'daughter starts year 2 on Monday'],
    ['a bare kin word with "\'s" first in the post (en)', 'en', "Mum's in hospital again"],
    ['German diminutive', 'de', 'Sohnemann kommt nächste Woche in die Grundschule'],
    ['German grandparent', 'de', 'Oma hat heute Geburtstag'],
    ['French "the kids" after "with"', 'fr', "à la mosquée pour l'Aïd avec les enfants"],
    ['French familiar grandmother', 'fr', 'dimanche chez mamie'],
    ['Italian article + grandparent', 'it', 'pranzo dalla nonna come sempre'],
    ['Portuguese familiar grandmother', 'pt', 'almoço na casa da vovó'],
    ['Indonesian -ku on any relative', 'id', 'keluargaku belum tahu'],
    ['Indonesian -ku, generated not listed', 'id', 'sepupuku menikah besok'],
    ['Turkish "my family" with a case ending', 'tr', 'eşcinsel olduğumu ailemden saklıyorum'],
    ['Arabic "my family"', 'ar', 'لا أستطيع أن أخبر أهلي'],
    ['Arabic "my family" after "and"', 'ar', 'سافرت وأهلي إلى القاهرة'],
  ])('%s', (_name, lang, words) => {
    expect(flagsOf(text(words, { lang }))).toContain('family');
  });

  it.each([
    ['a French loudspeaker is not pregnant', 'fr', 'Super son pour cette enceinte bluetooth'],
    ['an Italian cake named after grandma', 'it', 'La ricetta della torta della nonna'],
    ['Indonesian "-ku" only on relatives', 'id', 'bukuku hilang di kereta'],
    ['English "family-friendly"', 'en', 'a family-friendly restaurant'],
    ['English idiom', 'en', 'the mother of all battles'],
    ['"Big Brother" on TV', 'en', 'Watching Big Brother tonight'],
    ['a sister company', 'en', 'our sister company in Leeds'],
    ['a name after a bare kin word', 'en', 'Sister Mary Joseph retires'],
    ['Spanish "son" (they are), read with the English lists', 'en', 'Son poco útiles sin el vídeo'],
    ['a printer brand', 'en', 'Brother printer jammed again'],
    ['a kin word as address', 'en', "Brother, you're wrong"],
    ['a bare kin word inside the post', 'en', 'Every son deserves a chance'],
    ['"dad jokes"', 'en', 'Dad jokes are the best jokes'],
  ])('%s: not family', (_name, lang, words) => {
    expect(flagsOf(text(words, { lang }))).not.toContain('family');
  });
});
