import type { ModelTemplate } from './ModelTemplate';

/**
 * en interaction model templates (every English locale). Written as people talk while lying on the
 * floor: fillers ("okay", "alright"), requests, complaints, questions and fragments. Articles and "my"
 * live in the slot synonyms ("my lower back", "a tennis ball"), so a template says `{area}` once.
 * Red flags: the SYMPTOM slot holds core phrases ("a fever", "chest pain") and natural whole clauses
 * ("my leg is numb", "I fell down the stairs"); lead-ins ("I have", "I've got", "I feel") live in
 * RedFlagIntent samples (LEAD_IN and friends), so the model stays under SMAPI's size limit. Every carrier
 * ("... can you massage my back", "is it safe if ...") works for every symptom. RedFlagIntent comes
 * first, so it wins every tie with a routine or a complaint ("eye pain").
 */

/** Asking politely for something. */
const ASK = "(can you|could you|would you|will you|can you please|could you please|please|I want you to|I'd like you to|I need you to)";
/** Wanting to do something. */
const WANT = "(can you help me|could you help me|can you show me how to|can you teach me to|let's|I want to|I'd like to|I wanna|I need to|can I|can we|could we|could I|I'm going to|I'm gonna|let me|help me|teach me to|teach me how to|show me how to|how do I|how can I|how to|time to|it's time to|I'd love to)";
/** Hands-on verbs. */
const RUB = '(massage|rub|work on|loosen up|loosen|relax|roll out|knead|release|stretch out|do)';


/**
 * What follows a red flag or a pregnancy, composed once and shared by RedFlagIntent and PregnancyIntent:
 * a question or request ("is it okay to massage my upper back"), the same after "and", "so" or "but", or
 * a connector and a clause about the back ("since my back started hurting", "and hurt my back"),
 * optionally followed by a short request. Safety wins whatever is asked.
 */
const SPART = '(back|lower back|upper back|neck|shoulders)';
/** The questions and requests people add, short enough to follow a connector. */
const SAFE_ASK = `((is it okay to|is it safe to|can I|can you|can we) massage [my ${SPART}|it]|is it (okay|safe) to do this|is it (okay|safe|serious|bad)|is (this|that) (okay|safe|bad|normal|serious|dangerous)|is massage (okay|safe)|should I (worry|be worried|stop|keep going|see a doctor)|can (I|we|you) still do (this|the massage|my back)|can I do (this|the massage|this massage)|can I use (the foam roller|a foam roller|the roller|a tennis ball|the ball|heat|ice)|can you (help with|do) my back|what should I do|can you help me)`;
/** Short requests after a clause ("my back hurts, can you massage it"). */
const SAFE_MINI = '(can I still do this|can you massage it|can I massage it|can you massage my back|can you do a massage|is it okay to massage|is that bad|what should I do|should I worry|is massage okay)';
/** What a pregnant user asks after saying how far along she is. */
const PREG_ASK = '(can I use (a tennis ball|a foam roller|heat|ice)|is (this|it) (safe|okay)|can you massage my (back|lower back|neck)|can I (do this|massage my back)|is massage (safe|okay)|and my back (hurts|aches|is sore))';
/** What people say about the back after a connector. */
const BACK_SAYS = "(my (back|lower back|neck) (hurts|is sore|aches|is killing me|started hurting|has been hurting)|my whole back (hurts|aches)|I hurt my back|hurt my back|it hurts|it started|landed on my back)";
/** A request or a question about a named part after a symptom ("... should I massage my back", "... can you do the eye routine"). */
const SAFE_REQ = "((can you|should I|can I) (massage|do|help) my (back|lower back|neck|shoulders|eyes|feet)|(can you do|start|do) the (eye|neck|back|lower back|shoulder) routine|is (that|this) (because of|from) my (back|back pain)|is (a|a back) massage (safe|okay) [for me]|and my (back|neck|shoulders) (hurts|is sore|hurt) (massage it|can you massage it|can you help|help me|help))";
/** Joining words between a red flag (or a pregnancy) and the rest. */
const SAFE_TAIL = `(${SAFE_ASK}|is massage (okay|safe) for me|can we do my (back|neck|shoulders)|can you do (a massage|my back|my shoulders|the eye massage|the neck massage)|(please|kindly) massage my back|massage my (back|lower back|neck|eyes|feet) [please]|massage it|can you (start|do) (the|a) massage|(start|let's do) (the|a) massage|I (still|) want a massage|I need a massage|do the massage anyway|can you help|can (you|I) still massage (my back|it)|is it still (okay|safe)|what (now|do I do|can I do|does that mean)|any (ideas|advice)|should I (continue|keep going|massage it)|(will|would|does|can) (a massage|massage) help|help|help me|please help|keep going|next step|next|continue|go on|and (it won't|it doesn't) (go away|stop|ease)|and it's getting worse|(and|so) ${SAFE_MINI}|but (can you|can I|is it okay to) massage [my ${SPART}|it]|(and|since|so|but|because|after|ever since|and now) ${BACK_SAYS}|(and|since|so) (my back hurts|I hurt my back|my back started hurting) ${SAFE_MINI}|${SAFE_REQ})`;
/** The commonest of what follows a symptom (a longer sentence is heard clause by clause). */
const SAFE_TAIL_SHORT = `(${SAFE_MINI}|is it (okay|safe|serious|bad)|is (this|that) (okay|normal|serious|bad)|should I (worry|stop|see a doctor)|can you help [me]|help [me]|what (now|do I do)|massage my (back|neck) [please]|(and|since|but|after|ever since) ${BACK_SAYS})`;
/**
 * Lead-ins before a symptom's core phrase ("I have" + "a fever"). They live in RedFlagIntent samples,
 * not in every SYMPTOM synonym: the core phrases stay synonyms (and whole clauses like "my leg is numb").
 */
const LEAD_IN = "(I have|I've got|I'm having|there's|I get)";
/** Rarer lead-ins, used with fewer carriers. */
const LEAD_MORE = "(I just got|I suddenly got|I've suddenly got|I suddenly have|I keep having|I've got these|I get these|I got|I've had|got|having|some|sudden|new|a|there was|I'm running|running|rapid|unintentional|unexplained|unexpected|I have a|I've got a|I'm recovering from|I'm getting over|I survived|I beat|I'm fighting|I'm battling|I'm dealing with|I suffer from|I've got a bit of|I have a touch of|I'm on|I'm taking|I take|I've been on|on|I just|I recently|I've just|I only just|I think I|I've been having)";
/** The commonest of those, with short requests and fillers. */
const LEAD_MID = "(I got|I've had|I just|I've just)";
/** A short request before a lead-in ("massage my back, I have a fever"). */
const REQ_LEAD = '[please|can you] massage my (back|lower back|neck)';
/** What follows "I have {symptom}". */
const LEAD_TAIL = `(${SAFE_MINI}|(so|and|but) can you massage my (back|neck)|massage my back [please]|can you do (the eye massage|a massage|my shoulders|my neck)|is it (okay|safe) to massage my back|is (this|that) (okay|normal|serious)|is massage (okay|safe)|can you (start|do) (the|a) massage|should I (stop|see a doctor)|can you help [me]|help [me]|(and|but) my (back|neck) hurts|can I (do this|use (a|the) foam roller))`;
/** A second red flag said after the first ("my leg went weak and I can't lift my foot"): the first one is the slot. */
const SECOND = "(I feel dizzy|I'm dizzy|I feel faint|I can't lift my foot|I can't walk properly|my leg is numb|it's numb|I have pins and needles|I have a headache|I have a fever|my vision is blurry|I can't feel my foot)";
/** Asking for a named massage first ("do an eye massage, my vision went blurry"). */
const REQ_MASSAGE = '(do|start) (an|the) (eye|neck|back) massage';
/** The commonest fillers before a lead-in. */
const PRE_LEAD = '(okay|ok|oh|so|also|and|but|actually|sorry|wait|by the way|I think)';
const RED_PRE = '(okay|ok|oh|well|so|also|and|but|actually|hey|sorry|wait|oh no|ow|ouch|help|alright|by the way|just so you know|you should know|I think|I just noticed|um|uh|hmm|hold on|stop|stop stop|wait wait|oh and|now|right|listen)';

