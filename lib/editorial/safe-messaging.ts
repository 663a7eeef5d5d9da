/**
 * Safe messaging about suicide (reportingonsuicide.org; docs/ARCHITECTURE.md "Domain facts"): a post that
 * discusses suicide, self-harm or overdose must show the crisis resources, describing a method or a
 * lethal dose is warned about, and stigmatising or sensational wording is flagged with the wording to
 * use instead.
 *
 * People rarely write only "suicide": they write "wanted to die", "not wanting to wake up", "end it
 * all", "cutting", "took too many pills". Each phrasing below is a whole-words pattern, with the
 * figurative uses it must not catch written beside it ("cut back on caffeine", "kill time", "dying to
 * try", "career suicide", "burn myself out"). tests/fixtures/lint-corpus holds labelled sentences they
 * are measured on (`npm run bench:lint`).
 */
import type { Finding, PathSegment } from './findings';
import { DEFAULT_LANGUAGE, languageOfDocument, type Language } from '../i18n/languages';
import { SPANISH_RULES } from './safe-messaging-es';
import { allMatches, quotedList, sentences, textBlocks, unless, wholeWords, type Match } from './text';

/** What a phrase is about: each requires the crisis resources; a method is also warned about. */
export type CrisisTopic = 'suicide' | 'self-harm' | 'overdose' | 'method';

// Building blocks. A space matches any run of spaces or a hyphen (wholeWords); an apostrophe may be curly.
const REFL = '(?:myself|yourself|himself|herself|themselves|themself|oneself|ourselves|yourselves|self)';
const POSS = "(?:my|your|his|her|their|one['’]s|our|someone['’]s|a person['’]s|a loved one['’]s)";
const WHO = "(?:I|you|he|she|they|we|it|someone|people|I['’]d|he['’]d|she['’]d|they['’]d|we['’]d|you['’]d)";
// "not", "never", "no longer" and every "…n't" ("don't", "isn't", "can't").
const NEG = "(?:not|never|no longer|cannot|[a-z]*n['’]t)";
const PILLS = '(?:pills|tablets|capsules|painkillers|pain pills|sleeping pills|sleeping tablets|meds|opioids|opiates)';
// What follows "cutting" when it means self-injury: the end of the clause, a verb, a word about it
// ("cutting, burning", "cutting is", "cutting scars", "cutting to cope"). Never an object
// ("cutting costs", "cutting added sugar", "cutting-edge").
const CUTTING_SPEAKS =
  "\\s*(?:[.,;:!?)\"”’—–]|$)|[\\s-]+(?:and|or|is|was|are|were|can|may|might|often|usually|behaviou?rs?|scars?|wounds?|marks|urges?|habits?|episodes?|again|anymore|in secret|secretly|themselves|herself|himself|myself|yourself|to (?:cope|feel|release|relieve|manage|numb|deal|escape|punish|calm|stop|get through|handle|distract)|as (?:a|an) (?:way|coping|release|outlet|form)|when|whenever|after|because|since|if|until|helped|helps|made|makes|gave|gives|became|becomes|started|stopped|has|had|have|does|did|isn['’]t|wasn['’]t|from (?:her|his|their|my) (?:parents|family|friends|mom|dad|mother|father|teachers?|therapist))(?![\\p{L}\\p{N}])(?![\\s-]+(?:pasting|sewing|gluing|chopping|slicing|dicing|trimming|shaping|polishing))";

// "cut myself when shaving" is an accident; "hit herself when she felt overwhelmed" is not.
const WHEN_NOT_FEELING = "when(?! (?:I|he|she|they|you|we) (?:feel|felt|feels|get|got|gets|am|was|were|is|are|['’]m|['’]re)(?![\\p{L}]))";

interface TopicRule {
  topic: CrisisTopic;
  phrases: readonly string[];
}

// Hyperbole: "so boring I wanted to die", "enough to make anyone lose the will to live".
const HYPERBOLE_BEFORE = `(?<!(?:so|too) (?:long|boring|bored|embarrassing|embarrassed|awkward|hot|hungry|full|funny|slow|loud|cringey|cringy|cringe|mortified|mortifying|tedious|dull|humiliating|stuffed)(?: that)? ${WHO} (?:just )?)(?<!(?:make|makes|made|making) (?:anyone|you|me|one|someone|everyone|a person|us) )`;

/** The hyperbole check, tried only where one of the words that follow it starts (a cheap lookahead first). */
const notHyperbole = (firstWords: string) => `(?=${firstWords})${HYPERBOLE_BEFORE}`;

/**
 * The one list of phrasings that mean a text discusses suicide, self-harm or overdose, or describes a
 * method. Case-insensitive regular-expression fragments, matched as whole words.
 */
