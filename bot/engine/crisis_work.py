"""The writer's work, as a message says it: a role ("i'm a therapist", "약사인데요"), a piece
of work ("for my thesis"), a clinical question ("antidote criteria for overdose patients") or a
product built for others ("we're building a peer-support app"). Distress words there name a
subject, not the writer's state (``crisis_context`` reads a bare term so).

Closed classes of context words in the eleven catalog languages, stored folded
(``normalize.fold``) as the check reads them; distress vocabulary stays in the catalog.
"""

from __future__ import annotations

from bot.engine import crisis_text
from bot.engine import crisis_words as cw
from bot.engine.crisis_text import Word, cjk_markers
from bot.engine.normalize import word_set

ROLES = word_set(
    "therapist psychotherapist psychologist psychiatrist counselor counsellor clinician nurse "
    "doctor physician moderator mod admin researcher scientist epidemiologist journalist "
    "reporter teacher educator volunteer pharmacist paramedic emt toxicologist pharmacien "
    "pharmacienne apotheker apothekerin farmaceutico farmaceutica farmacista apoteker "
    "фармацевт провизор "
    "therapeute psychotherapeute psychologue psychiatre infirmier infirmiere medecin "
    "moderateur moderatrice chercheur chercheuse journaliste enseignant enseignante benevole "
    "therapeut therapeutin psychotherapeutin psychologe psychologin psychiater arzt arztin "
    "pfleger pflegerin krankenschwester moderatorin forscher forscherin journalistin lehrer "
    "lehrerin krisenberater krisenberaterin berater beraterin sozialarbeiter sozialarbeiterin "
    "seelsorger seelsorgerin terapeuta psicologo psicologa psiquiatra enfermero enfermera "
    "medico medica moderador moderadora investigador investigadora periodista profesor "
    "profesora docente voluntario voluntaria consejero consejera enfermeiro enfermeira "
    "pesquisador pesquisadora jornalista professora conselheiro psichiatra psicoterapeuta "
    "infermiere infermiera moderatore ricercatore ricercatrice giornalista insegnante "
    "volontario volontaria terapis psikolog psikiater perawat dokter peneliti jurnalis guru "
    "relawan konselor терапевт психолог психиатр психотерапевт врач медсестра модератор "
    "исследователь журналист учитель волонтер психологом врачом модератором волонтером "
    "учителем cpe professeur professeure surveillant surveillante educateur educatrice "
    "professore professoressa schulpsychologe schulpsychologin orientador orientadora "
    "documentaliste bibliothecaire librarian bibliothekar bibliothekarin bibliotecario "
    "bibliotecaria pustakawan библиотекарь")
# Words that make a role the writer's: "i'm a nurse", "je suis psychologue", "faccio la
# moderatrice", "as a crisis line counselor" (not "my therapist").
_ROLE_INTRO = word_set(
    "im am as suis sommes bin als soy somos como sou somos sono faccio come sebagai saya aku "
    "я работаю")
_HERE = word_set("here ici hier aqui qui sini здесь")
_ROLE_VERBS = word_set("moderate moderating modere moderiere modero модерирую")
# The same said by a team, the person in the verb: "Moderiamo un forum", "moderamos una comunidad".
_WE_MODERATE = word_set("moderiamo moderamos moderons modereren модерируем")
# A team that works on the subject, named by itself: "Unsere Klinik-Forschungsgruppe möchte ...
# Chatverläufe zu Selbstverletzung klassifizieren", "kami tim trust & safety".
_TEAMS_AT_WORK = word_set("forschungsgruppe forschungsteam forschungsprojekt arbeitsgruppe")
_TRUST_AND_SAFETY = ("trust", "safety")
WORK = word_set(
    "paper thesis dissertation coursework essay study research survey handout handouts "
    "psychoeducation curriculum training workshop lecture presentation dataset classifier "
    "slide slides lesson lessons article "
    "memoire these etude recherche expose formation hausarbeit abschlussarbeit masterarbeit "
    "bachelorarbeit doktorarbeit studie referat schulung forschung tesis tfg ensayo estudio "
    "investigacion taller tese tcc estudo pesquisa monografia tesi tesina studio ricerca "
    "skripsi makalah penelitian riset курсовую курсовая курсовой диплом дипломную "
    "диссертацию диссертация исследование доклад реферат сочинение сочинения эссе")
