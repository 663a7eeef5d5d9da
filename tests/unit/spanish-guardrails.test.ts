import { claimFindings, claimFindingsIn } from '@/lib/editorial/claims';
import { postFindings } from '@/lib/editorial/documents';
import {
  bodyReadability,
  describeReadability,
  infleszBand,
  readabilityFindings,
  readabilityLabel,
  readabilityOf,
  spanishSyllables,
} from '@/lib/editorial/readability';
import {
  crisisSupportFinding,
  crisisTopicsIn,
  languageFindings,
  needsCrisisResources,
  safeMessagingFindings,
} from '@/lib/editorial/safe-messaging';
import { sentences } from '@/lib/editorial/text';
import { guessLanguage, languageOfDocument } from '@/lib/i18n/languages';
import { block } from '../fixtures/datasets';

const es = (text: string) => languageFindings([{ path: ['body', { _key: 'p' }], text }], 'es');

describe('the post’s language chooses the rules', () => {
  const spanishPost = {
    _id: 'post-es',
    _type: 'post',
    language: 'es',
    title: 'Cuando un ser querido piensa en el suicidio',
    excerpt: 'Señales de alerta y cómo pedir ayuda.',
    body: [block('p', 'Mi hija me dijo que quería quitarse la vida.')],
  };

  it('a Spanish post that speaks of suicide must show the crisis resources, naming the words as written', () => {
    expect(crisisSupportFinding(spanishPost)).toMatchObject({ level: 'error', path: ['crisisSupport'] });
    expect(crisisSupportFinding(spanishPost)?.message).toMatch(/"suicidio" and "quitarse la vida"/);
    expect(crisisSupportFinding({ ...spanishPost, crisisSupport: true })).toBeUndefined();
  });

  it('English rules do not read Spanish; a Spanish text is read by the English topics too, as people mix them', () => {
    expect(needsCrisisResources('Mi hija quería quitarse la vida.')).toBe(false);
    expect(needsCrisisResources('Mi hija quería quitarse la vida.', 'es')).toBe(true);
    expect(crisisTopicsIn('a veces pienso en kill myself pero no lo haría', 'es').map((m) => m.text)).toEqual(['kill myself']);
    // "cutting" is a Spanish rule for an English word inside Spanish; English reads it in its own way.
    expect(needsCrisisResources('We are cutting costs this year.')).toBe(false);
    expect(crisisSupportFinding({ ...spanishPost, language: undefined })).toBeUndefined();
  });

  it('accents are optional, and what is reported is the text as written', () => {
    expect(crisisTopicsIn('Tengo cicatrices de autolesion en los brazos.', 'es').map((m) => m.text)).toContain('autolesion');
    expect(crisisTopicsIn('Tengo cicatrices de AUTOLESIÓN.', 'es').map((m) => m.text)).toEqual(['AUTOLESIÓN']);
    expect(crisisTopicsIn('Pensé en quitármela... quitarme la vida', 'es').map((m) => m.text)).toEqual(['quitarme la vida']);
  });

  it.each([
    'Me muero de ganas de ver la película.',
    'Estoy muerto de cansancio después del turno.',
    'Fuimos a matar el tiempo al centro comercial.',
    'Mi jefe me va a matar si llego tarde.',
    'Mañana voy a cortarme el pelo.',
    'Me corté con un cuchillo mientras cocinaba.',
    'Fue un suicidio político anunciar esa subida de impuestos.',
    'El atentado suicida dejó doce heridos.',
    'Navidad es una sobredosis de azúcar.',
    'Se me colgó la computadora otra vez.',
    'Los precios de la gasolina se dispararon en marzo.',
    'En clase jugamos al ahorcado.',
    'No quiero despertar a los niños.',
  ])('not a crisis topic: %s', (text) => {
    expect(crisisTopicsIn(text, 'es')).toEqual([]);
  });
});