const TOPIC_RULES: readonly TopicRule[] = [
  {
    topic: 'suicide',
    phrases: [
      // The word itself, but not "career suicide" or "suicide doors".
      `(?<!(?:career|political|social|commercial|professional|electoral|financial|fashion|brand|economic)[\\s-]+)(?:para)?suicid(?:e|es|al|ality|ally|ology|ologist|ologists)${unless('squads?|doors?|sprints?|drills?|runs?|lanes?|knots?|bombers?|bombings?|bombs?|missions?|vests?|pass|blondes?|kings?|seat')}`,
      // "kill myself", "unalive himself", but not "killing myself laughing" or "kill yourself trying".
      `(?:kill|kills|killed|killing|unalive|unalives|unalived|unaliving) ${REFL}${unless('laughing|working|trying|studying|at (?:work|the gym)|to (?:get|make|finish|meet|please|impress|keep|pay|win|be perfect)|for (?:a|an|the|this|that|nothing|work|them|him|her|you|your)|over (?:a|an|the|it|nothing|this|that|every|small|grades?|exams?|work|details)')}`,
      'kms',
      'kys',
      'unaliv(?:e|es|ed|ing)',
      'sewer ?slide',
      'self[\\s-]?delet(?:e|es|ed|ing|ion)',
      // Saying goodbye for good, not being around much longer, picturing one's own funeral.
      `(?:cannot|can['’]t|can not) do this anymore[,.]? (?:goodbye|bye)`,
      `${NEG} be (?:a problem|a burden|around|here|bothering (?:you|anyone)|in (?:your|anyone['’]s) way)(?: (?:for|to) (?:you|anyone|everyone|them))? (?:much|any) longer`,
      `(?:imagining|imagine|imagines|imagined|picturing|picture|pictures|pictured|fantasi[sz](?:e|es|ed|ing)(?: about)?|daydream(?:s|ed|ing)? about) (?:${POSS} )?(?:own )?funeral`,
      // The crisis line named as such ("call or text 988", "the 988 Lifeline").
      '(?:call|text|dial|calling|texting|dialing|number for|contact|reach|reaching|the) 988(?![\\p{N}])',
      '988 (?:suicide|lifeline|crisis)',
      `(?:hang|hangs|hanged|hanging) ${REFL}`,
      // "take my own life", "took their lives", but not "take my life back" or "take his life in his hands".
      `(?:take|takes|took|taken|taking) ${POSS} (?:own )?(?:life|lives)${unless('back|in|into|forward|seriously|for granted|savings|story|stories|experience|and|to (?:a|the|new)|over')}`,
      `(?:end|ends|ended|ending) ${POSS} (?:own )?(?:life|lives)(?!['’]s)${unless('savings|story|stories|work|sentence|chapter|support|care')}`,
      '(?:end|ends|ended|ending) it all',
      // "thoughts of ending it", "planning to end things", but not "ending things with a partner".
      `(?:thoughts?|thinking|thought|think|thinks|plans?|planning|planned|plan|considering|considered|consider|talk|talks|talked|talking|want|wants|wanted|wanting|urges?|ready|going|intend|intends|intended) (?:of |about |to |on |seriously )?(?:ending|end) (?:things|everything|it)${unless('with|between|for (?:good|now)|off|there|here|early|on|at|after|before|amicably|well|now')}`,
      // "wanted to die", "wishing to be dead", but not "dying to try" or "so embarrassed I wanted to die".
      `${notHyperbole('want|wants|wanted|wanting|wanna|wish|wishes|wished|wishing|longing|longed|longs|ready|hoping|hoped|hope|hopes|praying|prayed|pray|tried|trying|tries|try|attempted|planned|planning|intend|intended|deserve|deserved|deserves|deserving')}(?:want|wants|wanted|wanting|wanna|wish|wishes|wished|wishing|longing|longed|longs|ready|hoping|hoped|hope|hopes|praying|prayed|pray|tried|trying|tries|try|attempted|planned|planning|intend|intended|deserve|deserved|deserves|deserving) to (?:just )?(?:die|be dead|not exist|stop existing|cease to exist|not be alive|no longer be alive|not be here|disappear forever|disappear permanently|disappear for good)${unless('of|from|laughing|with (?:embarrassment|laughter)|happy|old')}`,
      `wish(?:es|ed|ing)? (?:that )?${WHO} (?:was|were|could be|would be|['’]d be|had been|could just be) dead`,
      `wish(?:es|ed|ing)? (?:that )?${WHO} (?:was|were|had) never (?:been born|woken up|existed)`,
      `wish(?:es|ed|ing)? (?:that )?${WHO} (?:had|['’]d) (?:died|not survived|never survived|not woken up|never woken up)`,
      `wish(?:es|ed|ing)? (?:that )?${WHO} (?:wasn['’]t|weren['’]t|was not|were not) (?:alive|here anymore|around anymore|here any more)`,
      `wish(?:es|ed|ing)? (?:that )?${WHO} (?:could|would) (?:just )?(?:die|stop existing|cease to exist|not exist|disappear forever|disappear for good|go to sleep forever|fall asleep forever|not wake up|never wake up|disappear permanently)`,
      `(?:rather|sooner) be dead`,
      'better off dead',
      '(?:better|happier|easier) (?:off )?without me',
      `(?:better|happier|easier) (?:off )?(?:if|when) ${WHO} (?:(?:was|were|am|['’]m|is|are) (?:just )?(?:dead|gone|not here|not around|not alive|no longer here|no longer around)|(?:wasn['’]t|weren['’]t) (?:here|around|alive)(?: anymore| any more)?|died|disappeared)`,
      `(?:everyone|everybody|family|families|world|people|loved ones|they|others|friends|kids|children|parents) (?:would|will|['’]d|could|might|are|is)? ?(?:all )?(?:be )?(?:better|happier|easier) (?:off )?without (?:me|him|her|them|us|you)`,
      // Not wanting to live or to wake up: "don't want to live anymore", "not wanting to wake up".
      `${NEG} (?:really |even )?(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|care|cares|cared|caring|see a reason|see any reason) (?:whether |if )?(?:to |I |he |she |they |you )?(?:live|lived|lives|be alive|was alive|were alive|am alive|is alive|stay alive|exist|keep living|continue living|go on living|keep on living|be here anymore|be here any more|be around anymore|go on anymore|go on any longer|wake up|woke up|wakes up)${unless('in|with|near|at|like|there|that|on|under|alone|together|far|close|nearby|off|early|late|before|so early|for (?:school|work|class)|to (?:an|a|the) (?:alarm|phone)|without (?:coffee|an alarm)')}`,
      `(?:hope|hoping|hoped|hopes|pray|praying|prayed|wish|wishing|wished|wishes) (?:that )?${WHO} (?:just |simply )?(?:won['’]t|wouldn['’]t|don['’]t|didn['’]t|do not|would not|will not|never|might not|would never) (?:ever )?wake up`,
      '(?:sleep|asleep|bed) and (?:not|never) (?:wake up|come back|wake again)',
      'never (?:to )?wake up again',
      '(?:go to sleep|fall asleep|sleep) forever',
      // "life isn't worth living", but not "a city worth living in".
      `${NEG} (?:really |truly |even |always |still )?worth living${unless('in|here|there|for|near|with')}`,
      '(?:whether|if) (?:life|living|it|my life|their life|her life|his life) (?:is|was) (?:still |really |even )?worth (?:living|it)',
      notHyperbole('no|without|lost|lose|losing') +
        '(?:no|without a|without any|lost (?:his|her|their|my|your|the|all)|lose (?:the|all)|losing (?:the|all|his|her|their|my|your)) (?:reason|reasons|point|purpose|will|desire|wish) (?:left )?(?:to (?:live|keep living|go on living|stay alive|be alive|keep going(?! (?:to|with|at|through|in|back))|carry on(?! (?:with|at|through|in)))|for living|in (?:living|staying alive|being alive|going on|carrying on))',
      'nothing (?:left )?to live for',
      `${notHyperbole('lost|losing|lose|loses')}(?:lost|losing|lose|loses) (?:the |his |her |their |my |your |all )?will to live`,
      `(?:tired|weary|sick) of (?:living|being alive|life itself|existing|being here|being a burden|being a problem)${unless('with|like|this way|in|on|under|paycheck|out of|alone|here|there|at')}`,
      `${NEG} see (?:the|any|a) (?:point|reason|purpose) (?:of|in|to|for) (?:living|life|going on|being alive|staying alive|live|go on|being here)`,
      '(?:just )?stop existing',
      `(?:not|never) (?:want|wants|wanted|wanting) to exist`,
      // Crisis lines named as such.
      '741741',
      'crisis text line',
      '(?:suicide|crisis) (?:hotline|helpline|lifeline)s?',
      `${NEG} (?:go|keep going|carry) on (?:living|anymore|any longer|any more)`,
      // Thoughts of death, a death wish, lethal means.
      `(?:thoughts?|thinking|thinks|think|thought|fantasi[sz]e|fantasi[sz]es|fantasi[sz]ing|fantasi[sz]ed|dreams?|dreaming|obsessed|preoccupied|preoccupation) (?:of|about|with) (?:just )?(?:death|dying|being dead|killing ${REFL}|ending (?:it|things|everything|${POSS} (?:own )?(?:life|lives))|not being (?:here|alive|around)|no longer being (?:here|alive|around)|not existing|no longer existing|not waking up|never waking up)${unless('and (?:taxes|grief)|in (?:the|a) (?:novel|book|film|movie|family|story)|rituals|certificates?|penalty')}`,
      'death wish(?:es)?',
      'passive (?:death )?(?:wish|ideation|thoughts)',
      'lethal means',
      'means (?:restriction|safety)',
      `${NEG} (?:want|wants|wanted|wanting) to be alive`,
      // Attempts named without the word: "a previous attempt", "attempt survivors".
      `(?:previous|prior|past|recent|multiple|repeated|earlier|survived an?|survived (?:his|her|their|my)|near-fatal|nonfatal|non-fatal) attempts?${unless('at|to|of|on|by|in|from')}`,
      'attempt survivors?',
      `(?:attempted|attempting|attempts|tried|trying|tries) to (?:take|end) (?:${POSS} )?(?:own )?(?:life|lives)`,
    ],
  },
  {
    topic: 'self-harm',
    phrases: [
      'self[\\s-]?(?:harm|harms|harmed|harming|harmer|harmers|injury|injuries|injure|injures|injured|injuring|injurious|inflicted|mutilation|mutilate|mutilates|mutilated|mutilating|poisoning|poisoned|poison|cutting|cutter|cutters|burning|battering)',
      '(?:harm|harms|harmed|harming) ' + REFL,
      'harm to ' + REFL,
      `(?:danger|dangerous|risk) to ${REFL}`,
      // "hurt themselves on purpose", but not "hurt himself playing football".
      `(?<!(?:accidentally|accidently) )(?:hurt|hurts|hurting|injure|injures|injured|injuring|harmed) ${REFL}${unless(`while|${WHEN_NOT_FEELING}|during|playing|at (?:the|a|work|practice|school)|on (?:the|a) (?:job|ice|stairs|field|court|slopes|trampoline)|in (?:a|the) (?:fall|crash|accident|game|match|gym|kitchen|garden)|lifting|running|skiing|falling|jogging|exercising|gardening|climbing|biking|cycling|skating|tripping|slipping|by accident|accidentally|badly|slightly|a little|again at|in practice|training`)}`,
      // "cut herself", "burning themselves", but not "cut myself off" or "burn myself out".
      `(?<!(?:accidentally|accidently) )(?:cut|cuts|cutting|burn|burns|burned|burnt|burning|scratch|scratches|scratched|scratching|hit|hits|hitting|punch|punches|punched|punching|bit|bite|bites|biting|carve|carved|carving) ${REFL}${unless(`off|out|short|some slack|a break|free|loose|down|in (?:on|half)|shaving|while|${WHEN_NOT_FEELING}|on (?:the|a|an|some)|with (?:the|a|an) (?:knife|kitchen|iron|stove|kettle|pan|oven)|cooking|chopping|making|ironing|baking|by accident|accidentally|in the (?:kitchen|foot)|up|over|into|away|about`)}`,
      // "cutting" as self-injury: followed by what speaks of it, never by what ordinary cutting cuts.
      `(?<!(?:a|the|paper|wire|bolt|glass|hair|tile|cookie|pizza|plant|stem|root|craft|crafts|coupon|tree|wood|metal|laser|stencil|cake|ribbon|cost|costs|price|budget|tax)[\\s-]+)cutting(?=${CUTTING_SPEAKS})`,
      `(?:cuts|scars|cut marks|burn marks|wounds|burns|bruises|scratches|marks) (?:on|across|along|up and down) (?:${POSS} |the |both )?(?:arms?|wrists?|forearms?|thighs?|legs?|stomach|skin|body|hips?|ankles?)${unless('from (?:the|a|an) (?:accident|crash|fall|fire|surgery|kitchen|stove|garden)')}`,
      `(?<!(?:accidentally|accidently) )(?:cut|cuts|cutting|burn|burns|burned|burnt|burning|scratch|scratches|scratched|scratching|carve|carves|carved|carving|pick|picks|picked|picking) (?:at )?(?:${POSS} |the )?(?:arms?|forearms?|thighs?|legs?|wrists?|skin|stomach|hips?|ankles?|body)${unless('on (?:a|an|the)|while|when|by accident|accidentally|shaving|in (?:a|the) (?:fall|crash|accident|kitchen|garden)|with (?:the|a|an) (?:lawn|saw|kitchen)')}`,
      '(?:until|till) (?:I|it|they|he|she|you|we|the skin|my [a-z]+|her [a-z]+|his [a-z]+|their [a-z]+) (?:bleed|bled|bleeds|bleeding|blistered|blisters|blistering|broke open|break the skin|broke the skin|bruised)',
      '(?:punch|punches|punched|punching) (?:the |a )?walls?',
      `(?:hit|hits|hitting|bang|bangs|banged|banging|slam|slams|slammed|slamming|punch|punches|punched|punching) (?:${POSS} )?(?:head|fists?) (?:against|on|into) (?:the|a) (?:wall|walls|floor|door|desk)`,
      `(?:hide|hides|hid|hiding|hidden|cover|covers|covered|covering|conceal|conceals|concealed|concealing) (?:${POSS} |the )?(?:cutting|cuts|scars|burns|wounds|self-harm|self-injury)`,
      '(?:clean|free|recovery|recovering|recovered|relapsed|relapse|relapsing|urges?|addiction|addicted|history|signs|sign|evidence) (?:from |of |to |into |with )?cutting(?! (?:back|down|out|off|edge|costs?|corners|ties|in|it|the|a|an|sugar|carbs|alcohol|caffeine|calories))',
      '(?:urges?|urge|impulses?) to (?:cut|burn|hurt|harm|injure)(?! (?:back|down|costs?|ties|out|off))',
      `(?:started|start|starts|starting|stopped|stop|stops|stopping|began|begin|begins|quit|quitting|relapsed into|relapse into|turned to|turn to|turns to|resorted to|addicted to|history of) (?:cutting|burning|self-harm)(?=${CUTTING_SPEAKS})`,
      'NSSI',
    ],
  },
  {
    topic: 'overdose',
    phrases: [
      `(?:overdos(?:e|es|ed|ing)|over-dos(?:e|es|ed|ing)|OD['’]?d|OD['’]?ing|ODs)(?! on (?!(?:[a-z]+ ){0,2}(?:drugs?|heroin|fentanyl|opioids?|opiates?|pills|tablets|meds|medications?|medicine|insulin|acetaminophen|tylenol|paracetamol|painkillers|oxy[a-z]*|sleeping|xanax|benzos?|benzodiazepines|cocaine|meth|methamphetamine|alcohol|antidepressants|prescription|her|his|their|my|something|ketamine|street|drug|purpose)(?![\\p{L}])))`,
      `(?:take|takes|took|taken|taking|swallow|swallows|swallowed|swallowing|ingest|ingested|ingesting|down|downed|downing) (?:far |way |a few |several )?too many (?:of (?:my|his|her|their|your|the|our|those|these) )?(?:[a-z]+ )?${PILLS}`,
      `(?:a|an|the|his|her|their|my|your) (?:whole |entire |full )?(?:bottle|bottles|handful|handfuls|fistful|fistfuls|stockpile|stash) of (?:${POSS} )?(?:[a-z]+ )?(?:${PILLS}|aspirin|tylenol|acetaminophen|paracetamol|ibuprofen|antidepressants)`,
      `(?:take|takes|took|taken|taking|swallow|swallows|swallowed|swallowing|ingest|ingested|downed) (?:far |way |a lot |many )?more (?:[a-z]+ )?${PILLS} than(?! (?:your|the|a|his|her|their) (?:doctor|prescriber|pharmacist|label|package|bottle|directions|instructions|nurse|clinician)| (?:prescribed|directed|recommended|advised|labeled|labelled|allowed))`,
      `(?:take|takes|took|taken|taking|swallow|swallows|swallowed|swallowing|ingest|ingested|downed) (?:a bunch|a lot|lots|loads|a handful|handfuls|a fistful|a whole bunch|a pile|dozens|a mouthful) of (?:${POSS} )?(?:[a-z]+ )?${PILLS}`,
      'intentional (?:ingestion|poisoning|overdose|drug overdose)',
      '(?:naloxone|narcan)',
    ],
  },
  {
    topic: 'method',
    phrases: [
      // A lethal dose, or how many pills would kill.
      '(?:lethal|fatal|deadly|toxic|killing) (?:dose|doses|dosage|dosages|amount|amounts|quantity|quantities|level|levels|number of (?:pills|tablets))',
      `(?:how many|enough|the number of|number of) (?:of (?:her|his|my|their|your|the|those|these) )?(?:[a-z]+ )?${PILLS} (?:it (?:takes|would take)|would|to|could|can|will|are) (?:to )?(?:kill|be (?:fatal|lethal|deadly)|die|overdose|end)`,
      // Swallowing an amount: "swallowed 40 pills", "an entire bottle of his antidepressants".
      `(?:swallow|swallowed|swallowing|took|taking|taken|take|ingested|ingesting|downed|downing|emptied|drank) (?:\\d+|dozens|dozens of|an? (?:whole |full |entire )?bottle|the (?:whole|entire|rest of the) bottle|all (?:of )?(?:her|his|their|my|the|your|them)|them all) (?:of )?(?:(?:her|his|their|my|the|your) )?(?:[a-z]+ )?(?:${PILLS}|aspirin|tylenol|acetaminophen|paracetamol|ibuprofen|insulin|antidepressants|medication|medications|at once)`,
      `(?:swallow|swallowed|swallowing|took|taking|taken|ingested|ingesting|downed|drank|drinking) (?:${POSS}|an?|the) (?:whole |full |entire )?(?:bottle|bottles|box|packet|pack|strip|month['’]s supply|stash|supply) of`,
      `(?:take|takes|took|taking|swallow|swallowed|swallowing) (?:them all|all (?:of )?(?:them|my|his|her|their|the) (?:[a-z]+ )?${PILLS}|all (?:of )?(?:my|his|her|their) (?:[a-z]+ )?(?:medication|medications|medicine)) (?:at once|together|in one go)`,
      `stockpil(?:e|es|ed|ing) ${POSS} (?:[a-z]+ )?(?:${PILLS}|medication|medications|medicine|insulin)`,
      `(?:hang|hangs|hanged|hanging) (?:${REFL}|from (?:a|the)|by (?:a|the))`,
      'by hanging',
      `(?:found|discovered) hanging${unless('out|around|on|up|from (?:the|a) (?:tree|wall|hook|ceiling) (?:was|were)')}`,
      '(?<!tighten(?:s|ed|ing)? the )(?:nooses?|ligatures?)(?! (?:around|round) (?:the )?(?:economy|market|tax|taxes|offshore|industry|company|companies|opposition|regime|banks?))',
      `(?:belt|rope|cord|scarf|sheet|ligature|cable|wire|noose) (?:tied )?(?:a?round|about) (?:${POSS}|the) (?:own )?neck`,
      '(?:bridge|building|roof|cliff|balcony|ledge|floor|height|drop|fall) (?:[a-z]+ ){0,2}(?:is |was |would be |will be )?(?:high|tall|far|long) enough',
      '(?:step|steps|stepped|stepping|walk|walks|walked|walking|threw (?:himself|herself|themselves|myself)|throw (?:himself|herself|themselves|myself)) (?:in front of|into the path of|onto the tracks of) (?:a|an|the) (?:[a-z]+ )?(?:train|truck|bus|car|traffic|subway)',
      `(?:shot|shoot|shoots|shooting) ${REFL}${unless('in the foot|a|an|some|another|up')}`,
      '(?:self[\\s-]?inflicted|fatal) (?:gunshot|gun shot|gunshot wound|stab wounds?|wound to the (?:head|chest))',
      `(?:gun|pistol|rifle|handgun|barrel) (?:to|against|in) (?:${POSS}|the) (?:head|temple|mouth|chest)`,
      `(?:slit|slits|slitting|slash|slashed|slashing|slice|slices|sliced|slicing|cut|cuts|cutting|cutting open) (?:${POSS} |the |both )?wrists?`,
      `(?:poison|poisoned|poisoning|drown|drowned|drowning|strangle|strangled|strangling|suffocate|suffocated|suffocating|asphyxiate|asphyxiated|electrocute|electrocuted|gas|gassed|set fire to|starve|starved) ${REFL}${unless('in (?:work|paperwork|tasks|busywork|chores|books|coffee|sorrows?|alcohol|noise|distractions|projects|studies|school|email|emails)|with (?:work|coffee|caffeine|sugar)|out')}`,
      `(?:deliberately|intentionally|purposely|purposefully|on purpose) (?:crashed|crash|drove|drive|wrecked|steered|swerved) (?:${POSS} |the |a |an )?(?:car|truck|vehicle|motorcycle)?`,
      `(?:took|take|takes|taking|ended|end|ends|ending) ${POSS} (?:own )?(?:life|lives) (?:by|with|using)`,
      `(?:killed|kill|kills|killing) ${REFL} (?:by|with|using)`,
      'died by suicide (?:by|using|with)',
      '(?:hose|tube|pipe) (?:[a-z]+ ){0,3}(?:exhaust|tailpipe)',
      '(?:running|ran|left) the (?:car|engine) (?:running )?in (?:a|the) (?:closed |shut )?garage',
      `(?:held|hold|holds|holding|press|pressed|presses|pressing) (?:a |the |${POSS} )?(?:lighter|flame|lit match|match|cigarette|hot [a-z]+|iron|blade|razor|knife) (?:to|against|on|into) (?:${POSS} )?(?:arms?|forearms?|skin|legs?|thighs?|wrists?|hands?|stomach)`,
      "(?:run|runs|running|ran|left|leave|leaving|start|started|starting) (?:[a-z]+['’]?s? ){0,3}(?:engine|car|motor)(?: running)? in (?:a|the) (?:closed |shut |sealed |locked )?garage",
      'fumes (?:killed|kill|would kill)',
      `(?:tied|tie|ties|tying|hung|hang|hangs|looped|attached) (?:a |the |${POSS} )?(?:rope|belt|cord|noose|sheet|scarf|cable) (?:to|from|around|over) (?:a|the) (?:beam|rafter|rod|closet rod|ceiling|ceiling fan|doorknob)`,
      `used (?:${POSS} |a |an |the )?(?:[a-z]+ )?(?:weapon|gun|handgun|pistol|rifle|shotgun|firearm|belt|rope|cord|knife|razor|blade|pills|car|truck) to (?:take|end|kill|die|hurt|harm|cut)`,
    ],
  },
];