# "building a teen mental health journaling app": the product may be the seventh word after.
_PRODUCT_REACH = 8
# Moderating others' posts on a platform: "l'API de modération dans notre appli", "kami tim
# moderasi di platform"; distress words there are what members post.
_MODERATION = word_set(
    "moderation moderacion moderacao moderazione moderasi модерация модерации модерацию "
    "moderationsteam")
_OUR_TEAM = word_set(
    "our we team notre nos equipe nuestra nuestro nuestros equipo nossa nosso nossos equipa "
    "nostra nostro squadra unsere unser unserem unserer kami tim наша наш нашей нашем "
    "команда")
_PURPOSE = word_set(
    "for pour fur para per untuk buat для writing write working redige ecris schreibe "
    "escribo escribiendo escrevo escrevendo scrivo scrivendo пишу menulis nulis ngerjain")
_CJK_ROLES = cjk_markers(*(
    "心理师", "心理咨询师", "咨询师", "治疗师", "精神科医生", "医生", "护士", "研究员",
    "研究者", "版主", "社工", "志愿者", "老师", "カウンセラー", "心理士", "看護師", "医師",
    "モデレーター", "教師", "상담사", "상담원", "심리사", "치료사", "의사", "간호사", "연구자",
    "연구원", "자원봉사자", "교사", "약사", "薬剤師", "药剂师", "救急隊員", "구급대원",
    "産業医", "記者", "记者", "기자", "모더레이터", "관리자", "管理员"))
# A role then a copula also says it is the writer's: "약사인데요", "看護師です", "药剂师，想问".
_CJK_ROLE_IS = cjk_markers("인데", "입니다", "이에요", "예요", "です", "として", "をして")
# A clinical question: a patient and what is done for them ("antidote criteria for an overdose
# patient", "과다복용 환자에게 해독제를 투여"). Distress words there name the patient's state.
_PATIENTS = word_set(
    "patient patients patiente patientes patienten paciente pacientes paziente pazienti "
    "пациент пациента пациенту пациентов pasien")
PATIENTS = _PATIENTS
_CLINICAL_ACTS = word_set(
    "antidote antidotes antidot antidoto antidota антидот protocol protocols protocole "
    "protokoll protocolo protocollo протокол administer administering administration dosing "
    "triage acetylcysteine")
_CJK_PATIENTS = cjk_markers("환자", "患者", "病人", "病患")
_CJK_CLINICAL_ACTS = cjk_markers("해독제", "투여", "처방", "解毒", "投与", "投药", "给药", "処方",
                             "处方")
# Those who build a product for others: "we're building a peer-support app", "our platform",
# "développons une application"; distress words there name what users may bring.
_BUILD_VERBS = word_set(
    "building build develop developing designing launching making creating running "
    "construyendo desarrollando developpons developper creons construisons entwickeln "
    "entwickle bauen baue desenvolvendo construindo criando sviluppando sviluppiamo "
    "costruendo creando разрабатываем разрабатываю делаем создаем membangun mengembangkan "
    "membuat bikin")
_PRODUCTS = word_set(
    "app apps application applications platform platforms product products service services "
    "chatbot chatbots bot bots website site tool tools community forum aplicacion aplicacao "
    "plataforma applicazione piattaforma plateforme anwendung plattform приложение платформу "
    "платформа сервис бота aplikasi platform layanan appli api")
_CJK_BUILD = cjk_markers("开发", "開発", "개발", "搭建", "作って", "만들")
_CJK_PRODUCTS = cjk_markers("应用", "アプリ", "앱", "平台", "プラットフォーム", "플랫폼", "产品",
                        "サービス", "서비스", "机器人", "ボット", "챗봇")
_CJK_SELF_IS = cjk_markers("我是", "私は", "僕は", "저는", "나는")
_CJK_WORK = cjk_markers("论文", "卒論", "論文", "レポート", "논문", "연구", "专题", "问卷",
                        "做报告", "アンケート", "설문",
                        # teaching a subject: "精神看護学を教えています", "任教"
                        "教えています", "教えている", "가르치고 있", "任教", "教书", "教書")
