/**
 * Words whose stem or bare form is also an everyday or figurative word: a category counts only for
 * the sense it names. Each row: language, category, text, whether the category must be found. The texts are
 * written for this table, not taken from the sensitivity corpora.
 */
import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../shared/exposure/classify';
import type { Flag } from '../../../shared/model/kinds';
import { text } from './helpers';

const ROWS: Array<[lang: string, flag: Flag, text: string, found: boolean]> = [
  // A stem shared with an everyday word: the list word is matched as written.
  ['es', 'health', 'me cambiaron la medicación otra vez', true],
  ['es', 'health', 'este coche necesita un médico de motores', false],
  ['fr', 'health', 'ma maladie revient chaque hiver', true],
  ['fr', 'health', 'je suis malade depuis lundi', true],
  ['fr', 'health', "l'équipe était malade ce soir, aucune passe", false],
  ['tr', 'health', 'ilaçlarım bitti, eczaneye gidiyorum', true],
  ['tr', 'health', 'bu çay ilaç gibiydi', false],
  ['it', 'religion', 'domani vado a messa con mia zia', true],
  ['it', 'religion', 'ho messo il libro sul tavolo', false],
  ['ar', 'politics', 'صوتت في الانتخابات أمس', true],
  ['ar', 'politics', 'صوتها جميل جدا في هذه الأغنية', false],
  ['ar', 'religion', 'ذهبنا إلى العمرة هذا العام', true],
  ['ar', 'religion', 'عمرها عشرين سنة وتدرس الطب', false],
  // A sick team or thing is not a person's health; a person saying it of themselves is.
  ['ar', 'health', 'أنا مريض من أسبوع ولازم أرتاح', true],
  ['ar', 'health', 'الفريق مريض هذا الموسم', false],
  // Everyday health words said of things (a 'personal' word): they count with a first-person word near.
  ['en', 'health', "I'm starting therapy next week", true],
  ['en', 'health', 'my brother has been in therapy for a year', true],
  ['en', 'health', 'gardening on a sunny day is therapy', false],
  ['es', 'health', 'empiezo terapia el lunes, me da miedo', true],
  ['es', 'health', 'el gimnasio es pura terapia', false],
  ['it', 'health', 'mio padre è in terapia intensiva da ieri', true],
  ['it', 'health', 'il Milan è in terapia intensiva dopo tre sconfitte', false],
  ['de', 'health', 'ich mache seit zwei Jahren Therapie', true],
  ['de', 'health', 'Gartenarbeit ist die beste Therapie', false],
  ['en', 'religion', 'I said a prayer for my grandmother tonight', true],
  ['en', 'religion', 'a coffee and a prayer before the driving test', false],
  ['es', 'religion', 'mi oración de cada noche es por mi abuela', true],
  ['es', 'religion', 'analiza la oración subordinada del ejercicio tres', false],
  ['fr', 'religion', 'ce match tenait de la prière pour les supporters', false],
  // Set phrases of despair, with the writer as subject (a pronoun, a first-person verb, or opening the
  // post); crying with laughter is joy.
  ['de', 'emotional', 'ich kann nicht mehr, jeder Tag ist schlimm und traurig', true],
  ['de', 'emotional', 'der Drucker kann nicht mehr drucken', false],
  ['es', 'emotional', 'ya no puedo, todo es horrible y triste', true],
  ['es', 'emotional', 'mi hermana ya no puede venir el sábado', false],
  ['pt', 'emotional', 'não consigo mais, tudo está horrível', true],
  ['pt', 'emotional', 'chorando de rir com esse meme', false],
  ['en', 'emotional', "can't go on like this, everything is awful", true],
  ['en', 'emotional', 'the show must go on, she said', false],
  ['id', 'emotional', 'pengen ngilang aja, sedih dan kecewa', true],
  // Lost keys are not a lost person: 'lost' counts as 'I feel lost', not bare.
  ['fr', 'emotional', 'je me sens perdue depuis la rupture, tout est triste et horrible', true],
  ['fr', 'emotional', "j'ai perdu mes clés, horrible journée", false],
  ['es', 'emotional', 'he perdido el autobús otra vez, qué horror', false],
  ['de', 'emotional', 'ich habe mein Handy verloren, schrecklich', false],
  // Words about a person's origin or orientation, not a colour or a prefix.
  ['pt', 'ethnicity', 'ser negra na universidade ainda é difícil', true],
  ['pt', 'ethnicity', 'o buraco negro no centro da galáxia', false],
  ['pt', 'ethnicity', 'humor negro não é pra todo mundo', false],
  ['de', 'ethnicity', 'als Türkin werde ich oft gefragt, woher ich komme', true],
  ['en', 'sexuality', "I'm bi and my friends know", true],
  ['en', 'sexuality', 'the bi weekly meeting moved to Friday', false],
];

describe('list words in their sensitive sense only', () => {
  it.each(ROWS)('%s %s: %s', (lang, flag, t, found) => {
    const flags = detectFlags(text(t, { lang })).map((e) => e.flag);
    expect(flags.includes(flag)).toBe(found);
  });
});