const TOPIC_PATTERNS = TOPIC_RULES.map((rule) => ({ topic: rule.topic, pattern: wholeWords(rule.phrases) }));

/**
 * Two things in one sentence, in either order: "fifty of those tablets … would be fatal", "drove his
 * truck off the overpass … on purpose". The phrase reported is the first one; `without` vetoes it
 * ("a goodbye letter to his team before retiring").
 */
export interface PairRule {
  topic: CrisisTopic;
  phrase: RegExp;
  with?: RegExp;
  without?: RegExp;
  /** Only in a sentence already about these topics or about a death (METHOD_WITH_DEATH). */
  inContext?: boolean;
}

// Jumping into water, off a diving board or on a trampoline is not a method.
const WATER_OR_PLAY = wholeWords([
  'into',
  'water',
  'swim(?:s|ming)?',
  'bungee',
  'parachut(?:e|es|ing)',
  'div(?:e|es|ed|ing)',
  'pool',
  'lake',
  'river',
  'ocean',
  'sea',
  'trampoline',
  'ski(?:s|ing)?',
  'skydiv(?:e|es|ed|ing)',
  'summer',
  'vacation',
  'dare',
]);

const PAIR_RULES: readonly PairRule[] = [
  {
    topic: 'method',
    phrase: wholeWords([
      '(?:jump|jumps|jumped|jumping|leap|leaps|leapt|leaped) (?:off|from) (?:a|an|the) (?:[a-z]+ ){0,4}(?:bridge|building|roof|rooftop|cliff|balcony|overpass|parking garage|parking structure|tower|ledge|highway|(?:top|upper|highest|\\d+(?:st|nd|rd|th)|[a-z]+th|first|second|third) (?:floor|story|storey))',
    ]),
    without: WATER_OR_PLAY,
  },
  {
    topic: 'method',
    phrase: wholeWords(['(?:planning|planned|plan|plans|going|ready|wanted|wants|want|about|decided|tried|trying|meant) to jump']),
    with: wholeWords(['bridge', 'roof', 'rooftop', 'ledge', 'cliff', 'balcony', 'overpass', 'train tracks', 'tracks']),
    without: WATER_OR_PLAY,
  },
  {
    topic: 'suicide',
    phrase: wholeWords([
      `goodbye (?:letters?|notes?|messages?|videos?|texts?|posts?)${unless('to (?:the|his|her|their|my|our) (?:team|colleagues|coworkers|co-workers|staff|students|class|fans|readers|customers|clients|company|employer|patients)')}`,
    ]),
    without: wholeWords(['retir(?:e|es|ed|ing|ement)', 'leaving', 'moving', 'graduat(?:e|es|ed|ing|ion)', 'new job']),
  },
  {
    topic: 'method',
    phrase: wholeWords([
      `(?:\\d+|[a-z]+ty|hundreds?|a hundred|dozens?|a dozen|a handful|enough|all) (?:of )?(?:(?:those|these|the|her|his|my|their|your) )?(?:[a-z]+ )?(?:${PILLS}|tablets|capsules)`,
    ]),
    with: wholeWords(['fatal', 'lethal', 'deadly', 'enough to (?:kill|die|do it|end it)', 'kill (?:a|an|someone|me|him|her|you|them)']),
  },
  {
    topic: 'method',
    phrase: wholeWords([
      `(?:drove|drive|drives|driving|steered|crashed|crash|wrecked) (?:${POSS} |the |a )?(?:car|truck|vehicle|motorcycle) (?:off|into) (?:a|an|the)`,
    ]),
    with: wholeWords(['on purpose', 'deliberately', 'intentionally', 'purposely']),
  },
  {
    topic: 'method',
    phrase: wholeWords(['jump(?:s|ed|ing)?']),
    with: wholeWords(['bridge', 'roof', 'rooftop', 'ledge', 'cliff', 'balcony', 'overpass', 'train tracks']),
    inContext: true,
  },
  {
    topic: 'method',
    phrase: wholeWords(['(?:rope|noose|closet rod|ligature|belt|cord)']),
    with: wholeWords(['neck', 'closet rod', 'beam', 'rafter', 'hanged', 'hanging', 'hang']),
    inContext: true,
  },
  {
    // Feeling a burden to others, in a sentence about being gone: a warning sign of suicide.
    topic: 'suicide',
    phrase: wholeWords([
      '(?:a|an) (?:burden|weight) (?:to|on) (?:everyone|everybody|my family|his family|her family|their family|the family|others|loved ones|the people)',
    ]),
    with: wholeWords(['better', 'gone', 'dead', 'die', 'alive', 'live', 'living', 'here anymore']),
    without: wholeWords(['financially', 'financial']),
  },
];