_CJK_MODERATION = cjk_markers("审核", "審核", "모더레이션", "モデレーション", "内容安全")
_CJK_OUR_TEAM = cjk_markers("团队", "團隊", "팀", "담당", "チーム", "担当", "我们", "我們", "저희")
# Verbs whose object is a subject named, not lived: "a reply that encouraged self-harm".
TOPIC_VERBS = word_set(
    "encourage encourages encouraged encouraging promote promotes promoted promoting glorify "
    "glorifies glorified glorifying romanticize romanticizes romanticizing depict depicts "
    "depicted depicting encourageait encourager incite incitait glorifie promeut banalise "
    "fordert forderte verherrlicht verharmlost ermutigt ermutigte fomenta fomentaba incita "
    "incitaba promueve glorifica incentiva incentivava estimula promove incoraggia "
    "incoraggiava incoraggiare incitava promuove istiga istigava пропагандирует поощряет "
    "романтизирует mendorong mempromosikan "
    # named, not lived: "texts that mention self-harm", "des messages qui évoquent le suicide"
    "mention mentions mentioned mentioning discuss discusses discussing describe describes "
    "describing reference references referencing mentionne mentionnent evoque evoquent "
    "erwahnt erwahnen thematisiert menciona mencionan mencionam menziona menzionano "
    "упоминает упоминают menyebut menyebutkan "
    # what a study or a tool looks for: "un corpus pour détecter les idées suicidaires"
    "detect detecting identify identifying classify classifying detecter reperer identifier "
    "erkennen detectar identificar rilevare riconoscere выявления выявлять распознавания "
    "mendeteksi deteksi")

# Verbs of work on a subject: between the writer and a bare term they make it the subject
# ("i'm writing about self-harm", "estou escrevendo sobre automutilação").
WORK_VERBS = word_set(
    "writing write studying study researching research teaching presenting reading reviewing "
    "ecris ecrire ecrit etudie redige schreibe schreiben forsche studiere escribo escribiendo "
    "estudio estudiando investigando escrevo escrevendo estudando pesquisando scrivo "
    "scrivendo studio studiando пишу изучаю исследую menulis nulis meneliti belajar")


def professional(words: list[Word]) -> bool:
    """The writer says what they do: "i'm a therapist", "researcher here", "for my thesis",
    "je suis psychologue", "我是心理師"; or asks as a clinician ("antidote for overdose
    patients") or as a builder of a product for others ("we're building a peer-support app")."""
    for i, word in enumerate(words):
        if word.cjk:
            continue
        before = [w.text for w in words[max(0, i - 4):i] if w.sentence == word.sentence]
        if word.text in ROLES:
            after = words[i + 1].text if i + 1 < len(words) else ""
            denied = any(b in cw.NEGATIONS for b in before)  # "non sono un medico"
            if not denied and (any(b in _ROLE_INTRO for b in before) or after in _HERE):
                return True
        elif word.text in _ROLE_VERBS:
            if any(b in cw.SELF_SUBJECTS for b in before[-2:]):
                return True
        elif word.text in _WE_MODERATE or word.text in _TEAMS_AT_WORK:
            return True
        elif (word.text == _TRUST_AND_SAFETY[1] and before
              and before[-1] == _TRUST_AND_SAFETY[0]):
            return True  # a trust & safety team
        elif word.text in WORK and any(b in _PURPOSE for b in before) and not any(
                b in cw.NEGATIONS for b in before):
            return True  # "for my thesis"; not "not looking for a lecture"
        elif word.text in _MODERATION and any(
                w.text in _OUR_TEAM for w in words if w.sentence == word.sentence):
            # "l'API de modération dans notre appli", "kami tim moderasi"; not a question about
            # the product's moderation tools ("que ferramentas de moderação existem na API")
            return True
        elif word.text in _BUILD_VERBS and any(
                w.text in _PRODUCTS for w in words[i + 1:i + _PRODUCT_REACH]
                if w.sentence == word.sentence):
            return True  # "we're building a peer-support app"
    latin = {w.text for w in words if not w.cjk}
    if not latin.isdisjoint(_PATIENTS) and not latin.isdisjoint(_CLINICAL_ACTS):
        return True
    cjk = crisis_text.cjk_text(words)
    return (any(s + r in cjk for s in _CJK_SELF_IS for r in _CJK_ROLES)
            or any(r + c in cjk for r in _CJK_ROLES for c in _CJK_ROLE_IS)
            or any(w in cjk for w in _CJK_WORK)
            or (any(p in cjk for p in _CJK_PATIENTS)
                and any(a in cjk for a in _CJK_CLINICAL_ACTS))
            or (any(b in cjk for b in _CJK_BUILD) and any(p in cjk for p in _CJK_PRODUCTS))
            or (any(m in cjk for m in _CJK_MODERATION) and any(t in cjk for t in _CJK_OUR_TEAM)))
