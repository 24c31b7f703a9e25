import type { ModelTemplate } from './ModelTemplate';

// Shared template pieces (syntax in expand.ts). The French skill says "vous"; people say "tu" or "vous"
// to Alexa, so requests come in both forms.

/** Body parts named in a red-flag sentence ("... masse-moi le dos"): literal, RedFlagIntent has no area slot. */
const BP = '(le dos|le bas du dos|le haut du dos|la nuque|le cou|les épaules|les jambes|la jambe|les pieds)';
/** A request for a massage tacked on to a symptom: the symptom still wins. */
const REQ =
  `(masse-le|masse-la|masse-les|masse-moi [${BP}]|massez-moi [${BP}]|` +
  `(tu peux|peux-tu|vous pouvez|pouvez-vous|est-ce que tu peux|est-ce que vous pouvez) me masser [${BP}]|` +
  '(lance|commence|démarre) (un|le) massage|(je veux|je voudrais|j\'aimerais) (un massage|me masser))';
/** A question tacked on to a symptom. */
const ASK =
  '((c\'est|est-ce que c\'est) (grave|normal|dangereux|inquiétant|sans danger)|' +
  '(je peux|est-ce que je peux|puis-je) [quand même] (me masser|faire un massage|faire la routine|continuer)|' +
  '(qu\'est-ce que je dois faire|que dois-je faire|que faire|je fais quoi))';
/** Anything said after a symptom. */
const TAIL = `(${REQ}|${ASK}|(depuis que j'ai|et j'ai|et) mal (au dos|au bas du dos|à la nuque|au cou))`;

/** Equipment after an area ("... avec une balle de tennis", "... au rouleau", "... contre le mur"). */
const EQ = '(avec (une|un|des|mes|) {equipment}|(à la|au|contre le|contre un) {equipment})';
/** Equipment, fewer forms, where the phrase is already long. */
const EQ_SHORT = '(avec (une|un|des|mes|) {equipment}|(à la|au) {equipment}|contre (un|le) {equipment})';
/** The article before an area after "massage". */
const OF_AREA = '(du|des|de la|de mon|de ma|de mes)';
/** Where it hurts: "mal au dos", "mal à la nuque", "des douleurs dans le bas du dos". */
const AT_AREA = '(au|aux|à la|dans le|dans la|dans les|en bas du|en haut du)';
/** How a body part feels, in every agreement. */
const SORE =
  '(raide|raides|tendu|tendue|tendus|tendues|noué|nouée|noués|nouées|tout noué|toute nouée|tout noués|toutes nouées|' +
  'bloqué|bloquée|bloqués|coincé|coincée|douloureux|douloureuse|douloureuses|fatigué|fatiguée|fatigués|fatiguées|' +
  'en compote|en vrac|courbaturé|courbaturés|courbaturée|en feu|qui tire|qui tirent)';
/** A plea after a complaint: "j'ai mal au dos, tu peux m'aider ?" */
const HELP =
  '(tu peux m\'aider|peux-tu m\'aider|vous pouvez m\'aider|pouvez-vous m\'aider|aide-moi|aidez-moi|' +
  'qu\'est-ce que je peux faire|que faire|qu\'est-ce que tu proposes|tu peux me masser|masse-moi|tu as une idée)';
/** Someone else to massage. */
const PERSON =
  '(mon partenaire|ma partenaire|mon conjoint|ma conjointe|ma femme|mon mari|ma copine|mon copain|mon compagnon|' +
  'ma compagne|quelqu\'un|quelqu\'un d\'autre|ma mère|mon père)';
const PLEASE = '[s\'il te plaît|s\'il vous plaît]';
/** Why it aches, said after a complaint: "j'ai les épaules nouées à force d'être au bureau". */
const CAUSE =
  '(à force d\'être (assis|assise|au bureau|devant l\'écran)|à cause (du travail|du stress|de l\'ordinateur)|' +
  'après (le sport|le travail|une longue journée|le jardinage)|depuis (ce matin|hier|quelques jours|une semaine|des semaines))';
/** How a body part feels, fewer forms, where the phrase is already long. */
const SORE_SHORT = '(raide|raides|tendu|tendus|nouée|nouées|bloqué|en compote)';
/** During pregnancy, every way of saying it. */
const PREGNANT = '(pendant la grossesse|enceinte|quand on est enceinte|pour une femme enceinte|pour les femmes enceintes|en cas de grossesse)';
/** How far along: "de cinq mois", "de douze semaines". */
const TERM =
  '(de (un|deux|trois|quatre|cinq|six|sept|huit|neuf|quelques|plusieurs) mois|' +
  'de (six|huit|dix|douze|quinze|vingt|trente) semaines|de mon (premier|deuxième|troisième) (enfant|bébé))';
/** Asking Alexa for a reminder, in "tu" and "vous". */
const REMIND =
  '(rappelle-moi|rappelez-moi|tu peux me rappeler|peux-tu me rappeler|pourrais-tu me rappeler|vous pouvez me rappeler|' +
  'pense à me rappeler|n\'oublie pas de me rappeler|fais-moi penser)';
/** The day of a reminder: "tous les dimanches", "le lundi", "chaque jour", "lundi". */
const ON_DAY = '(chaque|tous les|le|) {day}';
/** For today, in a cold-therapy plan. */
const TODAY = '(pour aujourd\'hui|sur la journée|dans la journée|pour le reste de la journée)';
/** Someone's cold therapy, in a plan. */
const MY_COLD = '(ma thérapie par le froid|ma cryothérapie|mes séances de froid|mes séances de glace|la thérapie par le froid|ma journée de froid)';
/** When "last time" was. */
const LAST = '(la dernière fois|la fois d\'avant|la fois dernière|hier|à la dernière séance|lors de la dernière séance|en dernier)';
/** This week, in history questions. */
const WEEK = '(cette semaine|la semaine dernière|ces derniers temps|ces sept derniers jours|ces derniers jours|depuis une semaine|en une semaine)';
/** Heat and cold as a choice. */
const HOT_OR_COLD =
  '(du chaud ou du froid|du froid ou du chaud|de la chaleur ou de la glace|de la glace ou de la chaleur|' +
  'de la chaleur ou du froid|du froid ou de la chaleur|du chaud ou de la glace|de la glace ou du chaud)';
/** Where a pack goes. */
const ON_BACK = '(sur mon dos|sur le dos|sur le bas du dos|sur ma nuque|sur la nuque|sur mes épaules|sur mes lombaires)';