/**
 * Means that are ordinary words too ("exhaust fumes" of traffic, "jumped off a cliff" into a lake,
 * "pulled the trigger" on a deal, a rope swing): a method only in a sentence that is already about
 * these topics or about a death.
 */
const METHOD_WITH_DEATH = wholeWords([
  '(?:pulled|pull|pulling) the trigger',
  '(?:car|vehicle|engine) exhaust',
  'exhaust fumes',
  'razor blades?',
  `(?:tied|tie|ties|tying|hung|hang|hangs|looped|attached) (?:a |the |${POSS} )?(?:rope|belt|cord|noose|sheet|scarf|cable) (?:to|from|around|over) (?:a|the) (?:tree|branch|railing|pipe|hook|door|banister)`,
]);
const DEATH_WORDS = wholeWords([
  'died',
  'dies',
  'die',
  'dying',
  'death',
  'deaths',
  'dead',
  'killed',
  'kill',
  'fatal',
  'body',
  'funeral',
  'lost (?:his|her|their) life',
]);

/** Means named in a sentence about suicide, self-harm or overdose ("40 pills", "carbon monoxide", "with a razor"). */
const METHOD_IN_CONTEXT = wholeWords([
  '(?:empty )?pill bottles?',
  '(?:drain cleaner|bleach|antifreeze|pesticides?|weed killer|rat poison|household (?:chemicals?|cleaners?))',
  'with (?:a|an|the|his|her|their|my) (?:[a-z]+ )?(?:spoon|lighter|razor|blade|knife|cigarette|scissors|glass|compass|needle|pin|match|iron|box cutter|pencil sharpener|paperclip|paper clip|safety pin|thumbtack|nail)',
  'by (?:combining|mixing) (?:[a-z]+ ){0,2}(?:pills|opioids|benzodiazepines|benzos|alcohol|sleeping pills|medications)',
  `\\d+ (?:[a-z]+ )?${PILLS}`,
  '(?:a|his|her|their|my|the) (?:belt|rope|cord|razor|blade)',
  'carbon monoxide',
  '(?:train tracks|railway line|railroad tracks)',
]);

