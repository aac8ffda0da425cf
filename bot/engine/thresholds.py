"""Every number that turns scores into decisions, in one place, with the reason for its value.

Scores are in [0, 1]. A phrase of the entry fully present in the question scores by how much it
says: one distinctive word 0.60, two 0.75, three 0.82; one word that many entries share 0.26.
The values were chosen on the development set (``../shared/eval/questions.yaml``) and checked on
the two sets in ``data/eval/`` written without seeing the catalog (run ``safeguards-bot eval``);
change them only with all three numbers in hand.
"""

# -- scoring ---------------------------------------------------------------------------------

# A phrase half present is much weaker evidence than half a phrase's worth of score: raising the
# coverage to this power keeps "api" alone (a third of "api safeguards tools") from answering
# "the api keeps timing out", while two words of three still count.
COVERAGE_POWER = 1.5

# Phrases with less than this share of their words in the question are not scored at all: they
# would stay under 0.09, far below any decision, and skipping them keeps big catalogs fast.
MIN_SHARE = 0.2

# A fully matched phrase scores W / (W + SPECIFICITY_HALF), W being the summed weight of its
# words (log(1 + entries / entries using the word): ~3 for a word only one entry uses, ~0.7 for one
# they all use), so "exceptions to the usage policy" beats "usage policy" when both are present.
SPECIFICITY_HALF = 2.0

# Words of the question that the entry knows from other phrases than its best one add up to this
# much (half of it at EVIDENCE_HALF of summed word weight): a long message describing a situation
# in several ways beats one incidental phrase of another entry.
EVIDENCE_BONUS = 0.2
EVIDENCE_HALF = 3.0

# An entry's score is scaled by min(1, EXPLAINED_FLOOR + the weighted share of the question's
# words it knows). A keyword alone in a long question about something else ("appeal a parking
# ticket from the office garage") loses most of its score; a question mostly about the entry loses
# nothing.
EXPLAINED_FLOOR = 0.6

# When an entry's best match is one lone catalog word and it knows nothing else in the question,
# its score is scaled again by min(1, LONE_WORD_PENALTY + that explained share): "is there a
# police station near the office" is not a law-enforcement question, "subpoena" alone still is.
LONE_WORD_PENALTY = 0.5

# A misspelt word ("suspnded") counts slightly less than the real one, so an exact match on another
# entry wins a tie; a longer form of a known word ("deletion" for "delete") a bit less again.
TYPO_SIMILARITY = 0.85
PREFIX_SIMILARITY = 0.8

# Typos are looked for only in words of this length or more: below it, one letter off is a
# different word ("kind"/"kid"), and the RapidFuzz ratio must reach this share to count.
TYPO_MIN_LENGTH = 5
TYPO_MIN_RATIO = 0.75
PREFIX_MIN_LENGTH = 5

# One letter swapped for another turns real words into other real words ("context"/"contest",
# "export"/"report", "dark"/"dsar"); a dropped, doubled or transposed letter rarely does. So a
# substitution counts as a typo only in words this long, or in the last letter (an inflection).
SUBSTITUTION_MIN_LENGTH = 8

# Resources (the Usage Policy, the privacy policy...) are linked from the articles that concern
# them; when an article and a resource match about as well, the article is the better answer.
RESOURCE_WEIGHT = 0.9

# -- decisions ------------------------------------------------------------------------------

# Below this nothing is relevant: the reply declines and offers the get-support link. Half of a
# two-word phrase scores ~0.21 and one common word ~0.26; a single distinctive keyword (0.60) or
# most of a phrase plus other known words clears it. Out-of-scope questions that share a word or
# two with the catalog ("report a bug in the sidebar") stay below.
NONE_BELOW = 0.42
# After "Not helpful", other articles are offered only from this score up: lower than an answer
# needs (the person has just said the answer was wrong, so the runner-up deserves a look), but
# above the one-shared-common-word level (~0.26), where an appeal question drew "CSAM Detection
# and Reporting" at 0.13. Nothing above it: the support page is offered anyway.
ALTERNATIVE_AT = 0.3

