/**
 * The safe-messaging rules in Spanish (lib/editorial/safe-messaging.ts reads them for a post whose
 * language is "es"). The same four topics and the same scopes as the English rules, written the way
 * people write Spanish: "quitarme la vida", "ya no quiero despertar", "estarían mejor sin mí",
 * "autolesiones", "me corto los brazos", "se tomó un frasco de pastillas". The figurative uses sit
 * beside each pattern ("me muero de risa", "matar el tiempo", "matarse trabajando", "cortarse el
 * pelo", "misión suicida", "suicidio político", "sobredosis de azúcar", "se me colgó la
 * computadora", "los precios se dispararon").
 *
 * The patterns are matched with the accents off (foldAccents: people type "autolesion", "sobredosis",
 * "quitarme la vida" without them), so they are written without accents; ñ stays ñ. The labelled
 * Spanish sentences they are measured on are in tests/fixtures/lint-corpus/es*.jsonl.
 *
 * Wording (Organización Panamericana de la Salud and reportingonsuicide.org): "cometer suicidio" speaks
 * of a crime or a sin (write "murió por suicidio"); "suicidio consumado/exitoso" presents a death as a
 * success and "intento fallido" surviving as a failure; "epidemia", "ola de suicidios" and rates that
 * "se disparan" sensationalise.
 */
import type { CrisisTopic, PairRule, SafeMessagingRules, WordingRule } from './safe-messaging';
import { foldAccents, unless, wholeWords } from './text';

// "me", "te", "se", "nos", "os": the reflexive pronouns; the same after an infinitive ("quitarme"),
// and the auxiliary that may follow them ("se había quitado la vida").
const CLITIC = '(?:me|te|se|nos|os)(?: (?:habia|habian|ha|han|he|has|hemos|hubiera|hubiese|habria|habrian))?';
const POSS = '(?:mi|tu|su|sus|nuestra|vuestra|la)';
const PILLS =
  '(?:pastillas|pildoras|tabletas|capsulas|comprimidos|medicamentos|medicinas|pastillas para dormir|somniferos|calmantes|analgesicos|antidepresivos|opioides|opiaceos|ansioliticos|benzodiacepinas|clonazepam|alprazolam|paracetamol|acetaminofen|tylenol|aspirinas?|insulina|fentanilo|heroina|gramos|miligramos|mg)';
// Amounts written as words ("unas sesenta tabletas").
const NUMBER =
  '(?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|doscientas|decenas|docenas|un puñado|todas|suficientes)';
// The end of a clause: punctuation, the end, or a conjunction.
const CLAUSE_END = '(?=\\s*(?:[.,;:!?…»"”)]|$)| (?:y|pero|porque|si|cuando)(?![\\p{L}]))';
// A body part that self-injury marks, in the usual phrasings ("los brazos", "las muñecas", "la piel").
const BODY =
  '(?:(?:los|las|la|el|mis|sus|tus) )?(?:brazos?|antebrazos?|muñecas?|piernas?|muslos?|piel|abdomen|panza|estomago|barriga|caderas?|tobillos?|cuerpo)';
// What "cutting oneself" cuts when it is not self-injury: hair, nails, a fringe, ties, a call…
const ORDINARY_CUT =
  '(?:el|la|los|las|un|una|mi|su|tu) (?:pelo|cabello|fleco|flequillo|puntas|barba|bigote|uñas|uña|dedo|pie|cara|labio|mano|comunicacion|relacion|llamada|rollo|lazo|lazos|cordon)|el pelo|las uñas|con (?:un|una|el|la) (?:papel|hoja|lata|vidrio|cristal|cuchillo de cocina|navaja de afeitar)|cocinando|afeitando|al (?:afeitar|cocinar|cortar|picar)|picando|pelando|rasurando|sin querer|por accidente|accidentalmente|de (?:tajo|raiz)';
// An injury with an everyday cause: sport, a fall, the kitchen, work.
const ACCIDENT =
  'en (?:la|el|los|las|un|una|mi|su) (?:rodilla|tobillo|espalda|hombro|mano|dedo|pie|cabeza|muñeca|cocina|jardin|trabajo|gimnasio|partido|entrenamiento|caida|accidente|choque)|jugando|corriendo|entrenando|al (?:caer|correr|levantar|saltar|cocinar|jugar|resbalar|tropezar)|por accidente|sin querer|accidentalmente|haciendo (?:ejercicio|deporte)|con (?:la|el|una|un) (?:sarten|plancha|horno|estufa|olla|puerta|silla|mesa|cuchillo|tijeras)';
// "de risa", "de hambre": hyperbole after "morir", "matar", "muerto".
const HYPERBOLE =
  'de (?:risa|hambre|sed|sueño|frio|calor|ganas|envidia|verguenza|pena|aburrimiento|cansancio|miedo|amor|celos|curiosidad|nervios|emocion|la (?:risa|verguenza|pena|envidia|emocion))|por (?:ver|ir|saber|probar|conocer|tener|comer|salir)|trabajando|estudiando|a trabajar|a estudiar|en el (?:gimnasio|trabajo)';

interface TopicRule {
  topic: CrisisTopic;
  phrases: readonly string[];
}