// "OD" is an overdose only in capitals ("od" is not a word, "Od" a name): a case-sensitive pattern.
const CASE_SENSITIVE = /(?<![\p{L}\p{N}])(?:an|the|an accidental|a fatal|a nonfatal|to|from|of|after|nearly|almost) OD(?![\p{L}\p{N}])/gu;

export interface WordingRule {
  pattern: RegExp;
  /**
   * always: the phrase itself is about suicide; sentence: only in a sentence that speaks of suicide or
   * self-harm ("epidemic" of what?); document: only in a text that discusses suicide at all.
   */
  scope: 'always' | 'sentence' | 'document';
  message: (found: string) => string;
  suggestion: (found: string) => string;
}

// "committed" → "died", "commits" → "dies"…: the replacement keeps the tense of what was written.
const DIE_BY: Record<string, string> = { commit: 'die', commits: 'dies', committed: 'died', committing: 'dying' };

/** The safe-messaging language lint: what to avoid, and what to write instead. */
const WORDING_RULES: readonly WordingRule[] = [
  {
    pattern: wholeWords(['commit(?:s|ted|ting)? suicide']),
    scope: 'always',
    message: (found) => `"${found}" speaks of suicide as a crime or a sin, which adds to stigma.`,
    suggestion: (found) => `Write "${DIE_BY[found.split(/[\s-]+/)[0].toLowerCase()] ?? 'died'} by suicide".`,
  },
  {
    pattern: wholeWords(['(?:successful|completed) suicide(?: attempt)?', '(?:successful|completed) attempt']),
    scope: 'document',
    message: (found) => `"${found}" presents a death by suicide as a success.`,
    suggestion: () => 'Write "died by suicide".',
  },
  {
    pattern: wholeWords(['(?:failed|unsuccessful) suicide attempt', '(?:failed|unsuccessful) attempt']),
    scope: 'document',
    message: (found) => `"${found}" presents surviving as a failure.`,
    suggestion: () => 'Write "attempted suicide" or "survived a suicide attempt".',
  },
  {
    pattern: wholeWords(['epidemics?']),
    scope: 'sentence',
    message: (found) => `"${found}" sensationalises suicide and can make it seem common or inevitable.`,
    suggestion: () => 'Give the rate and its source, e.g. "suicide rates have risen since 2000 (CDC)".',
  },
  {
    pattern: wholeWords(['skyrocket(?:s|ed|ing)?', 'soar(?:s|ed|ing)?']),
    scope: 'sentence',
    message: (found) => `"${found}" sensationalises suicide statistics.`,
    suggestion: () => 'Write "rising" or "increasing" and give the figures with their source.',
  },
];

