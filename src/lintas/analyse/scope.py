"""What a count is of: the event's own figure, or a part, another event, several events, a
crowd, a running total, a superseded report ("one of the victims", "in 17 shootings across the
city", "Originally, reports said eight"). Read off the words around the number; a count these
rules call partial is kept but compared with nothing."""

from __future__ import annotations

import re

# A part of a count, not the count: "one of the victims". Place words ("died at the scene") are
# not treated as partial: on GVA (100 incidents) that cut discrepancy recall from 0.76 to 0.65.
_PARTIAL_OF = re.compile(
    r"^\s*(?:of|dari|di antara(?:nya)?)\s+(?:the|them|those|these|his|her|their|para|mereka|korban|the victims"
    r"|which|whom)\b"
    r"|^\s*(?:[a-z-]+\s+)?di antaranya\b",  # "tiga tersangka di antaranya": three of them
    re.I,
)
# "salah satu tersangka": one of the suspects, no count of them.
_ONE_OF = re.compile(r"\bsalah\s*$", re.I)


# "three men died at the scene and a fourth at a hospital": the first figure is a part of the toll.
_AND_ANOTHER = re.compile(r"\band (?:a|the|one) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I)
# "a party packed with 400 people", "dihadiri 400 orang": a crowd, not a toll.
_CROWD = re.compile(
    r"\b(?:packed|crowded|filled|attended|jammed)\s+(?:with|by)\s+(?:about\s+|some\s+|nearly\s+|more than\s+)?$"
    r"|\b(?:dihadiri|dipadati|disaksikan)\s+(?:sekitar\s+|lebih dari\s+)?$",
    re.I,
)


# "14 people were hit, including two who ...", "termasuk dua anak": a part named inside the count.
_INCLUDING = re.compile(r"\b(?:including|among them|termasuk|di antaranya)\s+(?:[a-z]+\s+){0,2}$", re.I)
# A running total, not the event's count: "raise Louisville's homicide total to 104 for 2016",
# "67 officers have been killed in the line of duty this year", "41 of 123 officer fatalities in 2015".
_TOTAL_BEFORE = re.compile(
    r"\b(?:homicide|murder|killing|shooting|traffic|overdose)s?\b[^.;,]{0,20}\btotal\s+(?:to|at|of)\s+$"
    r"|^\W*so far (?:this year|in (?:19|20)\d\d)\b[^.;]*$"  # a sentence about the year ("So far in 2016, ...")
    r"|\b(?:teams?|groups?|squads?|pairs?|sets?|rounds?)\s+of\s+$",  # "teams of four": a size, no count
    re.I,
)
_YEARLY_AFTER = re.compile(
    r"^\s*(?:[\w.]+\s+){0,6}?(?:have|has|had)\s+(?:been\s+)?(?:killed|died|shot|murdered)\b[^.;:,]{0,50}"
    r"\b(?:this year|in (?:19|20)\d\d)\b"
    r"|^\s*(?:[\w.]+\s+){0,3}(?:fatalities|homicides|murders|killings|deaths)\s+"
    r"(?:(?:so far )?this year|(?:in|for|since|during)\s+(?:19|20)\d\d)\b"
    r"|^[^.;:,]{0,60}?\b(?:sepanjang tahun|sejak awal tahun|selama tahun)\b",
    re.I,
)


# Counts over several events: "Two brothers were killed just weeks apart", "in separate
# shootings", "dalam kejadian terpisah".
_SEPARATE_AFTER = re.compile(
    r"^(?P<gap>(?:(?!\b(?:but|while|whereas|sementara|sedangkan|tetapi)\b)[^.;:,]){0,60}?)"  # its own sentence part
    r"\b(?:(?:hours|days|weeks|months|years|minutes) apart"
    r"|in (?:\w+ )?separate (?:shootings|incidents|attacks|cases|crashes)"
    r"|(?:dalam|pada) (?:kejadian|peristiwa|insiden|kasus) (?:yang )?(?:berbeda|terpisah))\b",
    re.I,
)


# "Five died in the crash and two were hurt in separate incidents": the first clause has its own
# event, the separate ones are the second clause's; "Two were slain and five wounded in 4 separate
# shootings" counts both over them.
_AND = re.compile(r"\b(?:and|dan|serta)\b", re.I)
_OWN_EVENT = re.compile(r"\b(?:in|at|during|near|dalam|di|pada|saat)\s+(?:the|a|an|sebuah)?\s*[a-z]{3,}", re.I)


# A roundup's sentence: all its counts are over several shootings ("Four people were killed, ...,
# in shootings from Friday to Saturday morning in Chicago").
_ROUNDUP = re.compile(
    r"\bin (?:(?:several|multiple|weekend|overnight|holiday|citywide|other|\w+ separate|separate)\s+)?shootings\s+"
    r"(?:across|around|throughout|from|over|since|in)\b"
    # "in shootings Tuesday across the city", "in South Side shootings Wednesday", "in Chicago
    # shootings since Sunday", "in 6 Shreveport shootings on Sunday": a city's or a day's shootings
    r"|\bin (?:shootings\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:\w+\s+)?"
    r"(?:across|around|throughout)"
    # (a venue's name before "shootings" is one attack's: "in Nashville Waffle House shootings on Sunday")
    r"|(?-i:[A-Z][\w-]*\s+){1,3}shootings\s+(?:since|across|around|throughout)"
    r"|\d+\s+(?-i:[A-Z][\w-]*\s+){1,3}shootings\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
    # "nine people killed and 46 wounded by gunfire in Chicago during that June weekend"
    r"|\bby (?:gunfire|gun violence|shootings) (?:in|across) (?:the )?[A-Z]\w+(?: [A-Z]\w+)? "
    r"(?:during|over) (?:that|the|this|last) (?:\w+ )?weekend\b"
    # "wounded by gunfire on the South and West sides Monday": a city's sides, not one place
    r"|\b(?:on|across) the (?-i:[A-Z]\w+)(?:,? (?:and|&) (?-i:[A-Z]\w+)|, (?-i:[A-Z]\w+)){1,3} sides\b"
    # "70 people wounded in gun violence over the Fourth of July holiday weekend"
    r"|\bin gun violence (?:over|during|across|throughout) (?:the|this|last|that) [\w ]{0,30}?(?:weekend|holiday)\b"
    # "a coffin to protest gun violence in New York City, which left three people dead" (not "after gun
    # violence in the Hilltop neighborhood, which left two teenagers dead": one shooting)
    r"|\b(?:protest|rally|march|vigil)\w*\s+(?:against\s+)?gun violence (?:in|across) [^.;]{0,40}?(?:which|that) "
    r"(?:has )?(?:left|killed|claimed)\s+(?:\w+\s+)?$",
    re.I,
)


# A sentence about several shootings counts over all of them: "a pair of shootings that left one
# dead and four wounded", "three overnight shootings", "dua penembakan terpisah". Not shootings
# named as other events: "the 2019 shootings in El Paso", "the deadliest of 40 shootings this
# year", "a gang linked to several shootings", "penembakan serupa bulan lalu".
_SEVERAL_SHOOTINGS = re.compile(
    r"\b(?:a pair of|two|three|four|five|six|multiple|several|\d{1,3})\s+(?:separate\s+|overnight\s+|weekend\s+|"
    r"unrelated\s+|related\s+|different\s+|(?:double|triple|quadruple|fatal|deadly|non-?fatal)\s+)*shootings\b"
    # "in two South Side shootings Sunday" (a place's name between; not "two Waffle House shootings")
    r"|\b(?:a pair of|two|three|four|five|six|\d{1,2})\s+(?-i:(?:North|South|East|West|Northwest|Northeast|Southwest"
    r"|Southeast)(?: Side)?)\s+shootings\b"
    r"|\b(?:dua|tiga|empat|beberapa|sejumlah)\s+(?:kasus\s+|kejadian\s+|peristiwa\s+)?penembakan\b"
    r"|\bpenembakan\s+(?:yang\s+)?terpisah\b",
    re.I,
)
_OTHER_SHOOTINGS_BEFORE = re.compile(
    r"\b(?:linked|connected|tied|related|compared)\s+(?:to|with)\s+(?:the\s+)?$|\b(?:suspect(?:ed)?|involved|charged|"
    r"convicted)\s+in\s+$|\bdeadliest\s+of\s+(?:the\s+)?$|\bsimilar\s+to\s+$"
    r"|\b(?:hours|days|weeks|months)\s+(?:after|before)\s+$",  # "came days after two deadly shootings in Memphis"
    re.I,
)
_OTHER_SHOOTINGS_AFTER = re.compile(
    r"[^.;:]{0,40}?\b(?:since|so far|this year|last year|last month|previous|earlier|in (?:19|20)\d\d|serupa|"
    r"sebelumnya|bulan lalu|tahun lalu|sejak)\b",
    re.I,
)


def over_several_shootings(sentence: str) -> bool:
    """Whether a sentence counts over several shootings of its own (not ones it names in passing)."""
    return any(
        not _OTHER_SHOOTINGS_BEFORE.search(sentence[max(0, m.start() - 40) : m.start()])
        and not _OTHER_SHOOTINGS_AFTER.match(sentence, m.end())
        for m in _SEVERAL_SHOOTINGS.finditer(sentence)
    )


# "seven dead and 14 injured in 17 shootings across the city": counts over N shootings, told later
# in the same clause (not "40 killed in 35 shootings since January", a year's running total).
_ROUNDUP_COUNTED = re.compile(
    r"^[^;]*?\bin (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty)\s+shootings\s+"
    r"(?:across|around|throughout|over)\b",
    re.I,
)


# Figures an outlet tells as superseded, as a part or of another happening: "Originally, reports
# said that eight teens were injured", "revised Saturday from eight to six", "the identities of
# three victims killed", "a block away from where five people were wounded in December".
_NOT_NOW_BEFORE = re.compile(
    r"^\W*(?:originally|initially|at first|earlier reports?|first reports?|awalnya|semula)\b[^.;]*$"
    # the latest of a series, told after the article's own happening: "Most recently, two brothers
    # were killed in ..." (not "Most recently, police said the toll had risen to six")
    r"|^\W*most recently,\s*(?:[a-z]+\s+)?$"
    r"|^\W*in (?:initial|early|earlier|first) reports?\b[^.;]*$"
    r"|\b(?:revised|raised|lowered|updated|changed|corrected|direvisi|diralat)\b[^.;]{0,40}\b(?:from|dari)\s+$"
    r"|\bidentit(?:y|ies) of\s+(?:the\s+)?$"
    r"|\b(?:from|near|close to|steps from)\s+where\s+(?:[a-z]+\s+){0,2}$",  # "a block away from where five were hurt"
    re.I,
)


# Parts of a count named as such: "the other two laid in the parking lot", "six people wounded --
# two mortally", a later part of a sequence; and figures a speaker supposes: "There should've been
# five or six people dead".
_PART_BEFORE = re.compile(
    r"\bthe other\s+$|\b(?:should|could|would|might)(?:'ve| have| of)? been\s+(?:[a-z]+\s+){0,2}$"
    # a later part of a sequence: "shot and killed his girlfriend and then fatally shot three men"
    # (a death, then deaths: not "killed his wife and then wounded two")
    r"|\b(?:killed|killing)\b[^.;,]{0,60}\bthen\s+(?:fatally shot|shot and killed|killed|stabbed to death)\s+$",
    re.I,
)
# The part stands on its own after the count it is of: "six wounded -- two mortally", "..., two
# critically" (not "injured 20 seriously", the whole count, nor "four dead, 30 seriously injured").
_ELLIPTIC_BEFORE = re.compile(r"(?:[,;(]|--|[—–])\s*$")
_PART_AFTER = re.compile(
    r"^\s*(?:of them\s+)?(?:mortally|fatally|critically|seriously|severely|gravely)\s*(?:[,.;:)—–-]|$)", re.I
)
# A count of the injured still in a state, not the event's: "Two are still battling serious
# injuries" (for the injured only: "two are still missing" is the count of the missing).
STILL = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:(?:are|is|were|remain(?:s|ed)?)\s+)?still\b", re.I)
# The parts a count is broken into: "five victims – three adults, a boy, and an infant", "six people
# were shot: four men and two women", "lima korban, yakni tiga orang dewasa dan dua anak".
_BREAKDOWN_BEFORE = re.compile(
    r"(?<![\d:.,])\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dua|tiga|empat|lima|enam|tujuh"
    r"|delapan|sembilan|sepuluh)\s+(?:[a-z-]+\s+){0,2}?(?:victims|people|persons|dead|deaths|killed|wounded|injured"
    r"|hurt|shot|casualties|korban|orang|jiwa|tewas|luka)\b[^.;:—–(\d]{0,30}?\s*(?::|--|[—–(]|,?\s+(?:yakni|yaitu"
    r"|terdiri (?:atas|dari)))\s*$",
    re.I,
)
# ... unless the piece says its own harm: "Nine people were shot: two died and seven were wounded".
_HARM_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:died|dead|killed|wounded|injured|hurt|shot|tewas|meninggal|luka|terluka|tertembak)\b",
    re.I,
)
# A family's part of the dead: "killed his wife and their three children" (the toll counts the wife).
_FAMILY_PART = re.compile(
    r"\b(?:his|her|their)\s+(?:wife|husband|girlfriend|boyfriend|partner|mother|father|ex-wife|ex-husband)\b"
    r"[^.;]{0,60}\band\s+(?:\w+\s+)?(?:their|his|her)\s+$",
    re.I,
)
_FAMILY_AFTER = re.compile(r"^\s*(?:[a-z]+\s+)?(?:children|kids|sons|daughters|grandchildren|stepchildren)\b", re.I)
# A shooting the article tells apart from its own: "An unrelated shooting ... killed two".
_UNRELATED = re.compile(
    r"\b(?:unrelated|separate|earlier|previous|another|different)\s+(?:\w+\s+)?(?:shooting|incident|attack|case)\b"
    r"(?:(?!\b(?:but|while|whereas)\b)[^.;,]){0,80}$"
    # the attack it avenged: "in retaliation for a Labor Day shooting that left one person dead"
    r"|\b(?:retaliation|revenge|payback)\s+(?:for|to)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}(?:shooting|killing|slaying"
    r"|attack|murder)\s+(?:that|which|in which)\s+[^.;,]{0,30}$",
    re.I,
)