const TOPIC_RULES: readonly TopicRule[] = [
  {
    topic: 'suicide',
    phrases: [
      // The word itself, but not "suicidio político", "misión suicida", "atentado suicida".
      `(?<!(?:mision|misiones|atentados?|ataques?|terroristas?|drones?|comandos?|bombarderos?|pilotos?|escuadron|brigadas?|puertas?|coches?|carros?|salto|saltos|kamikazes?|operacion|operaciones|comando|medidas?|decision|decisiones|politicas?|estrategias?|jugadas?|apuestas?|inversion|inversiones|maniobras?|tacticas?) )suicid(?:io|ios|as|ar|arse|arme|arte|arnos|andose|andome|ado|ada|ados|adas|are|aria|arian|en|e|amos|ologia|ologo|ologa|ologos|alidad|a)${unless('(?:politico|profesional|comercial|electoral|financiero|economico|laboral|deportivo|mediatico|social|empresarial|academico|fiscal)|(?:futbolistica|politica|deportiva|economica|comercial|electoral|profesional|social|financiera|mediatica|laboral)mente|(?:para|a) (?:tu|su|mi|la|el|los|las|nuestra|nuestro|tus|sus) (?:salud|bolsillo|carrera|economia|cuerpo|negocio|empresa|cartera|figura|dieta|reputacion|higado|corazon|piel|finanzas|cuenta|bolsa)')}`,
      'para[\\s-]?suicid(?:io|ios|a|as)',
      // "quitarme la vida", "se quitó la vida", "intentó quitarse la vida".
      `quit(?:ar|arme|arte|arse|arnos|andome|andose|andote)(?: la)? vida`,
      `(?:quitar(?:me|te|se)|${CLITIC} (?:quit[a-z]*|va a quitar|iba a quitar|quiere quitar|quiero quitar)) de en medio`,
      `${CLITIC} (?:quit[a-z]*|va a quitar|iba a quitar|quiere quitar|queria quitar|quiso quitar|intento quitar|pensaba quitar) la vida${unless('a (?:otra|otro|alguien|los|las|un|una)')}`,
      // "acabar con mi vida", "poner fin a su vida", but not "terminar con su vida de soltero".
      `(?:acab[a-z]*|termin[a-z]*) con ${POSS} (?:propia )?vida${unless('(?:de|en|social|laboral|profesional|amorosa|sentimental|academica|nocturna|de soltero|de soltera)')}`,
      `(?:poner|puso|pone|pongo|ponga|pusiera|poniendo|ponerle) fin a ${POSS} (?:propia )?vida${unless('(?:de|en|social|laboral|profesional|amorosa|sentimental)')}`,
      // "acabar con todo" at the end of a clause: "quiero acabar con todo.", never "con todo el pastel".
      '(?:acab[a-z]*|termin[a-z]*) con todo(?=\\s*(?:[.,;:!?…"”)]|$)| (?:ya|de una vez|para siempre|y|porque|pero|hoy|esta noche)(?![\\p{L}]))',
      // "matarme", "me quiero matar", "se mató", but not "matarse trabajando" or "me mata de risa".
      `matar(?:me|te|se|nos)${unless(`${HYPERBOLE}|en (?:un|una|el|la) (?:accidente|choque|carretera|moto)|por (?:un|una|el|la|nada|eso|esto)|a (?:golpes|palos|trabajar|estudiar)`)}`,
      // The pronoun agrees with the verb: "me voy a matar", "se mató"; "me va a matar" is someone else ("mi jefe me va a matar").
      `(?:me (?:voy a|quiero|queria|quise|pienso|pensaba|intente|trate de|iba a|podria) matar|te (?:vas a|quieres|querias|piensas|ibas a) matar|se (?:mato|mataron|mataba|matara|matase|va a matar|van a matar|quiere matar|quieren matar|queria matar|quiso matar|piensa matar|pensaba matar|intento matar|trato de matar|iba a matar|podria matar))${unless(`${HYPERBOLE}|en (?:un|una|el|la) (?:accidente|choque|carretera|moto)|(?:manejando|conduciendo|en la carretera|en la moto)|el tiempo|la (?:curiosidad|duda)|a (?:golpes|palos)`)}`,
      'se (?:mata|matara|mataria)(?=\\s*(?:[.,;:!?…]|$)| (?:y|si|porque|pero)(?![\\p{L}]))',
      // "no te vayas a hacer algo", "tengo miedo de que se quiera hacer algo": harming oneself, in everyday Spanish.
      `${CLITIC} (?:quier[a-z]*|vay[a-z]* a|va a|vas a|voy a|iba a|ibas a|pued[a-z]*|pens[a-z]* en) hacer algo(?=\\s*(?:[.,;:!?…]|$)| (?:malo|grave|a (?:si|mi|ti) mism[oa]|y|porque|pero)(?![\\p{L}]))`,
      `hacer(?:se|me|te) algo(?=\\s*(?:[.,;:!?…]|$)| (?:malo|grave|a (?:si|mi|ti) mism[oa])(?![\\p{L}]))`,
      // A goodbye that asks forgiveness for what comes: "que lo perdonáramos por lo que iba a hacer".
      'perdon[a-z]* por lo que (?:iba|voy|va|vas|ibamos) a hacer',
      '(?:ya )?no (?:lo|la|los|las) (?:iba|voy|va|vas|ibas) a necesitar',
      // "ya no estaré aquí", "no va a estar aquí mucho tiempo".
      '(?:ya no|pronto no) (?:estare|estara|estaras|estaremos|voy a estar|va a estar|vas a estar|iba a estar) (?:aqui|aca|por aqui|con (?:ustedes|vosotros|nosotros|ellos)|en este mundo)(?! (?:mañana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|en (?:la|el) (?:tarde|mañana|noche|oficina|trabajo)|para|hasta|de vacaciones|la proxima|la semana))',
      'no (?:estare|estara|estaras|voy a estar|va a estar|vas a estar|iba a estar) (?:aqui|aca|por aqui|con (?:ustedes|vosotros|nosotros)|en este mundo) (?:(?:por )?mucho (?:tiempo|mas)|mas tiempo|para siempre)',
      `(?:usar|usarla|usarlo|usarlas|usarlos|apuntar(?:se|la|lo)?|volte[a-z]*la) (?:contra|hacia) (?:si|mi|ti)(?: mism[oa]s?)?(?![\\p{L}])`,
      `atent[a-z]* contra (?:su|mi|tu|sus) (?:propia )?vida`,
      'no querer (?:vivir|seguir viviendo|despertar|existir|estar aqui|seguir aqui)',
      'c[\\s-]?ssrs',
      '(?:como|formas? de|maneras? de) morir sin (?:dolor|que (?:duela|me duela|le duela)|sufrir)',
      `(?:ya )?no (?:voy a|va a|vas a|iba a) estar viv[oa]`,
      `no (?:pienso|voy a|quiero|va a|piensa) seguir aqui${CLAUSE_END}`,
      'ir(?:me|se|te) de aqui para siempre',
      'auto[\\s-]?intoxicac(?:ion|iones)',
      `(?:no|ya no) (?:le )?(?:hallo|halla|encuentro|encuentra|veo|ve|veia) (?:ningun )?(?:sentido|caso|gusto|chiste) a (?:nada|la vida|vivir|mi vida|su vida)`,
      `(?:no|ya no) (?:aguanto|aguanta|soporto|soporta|puedo con|resisto) (?:mas )?(?:esta|mi|la|su) vida`,
      `(?:ya )?no despertar(?:me)?(?: (?:nunca|jamas|nunca mas|mas))?${CLAUSE_END}`,
      'better off sin (?:mi|el|ella)',
      `(?:dios|diosito|señor|virgencita|dios mio)[,]? (?:llevame|recogeme|llevame contigo)`,
      `mejor (?:ni |no )?(?:existiera|hubiera nacido|hubiese nacido)`,
      `(?:si|cuando) (?:yo )?ya no (?:estuviera|este|exista|existiera|estuviese)`,
      '(?:alguien|nadie) me (?:extrañaria|echaria de menos)',
      `(?:sin|no tengo|ya no tengo|no tiene|ya no tiene|se me acabaron|se le acabaron|se me fueron|se le fueron|se me quitaron) (?:las )?ganas de vivir`,
      `(?:ya no|pronto no|pronto ya no) (?:voy a ser|va a ser|sere|sera|seria|vas a tener) (?:un |una )?(?:problema|carga|estorbo|molestia) (?:de|para) (?:nadie|nadie mas|ustedes|ti|todos)`,
      `(?:gracias|perdon)[a-z]* (?:por|x) todo a (?:todos|los (?:que|q)|las (?:que|q)|quienes)`,
      'dejar de existir',
      'descansar para siempre',
      `(?:deseos?|ganas|pensamientos?) (?:pasivos? )?de (?:muerte|morir(?:me|se)?)`,
      'ideacion (?:suicida )?pasiva',
      `(?:la )?unica (?:salida|solucion|opcion) (?:es|era|seria|sea|que (?:veo|ve|veia)) (?:la muerte|morir(?:me|se)?|el suicidio|quitar(?:me|se) la vida|matar(?:me|se)|dejar de existir|desaparecer|no estar)`,
      `(?:no|ya no) (?:tiene|tenia|tendria|hay|habia|le veo|le veia|le ve) (?:ningun )?sentido (?:estar aqui|seguir viviendo|vivir|existir|estar viv[oa]|seguir${CLAUSE_END})`,
      `(?:imagin|visualiz|pens)[a-z]* (?:en )?(?:su|mi|tu) (?:propio )?funeral`,
      'nadie (?:me|la|lo|te) (?:extrañaria|echaria de menos|iba a extrañar|va a extrañar)',
      `ya no (?:tendrian|tendriamos|tendran|tendras|van a tener|vamos a tener|tendrias) que preocupar(?:se|nos|te) (?:mas )?por (?:mi|el|ella)`,
      `(?:cobrar|recibir)[a-z]* (?:el|mi|su) seguro de vida si (?:yo |el |ella )?(?:faltara|faltase|muriera|me muero|se muere|no estuviera)`,
      `(?:pidiendo|pedia|pido|pide|rezando|rezaba|rezo|reza|rogando|rogaba|ruego|ruega|rogue) (?:a (?:dios|diosito) )?(?:no despertar|no amanecer|no volver a despertar|morir(?:me)?|que (?:dios )?me (?:lleve|llevara|recoja|recogiera))`,
      `ya no (?:voy|va|vas|iba|ibamos) a estar${CLAUSE_END}`,
      `ya (?:me|se|te) (?:(?:habia|ha|he) )?desp[ie]d[a-z]* de (?:todos|todo el mundo)`,
      // Wanting to die: "quiero morir", "ganas de morirme", but not "me muero de ganas" or "morirme de vergüenza".
      `(?:quiero|quiera|quisiera|queria|quise|quiere|quieres|queres|queremos|quieren|querer|querria|kiero|kiere|deseo|deseaba|desea|deseando|ganas de|deseos de|deseo de|prefiero|preferiria|preferia|pense en|pienso en|piensa en|pensaba en|pensando en|solo quiero|quisiera poder) (?:ya )?(?:morir|morirme|morirse|morirte|estar muert[oa]s?|dejar de existir|no existir|no estar vivo|no estar viva|desaparecer para siempre|no despertar|no despertarme|dormir para siempre)${unless(`${HYPERBOLE}|de (?:viej[oa]|anciano)|en (?:paz|mi cama|mi tierra|casa)|feliz|tranquil[oa]`)}(?![\\s,]*(?:ja(?:ja|j)+|je(?:je)+|ji(?:ji)+|jsj[sj]*|lol|xd)(?![\\p{L}]))`,
      `(?:quisiera|ojala|ojala que|desearia|prefiero|preferiria|mejor) (?:yo )?(?:estuviera|estar|estaria|haber) (?:muert[oa]s?|morido)`,
      '(?:estaria|estarias|estariamos|estar) mejor muert[oa]s?',
      `mejor muert[oa]s?(?! de)`,
      // "mejor me muero", "que mejor ya se muere", but not "me muero de hambre".
      `mejor (?:ya )?(?:me|se|te) (?:muero|muere|mueres|moria|moriria|muera|morire|moriras|morira|mori|murio)(?! de (?!una vez))`,
      `(?:para|pa['’]?|pa) (?:que|q) (?:sigo|sigue|sigues|seguir|vivo|vive|vives|estoy|esta|estas) (?:vivo|viva|aqui|en este mundo|viviendo)`,
      // Going to God before one's time: "ya se quiere ir con Diosito", "le pido a Diosito que ya me recoja".
      `(?:ir(?:me|se|te)|vay(?:a|as)|fuera|fueras) con (?:dios|diosito|mi (?:mama|papa|madre|padre|abuel[oa])|el|ella) (?:antes de tiempo|ya|de una vez)`,
      `(?:quier[a-z]*|quer(?:es|ia|ias)|kiero) ir(?:me|se|te)? con (?:dios|diosito)`,
      `(?:dios|diosito|señor|virgen|virgencita) (?:que )?(?:ya )?(?:me|lo|la|nos) (?:recoja|recogiera|lleve|llevara|recogiese)`,
      `(?:ir(?:me|se|te)|vaya|vayas|fuera|fuese) de este mundo`,
      `antes de (?:irme|irse|irte|partir|morir(?:me)?) para siempre`,
      `(?:formas|maneras|modos|metodos|forma|manera) (?:de|para) (?:morir|matar(?:me|se|te)|suicidar(?:me|se|te)|quitar(?:me|se|te) la vida)`,
      `pens[a-z]* (?:mucho |todo el tiempo |siempre |a cada rato |mucho tiempo )?en (?:la muerte|morir(?:me|se)?|mi (?:propia )?muerte)${CLAUSE_END}`,
      `pens[a-z]* (?:mucho |todo el tiempo |siempre |a cada rato )?en (?:la muerte|morir(?:me|se)?) (?:todo el tiempo|a cada rato|siempre|todos los dias|cada noche)`,
      'no (?:voy a estar|estare|estara|vaya a estar) (?:aqui |viv[oa] )?para (?:mi|su) (?:propio )?cumpleaños',
      `intoxicar(?:me|se|te)(?: (?:a proposito|adrede|con))`,
      `ojala (?:que )?(?:me|se|te) (?:muera|muriera|hubiera muerto|mueran|muriese)(?! de)`,
      `ojala (?:que )?(?:no (?:despierte|despertara|amanezca|amaneciera|despertar|amanecer)|nunca (?:hubiera|hubiese) nacido)`,
      // "estarían mejor sin mí", "sería mejor no estar".
      '(?:estarian|estaria|estariamos|estaran|estarias|vivirian|viviriamos|serian|seriamos|estan|seria) (?:todos )?(?:mucho )?(?:mejor|mas felices|mas tranquil[oa]s) sin (?:mi|el|ella|nosotros|ti)(?![\\p{L}])',
      '(?:seria|es|sera|seria mucho) (?:mas )?(?:facil|sencillo|mejor) (?:estar muert[oa]s?|morir(?:me|se)?|no (?:estar|existir|despertar)|desaparecer|dejar de existir)',
      '(?:la muerte|morir(?:me|se)?|el suicidio|quitar(?:me|se) la vida|matar(?:me|se)) (?:como|es|era|seria|sea) (?:la |mi |su |una )?(?:unica )?(?:salida|solucion|opcion|escape)',
      '(?:seria|es|sería) mejor (?:si )?(?:no (?:estar|estuviera|existir|existiera|haber nacido|hubiera nacido)|desaparecer|que (?:yo )?no (?:estuviera|existiera))',
      // Not wanting to live or to wake up.
      `(?:no|ya no|nunca|ni) (?:quiero|quiere|quieres|queres|quieren|queria|querias|quiera|quisiera|kiero|kiere|tengo ganas de|tiene ganas de|tenia ganas de|deseo|desea|me (?:dan|quedan) ganas de) (?:seguir (?:viviendo|vivo|viva|aqui|existiendo|adelante|en este mundo)|seguir${CLAUSE_END}|vivir|estar viv[oa]|estar aqui|existir|despertar|despertarme|amanecer|volver a despertar|seguir con vida|seguir en este mundo|estar (?:mas )?(?:aqui|en este mundo))${unless('(?:en|con|aqui en|lejos|cerca|sol[oa]|temprano|tarde|para (?:ir|la escuela|el trabajo)|a (?:los|las|la|el|mi|mis|su|sus|tu|tus|nadie|nuestro|nuestra|nuestros|nuestras|ese|esa|este|esta|[a-z]+ (?:que|quien)))')}`,
      '(?:dormir|dormirme|acostarme) y no (?:despertar|despertarme|volver a despertar)',
      'no (?:volver|volvere|volveria) a despertar(?:me)?',
      'dormir(?:me)? para siempre',
      'desaparecer para siempre',
      // "la vida no vale la pena", "no tengo razones para vivir".
      '(?:la vida|vivir|mi vida|su vida) (?:ya )?no (?:vale|tiene) (?:la pena|sentido)',
      '(?:no|ya no) (?:vale|valia|valdria|merece|merecia) la pena (?:vivir|seguir viviendo|seguir)(?![\\p{L}])',
      `(?:no|ya no|sin) (?:le )?(?:tengo|tiene|tenia|tener|hay|habia|encuentr[a-z]*|veo|ve|veia|halla|hallo) (?:ninguna |ningun |una )?(?:razon(?:es)?|motivos?|sentido|proposito) (?:para|de|a|en) (?:vivir|su vida|mi vida|tu vida|seguir (?:viviendo|vivo|viva|aqui|adelante)|seguir(?=\\s*(?:[.,;:!?…]|$)| (?:y|pero|porque|asi|con (?:esto|esta vida|vida))(?![\\p{L}]))|la vida|estar viv[oa]|estar aqui|existir)${unless('(?:con|asi|aqui en|en esta)')}`,
      'nada por (?:lo )?(?:que|cual) vivir',
      '(?:perdi|perdio|perdido|perder|pierdo) (?:las )?ganas de vivir',
      '(?:cansad[oa]s?|hart[oa]s?) de (?:vivir|estar viv[oa]|existir|la vida)(?![\\p{L}])(?! (?:en|asi|con|de esta))',
      // Being a burden, in words that speak of being gone.
      '(?:ser|soy|es|era|sere|siento que soy) una carga (?:para|a) (?:todos|todo el mundo|mi familia|su familia|los demas|mis hijos|sus hijos|mis padres|sus padres)(?! (?:economica|financiera))',
      // Thoughts of death or suicide: "pensamientos suicidas", "pensar en la muerte".
      '(?:pensamientos?|ideas?|ideacion|fantasias?) (?:de|sobre) (?:la )?(?:muerte|morir|morirme|quitarme la vida|matarme|no despertar|no existir|dejar de existir)(?! (?:de (?:un|una|el|la|mi|su)|en (?:la|el) (?:novela|pelicula|libro|obra)))',
      // Goodbyes for good.
      '(?:me|se|te) (?:(?:habia|ha|he|habian|has) )?desp[ie]d(?:i|io|ia|ido|ir|irme|irse|imos|e|o) de (?:todos|todo el mundo|mis amigos|sus amigos|mi familia|su familia)(?: por si acaso| para siempre)',
      'regal(?:o|aba|ando|ar|e) (?:todas )?sus cosas',
      // Attempts named without the word.
      '(?:intentos?|intento) (?:previos?|anteriores?|de quitarse la vida|de quitarme la vida|de acabar con su vida)',
      '(?:intento|intente|intentaron|trato de|trate de|han intentado|ha intentado|habia intentado) (?:quitarse|quitarme|acabar con su|acabar con mi|terminar con su|terminar con mi) (?:la )?vida',
      'sobrevivientes? de (?:un|una|su|mi) intento',
      'supervivientes? de (?:un|una|su|mi) intento',
      // Crisis lines named as such.
      '(?:llam[a-z]*|marc[a-z]*|textea|envia|enviar|envie|manda|mandar|mande|escribe|escribir|linea|al|el|del|numero) (?:o (?:envia|manda|escribe|textea) (?:un )?(?:mensaje(?: de texto)? )?(?:al )?)?988(?![\\p{N}])',
      '988 (?:oprime|oprima|presiona|presione|marca|marque|pulsa|pulse|y|lifeline|linea|de prevencion)',
      'ayuda al 988',
      'linea (?:de )?(?:ayuda |prevencion |vida )?(?:del |de )?(?:suicidio|crisis)(?: y (?:crisis|suicidio))?',
      'linea (?:\\d+ )?de prevencion del suicidio',
      '741741',
      'lifeline',
    ],
  },
  {
    topic: 'self-harm',
    phrases: [
      'auto[\\s-]?(?:lesion|lesiones|lesionarse|lesionarme|lesionarte|lesionando|lesionandose|lesionandome|lesionaba|lesiona|lesionan|lesiono|lesionado|lesionada|lesivas?|lesivos?|agresion|agresiones|agresivas?|agresivos?|daño|dañarse|dañarme|dañarte|dañandose|mutilacion|mutilaciones|mutilarse|infligid[oa]s?|envenenamiento|lastimarse|lastimarme|castigo fisico)',
      'lesiones autoinfligidas',
      // The clinical word: "intento autolítico", "gesto autolítico", "conducta autolítica".
      'autolitic[oa]s?',
      'autolisis',
      `lo (?:q|que) (?:me|se|te) (?:hago|hace|haces|hacia|hacian) (?:(?:yo|ella|el) )?(?:a (?:si|mi|ti) )?mism[oa]`,
      `(?:hacer|hice|haga|hiciera|hizo|cometer|cometi) (?:una locura|algo malo|algo) (?:conmigo|consigo|contigo) mism[oa]`,
      'cutting',
      // "hacerme daño", "se hace daño", but not "me hice daño en la rodilla jugando".
      `hacer(?:me|te|se|nos|le|les) (?:dano|daño)(?: a (?:si|mi|ti) mism[oa]s?)?${unless(ACCIDENT)}`,
      `${CLITIC} (?:hago|haces|hace|hacemos|hacen|hice|hiciste|hizo|hicieron|hacia|hacian|haga|hiciera|he hecho|ha hecho|habia hecho|quiero hacer|queria hacer|quiere hacer|vuelvo a hacer|volvio a hacer|volvi a hacer) (?:dano|daño)${unless(ACCIDENT)}`,
      '(?:dano|daño) a (?:si|mi|ti) mism[oa]s?',
      `${CLITIC} (?:quier[a-z]*|vay[a-z]* a|va a|vas a|voy a|iba a|ibas a|pued[a-z]*|intent[a-z]*|pens[a-z]* en) (?:hacer (?:dano|daño)|lastimar|autolesionar)${unless(ACCIDENT)}`,
      `${CLITIC} (?:estoy|esta|estaba|estan|estas|sigue|sigo|siguen|vuelvo a estar) (?:haciendo (?:dano|daño)|lastimando|cortando|quemando|autolesionando)${unless(ACCIDENT)}`,
      `(?:haciendo|hacer)(?:me|se|te) (?:dano|daño)${unless(ACCIDENT)}(?= (?:otra vez|de nuevo|a proposito|adrede|para|cuando|porque)|\\s*(?:[.,;:!?…]|$))`,
      `lastimar(?:me|te|se)(?: a (?:si|mi|ti) mism[oa]s?)? (?:a proposito|adrede|intencionalmente|apropósito|cuando|para|porque)`,
      `${CLITIC} lastim[a-z]* (?:a proposito|adrede|intencionalmente|para (?:sentir|calmar|aliviar|castigar|no sentir)|cuando (?:me|se|te) (?:siento|siente|sientes|sentia))`,
      // "me corto los brazos", "se cortaba", "cortarse", but not "cortarse el pelo" or "me corté cocinando".
      `cortar(?:me|te|se)${unless(`${ORDINARY_CUT}|con (?:mi|su|tu) (?:novi[oa]|pareja|ex|familia|amig[oa]s?)|(?:de|del) (?:todo|mundo)|las venas|los brazos|las muñecas`)}(?! (?:el|la|los|las) [a-z]+)`,
      `${CLITIC} (?:corto|corte|cortaba|cortaban|cortan|cortas|cortamos|cortaron|cortaria|volvi a cortar|volvio a cortar|vuelve a cortar)(?: ${BODY}| a proposito| adrede| otra vez| de nuevo| cuando| para (?:sentir|calmar|aliviar|no sentir))`,
      `cort(?:ar|o|e|a|as|an|aba|aban|ando|ado|aron|ara)(?:me|te|se)? ${BODY}${unless('(?:en|por) (?:un|una|el|la) (?:accidente|caida|choque)')}`,
      `(?:cortes|cortadas|cicatrices|quemaduras|heridas|marcas|rasguños|moretones)(?: [a-z]+)? (?:en|por) ${BODY}${unless('(?:por|de|tras) (?:un|una|el|la) (?:accidente|caida|choque|cirugia|operacion|incendio)')}`,
      `(?:esconde|escondia|esconder|oculta|ocultaba|ocultar|tapa|tapaba|tapar|cubre|cubria|cubrir)(?:se|le|me)? (?:las |los |sus |mis )?(?:cortes|cortadas|cicatrices|quemaduras|heridas)`,
      `quemar(?:me|te|se)${unless(`${ACCIDENT}|al sol|con el sol|las (?:pestañas|cejas)|la lengua|los ojos|las neuronas|estudiando|trabajando`)}(?= (?:con (?:cigarros|cigarrillos|un cigarro|un cigarrillo|un encendedor|encendedores|cerillos|cerillas)|a proposito|adrede|los brazos|la piel|las piernas))`,
      `${CLITIC} (?:quemo|queme|quemaba|quemaban|quema|queman) (?:con (?:(?:un|una|el|la|los|las|mi|mis|su|sus) )?(?:cigarr[a-z]*|encendedor[a-z]*|cerill[a-z]*|fosforos?)|a proposito|adrede|${BODY})`,
      `(?:golpear|golpearse|golpearme|golpea|golpeaba|golpeo|pegar|pegarse|pegarme|daba|da|dar(?:se|me)?) (?:(?:la|su|mi) cabeza|cabezazos|puñetazos|golpes) (?:contra|en) (?:la|el|las|los) (?:pared|paredes|piso|suelo|puerta|mesa)`,
      `(?:${CLITIC} )?(?:golpe[a-z]+|pega[a-z]*|arañ[a-z]+|rasguñ[a-z]+|rasc[a-z]+|pellizc[a-z]+|mord[a-z]+) (?:a si mism[oa]|hasta (?:sangrar|que (?:sangr[a-z]+|salio sangre|saliera sangre)))`,
      `(?:rasc|pellizc|arañ|rasguñ|golpe|mord|quem|cort)[a-z]* (?:(?:la piel|los brazos|las piernas|el cuerpo|las manos) )?(?:a proposito|adrede|para castigar(?:se|me|te))`,
      `(?:volver|vuelva|vuelve|volvio|volvi|vuelvo) a (?:lastimar(?:se|me|te)|hacer(?:se|me|te) (?:dano|daño)|autolesionar(?:se|me|te)|cortar(?:se|me|te)(?! (?:el|la|los|las) (?:pelo|cabello|uñas|fleco|barba)))`,
      `${CLITIC} (?:volv[a-z]*|vuelv[a-z]*) a (?:cortar|lastimar|quemar|hacer (?:dano|daño)|autolesionar)(?! (?:el|la|los|las|un|una) (?:pelo|cabello|uñas|fleco|barba|dedo|mano|comida|carne|pan|cebolla))`,
      `(?:marcas|cortes|cortadas|heridas|quemaduras) (?:que )?(?:se|me|te) (?:hizo|hice|hace|hago|hacia|hacen) (?:a proposito|adrede|sol[oa]|ella misma|el mismo|yo mism[oa])`,
      'hasta (?:sangrar|hacerme sangrar|hacerse sangrar|que (?:me |le )?(?:sangr[a-z]+|salio sangre|saliera sangre))',
      '(?:impulsos?|ganas|necesidad|urgencia) de (?:cortarme|cortarse|hacerme daño|hacerse daño|lastimarme|lastimarse|quemarme|quemarse|golpearme|golpearse)',
    ],
  },
  {
    topic: 'overdose',
    phrases: [
      'sobre[\\s-]?dosis(?! de (?:azucar|cafeina|cafe|informacion|dulces|chocolate|trabajo|amor|television|tele|series|noticias|redes|emociones|estimulos|realidad|optimismo|positividad|sol|vitaminas?|ternura|nostalgia|drama|memes|reuniones|tareas|pantallas?|azucares|carbohidratos|ejercicio|entrenamiento))',
      'sobredosific[a-z]+',
      `(?:tom[a-z]*|trag[a-z]*|ingiri[a-z]*|ingir[a-z]*|ingeri[a-z]*) (?:demasiad[oa]s|muchisim[oa]s|un monton de|un puño de|un puñado de|muchas mas|mas) ${PILLS}(?! de (?:las|lo) que (?:(?:le|me|te) )?(?:receto|recomendo|indico|dijo)| (?:de lo|de las) (?:recetad[oa]s|indicad[oa]s|permitid[oa]s))`,
      `(?:un|el|la|una|su|sus|mi|mis) (?:frasco|frascos|bote|botes|caja|cajas|blister|blisteres|tira|puñado|puño) (?:entero |entera |completo |completa )?de ${PILLS}`,
      '(?:intoxicacion|envenenamiento|ingestion|ingesta) (?:intencional|voluntaria|deliberada|a proposito|medicamentosa intencional)',
      `intoxic[a-z]* (?:(?:por error|accidentalmente|sin querer) )?(?:con|por) (?:(?:sus|mis|los|las|su|mi|unas|unos) )?(?:[a-z]+ )?${PILLS}`,
      'naloxona',
      'narcan',
    ],
  },
  {
    topic: 'method',
    phrases: [
      // A lethal dose, or how many pills would kill.
      '(?:dosis|cantidad|cantidades|nivel|niveles)(?: de (?:[a-z]+ ){0,2}?[a-z]+)?(?: (?:seria|es|sea|podria ser|resultaria|que (?:seria|es|sea)))? (?:letal|letales|mortal|mortales|fatal|fatales|toxica|toxicas|suficiente para (?:morir|matar))',
      `cuant[oa]s ${PILLS}(?: (?:de|del) (?:[a-z]+ ){0,2}?[a-z]+)? (?:se necesitan|hacen falta|necesito|necesita|son necesari[oa]s|bastan|serian suficientes|se requieren) (?:(?:para|pa) )?(?:ya )?(?:morir[a-z]*|matar[a-z]*|una sobredosis|no despertar|no volver a despertar|acabar|quitar[a-z]* la vida)`,
      // Swallowing an amount: "se tomó 40 pastillas", "se tragó un frasco entero".
      // An amount no prescription gives ("se tomó 40 pastillas"), not a dose ("tome 2 tabletas").
      `(?:tom[a-z]*|trag[a-z]*|ingiri[a-z]*|ingeri[a-z]*|beb[a-z]*|inyect[a-z]*) (?:(?:como |unas |mas de )?(?:[1-9]\\d+|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien)|decenas de|docenas de|un frasco|el frasco|todo el frasco|un bote|el bote|todo el bote|una caja|toda la caja|todas (?:las|sus|mis)|tod[oa]s) (?:(?:entero|entera|completo|completa) )?(?:de )?(?:(?:las|sus|mis|los) )?${PILLS}`,
      `(?:tom|trag|ingiri|ingeri|beb|inyect)[a-z]* (?:el|un|la|una|todo el|toda la) (?:frasco|bote|caja|blister|paquete|vial|jeringa) (?:entero |entera |completo |completa )?de ${PILLS}`,
      `(?:junt|acumul|almacen|guard|esconde)[a-z]* (?:sus |mis |las |los )?${PILLS}(?: (?:de|del) (?:[a-z]+ ){1,3}?)? (?:para (?:tomar|tragar|matar|morir|acabar|quitar|no despertar|suicid)[a-z]*|durante (?:semanas|meses)|por si acaso)`,
      `(?:tom|trag|beb)[a-z]*(?:melas|selas|telas|noslas|las|los) (?:tod[oa]s(?: (?:de una vez|juntas|juntos|a la vez|de golpe))?|de una vez|juntas|a la vez|de golpe)`,
      // Hanging; but "se colgó la computadora", "colgar el teléfono" are not.
      // Hanging, but not the word game ("jugar al ahorcado") or being broke ("ahorcado de dinero").
      `colgar(?:me|te|se) (?:en|de|del) (?:el |la |un |una )?(?:garaje|garage|cochera|closet|ropero|armario|arbol|viga|techo|ventilador|baño|cuarto|barandal|rama|puente)`,
      `(?:me|te|se) (?:quier[a-z]*|quer(?:ia|ias|es)|voy a|va a|vas a|iba a|pense en|penso en|pensaba|intent[a-z]*) colgar(?! (?:el|la|los|las|un|una|mi|su|tu|lo))`,
      `colgar(?:me|te|se) con (?:una|un|la|el|su|mi) (?:cuerda|soga|cinturon|extension|cable|sabana|cadena|corbata|bufanda|lazo)`,
      `colgad[oa]s? (?:de|del|en) (?:una |un |la |el )?(?:viga|arbol|rama|cuerda|soga|barandal|barandilla|ventilador|techo|closet|ropero|garaje)`,
      `${CLITIC} colg(?:o|aba|ara|ar|ado) (?:de|del) (?:una|un|la|el) (?:viga|arbol|rama|cuerda|soga|barandal|barandilla|ventilador|techo|closet|ropero)`,
      'colgarse (?:de|del) (?:una|un|la|el) (?:viga|arbol|rama|cuerda|soga|barandal|ventilador|techo)',
      '(?:soga|cuerda|cinturon|cable|sabana|bufanda|lazo) (?:al|alrededor del|en el|sobre el) cuello',
      '(?:una |la |un |el )?(?:soga|cuerda|lazo|nudo corredizo|cinturon|cable|sabana|cadena) (?:amarrad[oa]|atad[oa]|colgad[oa]|puest[oa]|anudad[oa]) (?:en|a|de|del) (?:su |el |la |un |una |mi )?(?:closet|ropero|armario|viga|techo|arbol|rama|barandal|ventilador|garaje|cuarto)',
      // Jumping from a height; not into water.
      `(?:tir|lanz|arroj|avent|salt|brinc)[a-z]* (?:de|desde|del|desde el|desde la|por) (?:(?:un|una|el|la|lo alto de(?: un| una| el| la)?) )?(?:[a-z]+ ){0,2}(?:puente|edificio|azotea|techo|balcon|precipicio|acantilado|piso \\d+|piso|paso elevado|torre|ventana|estacionamiento|barranco)${unless('(?:a|al|hacia) (?:la|el) (?:agua|rio|lago|mar|piscina|alberca)|con (?:paracaidas|bungee|arnes)')}`,
      `(?:tir[a-z]*|lanz[a-z]*|arroj[a-z]*|avent[a-z]*|salt[a-z]*|brinc[a-z]*)(?:se|me|te)? (?:al vacio|a las vias|a las vias del (?:tren|metro)|al (?:tren|metro)|frente al (?:tren|metro|camion|autobus)|delante del (?:tren|metro|camion|autobus))`,
      // Firearms.
      `(?:peg[a-z]*|dar)(?:se|me|te|le)? (?:un )?(?:tiro|balazo|disparo)(?: en la (?:cabeza|sien|boca|pecho))?(?! en (?:el|los|su|mi|tu) pies?)(?! (?:de salida|al aire|de gracia))(?![\\s,]*(?:ja(?:ja|j)+|je(?:je)+|jsj[sj]*|lol|xd|es broma)(?![\\p{L}]))`,
      `(?:dispar[a-z]*)(?:se|me|te)? (?:en|a) (?:la|el|su|mi) (?:cabeza|sien|boca|pecho|corazon)`,
      `(?:pistola|arma|revolver|rifle|escopeta|cañon) (?:en|contra|a) (?:la|su|mi) (?:cabeza|sien|boca|pecho)`,
      `${CLITIC} apunt[a-z]* (?:a|en|hacia) (?:la|su|mi) (?:sien|cabeza|boca|pecho)`,
      '(?:dejar|dej[a-z]*) abiert[oa] (?:la llave del gas|el gas|la estufa)',
      'piedras en (?:los|sus|mis) bolsillos',
      `${CLITIC} (?:ahog|asfixi|electrocut|envenen)[a-z]* (?:intencionalmente|a proposito|adrede|deliberadamente|voluntariamente)`,
      `meter(?:me|se|te) (?:al (?:agua|lago|rio|mar) )?hasta (?:no salir|ahogar(?:me|se|te)|el fondo)`,
      '(?:mortal|mortales|letal|letales|fatal|fatales) (?:con|a partir de) (?:solo |apenas )?(?:cantidades|dosis|\\d+|[a-z]+ veces|unos? [a-z]+)',
      `(?:tom|beb|trag)[a-z]* (?:el |un |la |del |de )?(?:veneno|raticida|cloro|lejia|anticongelante|matarratas|pesticida|plaguicida|insecticida|destapacaños)`,
      `(?:guardad|juntad|escondid|acumulad)[oa]s (?:como |unas |unos |mas de )?${NUMBER} (?:(?:de )?(?:las|los) (?:de )?)?${PILLS}`,
      '(?:prender|prendo|prendi|encender|enciendo|arrancar|dejar prendido|dejar encendido)[a-z]* (?:el )?(?:carro|coche|auto|motor|troca|camioneta) (?:con|en|dentro de) (?:la|el) (?:cochera|garaje|garage)',
      '(?:cortes|cortadas|heridas) en (?:las|sus|mis) muñecas',
      'herida (?:de bala |por arma de fuego )?autoinfligida',
      // "volarse la cabeza": a firearm, said without naming it.
      `(?:volar|volarme|volarse|volarte|vuela|volo) (?:la cabeza|los sesos)`,
      `${CLITIC} (?:va a|voy a|vas a|iba a|quiere|quiero|queria) volar (?:la cabeza|los sesos)`,
      // Wrists, poison, gas.
      `(?:cort[a-z]*|abr[a-z]*)(?:se|me|te)? (?:las|sus|mis) (?:venas|muñecas)`,
      `envenenar(?:me|te|se)${unless('(?:de|con) (?:chismes|rencor|odio|noticias|celos|pensamientos)')}`,
      `${CLITIC} envenen(?:o|aba|aron|e)`,
      '(?:motor|carro|coche|auto|camioneta|troca) (?:encendido|prendido|en marcha) (?:en|dentro de|dentro del|en el|en la|en un) (?:(?:el|la|un) )?(?:garaje|garage|cochera)',
      `(?:ahog[a-z]*|asfixi[a-z]*|electrocut[a-z]*)(?:se|me|te) ${unless('(?:en|con) (?:trabajo|deudas|tareas|papeles|problemas|llanto|lagrimas|calor)|de (?:calor|risa)')}(?:a proposito|intencionalmente|con|en la (?:tina|bañera))`,
      `(?:acab[a-z]*|termin[a-z]*|quit[a-z]*) (?:con )?(?:su|mi) (?:propia )?vida (?:con|usando|mediante|tomando|tirandose|colgandose)`,
    ],
  },
];