describe('Spanish wording, with the words to use instead', () => {
  it.each([
    ['Su hermano cometió suicidio en 2019.', /"cometió suicidio" speaks of suicide as a crime/, 'Write "murió por suicidio".'],
    ['Muchos jóvenes cometen suicidio cada año.', /"cometen suicidio"/, 'Write "mueren por suicidio".'],
    ['El suicida dejó una carta.', /"El suicida" names people by the way they died/, /la persona que murió por suicidio/],
  ])('%s', (text, message, suggestion) => {
    const found = es(text);
    expect(found.map((f) => f.message)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    expect(found.map((f) => f.suggestion)).toEqual(expect.arrayContaining([expect.stringMatching(suggestion)]));
  });

  it('"suicidio consumado" and "intento fallido" only in a text that discusses suicide', () => {
    const post = (text: string) => ({ _id: 'p', _type: 'post', language: 'es', crisisSupport: true, body: [block('p', text)] });
    expect(safeMessagingFindings(post('Hubo tres suicidios consumados en el condado.')).map((f) => f.message)).toEqual([
      expect.stringMatching(/"suicidios consumados" presents a death by suicide as a success/),
    ]);
    expect(safeMessagingFindings(post('Después de un intento fallido de suicidio, pidió ayuda.')).map((f) => f.message)).toEqual([
      expect.stringMatching(/presents surviving as a failure/),
    ]);
    expect(safeMessagingFindings(post('El intento fallido de récord fue en el maratón.'))).toEqual([]);
  });

  it('"epidemia" and rates that "se disparan" only in a sentence about suicide', () => {
    expect(es('Hay una epidemia de suicidios entre los jóvenes.').map((f) => f.message)).toEqual([
      expect.stringMatching(/"epidemia" sensationalises/),
    ]);
    expect(es('Las tasas de suicidio se dispararon en 2020.').map((f) => f.message)).toEqual([
      expect.stringMatching(/"se dispararon" sensationalises/),
    ]);
    expect(es('Hay una epidemia de gripe este invierno.')).toEqual([]);
  });

  it('a method or an amount is warned about', () => {
    expect(es('Se tomó 40 pastillas de su madre.').map((f) => f.message)).toEqual([
      expect.stringMatching(/describes a method or an amount \("tomó 40 pastillas"/),
    ]);
    expect(es('Pensó en tirarse del puente de la autopista.').map((f) => f.level)).toEqual(['warning']);
  });
});

describe('Spanish claims', () => {
  const lint = (text: string) => claimFindingsIn([{ path: ['body', { _key: 'p' }], text }], 'es').map((f) => f.message);

  it.each([
    ['La ketamina es una cura para la depresión.', /"cura" promises more/],
    ['Resultados garantizados desde la primera sesión.', /"garantizados": no treatment result/],
    ['Funciona en el 100 % de los pacientes.', /"100 %" claims certainty/],
    ['La ketamina no es adictiva.', /"no es adictiva": ketamine can be misused/],
    ['La ketamina está aprobada por la FDA para la depresión.', /"aprobada por la FDA" said of ketamine/],
  ])('%s', (text, pattern) => {
    expect(lint(text)).toEqual([expect.stringMatching(pattern)]);
  });

  it.each([
    'La ketamina no es una cura, pero puede ayudar.',
    'No hay garantía de alivio.',
    'El cura de la parroquia nos visitó.',
    'La ketamina está aprobada por la FDA como anestésico.',
    'La esketamina (Spravato) está aprobada por la FDA para la depresión resistente.',
  ])('not a claim: %s', (text) => {
    expect(lint(text)).toEqual([]);
  });

  it('a Spanish post is read by the Spanish rules, and a figure "por ciento" needs a citation', () => {
    const post = { language: 'es', body: [block('p', 'El tratamiento cura la ansiedad en el 45 por ciento de los casos.')] };
    expect(claimFindings(post).map((f) => f.message)).toEqual([
      expect.stringMatching(/^"cura" promises/),
      '"45 por ciento": a figure with no citation in the same paragraph.',
    ]);
  });
});

describe('Spanish readability', () => {
  it.each([
    ['casa', 2],
    ['ketamina', 4],
    ['psicoterapia', 5],
    ['cuidado', 3], // ui is a diphthong
    ['día', 2], // an accented í breaks it
    ['poeta', 3], // two strong vowels
    ['guerra', 2], // silent u
    ['pingüino', 3],
    ['ahumado', 3], // silent h
    ['muy', 1],
    ['hoy', 1],
    ['y', 1],
    ['Uruguay', 3],
    ['leer', 2],
    ['suicidio', 3], // sui-ci-dio
    ['BDNF', 4],
    ['988', 3],
  ])('%s has %i syllables', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });

  it('INFLESZ (Szigriszt-Pazos) and Fernández-Huerta follow their formulas', () => {
    // 4 words, 7 syllables (El-ga-to-co-me-pes-ca-do is 8: "El gato come pescado."), 1 sentence.
    const score = readabilityOf(['El gato come pescado.'], 'es');
    expect(score).toMatchObject({ language: 'es', sentences: 1, words: 4, syllables: 8 });
    // 206.835 − 62.3 × 2 − 4 = 78.2; 206.84 − 60 × 2 − 1.02 × 4 = 82.8
    expect(score).toMatchObject({ inflesz: 78.2, fernandezHuerta: 82.8, band: 'fairly easy' });
  });

  it('the INFLESZ bands', () => {
    expect([30, 45, 60, 70, 90].map(infleszBand)).toEqual(['very hard', 'somewhat hard', 'normal', 'fairly easy', 'very easy']);
  });

  const dense = block(
    'p',
    'La administración intravenosa de ketamina en dosis subanestésicas produce una disminución significativa y relativamente inmediata de la ideación suicida en pacientes con depresión resistente al tratamiento farmacológico convencional, según múltiples ensayos controlados y aleatorizados.',
  );
  const plain = block('p', 'La ketamina puede ayudar. Muchas personas se sienten mejor en pocos días. Hable con su médico.');

  it('a dense Spanish text is warned about, a plain one is not; the badge speaks INFLESZ', () => {
    const hard = bodyReadability([dense], 'es');
    expect(hard?.band).toBe('very hard');
    expect(readabilityLabel(hard!)).toBe('INFLESZ below 0 · very hard');
    expect(readabilityLabel(readabilityOf(['El gato come pescado.'], 'es')!)).toBe('INFLESZ 78.2 · fairly easy');
    expect(describeReadability(hard!)).toMatch(/^INFLESZ -23\.2 \(very hard\), Fernández-Huerta -16\.7 \(34 words, 1 sentences\)$/);
    expect(readabilityFindings([dense], 'es')).toEqual([
      expect.objectContaining({ level: 'warning', path: ['body'], message: expect.stringMatching(/INFLESZ scale \(very hard/) }),
    ]);
    expect(readabilityFindings([plain], 'es')).toEqual([]);
    // Read with the English formula, the plain Spanish text would look harder than it is.
    expect(bodyReadability([plain])?.grade).toBeGreaterThan(0);
  });

  it('a Spanish post is scored in Spanish by every rule at once', () => {
    const post = { _id: 'p', _type: 'post', language: 'es', title: 'T', body: [dense] };
    expect(postFindings(post).map((f) => f.message)).toEqual(expect.arrayContaining([expect.stringMatching(/INFLESZ/)]));
    expect(postFindings({ ...post, language: 'en' }).map((f) => f.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/reads at grade/)]),
    );
  });
});

describe('Spanish text', () => {
  it('sentences that open with ¿ or ¡ are sentences', () => {
    expect(sentences('Hola. ¿Cómo está? ¡Muy bien! La Dra. Pérez la atiende.')).toEqual([
      'Hola.',
      '¿Cómo está?',
      '¡Muy bien!',
      'La Dra. Pérez la atiende.',
    ]);
  });

  it('a document’s language, and a text’s when nothing says', () => {
    expect(languageOfDocument({ language: 'es' })).toBe('es');
    expect(languageOfDocument({ language: 'fr' })).toBe('en');
    expect(languageOfDocument({})).toBe('en');
    expect(guessLanguage('Si tiene pensamientos de quitarse la vida, llame al 988.')).toBe('es');
    expect(guessLanguage('If you are thinking about ending your life, call 988.')).toBe('en');
  });
});