/** One language's rules: the phrases of each topic, the pairs, the means and the wording to avoid. */
export interface SafeMessagingRules {
  topics: ReadonlyArray<{ topic: CrisisTopic; pattern: RegExp }>;
  /** Patterns matched as written, capitals and all ("OD"). */
  caseSensitive: ReadonlyArray<{ topic: CrisisTopic; pattern: RegExp }>;
  pairs: readonly PairRule[];
  /** Means named in a sentence already about these topics. */
  methodInContext: RegExp;
  /** Means that are ordinary words too: a method only beside these topics or a death. */
  methodWithDeath: RegExp;
  deathWords: RegExp;
  wording: readonly WordingRule[];
  /**
   * What the patterns are matched on, letter for letter (Spanish: accents off, as people often type
   * them, so "autolesion" is "autolesión"); what is reported is the text as written.
   */
  fold?: (text: string) => string;
}

export const ENGLISH_RULES: SafeMessagingRules = {
  topics: TOPIC_PATTERNS,
  caseSensitive: [{ topic: 'overdose', pattern: CASE_SENSITIVE }],
  pairs: PAIR_RULES,
  methodInContext: METHOD_IN_CONTEXT,
  methodWithDeath: METHOD_WITH_DEATH,
  deathWords: DEATH_WORDS,
  wording: WORDING_RULES,
};