# Others hurt beside a group of the injured told before them: "two people are in critical
# condition and five others were hospitalized", "One man is in critical condition and three others
# are injured", "A pregnant woman was shot ... that injured four other people" (the injured are
# both); not beside the dead: "one dead and three others injured" (the three are all the injured).
_OTHERS_NEXT = re.compile(r"^\s*(?:others?|other\s+(?:[a-z]+\s+)?(?:people|persons|victims|men|women|adults))\b", re.I)
_HARM_CUE = re.compile(
    r"\b(?P<dead>(?:fatally|mortally)(?:\s+(?:wounded|injured|shot|struck|hurt))?|died|dead|killed|slain|deaths?"
    r"|murdered|lost (?:his|her|their) li(?:fe|ves))\b"
    r"|\b(?P<hurt>in\s+(?:critical|serious|stable|fair|grave|good|satisfactory)\s+condition|critically|hospitalized"
    r"|wounded|injured|hurt)\b",  # (not "shot": "killed when he was shot, and four others were injured")
    re.I,
)
# What may stand between the count's own verb and it: "wounded at least three others".
_OWN_VERB_GAP = re.compile(r"\s*(?:(?:at least|about|around|nearly|as many as|more than|some)\s+)?", re.I)


def beside_other_injured(rest: str, before: str) -> bool:
    """Whether an injured count of "others" follows a group of the injured in its sentence."""
    if not _OTHERS_NEXT.match(rest):
        return False
    cues = list(_HARM_CUE.finditer(before))
    if cues and _OWN_VERB_GAP.fullmatch(before[cues[-1].end() :]):
        cues.pop()  # the count's own verb: "killed six people and wounded fourteen others"
    return bool(cues) and cues[-1].group("hurt") is not None