/** Hedges and fillers before a statement ("I reckon my back is sore"). */
const LEAD = "(okay|ok|so|well|um|I think|I reckon|honestly|ugh|oh|yeah|ow)";
/** The commonest of them, the ones people add tails to. */
const FEEL_CORE = "(hurts|hurt|aches|is sore|are sore|'s sore|is stiff|is tight|are tight|is aching|are aching|is achy|is killing me|are killing me|has been sore|'s been sore|have been sore|has been hurting|'s been hurting|'s been stiff|'s been really tight|'s been aching|'s been killing me|has been killing me|is really sore|is acting up|is really acting up|are strained)";
/** How a body part feels, after "{area}": one list every complaint form shares. */
const FEEL = "(hurts|hurt|aches|ache|is sore|are sore|'s sore|is stiff|are stiff|'s stiff|is tight|are tight|'s tight|is tense|are tense|is tired|are tired|is aching|are aching|'s aching|is achy|is killing me|are killing me|'s killing me|is acting up|'s acting up|are acting up|is playing up|is bothering me|is paining|is in knots|are in knots|is all in knots|are all in knots|is all knotted up|are all knotted up|are exhausted|are just exhausted|feel exhausted|is really sore|are really sore|'s really sore|is really stiff|'s really stiff|is really tight|are really tight|'s really tight|is really acting up|is so sore|are so sore|is so stiff|is so tight|are so tired|feels tight|feels stiff|feels sore|feel sore|feel tired|feel stiff|has been sore|'s been sore|have been sore|has been stiff|'s been stiff|'s been tight|'s been really tight|has been really tight|'s been really sore|has been aching|'s been aching|have been aching|has been hurting|'s been hurting|have been hurting|'s been killing me|have been killing me|'s been bothering me|has been bothering me|are so tight|is really tense|are really tired|are paining|feel strained|feels strained|is super tight|feels all knotted up|are so tense|is kind of achy)";
/** What follows a complaint: when, from what, or asking for help. */
const FEEL_TAIL = "(all arvo|from lifting|today|all day|all week|again|lately|right now|this morning|since this morning|since yesterday|after my shift|after work|after the gym|from sitting at a desk all day|from sitting all day|from standing all day|from work|from the gym|from the computer|from sleeping wrong|from staring at screens|so much|so bad|a lot|can you help|can you help me|help|help me|what can I do|what should I do)";
/** Pregnancy said after the question ("is it okay to massage my back when I'm expecting"). */
const PREG_AFTER = "((when|while|if) I'm pregnant|while I'm expecting|while pregnant|during pregnancy)";
const NUM_WEEKS = '(six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty one|twenty two|twenty three|twenty four|twenty five|twenty six|twenty seven|twenty eight|twenty nine|thirty|thirty one|thirty two|thirty three|thirty four|thirty five|thirty six|thirty seven|thirty eight|thirty nine|forty)';
/** Not having something. */
const NO_HAVE = "(I don't have|I haven't got|I have no|I do not have)";
const WHAT_ELSE = "[what else works|what can I use|what else can I use|what now]";
/** Asking for a reminder. */
const REMIND = "(remind me|can you remind me|could you remind me|please remind me|set a reminder|set up a reminder|create a reminder|add a reminder|I want a reminder|I'd like a reminder|I need a reminder|give me a reminder|I want you to remind me|ping me)";
export const en: ModelTemplate = {
  invocationName: 'massage coach',
  intents: [
    // First: a red flag wins every tie with a routine or a complaint ("eye pain").
    {
      name: 'RedFlagIntent',
      slots: { symptom: 'SYMPTOM' },
      samples: [
        // Uncontracted lead-ins live here, not in every SYMPTOM synonym ("I am having" = "I'm having" there).
        "(I am feeling|I am getting) {symptom} [is it safe|is this safe|is massage okay|can you massage my back|what should I do|and my back hurts|should I stop]",
        `I am having {symptom} [${SAFE_ASK}|(kindly|please) massage my back|massage my back|can you (start|do) (the|a) massage|start the massage]`,
        "(is it okay to|is it safe to|can I|should I) massage {symptom}",
        "(is it bad that|is it normal that|what if|I'm worried that) {symptom} and my (back|lower back|neck) (hurts|aches)",
        "{symptom} (all of a sudden|since then|since my back went out|since I hurt my back|for two days|for a week|all day|since this morning|since last night|for the past few days|this week|for a while|for weeks|for a month|and it's getting worse|and it's not getting better)",
        '{symptom}',
        `${RED_PRE} {symptom}`,
        `{symptom} ${SAFE_TAIL_SHORT}`,
        // Rarer lead-ins live here, not in every SYMPTOM synonym.
        `(I think I have|I keep getting|I suddenly have|I've noticed|I noticed|I've been having|I'm getting|I might have) {symptom} [${SAFE_MINI}]`,
        "(I have|I've got) (back pain|neck pain) (and|with) {symptom}",
        "my back hurts and (I have|I've got) {symptom}",
        "(is it okay to|is it safe to|can I|should I) (massage|do this|do a massage|massage my back|use a foam roller|use a tennis ball|keep going) (with|if I have|if|when|since|even though) {symptom}",
        "(is it bad if|is it serious if|is it a problem if|is it dangerous if|is it normal if|what does it mean if|what does it mean when|should I worry if|is it okay if|what happens if|why do I|why am I|is it bad when|what if|what should I do if|what do I do if|what if I have|is it bad that|is it normal that|is it normal to have|is it serious that|should I worry about|should I be worried about|should I be worried that|I'm worried about|I'm worried that|I noticed|I've noticed|I just noticed|I think|what about|does it matter that|is it a problem that|is massage okay with|is massage safe with|can I massage with|is it okay to massage with|can massage help|will massage help) {symptom}",
        "(I was diagnosed with|I've been diagnosed with|I'm being treated for|I'm recovering from|the doctor said I have|my doctor said I have|I've been told I have) {symptom}",
        "(can you|could you|please) (massage|help with|help me with|work on) {symptom}",
        "(massage|rub|work on|roll out) {symptom} [please]",
        // A request first, then the symptom ("massage my back, I have a fever"): the local resolver hears two clauses,
        // safety first; Alexa's NLU weighs the symptom's words.
        "is {symptom} (something to worry about|something I should worry about|a problem|serious|bad|dangerous|a concern|a bad sign|a worry|normal|something serious|worrying|a reason to stop|okay for massage)",
        "(is a massage|is massage|is a back massage|is it) (safe|okay) (with|for someone with|if I have|if I've had) {symptom}",
        `${REQ_MASSAGE} [I have] {symptom}`,
        // Two red flags joined: the first is the slot, the second is said as it is.
        `[I have|I've got] {symptom} (and|and now) ${SECOND}`,
        `(massage|roll out|rub) my (back|neck) {symptom} and ${SECOND}`,
        `massage my (back|neck) I have {symptom} and ${SECOND}`,
        // Questions: "why is my bottom numb", "why does my leg keep giving out", "is it normal to ... with back pain".
        "(why is|why are|why does|why do|how come|why do I|why am I|why do I keep|why can't I|why do I have|why do I get) {symptom} [suddenly|so much|at night]",
        "(is it normal|is that normal) (to have|to get|to feel|to be|to|for) {symptom} [with back pain|when my back hurts]",
        // "eye pain" is a red flag, not a sore eye to massage.
        "{symptom} pain [can you help|what should I do|is that bad|should I worry]",
        // Lead-ins (SYMPTOM holds only the core phrase).
        `${LEAD_IN} {symptom} [${LEAD_TAIL}]`,
        // "I feel" and "I had" need more than a bare word after them ("I feel good", "I had a good day" are no red flags).
        `(I feel|I had) {symptom} ${LEAD_TAIL}`,
        "(I feel|I had|I've been feeling) {symptom} (yesterday|last week|last night|a few days ago|this morning|recently|again|lately|at night|all day|last month|last year|years ago|before|in the past|a while ago|all the time)",
        `(${LEAD_IN}|I got|I've had) {symptom} (yesterday|last week|last night|a few days ago|this morning|recently|today|again|lately|at night|all day)`,
        // When, then the back or a request ("I fell down the stairs yesterday and my back hurts").
        "{symptom} (yesterday|last week|last night|a few days ago|this morning|last month|a week ago) (and my (back|neck|lower back) (hurts|is sore)|can you massage my back|is it (safe|okay) to massage|should I worry|what should I do)",
        `${PRE_LEAD} (I have a|I've got a) {symptom}`,
        "(oh|so|but|also|by the way) I had {symptom} (yesterday|last week|last night|a few days ago)",
        `${PRE_LEAD} ${LEAD_IN} {symptom}`,
        `${REQ_LEAD} ${LEAD_IN} {symptom}`,
        `${LEAD_MORE} {symptom}`,
        `(${LEAD_MID}|got|having|I recently|I think I) {symptom} ${SAFE_MINI}`,
        `(okay|oh|so|sorry|but|actually) ${LEAD_MID} {symptom}`,
        "massage my (back|neck) (I got|I've had|I just) {symptom}",
        "(what if|what should I do if|is it bad that|is it okay to massage if|is it okay to do this if|can I do this if|can I massage if|I'm worried that|is it safe if|is massage okay if) (I have|I've got|I had|I feel|I've had) {symptom}",
        "(is massage|is it) (safe|okay) (after|with) {symptom}",
        "(can I|is it okay to|is it safe to|should I) massage my (back|neck|lower back|shoulders) (after|with|if|when|if I have|if I've had) {symptom}",
        "{symptom} (yesterday|last week|last night|a few days ago|recently|earlier|today|again|right now|this morning|since yesterday|for a few days|lately|suddenly|a while ago|last month|on the weekend|a week ago|last year|two days ago|a couple of days ago|out of nowhere|too|as well|also|now|when I lie down|when I press|after the massage|during the massage|when I roll|anymore|any more|all the time|every night|every day|constantly|after lifting|after lifting something|with the back pain|with my back pain|with back pain|when my back hurts|when my back is sore|even when I lie still|even when I rest|even lying still|for no reason|and I don't know why)",
      ],
    },
    {
      name: 'StartRoutineIntent',
      slots: { area: 'BODY_AREA', equipment: 'EQUIPMENT' },
      samples: [
        "(I could|I could really|I really) use a (massage|back rub|rub) [right about now|right now|now]",
        "(I've got|I have) {equipment} (can we do|let's do|can you do) {area}",
        "(start|do|let's do) (the|a) {area} (routine|massage) {equipment}",
        "(I'd like|I want|can I have|can I get) (a|an) {area} (massage|routine) please",
        "(let's start on|start on|let's begin on) {area} (using|with) {equipment}",
        "(run me through|take me through|walk me through) a {area} (routine|massage) (with|using) {equipment}",
        "(do|let's do|start|can we do) the {equipment} one for {area}",
        "(let's|I want to|I'd like to|I wanna|help me|can I|can you|please) (relax|loosen up|soothe|rest) {area} (with|using) {equipment}",
        "(give me|can you give me|could you give me|I need|I want|I'd like|do you have|have you got|got|is there|what have you got|what do you have|show me|teach me|recommend|suggest) (something|anything|a massage|a routine|a self massage) for {area}",
        "(teach me|show me|give me|walk me through|I want|I'd like|can you do|start|let's do) a (massage|self massage|routine) for {area} (with|using) {equipment}",
        "(teach me|show me|walk me through|guide me through|can I have|can I get|I need|let's do) a (massage|self massage|routine|rub) for {area}",
        "(let's|I want to|I'd like to|I wanna|I need to|can I|can we|help me|show me how to|how do I|teach me how to) (massage|rub|work on|do) {area} (with|using) {equipment}",
        `${ASK} (massage|rub|work on|do) {area} (with|using) {equipment}`,
        "(let's do|do|let's try|let's go with|go with|let's start with|start with|let's work on|work on|I want to do|can we do|let's begin with|begin with|I'll do|I'd like to do|how about|let's) {area} (with|using|on) {equipment}",
        "(do one thing|please|kindly) (start|do) (the|) {area} (massage|routine) [(with|using) {equipment}]",
        "(start|do|let's do|let's start|I want to do|I want|can you start|please start) (the|a|) {area} (massage|routine) (with|using) {equipment}",
        "(I want to do|I'd like to do|I would like to do|I need to do|I want to start|I'd like to start|let me do|I will do|I'll do|we'll do) (the|a|an|) {area} (massage|routine|self massage)",
        // "start a lower back massage", "can you do a neck routine"
        "(start|begin|do|give me|let's do|let's start|let's try|I want|I'd like|I need|can I have|can I get|can we do|can you do|can you give me|how about|walk me through|guide me through) (a|an|the|) {area} (massage|routine|self massage)",
        "(okay|alright|so) (let's do|let's start|start) (a|the|) {area} (massage|routine)",
        `${WANT} (massage|rub|work on|loosen up|relax|do) {area}`,
        `${ASK} (massage|rub|work on|loosen up|relax|do) {area} [please]`,
        `${RUB} {area} [please|now|for me|today]`,
        "(okay|alright|so) (massage|rub|work on|do) {area}",
        `(please|could you|I'd like to|can we|let me) (massage|rub|work on|loosen up|relax) {area} [please|now|for me]`,
        "(massage|rub|work on|loosen up|do|relax) {area} (please|now|for me|today|for a bit|a little)",
        "(massage|rub|work on|help|relief|something) for {area}",
        "(self massage|a massage|a routine|a rub|massage|a self massage|exercises|a session) for {area}",
        "(help with|help me with|what can I do for|relief for|something for|anything for|what helps|what's good for|what's best for|a routine for|a massage for) {area}",
        "(start|begin|open|load|play|run|do|let's do|let's start|start the|start my|begin the|begin my|do the|do my) {area} (massage|routine|self massage|massage routine|exercises|session|program)",
        "(start|begin|do|let's do|let's start|I want|I'd like|can I have|can you do|give me) (the|my) {area} (massage|routine|one|exercises)",
        "{area} (massage|routine|self massage|massage routine|rub|session|one|exercises|time) [please|now|today]",
        "{area} [please|now|today|then|first|next|I think]",
        "(okay|alright|yes|yeah|sure) [let's do] {area} [please|then]",
        "(let's do|do|let's try|try|let's go with|go with|I'll go with|I'll do|I'd like|I want|I choose|I pick|I'll take|how about|what about|let's work on|work on|I'd like to do|I want to do|let's start with|start with|can we do|maybe) {area} [please|then|today|first|now]",
        // with equipment
        "(start|do|let's do|I want|I'd like) (a|the|) {area} (massage|routine) (with|using|on|against) {equipment}",
        "{area} (massage|routine|self massage|rub) (with|using|on|against) {equipment} [please]",
        "{area} (with|using|on|against) {equipment} [please]",
        "(can we do|let's do|do|can you do|I want to do|let's work on|work on) {area} (with|using|on|against) {equipment}",
        "(start|do|give me|I want|I'd like) (a|an|the) {area} (massage|routine) (using|with) {equipment}",
        "(can you give me|could you give me|give me|I want|I'd like|I need) (a|) {area} rub",
        "[can you|could you|please] give {area} a (massage|rub)",
        "(kindly|please) (start|begin|do) (the|a|) {area} (massage|routine)",
        "(a|a quick|a short|a gentle|a nice) {area} (massage|routine|rub) [please]",
        "(okay|alright|so) (can you|could you|let's) (massage|rub|work on|do) {area}",
        "(could you|can you) (walk me through|guide me through|take me through|talk me through) (a|an|the) {area} (massage|routine)",
        "{area} massage {equipment}",
        "(start|do|let's do|I want) the {area} one (with|using) {equipment}",
        "{area} {equipment}",
        "{equipment} {area} [please]",
        "{area} (stretch|stretches|exercises|release) (on|with|using|against) {equipment}",
        "(can you|please) (massage|rub|work on|roll out|do|relax) {area} (with|using|on|against) {equipment}",
        "(massage|rub|work on|roll out|do|relax) {area} (with|using|on|against) {equipment} [please]",
        "(use|let's use|I want to use|I'd like to use|can I use|I'll use|let's try|how do I use|show me how to use|help me use) {equipment} (on|for) {area}",
        "(roll|roll out|release|press) {area} (with|using|on|against) {equipment}",
        "(roll|roll out|release) {area} [please]",
        "(start|do|I want) (a|the|) {equipment} (massage|routine|session) (for|on) {area}",
        "{equipment} (massage|routine) (for|on) {area}",
        "{equipment} (routine|massage|session|workout|exercises|one) [please|now]",
        "(help|help me with|ease|soothe|loosen|help me loosen) {area} (with|using) {equipment}",
        "(a|a quick|a short|a gentle|a nice|quick|some|a little) (massage|routine|rub|self massage|session) for {area} [please|now]",
        "{equipment} (on|for) {area}",
        "(start|do|I want) (a|the|) {equipment} (massage|routine|session)",
        "(massage|a massage|a routine) (with|using) {equipment}",
        "(start|begin|let's do|let's start|do) (a|the|) (massage|routine) (with|using) {equipment}",
        "{area} massage standing against {equipment}",
        "(massage|rub) {area} (against|on) {equipment}",
        // no area yet
        "(start|begin|let's start|let's do|let's try|give me|I want|I'd like|I need|can I have|can I get|can we do|can you do|can you give me|can we start|can you start|I'm ready for|time for|do|walk me through|guide me through) (a|the|) (massage|self massage|routine)",
        "(okay|alright|so) (start|let's start|let's do) (a|the|) (massage|routine)",
        "(let's begin|can we start|can you start|let's start|start|begin) (a|the|my) (massage|routine) [please]",
        "(start|begin|let's start|let's begin|let's get started|I'm ready to start|I'm ready to begin|ready to start|ready to begin|can we start|could we start|can we begin|start now|let's start now|let's begin now|okay let's start|okay let's begin|alright let's start|alright let's begin|ok let's start|let's get going|get started|start please|begin please)",
        "(I want to|I'd like to|I need to|let's|can I|can we|help me|teach me to|teach me how to|show me how to|how do I) (massage|do a massage|do a self massage|give myself a massage|massage myself|do some self massage|do a routine)",
        "(massage|a massage|self massage|a self massage|massage time|massage please|a massage please|massage me|rub my back|give me a back rub|I want a back rub|back rub please|a back rub|back rub)",
      ],
    },
    {
      name: 'ComplaintIntent',
      slots: { area: 'BODY_AREA', equipment: 'EQUIPMENT' },
      samples: [
        "(I've got|I have) a knot (under|in|near) {area}",
        "(so much|a lot of|such) (tension|knots|pain) in {area}",
        "(I pulled|I think I pulled|I've pulled|I tweaked|I think I tweaked) something in {area}", "{area} (feel|feels|are|is|get|are getting) strained (from the computer|from the screen|from reading|from my phone)",
        "(ugh|ow|ouch|oh) {area}",
        `{area} ${FEEL}`,
        `{area} ${FEEL_CORE} ${FEEL_TAIL}`,
        `(I think|honestly|okay so) {area} ${FEEL_CORE} [today]`,
        "{area} (is stiff|is sore|hurts|'s sore|is killing me|is tight) eh",
        "{area} (hurts|aches|is sore|are sore|'s sore|is stiff|is tight|are tight|is aching|is paining|is killing me|are killing me) [and|so] (I have|I've got|I only have|can you help me with|help me with|let's use) {equipment}",
        "(sore|stiff|aching|achy|tight|tense|tired|bad) {area} (can you help|can you help me|help me|please help|what can I do|what should I do|any ideas|what do you suggest)",
        "{area} (hurts|hurt|ache|aches|is sore|are sore) (after (gardening|yard work|housework|work|the gym|a long drive|a long walk|hiking|running|moving house|lifting boxes|a long day)|from (standing all day|my desk job|sitting at my desk|sitting at the computer|being on my feet all day|walking all day|typing all day|carrying the kids|sleeping funny|gardening|lifting boxes|driving|running|the gym|work|lifting|hiking|yoga|golf|housework|yard work|walking))",
        "{area} (hurts|hurt|aches|ache|is sore|are sore|is stiff|is tight) [and|so] (can I use|should I use) {equipment}",
        "{area} (hurt|ache|are stiff|are tired) [and|so] (I have|I've got|I only have) {equipment}",
        "(I have|I've got|I feel|there's|got) (knots|a knot|tension|tight muscles|sore muscles|pain|tightness|stiffness|an ache) {area}",
        "(I have|I've got|I get|I keep getting|I suffer from|I've had) {area} [again|today|from the screen|from the computer|can you help|since this morning|since yesterday|all day|all week|for days]",
        "{area} (hurts|is sore) when I (press on it|touch it|bend|bend over|move|sit|stand|sit down)",
        "{area} (is|'s) (really|so) (sore|stiff|tight) (today|again)",
        "{area} (hurts|is sore|is tight|is stiff|aches) (between my shoulder blades|after work|from lifting|from sitting|from driving|from running|from walking)",
        `${LEAD} {area} (hurts so much|hurts so bad|hurts a lot|is so sore|is really sore|is killing me today)`,
        "(something|anything) for (my|) (sore|aching|stiff|tight|bad) {area} please",
        "{area} (is|are) (very|a bit|kinda|kind of|pretty|super|still|heaps) (sore|stiff|tight|tense|tired|achy|painful)",
        "{area} (feel|feels|are|is) (tired and heavy|heavy|heavy and tired|strained|dry and tired|tired and sore|sore and tired|sore and stiff|stiff and sore|tight and sore)",
        `${LEAD} {area} (hurts|is sore|is stiff|'s sore|'s stiff|is killing me|is tight|aches|hurt|are sore|is aching|'s been sore|is really sore|are tight|is paining)`,
        "(I have|I've got|I'm having|I am having|I've been having|I have been having|I'm getting|I am getting|I keep getting|I suffer from|I am suffering from|I woke up with) [bad] {area} (pain|ache|aches|stiffness|problems)",
        "(I have|I've got|I'm having|I am having|I've been having|I have been having|I'm getting|I am getting|I keep getting|I get|I woke up with|I've had) (pain|an ache|aches|knots|a knot|tension|stiffness|soreness|tightness|a lot of pain|some pain|bad pain) in {area}",
        "{area}'s [really|a bit] (sore|stiff|tight|killing me|aching|hurting|tired|tense|stuffed|playing up|been aching|been sore|been stiff)",
        "{area} (has been|is|have been|are) (aching|sore|stiff|hurting) (all day|all afternoon|all week|all morning)",
        "(I've done|I've put|I did) {area} in",
        "{area} (hurts|is sore|is stiff|is tight|is killing me|are sore) (so I'd like a massage|so I want a massage|massage it|can you massage it|let's fix it|do something|start a massage|what do you recommend|do you have a routine for that|got anything for that)",
        "(I have|I've got) (a|) (sore|stiff|bad|tight) {area} (can you help|can you help me|help|what can I do|what should I do)",
        "(I pulled|I strained|I tweaked|I've pulled|I think I pulled|I think I strained) a muscle",
        // having it
        "(I have|I've got|I got|I woke up with|I get|got) (a|) (sore|stiff|bad|tight|achy|aching|painful|tense|tired|crick in my) {area}",
        "(I have|I've got|I got|I'm having|I woke up with|I get|got|I suffer from) (bad|) {area} (pain|ache|aches|tension|stiffness|soreness|problems)",
        "(I have|I've got|I got|I'm having|I feel|there's|there are|got|) (knots|a knot|tension|a kink|a crick|stiffness|soreness|tightness|pain|an ache|a pulled muscle|a lot of tension|so many knots|sore muscles|tight muscles) in {area}",
        "(knots|tension|pain|a kink|a crick|stiffness|soreness|tightness|an ache|aches|sore muscles|tight muscles) in {area}",
        "(I pulled|I strained|I tweaked|I think I pulled|I think I strained|I've pulled|I've strained|I slept wrong on|I cricked|I hurt|I've hurt|I think I hurt|I overdid it with) (a muscle in|) {area}",
        "(I slept funny and|I slept wrong and|I sat too long and|I worked too long and|I overdid it at the gym and) [now] {area} (hurts|is sore|is stiff|aches|is tight)",
        // fragments
        "[my|a] (sore|stiff|aching|achy|tight|tense|tired|bad|painful) {area} [again|today|help]",
        "{area} (pain|ache|aches|tension|stiffness|soreness|problems|trouble|strain|tightness|fatigue|is sore|pain again|pain today|pain please|pain help)",
        // asking for help with it
        "(help with|help me with|can you help with|can you help me with|I need help with|please help with|do something about|what can I do about|what do I do about|what should I do about|something for|anything for|what helps|what's good for|how do I relieve|how can I relieve|relief for|how do I get rid of|how can I fix|do you have anything for|is there a routine for) {area} (pain|ache|aches|tension|stiffness|knots)",
        "(help with|help me with|I need help with|can you help with|can you help me with|something for|relief for|what can I do for|can you massage|massage) (my|) (sore|aching|stiff|tight|bad|tired) {area}",
        "(I have|I've got|I got) {area} pain (can you help|what can I do|what should I do|help|please help|can you help me|help me)",
        // with what they have
        "(I have|I've got) (a|) (sore|stiff|tight|bad) {area} and {equipment}",
        "(I have|I've got) (a|) (sore|stiff|tight) {area} (and|so) (I have|I've got|I only have|let's use) {equipment}",
        "(I have|I've got|I got) {area} pain (and|but|so) (I have|I've got|I only have|let's use) {equipment}",
        "(I have|I've got|I got) {equipment} (and|but) {area} (hurts|is sore|is stiff|is tight|aches|is killing me|are sore|are tight|are tired)",
        "(sore|stiff|tight|achy|aching|tense|tired|bad) {area} (with|using) {equipment} [please]",
      ],
    },
    {
      name: 'ChooseEquipmentIntent',
      slots: { equipment: 'EQUIPMENT' },
      samples: [
        "(I have|I've got) one of those {equipment}",
        "(I have|I've got) {equipment} (somewhere|around here|at home)",
        "(I can|I'll just|I can just) (stand against|lie on|use) {equipment}",
        "(nothing really|nothing) (I'll use|I'll just use|just) {equipment}",
        "{equipment} (is here to help|can help|is here)",
        '{equipment}',
        "(just|only) {equipment} [please|I think]",
        "(I have|I've got|I got|I only have|I just have|I've only got|all I have is|all I've got is|I'll use|I'd like to use|I want to use|I'm using|I can use|let's use|let's try|let's go with|I'll go with|go with|use|using|with|I choose|I pick|I prefer|I'll take|I'm going to use|I'll try|try|maybe|we have|we've got|I'd rather use) {equipment}",
        "(yes|yeah|yep|sure|okay|ok) {equipment}",
        "(I'll just use|I'm just going to use|I'll just go with|just use|I'm just using|with|using) {equipment} [only]",
        "{equipment} only",
        "{equipment} (please|I think|then|is fine|will do|is good|works|is what I have|is all I have|I guess|for now|today|is okay|sounds good|it is|this time)",
        "(let's|I'll|I want to|I'd like to|can I|can we) (do it|do this|try it|go|massage) (with|using) {equipment}",
        "(with|using|on) {equipment} please",
        "(I don't have anything|nothing|I have nothing|I've got nothing|I don't have any equipment|no equipment|I don't have any tools|I have no equipment) (but|except|other than|apart from) {equipment}",
        "(I don't have|I have no) (any equipment|anything|a ball|a roller) (so|so I'll use|so let's use|I'll use|let's use|just) {equipment}",
      ],
    },
    {
      name: 'WhereAmIIntent',
      samples: [
        "where (are we|am I) (in this|in all this|up to|at)",
        "(what step am I up to|where am I now|where are we now|which step is going on|which step is this now|which step am I on|what step am I on|what step is this|which step is this|where am I|where are we|what step are we on|how far am I|how far along am I|how far along are we|how far in am I|what number step is this|which step are we on|where am I in the routine|where was I|what step am I at|which step is it|what number am I on|where are we in the routine|what part am I on|tell me which step I'm on|what step was I on|what step was that|which step was I on|what step are we at|what number step am I on|which part are we on|what part are we on|where are we up to|where am I up to|what are we doing now|what am I doing now|what's this step|what is this step|which one is this|which one are we on|remind me where I am|remind me which step I'm on|what step|which step|where did we get to|what stage am I at|what stage are we at)",
      ],
    },
    {
      name: 'StepsLeftIntent',
      samples: [
        'are there (many|a lot of|lots of|any more) steps (remaining|left)',
        'how many steps are (there|) (still|) (to go|left)',
        "how many more of these (are there|are left)",
        "is this the (last|final) (one|step)",
        "(wait|hang on|sorry|so) how many (more|more steps|steps) [are left|left|to go]",
        "how many [more|steps|more steps] (are left|are there|are there left|are remaining|remaining|left|to go|do I have left|have I got left|do we have left|are still left|remain)",
        "how much (more|longer) (of this|is there|is left|to go|do I have|have I got|is this|will this take|do we have|are we going|is there to go|have we got)",
        "how many steps are (remaining|pending|left now|still left|still remaining)",
        "(how many steps left|how many steps are left|how many steps are there left|how many steps do I have left|how many steps have I got left|how many steps to go|how many more steps|how many more steps are there|how many more steps to go|how many more|how many more to go|how many to go|how many left|how many are left|how many steps are there|how many steps are in this|how many steps in this routine|how many steps does this have|how many steps does it have|how many steps in total|how long is this routine|how long is this|how long does this take|how long does this routine take|how long will this take|how much longer|how much longer is this|how much longer is this going to take|how much longer will this take|how much more|how much more is there|how much is left|is this the last step|is this the last one|is that the last step|is this the final step|is this the end|are we almost done|are we nearly done|are we almost there|are we nearly there|am I nearly done|am I almost done|am I almost finished|are we almost finished|is it nearly over|is it almost over|are we done soon|when does this end|when is this over|when will we be done|how close are we|how close am I to the end|how many are there|what's left|what's left to do|what else is left|anything left|is there much left|is there more|is there much more|are there more steps|are there any more steps|any more steps|more steps)",
      ],
    },
    {
      name: 'FinishIntent',
      samples: [
        "(I've|I have) finished",
        "[okay|right] that's me done",
        "I'm done now",
        "that'll do [for today|for now]",
        "(we can|let's) wrap it up",
        "[I think] I'm good (now|for now|for today)",
        "(I think|I reckon|I guess) (we're done here|I'm done here|that's it for today|that's enough for today|I'm done for now|we're done for today|we're finished)",
        "(I think|I reckon|I guess) (I'm done|I am done|I'm finished|I am finished|we're done|we are done|we're finished|that's enough|all done|I'm all done|I've had enough|that'll do|that's it for today|I'm done now|I'm finished now|we're done now|I'm done for today|done for today)",
        "(I'm done|I am done|I'm finished|I am finished|we're done|we are done|we're finished|we are finished|all done|I'm all done|we're all done) (here|now|for today|for now|for the day|thanks|thank you|with this|with the massage|with the routine|for tonight)",
        "(I'm done|I am done|I'm finished|I am finished|that's enough|that is enough|end the routine|end the massage|end routine|end massage|end this routine|end this massage|we're done|we are done|all done|I've had enough|I have had enough|I'm all done|we're all done|we're finished|I'm done now|I'm finished now|we're done now|I'm done for today|I'm done for now|we're done for today|that's enough for today|that's enough for now|enough for today|enough for now|that's all for today|that's it for today|I'm good for today|that'll do|that will do|that'll do for today|finish the routine|finish the massage|finish routine|finish massage|finish|finish up|let's finish|let's finish up|let's wrap up|wrap it up|let's wrap it up|let's end it here|let's end here|let's call it a day|call it a day|I think I'm done|I think that's enough|I think we're done|I've done enough|I'm done with the massage|I'm done with the routine|I'm finished with the routine|I'm finished with the massage|done for today|done for now|finished|end it|end it now|end the session|I want to finish|I want to end the routine|I want to stop the routine|stop the routine I'm done|I'm done thanks|I'm done thank you|that's enough thanks|that's enough thank you|thanks I'm done|thank you I'm done|I feel better now|I feel much better|I feel better I'm done|my back feels better I'm done)",
      ],
    },
    {
      name: 'PartnerMassageIntent',
      samples: [
        'how to give my (mate|friend|partner|wife|husband) a massage',
        "(can I|I want to|how do I|show me how to) massage my (wife's|husband's|girlfriend's|boyfriend's|partner's|friend's) (back|shoulders|neck|feet)",
        "(let's do|do|give) a massage for my (friend|partner|wife|husband|girlfriend|boyfriend)",
        "teach me (to|how to) massage my (partner's|wife's|husband's|friend's) (back|shoulders|neck)",
        "(my husband|my wife|my partner|my boyfriend|my girlfriend) (wants to|is going to) massage (my back|me)",
        "[can you] (coach|guide|walk) (my husband|my wife|my partner|my boyfriend|my girlfriend) through (a back rub|a massage|it)",
        "(massage|I want to massage|help me massage|teach me to massage|teach me how to massage|how do I massage|how to massage) (someone|someone else|my partner|my wife|my husband|my girlfriend|my boyfriend|my friend|my mom|my dad|a friend|another person|somebody|my spouse)",
        "(massage|I want to massage|I'd like to massage|help me massage|teach me to massage|teach me how to massage|show me how to massage|how do I massage|how can I massage|how to massage|can you teach me to massage) (someone's|someone else's|my partner's|my wife's|my husband's|my girlfriend's|my boyfriend's|my friend's|my mom's|my dad's|a friend's) back",
        "(give|I want to give|how do I give|teach me to give) (someone|someone else|my partner|my wife|my husband|my girlfriend|my boyfriend|my friend|a friend|somebody) (a massage|a back massage|a back rub)",
        "(start|do|let's do|I want|I'd like|guide me through|walk me through) (a|the|) (partner|couples) (massage|routine)",
        "(how do I give my missus a back massage|how do I give my wife a back massage|how to give back massage to my wife|how to give a back massage to my wife|how to give back massage to my husband|how to give a back massage to my partner|partner massage|couples massage|partner routine|massage for two|massage someone else|massaging someone else|I want to give a back massage|I want to massage someone else|massage my partner's back|massage my partner's lower back|give my partner a massage|give someone a massage|give someone a back massage|how do I massage someone|how do I massage someone's back|how to massage someone's lower back|help me massage my partner|help me massage someone|guide me through a partner massage|start a partner massage|massage my wife's back|massage my husband's back|massage my girlfriend's back|massage my boyfriend's back|massage my friend's back|massage my mom's back|massage my dad's back|teach me to massage my partner|how do I give someone a back rub)",
      ],
    },
    {
      name: 'MenuIntent',
      samples: [
        "what can you do",
        "what else have you got",
        "(what routines have you got|what massages have you got|what have you got|what all massages are there|what all routines are there|tell me the options|what routines do you have|what massages do you have|which routines do you have|what routines are there|what massages are there|list the routines|list your routines|list the massages|list the options|what can I massage|what areas can you do|what areas do you cover|what areas can you help with|what areas do you do|what body parts can you do|which body parts can you do|what parts can you massage|which areas can I massage|give me the menu|what's on the menu|show me the menu|menu|the menu|main menu|what are my options|what are the options|what options are there|what options do I have|what do you offer|what massages can you guide|what massages can you do|what kind of massages do you know|what kind of massages do you have|what kinds of routines do you have|tell me the routines|what else can I do|what other routines are there|what other massages are there|what else do you have|show me the routines|show me the options|which massages can I do|what can you massage|what can I do|what can I choose from|what can I pick|what are my choices|what are the choices|which routines are there|read me the routines|what routines are available|what massages are available|what do you have|what have you got|what can you help with|what can you help me with|tell me my options|options|list them|what massages can I do|what can we do|what can we massage|what can you do for me|what areas are there|what are the routines|what are the massages)",
      ],
    },
    {
      name: 'PainIntent',
      samples: [
        "it's too sore to keep going [on this spot]",
        "it's giving me a lot of pain",
        "it's paining too much",
        "my back hurts more now [that I'm doing this]",
        "(that's|it's|this is) (tender|uncomfortable|too sore)",
        '(this|that) spot is too (sore|tender|painful)',
        "it's paining [a lot]",
        "(the roller's|the ball's|it's|the roller is|the ball is) hurting my (back|neck|shoulder|foot|hip)",
        '(that|it) kills',
        "I'm in pain [on this step]",
        "(it's|it is) (starting to hurt|getting sore|uncomfortable and starting to hurt)",
        'it aches when I (lean into it|press|roll|lie on it)',
        "(that|it|this) (hurts|really hurts|is hurting|'s hurting|hurt me|hurts me) [too much|a lot|so much|right now|a lot right now|now|when I roll on it|there]",
        "(that's|it's|this is) (really|too|so|way too|) (painful|sore|intense|hard) [right there|right now]",
        'that pressure is too (painful|much|hard)',
        '(this|it) is hurting my (arch|heel|foot|back|neck|shoulder)',
        "(ouch|ow) that's a (sore|tender|painful) spot",
        '(this|that|it) really hurts right now',
        "it's (painful|sore|tender) on (that|this) (knot|spot)",
        "(it's|it is|that's|this is|it) (starting|beginning|started) to (hurt|get painful|be painful)",
        "(it|that) hurts (more|worse) when I (press|press on it|push|touch it|roll on it)",
        "(ow|ouch) (that|it) hurts too much",
        "(the ball|the roller|the foam roller|the massager|it|this|that) (is hurting me|hurts me|is hurting my back)",
        "(that|it|this) (really hurts|'s pinching|is pinching|pinches|stings|'s too much|is too much|'s too painful|'s really sore)",
        "[a] sharp pain in my (back|lower back|neck|shoulder) [when I (press|press on it|roll|push|move)]",
        "(I feel|I've got|I have|I get) a (sharp|stabbing|shooting) pain (when I press|when I roll|when I push|in my back)",
        "(ow ow|ouch ouch|ow ow ow|ow ouch) (that hurts|it hurts)",
        "(that's|it's|this is) (way|far|a bit|) too (hard|intense|strong|painful) [right now|for me]",
        "(it|that|this) (hurts|is hurting|'s hurting) more than it should",
        "it hurts when I (roll|lie|press) on (that|this) spot",
        "(that|this) (spot|area|part|bit) is (really|so|very|super|) (tender|sore|painful)",
        "(this|the) (foam roller|roller|ball|tennis ball|massager) (really|) hurts",
        "(the ball|the roller|it) is (digging|pressing|poking) into my (spine|bone|backbone|hip bone|ribs)",
        "(owie|yikes|oof|ow ow|ouch ouch) [that's sore|that hurts]",
        "(I just felt|I felt|I just got|I just had|I'm getting) a (sharp|sudden|stabbing) pain",
        "(it|that) (hurts|really hurts|is sore|'s sore) (when I|if I) (press on it|press it|press there|press down|push on it|touch it|lean on it|roll on it|lie on it|press hard|do that|press|push|move)",
        "(ow|ouch|okay|hey|whoa|um) (that hurts|it hurts|that's painful|that's too much|it's too much|that's sore|that really hurts|that hurt|too much pressure)",
        "(that's hurting|it is paining|it is hurting|it is hurting a lot|it's paining|that's too much pressure it hurts|it hurts|that hurts|this hurts|it's painful|that's painful|this is painful|ouch|ow|ouch that hurts|ow that hurts|stop it hurts|stop that hurts|it hurts too much|that's too painful|it's too painful|this is too painful|it's too much|that's too much|too much pressure|that's too much pressure|it really hurts|that really hurts|this really hurts|I'm in pain|I feel a sharp pain|I felt a sharp pain|I have a sharp pain|I've got a sharp pain|that's a sharp pain|a sharp pain|sharp pain|the pain is getting worse|it's getting worse|it's making it worse|that made it worse|this is making it worse|it hurts a lot|that hurts a lot|I'm hurting|ow that's sore|that's sore|that's really sore|it's hurting|it's hurting me|this is hurting me|that's hurting me|you're hurting me|it's hurting a lot|that hurt|that really hurt|ow that hurt|ouch that hurt|it hurts when I do that|it hurts when I press|it hurts when I roll|it hurts when I lie on the ball|the ball hurts|the roller hurts|that pressure hurts|the pressure hurts|pressing hurts|it stings|that stings|it's too sore|it's too intense|that's too intense|that's too hard|it's too hard|ow ow|ow ow ow|ouch ouch|it's sore|this hurts a lot|this is really painful|that's really painful|it's really painful|I felt something pop|something popped|I felt a pop|I felt a twinge|I felt something twinge|that pinches|it pinches|I feel a pinch|that was painful|ow that's painful|ouch that's sharp|that's sharp|it's sharp|it's a sharp pain|it burns|that burns|it's burning)",
      ],
    },
    {
      name: 'PregnancyIntent',
      samples: [
        'is it (ok|okay|safe) to (foam roll|use a foam roller|use the tennis ball) (during pregnancy|while pregnant)',
        'my baby is due (in (january|february|march|april|may|june|july|august|september|october|november|december)|soon|next month)',
        "(I'm expecting|I'm pregnant) can I still use (the ball|the foam roller|heat) [on my back]",
        `(I'm pregnant|I am pregnant|I'm expecting|my wife is pregnant) (${PREG_ASK}|${SAFE_MINI}|can I still (do this|use the ball|use the foam roller|use heat)|(and|but) my (back|lower back) (hurts|aches|is sore|is killing me)|what's safe|what massage is safe|will it hurt the baby|is it safe for the baby|can I use (oils|essential oils))`,
        `(we're expecting|my partner is pregnant|I'm in my (first|second|third) trimester) [${PREG_ASK}]`,
        `(I'm|I am) (one|two|three|four|five|six|seven|eight|nine) months pregnant [is (this|it) (safe|okay)|can you massage my back|and my back (hurts|aches)]`,
        `[I'm|I am] ${NUM_WEEKS} weeks along`,
        "(I am|I'm) with child",
        `I'm ${NUM_WEEKS} weeks pregnant [is (this|it) safe|can you massage my back|and my back (hurts|aches)]`,
        `(is it (okay|safe) to massage my (back|lower back|neck)|can I massage my back|can you massage my back|is it (safe|okay)|is (this|massage) (safe|okay)|can I do this|can I use (a foam roller|a tennis ball|heat|essential oils)|is it (okay|safe) to (do this|do self massage|use a tennis ball|use heat|do a massage)) ${PREG_AFTER}`,
        "[oh|so|also|but|actually|by the way] (I'm pregnant|I am pregnant|I'm expecting|I'm expecting a baby|I'm having a baby|we're expecting|I think I'm pregnant|I think I might be pregnant|I might be pregnant|I could be pregnant|I just found out I'm pregnant|I'm heavily pregnant|I'm in my third trimester|I'm in my second trimester|I'm in my first trimester|I'm due soon|pregnant|pregnancy|I have a baby on the way|my wife is pregnant|my partner is pregnant|she's pregnant)",
        "(is it safe|is it okay|is this safe|is this okay|is massage safe|is massage okay|can I do this|can I massage|can I do self massage|can I use a tennis ball|can I use a foam roller|can I use heat|can I use essential oils|is it safe to massage my back|can I massage my back|can I massage my wife|is self massage safe) (when you're pregnant|when I am pregnant|while I am pregnant)",
        "can (pregnant women|a pregnant woman) (use|do|have) (a foam roller|a tennis ball|heat|this|massage|self massage)",
        "(massage|back massage|back pain|massaging|heat|essential oils) (during pregnancy|while pregnant|in pregnancy|when pregnant|for pregnant women)",
        "(pregnancy back pain|pregnancy massage|prenatal massage|pregnant back pain|back pain in pregnancy|what about pregnancy|what about pregnant women|what if I'm pregnant|is this okay for a pregnant woman|is it safe for pregnant women|can pregnant women do this|can pregnant women massage|can I massage my pregnant wife|my pregnant wife's back hurts|my wife is pregnant can I massage her back|back massage in pregnancy|massage when expecting|is it safe during pregnancy|is this safe during pregnancy|can I do this while pregnant|can I massage while pregnant|is massage safe when pregnant|is it okay to massage my back while pregnant|massage during pregnancy|can I use a tennis ball while pregnant|can I use a foam roller while pregnant|is it okay to use a tennis ball when you're pregnant)",
      ],
    },
    {
      name: 'OilIntent',
      slots: { need: 'OIL_NEED' },
      samples: [
        'any (oil|massage oil) recommendations',
        "(any|an) (oil|massage oil) (you'd recommend|you recommend|you would recommend|you suggest)",
        "what's (an|a good) oil for {need}",
        "(suggest|recommend|can you suggest|can you recommend|please suggest|kindly suggest) (an oil|a massage oil|an essential oil|some oil|a good oil) for {need}",
        "(which|what) {need} (is best|is the best|is good|is better|do you recommend|should I get|works best|do you reckon|would you recommend|is good for massage)",
        "(can I use|could I use|can I just use|is it okay to use|is it ok to use|can we use|should I use) {need}",
        "(which|what) (massage oil|oil) (do you reckon|would you suggest|do you suggest|is good|is best|works best)",
        "(what oil should I use|which oil should I use|what oil do I use|which oil do I use|what oil can I use|which oil can I use|what oil do you recommend|which oil do you recommend|what oil would you recommend|what oils do you recommend|what's a good oil|what's a good massage oil|what is a good massage oil|what's the best oil|what's the best massage oil|what is the best massage oil|what is the best oil|best massage oil|best oil|what oil is good for massage|what oil is best for massage|what oils are good|what oil is good|good massage oils|do you recommend an oil|can you recommend an oil|could you recommend an oil|recommend an oil|recommend a massage oil|recommend me an oil|recommend some oil|suggest an oil|suggest a massage oil|can you suggest an oil|should I use oil|should I use massage oil|should I use an oil|should I use some oil|do I need oil|do I need massage oil|do I need to use oil|do I have to use oil|is oil necessary|do I need any oil|tell me about massage oils|tell me about oils|tell me about massage oil|oil recommendations|massage oil recommendations|oil advice|massage oil|massage oils|oils|which essential oil helps|what essential oil is good for back pain|which essential oil should I use|what essential oils are good|tell me about essential oils|what oil should I use on sensitive skin|what about oil|what about oils|what oil goes with this|can I use oil|can I use massage oil|should I put oil on|should I put some oil on|do I put oil on|what should I put on my skin|what should I rub on|what lotion should I use|should I use lotion|which oils help|what oils help|help me pick an oil|help me choose an oil|which oil is better|what massage oil should I buy|what oil should I buy|oil)",
        "(oil for|an oil for|a good oil for|oils for|massage oil for|best oil for|the best oil for|which oil for|what oil for|what oil is good for|what oils are good for|which oil is good for|which oil is best for|what oil is best for|what's the best oil for|what is the best oil for|what's a good oil for|is there an oil for|do you have an oil for|recommend an oil for|can you recommend an oil for|what oil should I use for|which oil should I use for|what oil do I use for|what should I use for|what oil helps with|which oil helps with|what oil helps|which oil helps|what essential oil is good for|which essential oil is good for|an essential oil for|essential oil for|essential oils for|what oil works for|what oil works best for|what oil do you recommend for|which oil do you recommend for) {need}",
        "(what oil should I use if I have|which oil should I use if I have|what oil should I use with|which oil for|what oil if I have|what if I have|what can I use if I have|what can I use with|I have|I've got) {need} (what oil should I use|which oil should I use|what oil|which oil|what can I use|what should I use)",
        "(is there an oil that|which oil|what oil|is there an oil to|an oil that|any oil that|do you have an oil that|what's an oil that|something that|an oil to) (helps me|helps|will help me|would help me|can help me|can help) {need}",
        "(a|an|some|) {need} oil [please]",
        "(what's a|what is a|which|what|recommend a|recommend an|suggest a|is there a|do you have a|which is the best|what's the best|what's a good|what is a good|which is a good) {need} (oil|massage oil)",
        "(which|what|what kind of|which kind of) {need} should I (use|get|buy)",
        "(what can I use|what do I use|what should I use|can I massage|can I do it|can I do this|is there something I can use|what else can I use) {need}",
        "{need} [what can I use|what should I use|what do I use|what now|what else can I use] [instead]",
        "(what|which oil) (should|do|can) I {need} with",
        "(what's a good|what is a good|what's the best|which is the best|recommend a|suggest a|which|what|tell me about|explain) {need} [should I use|to use|for massage]", "(what is|what are) {need} (oil|oils|massage oil)",
        "(what|which) (oil|massage oil) should I use (if I have|if I've got|with|for|since I have) {need}",

      ],
    },
    {
      name: 'SleepAdviceIntent',
      samples: [
        "what's the best way to sleep with (lower back|back|neck) pain",
        'should I put a pillow between my knees [at night]',
        'any tips for sleeping with a (stiff|sore) (neck|back)',
        "what's a good sleeping position for a (bad|sore|stiff) (back|neck)",
        'how (do|should) I sleep with a (stiff|sore|bad) (neck|back|lower back)',
        "what's the best way to sleep (with a bad back|with back pain|with a sore back)",
        "how should I sleep so my back (doesn't hurt|won't hurt|isn't sore) [in the morning]",
        "(which|what) (sleeping position|position to sleep in) (is good|is best|is better) for (back pain|my back|a sore back|lower back pain)", "(what's the best|what is the best) (sleeping position|position to sleep in|way to sleep) (for back pain|for my back|for a sore back|with back pain)",
        "(what's the best sleeping position for a sore back|what's the best sleeping position for a bad back|what's the best sleeping position for lower back pain|how can I sleep with back pain|how do I sleep with back pain|how should I sleep with back pain|how to sleep with back pain|best sleeping position for back pain|best sleeping position|what's the best sleeping position|what's the best sleeping position for my back|what's the best sleeping position for back pain|what's the best position to sleep in|what is the best sleeping position|what's the best way to sleep|what position should I sleep in|which position should I sleep in|what position is best for sleeping|how should I sleep|how do I sleep|how should I sleep tonight|how should I sleep with a sore back|how should I sleep with a bad back|how should I sleep with lower back pain|how can I sleep better|help me sleep with back pain|sleeping with back pain|tips for sleeping with back pain|any tips for sleeping|any tips for sleeping with back pain|any tips for sleeping with a bad back|sleep tips|sleeping tips|give me sleeping tips|how can I sleep better with a sore back|how to sleep with a bad back|what's the best way to sleep with back pain|sleep advice|sleeping advice|sleeping position|sleeping positions|how do I get to sleep with back pain|how can I sleep with a sore back|how do I sleep with a sore back|how do I sleep with a bad back|how do I sleep with lower back pain|what pillow position helps my back|best way to sleep with lower back pain|best way to sleep|help me sleep|should I sleep on my back|should I sleep on my side|should I sleep on my stomach|should I sleep on my back or my side|is it better to sleep on my back|is it better to sleep on my side|is sleeping on my stomach bad|can I sleep on my stomach|where should I put a pillow when I sleep|should I sleep with a pillow between my knees|should I sleep with a pillow under my knees|what mattress is best for back pain|is a firm mattress better|what kind of mattress should I get|what pillow should I use|how should I sleep with a stiff neck|how do I sleep with neck pain|what's the best sleeping position for neck pain|how should I sleep for my neck|how do I sleep without hurting my back|how can I sleep without back pain)",
      ],
    },
    {
      name: 'LyingAdviceIntent',
      samples: [
        "what's the best (position to lie in|lying position) [for back pain]",
        'how should I be lying down [for this]',
        'is lying flat on the floor good for my back',
        'should I (have|keep) my knees bent when (lying on the floor|lying down|I lie down)',
        "how should I lie when I'm using the (tennis ball|ball|foam roller|roller)",
        'how (should|do) I lie on the (ball|tennis ball|roller|foam roller)',
        "what's a good position to lie in [when my back is sore|when my back hurts|with back pain]",
        "is it better to lie on my (side|back|front) or my (side|back|front)",
        "(how should I lie|how should I lie down|how do I lie|how do I lie down|what position should I lie in|what's the best way to lie down|what is the best way to lie down|what is the correct way to lie down|what's the correct way to lie down|what's the best position to lie in|which position should I lie in|how should I rest) (to rest my back|when my back is sore|when my back hurts|with a sore back|with back pain|with lower back pain|with a bad back|for my back|if my back hurts|for back pain)",
        "(what's the best way to lie down with back pain|what's the best way to lie down with a sore back|is it better to lie on my back or my side|is it better to lie on my back or my stomach|how should I lie with lower back pain|how should I lay with lower back pain|how should I lie down with back pain|how should I lie with back pain|how should I lay with back pain|how should I lay down|how should I lie down|how should I lie|how should I lay|how do I lie down|how do I lay down|how do I lie|how to lie with lower back pain|how to lay with lower back pain|how to lie down|what's the best way to lie down|what's the best way to lie|what's the best way to lay down|what's the best way to lie on the floor|what is the best way to lie down|best position to lie in|best position to lie down with back pain|best way to lie down|should I lie on my back or my side|should I lie on my back or my stomach|should I lie on my stomach|should I lie on my back|should I lie on my side|should I lie down|should I lay on my back|should I lay on my stomach|should I lay down|is it better to lie on my back|is it better to lie on my side|is it better to lie down|how do I lie down with a sore back|what position should I lie in|what position should I lay in|which position should I lie in|what position should I be in|what position do I lie in|how should I position myself|how do I position myself|how should I lie on the floor|how do I lie on the floor|how do I lie down to rest my back|how should I rest|how to rest with back pain|lying down with back pain|what position eases lower back pain|what position helps back pain|what position helps my back|what position relieves back pain|best resting position for back pain|best resting position|how should I rest my back|how can I rest my back|how can I lie comfortably|how can I get comfortable|how do I get comfortable|position for lower back pain|which position is best for lower back pain|what's the best position for lower back pain|what's the best position for back pain|where should I put a pillow|should I put a pillow under my knees|should I put a pillow under my back|should I bend my knees|should I lie with my knees bent|should I lie flat|how do I lie for this|how should I lie for this|lying position|resting position)",
      ],
    },
    {
      name: 'HowOftenIntent',
      samples: [
        'is it (ok|okay|safe|fine) to do this every day',
        "(how often should I do|how often can I do|how often do I do|how many times in a week should I do|how many times a week should I do|how many times in a day should I do|how many times per week should I do|how many times should I do) (massage|self massage|this|it|the massage|this massage|this routine|these exercises)",
        "(how many times a week should I massage my back|how many times a week should I do this routine|how often should I massage|how often should I get a massage|how often should I massage my back|how often should I massage my neck|how often should I get a massage for back pain|how often can I do this|how often should I do this|how often do I do this|how often should I do it|how often can I do it|how often should I do these|how often should I do this massage|how often can I do this massage|how often can I massage my back|how often can I massage|how many times a week should I massage|how many times a week should I do this|how many times a week can I do this|how many times a week|how often should I do self massage|how often should I self massage|can I massage every day|can I do this every day|can I do it every day|can I do this daily|should I do this every day|should I massage every day|should I do it every day|is it okay to do this every day|is it okay to massage every day|is it safe to do this every day|how frequently should I massage|how frequently should I do this|how frequently can I do this|how long should I massage|how long should I massage for|how long should a massage be|how long should a massage last|how long should each massage be|how many times a day can I do this|how many times a day should I do this|how often is too often|is it okay to massage daily|how often do I need a massage|how often should I do this routine|how often can I do this routine|how often|how regularly should I massage|how regularly should I do this|can I do this twice a day|can I do this more than once a day|can I do it twice a day|how often can I use a foam roller|how often can I use a tennis ball|how often should I use the tennis ball|how often should I use the foam roller|how often should I use a tennis ball|how often should I use a foam roller|how often should I roll|how many minutes should I massage|how many minutes a day|how long each day|when should I do this again|when can I do this again|when should I massage again|when can I massage again|how soon can I do this again|how long should I wait before doing this again|can I do this again tomorrow|should I do this again tomorrow)",
      ],
    },
    {
      name: 'BenefitsIntent',
      samples: [
        'why is (self massage|massage|this) (helpful|good for me|good for you)',
        'what are the benefits of massage [anyway]',
        'what are the good things massage does [for you]',
        'what good does (this|massage|this massage|a massage) do [me|for me]',
        "what's (massage|self massage) good for [anyway|really]",
        "(what is the use of|what's the use of|what is the purpose of|what's the purpose of|what good is|what is the point of|what is the benefit of|what are the uses of) (massage|self massage|this massage|this|massaging|doing this|this routine)",
        "(what are the benefits of self massage|what are the benefits of massage|what are the benefits|what's the benefit|what is the benefit|what's the point|what's the point of massage|what are the benefits of this|benefits of massage|benefits of self massage|why should I massage|why should I do this|why would I do this|is self massage good for me|is massage good for me|is massage good for you|is self massage good for you|is this good for me|is this good for my back|does self massage help|does massage help|does massage really help|does massage actually help|does this help|does this actually help|does this really help|does it help|does it work|does it really work|does massage work|does massage really work|does self massage work|does massage help back pain|does massage help with back pain|does massage help my back|why is massage good|why is massage good for me|why is massage good for you|why is self massage good|what does massage do|what does massage do for me|what does massage do for my back|what does massage do for you|what does self massage do|what does this do|what does this do for me|how does massage help|how does massage help my back|how does this help|how does it help|is massage good for back pain|does this really work|will this help my back|will this help|will it help|will massage help|how will this help|why massage|what's good about self massage|what's good about massage|does massaging help|does rolling help|is massage worth it|is it worth it|can massage help me sleep|does massage help circulation|what is self massage good for|what is massage good for|what's massage good for|tell me the benefits|tell me the benefits of massage|tell me about the benefits|what are the health benefits of massage|is massage healthy|is massage good for stress|does massage help with stress|does massage reduce stress|can massage help|can massage help my back|how can massage help|how can massage help me|why does massage help|why does massage feel good)",
      ],
    },
    {
      name: 'MassageTypeIntent',
      samples: [
        'tell me about (different|the different) (kinds|types|sorts) of massage',
        "(which massage is best for back pain|what massage is best for back pain|what type of massage is best|what type of massage should I get|what type of massage is best for me|what type of massage is best for back pain|what kind of massage is best|what kind of massage is best for me|what kind of massage is best for back pain|what kind of massage should I get|which kind of massage should I get|which type of massage should I get|which type of massage is best|what type of massage is best for lower back pain|what kinds of massage are there|what types of massage are there|what are the types of massage|what are the different types of massage|what are the different kinds of massage|what kinds of massages are there|what types of massages are there|which massage should I book|which massage should I get|what massage should I book|what is the best massage|what's the best massage|what massage should I get for my back|what massage should I get|what's the best kind of massage|what's the best type of massage|what is the best type of massage|best type of massage for back pain|best kind of massage for back pain|best massage for back pain|which massage therapy helps back pain|kinds of massage|types of massage|different types of massage|different kinds of massage|massage types|what massage style is best|what style of massage is best|which massage style is best|should I get a deep tissue or swedish massage|should I get deep tissue or swedish|which is better deep tissue or swedish|deep tissue or swedish|swedish or deep tissue|what massage works best|what is the best massage for back pain|what's the best massage for back pain|which massage helps most|what massage do you recommend|which massage do you recommend|what type of massage do you recommend|what kind of massage do you recommend|what's the difference between massage types|what's the difference between massages|what's the difference between deep tissue and swedish|what is the difference between the massage types|which massage is right for me|what massage is right for me|which massage is best for me)",
      ],
    },
    {
      name: 'AdviceIntent',
      slots: { topic: 'ADVICE_TOPIC' },
      samples: [
        '{topic}',
        "(does|do|will) {topic} (work|really work|actually work|help)",
        "(does|do|will|would|should) {topic} (hurt|be painful|be sore)",
        "what {topic}",
        "(what is|what are) (a|an) {topic}",
        "(is|are|should) {topic} (supposed to hurt|meant to hurt|going to hurt|painful|supposed to be painful|meant to be painful)",
        "(how do I|how to|how can I|how should I|can you teach me to|show me how to) (work out|release|get rid of|massage|find|loosen|break up|deal with|treat) {topic}",
        "(is|are|would|will) {topic} (good for sore muscles|good for back pain|good for my back|good for aches|good for stiffness|any good|worth it|worth trying|safe|helpful|good for recovery|good after a workout|good for me)",
        "(can I do|can I try|can I have|can I get|could I do|is it possible to do|how do I do|can I give myself) {topic} (at home|myself|on myself|by myself|without a therapist|alone)",
        "(should I|tell me about|tell me more about|what's|explain|can you explain|could you explain|explain to me|how does|how do|how do I do|how do I do an|how do I do a|how to do|how to do a|how do I|how should I|how can I|is|are|should I try|should I do|should I use|should I get|should I try a|should I get a|advice on|tips on|tips for|what about|how about|help with|help me with|teach me|teach me about|guide me through|give me|I want|I'd like|what do you know about|what do you think about|what's the deal with|what does|information on|info on|tell me how to|how do you|what are the benefits of|does|do|can I do|how do I use|how to use|how should I use|what should I know about|is there any advice on|any advice on|any tips on|do you have tips on|do you have any tips on|do you have advice on|I'd like to know about|I want to know about|I want to learn about|teach me how to|show me how to|how do I get|what do I need to know about|can you tell me about|could you tell me about) {topic}",
        "{topic} (please|tips|advice|help|work|mean|explained|for back pain|for my back)",
        "(what is|what's|is|are|explain|tell me about) {topic} (good for back pain|good for my back|good for me|worth it|safe|helpful|any good|massage)",
        "(how does|how do|how should) {topic} (work|feel|help)",
        "(any|give me|give me some|some|do you have any|got any|any good|I'd like some|I want some|can you give me some|can I get some) {topic} [please]",
        "(how hard should I press|how much pressure should I use|how hard do I press|how much pressure|what should I do after a massage|what do I do after a massage|what should I do afterwards|should it hurt|is it supposed to hurt|how do I know if I'm pressing too hard|any advice|give me some advice|do you have any advice)",


      ],
    },
    {
      name: 'HeatOrColdIntent',
      samples: [
        '(heat|hot) or (cold|ice) for a (pulled muscle|strain|sprain|sore back)',
        'do I (heat it or ice it|ice it or heat it)',
        'is it better to put ice or a (hot water bottle|heat pack|heating pad) on it',
        'is it better to put a heat pack or an ice pack on it',
        '(do|should) I use a (heating pad|heat pack|hot water bottle) or an ice pack',
        "should I be (icing|heating) (this|it) or (icing|heating) (it|this)",
        "I should use (heat or ice|ice or heat|heat or cold|cold or heat) [for my back|on it]",
        "is it better to use (a hot pack|heat|a heat pack) or (a cold pack|ice|an ice pack)",
        "(is|which is) (heat or ice|ice or heat|heat or cold|cold or heat|hot or cold) better [for (back pain|my back|a sore back|lower back pain|sore muscles|neck pain|a stiff neck|a sore neck|my neck|stiffness|a pulled muscle|a strain|an injury|my shoulders|a stiff back)]",
        "(should I use|should I put|do I use) (ice or heat|heat or ice|heat or cold) on (my back|it|my neck|my lower back)",
        "(heat or ice|ice or heat|heat or cold|cold or heat|hot or cold|ice or a heating pad|a heating pad or ice|hot or cold fomentation) for (a sore back|back pain|my back|a bad back|lower back pain|a stiff neck|neck pain|sore muscles|this|it)",
        "should I (put|use) (ice|an ice pack) on (it|my back) or heat", "should I (put|use) (heat|a heating pad) on (it|my back) or (ice|cold)",
        "is (a heating pad|heat|a hot water bottle|a heat pack) better than (ice|an ice pack|cold)", "is (ice|an ice pack|cold) better than (heat|a heating pad) [for (a sore back|back pain|my back|a stiff neck|sore muscles|my neck)]", "is (heat|a heating pad) better than (ice|cold) for (a sore back|back pain|my back|a stiff neck|sore muscles|my neck)",
        "(should I use|is it better to use|which is better|what should I use|should I do) (hot or cold fomentation|hot or cold|heat or ice|ice or heat|heat or cold) [for (my back|back pain|a sore back)]",
        "(is ice or heat better for a sore back|is heat or ice better for a sore back|is ice or heat better for my back|is heat or ice better for my back|is a hot water bottle or an ice pack better|is an ice pack or a heating pad better|is a heating pad or an ice pack better|should I use heat or ice|should I use ice or heat|should I use heat or cold|should I use cold or heat|should I use heat|should I use ice|should I use cold|should I use a heating pad or ice|should I use an ice pack or heat|should I use an ice pack|should I use a heating pad|should I ice|should I ice it|should I ice my back|should I heat it|should I heat my back|should I put heat on it|should I put ice on it|should I put heat or ice on it|should I put heat or ice on my back|should I put ice or heat on my back|should I put ice on my back|should I put heat on my back|should I try heat|should I try ice|should I try heat or ice|is ice or heat better|is heat or ice better|is heat or cold better|is cold or heat better|is heat better than ice|is ice better than heat|is heat better than cold|is cold better than heat|is heat better|is ice better|is cold better|which is better heat or ice|which is better ice or heat|which is better heat or cold|which is better hot or cold|what's better heat or ice|what's better ice or heat|what's better hot or cold|what's better heat or cold|what is better heat or ice|heat or ice|ice or heat|heat or cold|cold or heat|hot or cold|cold or hot|hot or cold for back pain|heat or ice for back pain|ice or heat for back pain|heat or cold for back pain|heat or ice for my back|ice or heat for my back|heat or ice for a stiff neck|heat or cold for a stiff neck|heat or ice for sore muscles|do I need heat or ice|do I need cold or heat|do I need ice or heat|do I need heat or cold|do I need cold or heat for a stiff neck|do I need heat or cold for my back|when should I use ice|when should I use heat|when should I use cold|when do I use ice|when do I use heat|when to use ice|when to use heat|when to use heat or ice|when should I use heat or ice|when should I use ice or heat|when is heat better|when is ice better|what's the difference between heat and ice|what's the difference between heat and cold|do I ice or heat|do I ice it or heat it|ice it or heat it|heat it or ice it|should I ice it or heat it|should I heat it or ice it|would heat help|would ice help|will heat help|will ice help|does heat help|does ice help|does heat help back pain|does ice help back pain|is heat good for back pain|is ice good for back pain|is heat good for my back|is ice good for my back|is heat good for a stiff neck|is cold good for back pain|can heat help|can ice help|heat or ice which one|which one heat or ice|what should I use heat or ice|tell me about heat and ice|heat versus ice|ice versus heat|heat vs ice|ice vs heat|hot or cold therapy|cold or heat therapy|heat therapy or cold therapy|cold therapy or heat therapy|which therapy heat or cold)",
      ],
    },
    {
      name: 'SelfCareIntent',
      samples: [
        'any stretches for my (lower back|back|neck)',
        'what else can I do to look after my back',
        "what (stretches|exercises) are good for (my back|my lower back|back pain|my neck)",
        "(what|which) (stretches|exercises) (help|helps|help with|are good for|work for) (back pain|neck pain|my back|my neck|a sore back)",
        "is there anything else I can do (besides massage|apart from massage|other than massage)",
        "(how do I|how can I|how to) (keep|stop) (my back pain|the pain|back pain|it) (from coming back|coming back)",
        "(how do I|how can I|what can I do to|how to) (keep|stop) my (back|lower back|neck) from (hurting|getting sore|getting stiff) [again]",
        "(how do I|how can I|what can I do to|how to|what should I do to|help me) (keep my back from hurting|stop my back from hurting|stop my back hurting|keep my back healthy|look after my back|take care of my back|avoid back pain|strengthen my back|prevent my back from hurting|stop back pain|keep back pain away|stop it coming back|stop the pain coming back|keep my back strong|protect my back|stop my back getting sore|prevent back pain coming back)",
        "(what exercises help a bad back|what exercises help a sore back|how can I stop my back pain coming back|how do I stop my back pain from coming back|how do I stop my back from getting sore|how can I stop my back from getting sore|how do I stop my back from hurting|what exercises help back pain|what exercises help my back|what exercises help lower back pain|what exercises are good for back pain|what exercises are good for my back|what exercises are good for lower back pain|what exercises should I do|what exercises should I do for my back|which exercises help back pain|which exercises should I do|what stretches help back pain|what stretches help my back|what stretches should I do|what stretches are good for my back|what stretches are good for back pain|are there any exercises for my back|are there any stretches for my back|are there exercises for back pain|any exercises for my back|any exercises for my lower back|any exercises for back pain|any stretches for my back|any stretches for back pain|any stretches for my neck|exercises for back pain|exercises for my back|exercises for lower back pain|stretches for back pain|stretches for my back|stretches for lower back pain|back exercises|back stretches|give me some exercises|give me some stretches|give me exercises for my back|how can I prevent back pain|how do I prevent back pain|how to prevent back pain|how can I avoid back pain|how do I avoid back pain|how can I stop back pain coming back|how do I stop my back pain coming back|how can I stop it coming back|how do I keep it from coming back|how can I keep my back healthy|how do I keep my back healthy|how to keep my back healthy|how can I look after my back|how do I look after my back|how should I look after my back|how can I look after my neck|how do I look after my neck|how can I take care of my back|how do I take care of my back|how do I take care of my neck|what else can I do for my back|what else can I do for back pain|what else can I do for my neck|what else helps|what else helps back pain|what else should I do|what else should I do for my back|what can I do every day for my back|what should I do every day for my back|what should I do every day|what can I do every day|what can I do to prevent back pain|what can I do to help my back|what can I do to strengthen my back|how can I strengthen my back|how do I strengthen my back|how do I strengthen my core|strengthening exercises|core exercises|what about exercise|should I exercise|should I exercise with back pain|can I exercise with back pain|should I stay active|should I rest or exercise|should I rest or keep moving|is walking good for back pain|is walking good for my back|is yoga good for back pain|does yoga help back pain|should I do yoga|daily care|daily care tips|daily back care|back care tips|self care tips|self care for my back|self care|back care|how do I improve my posture|how can I improve my posture|posture tips|tips for good posture|how should I sit|how should I sit at my desk|how do I sit properly|how should I lift things|how do I lift properly|how to lift without hurting my back|long term advice for my back|how do I get rid of back pain for good|how do I fix my back for good|what helps back pain long term|how can I keep my back from hurting)",
      ],
    },
    {
      name: 'ColdTherapyIntent',
      slots: { rounds: 'AMAZON.NUMBER', duration: 'AMAZON.DURATION' },
      samples: [
        'set a cold timer',
        "let's do a round with the ice pack",
        'start (an|the) (ice|cold|ice pack) timer',
        "(let's do|do) {rounds} rounds with (the ice pack|an ice pack|ice)",
        "(do|start|set|give me) {rounds} rounds of (cold|ice|cold therapy) please",
        "(ice|cold) my back for {duration} {rounds} rounds",
        "start cold therapy {rounds} (round|rounds) of {duration}",
        "[just|only] {rounds} round of (cold|ice|cold therapy) [please]",
        "(start|do|I want|let's do|give me) [just] {rounds} round of (cold|ice) [please]",
        "[start|do|set up|use] (cold pack|ice pack|cold compress|frozen peas) for {duration}",
        "(set up|can you set up|give me|let's do|can you time) {rounds} (round|rounds) of (cold therapy|cold|ice) [for] {duration} [each]",
        "[set up|start|do|let's do] {rounds} (round|rounds) of (ice|cold|cold therapy) {duration} each",
        "(kindly|please) (start|do) (cold therapy|ice|an ice pack) for {duration}",
        "{rounds} (round|rounds) of (cold|ice|cold therapy) please",
        "(start|do|let's do|I want|I'd like|can you start|give me|time) (cold therapy|ice|icing|an ice pack|a cold pack|my ice pack|my cold pack|a cold therapy cycle|cold|some ice|ice therapy|an ice pack timer|a cold pack timer|a round of ice|a round of cold therapy|cold therapy timers)",
        "(ice|put ice on|put an ice pack on|put a cold pack on) (my back|my lower back|my upper back|my neck|my shoulders|it)",
        "(I want to|I'd like to|let's|I need to|can I|time to|can you help me) (ice|put ice on|put some ice on|put an ice pack on) (my back|my lower back|my neck|it)",
        "(I want to|I'd like to|let's|I need to|time to) (ice|use ice|use an ice pack|do cold therapy|try cold therapy|start icing|ice it)",
        "(cold therapy|ice pack timer|cold pack timer|icing timer|ice timer|ice therapy|cold pack please|ice pack please|ice please|cold therapy please|start icing|let's ice it|ice it|I'm putting ice on my back|I'm icing my back|continue cold therapy|the rest of my cold therapy|set the rest of the rounds|start the next round|another round of ice|one more round of ice|set an ice pack timer|start an ice pack|set a cold pack timer|time my ice pack|time my cold pack)",
        "[start|do|let's do|I want|I'd like|can you do|can you start|set|set up|give me] {rounds} (round|rounds) of (cold therapy|cold|ice|icing|ice pack|cold pack)",
        "[start|do|I want] {rounds} (cycles|times|sets) of (cold therapy|ice|cold|icing)",
        "[start|do|I want] {rounds} (cold therapy|cold|ice|icing|ice pack) (rounds|cycles|timers)",
        "(ice my back|ice my lower back|ice it|ice|put ice on my back|cold therapy) {rounds} times",
        "set {rounds} (ice pack timers|cold pack timers|ice timers)",
        "[start|do|I want|can you do|set up|time] (cold therapy|cold|ice|icing|an ice pack|ice pack|a cold pack|the ice pack|a round of ice) for {duration}",
        "[I want to|can you] (ice|put ice on|put an ice pack on|put a cold pack on) (my back|my lower back|my upper back|my neck|my shoulders|it) for {duration}",
        "(set|start) (an|a) (ice pack|cold pack|ice|cold therapy) timer for {duration}",
        "{duration} of (cold therapy|ice|icing|cold)",
        "(put an ice pack on|put ice on|put a cold pack on|put the ice pack on|ice) for {duration}",
        "(cold therapy|ice|icing) {rounds} (rounds|times) [of] {duration} [each]",
        "(can you|could you|please|will you) time (my|the) (ice pack|cold pack|ice|cold therapy)",
        "(I want to use|I'd like to use|can I use) (an ice pack|a cold pack|ice) on (my back|my lower back|my neck|my shoulders|it)",
        "(I want to use|I'd like to use|let's use|use) (an ice pack|a cold pack|ice) for {duration}",
        "[start|do|I want|I'd like|can you do|set] {rounds} (round|rounds) of (cold therapy|cold|ice) [for] {duration} [each]",
        "[start|do|let's do|I want|set] {rounds} (round|rounds) of {duration} (of|) (cold therapy|ice|cold)",
        "(ice my back|ice|cold therapy) {rounds} times (for|) {duration} [each]",
        "[start|do|I want] (cold therapy|ice) for {duration} {rounds} times",
      ],
    },
    {
      name: 'HeatTherapyIntent',
      slots: { duration: 'AMAZON.DURATION' },
      samples: [
        'I want to do a heat session',
        "(time|can you time) my (heat|heat pack|heating pad) for {duration}",
        "[please|can you] (warm|warm up|heat) (my back|my lower back|my neck|my shoulders|it) for {duration}",
        "(warm up|heat|soothe|relax) (my back|my lower back|my neck|my shoulders) with (heat|a heating pad|a heat pack|a hot water bottle) [for {duration}]",
        "(I'd like to|I want to|can I) use (some heat|heat|a heating pad) on (my back|my neck|it)",
        "(warm compress|a warm compress|hot compress|a hot compress|heat pack|a heat pack|heating pad|a heating pad|hot water bottle|a hot water bottle|hot fomentation|fomentation|some heat|heat) please",
        "(kindly|please) (start|do) (hot fomentation|fomentation|heat therapy|a hot compress|a warm compress) [for {duration}]",
        "(start|do|I want) (hot fomentation|fomentation|a hot water bag|a wheat bag) [for {duration}]",
        "(start|begin|do|let's do|I want|I'd like|can you start|give me|time|can you time|I want to use|use) (heat therapy|heat|some heat|a heating pad|my heating pad|the heating pad|a heat pack|a hot water bottle|my hot water bottle|a heat wrap|a warm compress|a hot compress|a heat timer|a heating pad timer|warmth)",
        "(heat|warm up|put heat on|put a heating pad on|put a hot water bottle on|put a heat pack on) (my back|my lower back|my upper back|my neck|my shoulders|it)",
        "(I want to|I'd like to|let's|I need to|can I|time to) (heat|warm up|put heat on|put a heating pad on) (my back|my lower back|my neck|it)",
        "(heating pad timer|heat pack timer|heat therapy|hot water bottle timer|heat wrap timer|heat pad timer|start heat|start warming my back|heat please|heat therapy please|I want to use heat|I'm using a heating pad|set a heat timer|set a heating pad timer|timer for my heating pad|timer for my hot water bottle|heat timer|warm my back|start a heat pack|time my heating pad|time my hot water bottle)",
        "[start|do|I want|use|can you do|time] (heat therapy|heat|some heat|a heating pad|heating pad|the heating pad|a heat pack|a hot water bottle|a warm compress|warm compress) for {duration}",
        "[I want to|can you] (heat|put heat on|put a heating pad on) (my back|my lower back|my upper back|my neck|my shoulders|it) for {duration}",
        "(set|start) (a|the) (heat|heating pad|heat pack|hot water bottle|heat therapy) timer for {duration}",
        "{duration} of (heat|heat therapy)",
        "(heat pack|heating pad|hot water bottle|heat wrap|put the heat on|put heat on|put the heating pad on) for {duration}",
        "(I want to use|I'd like to use|can I use) (a heating pad|a hot water bottle|heat) on (my back|my lower back|my neck|my shoulders|it)",
        "(I want to use|I'd like to use|let's use) (a heating pad|a hot water bottle|heat|a heat pack|the heating pad) for {duration}",
      ],
    },
    {
      name: 'TherapyStatusIntent',
      samples: [
        'is (my|the) timer still (going|running|on)',
        "how long's left on (my|the) timer",
        'how many minutes (are|) left on my (heat pack|ice pack|heating pad|timer)',
        'is there much left on the timer',
        "what's the time left on my (cold|ice|heat) timer",
        'how long until my (ice|heat|cold|ice pack) timer is (done|up|finished)',
        "what's (my|the) timer status",
        "is (my|the) (heat|ice|cold) timer still (going|running|on)",
        "is (my|the) (timer|ice timer|heat timer) (almost|nearly) (done|up|finished|over)",
        "how many minutes (are|) left [on (my|the) (ice|heat|timer|cold therapy|heat therapy|ice pack)]",
        "(how much time is left|how long is left|how much longer) on (my|the) (heat|ice|heating pad|ice pack|cold therapy|heat therapy)",
        "(which|what) (round|round of ice|round of cold) (am I on|am I up to|are we on)",
        "(what|which) (timers|timer) (do I have|have I got|are|is) (running|going|on|set)",
        "(how much time is remaining|how much time is left|how much longer|what is the status|what's the status|how long is left|how many minutes are left) (for|on) (cold therapy|heat therapy|my cold therapy|my heat therapy|the ice|the heat|the timer|my timer)",
        "(what is the status of|what's the status of|status of|check|check on|how is|how's|update on) (my heat therapy|my cold therapy|the heat therapy|the cold therapy|my timer|the timer|my ice pack|my heating pad|my therapy)",
        "(how's my cold therapy going|how's the heat therapy going|how's my heat therapy going|how's the cold therapy going|how is my cold therapy going|how's my ice going|how long's left on the cold pack|how long's left on the ice|how long's left on the heat|how long's left|how much time is left on my cold therapy|is my heat therapy still running|is my cold therapy still running|how long is left|how long is left on the ice|how long is left on my ice pack|how long is left on the cold pack|how long is left on the heat|how long is left on my heating pad|how much time is left|how much time is left on the ice|how much time is left on my ice pack|how much time is left on the cold pack|how much time is left on my heating pad|how much time is left on the heat|how much time is left on my timer|how much time do I have left|how much time have I got left|how long until the ice comes off|how long until the ice pack comes off|how long until the cold pack comes off|how long until the heat comes off|how long until the heating pad comes off|how long until I take the ice off|how long until I can take the ice off|how long until I take the heat off|how long till the ice comes off|how long till the heat comes off|how long till my next round|how long until my next round|how long until the next round|when does the ice come off|when does the ice pack come off|when does the heat come off|when does my heating pad come off|when do I take the ice off|when do I take the ice pack off|when do I take the cold pack off|when do I take the heat off|when do I take the heating pad off|when can I take the ice off|when can I take the heat off|when should I take the ice off|when should I take the heat off|when do I put the ice back on|when does the next round start|how long on the timer|how long left on my timer|how long left on the timer|how long left on the ice|how long left on the heat|how long left|time left|time remaining|how long have I got left|how long do I have left|how long is the ice on for|how long is my timer|check my timers|check my therapy timers|check the timers|check the timer|what's left on my timer|what's left on the timer|when is the next timer|when's the next timer|when's the next round|when is the next round|how many minutes are left|how many minutes left|how many minutes do I have left|is my timer running|is my timer still running|is the timer running|are my timers running|are my timers set|what timers are running|what timers do I have|what timers are set|which timers are running|do I have any timers running|do I have timers running|is the ice timer running|is the heat timer running|therapy status|timer status|cold therapy status|what's the status of my cold therapy|how is my cold therapy going|where am I with the ice|what round am I on|which round am I on|which round is this|what round is this)",
      ],
    },
    {
      name: 'CancelTherapyIntent',
      samples: [
        '(turn|switch) the timer off',
        'get rid of (the|that) timer',
        "(turn off|switch off|stop|cancel) the (ice|heat|cold) timers",
        "(cancel|stop|turn off|end) (the|my) (timer|cold timer|heat timer|ice pack timer)",
        "never mind the timer cancel it",
        "never mind the timer",
        "(cancel cold therapy|stop cold therapy|stop the timers|cancel the timers|cancel my timers|cancel my therapy timers|cancel the therapy timers|cancel heat therapy|stop heat therapy|cancel the ice timers|stop the ice timers|cancel the ice timer|stop the ice timer|cancel the ice|stop the ice|cancel the heat|stop the heat|cancel the heat timer|stop the heat timer|turn off the timers|turn off the timer|turn off the cold therapy|turn off the cold therapy timers|turn off the heat timer|turn off the ice timer|delete the timers|cancel therapy|stop therapy|end cold therapy|end heat therapy|end the cold therapy|end the heat therapy|I'm done with the ice|I'm done with the heat|I'm done with the ice pack|I'm done with the heating pad|cancel the cold pack timers|cancel the cold pack timer|stop my cold therapy|stop my heat therapy|cancel my cold therapy|cancel my heat therapy|cancel my heat timer|cancel my ice timer|clear the timers|clear my timers|remove the timers|cancel all timers|cancel all the timers|cancel all my timers|stop all the timers|stop all timers|no more ice|no more heat|stop icing|stop the icing|stop the cold therapy|cancel the cold therapy|stop the heat therapy|cancel the heat therapy|cancel the rest of the rounds|cancel the other rounds|cancel the remaining rounds|skip the rest of the rounds|I don't want the timers|I don't need the timers anymore|I don't want any more ice|I don't want to ice anymore|take the timers off|kill the timers|stop the cold pack timer|stop the heating pad timer|cancel the heating pad timer)",
      ],
    },
    {
      name: 'ColdCountIntent',
      samples: [
        "how many (ice|cold) (sessions|rounds) have I (done|had) [today]",
        "how much (cold|ice) have I had [today|so far]",
        "how (many times|often) (a day|per day|each day) should I (ice|use ice|ice my back|use an ice pack)",
        "how many (cold rounds|rounds of cold|rounds of ice|ice rounds|rounds of cold therapy|rounds) (do I have left|are left|are remaining|have I done|I have done|can I do|can I still do|do I have) [today|for today|so far]",
        "(how many cold rounds can I do today|how many rounds of cold can I still do today|how many cold rounds have I got left today|how many rounds of cold can I do today|how many rounds of ice can I still do today|how many ice rounds can I do today|how many rounds have I done today|how many rounds have I done|how many rounds of ice have I done|how many rounds of ice have I done today|how many rounds of ice today|how many rounds of ice have I had|how many rounds of ice have I had today|how many rounds of cold have I done|how many rounds of cold have I done today|how many rounds of cold today|how many rounds of cold therapy have I done|how many rounds of cold therapy have I done today|how many rounds of cold therapy today|how many cold rounds today|how many cold rounds have I done|how many cold rounds have I done today|how many ice rounds today|how many ice rounds have I done|how many ice rounds have I had|how many ice rounds have I had today|how many ice rounds have I done today|how many times have I iced today|how many times have I iced|how many times did I ice today|how many times did I use ice today|how many rounds today|how much cold therapy have I done|how much cold therapy have I done today|how much cold therapy today|how much ice have I done|how much ice have I done today|how much ice today|how many rounds are left today|how many more rounds can I do|how many more rounds can I do today|how many more rounds of ice can I do|how many ice rounds left|how many ice rounds do I have left|how many cold rounds left|how many rounds do I have left today|what's my cold therapy count|what's my ice count|my cold therapy count|count my rounds|how many cold packs today|how many cold packs have I done|how many rounds so far|how many rounds so far today|how many rounds have I had|how many rounds have I had today|did I reach the limit|did I reach the ice limit|have I reached the limit|have I reached my limit|have I hit the limit|have I done too much ice|have I done too much cold therapy|how much ice is too much|how often can I ice|how many times a day can I ice|how many times can I ice a day|how many rounds can I do a day|how many rounds can I do today|how many rounds of ice can I do a day|what's the daily limit for ice|what's the daily limit|what's the limit for cold therapy|what's the ice limit|can I do more cold therapy today|can I do more ice today|can I do another round today|can I ice again today|am I allowed more ice today|how much cold therapy is too much)",
      ],
    },
    {
      name: 'ColdPacksIntent',
      samples: [
        "what (works as|can I use as|could I use as|makes) a (cold compress|cold pack|ice pack)",
        `${NO_HAVE} (an ice pack|a cold pack|ice pack|any ice|ice) ${WHAT_ELSE}`,
        "(what can I use as a cold pack|what can I use as an ice pack|what can I use for a cold pack|what can I use for an ice pack|I don't have an ice pack|I don't have a cold pack|I don't have any ice packs|I don't have any ice|I haven't got an ice pack|I have no ice pack|I have no ice|no ice pack|no ice pack what can I use|I don't have an ice pack what can I use|what can I use instead of ice|what can I use instead of an ice pack|what can I use instead of a cold pack|what if I don't have ice|what if I don't have an ice pack|how do I make a cold pack|how do I make an ice pack|how can I make an ice pack|how can I make a cold pack|how to make an ice pack|how to make a cold pack|make my own ice pack|what makes a good cold pack|what makes a good ice pack|cold pack ideas|ice pack ideas|can I use frozen peas|can I use a bag of frozen peas|can I use frozen vegetables|can I use frozen corn|can I use a bag of ice|can I use ice cubes|can I use a frozen towel|can I use a wet towel|can I use a frozen sponge|what should I use for cold therapy|what do I use for ice|what do I use for cold therapy|what do I use as a cold pack|homemade ice pack|homemade cold pack|diy ice pack|what can I freeze|what should I freeze|what counts as a cold pack|what counts as an ice pack|options for cold packs|ice pack alternatives|cold pack alternatives|alternatives to an ice pack|what can I use for cold therapy|what cold pack should I use|what ice pack should I use|what kind of ice pack should I use|what kind of cold pack|which cold pack is best|can I use ice|can I use ice directly|should I put ice on my skin|should I put ice directly on my skin|can I put ice on my skin|can I put ice directly on my back|can I put ice straight on my skin|how do I use an ice pack|how do I use a cold pack|how should I use the ice pack|how do I put the ice pack on|should I wrap the ice pack|do I need to wrap the ice|do I wrap it in a towel|what can I use that's cold|what's a good ice pack|what's a good cold pack)",
      ],
    },
    {
      name: 'HeatOptionsIntent',
      samples: [
        "what can I use (if I don't have|if I haven't got|instead of|without) a (heating pad|heat pack|hot water bottle)",
        `${NO_HAVE} (a heating pad|heating pad|a heat pack|a hot water bottle|a hot water bag) ${WHAT_ELSE}`,
        "(what sort of heat pack should I use|what kind of heat pack should I use|what are my options for heat|what are the options for heat|I haven't got a heat pack what else can I use|I don't have a heat pack what else can I use|what can I use for heat|what can I use for heat therapy|what can I use to heat my back|what can I use to warm my back|what can I use to warm up my back|what can I use as a heat pack|what can I use as a heating pad|what can I use for warmth|what should I use for heat therapy|what should I use for heat|what should I use to heat my back|what do I use for heat|what do I use for heat therapy|I don't have a heating pad|I don't have a heat pack|I don't have a hot water bottle|I haven't got a heating pad|I have no heating pad|no heating pad|I don't have a heating pad what can I use|what can I use instead of a heating pad|what can I use instead of a heat pack|what if I don't have a heating pad|heat options|options for heat|heat pack ideas|heating pad ideas|heat pack alternatives|heating pad alternatives|alternatives to a heating pad|how do I heat my back|how can I heat my back|how do I warm my back|how do I warm up my back|what heat should I use|what heat is best|what heat is best for back pain|what kind of heat is best|what kind of heat should I use|which heat is best|what's the best heat|what's the best heat source|what heat source should I use|can I use a hot water bottle|is a hot water bottle okay|is a hot water bottle good|is a hot bath good|is a hot bath good for back pain|can I take a hot bath|is a warm bath good|should I take a warm bath|can I use a warm bath|is a hot shower good|can I use a hot shower|is a heat wrap good|can I use a heat wrap|can I use a heated gel pack|can I use a gel pack|can I use a wheat bag|can I use an electric blanket|can I sleep on a heating pad|can I sleep with a heating pad|is it safe to sleep on a heating pad|is a heating pad safe|how hot should it be|how hot should the heating pad be|how long should I use heat|how long can I use heat|how long can I use a heating pad|how long should I use a heating pad|how long can I leave a heating pad on|how long should I leave the heat on|is a sauna good for back pain|is a sauna good|what gives good heat|how do I make a heat pack|how do I make a heating pad|how to make a heat pack|homemade heat pack|homemade heating pad|diy heat pack|what counts as a heat pack|how should I use heat|how do I use heat|how do I use a heating pad)",
      ],
    },
    {
      name: 'SetOilIntent',
      slots: { oil: 'OIL_CHOICE' },
      samples: [
        "{oil}'s my go to [oil]",
        'I prefer {oil} make that my default',
        'make {oil} my (default|go to)',
        'switch my (favourite|favorite) [oil] to {oil}',
        'I like {oil} best [remember that]',
        'set my (favourite|favorite) [oil] to {oil}',
        'make {oil} my (favourite|favorite) [oil]',
        "(use|I'll use|switch to) {oil} (from now on|next time)",
        "(I usually just use|I just use|I always just use|I only use|I normally just use|I mostly just use|I'll just use|we use|we usually use|I generally use|I usually use only|mostly I use|usually I use|I tend to just use) {oil}",
        "(my favorite oil is|my favourite oil is|my favorite is|my favourite is|my favorite one is|my favourite one is|my preferred oil is|my oil of choice is|the oil I like is|the oil I use is|the oil I have is|my go to oil is|my go to is|my oil is|I reckon I'll use|I think I'll use|I'll go with|I like|I love|I prefer|I really like|I really love|I'd prefer|I would prefer|I'd rather use|I'd rather have|I use|I usually use|I always use|I normally use|I mostly use|I tend to use|I like to use|I love to use|I prefer to use|I like using|I love using|I prefer using|I'm using|I am using|I'll be using|I'll use|I will use|I'm going to use|I want to use|I'd like to use|I have|I've got|I got|I only have|I just have|I bought|I just bought|I own|I like the smell of|I love the smell of|remember that I like|remember I like|remember that I use|remember I use|remember that I prefer|remember I prefer|remember my oil is|remember my favorite oil is|remember my favourite oil is|please remember I use|set my oil to|set my favorite oil to|set my favourite oil to|change my oil to|switch my oil to|save my oil as|make my oil|use|let's use|I'll go with|go with|I choose|I pick|I'll take) {oil}",
        "(save|remember|set|store|make) {oil} as my (oil|favorite|favourite|favorite oil|favourite oil|preferred oil|default oil|default)",
        "{oil} (is my favorite|is my favourite|is my favorite oil|is my favourite oil|is my oil|is what I use|is what I have|is what I like|is the one I like|is the one I use|please|for me|is my go to|is my preferred oil)",
        "(I like|I love|I prefer|I use|I have|I've got|I'm using) {oil} (the best|best|most|more|better|oil|for massage|for my massages|on my back|for my back)",
        "(I'm allergic to nuts so I use|I can't use almond so I use|I don't like peppermint I prefer|I'd rather use) {oil}",
      ],
    },
    {
      name: 'SensitiveSkinIntent',
      samples: [
        "[just so you know|by the way] (I've got|I have) (delicate|sensitive) skin",
        "(heads up|just so you know|by the way|I should mention) (my skin gets irritated easily|my skin is sensitive|I have sensitive skin|I've got sensitive skin|my skin is really sensitive|my skin reacts to oils|my skin gets irritated|oils irritate my skin|I have really sensitive skin|my skin is very sensitive|I'm allergic to oils|I have eczema|my skin's sensitive|I get rashes from oils|my skin breaks out easily|my skin irritates easily)",
        "(my skin is pretty sensitive|my skin is quite sensitive|my skin's quite sensitive|my skin's pretty sensitive|my skin's sensitive|my skin's really sensitive|my skin is a bit sensitive|my skin's a bit sensitive|I have sensitive skin|I've got sensitive skin|I got sensitive skin|I have really sensitive skin|I have very sensitive skin|I've got really sensitive skin|I've got very sensitive skin|I have super sensitive skin|I have delicate skin|I've got delicate skin|I have reactive skin|I have easily irritated skin|my skin is sensitive|my skin is really sensitive|my skin is very sensitive|my skin is super sensitive|my skin is delicate|my skin is easily irritated|my skin gets irritated|my skin gets irritated easily|my skin irritates easily|my skin reacts to oils|my skin reacts to oil|my skin reacts to everything|my skin reacts to lotion|my skin reacts easily|my skin is reactive|remember I have sensitive skin|remember that I have sensitive skin|please remember my sensitive skin|note that I have sensitive skin|oils irritate my skin|oil irritates my skin|I'm allergic to essential oils|I'm allergic to oils|I'm allergic to massage oil|essential oils make me itch|oils make me itch|oil makes me itch|I get rashes from oils|I get a rash from oils|I get a rash from oil|oil gives me a rash|oils give me a rash|essential oils give me a rash|I react to massage oil|I react to oils|I react to essential oils|I can't use oils on my skin|I can't use oil on my skin|I can't use essential oils|I have eczema|I've got eczema|I have psoriasis|I've got psoriasis|I have dermatitis|my skin gets red with oil|my skin goes red|my skin gets red easily|I'm sensitive to oils|I'm sensitive to essential oils|I'm sensitive to fragrance|I'm sensitive to scents|my skin burns with oil|peppermint oil burns my skin|peppermint burns my skin|my skin is dry and sensitive|I break out easily|I have allergies to oils|I have skin allergies|I have a skin allergy|my skin is allergic to oils)",
      ],
    },
    {
      name: 'PaceIntent',
      slots: { pace: 'PACE' },
      samples: [
        "(can we|can you|let's) go {pace}",
        "(speak|talk|go|read|say it|read the steps|say the steps|give the steps|count|do the counts|speak a bit|talk a bit|go a bit|speak a little|talk a little|go a little|please speak|please talk|please go|can you speak|can you talk|can you go|could you speak|could you talk|could you go|would you speak|would you talk|can you please speak|can you please talk|could you please speak|could you please talk|I'd like you to speak|I'd like you to talk|I'd like you to go|I want you to speak|I want you to talk|I want you to go|I need you to speak|I need you to talk|try speaking|try talking|try going|can you read|could you read|can you say it|maybe speak|maybe talk|speak a tiny bit|talk a tiny bit|can you talk a bit|can you speak a bit|could you talk a bit|could you speak a bit|can you go a bit|can you talk a little|can you speak a little|could you go a bit) {pace} [please]",
        "{pace} please",
        "(change your speed to|set the speed to|set your speed to|set the pace to|set your pace to|change the pace to|change your pace to|change the speed to|switch to|switch the pace to|switch the speed to|go back to|use|use your|go at|speak at|talk at|read at|go at a|speak at a|talk at a|make it|make the pace|make the speed|I want|I'd like|can we go back to|back to) {pace} [please|speech|pace|speed]",
        "(use|switch to|I want|I'd like) {pace} speech",
        "{pace} (speech|pace|speed|voice|talking) [please]",
        "{pace}",
        "(can you|could you|please|you can) {pace} [please]",
      ],
    },
    {
      name: 'SlowDownIntent',
      samples: [
        "you're going too (quick|fast)",
        "(can you|could you) slow it down [a little|a bit]",
        "(whoa|woah|hey|okay|wait|hold on|sorry|geez) (you're going too fast|you're talking too fast|too fast|slow down|slow down please|that's too fast|you're too fast|not so fast|way too fast|you're rushing|I can't keep up|slower please|a bit slower)",
        "(slow down a bit please|slow down mate|slow down a little please|slow down|slow down please|please slow down|can you slow down|can you slow down please|could you slow down|could you slow down please|would you slow down|slow it down|slow it down please|slow down a bit|slow down a little|slow down a little bit|you talk too fast|you're talking too fast|you speak too fast|you're speaking too fast|you're going too fast|you go too fast|you're too fast|too fast|that's too fast|that was too fast|it's too fast|this is too fast|not so fast|way too fast|much too fast|a bit too fast|a little too fast|I can't keep up|I can't keep up with you|that was too quick|you're too quick|that's too quick|that's too quick for me|too quick|I can't follow you|I can't follow|take it slower|take it slow|take it easy|a bit slower please|a bit slower|a little slower|slower|slower please|not so quickly|can you go slower|could you go slower|go slower|talk slower|speak slower|talk more slowly|speak more slowly|hold your horses|easy there|you're rushing|you're rushing me|don't rush me|stop rushing me|no rush please|give me more time|I need more time|more time please|I need more time between steps)",
      ],
    },
    {
      name: 'ForgetIntent',
      samples: [
        '(clear|delete|erase|wipe|reset) all my (saved|) (settings|preferences|data)',
        '(clear|delete|erase|wipe|reset) my (saved|) (settings|preferences|data)',
        '(forget|wipe|delete|erase) (everything|all) (you know about me|about me|you know)',
        "(wipe my preferences|wipe my settings|wipe everything|forget my settings|forget me|forget everything|forget everything about me|forget everything you know|forget all my settings|forget my data|forget my oil|forget my preferences|forget my equipment|forget what you know about me|forget my progress|forget my history|delete my settings|delete my data|delete all my data|delete everything you know about me|delete everything about me|delete everything|delete my progress|delete my history|delete my preferences|delete my profile|erase my data|erase my settings|erase everything|erase my preferences|reset my settings|reset my preferences|reset everything|reset my data|reset my profile|reset my progress|reset all settings|reset all my settings|reset to default|clear my settings|clear my data|clear my preferences|clear my history|clear everything|clear all my data|remove my data|remove my settings|remove my preferences|start completely fresh|start fresh|wipe my data|wipe my settings|wipe everything|I want you to forget me|please forget my settings|don't remember me|stop remembering me|factory reset)",
      ],
    },
    // Reminders, a cold-therapy day, history. Compact templates: the slots carry the variety.
    {
      name: 'SetReminderIntent',
      slots: { subject: 'ACTIVITY', day: 'REMINDER_DAY', time: 'AMAZON.TIME', delay: 'AMAZON.DURATION' },
      samples: [
        `${REMIND} {subject}`,
        `${REMIND} {subject} (every|on) {day} [at {time}]`,
        `${REMIND} every {day} [at {time}] [{subject}]`,
        `${REMIND} {subject} at {time}`,
        `${REMIND} at {time} [{subject}]`,
        `${REMIND} {subject} in {delay}`,
        `${REMIND} in {delay} [{subject}]`,
        `${REMIND} {subject} (later|later today)`,
        "(set|create|add) a (weekly|daily|massage|cold therapy) reminder [for {day}] [at {time}]",
        "(don't let me forget|help me remember) {subject} [every {day}] [at {time}]",
        "(remind me|tell me) when it's time for my next (cold round|round of ice)",
      ],
    },
    {
      name: 'ReminderTimeIntent',
      slots: { time: 'AMAZON.TIME', delay: 'AMAZON.DURATION', day: 'REMINDER_DAY' },
      samples: [
        '{time}',
        '(at|around|for) {time} [please|thanks]',
        "(make it|how about|let's say|set it for) [at] {time}",
        '{time} (please|works|is fine)',
        '(in|after) {delay} [please]',
        "(make it|how about|let's say) in {delay}",
        '(every|on) {day} at {time}',
      ],
    },
    {
      name: 'ListRemindersIntent',
      samples: [
        '(what|which) reminders (do I have|have I got|are set|did you set)',
        '[can you|please] (list|read|tell me|check|show me) (my|the|all my) reminders',
        'what are my reminders',
        '(do I have|are there) any reminders [set]',
        '(when|what time) is my next (reminder|massage reminder|cold therapy reminder)',
        'my reminders',
      ],
    },
    {
      name: 'CancelReminderIntent',
      slots: { subject: 'ACTIVITY' },
      samples: [
        '(cancel|delete|remove|stop|turn off|clear) (my|the|all my|all) reminders',
        '(cancel|delete|remove|turn off) (my|the) {subject} (reminder|reminders)',
        '(cancel|delete|remove|turn off|get rid of) (my|the|that) reminder',
        "I (don't want|don't need) (the|my|any) reminders [anymore]",
        '(stop|quit) reminding me [{subject}]',
        'no more reminders',
      ],
    },
    {
      name: 'PlanColdDayIntent',
      samples: [
        '(plan|schedule|organize|organise|spread out) my (cold therapy|ice|icing|ice packs|cold rounds) [for today|for the day|through the day]',
        '(plan|set up) (a|my) (cold therapy|icing) day',
        '(make|give me|create) a (cold therapy|ice|icing) (plan|schedule) [for today]',
        '(can you|please) plan my (cold therapy|icing) for today',
        '(spread|space out) my cold therapy (through|over) the day',
      ],
    },
    {
      name: 'LastTimeIntent',
      samples: [
        'what did (I|we) do (last time|the last time|last session|yesterday)',
        '(which routine|which massage|what routine|what massage) did I do (last time|yesterday)',
        '(when did I last|when was the last time I) (massage|do a massage|do my back|ice my back|do cold therapy)',
        '(what was|tell me|remind me of) my last (session|routine|massage)',
        'tell me what I did last time',
        'what did I get up to last time',
      ],
    },
    {
      name: 'WeekHistoryIntent',
      slots: { subject: 'ACTIVITY' },
      samples: [
        '(how often|how many times) (did I|have I) {subject} (this week|in the last week|lately)',
        '(how many|how much) {subject} (did I do|have I done) (this week|in the last week|lately)',
        "(how was|how's|tell me about|show me) my week",
        '(what did I do|what have I done) (this week|in the last week)',
        '(my|the) week at a glance',
        '(how am I doing|am I doing enough) [this week|lately]',
      ],
    },
    {
      name: 'AboutMeIntent',
      samples: [
        '(what|which) (data|information|details) do you (keep|have|store|save) [about me]',
        'what do you (know|remember|keep|store) about me',
        '(what have you|what did you) (saved|stored|kept|save|store) about me',
        'tell me what you (know|remember|keep) about me',
        "(what's|what is) (stored|saved|kept) about me",
        'do you (keep|store) (anything|my data|data) about me',
        "what have you got (stored|saved) on me",
        '(my data|privacy|what you know about me)',
      ],
    },
    {
      name: 'AMAZON.ResumeIntent',
      samples: [
        "I'm back you can (continue|carry on)",
        "I'm back unpause",
        'unpause (it|the massage|the routine)',
        '(okay|ok|alright|right) (resume|carry on)',
        "I'm back [carry on|continue|let's continue|let's keep going]",
        '[please] (continue|carry on with) (the massage|the routine|the exercise)',
        'carry on',
        "(resume|resume my massage|resume the massage|resume my routine|resume the routine|resume it|resume please|please resume|continue my massage|continue the massage|continue my routine|continue the routine|continue where I left off|continue from where I left off|continue where we left off|continue where I stopped|pick up where I left off|pick up where we left off|pick it up where I left off|pick up from where I left off|let's pick up where we left off|carry on where I left off|carry on where we left off|carry on|let's carry on|carry on please|keep going with my massage|keep going with the massage|keep going with the routine|keep going please|let's keep going|go on with my routine|go on with the routine|resume where I stopped|resume where I left off|let's continue|let's resume|continue please|please continue|back to the routine|back to my routine|back to the massage|back to my massage|let's get back to it|get back to it|let's go back to the routine|let's go back to the massage|I'm back|I'm back let's continue|okay I'm back|I'm ready to continue|ready to continue|ready to resume|let's go on|unpause|unpause it|start again where I stopped|finish my routine|finish my massage|finish the rest|do the rest)",
      ],
    },
    {
      name: 'AMAZON.PauseIntent',
      samples: [
        '(hang on|hold on|wait) a (tick|sec|second|minute|moment|bit)',
        'give me a (sec|second|minute|moment)',
        "(hold on|wait|one sec|hang on) (the phone's ringing|someone's at the door|the doorbell's ringing|the phone is ringing)",
        "(one minute wait|wait one minute|wait a bit|wait for some time|wait for a minute|wait for one minute|one minute please|just wait|please wait|pause for some time|give me some time|hold on one minute|hold on one second)",
        "(pause the massage|pause my routine|pause the routine|pause my massage|pause for a second|pause for a minute|pause for a moment|pause a second|pause a minute|pause please|please pause|pause here|take a break|let's take a break|I need a break|I need a minute|I need a second|I need a moment|I need a sec|give me a minute|give me a second|give me a moment|give me a sec|give me a few minutes|give me two minutes|give me a couple of minutes|one minute|one second|one moment|one moment please|one sec|just a second|just a minute|just a moment|just a sec|wait a second|wait a minute|wait a moment|wait a sec|wait please|wait up|hold on a minute|hold on a second|hold on a sec|hold on a moment|hold on please|hang on|hang on a second|hang on a minute|hang on a sec|hold it|hold up|hold that thought|stop for a second|stop for a minute|stop for a moment|let me catch my breath|let me get ready|let me get the ball|let me get my tennis ball|let me get the foam roller|let me get set up|let me get into position|I need to get the ball|I need to get a towel|I'll be right back|be right back|brb|someone's at the door|I have to answer the phone)",
      ],
    },
    {
      name: 'AMAZON.NextIntent',
      samples: [
        'skip to the next (bit|step|part)',
        '[the] next one please',
        "(move along|moving along|moving on|let's keep moving|carry on to the next)",
        "(got it|that's done|done|okay got it|ok done|cool|great) (what's next|next|next step|next one|what now|now what|move on|let's move on|what do I do next|what comes next|what's the next step|next please|what next|then what)",
        "(alright next step|alright next|alright next one|alright I'm ready for the next one|next step|next one|next step please|next please|go to the next step|go to the next one|on to the next step|on to the next one|onto the next step|move on|let's move on|move on please|move to the next step|move on to the next step|let's go to the next step|let's do the next step|let's do the next one|the next step|next|skip|skip it|skip this|skip this one|skip this step|skip that|skip that one|skip that step|skip ahead|skip forward|I want to skip this|I'd like to skip this|can we skip this|can we skip this one|let's skip this|let's skip this one|let's skip it|go on|continue|what's next|what's the next step|what is next|what comes next|and then|then what|what now|now what|done|I'm done with this one|done with this one|done with this step|I'm done with this step|I did it|I've done it|did it|finished this one|finished this step|I finished this step|I finished that|that's done|done that|got it|got it next|ready|I'm ready|I'm ready for the next step|I'm ready for the next one|ready for the next step|ready for the next one|ready for next|I'm ready to move on|ready to move on|next thing|what should I do next|what do I do next|forward|onward|go forward|after that|keep it going|proceed|let's proceed|proceed please)",
      ],
    },
    {
      name: 'AMAZON.PreviousIntent',
      samples: [
        'go back to the last one',
        '(take me|go) back (one|a) step',
        '(take me|go) back to the (previous|last) step',
        "(what was|go back to) the step before (this|this one|that)",
        "(previous step please|the previous step please|go to previous step|go to the last step|previous one please|go back to previous step|show me the previous step|back to the previous step|back to the last step|last step please|go back one step please)",
        "(go back|back|previous step|last step|the step before|the step before please|the previous step|the previous one|previous|previous please|go back one|go back one step|go back a step|go back a bit|go back to the previous step|go back to the last step|go back to the step before|back one|back one step|back a step|step back|one step back|can we go back|can we go back one|can we go back a step|can you go back|could you go back|could we go back|let's go back|let's go back a step|let's go back one|take me back|take me back a step|go to the previous step|the one before|the one before that|do the last step again|do the previous step again|I want to go back|I'd like to go back|go back please|back please|rewind)",
      ],
    },
    {
      name: 'AMAZON.RepeatIntent',
      samples: [
        "[can you|could you|please] repeat (the last step|that step|the step|the last one|the last instruction|the instructions|the last part|what you just said)",
        "(say that again|say that again please|can you say that again|could you say that again|could you say that again please|can you repeat that|could you repeat that|can you repeat that please|could you repeat that please|would you repeat that|repeat please|please repeat|repeat that please|repeat it|repeat this|repeat the step|repeat this step|repeat that step|repeat the last step|repeat the instructions|repeat the instruction|repeat what you said|repeat yourself|again|again please|say it again|say it again please|one more time|one more time please|do that again|do that step again|do this step again|what was that|what was that again|what did you say|what'd you say|what did you just say|what was the step|what was the last part|what was the instruction|what do I do again|what was I supposed to do|sorry what|sorry what was that|I didn't catch that|I didn't get that|I didn't hear that|I didn't hear you|I missed that|I missed it|I missed that step|I didn't hear the step|I couldn't hear you|I couldn't hear that|come again|come again please|pardon me|excuse me|huh|what|sorry|once more|tell me again|tell me that again|read that again|read it again|read the step again|can I hear that again|can I hear it again|let me hear that again|run that by me again|repeat the last part)",
      ],
    },
    {
      name: 'AMAZON.StartOverIntent',
      samples: [
        'restart the whole (thing|routine|massage)',
        "(start|begin) from the very (beginning|start)",
        "(can we|let's) start (this|the) whole thing over",
        "(can we|could we|can you|let's|please) (start|begin) (from the beginning|from the top|from the start)",
        "[let's|can we|can you|please|I want to] (start over|start again|begin again|start all over again) [from the top|from the beginning|from the start|from scratch|from beginning|please]",
        "[okay|let's|can we|please] (go back to the beginning|go back to the start|restart|restart the routine|restart the massage|start again from beginning|start from beginning|from the beginning please|take it from the top|start the whole thing again|do it all over again)",
        "(start the routine over|start over|start it over|start from the beginning|start from the start|start from the top|start from scratch|start from step one|start again from the beginning|start again from the top|start the routine again|start the massage again|start the massage over|restart the routine|restart the massage|restart it|restart from the beginning|from the beginning|from the top|from the start|go back to the beginning|go back to the start|go back to the first step|go to the first step|back to the beginning|back to the start|back to the first step|take it from the top|begin again|begin from the beginning|do it all again|do it again from the beginning|do the whole thing again|do the whole routine again|redo the routine|redo the whole thing|let's start over|let's start from the beginning|let's start again|let's do it again from the top|reset the routine|start again from step one)",
      ],
    },
    {
      name: 'AMAZON.HelpIntent',
      samples: [
        'what (you can do|does this skill do)',
        'I need help with (this skill|the skill|this)',
        "I don't know how (this works|this thing works|to use this)",
        'how does this thing work',
        "(I have|I've got) (a question|a quick question|another question|a few questions|some questions) [for you]",
        "(can I ask|could I ask|may I ask) [you] (a question|something|a quick question)",
        "(I'm confused|I am confused|I'm lost|I am lost|I'm stuck|I don't understand|I don't get it|I'm not sure|I'm not sure what to do|I have no idea) [what do I do|what should I do|what now|help me|can you help|what do I say|help]",
        "(how to use this|how to use this skill|how do I use you|how does it work|how does this thing work|how do I do this|what do I do here|how do I start|how do I get started|explain how to use this|what are my options here|what can I do here)",
        "(help please|please help|I'm confused|I'm lost|I'm stuck|I don't understand|I don't get it|I don't know what to do|I don't know what to say|what do I say|what should I say|what can I ask|what can I ask you|what are the commands|what commands are there|how do I use this|how do I use this skill|how does this skill work|how do you work|what am I supposed to say|what am I supposed to do|what do I do now|what do I do|what should I do now|tell me what to say|tell me what I can say|give me some help|I need some help|can you help me|can you help|could you help me|how does this work again|explain how this works|how do I do this|instructions|help me out|what are my commands)",
      ],
    },
    {
      name: 'AMAZON.StopIntent',
      samples: [
        '(quit|exit) the (routine|massage|session)',
        "(stop|stop it|stop please|please stop|stop now|stop the massage|stop the routine|stop massaging|stop talking|stop this|stop everything|quit|quit please|quit the skill|exit|exit please|exit the skill|close|close the skill|goodbye|good bye|bye|bye bye|bye for now|see you|see you later|see you tomorrow|that's all|that's all for now|that's it|that's all cheers|that's it thanks|that's all thanks|that's it cheers|shut up|be quiet|leave|turn off|turn it off|switch off|end|end it all|I want to stop|I want to quit|I want to exit|I'm leaving|I have to go|I've got to go|I gotta go|gotta go|I need to go|talk to you later|thanks bye|thank you goodbye|thanks goodbye|ok bye|okay bye)",
      ],
    },
    {
      name: 'AMAZON.CancelIntent',
      samples: [
        "[oh|um|actually|okay|no] (cancel|cancel that|cancel it|cancel please|never mind|nevermind|never mind then|nevermind then|forget it|forget about it|forget that|scratch that|don't worry about it|don't bother|not that|skip it never mind)",
      ],
    },
    {
      name: 'AMAZON.YesIntent',
      samples: [
        "[okay|oh|yeah|yes|right|alright] (I get it|I get it now|I understand|I understand now|understood|that makes sense|makes sense|I see|I see now|gotcha)",
        "(okay|ok|alright|yeah|yes|great|cool|perfect|sure|yep) (sounds good|sounds great|let's do it|let's go|go ahead|sure|please do|perfect|great|that works|works for me|I'm in|do it|why not|sounds fine|that's fine|okay|yes please|sure thing|that sounds good|cool|fine)",
        "(go on then|yep sounds good|yeah sounds good|yes sounds good|yeah go on then|yes|yeah|yep|yup|sure|ok|okay|yes please|of course|sounds good|let's do it|go ahead|alright|all right|why not|definitely|absolutely|yeah sure|sure thing|yes I do|yes I would|yes I am|yes I'm ready|yeah let's go|yeah let's do it|okay let's do it|sure let's do it|yes let's do it|yes let's go|yeah okay|okay sure|sure why not|yes sure|yes definitely|please do|yes go ahead|go for it|let's go for it|that sounds good|that sounds great|sounds great|sounds perfect|perfect|great|good|fine|okay fine|ok fine|uh huh|mm hmm|affirmative|correct|right|that's right|yeah please|yep please|sure please|yes I want to|yes I'd like that|I'd like that|I would like that|I'd love that|I'd love to|yes that's fine|okay please|yes thank you|yes thanks|sure thanks|yeah why not|let's|let's try it|why not let's do it|yeah go on)",
      ],
    },
    {
      name: 'AMAZON.NoIntent',
      samples: [
        'nah not now',
        'not right now',
        "(yeah nah|nah thanks|no|nope|nah|no thanks|no thank you|not now|not right now|not really|I'm good|no I'm good|I'm okay|I'm fine|no I'm fine|no way|not today|not at the moment|not yet|no not yet|maybe later|later|maybe another time|another time|some other time|I'd rather not|I don't think so|I don't want to|I don't want that|no I don't|no I don't want to|no I'd rather not|no not really|nope not now|no thanks I'm good|no that's fine|no that's okay|no need|I'll pass|pass|I'll skip it|not interested|negative|no it's fine|no don't|don't|please don't|no please|no I'm done with that|no thank you I'm fine|not this time|I'd rather do something else|something else|let's do something else|no let's do something else)",
      ],
    },
    {
      name: 'AMAZON.FallbackIntent',
      samples: [],
    },
    {
      name: 'AMAZON.NavigateHomeIntent',
      samples: [
        "[please|okay|ok] (back to the start screen|go to the start screen|start screen|go home|go to home|go to the home screen|go to home screen|go back to the home screen|back to the home screen|back to home|home screen|home page|the home screen|take me home|take me to the home screen|navigate home|return home|return to the home screen|exit to home|exit to the home screen|go to the main screen|main screen)",
      ],
    },
  ],
  types: [
    {
      name: 'BODY_AREA',
      values: [
        { id: 'lowerBack', value: 'lower back', synonyms: ['[my|the] (low back|lumbar|lumbar spine|lower spine|lower part of my back|small of my back|bottom of my back|back|lower back muscles|sacrum|tailbone area|lumbar region|lower back area|low back muscles|back muscles|whole back|entire back|lower lumbar|lower area of my back|lower half of my back|base of my spine|back down low|sciatic area|lower back and hips|lower back region)', '(my|the) lower back', 'lumbar area', '[a] (backache|back ache|sore back|bad back)', 'my own (lower back|back)'] },
        { id: 'upperBack', value: 'upper back', synonyms: ['[my|the] (upper spine|top of my back|middle back|mid back|middle of my back|mid section of my back|upper back muscles|upper part of my back|upper back area|thoracic spine|thoracic|rhomboids|shoulder blades|area between my shoulder blades|upper half of my back|top part of my back|upper back and shoulders|mid and upper back)', '(my|the) upper back', 'my own upper back', '[right|just|in] between (my|the) shoulder blades', '(my|the) shoulder blade'] },
        { id: 'neck', value: 'neck', synonyms: ['[my|the] (back of my neck|nape|neck muscles|nape of my neck|neck area|sides of my neck|side of my neck|back of the neck|neck and upper shoulders|base of my neck|base of the skull|neck and head)', '(my|the) neck', 'my own neck'] },
        { id: 'shoulders', value: 'shoulders', synonyms: ['[my|the|both] (shoulder|traps|trapezius|shoulder muscles|trap muscles|top of my shoulders|tops of my shoulders|left shoulder|right shoulder|shoulder area|rotator cuff|shoulder blade area)', '(my|the|both) shoulders', 'my own (shoulders|shoulder)', 'both my shoulders', 'my left and right shoulder'] },
        { id: 'feet', value: 'feet', synonyms: ['[my|the|both] (foot|soles|arches|sole of my foot|soles of my feet|arch of my foot|arches of my feet|heels|heel|bottom of my feet|bottoms of my feet|bottom of my foot|plantar fascia|left foot|right foot|tired feet|aching feet)', '(my|the|both) feet', 'my own (feet|foot)', 'both my feet'] },
        { id: 'eyes', value: 'eyes', synonyms: ['[my|the] (eye area|eye muscles|tired eyes|eye strain|strained eyes|eyelids|area around my eyes|temples|eye sockets)', '(my|the|both) eyes', 'my own eyes', 'both my eyes', 'eye'] },
      ],
    },
    {
      name: 'EQUIPMENT',
      values: [
        { id: 'tennisBall', value: 'tennis ball', synonyms: ['(a|the|my|one|one of my|just a|just the|only a|an old|a single) (tennis ball|ball|massage ball|lacrosse ball|trigger point ball|spiky ball|spikey ball|golf ball|baseball|softball|rubber ball|bouncy ball|hard ball|dog ball|yoga ball massage|myofascial ball|massage balls)', 'ball', 'massage ball', 'lacrosse ball', 'one ball', 'one tennis ball', 'trigger point ball', 'spiky ball', 'golf ball', 'spikey ball', 'rubber ball'] },
        { id: 'twoBalls', value: 'two tennis balls', synonyms: ['(two|a pair of|a couple of|a couple|pair of|couple of|my two|the two) (balls|tennis balls|massage balls|lacrosse balls)', 'two balls', 'two massage balls', 'pair of tennis balls', 'couple of tennis balls', 'two lacrosse balls', 'tennis balls in a sock', 'two tennis balls in a sock', 'a peanut ball', 'peanut ball', 'double ball'] },
        { id: 'foamRoller', value: 'foam roller', synonyms: ['(a|the|my|one|just a|just the|only a) (foam roller|roller|foam roll|massage roller|back roller|foam tube|yoga roller|rumble roller|vibrating roller|muscle roller)', 'roller', 'foam roll', 'massage roller', 'back roller', 'foam rollers', 'rolling pin'] },
        { id: 'hands', value: 'hands', synonyms: ['(my|just my|only my|with my|both) (hands|own hands|two hands|thumbs|fingers|knuckles|fists|fingertips|hand)', 'my hands', 'just my hands', 'hands only', 'my thumbs', 'thumbs', 'fingers', 'no equipment', 'nothing', 'none', 'I don\'t have anything', 'no tools', 'just hands', 'my fingers', 'my own hands', 'nothing at all', 'nothing really', 'I have nothing', 'just me', 'just myself', 'myself', 'bare hands', 'my bare hands', 'I don\'t have any equipment', 'I don\'t have anything else', 'nothing else', 'hand', 'nothing special'] },
        { id: 'wall', value: 'wall', synonyms: ['(a|the|my) wall', 'against a wall', 'against the wall', 'standing up', 'standing against a wall', 'standing against the wall', 'a door frame', 'a doorway', 'door frame', 'the door'] },
        { id: 'floor', value: 'floor', synonyms: ['(the|my) (floor|ground|yoga mat|mat|carpet)', 'on the floor', 'lying down', 'lying on the floor', 'the ground', 'on the ground', 'a yoga mat', 'a mat', 'yoga mat', 'mat', 'ground', 'on my back', 'lying on my back', 'on the mat'] },
        { id: 'towel', value: 'towel', synonyms: ['(a|the|my|an old|a bath|a hand) (towel|scarf|twisted towel|rolled towel|rolled up towel|rolled up scarf|strap|yoga strap|belt|resistance band|sheet|t shirt)', 'scarf', 'twisted towel', 'rolled towel', 'rolled up towel', 'bath towel', 'hand towel', 'strap', 'yoga strap', 'belt', 'towels'] },
        { id: 'massager', value: 'handheld massager', synonyms: ['(a|the|my|an old) (massager|handheld massager|curved massager|hand held massager|back massager|massage stick|massage hook|massage cane|theracane|thera cane|back scratcher massager|wooden massager|manual massager|hook massager|knobble|trigger point tool|massage tool)', 'massager', 'curved massager', 'hand held massager', 'back massager', 'massage stick', 'massage hook', 'massage cane', 'theracane', 'thera cane', 'massage tool'] },
        { id: 'electricMassager', value: 'electric massager', synonyms: ['(a|an|the|my) (electric massager|electric back massager|massage machine|back massager machine|shiatsu massager|vibrating massager|massage gun|percussion massager|theragun|hypervolt|massage chair|massage pillow|shiatsu pillow|electric back massager|neck massager|electric neck massager|handheld electric massager|massage cushion|vibration massager|percussive massager)', 'electric back massager', 'massage machine', 'back massager machine', 'shiatsu massager', 'vibrating massager', 'massage gun', 'percussion massager', 'theragun', 'hypervolt', 'massage chair'] },
        { id: 'warmCloth', value: 'warm cloth', synonyms: ['(a|the) (warm damp|damp warm|damp|warm wet|hot damp) (cloth|towel|flannel)', '(a|the|my) (warm cloth|washcloth|warm washcloth|wash cloth|warm wash cloth|warm towel|flannel|warm flannel|hot towel|hot cloth|warm compress|heated cloth|damp warm cloth|warm wet cloth|eye mask|warm eye mask|heated eye mask|face cloth|warm face cloth)', 'washcloth', 'warm washcloth', 'wash cloth', 'warm towel', 'flannel', 'warm flannel', 'hot towel', 'hot cloth', 'face cloth', 'warm face cloth', 'eye mask', 'warm eye mask'] },
        { id: 'partner', value: 'partner', synonyms: ['(my|a) (partner|wife|husband|girlfriend|boyfriend|friend|spouse|other half)', 'my partner', 'someone else', 'a friend', 'my wife', 'my husband', 'another person', 'someone to help', 'somebody else', 'someone', 'a helper', 'a partner'] },
      ],
    },
    {
      name: 'SYMPTOM',
      values: [
        {
          id: 'chestPain',
          value: 'chest pain',
          synonyms: [ "chest is pain", '(pain|pains|tightness|pressure|a tight feeling|crushing pain|a crushing pain|a heavy feeling) (in|across) (the|me) chest', '(crushing|squeezing) pain across my chest', "[my] chest (kind of|sort of|) feels like (it's being squeezed|someone's sitting on it|it's being crushed)", '(a|this|a really) (tight|squeezing|crushing|heavy) (pain|feeling) in my chest', "(pain|it's) (going|spreading|shooting|running) (down|into) my left arm", "(I have|I've got|I feel) (a tightness|tightness|pressure) in my chest", "my chest (feels tight|is tight|feels heavy|hurts|is hurting)",
            "[I feel|I felt] [a] [sudden|sharp|stabbing|shooting|crushing|bad] (pain|pains) in my chest", "[a] (sharp|stabbing|shooting|sudden) (chest pain|chest pains)",
            '(chest pain|chest pains|pain in my chest|pains in my chest|a pain in my chest|pressure in my chest|chest pressure|tightness in my chest|a tight chest|chest tightness|a tightness in my chest|heart pain|pain in my heart|a pain in my heart|crushing chest pain|a crushing feeling in my chest|sharp chest pain|sharp pain in my chest|pain in my left arm and chest|pain in my chest and arm|pain spreading to my arm|pain down my left arm|heart palpitations|palpitations|a racing heart|chest discomfort|discomfort in my chest|a heavy chest|heaviness in my chest|a heart attack|angina|pain behind my breastbone)',
            '[my] (chest hurts|chest is hurting|chest feels tight|chest is tight|chest is sore|chest aches|chest feels heavy|chest feels like it\'s being squeezed|heart hurts|heart is racing|heart is pounding|left arm hurts|left arm and chest hurt|chest is killing me|chest is in pain|chest really hurts|chest started hurting|chest has been hurting|chest pain is back)',
            '(I think I\'m having a heart attack|I might be having a heart attack|am I having a heart attack|it hurts in my chest|it feels like my chest is tight|my chest hurts when I breathe|it hurts to breathe|my chest and back hurt|my back and chest hurt|my back and chest are hurting|the pain goes into my chest|the pain is in my chest|my upper back and chest hurt|pain between my chest and back|my chest feels funny|something is wrong with my heart)',
          ],
        },
        {
          id: 'breathless',
          value: 'shortness of breath',
          synonyms: [ "(can't|cannot|not can) breathe (good|well|properly)", "(getting|been getting|I keep getting|I get|I've been getting) (winded|out of breath|short of breath|breathless)", "(can't|cannot|couldn't) catch my breath", '(struggling|hard|a struggle) to breathe', "I get (short of breath|out of breath|breathless) [when I (lie down|lie on the roller|lie on my back|do this)]", "(I'm|I am|I feel|I'm feeling|feeling) (breathless|short of breath|out of breath|winded)", 
            '(shortness of breath|trouble breathing|difficulty breathing|breathing problems|breathing trouble|a hard time breathing|problems breathing|breathlessness|a tight throat)',
            '(I can\'t breathe|I can\'t breathe properly|I can\'t breathe well|I can\'t catch my breath|I can barely breathe|I\'m short of breath|I\'m out of breath|I\'m breathless|I\'m gasping|I\'m gasping for air|I\'m struggling to breathe|I\'m struggling to catch my breath|I\'m having trouble breathing|I\'m having difficulty breathing|I have trouble breathing|I feel short of breath|I feel breathless|I get out of breath|I get short of breath|I keep getting short of breath|it\'s hard to breathe|it\'s difficult to breathe|breathing is hard|breathing hurts|it\'s hard to catch my breath|I can\'t get enough air|I can\'t get my breath|I can\'t take a deep breath|I\'m wheezing|I feel like I can\'t breathe|I\'m finding it hard to breathe|I\'m suddenly breathless|I\'m suddenly short of breath|my breathing is weird|my breathing is difficult|I have no breath)',
            '(short of breath|out of breath|breathless) (all the time|constantly|a lot|easily|every day)', "(I'm|I get|I feel) (short of breath|out of breath|breathless) (all the time|constantly|a lot|easily)", 'short of breath', 'out of breath', '(I\'m|I am) (really|very|so|a bit|quite) (short of breath|out of breath|breathless)', 'breathless', 'can\'t breathe', 'hard to breathe',
          ],
        },
        {
          id: 'bladderBowel',
          value: 'loss of bladder control',
          synonyms: [ "(can't|cannot|can't seem to) hold (my water|my wee|it in) [anymore]", '(lost|lose|losing) control of (the|my) (bowel|bowels|bladder|water)', "can't feel when I need to go [to the toilet|to the bathroom]", '(accidents|an accident|trouble|problems) (with|holding) my (bladder|bowels|pee|urine|poo)', "(can't|couldn't|cannot) (hold|control) my (bladder|bowels|pee|urine|wee)", '(peed|pooped|soiled|wet) (myself|my pants|the bed)', '(lost|losing|no) control of my (bladder|bowels)', "(not be able to|be unable to|struggle to) (pee|hold my pee|hold my urine|control my bladder|control my bowels|empty my bladder)", "(lose|lost|I've lost|I lost|losing) (bladder control|bowel control|control of my bladder|control of my bowels)", "(wet|wetting) myself", "(I can't|I cannot) (control|hold) my (bladder|bowels|pee) (anymore|any more|properly)", "I (wet myself|peed myself) [when my back went out|when I hurt my back]", "(I can't|I cannot|I can not|I'm not able to|I am not able to|I'm unable to|I am unable to) (pee|urinate|pass urine|pass water|wee|control my bladder|control my bowels|control my motion|control my motions|hold my pee|hold my urine|go to the toilet|go to the bathroom|empty my bladder|feel when I need to pee)", "(I have|I've|I) (lost control of|no control over|no control of) my (bladder|bowels|bladder and bowels|motion|motions|urine|bowel)", 
            '(I can\'t wee|I can\'t pass urine|I can\'t pass water|I can\'t do a wee|I\'ve wet myself)', '(loss of bowel control|bladder problems|bowel problems|bladder trouble|bowel trouble|bladder issues|bowel issues|trouble controlling my bladder|trouble controlling my bowels|trouble with my bladder|trouble with my bowels|problems with my bladder|problems with my bowels|incontinence|bladder incontinence|bowel incontinence|trouble peeing|trouble urinating|difficulty peeing|difficulty urinating|problems peeing|problems urinating|no bladder control|no bowel control|loss of bladder or bowel control|leaking urine|urine leaking|leaks)',
            '(I wet myself|I\'ve wet myself|I just wet myself|I peed myself|I\'ve peed myself|I pooped myself|I soiled myself|I had an accident in my pants|I wet the bed|I can\'t pee|I can\'t urinate|I can\'t go to the toilet|I can\'t go to the bathroom|I can\'t poop|I can\'t hold my pee|I can\'t hold it in|I can\'t hold my bladder|I can\'t hold my bowels|I can\'t control my bladder|I can\'t control my bowels|I can\'t control my pee|I lost control of my bladder|I lost control of my bowels|I\'ve lost control of my bladder|I\'ve lost control of my bowels|I\'m losing control of my bladder|I\'m losing control of my bowels|I have no control of my bladder|I have no control over my bladder|I have no control over my bowels|I\'m having trouble peeing|I\'m having trouble urinating|I have trouble peeing|I\'m leaking urine|I\'m leaking|I\'m incontinent|I\'ve been incontinent|I\'ve become incontinent|I keep wetting myself|I\'ve been wetting myself|I can\'t feel when I need to pee|I can\'t tell when I need to pee|I can\'t feel myself pee|my bladder isn\'t working|my bladder isn\'t working right|my bowels aren\'t working|I can\'t empty my bladder|I haven\'t peed all day|I haven\'t been able to pee|peeing is difficult|it\'s hard to pee)',
          ],
        },
        {
          id: 'saddleNumbness',
          value: 'numbness in my groin',
          synonyms: [ '(no feeling|numb|numbness|tingling) (in|around) (the|my) (groin|groin area|crotch|private parts|privates|bottom|buttocks|saddle area|inner thighs)', 'between my legs (has|have) gone numb', '(groin|crotch|bottom|butt|bum|buttocks|inner thighs|private parts|privates|genitals|genital area|saddle area|backside) (is|are|feels|feel|went|has gone|have gone|is going|are going|feels kind of|feels a bit|feel kind of|is kind of|is a bit|are a bit|seems) numb', "(numb|numbness|no feeling|can't feel anything|can't really feel anything) (down there|between my legs|in my groin|in my crotch|around my bottom)", "my (bottom|bum|butt|buttocks|groin|crotch|inner thighs|backside) (numb|so numb|tingling|going numb|feel numb)", "my (bottom|bum|buttocks|groin|crotch|inner thighs|inner thigh) (went|has gone|have gone|suddenly went) numb", "(I|I've) [suddenly] lost (feeling|sensation) (between my legs|in my groin|down there|in my bottom|in my inner thighs)", "(my bottom|my groin|my buttocks|my inner thighs|my bum|my butt|my crotch|my backside) (are|is) (numb|tingly|numb and tingly|tingling)",
            '(numbness in my groin|groin numbness|numbness between my legs|numbness in my inner thighs|numbness in my inner thigh|numbness in my buttocks|numbness in my bottom|numbness in my bum|numbness in my butt|numbness around my bottom|numbness in my private parts|numbness down there|saddle numbness|saddle anesthesia|saddle anaesthesia|a numb groin|a numb bum|a numb butt|a numb bottom|tingling in my groin|tingling between my legs|tingling in my inner thighs|pins and needles in my groin|pins and needles in my bottom|no feeling in my groin|no feeling between my legs|no feeling in my bottom|numb buttocks|numb inner thighs|numb groin|numb bum|numb butt|numb bottom|a numb saddle area)',
            '[my] (groin is numb|groin feels numb|groin is tingling|inner thighs are numb|inner thigh is numb|inner thighs feel numb|inner thighs are tingling|buttocks are numb|buttocks feel numb|bottom is numb|bottom feels numb|bum is numb|bum feels numb|butt is numb|butt feels numb|private parts are numb|privates are numb|crotch is numb|crotch feels numb|area between my legs is numb|saddle area is numb|genitals are numb|genitals feel numb)',
            '[I\'m|I feel|I\'m a bit|I\'m going] numb (between my legs|down there|in my groin|around my bottom)', '[my] (backside|rear|seat area) (is numb|feels numb|has gone numb)', '(I can\'t feel my groin|I can\'t feel my bottom|I can\'t feel my buttocks|I can\'t feel my bum|I can\'t feel my butt|I can\'t feel my inner thighs|I can\'t feel between my legs|I can\'t feel anything between my legs|I can\'t feel anything down there|it\'s numb between my legs|it\'s numb down there|everything down there is numb|I\'ve lost feeling in my groin|I\'ve lost feeling between my legs|I\'ve lost feeling in my bottom|I lost feeling in my groin|I have no feeling down there|I can\'t feel myself when I wipe|numb when I wipe|it feels numb when I sit)',
          ],
        },
        {
          id: 'legWeakness',
          value: 'sudden weakness in my legs',
          synonyms: [ "(can't|cannot|couldn't) (lift|raise|move) my (foot|leg)", 'weakness in (both|my|both my) legs', '(legs|leg) (feel|feels) like jelly', "can't stand up properly", 'leg (suddenly|) got weak', '(leg|legs|foot) (just|suddenly|) (went weak|gave out|gave way|is giving out|is giving way|feels weak|feel weak|went dead|keeps giving out)', '(my|a) (weak|floppy|dragging) (leg|foot)', "why can't I (lift my foot|lift my feet|lift my toes|lift my leg|walk properly|stand up)", "my (leg|legs|knee|knees) to (give way|give out|buckle|feel weak)", "my (leg|legs|knee|knees) (keep giving out|keep giving way|give out|give way|feel weak|feel so weak|buckle|keep buckling|so weak|weak|going weak)", "my foot (drag|keep dragging|flop)", "(not be able to|be unable to) (lift my foot|walk properly|stand up)", "my (knees|feet|ankles|knee|ankle) (are|is|feel|feels) (weak|so weak|really weak)", "my (leg|knee) (just|) (gave out|gave way|gives way|gave out on me|buckled)", "I can't lift my (foot|toes) properly", "my foot (keeps dragging|is dragging|drags|keeps catching|flops)", "[my] leg [suddenly] (feels|is|went|has gone|has become|became) (weak|really weak)", "[my] legs [suddenly] (feel|are|went|have gone|have become|became) (weak|really weak)", "both my (legs|knees|feet) [suddenly|just] (feel|are|went|have gone|gave way|gave out|feel really) [weak]", "my (leg|legs) (suddenly feel|suddenly feels|feel so|are so|feel really|feels really) weak", "(I can't|I cannot|I'm not able to|I am not able to|I'm unable to|I am unable to|I'm finding it hard to) (lift my foot|lift my leg|lift my toes|move my leg|stand|walk|walk properly|stand up)", 
            '(weakness in my legs|weakness in my leg|leg weakness|weak legs|a weak leg|weakness in my foot|weakness in my feet|foot drop|a foot drop|a dropped foot|drop foot|a dragging foot|trouble walking|difficulty walking|trouble lifting my foot|trouble standing|a leg that gives way|legs that give way|no strength in my legs|no strength in my leg)',
            '[my] (leg\'s gone weak|legs have gone weak|leg\'s suddenly gone weak|leg\'s gone all weak|leg\'s giving way|leg\'s weak)', '[my] (leg|legs) (suddenly went weak|suddenly gave way|suddenly gave out|went weak suddenly|has suddenly gone weak|have suddenly gone weak)', '[my] (leg is weak|legs are weak|leg feels weak|legs feel weak|leg is suddenly weak|legs are suddenly weak|leg went weak|legs went weak|leg has gone weak|legs have gone weak|leg is getting weak|legs are getting weak|leg is getting weaker|legs are getting weaker|leg gave way|legs gave way|leg gave out|legs gave out|leg gives way|legs give way|leg keeps giving way|legs keep giving way|leg keeps giving out|legs keep giving out|leg buckled|legs buckled|knee gave way|knee buckled|knees buckled|legs won\'t hold me|leg won\'t hold me|leg won\'t work|legs won\'t work|legs aren\'t working|leg isn\'t working|foot is dragging|foot drags|foot keeps dragging|foot is floppy|foot flops|foot slaps|foot is weak|feet are weak|ankle is weak|toes won\'t lift)',
            '(I can\'t lift my foot|I can\'t lift my feet|I can\'t lift my toes|I can\'t lift my leg|I can\'t move my leg|I can\'t move my legs|I can\'t move my foot|I can\'t stand up|I can\'t stand|I can barely stand|I can barely walk|I can\'t walk|I can\'t walk properly|I can\'t walk straight|I\'m having trouble walking|I\'m struggling to walk|I keep tripping|I keep tripping over my foot|I\'m dragging my foot|I\'m dragging my leg|I keep falling over|I can\'t stand on my toes|I can\'t stand on my heels|I can\'t walk on my heels|I can\'t bend my foot up|I\'ve lost strength in my leg|I\'ve lost strength in my legs|I lost strength in my legs|I\'m losing strength in my legs|I have no strength in my legs|my strength is gone in my leg|I collapsed|my legs collapsed)',
          ],
        },
        {
          id: 'fall',
          value: 'a fall',
          synonyms: [ "fell on me", "(hit|struck) by (a|something|a car|a beam)", '(car|motorbike|bike|motorcycle|work) (accident|crash)', '(took|had) (a|a bad|a really bad|a hard|a nasty|a big|a serious) (fall|tumble|spill)', '(fell|slipped|tripped) (down the stairs|on the ice|on ice|off a ladder|off my bike|in the shower|and landed on my back|on my back)', '(was|got|been) (in|hit in) a (car accident|car crash|crash|accident|wreck|fender bender)', 'rear ended', "I (slipped|tripped|fell) (on the ice|on the stairs|in the shower|off a ladder|at work) [yesterday|last week]", "I (was|got) (rear ended|hit by a car|in a fender bender|knocked over) [on the highway]", "I fell off a (ladder|chair|horse|bike|roof)", "(the|my|a) (fall|accident|car accident|crash)",  "[I] (was in a car accident|was in an accident|had an accident|had a car accident|had a fall|had a bad fall|fell|fell down the stairs|slipped and fell|was in a crash|met with an accident)", "[I] (met with an accident|met with a car accident|met with an accident recently|met with a road accident|slipped and fell in the bathroom|slipped and fell in the shower|slipped in the bathroom|fell from the stairs|fell from the bed|fell from my bike|fell from a chair|had a slip|slipped and fell at work|fell in the toilet|had a road accident|had a bike fall)", 
            '[I] (came off my bike|came off my horse|came off my motorbike|came off a ladder|had a fall this (morning|afternoon|arvo|evening)|fell this (afternoon|arvo|evening))', '[I] (fell|fell down|fell over|fell hard|fell badly|fell on my back|fell on my bum|fell on my butt|fell on my tailbone|fell on my side|fell on my hip|fell on my neck|fell on my head|fell backwards|fell off my bike|fell off a bike|fell off a ladder|fell off the ladder|fell off a chair|fell off my chair|fell off the bed|fell off a horse|fell off a roof|fell off the roof|fell from a ladder|fell from a height|fell down the stairs|fell down some stairs|fell down the steps|fell on the stairs|fell on the ice|fell in the shower|fell in the bath|fell in the bathroom|fell at work|fell at the gym|fell out of bed|fell yesterday|fell today|fell this morning|fell last night|fell last week|fell a few days ago|fell earlier|fell and hurt my back|fell and hurt my neck|fell and hit my back|fell and hit my head|fell and landed on my back|slipped|slipped on the ice|slipped on ice|slipped in the shower|slipped on the stairs|slipped and fell|slipped down the stairs|slipped on a wet floor|slipped yesterday|tripped|tripped and fell|tripped over|tripped down the stairs|took a fall|took a tumble|took a bad fall|had a fall|had a bad fall|had a nasty fall|had a tumble|had an accident|had a car accident|had a car crash|had a crash|had a bike accident|had a bike crash|had a motorcycle accident|had a skiing accident|had a sports injury|had a whiplash injury|got whiplash|got hit by a car|got rear ended|got tackled|was in a car accident|was in an accident|was in a car crash|was in a crash|was in a wreck|was in a fender bender|was rear ended|was hit by a car|was knocked over|was knocked down|was tackled|crashed my car|crashed my bike|hurt my back in a fall|hurt my back in an accident|hurt my back in a car crash|hurt my back in a car accident|hurt my neck in a car accident|hurt my neck in a car crash|hurt my back when I fell|hurt my back falling|hurt myself falling|hurt myself in a fall|injured my back in a fall|injured my back in an accident|landed on my back|landed hard on my back|landed on my tailbone|hit my back|hit my back on something|hit my head|banged my back|banged my head|got injured|got hurt in an accident|got hurt in a fall|got whiplash in a crash)',
            '(pain after a fall|pain after an accident|an injury|pain after an injury|back pain after a fall|back pain after an accident|a fall|an accident|a car accident|a car crash|a bad fall|a recent fall|a recent accident|a recent injury|whiplash|a back injury|a neck injury|a spine injury|a spinal injury|a sports injury|a fall yesterday|an accident yesterday|a fracture|a broken bone|a broken back|a cracked rib|a broken rib)',
            '(since the fall|since the accident|since the crash|since my fall|since my accident|since the car accident|after the fall|after my fall|after the accident|after my accident|after the crash|after a fall|after an accident|from the fall|from a fall|from the accident|from an accident|from the car accident|from a car accident|from my fall|because I fell|because of the fall|because of my fall|because of the accident|because of a fall|when I fell|when I slipped|ever since I fell|ever since the accident|it happened when I fell|it started after I fell|it started after the accident|it started after a fall|it hurts since I fell|it\'s hurt since I fell|it\'s hurt since the accident|it\'s been hurting since I fell)',
          ],
        },
        {
          id: 'fever',
          value: 'a fever',
          synonyms: [ 'running a (temperature|fever|temp|high temperature)', '(burning up|feverish|hot and cold|hot and shivery)', "(I'm running|I have|I've got|I'm burning up with) a (fever|temperature|high temperature|high fever)", "I'm (running a temperature|burning up|feverish|hot and shivery)",
            '(fever|a fever|a temperature|a high temperature|a fever and chills|fever and chills|chills|the chills|a high fever|a slight fever|a bit of a fever|a low fever|a low grade fever|a fever again|night sweats|the sweats|a temp|a high temp|a raised temperature|a fever and back pain|a fever and my back hurts|chills and sweats|shivers|the shivers|a fever with my back pain|a fever along with back pain|a fever for days|a fever since yesterday)',
            '(I feel feverish|I\'m feverish|I feel hot and cold|I feel hot and shivery|I\'m shivering|I\'m burning up|I feel like I\'m burning up|I\'m hot and shivery|I\'m sweating at night|I feel sick and feverish|I\'m feeling feverish|I\'m running a temperature|my temperature is high|my temperature is up|my temp is high|I have been feverish|I\'ve been feverish|I\'m sick with a fever|I\'m ill with a fever|I\'m sick with a temperature|I\'m crook with a temperature|I\'m crook with a fever|I\'m unwell with a fever|I\'m unwell with a temperature|I\'m ill|I feel ill|I\'m sick|I feel sick|I\'ve been sick|I have an infection|I\'ve got an infection|I think I have an infection|I have the flu|I\'ve got the flu)',
            '(back pain and a fever|back pain with a fever|back pain and fever|fever and back pain|back pain with fever|my back hurts and I have a fever|my back hurts and I\'ve got a temperature)',
          ],
        },
        {
          id: 'weightLoss',
          value: 'unexplained weight loss',
          synonyms: [ '(lost|dropped) (about|like|) (a|one|two|three) stone', "(lost|dropped|losing|shed) (a lot of|a bunch of|a ton of|so much|some|lots of|too much|) weight", "(lost|dropped|losing) (like|about|) (five|ten|fifteen|twenty|a few|some|a lot of|a bunch of) (pounds|kilos)", 'weight (keeps|is) dropping', "I've lost (a lot of|so much) weight for no reason", "[I've been|I'm|I keep|I have been] losing weight (and don't know why|and I don't know why|and I can't explain it|for no reason|without trying|without dieting)", "[suddenly] losing (weight|a lot of weight) for no (reason|apparent reason)", "(weight loss|losing weight) (I can't explain|that I can't explain|for no reason)", "(I've lost|I lost|I'm losing|I am losing|I have lost|I've been losing) (weight|a lot of weight|so much weight) [without trying|for no reason|without any reason|and I don't know why|without dieting|for no apparent reason]", 
            '(weight loss|unexplained weight loss|sudden weight loss|unintentional weight loss|weight loss without trying|weight loss for no reason|weight loss I can\'t explain|a lot of weight loss|rapid weight loss|weight loss and back pain)',
            '(I\'ve lost weight|I lost weight|I\'ve lost a lot of weight|I lost a lot of weight|I\'m losing weight|I keep losing weight|I\'ve been losing weight|I\'m losing a lot of weight|I\'ve lost weight without trying|I lost weight without trying|I\'ve lost a lot of weight without trying|I lost a lot of weight without trying|I\'m losing weight without trying|I\'ve been losing weight without trying|I\'ve lost weight for no reason|I\'m losing weight for no reason|I\'ve been losing weight for no reason|I lost weight for no reason|I\'ve lost weight and I don\'t know why|I\'m losing weight and I don\'t know why|I\'ve been losing weight and I don\'t know why|I lost weight and I don\'t know why|I lost weight without dieting|I\'ve lost weight without dieting|I\'m losing weight without dieting|I\'ve lost weight without meaning to|I\'m losing weight without meaning to|I\'ve dropped a lot of weight|I\'ve dropped heaps of weight for no reason|I\'ve dropped a lot of weight for no reason|I\'ve dropped weight for no reason|I\'ve dropped weight|I\'ve lost a lot of weight recently|I\'ve lost a lot of weight lately|I\'ve lost weight suddenly|I\'m getting thinner for no reason|my clothes are getting loose and I\'m not dieting|I\'m not eating and losing weight|I\'ve lost my appetite and weight)',
            'losing weight', 'losing weight without trying', 'losing weight for no reason',
          ],
        },
        {
          id: 'cancer',
          value: 'a history of cancer',
          synonyms: [ '(a|) (cancer survivor|breast cancer survivor|survivor of cancer)', '(being treated|getting treated|in treatment|under treatment) for (cancer|a tumor|a tumour)', '(on|having|in the middle of|doing|getting|started) (chemo|chemotherapy|radiation|radiotherapy|immunotherapy)', "I (had|was treated for) (breast cancer|cancer|prostate cancer|bowel cancer) [a few years ago|years ago]", "(I've had|I have had) (cancer|breast cancer|prostate cancer|bowel cancer|a tumor)", "(I'm having|I'm on|I'm getting|I had|I've had) (chemo|chemotherapy|radiotherapy|radiation) (for cancer|for my cancer)",
            '(cancer|history of cancer|a history of cancer|cancer before|cancer in the past|cancer a few years ago|breast cancer|prostate cancer|lung cancer|bone cancer|skin cancer|colon cancer|leukemia|lymphoma|a tumor|a tumour|tumors|tumours|cancer that spread|cancer that spread to my bones|metastatic cancer|secondary cancer|a cancer diagnosis|a lump|a growth|chemo|chemotherapy|radiation therapy|radiotherapy|cancer treatment)',
            '(I\'m a cancer survivor|I\'m a cancer patient|I\'m in remission|I\'m in remission from cancer|I\'m on chemo|I\'m having chemo|I\'m getting chemo|I\'m having chemotherapy|I\'m on chemotherapy|I\'m doing chemo|I\'m having radiation|I\'m having radiotherapy|I\'m getting radiation|I\'m having cancer treatment|I\'m being treated for cancer|I was treated for cancer|I\'ve been treated for cancer|I had chemo|I\'ve had chemo|I had radiation|I had cancer surgery|I was diagnosed with cancer|I\'ve been diagnosed with cancer|I got diagnosed with cancer|I just found out I have cancer|I used to have cancer|cancer runs in my family and I had it|the cancer came back|my cancer came back|my cancer is back|my cancer spread|I\'m worried it\'s cancer|I think it\'s cancer|could it be cancer|is it cancer)',
          ],
        },
        {
          id: 'osteoporosis',
          value: 'osteoporosis',
          synonyms: [ 'prednisolone', 'prednisone', '(on|taking|been taking) (steroids|prednisolone|prednisone|prednisolone steroids) for years', 'bones are (really|very|so|) (thin|weak|brittle|fragile|soft)', '(low|poor) bone density', "(been|I've been|I'm) on (steroids|prednisone|cortisone) (for a long time|for years|for months|long term)", "(my doctor says|the doctor says) I have (osteoporosis|osteopenia|brittle bones)", "(I'm taking|I am taking|I've been taking|I have been taking|I'm on|I am on|I've been on) (steroids|prednisone) [for years|for many years|since many years|for a long time|long term]", 
            '(osteoporosis|osteopenia|brittle bones|weak bones|thin bones|fragile bones|low bone density|bone loss|poor bone density|porous bones|bones that break easily|a compression fracture|a spinal fracture|a fractured vertebra|a crushed vertebra|a stress fracture|bone thinning|thinning bones|soft bones)',
            '(my bones are brittle|my bones are weak|my bones are thin|my bones are fragile|my bones break easily|my bone density is low|my bone density is poor|I break bones easily|I\'ve been on steroids for years|I\'ve been on steroids for a long time|I\'ve been on steroids a long time|I\'ve taken steroids a long time|I\'ve been on steroids|I\'m on steroids|I am on steroids|I take steroids|I take steroids every day|I\'ve taken steroids for years|I\'ve been taking steroids for years|I\'ve been taking steroids for a long time|I\'ve been taking steroids|I\'m on long term steroids|I\'m taking steroids|I\'m on prednisone|I\'ve been on prednisone for years|I take prednisone|I\'ve been on prednisolone for years|I take prednisolone|I\'m on cortisone|I use steroids long term|I\'m on long term prednisone)',
            "(I've taken|I've been taking|I've been on|I took) (steroids|prednisone|prednisolone) (for a long time|for years|for ages|long term)",
            '(long term steroids|long term steroid use|long term steroid treatment|years of steroids|steroid treatment|steroid tablets|steroid medication|oral steroids|high dose steroids|cortisone for years|a long course of steroids)',
          ],
        },
        {
          id: 'nightPain',
          value: 'pain at night',
          synonyms: [ "(wake|waking|woke) up (at night|in the night) (with|in|from the) pain", "pain that (won't|doesn't|never) (ease|ease off|let up)", '(the pain|it|my back|my back pain|the pain in my back) (is|gets|is always|always gets|is even|gets even) (worse|worst) at night', '(it|the pain|my back|my back pain) (hurts|aches|throbs) (all night|every night|at night no matter what)', "(kept|keeps|keep|has kept|it's kept|it keeps|the pain keeps|the pain's kept|the pain kept) me (up|awake) (at night|every night|all night|most nights)", '(wakes|woke|keeps waking|it wakes) me (up|) (at night|in the night|every night)', "(never|doesn't|won't) (lets|let|ease|go away|stop) (up|) at night", '(constant|throbbing|unbearable) (pain|ache) (all night|at night|every night)', '(worse|worst) at night', 'constant (all night|at night|every night)', "(can't|cannot) sleep (because of|for|from) the pain", "(my back|my neck|my lower back) (hurt|ache) [so much|more] at night", "(my back pain|my neck pain|my lower back pain|the pain|back pain|my back|my neck) (wakes|keeps waking|is waking) me up (every night|at night|all night|every single night|in the night)", "it (hurts|aches) (at night|all night) (even when I lie still|even lying still|even when I rest|even when I'm resting|and nothing helps)", "(my back pain|my neck pain|my lower back pain|the pain) (keeps|keep) (me up|me awake|waking me up) [at night]", "[my|the] (neck pain|lower back pain|shoulder pain) (wakes me up|is worse|gets worse) [at night]", "(my back|my neck|my lower back|it) (keeps|keep) (me up|me awake|waking me up) [at night]", "it (hurts|aches) (worse|more) at night [and nothing helps]", "(it hurts|it's worse|my back hurts|the pain is worse|it aches) (at night|every night|all night) [and (won't go away|doesn't go away|won't ease|keeps me up|wakes me up)]", 
            '(pain at night|night pain|night time pain|back pain at night|pain at night that won\'t go away|pain at night that doesn\'t go away|pain at night that doesn\'t ease|pain at night that won\'t ease|pain that wakes me up|pain that wakes me up at night|pain that keeps me up at night|pain that keeps me awake|pain that keeps me awake at night|pain that\'s worse at night|pain that gets worse at night|constant pain at night|pain all night|back pain all night|bad pain at night|pain at night even lying still|pain even when I rest|pain even when resting|pain at rest|pain when I\'m lying still|constant pain|pain that never stops|pain that doesn\'t go away even when I rest|pain that won\'t go away even when I lie down|pain that nothing helps)',
            '[my] (back hurts at night|back hurts all night|back hurts every night|back hurts more at night|back is worse at night|back pain is worse at night|back pain gets worse at night|back pain is bad at night|back pain keeps me up|back pain keeps me up at night|back pain keeps me awake|back pain keeps me awake at night|back pain wakes me up|back pain wakes me up at night|back wakes me up|back wakes me up at night|back pain is constant|back hurts even when I\'m resting|back hurts even when I lie down|back hurts even lying still|back hurts when I lie down at night|back keeps me up at night|back keeps me awake at night|neck hurts at night|neck pain wakes me up)', '[my|the] (pain wakes me up|pain wakes me up at night|pain keeps waking me up|pain keeps me up at night|pain keeps me awake|pain keeps me awake at night|pain keeps me up|pain is worse at night|pain gets worse at night|pain is worst at night|pain is bad at night|pain doesn\'t go away at night|pain won\'t go away at night|pain doesn\'t ease at night|pain doesn\'t ease|pain won\'t ease|pain never goes away|pain doesn\'t go away even when I rest|pain doesn\'t stop even at night|pain doesn\'t get better when I lie down|pain is there all night|pain at night won\'t go away)',
            '(I can\'t sleep because of the pain|I can\'t sleep because of my back|I can\'t sleep because of my back pain|I can\'t sleep because my back hurts|I can\'t sleep my back hurts|I can\'t sleep with the pain|I can\'t sleep from the pain|I can\'t sleep for the pain|I can\'t sleep at night because of my back|I can\'t sleep at night because of the pain|I can\'t get to sleep because of the pain|I haven\'t slept because of the pain|I wake up in pain|I wake up at night in pain|I keep waking up in pain|I wake up every night with pain|I wake up from the pain|the pain wakes me at night|it wakes me up at night|it hurts at night|it hurts all night|it\'s worse at night|it keeps me up at night|it keeps me awake at night|it keeps me awake|it wakes me up|nothing helps at night|lying down doesn\'t help|it hurts even lying down|it hurts even when I rest|it never stops hurting)',
          ],
        },
        {
          id: 'numbness',
          value: 'numbness in my legs',
          synonyms: [ '(fingers|hands|hand|arm|arms|leg|legs|foot|feet|toes) (keep|keeps|) (falling asleep|going dead|going numb)', '(a|this) (tingling|numb|pins and needles) (feeling|sensation)', "my (leg|legs|foot|feet|hand|hands|arm|arms) to (go numb|tingle|feel numb)", "my (leg|arm|hand|foot|thigh|calf|toe|finger) (is|feels) (numb and tingly|tingly and numb|numb and tingling)", "my (legs|arms|hands|feet|toes|fingers|thighs|calves) (are|feel) (numb and tingly|tingly and numb|numb and tingling|numb|tingly)", "my (leg|legs|arm|arms|hand|hands|foot|feet|toes|fingers) (numb|tingling|go numb|keep going numb|feel numb)", "my (leg|arm|hand|foot) keeps (tingling|going numb|going dead)", "I (feel|felt) (tingling|numbness|pins and needles) in my (leg|legs|arm|arms|hand|hands|foot|feet|toes|fingers|back)",
            '(numbness|tingling|pins and needles|a tingling|a tingling feeling|a tingly feeling|a numb feeling|a numb leg|numb legs|a numb arm|numb arms|a numb hand|numb hands|a numb foot|numb feet|numb toes|numb fingers|leg numbness|arm numbness|hand numbness|foot numbness|tingly legs|tingly feet|tingly hands|tingly fingers|tingly toes|tingly arms|loss of feeling|loss of sensation|no feeling|pins and needles in my (leg|legs|arm|arms|hand|hands|foot|feet|toes|fingers)|(numbness|tingling|a tingling) in my (leg|legs|arm|arms|hand|hands|foot|feet|toes|fingers|thigh|thighs|calf|knee|back|lower back|neck|shoulder|hip)|numbness and tingling|numbness and tingling in my (leg|legs|arm|hand)|tingling and numbness|a burning tingle|an electric feeling down my leg|electric shocks down my leg|shooting pain down my leg|pain shooting down my leg|pain going down my leg|pain down my leg|pain running down my leg|sciatica|pain down my arm|pain shooting down my arm|pain radiating down my leg|pain radiating down my arm|numbness down my leg|tingling down my leg|numbness down my arm|tingling down my arm|pins and needles down my leg|pins and needles down my arm|no feeling in my (leg|legs|arm|hand|foot|feet))',
            'my (leg|arm|hand|foot|thigh|left leg|right leg|left arm|right arm|whole leg|face) (is numb|feels numb|went numb|has gone numb|is going numb|keeps going numb|is tingling|is tingly|feels tingly|tingles|is asleep|has pins and needles|has no feeling|is really numb|is still numb)', 'my (legs|arms|hands|feet|toes|fingers) (are numb|feel numb|went numb|have gone numb|are going numb|keep going numb|are tingling|are tingly|feel tingly|tingle|are asleep|have pins and needles|have no feeling|are really numb|are still numb)',
            '(I can\'t feel my (leg|legs|arm|arms|hand|hands|foot|feet|toes|fingers|thigh|thighs|knee|knees|left leg|right leg|left foot|right foot)|I\'ve lost feeling in my (leg|legs|arm|arms|hand|hands|foot|feet|toes|fingers)|I lost feeling in my (leg|legs|arm|arms|hand|hands|foot|feet|toes|fingers)|it\'s numb|it feels numb|it went numb|it\'s tingling|it tingles|it\'s all tingly|everything is numb|it\'s gone numb|my leg tingles when I do this|I feel tingling|I feel numbness|I feel pins and needles|I feel numb|I\'m numb|I\'m tingling|I\'m feeling numb|I\'m feeling tingly|I have a pinched nerve|I\'ve got a pinched nerve|I think I have a pinched nerve|I think I pinched a nerve|a pinched nerve|pinched nerve|numb|tingly|numbness|tingling|sciatica)',
          ],
        },
        {
          id: 'neckDizzy',
          value: 'neck pain with dizziness',
          synonyms: [ "winded", 'the room (is|keeps) spinning', "(a sore neck|a stiff neck|neck pain|a bad neck) and I (feel dizzy|feel lightheaded|feel faint|have a headache|have a bad headache|'m dizzy)", "(I have|I've got|I'm having) a (really bad|bad|terrible|severe) headache and a (stiff|sore) neck",  "(I am feeling|I'm feeling|I feel|I'm|I am|feeling|I get|I got|I feel a bit|I'm a bit) (giddy|dizzy|light headed|lightheaded|woozy|faint)", "[I get|I feel|I'm|I got|I go|feel] dizzy when I (turn|move|tilt|bend|twist|look up with) my (neck|head)", "(turning|moving|tilting) my (neck|head) makes me (dizzy|feel dizzy|lightheaded)", "(neck pain|a stiff neck|a sore neck) (with|and) (dizziness|[a] [really bad|bad|severe|terrible] headache)", "(I am feeling giddy|I'm feeling giddy|I feel giddy|I'm giddy|I am giddy|I feel dizzy|I'm dizzy|I am feeling dizzy) and my neck (is paining|hurts|is sore|is stiff|is aching|is hurting)", 
            '[a] (stiff|sore|bad|painful) neck and a (really bad|bad|terrible|severe|splitting|pounding) headache', '(dizziness|dizzy spells|a dizzy spell|vertigo|a bad headache|a really bad headache|a terrible headache|a horrible headache|an awful headache|a severe headache|a splitting headache|a pounding headache|a massive headache|the worst headache of my life|the worst headache|a sudden headache|a sudden bad headache|a thunderclap headache|a migraine|a bad migraine|a headache|headaches|bad headaches|severe headaches|constant headaches|a headache and neck pain|neck pain and a headache|neck pain and a bad headache|neck pain and dizziness|neck pain with dizziness|neck pain with a headache|neck pain with a bad headache|a stiff neck and a headache|a stiff neck and a bad headache|a stiff neck and dizziness|a stiff neck and a fever|light headedness|lightheadedness|a spinning feeling|blackouts|fainting spells|a fainting spell|a sore neck and a headache|a headache from my neck|a headache at the back of my head|pain at the base of my skull)',
            '(I feel dizzy|I\'m dizzy|I get dizzy|I got dizzy|I\'m feeling dizzy|I feel light headed|I feel lightheaded|I\'m light headed|I\'m lightheaded|I feel faint|I feel like I\'m going to faint|I feel like I might faint|I fainted|I almost fainted|I blacked out|I nearly blacked out|I feel woozy|I\'m woozy|I\'m seeing stars|the room is spinning|everything is spinning|my head is spinning|the room spins|I get dizzy when I turn my head|I get dizzy when I move my neck|I get dizzy when I look up|I get dizzy when I stand up|I get dizzy when I lie down|turning my head makes me dizzy|moving my neck makes me dizzy|my head hurts|my head really hurts|my head is killing me|my head is pounding|my head is throbbing|I have a pounding head|I have a splitting head|my neck hurts and I feel dizzy|my neck hurts and I\'m dizzy|my neck hurts and I have a headache|my neck hurts and I have a bad headache|my neck is stiff and I\'m dizzy|my neck is stiff and I feel dizzy|my neck is stiff and I have a headache|my neck is stiff and I have a bad headache|my neck is sore and I\'m dizzy|my neck is sore and I have a headache|my neck pain makes me dizzy|my neck makes me dizzy|my neck and head hurt|my head and neck hurt|my neck hurts and my head hurts|I have neck pain and I\'m dizzy|I have neck pain and I feel dizzy|I have neck pain and a headache|I\'ve got neck pain and a headache|I\'m dizzy and my neck hurts|I feel dizzy and my neck hurts|I\'m dizzy and my neck is stiff|I have a headache and my neck hurts|I\'ve got a headache and my neck hurts|I have a headache and a stiff neck|I\'ve got a headache and a stiff neck|I can\'t move my neck and I\'m dizzy|I can\'t touch my chin to my chest|my neck is so stiff I can\'t bend it)',
            'dizzy', 'dizziness', 'vertigo', 'lightheaded', 'light headed', 'headache',
          ],
        },
        {
          id: 'swollenCalf',
          value: 'a swollen calf',
          synonyms: [ '(swollen|puffy) and (red|hot|warm|tender|painful|sore)', '(red|hot|warm) and (swollen|puffy)', '(calf|calves|lower leg) (is|are|is all|are all|looks|feels) (swollen|puffy)', 'warm to the touch', "my (calf|leg) to (swell up|be swollen)", "my (calf|leg|lower leg) (is|feels) (red and swollen|swollen and red|hot and swollen|swollen and hot|warm and swollen)", "my (calves|legs) (are|feel|look) (red and swollen|swollen and red|hot and swollen|swollen and hot|warm and swollen|swollen|puffy)", "[both] my (calves|legs) (are|feel|look) (red and hot|hot and red|red and warm|warm and red)", "my (swollen|red swollen|hot swollen) (calf|calves|leg)", "my (calf|calves|leg|legs) (so swollen|swollen|red and swollen)", "my calf (is|feels) (swollen and warm|swollen and red|red and hot|hot and tender)", "a (red swollen|swollen red|hot swollen|swollen) calf", "[my] (calf|leg) (is|feels|looks) (hot and swollen|swollen and hot|swollen|red and swollen|warm and swollen|swollen and sore|all swollen|really swollen)", 
            '(swollen calf|a swollen calf|swollen calves|a hot calf|a hot swollen calf|a red calf|a red swollen calf|a hot red calf|a swollen leg|a swollen red leg|a hot swollen leg|a red hot leg|swelling in my calf|swelling in my leg|swelling in my lower leg|a swollen lower leg|a painful swollen calf|a tender swollen calf|calf swelling|leg swelling|a blood clot|a clot|a clot in my leg|a blood clot in my leg|deep vein thrombosis|dvt|a dvt|a possible blood clot|a lump in my calf|a hard lump in my calf|a warm swollen leg|a warm swollen calf|a swollen ankle and calf|redness in my calf|redness and swelling in my leg|heat in my calf)',
            '[my] (calf is swollen|calves are swollen|calf is hot|calf is hot and swollen|calf is red|calf is red and swollen|calf is red and warm|calf is red and hot|calf is warm and swollen|calf is warm|calf is swollen and red|calf is swollen and hot|calf is swollen and sore|calf is swollen and tender|calf is tender and swollen|calf is hot and red|calf is hot to the touch|calf is warm to the touch|calf is red and sore|calf is puffy|calf has swelled up|calf has swollen up|calf looks swollen|calf feels swollen|calf feels hot|leg is swollen|legs are swollen|leg is red and swollen|leg is hot and swollen|leg is swollen and red|leg is swollen and hot|leg is warm and swollen|leg is red and hot|leg is red and warm|leg is swollen and sore|leg is hot|leg feels hot|lower leg is swollen|lower leg is red and swollen|one leg is swollen|one calf is swollen|one leg is bigger than the other|one calf is bigger than the other|calf hurts and it\'s swollen|calf hurts and it\'s hot|calf hurts and is swollen|calf is painful and swollen|calf is sore and swollen|calf is sore and red|calf is sore and hot|leg hurts and it\'s swollen|ankle and calf are swollen|calf muscle is swollen|calf muscle is hot)',
            "a (red|swollen|red swollen|hot swollen) (spot|patch|lump) on my (calf|leg)",
            '(I think I have a blood clot|I might have a blood clot|could it be a blood clot|is it a blood clot|I\'m worried about a blood clot|I think I have dvt|I might have dvt)',
          ],
        },
        {
          id: 'visionChange',
          value: 'a sudden change in my vision',
          synonyms: [ '(lost|losing) part of my (vision|sight)', 'went dark in one eye', '(vision|eyesight|sight) (just|) (went|got|is|has gone) (blurry|weird|funny|fuzzy|dark|double|dim)', "(can't|cannot|couldn't) see (out of|with) (one|my left|my right|one of my) eye", '(blurry|blurred|lost) (vision|sight|eyesight)', '(lost|losing) (vision|my vision|sight) in (one|my left|my right) eye', '(blurry|blurred)', '(seeing|see) (double|spots|flashes|stars|things blurry)', "my (eye|eyes) (hurt|ache|hurt so much)", 'eye', "my (vision|eyesight|eyes) (blurry|so blurry|blurred|going blurry|go blurry|fuzzy|double)", "[my] vision (went|has gone|has become|became|is|is getting|suddenly went|got) (blurry|blurred|fuzzy|double|dark|hazy|weird)", 
            '(blurred vision|blurry vision|double vision|vision problems|vision changes|a change in my vision|changes in my vision|a sudden change in my vision|sudden vision changes|sudden vision loss|vision loss|loss of vision|eye pain|pain in my eye|pain in my eyes|a pain in my eye|a pain behind my eye|pain behind my eyes|a painful eye|painful eyes|eye problems|trouble seeing|trouble with my vision|trouble with my eyes|problems with my vision|problems seeing|flashing lights|flashes of light|flashes in my eye|floaters|new floaters|a shadow in my vision|a curtain over my eye|a dark spot in my vision|spots in my vision|blind spots|a blind spot|tunnel vision|fuzzy vision|hazy vision|cloudy vision|a red painful eye|a red eye and pain|halos around lights)',
            '[my] (vision\'s|eyesight\'s) (gone blurry|blurry|gone funny|gone weird|gone fuzzy|gone double|all blurry)', '[my] (vision is blurry|vision is blurred|vision went blurry|vision has gone blurry|vision is getting blurry|vision is fuzzy|vision is weird|vision is funny|vision is off|vision is going|vision is doubled|vision changed|vision has changed|vision suddenly changed|vision is different|vision is dim|vision went dark|vision went black|vision keeps going blurry|eyesight is blurry|eyesight went blurry|eyesight is going|eyesight has changed|eyesight changed|eye hurts|eye is hurting|eye is painful|eye is really painful|eye is killing me|eye hurts a lot|eye really hurts|eyes really hurt|eyes are painful|eyes are really painful|eye aches|eyeball hurts|eyeballs hurt|eye is red and painful|eye is red and sore|eye is throbbing|eyes hurt when I move them|eye hurts when I move it|eyes are blurry|eyes went blurry|eye went blurry|eye is blurry|eyes feel blurry|eyes won\'t focus|eyes can\'t focus|eye won\'t focus)',
            '(I\'m seeing double|I see double|I\'m seeing two of everything|I see two of everything|everything is blurry|everything looks blurry|everything went blurry|everything\'s blurry|things look blurry|things are blurry|I can\'t see properly|I can\'t see well|I can\'t see clearly|I can\'t see straight|I can\'t see out of my eye|I can\'t see out of one eye|I can\'t see|I can barely see|I suddenly can\'t see|I suddenly can\'t see properly|I suddenly can\'t see well|I lost my vision|I lost vision in one eye|I\'m losing my vision|I\'ve lost part of my vision|I\'m seeing flashes|I\'m seeing flashing lights|I\'m seeing spots|I see spots|I see flashing lights|I see floaters|I\'m seeing floaters|there\'s a shadow over my eye|it\'s like a curtain over my eye|I can\'t focus my eyes|my eyes can\'t focus|it hurts to move my eyes|it hurts behind my eye|the light hurts my eyes|light hurts my eyes|bright light hurts my eyes|I\'m sensitive to light)',
          ],
        },
      ],
    },
    {
      name: 'OIL_NEED',
      values: [
        { id: 'backPain', value: 'back pain', synonyms: ['pain', 'sore muscles', 'muscle pain', 'lower back pain', 'aches', 'a sore back', 'my back pain', 'my back', 'my sore back', 'a bad back', 'back ache', 'backache', 'aching muscles', 'muscle aches', 'sore backs', 'pain relief', 'aches and pains', 'muscle soreness', 'stiff muscles', 'a stiff back', 'neck pain', 'sore shoulders', 'inflammation', 'tight muscles', 'knots', 'muscle tension', 'back pains', 'a sore neck', 'sore feet', 'my aching back', 'relieving pain', 'relieving back pain', 'back pain relief'] },
        { id: 'sensitiveSkin', value: 'sensitive skin', synonyms: ['my skin gets irritated [by oils|easily]', 'my skin reacts to (oils|oil)', 'oils irritate my skin', 'sensitive', 'dry skin', 'allergies', 'skin that reacts', 'delicate skin', 'skin allergies', 'my sensitive skin', 'easily irritated skin', 'irritated skin', 'reactive skin', 'eczema', 'someone with sensitive skin', 'people with sensitive skin', 'sensitive skin types', 'allergic skin', 'itchy skin', 'very sensitive skin', 'really sensitive skin'] },
        { id: 'relax', value: 'relaxing', synonyms: [ "relaxing and sleep", 'you relax', 'people relax', 'me unwind', 'relaxation', 'to relax', 'stress', 'calming', 'calm', 'a relaxing massage', 'relax', 'relaxing me', 'stress relief', 'anxiety', 'sleep', 'sleeping', 'better sleep', 'unwinding', 'unwind', 'calming down', 'calm down', 'de stressing', 'destress', 'destressing', 'relieving stress', 'stress and anxiety', 'chilling out', 'relaxing oil', 'relaxed', 'soothing', 'me relax', 'relaxing before bed', 'bedtime', 'winding down', 'wind down'] },
        { id: 'insteadOfOil', value: 'no oil', synonyms: [ "(lotion|cream|moisturiser|moisturizer|body lotion|a lotion|a cream) instead [of (oil|massage oil)]", 'instead of oil', 'instead of massage oil', 'if I don\'t have oil', 'if I don\'t have any oil', 'if I have no oil', 'without oil', 'without any oil', 'I don\'t have any oil', 'I don\'t have oil', 'I have no oil', 'I haven\'t got any oil', 'I don\'t have any massage oil', 'I\'m out of oil', 'I ran out of oil', 'without oil', 'an oil alternative', 'lotion', 'oil alternatives', 'alternatives to oil', 'instead of massage oil', 'replacing oil', 'an alternative', 'a substitute for oil', 'oil substitute', 'no massage oil', 'if I have no oil', 'if I don\'t have oil', 'when I don\'t have oil'] },
        { id: 'carrier', value: 'carrier oils', synonyms: ['carrier oil', 'almond oil', 'coconut oil', 'olive oil', 'diluting essential oils', 'diluting oils', 'a carrier oil', 'carrier', 'a carrier', 'the carrier oil', 'base oil', 'a base oil', 'base oils', 'diluting', 'dilution', 'mixing with essential oils', 'mixing essential oils', 'diluting peppermint oil', 'jojoba oil', 'grapeseed oil', 'sweet almond oil', 'a good carrier oil', 'a carrier oil to use', '(mix|dilute|blend) (essential oils|peppermint oil|lavender oil|eucalyptus oil|an essential oil|my essential oil|oils|it)'] },
        { id: 'general', value: 'massage oil', synonyms: [ "essential oil", "an essential oil for massage", 'massage oils', 'oils', 'essential oils', 'aromatherapy oils', 'peppermint oil', 'lavender oil', 'aromatherapy', 'an essential oil', 'oils in general', 'massage oil in general', 'general use', 'general massage', 'everyday use', 'everyday massage', 'a general massage', 'my massage', 'this massage', 'self massage', 'a back massage', 'back massage', 'massaging', 'massage', 'eucalyptus oil', 'lemongrass oil', 'chamomile oil'] },
      ],
    },
    {
      name: 'ADVICE_TOPIC',
      values: [
        { id: 'sleep', value: 'sleeping with back pain', synonyms: ['sleep with back pain', 'sleeping', 'sleep', 'sleeping positions', 'sleep positions'] },
        { id: 'lying', value: 'lying down with back pain', synonyms: ['lie down', 'lay down', 'lying down', 'lying positions', 'resting positions'] },
        { id: 'howOften', value: 'how often to massage', synonyms: ['massage frequency', 'how often', 'how often to do this'] },
        { id: 'massageType', value: 'massage types', synonyms: ['types of massage', 'kinds of massage', 'massage styles', 'different massages'] },
        { id: 'deepTissue', value: 'deep tissue massage', synonyms: [ "(is|are) (deep tissue massage|deep tissue|deep tissue massages)", 'deep tissue', 'a deep tissue massage', 'deep tissue massages', 'deep massage', 'deep tissue work'] },
        { id: 'swedish', value: 'swedish massage', synonyms: [ "(is|are) (swedish massage|a swedish massage|swedish)", 'swedish', 'a swedish massage', 'swedish massages', 'classic massage'] },
        { id: 'triggerPoint', value: 'trigger point massage', synonyms: [ "(is|are) (trigger points|a trigger point|trigger point therapy|trigger point massage|trigger point|myofascial release)", 'trigger points', 'trigger point', 'knots', 'trigger point therapy', 'trigger point release', 'a trigger point', 'trigger point massages', 'muscle knots', 'a knot', 'myofascial release'] },
        { id: 'acupressure', value: 'acupressure', synonyms: [ "(is|are) (acupressure|reflexology|shiatsu|acupressure massage|pressure points)", 'pressure points', 'acupressure massage', 'acupressure points', 'shiatsu', 'reflexology'] },
        { id: 'benefits', value: 'benefits of self massage', synonyms: [ "(is|are) (the benefits)", 'benefits', 'the benefits'] },
        { id: 'warmUp', value: 'warm up', synonyms: [ "(is|are) (a warm up|warming up)",  "warm up before (massage|massaging|the massage|self massage)", 'warming up', 'warm up first', 'prepare', 'preparing for a massage', 'get ready', 'stretching first', 'a warm up', 'warmups', 'warm ups', 'warm up before a massage', 'preparation'] },
        { id: 'breathing', value: 'breathing', synonyms: [ "(is|are) (deep breathing|breathing)", 'breathe', 'breathing exercises', 'how to breathe', 'deep breathing', 'my breathing', 'breath', 'breathe during a massage', 'breathe during the massage', 'breathe during this', 'breathing during massage'] },
        { id: 'epsomSalt', value: 'epsom salt rub', synonyms: [ "(is|are) (epsom salt|an epsom salt bath|epsom salts|an epsom salt rub|epsom salt rub)", 'epsom salt', 'epsom salts', 'salt rub', 'epsom salt massage', 'an epsom salt rub', 'epsom salt bath', 'an epsom salt bath', 'epsom bath', '(epsom salt|epsom|salt) baths', 'a bath with epsom salts', 'a salt scrub', 'salt scrub'] },
        { id: 'hotStone', value: 'hot stone massage', synonyms: [ "(is|are) (hot stone massage|a hot stone massage|hot stone therapy|hot stones)", 'hot stone', 'warm stone', 'a hot stone', 'stone massage', 'warm stone massage', 'hot stones', 'warm stones', 'a hot stone massage', 'hot stone therapy', 'heated stones'] },
        { id: 'tips', value: 'massage tips', synonyms: [ "(is|are) (massage technique|good technique)", 'tips for massaging myself', 'tips for massaging', 'tips for doing this', 'tips', 'tip', 'massage tip', 'self massage tip', 'advice', 'massage advice', 'pointers', 'tips for self massage', 'pressure', 'how hard to press', 'how hard (should I|do I) press', 'how much pressure (should I use|do I use)', 'aftercare', 'after a massage', 'some tips', 'a tip', 'self massage tips', 'general tips', 'technique', 'massage technique', 'good technique', 'how much pressure to use'] },
        { id: 'heatOrCold', value: 'heat or cold', synonyms: ['heat or ice', 'ice or heat', 'cold or heat', 'heat and cold', 'heat and ice', 'ice and heat', 'hot and cold', 'hot or cold', 'heat versus ice', 'heat vs ice', 'hot and cold therapy', 'heat or cold therapy', 'using heat or ice', 'when to use heat or ice', 'heat and ice therapy'] },
        { id: 'selfCare', value: 'self care', synonyms: [ "(is|are) (self care|good posture|core strength)", 'daily care', 'back care', 'exercises', 'exercise', 'stretches', 'stretching', 'back exercises', 'back stretches', 'preventing back pain', 'prevention', 'posture', 'good posture', 'staying active', 'looking after my back', 'taking care of my back', 'daily back care', 'self care for my back', 'strengthening', 'core strength', 'core exercises', 'lifting', 'lifting safely'] },
      ],
    },
    {
      name: 'OIL_CHOICE',
      values: [
        { id: 'peppermint', value: 'peppermint oil', synonyms: ['peppermint', 'mint oil', 'mint', 'peppermint essential oil', 'a peppermint oil', 'spearmint', 'spearmint oil', 'menthol'] },
        { id: 'lavender', value: 'lavender oil', synonyms: ['lavender', 'lavender essential oil', 'a lavender oil'] },
        { id: 'lemongrass', value: 'lemongrass oil', synonyms: ['lemongrass', 'lemon grass', 'lemon grass oil', 'lemongrass essential oil'] },
        { id: 'eucalyptus', value: 'eucalyptus oil', synonyms: ['eucalyptus', 'eucalyptus essential oil'] },
        { id: 'chamomile', value: 'chamomile oil', synonyms: ['chamomile', 'camomile', 'camomile oil', 'chamomile essential oil'] },
        { id: 'almond', value: 'almond oil', synonyms: ['almond', 'sweet almond oil', 'sweet almond', 'almond massage oil'] },
        { id: 'coconut', value: 'coconut oil', synonyms: ['coconut', 'fractionated coconut oil', 'coconut massage oil'] },
        { id: 'olive', value: 'olive oil', synonyms: ['olive', 'extra virgin olive oil'] },
        { id: 'lotion', value: 'lotion', synonyms: ['body lotion', 'a lotion', 'plain lotion', 'moisturizer', 'cream', 'moisturiser', 'body cream', 'a cream', 'unscented lotion', 'hand cream', 'massage lotion', 'massage cream', 'baby lotion', 'baby oil', 'body butter', 'shea butter', 'aloe vera'] },
      ],
    },
    {
      name: 'PACE',
      values: [
        { id: 'slow', value: 'slower', synonyms: ['slowly', 'more slowly', 'slow', 'slower please', 'a bit slower', 'a little slower', 'slow speed', 'slow pace', 'a slower pace', 'more slow', 'really slowly', 'nice and slow'] },
        { id: 'normal', value: 'normal speed', synonyms: ['(your|the) (regular|usual|normal) speed', 'normal', 'normally', 'at normal speed', 'regular speed', 'the normal speed', 'normal pace', 'a normal pace', 'the normal pace', 'regular pace', 'a regular pace', 'regular', 'usual speed', 'the usual speed', 'your usual speed', 'your normal speed', 'the default speed', 'default', 'default speed', 'standard speed', 'medium speed', 'medium', 'like before', 'the way you were'] },
        { id: 'fast', value: 'faster', synonyms: ['(speed up|speed it up|go faster|faster) (a bit|a little|a little bit)', 'speed up', 'speed it up', 'hurry up', 'pick up the pace', 'pick it up', 'go faster', 'talk faster', 'speak faster', 'you\'re too slow', 'too slow', 'that\'s too slow', 'way too slow', 'you\'re going too slowly', 'you talk too slowly', 'quickly', 'more quickly', 'fast', 'quicker', 'a bit faster', 'a little faster', 'a bit quicker', 'a little quicker', 'fast pace', 'a faster pace', 'fast speed', 'quick', 'more quickly please', 'speedier', 'faster please'] },
      ],
    },
    {
      // What a reminder or a question about the week is about (ids: lambda/content/reminders.ts).
      name: 'ACTIVITY',
      values: [
        {
          id: 'massage',
          value: 'massage',
          synonyms: [
            '[to] (massage|rub|roll out) my (back|lower back|upper back|neck|shoulders)',
            '[to] do my (massage|back massage|routine)',
            '(about|for|my|a|the) (massage|back massage|massage routine)',
            'massages', 'massaging', 'do a massage', 'self massage', 'routines',
          ],
        },
        {
          id: 'cold',
          value: 'cold therapy',
          synonyms: [
            '[about|for] my next (cold round|round of cold|round of ice|round of cold therapy)',
            '[to] (ice|put ice on) my (back|lower back|neck)',
            '[about|for|to do] my (cold therapy|icing|ice pack|cold pack)',
            'ice', 'icing', 'cold', 'cold rounds', 'rounds of ice', 'rounds of cold therapy', 'use ice',
          ],
        },
      ],
    },
    {
      // Days a reminder repeats on (the Reminders API's BYDAY codes), and every day.
      name: 'REMINDER_DAY',
      values: [
        { id: 'MO', value: 'monday', synonyms: ['mondays', 'monday evening', 'monday morning'] },
        { id: 'TU', value: 'tuesday', synonyms: ['tuesdays', 'tuesday evening', 'tuesday morning'] },
        { id: 'WE', value: 'wednesday', synonyms: ['wednesdays', 'wednesday evening', 'wednesday morning'] },
        { id: 'TH', value: 'thursday', synonyms: ['thursdays', 'thursday evening', 'thursday morning'] },
        { id: 'FR', value: 'friday', synonyms: ['fridays', 'friday evening', 'friday morning'] },
        { id: 'SA', value: 'saturday', synonyms: ['saturdays', 'saturday evening', 'saturday morning'] },
        { id: 'SU', value: 'sunday', synonyms: ['sundays', 'sunday evening', 'sunday morning'] },
        { id: 'daily', value: 'day', synonyms: ['daily', 'every day', 'each day', 'everyday', 'night', 'evening', 'morning'] },
      ],
    },
  ],
  nameFree: {
    launch: ['start a self massage', 'guide me through a massage', 'start a massage routine', 'help me do a self massage', 'walk me through a self massage'],
    intents: {
      StartRoutineIntent: ['start lower back massage', 'start a lower back massage', 'start a neck massage', 'start an upper back massage', 'start a shoulder massage', 'start a foot massage', 'massage my lower back', 'massage my neck'],
      OilIntent: ['recommend a massage oil', 'suggest a massage oil', 'what\'s a good carrier oil'],
      ColdTherapyIntent: ['start cold therapy', 'time my ice pack', 'start an ice pack timer'],
      HeatTherapyIntent: ['start heat therapy', 'time my heating pad', 'set a heating pad timer'],
      PartnerMassageIntent: ['start a partner massage', 'partner massage', 'teach me to massage my partner'],
      ComplaintIntent: ['my lower back hurts', 'my back hurts', 'my lower back is sore', 'my neck is stiff', 'my shoulders are tight'],
    },
  },
};