const RULES: Record<Language, SafeMessagingRules> = { en: ENGLISH_RULES, es: SPANISH_RULES };

/**
 * Whose topic phrases a text in each language is also read by. San Antonio writes Spanish with English
 * in it ("a veces pienso en kill myself"), so a Spanish text is read by the English topics too (they
 * found nothing in 0 of 710 labelled Spanish sentences that was not there). Not the other way round:
 * "lifeline" and "cutting" are Spanish rules for English words in Spanish, and an English text uses
 * them otherwise. The wording rules are the text's language's alone.
 */
const ALSO_READ_BY: Record<Language, readonly SafeMessagingRules[]> = { en: [], es: [ENGLISH_RULES] };

export interface TopicMatch extends Match {
  topic: CrisisTopic;
}

/** A piece of text as the rules read it: as written, and as matched. */
interface Span {
  text: string;
  offset: number;
  /** `text` folded (the same length), or `text` itself. */
  matched: string;
}

/** The matches of a pattern in a span, each as written. */
function matchesIn(pattern: RegExp, span: Span): Match[] {
  const found = allMatches(pattern, span.matched);
  return span.matched === span.text
    ? found
    : found.map((m) => ({ text: span.text.slice(m.index, m.index + m.text.length), index: m.index }));
}

// A sentence is the unit every rule reads; an unpunctuated run is cut at 600 characters (at a space)
// so that no rule ever scans more than that at once.
const MAX_SENTENCE = 600;
function sentenceSpans(text: string, rules: SafeMessagingRules): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const sentence of sentences(text)) {
    const at = text.indexOf(sentence, from);
    const offset = at >= 0 ? at : from;
    from = offset + sentence.length;
    for (let start = 0; start < sentence.length;) {
      let end = Math.min(sentence.length, start + MAX_SENTENCE);
      if (end < sentence.length) {
        const space = sentence.lastIndexOf(' ', end);
        if (space > start) end = space;
      }
      // A run of spaces and dashes reads as one separator: no pattern can try it a million ways.
      const piece = sentence.slice(start, end).replace(/[\s\u00A0-]{2,}/g, ' ');
      spans.push({ text: piece, offset: offset + start, matched: rules.fold ? rules.fold(piece) : piece });
      start = end;
    }
  }
  return spans;
}

interface SentenceTopics {
  span: Span;
  topics: TopicMatch[];
}

function sentenceTopics(span: Span, rules: SafeMessagingRules): SentenceTopics {
  const topics: TopicMatch[] = [];
  const add = (match: Match, topic: CrisisTopic) => topics.push({ text: match.text, index: span.offset + match.index, topic });
  for (const { topic, pattern } of rules.topics) for (const match of matchesIn(pattern, span)) add(match, topic);
  for (const { topic, pattern } of rules.caseSensitive) for (const match of matchesIn(pattern, span)) add(match, topic);
  const has = (pattern: RegExp) => allMatches(pattern, span.matched).length > 0;
  const pairs = rules.pairs.flatMap((rule) => {
    const matches = matchesIn(rule.phrase, span);
    if (matches.length === 0 || (rule.with && !has(rule.with)) || (rule.without && has(rule.without))) return [];
    return [{ rule, match: matches[0] }];
  });
  for (const { rule, match } of pairs) if (!rule.inContext) add(match, rule.topic);
  // A quantity, a substance or a tool is a method only in a sentence already about these topics;
  // a means that is an ordinary word too, only there or beside a death.
  const aboutTopic = topics.some((m) => m.topic !== 'method');
  if (aboutTopic) for (const match of matchesIn(rules.methodInContext, span)) add(match, 'method');
  if (aboutTopic || has(rules.deathWords)) {
    for (const match of matchesIn(rules.methodWithDeath, span)) add(match, 'method');
    for (const { rule, match } of pairs) if (rule.inContext) add(match, rule.topic);
  }
  return { span, topics: topics.sort((x, y) => x.index - y.index) };
}