/** Means that are ordinary words ("veneno para ratas", "el tren"): methods only in a sentence about these topics. */
const METHOD_IN_CONTEXT = wholeWords([
  `(?:un|el|los) (?:frasco|frascos|bote) (?:vacio|vacios) de ${PILLS}`,
  `\\d+ (?:[a-z]+ )?${PILLS}`,
  '(?:cloro|lejia|anticongelante|pesticidas?|plaguicidas?|raticida|veneno para ratas|matarratas|herbicidas?|insecticidas?|productos de limpieza|destapacaños|sosa caustica|acido)',
  'con (?:(?:un|una|el|la|los|las|su|sus|mi|mis) )?(?:navaj(?:a|as|ita|itas)|cuchill(?:a|as|ita|itas)|hojitas?|rastrillos?|cuchillos?|cutter|vidrios?|cristales|tijeras|encendedor(?:es)?|cerillos|cerillas|cigarros?|cigarrillos?|agujas?|compas|alfiler(?:es)?|hojas? de afeitar|sacapuntas|clips?|grapas?|plancha caliente|cuchara caliente)',
  '(?:mezcl|combin)[a-z]* (?:[a-z]+ ){0,2}(?:pastillas|opioides|alcohol|benzodiacepinas|somniferos|medicamentos)',
  `(?:botella|tequila|alcohol|cerveza|cervezas|vodka|whisky|licor|mezcal) (?:[a-z]+ ){0,3}con (?:(?:las|sus|mis|unas|los) )?${PILLS}`,
  '(?:vias del tren|vias del metro|las vias)',
  'monoxido de carbono',
  '(?:una|la|su|mi) (?:soga|cuerda|navaja|cuchilla|pistola|arma)',
]);