# An answer needs this score *and* this lead over the runner-up; otherwise "did you mean".
ANSWER_AT = 0.6
ANSWER_MARGIN = 0.12

# A question that names the asker's own world (catalog `elsewhere`: "my kid's ipad", "a stolen
# bike", "my npm package") and none of our names is answered only from this score up. Our
# topics' words are everyday words there ("police report for a stolen bike", "parental controls
# on my kid's ipad" scored 0.58 and 0.80); the strongest such question in our sets scored 0.83
# ("do police need a warrant to search my phone at a traffic stop"). On all eleven sets any value
# from 0.84 to above 1 (always declining) gives the same answers, no in-scope question naming such
# a context; the lowest of them, with a little room, keeps the answer for a question squarely
# about an article whatever else it mentions ("i deleted my account and now i can't sign up
# again with my gmail, is there a wait": 0.87).
ELSEWHERE_ANSWER_AT = 0.85

# "Did you mean" lists candidates within this distance of the best one, two or three of them.
SUGGEST_WINDOW = 0.3
SUGGEST_MAX = 3

# Confidence labels shown to people: on our four evaluation sets, answers at or above this
# score were right 99.5% of the time (559 answers), those below it 94%.
HIGH_CONFIDENCE = 0.65

# The topic model's say (bot/engine/topic_fusion.py), where the phrases are unsure. Chosen with
# scripts/what_models_add.py (five blind sets' first-run answers, which no model has read) and
# the evaluation sets: at 0.6 a question no phrase matched gets the model's article 14 times on
# the evaluation sets, 13 of them right (at 0.7: 9 of 9; at 0.5: 17 of 23).
TOPIC_MODEL_ANSWER = 0.6  # no phrase matched: the model's article, when this sure
TOPIC_MODEL_PICK = 0.3  # a "did you mean": the model's choice goes first
# A weak answer (below TOPIC_MODEL_DOUBT_BELOW) is declined when the model is this sure the
# question is about nothing we cover, unless it names Claude or Anthropic. On the three newest
# blind sets (least tuned) this changes 3 answers, all to the better; on the five blind sets'
# first runs +8; on the older, tuned sets 10 changes, net -2 (their phrases were written from
# their misses). Looser values (0.6 sure, below 0.8) gained +4 on the newest sets and lost 10 on
# the tuned ones.
TOPIC_MODEL_DOUBT_BELOW = 0.8
TOPIC_MODEL_DECLINE = 0.9
# Any answer, however strong its phrases, is declined when the model finds the question more
# likely about nothing we cover than not (TOPIC_MODEL_DISAGREE_NONE) and gives the phrases'
# article at most TOPIC_MODEL_DISAGREE_ANSWER: "our words for someone else's service" (a Gmail
# suspension, Google's bug bounty, a stolen-bike police report), unless it names Claude or
# Anthropic. Chosen on six blind sets' first-run answers (2026-11-30, with a topic model trained
# on 1,300 more such out-of-scope questions): 13 out-of-scope questions declined, no right answer
# lost; a looser 0.1 declined 16 and lost 4. On today's tuned sets: 4 declined, none lost.
TOPIC_MODEL_DISAGREE_NONE = 0.5
TOPIC_MODEL_DISAGREE_ANSWER = 0.05
# ...but not an answer whose phrases hold the whole question (at least this confident): then the
# question is in our words alone, and the model's doubt comes from other services asked about in
# the same words in its training ("我的账号被封了怎么办", my account was banned, what do i do, was
# declined at 0.96). 2026-12-01: on the opened sets it changed one answer, an Instagram ban
# written "IG" (now a name of another product), and no blind set was run for it.
TOPIC_MODEL_DISAGREE_KEEP = 0.95
# A weak answer (below TOPIC_MODEL_SWITCH_BELOW) gives way to the model's article when the model
# is at least TOPIC_MODEL_SWITCH_TO sure of it and gives the phrases' article at most
# TOPIC_MODEL_SWITCH_FROM. On six blind sets' first-run answers: 5 answers changed, 4 to the
# right article, 1 from it; on today's sets 4 changed, net +2. Stronger answers (below 0.8) changed
# 7 and 8 with smaller gains.
TOPIC_MODEL_SWITCH_BELOW = 0.6
TOPIC_MODEL_SWITCH_TO = 0.5
TOPIC_MODEL_SWITCH_FROM = 0.2