// The Studio validates on every keystroke and most blocks are unchanged between two runs: each text's
// analysis is kept (the most recent 1,000 texts of each language).
const analysed: Record<Language, Map<string, SentenceTopics[]>> = { en: new Map(), es: new Map() };
const ANALYSED_MAX = 1000;

/** The text's sentences, each with the crisis phrases found in it. */
function topicsBySentence(text: string, language: Language): SentenceTopics[] {
  const cache = analysed[language];
  const known = cache.get(text);
  if (known) return known;
  const rules = RULES[language];
  const result = sentenceSpans(text, rules).map((span) => {
    const found = sentenceTopics(span, rules);
    const more = ALSO_READ_BY[language].flatMap(
      (other) => sentenceTopics({ ...span, matched: other.fold ? other.fold(span.text) : span.text }, other).topics,
    );
    if (more.length === 0) return found;
    const known = new Set(found.topics.map((m) => `${m.index}:${m.text}`));
    const topics = [...found.topics, ...more.filter((m) => !known.has(`${m.index}:${m.text}`))].sort((x, y) => x.index - y.index);
    return { span, topics };
  });
  if (cache.size >= ANALYSED_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(text, result);
  return result;
}

/** Every phrase in a text that makes it a crisis topic, as written, with what it is about. */
export function crisisTopicsIn(text: string, language: Language = DEFAULT_LANGUAGE): TopicMatch[] {
  return topicsBySentence(text, language).flatMap((s) => s.topics);
}

/** The suicide, self-harm or overdose phrases a text uses, as written (empty when it uses none). */
export function suicideTermsIn(text: string, language: Language = DEFAULT_LANGUAGE): string[] {
  return crisisTopicsIn(text, language).map((m) => m.text);
}

/** True when a text speaks of suicide, self-harm or overdose, or describes a method: crisis resources are due. */
export const needsCrisisResources = (text: string, language: Language = DEFAULT_LANGUAGE) => crisisTopicsIn(text, language).length > 0;

/** True when a text speaks of suicide or self-harm (the scope of the wording rules below; overdose alone is not). */
export const discussesSuicide = (text: string, language: Language = DEFAULT_LANGUAGE) => aboutSuicide(crisisTopicsIn(text, language));

/** True when a text describes a method of suicide or self-harm or a lethal dose. */
export const describesMethod = (text: string, language: Language = DEFAULT_LANGUAGE) =>
  crisisTopicsIn(text, language).some((m) => m.topic === 'method');

export interface TextSource {
  path: PathSegment[];
  text: string;
}

/** Warning: a sentence that describes a method or a lethal dose, naming the words found. */
function methodFinding(path: PathSegment[], topics: readonly TopicMatch[]): Finding | undefined {
  const means = topics.filter((m) => m.topic === 'method');
  if (means.length === 0) return undefined;
  return {
    level: 'warning',
    path,
    message: `This sentence describes a method or an amount (${quotedList(means.map((m) => m.text))}). Details of how someone died or could die can put readers at risk; every safe-messaging guideline advises against them.`,
    suggestion: 'Say what happened without the means, place or amount, and tell readers where to get help (988).',
  };
}

const aboutSuicide = (topics: readonly TopicMatch[]) => topics.some((m) => m.topic !== 'overdose');

/** Run the language lint over pieces of text (a title, an excerpt, each block of a body), by the language's rules. */
export function languageFindings(sources: readonly TextSource[], language: Language = DEFAULT_LANGUAGE): Finding[] {
  const rules = RULES[language];
  const analysedSources = sources.map((source) => ({ source, sentences: topicsBySentence(source.text, language) }));
  const documentDiscussesSuicide = analysedSources.some((s) => s.sentences.some((sentence) => aboutSuicide(sentence.topics)));
  const findings: Finding[] = [];
  for (const { source, sentences: analysedSentences } of analysedSources) {
    for (const sentence of analysedSentences) {
      const sentenceDiscussesSuicide = aboutSuicide(sentence.topics);
      for (const rule of rules.wording) {
        if (rule.scope === 'sentence' && !sentenceDiscussesSuicide) continue;
        if (rule.scope === 'document' && !documentDiscussesSuicide) continue;
        for (const match of matchesIn(rule.pattern, sentence.span)) {
          findings.push({
            level: 'warning',
            path: source.path,
            message: rule.message(match.text),
            suggestion: rule.suggestion(match.text),
          });
        }
      }
      const method = methodFinding(source.path, sentence.topics);
      if (method) findings.push(method);
    }
  }
  return findings;
}

interface PostText {
  title?: unknown;
  excerpt?: unknown;
  body?: unknown;
  crisisSupport?: unknown;
  language?: unknown;
  /** A document carries more fields than the rules read. */
  [field: string]: unknown;
}

/** The title, the excerpt and each text block of a post's body, with their paths. */
export function postTextSources(post: PostText): TextSource[] {
  const sources: TextSource[] = [];
  if (typeof post.title === 'string') sources.push({ path: ['title'], text: post.title });
  if (typeof post.excerpt === 'string') sources.push({ path: ['excerpt'], text: post.excerpt });
  for (const block of textBlocks(post.body)) sources.push({ path: ['body', block.segment], text: block.text });
  return sources;
}

/** Error: a post that discusses suicide, self-harm or overdose without the crisis resources switched on. */
export function crisisSupportFinding(post: PostText): Finding | undefined {
  if (post.crisisSupport === true) return undefined;
  const language = languageOfDocument(post);
  const terms = postTextSources(post).flatMap((s) => suicideTermsIn(s.text, language).map((t) => t.toLowerCase()));
  if (terms.length === 0) return undefined;
  return {
    level: 'error',
    path: ['crisisSupport'],
    message: `This article speaks of suicide, self-harm or overdose (${quotedList(terms.slice(0, 3))}), so readers must see where to get help now (988).`,
    suggestion: 'Turn on "Show crisis resources".',
  };
}

/** Every safe-messaging finding of a post, by the rules of the post's language. */
export function safeMessagingFindings(post: PostText): Finding[] {
  const crisis = crisisSupportFinding(post);
  return [...(crisis ? [crisis] : []), ...languageFindings(postTextSources(post), languageOfDocument(post))];
}
