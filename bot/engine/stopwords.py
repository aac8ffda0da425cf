"""Words that say nothing about which article a question needs.

They are dropped before matching (not before distress detection, where "kill myself" needs its
pronoun). Forms are as ``normalize.fold`` leaves them: lower case, no accents, no apostrophes.
"Claude" and "Anthropic" are here because nearly every question names them, and "customer"
because support agents start half their questions with it.
"""

_ENGLISH = """
a about above after again against all am an and any anybody anyone anything are arent as at
be because been before being below between both but by can cant could couldnt did didnt do does
doesnt doing dont down during each either else even ever every few for from further get gets
getting got gotten had hadnt has hasnt have havent having he her here hers herself him himself his
how however i if ill im in into is isnt it its itself ive just let lets like me might mine more
most much must mustnt my myself need needs neither no nor not now of off oh ok okay on once only
or other our ours ourselves out over own please pls plz so some somebody someone something
somehow such than that thats the their theirs them themselves then there theres these they theyre
this those though through thx to too under until up upon us very via was wasnt way we were werent
what whats when where wheres whether which while who whom whos whose why will with within without
wont would wouldnt yall yet you youd youll your youre yours yourself yourselves ive u ur r ya
hi hey hello thanks thank ty also still really actually basically maybe quick q question
questions anyway kind kinda sort sorta lol pretty thing things stuff want wants wanted know
say says said tell told make made see seem seems seemed try tried go going
gonna wanna anthropic anthropics claude claudes ai
customer customers someones somewhere
already again always never often sometimes usually everything nothing keep keeps kept
happen happens happened able sure mean means look looks looking lot lots bit
bro bruh dude dudes guys wtf omg lol lmao tbh ngl smh idk imo fr ugh yo literally honestly
seriously totally super nowhere
"""

_OTHER_LANGUAGES = """
le la les un une des du de d l et ou est sont a au aux ce cet cette ces je j tu il elle nous
vous ils elles mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs que qu qui quoi
dans par pour sur avec sans pas ne n se s m me moi comment pourquoi quand ou y en est-ce estce
der die das den dem des ein eine einen einem einer eines und oder ist sind ich du er sie es wir
ihr mein meine meinen meinem meiner dein deine sein seine unser unsere euer eure zu zum zur im
in an auf aus bei mit nach von vor fur uber unter wie was warum wann wo wer kann konnen ich's
nicht kein keine mich mir dich dir uns sich auch noch schon nur
el los las uno una unos unas y o es son yo mi mis tu tus su sus nuestro nuestra que como por
para con sin en del al lo se me te le les nos porque cuando donde quien hay esta estan este esto
eu meu minha meus minhas seu sua seus suas um uma uns umas e ou sao com sem em no na nos nas do da
dos das ao aos pelo pela porque quando onde quem ha isso isto esse essa este
il lo gli i una uno e sono io mio mia miei mie tuo tua suo sua nostro come perche quando dove chi
di da con senza su nel nella nei negli del della dei degli al alla ai agli ci si mi ti ne non
saya aku kamu anda dia kami kita mereka yang dan atau di ke dari untuk dengan ini itu apa apakah
bagaimana kenapa mengapa kapan dimana siapa ada adalah akan sudah bisa tidak tak juga saja
и в во не на я он она оно они мы вы ты с со как а но что это за по из у к от до для о об же ли
мой моя мое мои наш наша ваш ваша его ее их меня мне мы нас вас есть был была было были
"""

STOPWORDS: frozenset[str] = frozenset((_ENGLISH + _OTHER_LANGUAGES).split())