# -- crisis ---------------------------------------------------------------------------------

# Distress phrases must be present in full; typos are tolerated only in longer words ("suicde"),
# never in short ones where one letter makes another word ("die"/"dye").
DISTRESS_TYPO_MIN_LENGTH = 5
DISTRESS_TYPO_MIN_RATIO = 0.8

# The words of a distress phrase must stand within its length plus this many words of each other:
# "i want to... honestly just die" still counts, "cut down on costs, again" does not.
DISTRESS_WINDOW = 3

# Signs of distress that are too common to count alone ("pills", "pointless", "goodbye") make a
# crisis together: (strong signs, weak signs) needed, any row suffices. Two strong signs ("tylenol"
# and "fatal"), one of each ("bridge" and "had enough"), or three weak ones ("pointless", "can't
# picture myself", "everything feels heavy"). Two weak ones alone ("dead", "gone") are everyday
# words in support questions ("my account is dead, my chats are gone") and are not enough.
SIGNS_NEEDED = ((2, 0), (1, 1), (0, 3))

# A message that says little but a strong sign of several words ("please look after my cat for
# me", "j'ai choisi la date", "别找我了") says it alone: in a message this short, the sign at least
# half of it and at most one word of four letters or more after it (none in a clause of its own:
# "今天在月台等车，人好多"), with nothing about the product, a holiday or a feast, it is enough to
# show the helpline gently. One word is not ("c'est mortel ce son"), unless it says goodbye. In
# unspaced scripts two characters count as a word. On the opened sets at 5ad5c57: 21 crises more,
# no false alarm more; the older sealed sets unchanged (their messages are longer). Without the
# share and the words after, 19 everyday messages of the tests were flagged ("what's the tallest
# building in dubai", "единственный выход — откатить миграцию").
LONE_STRONG_SIGN_MESSAGE = 8  # words
LONE_STRONG_SIGN_SHARE = 0.5  # of the message's words
LONE_STRONG_SIGN_AFTER = 1  # words after it, of more than three letters
# A weak sign is enough when it is all but the whole of a message this short: "alles sinnlos",
# "nada tiene sentido ya" (the same share and words after as a strong sign alone).
LONE_WEAK_SIGN_MESSAGE = 4  # words

# Two weak signs are enough in a message this short when one of them says goodbye or thanks at
# parting: "thanks for everything, take care of yourselves".
SHORT_FAREWELL_MESSAGE = 16  # words

# Two weak signs are enough when the writer says them of themselves, in the same sentence as
# "i", "je", "ich"...: "i'm so exhausted and lonely" (but not "my account is dead, my chats are
# gone", where nobody says "i").
WEAK_SIGNS_SAID_OF_ONESELF = 2

# Weak signs alone in a long post count only when they stand close together. On every set, weak
# signs alone made a crisis of 19 messages of 43 words at most, all crises, and of five of 71 to
# 194 words, none a crisis: bug reports whose "not for", "decided" and "ready" lay far apart.
WEAK_SIGNS_LONG_MESSAGE = 60  # words
WEAK_SIGNS_REACH = 30  # words from the first of them to the last

# The writer's own denial in a message about the product or a trifle ("i'm not suicidal, this
# bug just makes me want to die") makes the rest of it gentle at most, in a message this long at
# most. In the longer real posts of the opened sets, what read as a denial was the despair itself
# or a misreading ("I feel like I don't have a right to feel this way", "理由があって死にたいんじゃ
# なく"): without the bound, three confident crises there lost their escalation.
DENIAL_CAPS_UP_TO = 60  # words