/** fr interaction model templates. */
export const fr: ModelTemplate = {
  invocationName: 'coach massage',
  intents: [
    {
      name: 'StartRoutineIntent',
      slots: { area: 'BODY_AREA', equipment: 'EQUIPMENT' },
      samples: [
        // "un massage du bas du dos" (a store example phrase), "massage des pieds avec une balle"
        `(massage|automassage|routine|un massage|un automassage|le massage|la routine|une routine) ${OF_AREA} {area} [${EQ}]`,
        `(commence|commencer|lance|démarre|fais|faisons|on fait|on peut faire|tu peux faire|peux-tu faire|je veux|je voudrais|j'aimerais|je veux faire|je voudrais faire|donne-moi|guide-moi pour|propose-moi|on commence) (un|le) (massage|automassage) ${OF_AREA} {area}`,
        `(commence|lance|je veux|je voudrais|on peut faire) (un|le) massage (du|des|de la) {area} ${EQ_SHORT}`,
        '(commence|lance|démarre) (la|une) routine (du|des|de la) {area}',
        // "démarre une routine pour le haut du dos", "lance une séance au rouleau pour le haut du dos"
        '(commence|lance|démarre|fais|fais-moi|je veux|je voudrais|propose-moi|donne-moi|on fait) (la|une) (routine|séance) (pour (le|la|les|mon|ma|mes)|du|des|de la) {area}',
        '(commence|lance|démarre) (une|la) séance (au|à la|avec (un|une|le|la|mon|ma)) {equipment} pour (le|la|les|mon) {area}',
        // "fais-moi un massage des yeux"
        `(fais-moi|faites-moi|offre-moi|prépare-moi|montre-moi|propose-moi) (un|le) (massage|automassage) ${OF_AREA} {area}`,
        // "j'ai un appareil de massage, on fait les épaules"
        '(j\'ai|je prends) (un|une|des|mon|ma) {equipment} (on fait|on masse|faisons|masse-moi) (le|la|les|mes) {area}',
        '(on fait|masse-moi) (le|la|les|mes) {area} (avec (un|une|mon|ma|le|la|mes)|au|à la) {equipment}',
        `(masse-moi|massez-moi|masse|massez) (le|la|les|mon|ma|mes) {area} [${EQ}]`,
        '(je veux|je voudrais|j\'aimerais|aide-moi à|aidez-moi à|guide-moi pour|apprends-moi à|comment|je vais|on va|) (me masser|masser) (le|la|les|mon|ma|mes) {area}',
        `(je veux|je voudrais|j'aimerais|) (me masser|masser) (le|les|mon|mes) {area} ${EQ_SHORT}`,
        '(soulager|détendre|travailler|frotter|dénouer) (mon|ma|mes|le|la|les) {area}',
        '(quelque chose|que faire|un massage) pour (mon|ma|mes|le|la|les) {area}',
        '(utiliser|utilise) (une|un|des|mes) {equipment} (sur|pour) (mon|ma|mes|le|la|les) {area}',
        '(commence|commencer|lance|démarre|je veux|je voudrais|je veux faire) (un|une) (massage|automassage|routine)',
        '(un|le) massage',
        '(guide-moi pour un massage|commence une routine|donne-moi une routine de massage)',
        `(commence un massage|massage|une routine|routine) ${EQ_SHORT}`,
        '{area}',
        '(mon|mes|ma|le|les|la) {area}',
        '(faisons|on fait) (le|la|les) {area}',
        `{area} ${PLEASE}`,
        `[mon|ma|mes] {area} ${EQ_SHORT}`,
      ],
    },
    {
      name: 'ComplaintIntent',
      slots: { area: 'BODY_AREA', equipment: 'EQUIPMENT' },
      samples: [
        // "j'ai mal au bas du dos", "mal aux pieds", "j'ai vraiment mal aux épaules"
        `[j'ai] [très|vraiment|tellement|un peu|trop] mal ${AT_AREA} {area}`,
        `j'ai mal ${AT_AREA} {area} ${CAUSE}`,
        `j'ai (le|la|les) {area} ${SORE_SHORT} ${CAUSE}`,
        `(mon|ma) {area} me fait mal ${CAUSE}`,
        `j'ai mal ${AT_AREA} {area} [${HELP}]`,
        `j'ai mal ${AT_AREA} {area} (tu peux|peux-tu) me masser ${EQ_SHORT}`,
        // "mon dos me tue", "ma nuque est raide", "mes pieds me font mal"
        '(mon|ma|le|la) {area} (me fait mal|me fait souffrir|me tue|me lance|me tire|me tiraille|me gêne|est douloureux|est douloureuse|est raide|est tendu|est tendue|est noué|est nouée|est bloqué|est bloquée|est fatigué|est fatiguée|est en compote|est coincé|est coincée|est courbaturé)',
        '(mes|les) {area} (me font mal|me font souffrir|me tuent|me gênent|sont douloureux|sont douloureuses|sont raides|sont tendus|sont tendues|sont noués|sont nouées|sont bloqués|sont fatigués|sont fatiguées|sont en compote|sont courbaturés)',
        `(mon|ma) {area} me fait mal ${HELP}`,
        `mes {area} me font mal ${HELP}`,
        // "j'ai la nuque raide", "j'ai les yeux fatigués", "j'ai les épaules toutes nouées"
        `j'ai (le|la|les) {area} [très|vraiment] ${SORE}`,
        `j'ai (le|la|les) {area} (raide|tendu|tendue|tendues|noué|nouées) ${HELP}`,
        `[les|la|le|mes|ma|mon] {area} ${SORE}`,
        // "j'ai des douleurs dans le bas du dos", "j'ai des douleurs lombaires"
        `[j'ai] (des douleurs|une douleur|des tensions|une tension|des courbatures|une gêne|des raideurs) ${AT_AREA} {area}`,
        `[j'ai] (des douleurs|une douleur|des tensions) (au niveau du|au niveau des|au niveau de la) {area}`,
        '[j\'ai] des (douleurs|tensions) {area}',
        '[j\'ai] (mal|une douleur|des douleurs|des tensions) entre les {area}',
        // "aide-moi pour mon mal de dos", "j'ai un mal de dos"
        '(aide-moi|aidez-moi|tu peux m\'aider|peux-tu m\'aider|vous pouvez m\'aider|que faire) (pour|avec|contre) (mon|le|un) mal (de|au|aux) {area}',
        '[j\'ai] (un|) mal de {area}',
        '(j\'ai|j\'ai attrapé) un {area}',
        `j'ai un mal de {area} ${HELP}`,
      ],
    },
    {
      name: 'ChooseEquipmentIntent',
      slots: { equipment: 'EQUIPMENT' },
      samples: [
        '{equipment}',
        '(une|un|des|la|le) {equipment}',
        '(j\'ai|j\'utilise|je vais utiliser|je prends|je voudrais utiliser|on utilise|prenons|utilise) (une|un|des|mes|) {equipment}',
        '(juste|seulement|) avec (une|un|des|mes|ma|mon|) {equipment}',
        '(juste|seulement) (une|un|mes) {equipment}',
        '(je n\'ai qu\'une|je n\'ai qu\'un) {equipment}',
        `(une|un|) {equipment} ${PLEASE}`,
      ],
    },
    {
      name: 'WhereAmIIntent',
      samples: [
        '(à quelle étape je suis|à quelle étape suis-je|je suis à quelle étape|on est à quelle étape|on en est à quelle étape|j\'en suis à quelle étape)',
        '(où en suis-je|où j\'en suis|où est-ce que j\'en suis|où en est-on|on en est où|où on en est) [dans la routine]',
        '(c\'est quelle étape|quelle étape c\'est|c\'est l\'étape combien|c\'est quoi cette étape|quel est le numéro de l\'étape|dis-moi à quelle étape je suis)',
        '(où en étais-je|où j\'en étais|j\'en suis où dans la routine)',
      ],
    },
    {
      name: 'StepsLeftIntent',
      samples: [
        // "il reste combien d'étapes", "encore combien d'étapes", "c'est la dernière étape ?"
        '(il reste combien d\'étapes|combien d\'étapes il reste|combien reste-t-il d\'étapes|combien d\'étapes reste-t-il|il me reste combien d\'étapes|il en reste combien|combien il en reste)',
        '(il reste combien|il me reste combien|combien il reste|combien il me reste|combien reste-t-il|encore combien) (d\'étapes|d\'exercices|de mouvements|de positions)',
        'combien (d\'étapes|d\'exercices|de mouvements|de positions) (il reste|il me reste|reste-t-il|encore|avant la fin|restent)',
        '(encore combien d\'étapes|combien d\'étapes encore|combien d\'étapes en tout|il y a combien d\'étapes|combien il y a d\'étapes|combien y a-t-il d\'étapes|ça fait combien d\'étapes)',
        '(c\'est la dernière étape|est-ce la dernière étape|est-ce que c\'est la dernière étape|c\'est la dernière|c\'est bientôt fini|j\'ai bientôt fini|il reste beaucoup d\'étapes|c\'est encore long)',
        '(ça dure encore longtemps|ça va durer encore longtemps|il reste encore longtemps|combien de temps dure la routine|la routine dure combien de temps)',
      ],
    },
    {
      name: 'FinishIntent',
      samples: [
        // "j'ai fini", "ça suffit", "termine la routine" ("c'est fait" is the next step)
        '[c\'est bon|bon|ok|voilà] (j\'ai fini|j\'ai terminé|on a fini|on a terminé|c\'est fini|c\'est terminé|ça suffit|ça suffira|ça ira|j\'en ai assez|j\'en ai eu assez|je m\'arrête là|on s\'arrête là|on arrête là) [pour aujourd\'hui]',
        '(termine|terminer|finis|finir|arrête|arrêter|arrêtons|stoppe) (la routine|le massage|la séance|l\'automassage|ma routine|mon massage)',
        '(j\'ai fini|j\'ai terminé) (la routine|le massage|la séance|mon massage)',
        '(c\'est bon|ça ira|c\'est tout|ce sera tout) pour aujourd\'hui',
      ],
    },
    {
      name: 'PartnerMassageIntent',
      samples: [
        `(je veux|je voudrais|j'aimerais|aide-moi à|apprends-moi à|guide-moi pour|comment|) (masser|faire un massage à|faire un massage du dos à) ${PERSON}`,
        `(je veux|comment|) masser (le dos|le bas du dos) (de ${PERSON}|d'un ami|d'une amie)`,
        '(masser|massage pour) (un ami|une amie|une autre personne)',
        '(massage en duo|massage en couple|commence un massage en duo|massage pour mon partenaire)',
        '(montre-moi|apprends-moi|propose-moi|je voudrais|on fait) un massage (à faire à deux|à deux|en duo|en couple|pour deux)',
        '(massage à deux|massage à faire à deux|un massage à deux|masser quelqu\'un|comment masser quelqu\'un)',
      ],
    },
    {
      name: 'GreetingIntent',
      samples: [
        '(bonjour|salut|coucou|bonsoir) [à toi|à nouveau|comment ça va|comment vas-tu|ça va]',
        'rebonjour',
        'comment ça va',
        'comment vas-tu',
        'comment allez-vous',
      ],
    },
    {
      name: 'ThanksIntent',
      samples: [
        "(merci|merci beaucoup|merci bien|mille mercis) [pour ton aide|pour votre aide|ça m'a aidé|ça fait du bien]",
        'super merci',
        "c'est gentil merci",
        'je te remercie',
        'je vous remercie',
        'parfait merci',
        'génial merci',
      ],
    },
    {
      name: 'MenuIntent',
      samples: [
        '(quelles routines|quels massages) (as-tu|tu as|avez-vous|vous avez|proposes-tu|tu proposes|proposez-vous|vous proposez|est-ce que tu proposes|est-ce que vous proposez|y a-t-il|il y a|tu connais|peux-tu guider|je peux faire)',
        '(qu\'est-ce que|qu\'est-ce) (tu as|vous avez|tu proposes|vous proposez) comme (massages|routines)',
        '(quelles sont les routines|liste les routines|donne-moi la liste des routines|liste les massages|dis-moi les routines|montre-moi les routines|quelles autres routines y a-t-il)',
        '(qu\'est-ce que je peux masser|quelles zones peux-tu masser|quelles zones tu couvres|quelles parties du corps|quelles parties du corps peux-tu faire|qu\'est-ce que tu sais masser)',
        '(donne-moi le menu|c\'est quoi le menu|le menu|quelles sont mes options|quels sont les choix|qu\'est-ce que tu proposes|qu\'est-ce que vous proposez|qu\'est-ce que je peux faire d\'autre)',
      ],
    },
    {
      name: 'PainIntent',
      samples: [
        '[aïe|ouille|ouch|arrête|stop] (ça fait mal|ça me fait mal|ça fait trop mal|ça fait très mal|ça fait vraiment mal|c\'est douloureux|c\'est trop douloureux|c\'est trop fort|j\'ai mal|ça me fait souffrir)',
        // "ça fait mal là", "c'est trop douloureux cet exercice", "quand j'appuie à cet endroit ça fait mal"
        '[aïe|ouille] (ça fait mal|ça me fait mal|ça fait trop mal|c\'est douloureux|c\'est trop douloureux|c\'est trop fort) (là|ici|à cet endroit|quand j\'appuie|maintenant|cet exercice|cette étape|ce mouvement|avec la balle|avec le rouleau)',
        '(quand j\'appuie|quand j\'appuie (ici|là|dessus|à cet endroit)|à cet endroit|là|ici|sur ce point|quand je roule dessus) (ça fait mal|ça me fait mal|ça fait trop mal|c\'est douloureux|c\'est trop douloureux|j\'ai mal)',
        // "la balle me fait trop mal", "le rouleau me fait mal"
        '(la balle|le rouleau|la pression|cet exercice|ce mouvement|cette position|le masseur) (me fait|fait) [trop|très] mal',
        '(la balle|le rouleau|la pression|cet exercice) (c\'est|est) (trop douloureux|trop dur|trop fort)',
        '(aïe|ouille|aïe c\'est sensible|j\'ai très mal|trop de pression|je souffre|je sens une douleur vive|j\'ai une douleur aiguë|c\'est une douleur vive|la douleur empire|ça empire|c\'est pire|ça a empiré|ça fait mal quand j\'appuie)',
      ],
    },
    {
      name: 'RedFlagIntent',
      slots: { symptom: 'SYMPTOM' },
      samples: [
        // A symptom alone or as an event ("engourdissement", "je suis tombé dans les escaliers"), then what follows it
        `{symptom} [${TAIL}]`,
        `(j'ai|j'ai eu) {symptom} [${TAIL}]`,
        '(j\'ai aussi|et j\'ai|je ressens|je sens|depuis peu j\'ai|en plus j\'ai|j\'ai remarqué|je m\'inquiète à cause de|je souffre de|je souffre d\') {symptom}',
        // Mixed with a complaint and a request: "j'ai mal au dos depuis que je suis tombé, masse-le"
        '[j\'ai] mal (au dos|au bas du dos|à la nuque|au cou) (depuis que|depuis|et|avec|parce que) {symptom} [masse-le|masse-moi|tu peux me masser|peux-tu me masser|masse-moi le dos|tu peux me masser le dos|est-ce que je peux me masser|je peux me masser]',
        // Questions: "est-ce que je peux me masser si j'ai de la fièvre ?"
        '(est-ce que je peux|je peux|puis-je|peut-on|on peut) (me masser|masser mon dos|faire un massage|faire cette routine) (si j\'ai|avec|quand on a|en cas de) {symptom}',
        '(et si j\'ai|massage avec|massage en cas de|massage et) {symptom}',
        // A request first, then the symptom: "masse-moi le dos, j'ai de la fièvre"
        `(masse-moi [${BP}]|(tu peux|peux-tu) me masser [${BP}]|je voudrais un massage|lance un massage) [mais|car|parce que] (j'ai|j'ai eu|) {symptom}`,
      ],
    },
    {
      name: 'PregnancyIntent',
      samples: [
        // "je suis enceinte, est-ce que c'est sans danger ?"
        '(je suis enceinte|je suis enceinte et j\'ai mal au dos|j\'attends un bébé|j\'attends un enfant|je pense être enceinte|je crois que je suis enceinte|je suis en début de grossesse|je suis en fin de grossesse|je suis enceinte de quelques mois) [(est-ce que c\'est|c\'est|est-ce) (sans danger|sans risque|dangereux|possible|déconseillé)|(je peux|est-ce que je peux|puis-je) (me masser [le dos]|masser mon dos|faire (ça|cette routine|un massage|un automassage)|utiliser (une balle|un rouleau|des huiles essentielles))]',
        '(est-ce sans danger|est-ce que c\'est sans danger|est-ce que c\'est sans risque|le massage est-il sans danger|c\'est sans danger) (pendant la grossesse|enceinte|pour les femmes enceintes|quand on est enceinte)',
        // "je suis enceinte de cinq mois", "je suis au troisième trimestre", "j'attends des jumeaux"
        `(je suis enceinte ${TERM}|je suis (au|dans mon) (premier|deuxième|troisième|dernier) trimestre [de grossesse]|j'attends (des jumeaux|mon premier enfant|mon deuxième enfant)|je suis à mon (huitième|neuvième|dernier) mois de grossesse|on attend un bébé|nous attendons un bébé)`,
        // "est-ce que les massages sont déconseillés pendant la grossesse ?"
        `[est-ce que] (les massages sont|le massage est|l'automassage est|se masser est|le rouleau est|les huiles essentielles sont) (déconseillé|déconseillés|dangereux|interdit|contre-indiqué) ${PREGNANT}`,
        `(peut-on|on peut|est-ce qu'on peut|est-ce que je peux|puis-je) (se masser|me masser|masser mon dos|faire un massage|utiliser un rouleau|utiliser des huiles essentielles) ${PREGNANT}`,
        `(massage|automassage|massages|huiles essentielles|mal de dos|mal au dos) ${PREGNANT}`,
        `(le massage est-il|les massages sont-ils|l'automassage est-il|est-ce) (dangereux|déconseillé|contre-indiqué|sans danger|possible) ${PREGNANT}`,
        // After "pendant", "et", "mais": "... pendant ma grossesse" is heard as a clause of its own.
        '(la|ma) grossesse',
        '(est-ce que je peux faire ça|puis-je me masser|est-ce que je peux me masser|est-ce que je peux utiliser une balle de tennis|est-ce que je peux utiliser un rouleau) enceinte',
        '(est-ce que je peux masser mon dos pendant la grossesse|massage pendant la grossesse|massage du dos pendant la grossesse|mal de dos pendant la grossesse|mal de dos et grossesse|et pendant la grossesse|massage quand on est enceinte|grossesse)',
        '(ma femme enceinte a mal au dos|ma femme est enceinte|ma compagne est enceinte|est-ce que ça convient à une femme enceinte|les femmes enceintes peuvent-elles faire ça)',
      ],
    },
    {
      name: 'OilIntent',
      slots: { need: 'OIL_NEED' },
      samples: [
        'quelle huile (utiliser|choisir|prendre|je dois utiliser|dois-je utiliser|je devrais utiliser|faut-il utiliser|est-ce que je dois utiliser|me conseilles-tu|me conseillez-vous)',
        '(quelle est la meilleure huile|quelle huile est la meilleure|meilleure huile) (de massage|pour le mal de dos|pour masser)',
        '(quelle huile est bonne pour le massage|tu me conseilles une huile|conseille-moi une huile|conseillez-moi une huile|faut-il utiliser de l\'huile|est-ce que je dois mettre de l\'huile)',
        '(parle-moi des huiles de massage|parle-moi des huiles|des conseils sur les huiles|quelle huile essentielle aide|quelle huile essentielle pour le mal de dos)',
        '(huile|une huile|meilleure huile|quelle huile|quelle huile utiliser|quelle huile choisir|quelle huile est bonne|une bonne huile) pour (le|la|les|une|) {need}',
        '(quelle huile|quelle huile essentielle) (est bien|est bonne|marche|aide|soulage|tu me conseilles|est efficace) (pour|contre) (le|la|les|mes|) {need}',
        // "tu peux me conseiller une huile de massage ?"
        '(tu peux me conseiller|peux-tu me conseiller|vous pouvez me conseiller|conseille-moi|conseillez-moi|tu me conseilles|recommande-moi|tu peux me recommander) (une|quelle) huile [de massage|pour masser|essentielle|pour le dos]',
        '(quelle huile|une huile|quelle huile de massage) (pour masser|pour le massage|pour un massage|pour me masser|de massage) [le dos|mon dos]',
        '(c\'est quoi|quelle est|qu\'est-ce que c\'est) (une bonne|la meilleure|une) {need}',
        '(quelle|quelles) {need} (utiliser|choisir)',
        '(qu\'est-ce que je peux mettre|que puis-je utiliser|qu\'est-ce que je peux utiliser|je peux utiliser quoi|je mets quoi) (pour|) {need}',
        // "je n'ai pas d'huile, je peux utiliser quoi à la place ?"
        '(je n\'ai|j\'ai|et si je n\'ai) {need} [(je peux utiliser quoi|qu\'est-ce que je peux utiliser|que puis-je utiliser|je mets quoi) [à la place]]',
        '(est-ce que je peux|je peux|peut-on) masser {need}',
      ],
    },
    {
      name: 'SleepAdviceIntent',
      samples: [
        '(comment|comment bien|comment mieux|comment je dois|comment dois-je|comment m\'endormir pour) dormir (avec un mal de dos|quand on a mal au dos|quand j\'ai mal au dos|avec mal au dos|avec une lombalgie|avec le dos douloureux)',
        '(quelle est la meilleure position|la meilleure position|quelle position|meilleure position|dans quelle position) pour dormir [avec un mal de dos|quand on a mal au dos|quand j\'ai mal au dos|avec une lombalgie]',
        '(quelle est la meilleure façon de dormir avec un mal de dos|meilleure façon de dormir avec une lombalgie|dans quelle position dormir|comment dois-je dormir|des conseils pour dormir avec un mal de dos|conseils sommeil|position pour dormir)',
        '(je n\'arrive pas à dormir à cause de mon dos|je ne peux pas dormir j\'ai mal au dos|aide-moi à dormir [avec mon mal de dos]|dormir avec un mal de dos|comment m\'endormir avec un mal de dos)',
        '(mon dos me fait mal la nuit|j\'ai mal au dos la nuit|où mettre un oreiller pour soulager mon dos la nuit)',
      ],
    },
    {
      name: 'LyingAdviceIntent',
      samples: [
        'comment (je dois|dois-je|) (m\'allonger|me coucher|s\'allonger|me reposer) [avec un mal de dos|quand j\'ai mal au dos|quand j\'ai mal au bas du dos|quand on a mal au dos|avec une lombalgie|avec le dos douloureux]',
        '(dans quelle position|comment) (m\'allonger|me coucher|m\'étendre|s\'étendre)',
        // "comment je m'allonge par terre pour les exercices"
        '(comment|comment est-ce que) (je m\'allonge|je me couche|je m\'installe|je me mets) [par terre|au sol|sur le dos] [pour (les exercices|le massage|la routine)]',
        '(quelle est la meilleure|la meilleure|meilleure) (position allongée|position pour s\'allonger|façon de s\'allonger|position de repos) [pour (le dos|le mal de dos|les lombaires|le bas du dos)|avec un mal de dos]',
        '(je dois m\'allonger sur le dos ou sur le côté|vaut-il mieux s\'allonger sur le dos|s\'allonger avec un mal de dos|comment reposer mon dos|comment être bien installé allongé)',
        '(quelle position soulage le bas du dos|position pour le mal au bas du dos|quelle position est la meilleure pour les lombaires|où mettre un coussin|faut-il mettre un coussin sous les genoux|je mets un coussin sous mes genoux)',
      ],
    },
    {
      name: 'HowOftenIntent',
      samples: [
        'à quelle fréquence (je dois|je devrais|dois-je|faut-il|il faut|on doit|je peux|) (me masser|se masser|masser|faire un massage|faire un automassage|faire cette routine) [pour le mal de dos]',
        'combien de fois par (semaine|jour|mois) (faut-il|je peux|je dois|je devrais|on peut|peut-on|dois-je|) (me masser|se masser|masser mon dos|faire ça|faire un massage)',
        '(tous les combien je dois me masser|combien de fois puis-je faire ça|combien de fois je peux masser mon dos|j\'ai besoin d\'un massage tous les combien|à quelle fréquence|tous les combien|combien de fois par semaine)',
        '(puis-je|est-ce que je peux|faut-il|je peux) (me masser|se masser|faire ça) tous les jours',
        '(combien de temps dois-je masser|combien de temps doit durer un massage|combien de minutes masser|c\'est quoi trop souvent|est-ce grave de masser tous les jours)',
        'combien de fois utiliser (le rouleau|la balle de tennis)',
      ],
    },
    {
      name: 'BenefitsIntent',
      samples: [
        '(quels sont les bienfaits|bienfaits|dis-moi les bienfaits|quels sont les avantages) (de l\'automassage|du massage|d\'un massage)',
        '(à quoi sert|pourquoi faire|qu\'est-ce que ça apporte) (l\'automassage|le massage|un massage)',
        '(pourquoi me masser|pourquoi masser|pourquoi le massage fait du bien|comment le massage aide|quels sont les bienfaits|dis-moi les bienfaits|ça sert à quoi|en quoi ça va m\'aider)',
        '(est-ce que l\'automassage est bon pour moi|est-ce que l\'automassage aide|est-ce que le massage aide contre le mal de dos|le massage est-il bon pour le dos|est-ce que ça marche vraiment|est-ce que ça va aider mon dos)',
        '(qu\'est-ce que l\'automassage a de bien|est-ce que masser aide|est-ce que le rouleau aide|est-ce que ça vaut le coup de se masser|le massage aide-t-il à dormir|le massage améliore-t-il la circulation)',
      ],
    },
    {
      name: 'MassageTypeIntent',
      samples: [
        'quel (type|genre|style) de massage (est le meilleur|est le mieux|choisir|marche le mieux|faire) [pour (le dos|le mal de dos|mon dos|une lombalgie)]',
        '(quel massage|quel est le meilleur massage|quel massage est le meilleur) (pour le mal de dos|pour mon dos|pour le dos|pour une lombalgie)',
        'quel massage (choisir|faire|réserver|me conseilles-tu|me recommandes-tu|me conseillez-vous|marche le mieux|aide le plus) [pour le mal de dos|pour mon dos]',
        '(quels types de massage existe-t-il|quelles sortes de massage il y a|quels sont les différents massages|quel est le meilleur massage|quel est le meilleur genre de massage|meilleur type de massage pour le mal de dos)',
        '(quelle technique de massage aide le dos|les sortes de massage|les différents types de massage|massage profond ou massage suédois|quel est le mieux profond ou suédois)',
        '(quels types|quels genres|quelles sortes|quelles techniques) de (massage|massages) [existe-t-il|existent|il existe|il y a|y a-t-il|connais-tu|tu connais]',
        '(il existe|il y a|ça existe) (quels types|quels genres|quelles sortes) de (massage|massages)',
      ],
    },
    {
      name: 'AdviceIntent',
      slots: { topic: 'ADVICE_TOPIC' },
      samples: [
        '(parle-moi|parlez-moi|dis-m\'en plus) (de|du|de la|des) {topic}',
        '(c\'est quoi|qu\'est-ce que c\'est|qu\'est-ce que) (le|la|les|un|une|) {topic}',
        '(explique-moi|expliquez-moi|apprends-moi|guide-moi pour|aide-moi pour) (le|la|les|) {topic}',
        '(comment fonctionne|comment faire|comment bien) (le|la|un|une|) {topic}',
        '(donne-moi|donnez-moi|tu as|vous avez|j\'aimerais|je voudrais|) (des|quelques) (conseils|astuces|infos) (pour|sur|) {topic}',
        '(conseils sur|je veux des infos sur|et le|et la|je devrais essayer le) {topic}',
        'le {topic} est-il bon pour le dos',
        '(des conseils|donne-moi des conseils|tu as des conseils|quelques conseils de massage|astuces d\'automassage|à quelle force appuyer|je dois appuyer fort|que faire après un massage)',
      ],
    },
    {
      name: 'HeatOrColdIntent',
      samples: [
        // "je dois mettre du chaud ou du froid ?", "c'est mieux la glace ou la chaleur ?"
        '(je dois|il faut|faut-il|est-ce que je dois|dois-je|je devrais|est-ce qu\'il faut|vaut-il mieux|il vaut mieux|c\'est mieux de) (mettre|utiliser|appliquer|prendre) (du chaud ou du froid|du froid ou du chaud|de la chaleur ou de la glace|de la glace ou de la chaleur|de la chaleur ou du froid|du froid ou de la chaleur)',
        '(c\'est mieux|qu\'est-ce qui est mieux|qu\'est-ce qui marche le mieux|lequel est le mieux|qu\'est-ce que je mets) (la glace ou la chaleur|la chaleur ou la glace|le chaud ou le froid|le froid ou le chaud|du chaud ou du froid|du froid ou du chaud)',
        '(chaud ou froid|froid ou chaud|glace ou chaleur|chaleur ou glace) [pour (le mal de dos|mon dos|le dos|une lombalgie|un torticolis|les muscles)]',
        '(est-ce que je dois|je dois|dois-je|faut-il|il faut) (utiliser|mettre) (de la chaleur|du chaud|de la glace|du froid)',
        '(la glace ou la chaleur|le chaud ou le froid) (c\'est mieux|qu\'est-ce qui est mieux) [pour le mal de dos]',
        // "je mets de la glace ou de la chaleur sur mon dos ?"
        `(je mets|je dois mettre|faut-il mettre|on met|tu mettrais|j'applique) ${HOT_OR_COLD} [sur (mon|le) dos]`,
        `(je mets|faut-il mettre|il faut mettre|je dois mettre) ${HOT_OR_COLD} pour (le mal de dos|un torticolis|une lombalgie|une contracture)`,
      ],
    },
    {
      name: 'SelfCareIntent',
      samples: [
        // "quels exercices pour le mal de dos ?", "comment éviter d'avoir mal au dos ?"
        '(quels exercices|quels étirements|des exercices|des étirements|quels mouvements) (pour|contre) (le mal de dos|mon dos|le dos|les lombaires|le bas du dos|la nuque|mon mal de dos)',
        '(quels exercices|quels étirements) (font du bien|aident|soulagent) (au dos|pour le dos|contre le mal de dos|le dos)',
        '(comment|comment est-ce que je peux|que faire pour) (éviter|prévenir) (d\'avoir mal au dos|le mal de dos|les douleurs de dos|les maux de dos|que ça revienne)',
        '(qu\'est-ce que je peux faire d\'autre|que faire d\'autre|que puis-je faire d\'autre|quoi faire d\'autre) (pour mon dos|pour le mal de dos|pour mon mal de dos|pour soulager mon dos)',
        '(comment prendre soin de mon dos|comment prendre soin de mon dos au quotidien|comment renforcer mon dos|quels gestes au quotidien pour le dos|que faire au quotidien pour mon dos)',
        // "qu'est-ce que je peux faire moi-même pour prendre soin de mon dos ?"
        '(qu\'est-ce que je peux faire|que puis-je faire|qu\'est-ce que je dois faire|je peux faire quoi) [moi-même|de mon côté|au quotidien] pour (prendre soin de mon dos|entretenir mon dos|renforcer mon dos|protéger mon dos|éviter d\'avoir mal au dos|prévenir le mal de dos)',
        '(comment|comment est-ce que je peux|comment je peux) (entretenir|protéger|muscler|soulager au quotidien) (mon dos|le dos)',
      ],
    },
    {
      name: 'ColdTherapyIntent',
      slots: { rounds: 'AMAZON.NUMBER', duration: 'AMAZON.DURATION' },
      samples: [
        // "trois séances de froid", "deux séances de glace de dix minutes"
        '[commence|lance|démarre|fais|fais-moi|programme|je veux|je voudrais|mets] {rounds} (séances|séance|tours|cycles) de (froid|glace|cryothérapie) [de {duration}]',
        '(mets de la glace|mets du froid) {rounds} fois',
        '(commence|lance|démarre|programme|je veux) (la|une) (séance de froid|thérapie par le froid|cryothérapie) [de {duration}]',
        '(séance de froid|thérapie par le froid|cryothérapie|commence la cryothérapie|lance un cycle de froid|continue la séance de froid|le reste de ma thérapie par le froid|les séances de froid restantes)',
        // "mets de la glace sur mon dos pendant quinze minutes"
        '(mets|je veux mettre) (de la glace|du froid|une poche de glace|une poche de froid) [(sur mon|sur le) (dos|bas du dos|haut du dos|cou|épaule)] [pendant {duration}]',
        '(glace|du froid|de la glace|poche de glace|une poche de glace|froid) (sur mon dos|pour mon dos|sur le dos|) [pendant {duration}]',
        '(lance|programme|chronomètre) (une|ma) (poche de glace|poche de froid)',
        `(mets|je veux mettre|je vais mettre) (de la glace|du froid|une poche de glace|la poche de froid) ${ON_BACK} [pendant {duration}]`,
        '[mets|programme|lance] [un] minuteur (pour la|pour ma|de la|pour une|de) (poche de glace|poche de froid|glace|séance de froid)',
        '(mets|programme|lance|règle|mets-moi) un minuteur de {duration} (pour la|pour ma) (glace|poche de glace|poche de froid|séance de froid)',
        '(programme un minuteur pour la poche de glace|minuteur poche de glace|minuteur pour la poche de froid|programme {rounds} minuteurs de glace)',
      ],
    },
    {
      name: 'HeatTherapyIntent',
      slots: { duration: 'AMAZON.DURATION' },
      samples: [
        // "chaleur pendant vingt minutes", "réchauffe mon dos pendant trente minutes"
        '(chaleur|de la chaleur|la chaleur|du chaud|coussin chauffant|bouillotte|thérapie par la chaleur|séance de chaleur) [sur mon dos] pendant {duration}',
        '(lance|commence|démarre|programme) (la chaleur|une séance de chaleur|la thérapie par la chaleur|une poche chaude|la bouillotte|le coussin chauffant) [pendant {duration}]',
        '(lance|commence|démarre|programme|fais-moi|je veux|je voudrais) (une|la|ma) (thérapie par la chaleur|séance de chaleur|séance de chaud|thermothérapie) [de {duration}]',
        // "mets un minuteur de vingt minutes pour la bouillotte"
        '(mets|programme|lance|règle|mets-moi) un minuteur de {duration} (pour la|pour ma|pour le|pour mon) (bouillotte|coussin chauffant|chaleur|ceinture chauffante|poche chaude)',
        '(chauffe|réchauffe|commence à réchauffer) (mon|le) (dos|bas du dos|haut du dos|cou) [pendant {duration}]',
        '(mets|mettre|je veux mettre) (de la chaleur|du chaud|une bouillotte|un coussin chauffant) [sur (mon|le) (dos|bas du dos|cou)] [pendant {duration}]',
        '(mets|programme|lance|règle) un minuteur (de|pour la|pour ma|pour le|pour mon) (bouillotte|coussin chauffant|chaleur|ceinture chauffante|poche chaude)',
        '(minuteur|un minuteur pour mon|chronomètre mon) (coussin chauffant|poche chaude|bouillotte|ceinture chauffante)',
        `(mets|je veux mettre|je vais mettre) (de la chaleur|du chaud|une bouillotte|un coussin chauffant) ${ON_BACK} [pendant {duration}]`,
        '(séance de chaleur|thérapie par la chaleur|je veux utiliser la chaleur|j\'utilise un coussin chauffant|je mets une bouillotte|minuteur pour ma bouillotte)',
      ],
    },
    {
      name: 'TherapyStatusIntent',
      samples: [
        '(combien de temps il reste|il reste combien de temps|il me reste combien de temps|il reste combien de minutes|temps restant|où en est mon minuteur|est-ce que mon minuteur tourne)',
        '(combien de temps il reste|il reste combien de temps|il me reste combien de temps|combien de temps reste-t-il|il reste combien de minutes|combien de minutes il reste) (sur le minuteur|sur mon minuteur|au minuteur|avant la fin du minuteur|pour la glace|pour la chaleur|pour le froid|pour la bouillotte)',
        '(où en est|où en sont|ça en est où) (le|mon|mes|les|ce) (minuteur|minuteurs)',
        '(le|mon) minuteur (en est où|il en est où|sonne quand|finit quand|se termine quand)',
        'combien de temps (avant d\'enlever|avant de retirer) (la glace|la poche de froid|la chaleur|le coussin chauffant)',
        '(quand est-ce que j\'enlève|quand dois-je enlever|quand est-ce que je retire) (la glace|la poche de froid|le coussin chauffant|la bouillotte)',
        '(combien de temps sur le minuteur|combien de temps reste-t-il sur mon minuteur|combien de temps reste-t-il pour la glace|combien de temps reste-t-il pour la poche de froid)',
        '(vérifie mes minuteurs|vérifie mes minuteurs de thérapie|qu\'est-ce qui reste sur mon minuteur|c\'est quand le prochain minuteur|c\'est quand la prochaine séance|combien de temps avant la prochaine séance|dans combien de temps la prochaine séance)',
      ],
    },
    {
      name: 'CancelTherapyIntent',
      samples: [
        '(annule|annuler|arrête|arrêter|termine|stoppe|coupe) (la séance de froid|ma séance de froid|la séance de chaleur|la thérapie par le froid|la thérapie|le froid|la glace|la chaleur|la cryothérapie)',
        '(annule|arrête|désactive|supprime|efface|enlève) (les|mes|tous les) minuteurs [de glace|de la poche de froid|de chaleur]',
        '(annule|annuler|arrête|arrêter|désactive|supprime|efface|enlève|coupe|stoppe) (le|mon|ce) minuteur [de glace|de la glace|de la poche de froid|de chaleur|de la bouillotte|de froid]',
        '(annule mon minuteur de chaleur|j\'ai fini avec la glace|plus de glace|stop la glace)',
      ],
    },
    {
      name: 'ColdCountIntent',
      samples: [
        // "combien de séances de froid j'ai fait aujourd'hui ?"
        'combien de séances [de froid|de glace] (j\'ai faites|j\'ai fait|ai-je faites|ai-je fait|ai-je eues) [aujourd\'hui|jusqu\'ici]',
        'j\'en suis à combien de séances [de froid|de glace] [aujourd\'hui]',
        '(combien de séances de froid aujourd\'hui|combien de séances aujourd\'hui|combien de froid j\'ai fait aujourd\'hui|combien de séances il me reste aujourd\'hui|combien de séances je peux encore faire|il reste combien de séances de glace)',
        '(combien de fois j\'ai mis de la glace aujourd\'hui|combien de fois ai-je mis de la glace aujourd\'hui|combien de poches de froid aujourd\'hui|combien de séances jusqu\'ici|mon compteur de séances de froid|compte mes séances)',
        '(est-ce que j\'ai atteint la limite|est-ce que j\'ai mis trop de glace|combien de glace c\'est trop|à quelle fréquence mettre de la glace|combien de fois par jour mettre de la glace|combien de séances par jour|quelle est la limite par jour pour la glace)',
        '(je peux refaire une séance de froid aujourd\'hui|est-ce que je peux encore faire du froid aujourd\'hui)',
      ],
    },
    {
      name: 'ColdPacksIntent',
      samples: [
        '(qu\'est-ce que je peux utiliser|qu\'est-ce qui peut servir|que puis-je utiliser) (comme poche de froid|comme poche de glace|de poche de froid|à la place de la glace|à la place d\'une poche de glace|pour la thérapie par le froid)',
        '(je n\'ai pas de|j\'ai pas de) (poche de glace|poche de froid|glace)',
        '(comment faire une poche de froid|comment fabriquer une poche de glace|qu\'est-ce qui fait une bonne poche de froid|idées de poche de froid|poche de glace maison|remplacer une poche de glace|alternatives à la poche de glace)',
        '(je peux utiliser des petits pois surgelés|je peux utiliser des légumes surgelés|qu\'est-ce que j\'utilise pour le froid|qu\'est-ce que j\'utilise comme glace|qu\'est-ce que je peux congeler|options pour le froid|quelle poche de froid utiliser)',
        '(je peux utiliser de la glace|je peux mettre la glace sur la peau|comment utiliser une poche de glace|je peux mettre de la glace directement sur le dos)',
      ],
    },
    {
      name: 'HeatOptionsIntent',
      samples: [
        '(qu\'est-ce que je peux utiliser|que puis-je utiliser|que dois-je utiliser) (pour la chaleur|comme poche chaude|pour la thérapie par la chaleur|à la place d\'un coussin chauffant|à la place d\'une bouillotte|pour avoir chaud)',
        '(je n\'ai pas de|j\'ai pas de) (coussin chauffant|bouillotte|poche chaude|ceinture chauffante)',
        '(options de chaleur|options pour la chaleur|comment réchauffer mon dos|quelle chaleur utiliser|je peux utiliser une bouillotte|est-ce qu\'un bain chaud c\'est bien|idées de poche chaude|qu\'est-ce qui donne une bonne chaleur)',
        '(comment faire une poche chaude|qu\'est-ce qui peut servir de poche chaude|remplacer un coussin chauffant|une ceinture chauffante c\'est bien|je peux utiliser une poche de gel chauffée|alternatives au coussin chauffant)',
        '(combien de temps utiliser la chaleur|combien de temps garder le coussin chauffant|quelle chaleur est la meilleure pour le mal de dos|quel type de chaleur est le meilleur|le sauna est-il bon pour le mal de dos)',
      ],
    },
    {
      name: 'SetOilIntent',
      slots: { oil: 'OIL_CHOICE' },
      samples: [
        '(mon huile préférée|ma préférée|mon huile) (c\'est|est) {oil}',
        '(j\'aime|j\'aime bien|j\'adore|je préfère|j\'utilise|j\'utilise toujours|d\'habitude j\'utilise|je me sers de|je vais utiliser|je n\'ai que|j\'ai acheté|j\'aime utiliser|j\'aime l\'odeur de|je veux utiliser|j\'ai) {oil}',
        '(retiens|souviens-toi|note|rappelle-toi) que (j\'aime|je préfère|j\'utilise|j\'adore) {oil}',
        '(règle mon huile sur|enregistre|note|retiens|garde|mets) {oil} [comme (mon huile|ma préférée|mon huile préférée|ma favorite|mon huile favorite|huile préférée)]',
        '{oil} c\'est ma préférée',
      ],
    },
    {
      name: 'SensitiveSkinIntent',
      samples: [
        '[retiens que|note que] (j\'ai la peau|j\'ai une peau|ma peau est) [très|vraiment] (sensible|délicate|réactive|fragile)',
        '(ma peau réagit aux huiles|ma peau s\'irrite facilement|les huiles m\'irritent la peau|je suis allergique aux huiles essentielles|les huiles essentielles me grattent|les huiles me donnent des rougeurs)',
        '(je réagis aux huiles de massage|je ne supporte pas les huiles sur ma peau|l\'huile me donne des boutons|souviens-toi de ma peau sensible|j\'ai de l\'eczéma|je fais de l\'eczéma)',
        '(ma peau rougit avec l\'huile|je suis sensible aux huiles|l\'huile me brûle la peau|la menthe poivrée me brûle la peau)',
      ],
    },
    {
      name: 'PaceIntent',
      slots: { pace: 'PACE' },
      samples: [
        `(parle|parlez|parle un peu|parlez un peu|parle-moi|parlez-moi|parle encore|va|allez|vas-y|lis|lisez|lis les étapes|dis-le|explique|avance|débit) {pace} ${PLEASE}`,
        `{pace} ${PLEASE}`,
        `(peux-tu|tu peux|est-ce que tu peux|pourrais-tu|essaie de|pouvez-vous|vous pouvez|pourriez-vous) parler {pace}`,
        `(je voudrais que tu parles|je veux que tu parles|je voudrais que vous parliez|règle la vitesse|change de vitesse) {pace}`,
        `s'il te plaît parle {pace}`,
      ],
    },
    {
      name: 'SlowDownIntent',
      samples: [
        `(ralentis|ralentissez|moins vite|un peu moins vite|pas si vite|parle moins vite|parlez moins vite) ${PLEASE}`,
        `s'il te plaît ralentis`,
        '(tu peux|pourrais-tu|vous pouvez|pouvez-vous) ralentir',
        '(peux-tu aller moins vite|tu parles trop vite|tu parles beaucoup trop vite|vous parlez trop vite|tu vas trop vite|c\'est trop rapide|trop vite|c\'est trop vite|c\'était trop vite|beaucoup trop vite)',
        '(je n\'arrive pas à suivre|c\'était trop rapide|tu es trop rapide|c\'est trop rapide pour moi|je ne te suis pas|pas si rapidement)',
      ],
    },
    {
      name: 'ForgetIntent',
      samples: [
        '[s\'il te plaît] (oublie|efface|supprime|réinitialise|vide|retire) (mes réglages|mes données|ma progression|mes préférences|mon historique|toutes mes données|tout ce que tu sais sur moi)',
        '(oublie-moi|oublie tout|réinitialise tout|repartir complètement de zéro|oublie ce que tu sais sur moi|je veux que tu m\'oublies)',
      ],
    },
    // Reminders, a cold-therapy day, history. "Tous les dimanches", "le lundi", "chaque jour" are all weekly or daily.
    {
      name: 'SetReminderIntent',
      slots: { subject: 'ACTIVITY', day: 'REMINDER_DAY', time: 'AMAZON.TIME', delay: 'AMAZON.DURATION' },
      samples: [
        // "rappelle-moi de masser mon dos tous les dimanches à 19 heures"
        `${REMIND} {subject}`,
        `${REMIND} {subject} ${ON_DAY} [(à|vers) {time}]`,
        `${REMIND} ${ON_DAY} [(à|vers) {time}] [{subject}]`,
        `${REMIND} {subject} (à|vers) {time} [${ON_DAY}]`,
        `${REMIND} (à|vers) {time} [{subject}]`,
        // "rappelle-moi dans deux heures de mettre de la glace"
        `${REMIND} {subject} dans {delay}`,
        `${REMIND} dans {delay} [{subject}]`,
        `${REMIND} {subject} (plus tard|tout à l'heure|plus tard dans la journée|dans la journée|cet après-midi|ce soir)`,
        // "mets-moi un rappel pour mon massage le dimanche à 18 heures"
        `(mets|mets-moi|crée|programme|fais-moi|je voudrais) un rappel [{subject}] [${ON_DAY}] [(à|vers) {time}]`,
        '(mets|crée|programme|je voudrais) un rappel (hebdomadaire|{day}) [{subject}]',
        `(mets-moi|programme|fais-moi|je veux) un rappel [{subject}] dans {delay}`,
        // "préviens-moi quand ce sera l'heure de ma prochaine séance de froid"
        "(préviens-moi|prévenez-moi|dis-moi|rappelle-moi|avertis-moi|fais-moi signe) quand (c'est|ce sera|il sera) (l'heure|le moment) (de|pour) {subject}",
        `(ne me laisse pas oublier|aide-moi à ne pas oublier|je ne veux pas oublier) {subject} [${ON_DAY}] [(à|vers) {time}]`,
      ],
    },
    {
      name: 'ReminderTimeIntent',
      slots: { time: 'AMAZON.TIME', delay: 'AMAZON.DURATION', day: 'REMINDER_DAY' },
      samples: [
        // The answer to "À quelle heure ?": "à 19 heures", "vers sept heures du soir", "dans une heure"
        '{time}',
        `(à|vers|pour|plutôt à|plutôt vers|disons|disons à|disons vers|mettons|mettons à|mets-le à|programme-le à|fais-le à|ce sera à|on dit) {time} [${PLEASE}|merci]`,
        "{time} (merci|ça ira|c'est bien|ça me va|c'est parfait|ce serait bien|s'il te plaît|s'il vous plaît)",
        `(dans|d'ici|plutôt dans|disons dans|mettons dans|fais-le dans) {delay} [${PLEASE}|merci]`,
        `${ON_DAY} (à|vers) {time} [${PLEASE}|merci]`,
      ],
    },
    {
      name: 'ListRemindersIntent',
      samples: [
        // "quels sont mes rappels ?" (the skill says so), "est-ce que j'ai des rappels ?"
        "(quels sont mes rappels|quels sont les rappels|c'est quoi mes rappels|mes rappels)",
        "(quels|quels sont les) rappels (j'ai|ai-je|sont programmés|sont prévus|tu as mis|tu m'as mis|tu m'as programmés|j'ai programmés)",
        "[tu peux|peux-tu|vous pouvez] (dis-moi|lis-moi|montre-moi|donne-moi|liste|énumère|me dire|me lire|lire|lister|vérifier|vérifie) (mes|tous mes|les) rappels",
        "(est-ce que j'ai|j'ai|ai-je|il y a) des rappels [programmés|prévus|en cours|de coach massage]",
        "(quand est|c'est quand|à quelle heure est|à quelle heure c'est) mon prochain (rappel|rappel de massage|rappel de froid|rappel pour le massage)",
        "qu'est-ce que j'ai comme rappels",
      ],
    },
    {
      name: 'CancelReminderIntent',
      slots: { subject: 'ACTIVITY' },
      samples: [
        // "annule mon rappel de massage" (the skill says so), "je ne veux plus de rappels"
        '(annule|supprime|efface|enlève|désactive|retire|arrête) (mes|les|tous mes|tous les) rappels [{subject}]',
        '(annule|supprime|efface|enlève|désactive|retire|arrête) (mon|le|ce) rappel [{subject}]',
        '(tu peux|peux-tu|vous pouvez) (annuler|supprimer|effacer|enlever|désactiver) (mon rappel|le rappel|mes rappels|tous mes rappels) [{subject}]',
        '(arrête|arrêtez|cesse) de me rappeler [{subject}]',
        "je ne veux plus (de rappels|de rappel|que tu me rappelles|être rappelé|être rappelée) [{subject}]",
        '(plus de rappels|plus de rappel|pas de rappel|stop les rappels) [{subject}]',
      ],
    },
    {
      name: 'PlanColdDayIntent',
      samples: [
        // "planifie ma thérapie par le froid pour aujourd'hui", "répartis mes séances de glace sur la journée"
        `(planifie|organise|prévois|répartis|étale) ${MY_COLD} [${TODAY}]`,
        `programme ${MY_COLD} ${TODAY}`,
        `(fais-moi|donne-moi|prépare-moi|crée) un (plan|programme|planning) (de froid|de glace|de thérapie par le froid) [${TODAY}]`,
        `(tu peux|peux-tu) (planifier|organiser|répartir) ${MY_COLD} [${TODAY}]`,
        "(je veux|je voudrais|j'aimerais) (faire|répartir|étaler) (mes séances de froid|ma thérapie par le froid|du froid|de la glace|mes séances de glace) (sur la journée|dans la journée|toute la journée|sur toute la journée)",
        "(une|ma) journée (de froid|de glace|de cryothérapie)",
        `(planning|plan|programme) (de froid|de glace|de cryothérapie) ${TODAY}`,
      ],
    },
    {
      name: 'LastTimeIntent',
      samples: [
        // "qu'est-ce que j'ai fait la dernière fois ?", "c'était quand mon dernier massage ?"
        `qu'est-ce (que j'ai|qu'on a|que j'avais|qu'on avait) fait ${LAST}`,
        `(j'ai fait quoi|on a fait quoi|on avait fait quoi|j'avais fait quoi) ${LAST}`,
        "(la dernière fois|hier) (j'ai fait quoi|on a fait quoi|c'était quoi|qu'est-ce que j'ai fait|qu'est-ce qu'on a fait)",
        `(quelle routine|quel massage|quel exercice|quelle séance) (j'ai faite|j'ai fait|ai-je faite|ai-je fait|on a faite|on a fait) (${LAST}|en dernier)`,
        '(quand est-ce que|quand) (je me suis massé|je me suis massée|j\'ai fait un massage|j\'ai mis de la glace|j\'ai fait du froid|j\'ai utilisé la chaleur|j\'ai fait une séance) (pour la dernière fois|la dernière fois)',
        "(c'était quand|c'est quand|quand était|quand c'était) (mon dernier massage|ma dernière séance|ma dernière séance de froid|ma dernière routine|la dernière fois)",
        "(c'était quoi|dis-moi|rappelle-moi|redis-moi|quelle était) ma dernière (séance|routine|séance de massage|séance de froid)",
        "(ma dernière séance|mon dernier massage|ma dernière routine) (c'était quoi|c'était quand)",
      ],
    },
    {
      name: 'WeekHistoryIntent',
      slots: { subject: 'ACTIVITY' },
      samples: [
        // "combien de fois j'ai fait du froid cette semaine ?", "fais le point sur ma semaine"
        `(combien de fois|à quelle fréquence) (j'ai fait|ai-je fait|est-ce que j'ai fait|j'ai mis|ai-je mis) {subject} ${WEEK}`,
        `combien de {subject} (j'ai fait|j'ai faits|j'ai faites|ai-je fait|ai-je faits|ai-je faites|est-ce que j'ai fait|) ${WEEK}`,
        `(combien de fois|à quelle fréquence) (je me suis massé|je me suis massée|j'ai massé mon dos) ${WEEK}`,
        "(comment s'est passée|comment était|montre-moi|résume|résume-moi|récapitule|raconte-moi|fais le point sur|fais-moi le bilan de|le bilan de) ma semaine",
        `qu'est-ce que j'ai fait ${WEEK}`,
        "(ma|la) semaine (en un coup d'œil|en résumé|en bref)",
        '(mon|le) (bilan|récapitulatif|résumé) (de la semaine|hebdomadaire|de ma semaine)',
        '(montre-moi|dis-moi|donne-moi|lis-moi) (mon historique|mes statistiques|mes stats|mon bilan)',
        `(j'en suis où|où j'en suis) ${WEEK}`,
      ],
    },
    {
      name: 'AboutMeIntent',
      samples: [
        // "qu'est-ce que tu sais sur moi ?", "quelles données tu gardes ?"
        "qu'est-ce que tu (sais|gardes|retiens|connais|as enregistré|as retenu|as gardé|mémorises|conserves|stockes) (sur moi|de moi|à mon sujet)",
        '(que sais-tu|que gardes-tu|que retiens-tu|qu\'as-tu enregistré|qu\'as-tu retenu|que connais-tu) (sur moi|de moi|à mon sujet)',
        '(quelles|quelles sont les) (données|informations|infos) (tu as|tu gardes|tu conserves|tu enregistres|tu stockes|as-tu|gardes-tu|vous avez|vous gardez) [sur moi|à mon sujet]',
        '(dis-moi|montre-moi|raconte-moi|lis-moi) ce que tu (sais|gardes|as enregistré|retiens) (sur moi|de moi|à mon sujet)',
        '(tu as|tu gardes|vous gardez|tu enregistres|tu stockes) quoi (sur moi|de moi|comme données|comme informations)',
        "(mes données|confidentialité|ce que tu sais sur moi|mes données personnelles|vie privée|mes informations)",
        "qu'est-ce que tu te (rappelles|souviens) de moi",
      ],
    },
    {
      name: 'AMAZON.ResumeIntent',
      samples: [
        '(reprendre|reprends|reprenez|continue|continuez|poursuis|poursuivez|on reprend|on continue|on poursuit) (mon|le|ma|la) (massage|routine|séance|automassage)',
        '(reprends|reprenez|continue|on reprend|on continue) (où|là où) (on en était|j\'en étais|on s\'est arrêté|on s\'était arrêté|on s\'était arrêtés|je me suis arrêté|je me suis arrêtée)',
        '(reprendre|reprends|reprenez) [le massage] là où (je me suis arrêté|je me suis arrêtée|on s\'était arrêté|on s\'était arrêtés|on en était|j\'en étais)',
        '(continue là où j\'en étais|on reprend|reprenons)',
      ],
    },
    {
      name: 'AMAZON.PauseIntent',
      samples: [
        '(attends|attendez|attends-moi) (une seconde|une minute|un instant|un peu|un moment)',
        `(une petite pause|petite pause|fais une pause|faisons une pause|on fait une pause|fais une petite pause|pause) ${PLEASE}`,
        '(mets|mettez|on met|tu peux mettre|peux-tu mettre) [le massage|ma routine|la routine|la séance|ça|tout] en pause',
        '(fais|faites|on fait|faisons) (une pause|une petite pause|un break)',
        '(un instant|une seconde|minute)',
      ],
    },
    {
      name: 'AMAZON.NextIntent',
      samples: [
        // "ok étape suivante", "passe celle-ci", "c'est fait"
        '[ok|d\'accord|bon|allez|voilà|c\'est bon] (étape suivante|l\'étape suivante|la suivante|suivant|suivante|on passe à la suite|la suite|on continue|continue|on passe à l\'étape suivante|passe à l\'étape suivante|à la suivante)',
        '[ok|bon|allez] (passe|passe celle-ci|passe cette étape|saute cette étape|saute celle-ci|on saute|on passe|on saute celle-ci|passe à la suivante)',
        '(c\'est quoi la suite|quelle est la suite|et ensuite|et après|on fait quoi maintenant)',
        '[ok|voilà] (c\'est fait|je suis prêt|je suis prête|j\'ai fait|fini pour cette étape|fini|terminé)',
      ],
    },
    {
      name: 'AMAZON.PreviousIntent',
      samples: [
        '(retour|reviens en arrière|revenez en arrière|retourne en arrière|étape précédente|l\'étape précédente|l\'étape d\'avant|recule d\'une étape|reviens à l\'étape précédente|la précédente)',
      ],
    },
    {
      name: 'AMAZON.RepeatIntent',
      samples: [
        '(tu peux|peux-tu|vous pouvez|pouvez-vous|tu pourrais) (répéter|redire ça|le redire|répéter ça)',
        '(qu\'est-ce que tu as dit|qu\'est-ce que vous avez dit|t\'as dit quoi|tu as dit quoi|comment|hein|quoi|je n\'ai pas compris|je n\'ai pas entendu)',
        '(répète|répétez|redis|redites) (ça|cette étape|l\'étape|le|s\'il te plaît|s\'il vous plaît)',
        '(redis ça|encore|encore une fois|refais ça|redis-le|pardon je n\'ai pas compris)',
      ],
    },
    {
      name: 'AMAZON.StartOverIntent',
      samples: [
        '(on recommence|recommence|recommencez|reprends|reprenons|on reprend) (depuis le début|du début|à zéro)',
        '(recommence la routine|recommence le massage|depuis le début|on recommence tout)',
      ],
    },
    {
      name: 'AMAZON.HelpIntent',
      samples: [
        '(qu\'est-ce que je peux dire|que puis-je dire|qu\'est-ce que je dois dire|qu\'est-ce que tu sais faire|qu\'est-ce que tu peux faire|comment ça fonctionne|j\'ai besoin d\'aide)',
        '(qu\'est-ce que je peux faire|que puis-je faire|je peux faire quoi|qu\'est-ce qu\'on peut faire|on peut faire quoi|je fais comment|comment on fait|comment ça marche) [ici|avec toi|avec vous|avec coach massage|avec cette skill|avec cette application]',
        '(aide-moi|aidez-moi|à l\'aide|de l\'aide) [s\'il te plaît|s\'il vous plaît]',
      ],
    },
    {
      name: 'AMAZON.StopIntent',
      samples: [
      ],
    },
    {
      name: 'AMAZON.CancelIntent',
      samples: [
      ],
    },
    {
      name: 'AMAZON.YesIntent',
      samples: [
        '(d\'accord|oui vas-y|vas-y|ok d\'accord|oui s\'il te plaît|oui s\'il vous plaît|avec plaisir|c\'est parti|allons-y|oui d\'accord|ouais)',
      ],
    },
    {
      name: 'AMAZON.NoIntent',
      samples: [
        '(non pas maintenant|non ça ira|pas aujourd\'hui|non pas aujourd\'hui|non je ne veux pas|non plus tard|pas pour l\'instant)',
      ],
    },
    {
      name: 'AMAZON.FallbackIntent',
      samples: [
      ],
    },
    {
      name: 'AMAZON.NavigateHomeIntent',
      samples: [
        '(retour à l\'accueil|va à l\'accueil|retourne à l\'accueil)',
      ],
    },
  ],
  types: [
    {
      name: 'BODY_AREA',
      values: [
        { id: 'lowerBack', value: 'bas du dos', synonyms: ['le bas du dos', 'mon bas du dos', 'bas de mon dos', 'bas de dos', 'lombaires', 'les lombaires', 'mes lombaires', 'région lombaire', 'colonne lombaire', 'reins', 'dos', 'sacrum', 'coccyx', 'lumbago', 'tour de reins'] },
        { id: 'upperBack', value: 'haut du dos', synonyms: ['le haut du dos', 'mon haut du dos', 'haut de mon dos', 'haut de dos', 'milieu du dos', 'entre les omoplates', 'omoplates', 'dorsales', 'muscles du haut du dos'] },
        { id: 'neck', value: 'cou', synonyms: ['torticolis', 'le cou', 'mon cou', 'nuque', 'la nuque', 'ma nuque', 'cervicales', 'muscles du cou'] },
        { id: 'shoulders', value: 'épaules', synonyms: ['épaule', 'les épaules', 'mes épaules', 'mon épaule', 'trapèzes', 'trapèze', 'muscles des épaules'] },
        { id: 'feet', value: 'pieds', synonyms: ['pied', 'les pieds', 'mes pieds', 'mon pied', 'plante des pieds', 'plante du pied', 'voûte plantaire'] },
        { id: 'eyes', value: 'yeux', synonyms: ['œil', 'oeil', 'les yeux', 'mes yeux', 'yeux fatigués', 'fatigue oculaire', 'fatigue visuelle'] },
      ],
    },
    {
      name: 'EQUIPMENT',
      values: [
        { id: 'tennisBall', value: 'balle de tennis', synonyms: ['balle', 'une balle', 'une balle de tennis', '(la|ma) (balle|balle de tennis|balle de massage)', 'balle de massage', 'balle de crosse', 'balle de lacrosse', 'balle à picots', 'une seule balle'] },
        { id: 'twoBalls', value: 'deux balles de tennis', synonyms: ['deux balles', 'deux balles de massage', 'une paire de balles de tennis', 'deux balles de crosse'] },
        { id: 'foamRoller', value: 'rouleau en mousse', synonyms: ['rouleau', 'un rouleau', '(le|mon) (rouleau|rouleau en mousse|rouleau de massage)', 'rouleau de mousse', 'rouleau de massage', 'foam roller', 'rouleau pour le dos'] },
        { id: 'hands', value: 'mains', synonyms: ['mes mains', 'les mains', 'juste mes mains', 'seulement mes mains', 'à la main', 'pouces', 'mes pouces', 'doigts', 'mes doigts', 'sans matériel', 'rien', 'aucun', 'je n\'ai rien', 'pas d\'accessoire'] },
        { id: 'wall', value: 'mur', synonyms: ['un mur', 'contre un mur', 'contre le mur', 'debout', 'debout contre un mur'] },
        { id: 'floor', value: 'sol', synonyms: ['le sol', 'au sol', 'sur le sol', 'par terre', 'allongé', 'allongée', 'allongé par terre'] },
        { id: 'towel', value: 'serviette', synonyms: ['une serviette', '(la|ma) serviette', 'écharpe', 'foulard', 'serviette torsadée', 'serviette roulée'] },
        { id: 'massager', value: 'masseur à main', synonyms: ['masseur', '(le|mon) masseur', 'masseur manuel', 'masseur recourbé', 'canne de massage', 'crochet de massage', 'bâton de massage', 'masseur pour le dos'] },
        { id: 'electricMassager', value: 'masseur électrique', synonyms: ['appareil de massage', '(un|mon) (appareil de massage|masseur électrique|pistolet de massage)', 'l\'appareil de massage', 'le (masseur électrique|pistolet de massage)', 'appareil de massage électrique', 'masseur shiatsu', 'masseur vibrant', 'pistolet de massage', 'machine de massage'] },
        { id: 'warmCloth', value: 'gant de toilette tiède', synonyms: ['gant de toilette', 'gant tiède', 'gant chaud', 'linge tiède', 'linge chaud', 'débarbouillette', 'serviette chaude', 'compresse chaude'] },
        { id: 'partner', value: 'partenaire', synonyms: ['mon partenaire', 'ma partenaire', 'quelqu\'un d\'autre', 'un ami', 'une amie', 'ma femme', 'mon mari', 'mon conjoint', 'ma conjointe', 'une autre personne'] },
      ],
    },
    {
      // Red flags. Each value is said as a noun ("j'ai {symptom}") or as a whole clause ("{symptom}": "je suis tombé").
      name: 'SYMPTOM',
      values: [
        {
          id: 'chestPain', value: 'douleur dans la poitrine', synonyms: [
            '(une|des|) (douleur|douleurs) (dans la|à la) poitrine', '(une |des |)(douleur thoracique|douleurs thoraciques)',
            '(mal|très mal) (à la poitrine|au thorax)', '(une |)(oppression|pression|serrement) (dans la|à la|sur la) poitrine',
            'la poitrine serrée', 'ma poitrine me fait mal', 'ça me serre dans la poitrine', 'j\'ai mal à la poitrine',
            '(une douleur|une grosse douleur|une forte douleur|une vive douleur|une gêne) qui (serre|me serre|oppresse|brûle|irradie) (dans la|la) poitrine',
            '(une douleur|une gêne|mal) (au thorax|au sternum|dans le thorax|derrière le sternum|au milieu de la poitrine)',
            '(ça|ma poitrine) (me serre|serre|m\'oppresse|me brûle|me pique) [(dans la|à la) poitrine]', '(la|ma) poitrine (qui serre|qui me serre|oppressée|comprimée|dans un étau)',
            '(une |)douleur (dans la poitrine|à la poitrine) qui (descend|irradie|part) dans le bras', '(mal|une douleur) (dans la|à la) poitrine et (dans|au) bras gauche',
            '(un |)poids sur la poitrine', 'le cœur qui serre', 'une douleur au cœur', 'mal au niveau du cœur', 'mal (dans la|à la) poitrine',
          ],
        },
        {
          id: 'breathless', value: 'essoufflement', synonyms: [
            'un essoufflement', '(du|) mal à respirer', '(des |)(difficultés|difficulté) à respirer', '(des |une |)(difficultés|difficulté) respiratoires',
            '(le|) souffle court', 'je suis (essoufflé|essoufflée|à bout de souffle)', 'je manque d\'air', 'je n\'arrive (pas|plus) à respirer',
            'je respire mal', 'je ne peux plus respirer', 'du mal à reprendre mon souffle',
            'je suis (essoufflé|essoufflée) (pour un rien|au moindre effort|même au repos|alors que je suis (allongé|allongée|assis|assise))',
            'je (m\'essouffle|suis vite essoufflé|suis vite essoufflée) [pour un rien|au moindre effort]', 'je suffoque', 'j\'étouffe', 'je n\'ai plus de souffle',
            '(je manque|je suis en manque) de souffle', 'du mal à (respirer|reprendre mon souffle|trouver mon souffle)', 'j\'ai le souffle coupé',
          ],
        },
        {
          id: 'bladderBowel', value: 'perte de contrôle de la vessie', synonyms: [
            'perte de contrôle des intestins', '(une |)perte de contrôle (de ma vessie|de mes intestins|de mes selles)', '(des |)problèmes (de vessie|intestinaux)',
            'incontinence', '(de l\'|une |)incontinence (urinaire|fécale)', '(des |)fuites urinaires', 'du mal à retenir mes urines',
            'je ne (contrôle|retiens) plus (ma vessie|mes intestins|mes selles|mes urines)', 'je n\'arrive plus à (contrôler ma vessie|retenir mes urines|uriner|faire pipi)',
            'je n\'arrive pas à (uriner|faire pipi)', 'je ne peux plus (uriner|faire pipi)', 'je me suis (fait pipi dessus|uriné dessus|fait dessus)',
            'du mal à uriner', '(du|) mal à faire pipi',
            'je (n\'arrive plus à|n\'arrive pas à|ne peux plus) (contrôler|retenir) (ma vessie|mes intestins|mes selles|mes urines|mes besoins)',
            'je ne (maîtrise|tiens) plus (ma vessie|mes intestins|mes selles|mes urines|mes besoins)', '(je fais|j\'ai fait) (pipi|dans ma culotte) sans m\'en rendre compte',
            'je ne sens plus (quand j\'ai envie d\'uriner|l\'envie d\'uriner|l\'envie d\'aller aux toilettes)', 'je n\'arrive plus à aller aux toilettes',
            '(des |)fuites (de selles|fécales)', 'je ne peux plus aller aux toilettes',
          ],
        },
        {
          id: 'saddleNumbness', value: 'engourdissement de l\'entrejambe', synonyms: [
            '(un |des |)(engourdissement|engourdissements) (de l\'entrejambe|entre les jambes|des fesses|à l\'intérieur des cuisses|du périnée|dans l\'entrejambe)',
            '(l\'entrejambe|le périnée|mon entrejambe|mon périnée) [tout|complètement] (engourdi|insensible|endormi)', '(les fesses|mes fesses) [toutes|complètement] (engourdies|insensibles|endormies)',
            'l\'intérieur des cuisses [tout|complètement] (engourdi|engourdis|insensible|insensibles)', '(mon entrejambe|mon périnée) est [tout|complètement] (engourdi|insensible)', 'mes fesses sont [toutes|complètement] (engourdies|insensibles)',
            'je ne sens plus rien (entre les jambes|dans l\'entrejambe|au niveau de l\'entrejambe|au niveau des fesses|au niveau du périnée)', '(plus de sensation|pas de sensation) (dans l\'entrejambe|entre les jambes|au niveau des fesses)',
            'je ne sens plus (mes fesses|mon entrejambe|l\'intérieur de mes cuisses|mon périnée)',
            '(des |)(fourmillements|picotements) (entre les jambes|dans l\'entrejambe|dans les fesses|à l\'intérieur des cuisses)',
          ],
        },
        {
          id: 'legWeakness', value: 'faiblesse dans la jambe', synonyms: [
            '(une |)faiblesse [soudaine] dans (la jambe|les jambes)', 'une faiblesse soudaine dans (la jambe|les jambes)', 'les jambes faibles', 'la jambe faible',
            'ma jambe (lâche|se dérobe|ne me porte plus|est faible|est sans force)', 'mes jambes (lâchent|se dérobent|ne me portent plus|sont faibles)',
            '(la jambe|les jambes) qui (lâche|lâchent|se dérobe|se dérobent)', 'je n\'arrive plus à lever le pied', 'je ne peux plus lever le pied',
            '(le|mon) pied qui tombe', '(un |le |)pied tombant', 'je n\'ai plus de force dans (la jambe|les jambes)', 'plus de force dans (la jambe|les jambes)',
            'ma jambe est [devenue] [toute|très|si|soudain|d\'un coup] (faible|molle|sans force)', 'mes jambes sont [devenues] [toutes|très|si|soudain|d\'un coup] (faibles|molles|sans force)',
            '(ma jambe|mon genou) (flanche|ne tient plus|ne me tient plus)', '(mes jambes|mes genoux) (flanchent|ne tiennent plus|ne me tiennent plus)', 'je n\'ai plus de force dans (ma jambe|mes jambes|le pied|mon pied)',
            '(la|ma|une) jambe (toute faible|toute molle|qui ne me porte plus)', '(les|mes) jambes (toutes faibles|toutes molles|qui ne me portent plus)', 'je ne tiens plus sur (ma jambe|mes jambes)',
          ],
        },
        {
          id: 'fall', value: 'une chute', synonyms: [
            'chute', 'ma chute', 'mon accident', 'fait une chute', 'j\'ai fait une chute', 'douleur après une chute', 'mal au dos après une chute', 'douleur après (un accident|une blessure)',
            '(un |)accident [de voiture|de la route|de moto|de vélo|de ski]', 'une blessure',
            'je suis (tombé|tombée) [dans les escaliers|dans l\'escalier|de l\'escalier|de vélo|de cheval|sur le dos|par terre|hier|ce matin]',
            'je me suis fait mal (en tombant|dans un accident)', 'je me suis (blessé|blessée) [au dos] (en tombant|dans un accident)', 'j\'ai glissé et je suis (tombé|tombée)',
            '(fait|j\'ai fait) une (grosse|mauvaise) chute [hier|ce matin|dans l\'escalier]', 'je suis (tombé|tombée) (à la renverse|en arrière|sur les fesses|sur le coccyx|de l\'échelle|d\'une échelle|de ma chaise)',
            'j\'ai (chuté|glissé) [hier|ce matin|dans l\'escalier|dans la douche|sur le verglas]', '(je me suis cassé la figure|je me suis ramassé|je me suis ramassée)', '(un |mon |)accident (de travail|du travail)', 'un coup du lapin',
          ],
        },
        {
          id: 'fever', value: 'de la fièvre', synonyms: [
            'fièvre', 'de la température', 'une forte fièvre', '(de la |)fièvre et (des |)frissons', 'des frissons', 'frissons', 'je fais de la (fièvre|température)',
            'je suis (fiévreux|fiévreuse)', '(trente huit|trente neuf|quarante|38|39|40) de (fièvre|température)', 'je suis à (trente huit|trente neuf|quarante|38|39|40)', '(une |)poussée de fièvre', 'je suis brûlant', 'je suis brûlante',
          ],
        },
        {
          id: 'weightLoss', value: 'perte de poids inexpliquée', synonyms: [
            '(une |)perte de poids [soudaine|sans raison|inexpliquée]', 'amaigrissement',
            'perdu (du poids|beaucoup de poids|des kilos|plusieurs kilos) [sans raison|sans le vouloir|sans faire de régime|sans régime]',
            'je (maigris|perds du poids) (sans raison|sans le vouloir|sans faire de régime|sans régime)',
            'je (maigris|perds du poids|fonds) (à vue d\'œil|à vue d\'oeil|sans comprendre pourquoi|sans savoir pourquoi)', '(j\'ai|) perdu (du poids|des kilos|dix kilos|cinq kilos) (sans comprendre pourquoi|sans savoir pourquoi|sans rien faire)',
          ],
        },
        {
          id: 'cancer', value: 'antécédents de cancer', synonyms: [
            '(un |des |)antécédents de cancer', 'un cancer', 'cancer', 'une tumeur', 'des métastases',
            'je suis (soigné|soignée|traité|traitée|suivi|suivie) pour un cancer', 'je sors d\'un cancer', 'je suis en chimiothérapie', 'je fais une chimiothérapie',
            'je suis (sous|en) (chimio|chimiothérapie|radiothérapie|rayons) [pour un cancer]', '(eu|j\'ai eu) un cancer [il y a (quelques années|longtemps|deux ans|cinq ans)]',
            'un cancer (du sein|de la prostate|du poumon|du côlon)', 'je fais (de la chimio|une chimio|des rayons|de la radiothérapie)', '(j\'ai|) (été|) (soigné|soignée|opéré|opérée) d\'un cancer',
          ],
        },
        {
          id: 'osteoporosis', value: 'ostéoporose', synonyms: [
            'de l\'ostéoporose', 'l\'ostéoporose', '(les|des) os fragiles', 'fragilité osseuse', 'de la décalcification',
            'je prends (de la cortisone|des corticoïdes|des corticostéroïdes) [depuis longtemps|depuis des années]',
            'je suis sous (cortisone|corticoïdes) [depuis longtemps|depuis des années]', 'un traitement (à la cortisone|aux corticoïdes) [depuis longtemps|au long cours]',
            '(de l\'|)ostéopénie', '(un |)tassement (vertébral|de vertèbre|des vertèbres)', '(une |)vertèbre (tassée|fracturée|cassée)', '(une |)fracture (vertébrale|d\'une vertèbre|de fatigue)', 'des os de verre',
          ],
        },
        {
          id: 'nightPain', value: 'douleur nocturne', synonyms: [
            '(une douleur|des douleurs) (nocturne|nocturnes|la nuit) (qui ne passe pas|qui ne passent pas|qui me réveille|qui me réveillent)', 'des douleurs nocturnes',
            'mal la nuit (et ça ne passe pas|et ça ne se calme pas|même au repos|qui ne passe pas)', 'mal au dos la nuit (et ça ne passe pas|même au repos|qui me réveille)',
            '(la douleur|mon mal de dos|mon dos|ça) me réveille [la nuit]', 'la douleur ne passe pas la nuit',
            '(la douleur|mon mal de dos|mon dos|ça|la douleur me) (me réveille|réveille) (toutes les nuits|chaque nuit|plusieurs fois par nuit|en pleine nuit)',
            '(la nuit j\'ai|j\'ai|la nuit) [très] mal même (sans bouger|au repos|allongé|allongée|quand je ne bouge pas)',
            '(une douleur|des douleurs|mal) (même au repos|qui ne se calme pas au repos|qui ne passe pas au repos|qui ne se calme jamais|qui ne s\'arrête jamais|jour et nuit)',
            '(la douleur|ça|mon mal de dos) ne (se calme|passe) (pas|jamais) (au repos|la nuit|même au repos|même allongé)',
            'je n\'arrive (pas|plus) à dormir tellement j\'ai mal', 'j\'ai mal (toute la nuit|jour et nuit)', 'la douleur m\'empêche de dormir',
          ],
        },
        {
          id: 'numbness', value: 'engourdissement', synonyms: [
            '(des |un |)(engourdissements|engourdissement) [dans (la jambe|les jambes|le bras|les bras|la main|les mains|le pied|les pieds)]',
            '(des |)(fourmillements|picotements|fourmis) [dans (la jambe|les jambes|le bras|les bras|la main|les mains|le pied|les pieds)]',
            '(la jambe|une jambe|la main|une main) engourdie', '(les jambes|les mains) engourdies', '(le bras|le pied|un bras|un pied) engourdi', '(les bras|les pieds) engourdis',
            '(ma jambe|ma main) est engourdie', '(mes jambes|mes mains) sont engourdies', '(mon bras|mon pied) est engourdi', '(mes bras|mes pieds) sont engourdis',
            'je ne sens plus (ma jambe|mes jambes|mon bras|mes bras|ma main|mes mains|mon pied|mes pieds)', '(une |)perte de sensibilité',
            '(des |)fourmillements dans les jambes', 'jambes engourdies',
            '(le|un|mon) (bras|pied) engourdi (avec|et) (des fourmillements|des picotements|des fourmis)', '(la|une|ma) (jambe|main) engourdie (avec|et) (des fourmillements|des picotements|des fourmis)',
            'des fourmis (dans|plein) (la jambe|les jambes|le bras|les bras|la main|les mains|le pied|les pieds)', '(j\'ai |)perdu la sensibilité (dans|de) (la jambe|le bras|la main|le pied|mes doigts|les doigts)',
            '(ma jambe|mon bras|ma main|mon pied) (est|) (tout engourdi|toute engourdie|endormi|endormie|insensible)', '(mes doigts|les doigts) (engourdis|qui fourmillent|qui picotent)',
            '(une décharge électrique|des décharges électriques) dans (la jambe|les jambes|le bras)', '(ma jambe|mon bras|ma main|mon pied) (fourmille|picote)', '(une |la |ma |)sciatique [qui descend dans la jambe]', '(un |)nerf (coincé|pincé)', 'une douleur qui descend dans (la jambe|le bras)',
          ],
        },
        {
          id: 'neckDizzy', value: 'douleur au cou avec vertiges', synonyms: [
            '(mal|une douleur|des douleurs) (au cou|à la nuque|aux cervicales) (et|avec|et j\'ai) (des vertiges|la tête qui tourne|un gros mal de tête|un violent mal de tête|des maux de tête|mal à la tête)',
            'j\'ai mal (au cou|à la nuque) et j\'ai (des vertiges|la tête qui tourne|un gros mal de tête|mal à la tête)',
            'des vertiges', 'la tête qui tourne [quand je bouge (le cou|la tête)|quand je tourne la tête]', 'des vertiges quand je (tourne la tête|bouge le cou)',
            '(un |)(gros|violent|terrible) mal de tête', 'un mal de tête (soudain|violent|terrible)',
            '(la tête qui tourne|des vertiges|le tournis) (quand je (bouge|tourne|penche) (le cou|la tête)|en tournant la tête|en bougeant le cou)', 'j\'ai le tournis', '(tout|la pièce) tourne quand je (bouge le cou|tourne la tête)',
            '(un |une |)(étourdissement|étourdissements|sensation de vertige)', 'je vais m\'évanouir', 'j\'ai failli m\'évanouir', 'la tête qui tourne',
            '(le cou|la nuque) (raide|bloqué|bloquée) (et|avec) (de la fièvre|un gros mal de tête|des vertiges)', 'le pire mal de tête de ma vie',
          ],
        },
        {
          id: 'swollenCalf', value: 'mollet gonflé', synonyms: [
            '(le|un|) mollet (gonflé|enflé|rouge|chaud|dur) [et (gonflé|enflé|rouge|chaud|dur|douloureux)]',
            'mon mollet est (gonflé|enflé|rouge|chaud|dur) [et (gonflé|enflé|rouge|chaud|dur|douloureux)]',
            '(une |)phlébite', 'un caillot [dans la jambe]', 'la jambe (gonflée|enflée) et (chaude|rouge)',
            '(le|mon) mollet tout (gonflé|enflé|rouge|chaud|dur) [et (chaud|rouge|gonflé|douloureux)]', 'mon mollet est tout (gonflé|enflé|rouge) [et (chaud|rouge|douloureux)]',
            '(le|mon) mollet (a gonflé|a enflé|a doublé de volume) [et il est (chaud|rouge|dur)]', '(la|ma) jambe (toute|très) (gonflée|enflée) [et (chaude|rouge|douloureuse)]',
            '(une |)thrombose', '(une |)(thrombose veineuse|embolie)', 'un caillot de sang',
          ],
        },
        {
          id: 'visionChange', value: 'trouble de la vue', synonyms: [
            '(des |)troubles de la vue', 'je vois (flou|double|trouble) [tout d\'un coup|d\'un coup|soudainement|depuis ce matin]',
            '(une |)vision (floue|double|trouble)', '(une |)(douleur|douleur soudaine) (à l\'œil|à l\'oeil|dans l\'œil|dans l\'oeil)', 'une douleur soudaine (à l\'œil|à l\'oeil|dans l\'œil|dans l\'oeil)',
            'je ne vois plus (bien|rien) [d\'un œil|d\'un oeil]', '(j\'ai |)perdu la vue [d\'un œil|d\'un oeil]', 'la vue qui baisse d\'un coup',
            '(d\'un coup|tout d\'un coup|soudain|soudainement|depuis ce matin|depuis hier) je vois (flou|double|trouble|des taches|des éclairs)', 'je vois (des taches|des éclairs|des points noirs|des flashs)',
            '(ma|la) vue (s\'est brouillée|est floue|est trouble|a baissé) [d\'un coup|tout d\'un coup]', 'j\'ai (un voile|comme un voile) devant (l\'œil|l\'oeil|les yeux)', '(mon|un) œil (rouge et douloureux|me fait très mal)',
          ],
        },
      ],
    },
    {
      name: 'OIL_NEED',
      values: [
        { id: 'backPain', value: 'mal de dos', synonyms: ['mal au dos', 'douleur', 'douleurs', 'courbatures', 'douleurs musculaires', 'lombalgie', 'douleurs lombaires', 'dos douloureux', 'tensions', 'tension', 'tensions musculaires', 'muscles tendus', 'contractures', 'contracture', 'raideurs', 'muscles', 'dos', 'nuque raide', 'torticolis'] },
        { id: 'sensitiveSkin', value: 'peau sensible', synonyms: ['peaux sensibles', 'peau sèche', 'allergies', 'peau réactive', 'peau délicate', 'peau fragile'] },
        { id: 'relax', value: 'détente', synonyms: ['relaxation', 'se détendre', 'me détendre', 'stress', 'apaiser', 'calme', 'massage relaxant'] },
        { id: 'insteadOfOil', value: 'sans huile', synonyms: ['à la place de l\'huile', 'remplacer l\'huile', 'une alternative à l\'huile', 'lotion', 'crème', 'pas d\'huile', 'pas d\'huile de massage'] },
        { id: 'carrier', value: 'huiles végétales', synonyms: ['huile végétale', 'huile de base', 'huiles de base', '(huile|huiles) [végétale|végétales] de support', 'huile d\'amande', 'huile d\'amande douce', 'huile de coco', 'huile d\'olive', 'diluer les huiles essentielles', 'diluer'] },
        { id: 'general', value: 'huile de massage', synonyms: ['huiles de massage', 'huiles', 'huiles essentielles', 'huile essentielle', 'aromathérapie', 'huile de menthe poivrée', 'huile de lavande', 'menthe poivrée'] },
      ],
    },
    {
      name: 'ADVICE_TOPIC',
      values: [
        { id: 'sleep', value: 'dormir avec un mal de dos', synonyms: ['dormir', 'sommeil', 'bien dormir'] },
        { id: 'lying', value: 's\'allonger avec un mal de dos', synonyms: ['s\'allonger', 'se coucher', 'position allongée'] },
        { id: 'howOften', value: 'fréquence des massages', synonyms: ['à quelle fréquence masser', 'fréquence', 'combien de fois masser'] },
        { id: 'massageType', value: 'types de massage', synonyms: ['sortes de massage', 'différents massages', 'genres de massage'] },
        { id: 'deepTissue', value: 'massage profond', synonyms: ['massage des tissus profonds', 'tissus profonds', 'deep tissue'] },
        { id: 'swedish', value: 'massage suédois', synonyms: ['suédois'] },
        { id: 'triggerPoint', value: 'massage des points gâchettes', synonyms: ['points gâchettes', 'point gâchette', 'trigger points', 'nœuds', 'noeuds', 'nœuds musculaires'] },
        { id: 'acupressure', value: 'acupression', synonyms: ['acupressure', 'l\'acupression', 'l\'acupressure', 'digipuncture', 'la digipuncture', 'points de pression', 'massage d\'acupression'] },
        { id: 'benefits', value: 'bienfaits de l\'automassage', synonyms: ['bienfaits', 'bienfaits du massage', 'avantages'] },
        { id: 'warmUp', value: 'échauffement', synonyms: ['l\'échauffement', 's\'échauffer', 'm\'échauffer', 'se préparer', 'préparation', 'préparer un massage', 'étirements', 's\'étirer avant'] },
        { id: 'breathing', value: 'respiration', synonyms: ['respirer', 'exercices de respiration', 'comment respirer', 'respiration profonde'] },
        { id: 'epsomSalt', value: 'friction au sel d\'epsom', synonyms: ['sel d\'epsom', 'sels d\'epsom', 'gommage au sel d\'epsom', 'friction au sel', 'massage au sel d\'epsom'] },
        { id: 'hotStone', value: 'massage aux pierres chaudes', synonyms: ['pierres chaudes', 'pierre chaude', 'une pierre chaude', 'massage aux pierres', 'pierres tièdes'] },
        { id: 'tips', value: 'conseils de massage', synonyms: ['conseils', 'astuces', 'conseils d\'automassage', 'l\'automassage', 'automassage', 'pression', 'à quelle force appuyer', 'après un massage', 'soins après massage'] },
        { id: 'heatOrCold', value: 'chaud ou froid', synonyms: ['[le |du ]chaud (et|ou) [le |du ]froid', '[le |du ]froid (et|ou) [le |du ]chaud', '[la ]chaleur (et|ou) [le |la ](froid|glace)', '[la ]glace (et|ou) [la ]chaleur', 'le chaud', 'le froid', 'la chaleur et le froid'] },
        { id: 'selfCare', value: 'soins du dos au quotidien', synonyms: ['prendre soin de (mon|son|) dos [au quotidien]', '[les ]exercices pour le dos', 'exercices', 'prévention du mal de dos', 'prévenir le mal de dos', 'hygiène de vie', 'soins au quotidien', 'exercices de renforcement', 'renforcer mon dos'] },
      ],
    },
    {
      name: 'OIL_CHOICE',
      values: [
        { id: 'peppermint', value: 'huile de menthe poivrée', synonyms: ['menthe poivrée', 'la menthe poivrée', 'de la menthe poivrée', 'l\'huile de menthe poivrée', 'huile de menthe', 'menthe', 'la menthe'] },
        { id: 'lavender', value: 'huile de lavande', synonyms: ['lavande', 'la lavande', 'de la lavande', 'l\'huile de lavande'] },
        { id: 'lemongrass', value: 'huile de citronnelle', synonyms: ['citronnelle', 'la citronnelle', 'de la citronnelle', 'l\'huile de citronnelle'] },
        { id: 'eucalyptus', value: 'huile d\'eucalyptus', synonyms: ['eucalyptus', 'l\'eucalyptus', 'de l\'eucalyptus', 'l\'huile d\'eucalyptus'] },
        { id: 'chamomile', value: 'huile de camomille', synonyms: ['camomille', 'la camomille', 'de la camomille', 'l\'huile de camomille'] },
        { id: 'almond', value: 'huile d\'amande', synonyms: ['amande', 'amande douce', 'huile d\'amande douce', 'l\'huile d\'amande', 'l\'huile d\'amande douce'] },
        { id: 'coconut', value: 'huile de coco', synonyms: ['coco', 'l\'huile de coco', 'huile de noix de coco', 'noix de coco'] },
        { id: 'olive', value: 'huile d\'olive', synonyms: ['olive', 'l\'huile d\'olive'] },
        { id: 'lotion', value: 'lotion', synonyms: ['une lotion', 'la lotion', 'lotion neutre', 'lotion pour le corps', 'lait corporel', 'crème hydratante', 'crème', 'de la crème'] },
      ],
    },
    {
      name: 'PACE',
      values: [
        { id: 'slow', value: 'plus lentement', synonyms: ['lentement', 'plus doucement', 'moins vite', 'plus lent', 'doucement'] },
        { id: 'normal', value: 'normalement', synonyms: ['vitesse normale', 'à vitesse normale', 'normal', 'à la vitesse normale', 'débit normal', 'à ton rythme normal'] },
        { id: 'fast', value: 'plus vite', synonyms: ['vite', 'plus rapidement', 'rapidement', 'plus rapide', 'moins lentement'] },
      ],
    },
    {
      name: 'ACTIVITY',
      values: [
        {
          // "rappelle-moi de masser mon dos", "un rappel pour mon massage", "combien de massages", "annule mon rappel de massage"
          id: 'massage', value: 'massage', synonyms: [
            '(mon|le) (massage|massage du dos|automassage|exercice)', 'de masser mon dos', 'de me masser', 'massages', 'me masser',
            '(de|pour|à) (masser mon dos|me masser [le dos]|faire mon massage|faire mon automassage|faire mes exercices|faire ma routine|faire le massage|faire un massage|faire mon massage du dos)',
            '(masser mon dos|me masser le dos|faire mon massage|faire ma routine|faire mes exercices)', '(pour|de) (mon|le) (massage|massage du dos|automassage)',
            '(de|du) massage', '(de|du) massage du dos', '(ma|la) routine [de massage]', 'un massage', 'des massages', 'mes massages', 'automassages',
          ],
        },
        {
          // "rappelle-moi ma prochaine séance de froid", "de remettre la glace", "combien de fois j'ai fait du froid"
          id: 'cold', value: 'thérapie par le froid', synonyms: [
            '(ma|la) (prochaine séance de froid|thérapie par le froid|prochaine séance de glace)', 'de mettre de la glace', 'glace', 'froid', 'séances de froid', 'cryothérapie',
            '(ma|la|une) (séance de froid|séance de glace|poche de glace|poche de froid)', '(de|pour|à) [faire] (ma|la) (séance de froid|prochaine séance de froid|séance de glace|prochaine séance de glace|thérapie par le froid|cryothérapie)',
            '(de|à) (mettre|remettre) (de la glace|la glace|la poche de glace|la poche de froid|du froid)', '(mettre|remettre) (de la glace|la glace|la poche de froid|la poche de glace)',
            '(de|du) froid', '(de|la) glace', 'de la glace', 'séances de glace', 'séance de froid', 'de glacer mon dos', 'mes séances de froid', 'prochaine séance de froid',
            '(de|de la|pour la) cryothérapie', 'mes séances de glace', '(pour la|pour ma) glace', 'pour le froid', '(de|pour) (ma|la) poche de (glace|froid)',
          ],
        },
      ],
    },
    {
      name: 'REMINDER_DAY',
      values: [
        { id: 'MO', value: 'lundi', synonyms: ['lundis'] },
        { id: 'TU', value: 'mardi', synonyms: ['mardis'] },
        { id: 'WE', value: 'mercredi', synonyms: ['mercredis'] },
        { id: 'TH', value: 'jeudi', synonyms: ['jeudis'] },
        { id: 'FR', value: 'vendredi', synonyms: ['vendredis'] },
        { id: 'SA', value: 'samedi', synonyms: ['samedis'] },
        { id: 'SU', value: 'dimanche', synonyms: ['dimanches'] },
        { id: 'weekdays', value: 'en semaine', synonyms: ['jours de semaine', 'jour de semaine', 'jours ouvrables', 'jours ouvrés', 'du lundi au vendredi', 'lundi au vendredi'] },
        { id: 'weekends', value: 'week-end', synonyms: ['week-ends', 'week end', 'weekend', 'le week-end', 'les week-ends', 'samedi et dimanche', 'samedis et dimanches'] },
        { id: 'daily', value: 'jour', synonyms: ['jours', 'tous les jours', 'chaque jour', 'quotidiennement', 'soirs', 'matins', 'tous les soirs', 'tous les matins', 'chaque soir', 'chaque matin', 'tous les jours de la semaine', 'quotidien'] },
      ],
    },
  ],
};