const METHOD_WITH_DEATH = wholeWords([
  '(?:jalo|jalar|apreto|apretar) el gatillo',
  '(?:gases|gas) del (?:escape|motor)',
  'hojas? de afeitar',
]);

const DEATH_WORDS = wholeWords([
  'muri[a-z]*',
  'muert[oa]s?',
  'muerte',
  'morir',
  'fallec[a-z]+',
  'mat[a-z]+',
  'fatal',
  'cadaver',
  'cuerpo sin vida',
  'funeral',
  'velorio',
]);

const PAIR_RULES: readonly PairRule[] = [
  {
    // A rope at hand: "ya tengo la cuerda en el closet".
    topic: 'method',
    phrase: wholeWords(['(?:ya )?(?:tengo|tiene|tenia|compre|compro|consegui|consiguio) (?:lista )?(?:la|una) (?:cuerda|soga)']),
    with: wholeWords(['closet', 'ropero', 'armario', 'viga', 'techo', 'arbol', 'cuello', 'esperando']),
  },
  {
    // A deadline on one's own life: "no voy a llegar a los 16, ya lo decidí".
    topic: 'suicide',
    phrase: wholeWords(['no (?:voy|va|vas) a llegar a (?:los|mis|sus|tus) \\d+']),
    with: wholeWords(['decid[a-z]*', 'ya lo (?:se|pense|planee)', 'no quiero', 'planead[oa]', 'para que']),
  },
  {
    // Drowning oneself, in a sentence already about suicide: "menciona ahogarse en el lago".
    topic: 'method',
    phrase: wholeWords(['ahogar(?:me|se|te) en (?:el|un|la) (?:lago|rio|mar|presa|canal)']),
    inContext: true,
  },
  {
    // A goodbye letter, but not to a teacher who retires or to the team one leaves.
    topic: 'suicide',
    phrase: wholeWords(['(?:carta|cartas|nota|notas|mensaje|video) de despedida']),
    without: wholeWords([
      'jubil[a-z]*',
      'retir[a-z]*',
      'mud[a-z]*',
      'gradu[a-z]*',
      'maestr[a-z]*',
      'compañer[a-z]*',
      'trabajo',
      'empresa',
      'equipo',
      'escuela',
      'clase',
      'alumn[a-z]*',
      'oficina',
      'clientes',
    ]),
  },
  {
    // "se suicidaron en el último cuarto": a team that threw the game away.
    topic: 'suicide',
    phrase: wholeWords(['(?:se )?suicid(?:o|aron|aba|aban)', 'se suicid(?:a|an|ara|aran)']),
    without: wholeWords([
      'balon',
      'marcador',
      'cancha',
      'goles?',
      'defensa',
      '(?:ultimo|primer|segundo|tercer) cuarto',
      '(?:medio|segundo|primer) tiempo',
      'inning',
      'entrada',
      'temporada',
      'liga',
      'torneo',
      '[a-z]+isticamente',
      'politicamente',
      'electoralmente',
      'deportivamente',
    ]),
  },
  {
    // Hanging, but not the word game ("jugar al ahorcado") or being broke ("ahorcado de dinero").
    topic: 'method',
    phrase: wholeWords([
      `ahorc(?:o|arse|arme|arte|andose|andome|ado|ada|ados|adas|aron|aba|amiento|ara|ar)${unless('de (?:dinero|deudas|trabajo|tiempo|lana|plata|pagos|gastos)|con (?:las|los) (?:deudas|pagos|gastos)')}`,
    ]),
    without: wholeWords([
      'jueg[a-z]*',
      'jugar',
      'jugamos',
      'jugaron',
      'juegan',
      'vocabulario',
      'letras',
      'palabras',
      'pizarron',
      'pizarra',
    ]),
  },
  {
    // Pills gathered for one night: "fue juntando sus antidepresivos, unas sesenta tabletas, para tomárselas de una vez".
    topic: 'method',
    phrase: wholeWords([`(?:junt|acumul|almacen|guard|esconde)[a-z]* (?:(?:sus|mis|las|los|tus) )?${PILLS}`]),
    with: wholeWords(['para (?:tom|trag|matar|morir|acabar|quitar|no despertar|suicid)[a-z]*', 'de una vez', 'todas juntas', 'a la vez']),
  },
  {
    topic: 'method',
    phrase: wholeWords([`${NUMBER} (?:de )?(?:(?:las|sus|mis|esas|estas) )?${PILLS}`]),
    with: wholeWords([
      'letal(?:es)?',
      'mortal(?:es)?',
      'fatal(?:es)?',
      'suficientes? para',
      'matar(?:me|te|se|lo|la)?',
      'mor(?:ir|irse|irme|irte|ira|iria)',
      'muera',
      'muere',
    ]),
  },
  {
    topic: 'method',
    phrase: wholeWords(['(?:estrell[a-z]*|choc[a-z]*|lanz[a-z]*|avent[a-z]*) (?:el|su|mi|un) (?:carro|coche|auto|camion|camioneta|moto)']),
    with: wholeWords(['a proposito', 'adrede', 'intencionalmente', 'deliberadamente', 'queriendo']),
  },
  {
    topic: 'method',
    phrase: wholeWords(['salt[a-z]*', 'tir[a-z]*se', 'tirarme', 'lanz[a-z]*se', 'lanzarme']),
    with: wholeWords(['puente', 'azotea', 'balcon', 'precipicio', 'acantilado', 'vias del tren', 'edificio']),
    without: wholeWords(['agua', 'rio', 'lago', 'mar', 'piscina', 'alberca', 'paracaidas', 'bungee', 'clavado', 'trampolin', 'nadar']),
    inContext: true,
  },
  {
    topic: 'method',
    phrase: wholeWords(['(?:soga|cuerda|cinturon|lazo|cable)']),
    with: wholeWords(['cuello', 'viga', 'colg[a-z]+', 'ahorc[a-z]+']),
    inContext: true,
  },
  {
    // A firearm in a sentence about taking one's life: "dijo que iba a usar una (pistola) para matarse".
    topic: 'method',
    phrase: wholeWords(['(?:pistolas?|armas?(?: de fuego)?|rifles?|escopetas?|revolver(?:es)?)']),
    with: wholeWords([
      'en la (?:cabeza|sien|boca)',
      'para (?:matar(?:se|me|te)|suicidar(?:se|me|te)|quitar(?:se|me|te) la vida|acabar con (?:su|mi|tu) vida)',
      'se (?:disparo|mato)',
      'contra (?:si|mi|ti)(?: mism[oa]s?)?',
      'muertes? por suicidio',
      'suicidios?',
    ]),
  },
  {
    // "ya me quiero ir", "ya me voy", "si me pasa algo": goodbyes in everyday words, beside despair or thanks.
    topic: 'suicide',
    phrase: wholeWords([
      'ya (?:me )?quiero ir(?:me)?',
      'ya me voy',
      'si me pasa algo',
      '(?:quiero|quisiera|pens[a-z]* (?:mucho )?en) irme con (?:el|ella|mi (?:mama|papa|abuel[oa]|hij[oa]|espos[oa]))',
    ]),
    with: wholeWords([
      'sentido',
      'no aguanto',
      'ya no (?:puedo|aguanto)',
      'cansad[oa]',
      'hart[oa]',
      'perdon[a-z]*',
      'cuiden',
      'cuida a',
      'los quiero',
      'gracias por todo',
      'muri[a-z]*',
      'murio',
      'fallec[a-z]+',
      'se fue',
    ]),
  },
  {
    // Jumping said of oneself, beside a height.
    topic: 'method',
    phrase: wholeWords([
      '(?:aventar|tirar|lanzar|arrojar)(?:me|se|te)',
      `${CLITIC} (?:(?:iba a|va a|voy a|vas a|quier[a-z]*|queria|pens[a-z]* en) )?(?:aventar|tirar|lanzar|arrojar)(?=\\s*(?:[.,;:!?…]|$)| (?:del|de|desde)(?![\\p{L}]))`,
    ]),
    with: wholeWords([
      'puente',
      'azotea',
      'balcon',
      'precipicio',
      'acantilado',
      'vias del tren',
      'edificio',
      'ultimo piso',
      'estacionamiento',
      'techo',
    ]),
    without: wholeWords([
      'agua',
      'rio',
      'lago',
      'mar',
      'piscina',
      'alberca',
      'paracaidas',
      'bungee',
      'clavado',
      'trampolin',
      'nadar',
      'muelle',
    ]),
  },
  {
    // "me corté con la navajita del sacapuntas", not "me corté con un cuchillo mientras cocinaba".
    topic: 'self-harm',
    phrase: wholeWords([
      `${CLITIC} (?:corto|corte|cortaba|cortas|corta|cortan|cortaron|cortaste) con (?:la|el|una|un|mi|su|sus|mis) (?:navaj|hoja|sacapuntas|rastrillo|vidrio|cristal|cuchill|tijera|cutter)[a-z]*`,
    ]),
    without: wholeWords([
      'cocin[a-z]*',
      'pic[a-z]*',
      'pel[a-z]*',
      'sin querer',
      'accident[a-z]*',
      'afeit[a-z]*',
      'rasur[a-z]*',
      'jardin',
      'abr[a-z]*',
      'lata',
      'caja',
      'trabajo',
      'cebolla',
      'pan',
    ]),
  },
  {
    // A whole box or bottle, beside not waking up or death.
    topic: 'method',
    phrase: wholeWords(['(?:caja|frasco|bote|blister|paquete) (?:entera|entero|completa|completo) de']),
    with: wholeWords(['(?:ya )?no desp(?:ie|e)rt[a-z]*', 'mor[a-z]+', 'muer[a-z]+', 'letal(?:es)?', 'mortal(?:es)?', 'fatal']),
  },
  {
    // Feeling a burden, in a sentence about being gone.
    topic: 'suicide',
    phrase: wholeWords(['(?:una|un) (?:carga|estorbo|molestia) (?:para|a)']),
    with: wholeWords(['mejor', 'muert[oa]', 'morir', 'desaparecer', 'ya no estar', 'sin mi', 'existiera', 'no existir']),
    without: wholeWords(['economica', 'financiera', 'de trabajo', 'laboral']),
  },
];