# How sure the check is decides who hears of it. A distress phrase said in earnest, two strong
# signs, a strong sign with two weak ones, or five weak ones (a life falling apart, told at
# length: "lost my job... can't picture myself making it to next month... pointless"): a
# confident crisis, and the specialists are told (escalation). Everything else that still shows
# the helpline (signs only just enough, an everyday idiom marked gentle in the catalog, a phrase
# found by similarity alone, someone asking what happens "if someone mentions self harm") shows
# it gently and tells nobody: a notice to the specialists about a message that was not a crisis
# costs their attention for the real ones.
SIGNS_CONFIDENT = ((2, 0), (1, 2), (0, 5))

# The second look, by letters (bot/engine/crisis_similarity.py): a stretch of the message whose
# letter trigrams and a distress phrase's have a Dice coefficient of at least this is taken as
# that phrase, gently. Phrases with fewer trigrams than the minimum (short words: "kms", "noose")
# are left to exact matching, where one letter changes everything.
DISTRESS_SIMILARITY = 0.8
DISTRESS_SIMILARITY_MIN_GRAMS = 8
# ...and every word of three letters or more of the phrase must have a look-alike in the stretch
# (the same Dice coefficient, word to word, at least this): "dont want to live" shares most of
# its letters with "dont want to die", but "live" and "die" share none.
DISTRESS_SIMILARITY_WORD = 0.5

# The third look (bot/engine/distress_model.py): a message the rules found no distress in,
# whose model score reaches this, is shown the helpline gently (never escalated). Chosen on the
# evaluation sets, which the model never read: on the 2,016 non-crisis questions of all thirteen
# it adds 4 crisis replies (0.2%); of the 92 crisis messages of five blind sets that the rules of
# their day missed, it finds 72 (scripts/what_models_add.py). At 0.85: 7 and 75, 2 more false
# alarms on those blind sets, and "i'm so tired of these captchas, i give up" is flagged.
# A lower score when the rules found a sign too (0.8) found 5 more of those 92 but flagged
# "how many pills of vitamin d is too much?" and "the old api will be gone soon anyway": not kept.
# A lower score beside a strong sign only was tried too (2026-12-01): at 0.7 it found 7 more of
# the opened sets' crises for 1 false alarm there, but flagged the written look-alikes of
# tests/test_crisis_patterns.py (a will and debts, vitamin d, "sorry for everything i said");
# at 0.85, 2 more crises and still a will and "明天别找我，我请假了": not kept.
DISTRESS_MODEL_GENTLE = 0.88

# The same look by the model of the languages the Help Center does not publish in, on a message
# in none of its languages: a score of this or more offers the helpline gently. Chosen on the
# opened sets in those languages (seven, 1,211 items; the model never read them): at 0.88 it
# found 21 more crises than the first model alone for 6 more false alarms, at 0.80 38 for 11.
# Trained on short messages only, it had found 35 for 18 at 0.88: long look-alikes (news,
# obituaries, lyrics) taught it the most.
DISTRESS_MODEL_OTHER_LANGUAGES_GENTLE = 0.80

# A story word or a mention read by the rules holds the model back ("i'm writing a novel where
# she wants to die"), unless the model is all but sure of distress: in long real posts those
# readings are the rules' likeliest mistakes ("I don't have a story to tell, I'm 17 and I already
# think of ending my life"; a blog quoting its writer's own thoughts in brackets). At 0.99, on
# every opened set, it finds 3 more real crises and adds 1 false alarm (a grief blog), gently;
# at 0.97, 4 and 3. A denial, a joke, a professional or a mishap still holds it back.
DISTRESS_MODEL_OVER_STORY = 0.99

# -- input ----------------------------------------------------------------------------------

# Slack caps a message at 40,000 characters; anything longer is cut before matching, never refused.
MAX_QUESTION_CHARS = 40_000