def _over_several(rest: str) -> bool:
    m = _SEPARATE_AFTER.match(rest)
    if m is None:
        return False
    joint = _AND.search(m.group("gap"))
    return not (joint and _OWN_EVENT.search(m.group("gap")[: joint.start()]))


# A count of the injured told beside another group of them: "one in critical condition and four
# treated for other injuries", "a student in critical condition, and three other bystanders also
# suffered injuries", "11 victims had leg wounds while one man sustained a wound to the face",
# "1 person is critically injured and 3 people are in serious condition".
OTHER_INJURED_AFTER = re.compile(
    r"[^.;]{0,50}?\b(?:for|with)\s+other\s+(?:injuries|wounds)\b"
    r"|\s*other\s+(?:[a-z]+\s+)?(?:also|too)\b"
    r"|[^.;]{0,80}?\bwhile\s+(?:one|a|an|another|two|three)\s+(?:[a-z]+\s+){0,2}(?:sustained|suffered)\b"
    # (the count itself told as a severity: "Five people were injured and two are in critical
    # condition" keeps its five)
    r"|\s*(?:\w+\s+){0,3}?(?:critically|seriously|severely|gravely)\s+(?:injured|wounded|hurt)\s+and\s+(?:\w+\s+){1,3}"
    r"(?:is|are|was|were)\s+(?:listed\s+)?in\s+(?:serious|stable|critical|fair|good|grave)\s+condition\b",
    re.I,
)


def partial(rest: str, before: str = "") -> bool:
    """Whether a count is not the event's own figure, by ``before`` (the words before it) and
    ``rest`` (the words after it)."""
    return bool(
        _TOTAL_BEFORE.search(before)
        or _YEARLY_AFTER.match(rest)
        or _over_several(rest)
        or _ROUNDUP.search(rest)
        or _ROUNDUP.search(before)
        or _NOT_NOW_BEFORE.search(before)
        or _PARTIAL_OF.match(rest)
        or _ONE_OF.search(before)
        or _AND_ANOTHER.search(rest)
        or _CROWD.search(before)
        or _INCLUDING.search(before)
        or _PART_BEFORE.search(before)
        or (_PART_AFTER.match(rest) and _ELLIPTIC_BEFORE.search(before))
        or _ROUNDUP_COUNTED.match(rest)
        or _UNRELATED.search(before)
        or (_BREAKDOWN_BEFORE.search(before) and not _HARM_AFTER.match(rest))
        or (_FAMILY_PART.search(before) and _FAMILY_AFTER.match(rest))
    )