// "cometió suicidio" → "murió por suicidio": the replacement keeps the tense of what was written.
const DIE_BY: Record<string, string> = {
  cometer: 'morir',
  comete: 'muere',
  cometen: 'mueren',
  cometio: 'murió',
  cometieron: 'murieron',
  cometido: 'muerto',
  cometia: 'moría',
  cometian: 'morían',
  cometera: 'morirá',
  cometiera: 'muriera',
  cometiendo: 'muriendo',
  cometa: 'muera',
};

const WORDING_RULES: readonly WordingRule[] = [
  {
    pattern: wholeWords([`comet(?:er|e|en|io|ieron|ido|ia|ian|era|iera|iendo|a)(?: el)? suicidio`]),
    scope: 'always',
    message: (found) => `"${found}" speaks of suicide as a crime or a sin, which adds to stigma.`,
    suggestion: (found) => `Write "${DIE_BY[foldAccents(found.split(/[\s-]+/)[0].toLowerCase())] ?? 'murió'} por suicidio".`,
  },
  {
    pattern: wholeWords(['suicidios? (?:consumados?|exitosos?|logrados?|completados?|con exito)', 'intentos? (?:exitosos?|logrados?)']),
    scope: 'document',
    message: (found) => `"${found}" presents a death by suicide as a success or an achievement.`,
    suggestion: () => 'Write "murió por suicidio" or "muerte por suicidio".',
  },
  {
    pattern: wholeWords([
      'intentos? (?:de suicidio )?(?:fallidos?|frustrados?|fracasados?)',
      'suicidios? (?:fallidos?|frustrados?|fracasados?)',
    ]),
    scope: 'document',
    message: (found) => `"${found}" presents surviving as a failure.`,
    suggestion: () => 'Write "intento de suicidio" or "sobrevivió a un intento de suicidio".',
  },
  {
    // Right after an article "suicida" is a noun (an adjective follows its noun: "la conducta suicida").
    pattern: wholeWords(['(?:el|la|los|las|un|una|unos|unas) suicidas?']),
    scope: 'always',
    message: (found) => `"${found}" names people by the way they died or by their illness.`,
    suggestion: () => 'Write "la persona que murió por suicidio" or "las personas con pensamientos suicidas".',
  },
  {
    pattern: wholeWords(['epidemias?', 'olas? de suicidios?', 'pandemias? de suicidios?']),
    scope: 'sentence',
    message: (found) => `"${found}" sensationalises suicide and can make it seem common or inevitable.`,
    suggestion: () => 'Give the rate and its source, e.g. "la tasa de suicidio ha aumentado desde 2000 (CDC)".',
  },
  {
    pattern: wholeWords([
      `(?:se )?(?:dispar(?:an|aron|ado|o|ando)|han disparado)${unless('(?:en|a|contra) (?:la|el|su|mi)')}`,
      'por las nubes',
      'alarmantes?',
    ]),
    scope: 'sentence',
    message: (found) => `"${found}" sensationalises suicide statistics.`,
    suggestion: () => 'Write "aumentan" or "han aumentado" and give the figures with their source.',
  },
];

const pattern = (phrases: readonly string[]) => wholeWords(phrases);

export const SPANISH_RULES: SafeMessagingRules = {
  topics: TOPIC_RULES.map((rule) => ({ topic: rule.topic, pattern: pattern(rule.phrases) })),
  // "OD" is English slang; Spanish has no capitals-only abbreviation for overdose.
  caseSensitive: [],
  pairs: PAIR_RULES,
  methodInContext: METHOD_IN_CONTEXT,
  methodWithDeath: METHOD_WITH_DEATH,
  deathWords: DEATH_WORDS,
  wording: WORDING_RULES,
  fold: foldAccents,
};
