"""German: idioms to take out and warning signs by category, over `normalise(text)`.

Umlauts are folded ("mude", "wurde"), and ß is "ss".
"""

from __future__ import annotations

# Up to three words that are not a negation ("ich will einfach nur sterben").
F = r"(?:(?!nicht\b|nie\b|niemals\b|kein[a-z]*\b)[a-z']+ ){0,3}"
PILLS = (
    r"(?:tabletten|pillen|schlaftabletten|medikamente|medis|tramadol|paracetamol|ibuprofen|"
    r"antidepressiva|beruhigungsmittel|schmerzmittel|packungen)"
)

IDIOMS: list[str] = [
    r"(?:falle|bin) niemandem zur last",
    # "Ich könnt mich erschießen" (annoyed at oneself), "zum Sterben zu wenig", "X ist tot, es lebe X".
    r"(?:ich )?(?:konnt|konnte|konnt') mich (?:erschiessen|ohrfeigen|selbst ohrfeigen)|zum (?:sterben|leben) zu "
    r"(?:wenig|viel)|ist tot,? es lebe",
    r"(?:den|seinen|ihren) loffel abgegeben|kurz und schmerzlos",
    r"fruher (?:hab|habe) ich mich (?:geritzt|verletzt|selbst verletzt)[^.!?]{0,40}[.!?;,]\s*(?:heute|jetzt)? ?nicht mehr",
    r"(?:schulung|ausbildung|fortbildung|seminar|kurs|bachelorarbeit|masterarbeit|hausarbeit|studie|doktorarbeit|vortrag|unterricht) (?:zu|uber|zum thema|mit)[^.!?]{0,40}(?:suizid[a-z]*|selbstmord[a-z]*|selbstverletz[a-z]*|ritzen)|telefonseelsorge",
    r"(?:lebensmude|suizidal|selbstmordgefahrdet) (?:bin|war) ich (?:nicht|nie)",
    r"suizidpravention|selbstmordpravention|suizidprophylaxe|suizidrate\w*|suizidforschung|"
    r"(?:gefragt|gestellt|fragt|fragte|fragen),? ob [^.!?]{0,60}[.?!,]+\s*(?:[a-z]+[ ,:]+){0,2}(?:nein|nie|gar nicht)\b|(?:mich|"
    r"dich|sich) (?:gut|wacker|tapfer) geschlagen|(?:doku|dokumentation|artikel|buch|film|studie) "
    r"uber (?:suizid|selbstmord)",
    r"lieber sterbe ich,? als noch (?:einmal|mal|so)",
    r"tod(?:mude|langweilig|schick|ernst|sicher|krank|unglucklich|traurig|chic)|totmude|"
    r"sterbenslangweilig|sterbensmude|sterbenselend|totlach[a-z]*|totgelacht|totarbeit[a-z]*|"
    r"totschlag[a-z]*|zu tode (?:gelangweilt|erschrocken|genervt|betrubt|geschamt|gefreut)",
    r"(?:bringt|bringen|bringst|brachte|hat) (?:mich|einen) (?:echt |noch |wirklich |fast |"
    r"langsam )*(?:um|gebracht)\b(?! zu)",
    r"(?:sterbe|sterben|sterbe fast|stirbt) (?:vor|fur|fast vor) (?:hunger|langeweile|neugier|"
    r"lachen|scham|angst|hitze|durst|sehnsucht|aufregung|einen|eine|ein)\b",
    r"arbeite mich (?:noch )?tot|mich tot(?:arbeiten|schuften|lachen|argern)|zeit "
    r"tot(?:schlagen|zuschlagen)",
    r"schluss machen mit (?:ihm|ihr|dem|der|meinem|meiner|meinen|dieser|diesem|den|der)|"
    r"(?:mit|von) (?:dem|der|den|diesem|dieser) [a-z]+ (?:ist )?schluss|fur heute schluss|"
    r"schluss fur heute|(?:fertig|durch) mit (?:den|dem|der|diesem|dieser|meinen) [a-z]+",
    r"(?:den|meinen|den ganzen) (?:lebenslauf|text|brief) (?:kurzen|gekurzt|schneiden|"
    r"zuschneiden)|mich (?:beim|am|mit dem|mit der) (?:kochen|rasieren|messer|ofen|bugeleisen|"
    r"papier|herd)[a-z]* (?:geschnitten|verbrannt|verletzt)",
    r"(?:akku|handy|laptop|rechner|pflanze|auto|computer|drucker|wlan) (?:ist )?(?:tot|"
    r"gestorben)|das war's fur heute",
    r"ins gras beissen lassen|mir ins eigene knie geschossen|ins knie geschossen",
    r"seil (?:fur|zum) (?:das |den |die |mein |meinen )?(?:boot|zelt|garten|klettern|wasche|"
    r"schaukel|hund)|suizidpravention|suizidpraevention|selbstmordpravention|telefonseelsorge",
]

CUES: dict[str, list[str]] = {
    "wish-dead": [
        r"(?:gott|der herr) (?:mich )?(?:zu sich )?(?:holt|holen|ruft)|beneide [^.!?]{0,30}(?:verstorben[a-z]*|toten?)",
        r"wunschte,? ich hatte [^.!?]{0,25}nicht uberlebt",
        r"ware (?:gern|gerne|lieber|am liebsten) tot|nicht mehr am leben sein",
        r"am liebsten[^.!?]{0,20}nicht (?:mehr )?aufwachen|einfach nicht (?:mehr )?aufwachen",
        r"hoffe[^.!?]{0,25}herz (?:einfach )?stehen ?bleibt",
        r"lugen,? wenn ich sagen wurde,? (?:dass|das) ich nicht sterben (?:will|mochte)",
        r"hoffe,? (?:bald )?(?:zu sterben|ich sterbe|dass ich sterbe)|(?:dass es|das es) aufhort,? "
        r"endgultig|endgultig aufhort",
        r"abkratzen|verrecken|krepieren|den loffel abgeben|(?:wenn ich doch|hoffentlich|ich "
        r"wunschte,? ich wurde)[^.!?]{0,20}nicht (?:mehr )?aufwach",
        r"(?:einfacher|leichter|besser),? (?:zu )?(?:sterben|tot zu sein)|wunschte,? alles "
        r"wurde (?:einfach )?aufhoren",
        r"(?:hoffe|bete)[^.!?]{0,25}(?:den morgen|morgen|den nachsten tag) nicht (?:zu )?"
        r"(?:erleben|sehen)",
        r"(?:ware|wurde) ich (?:lieber |einfach |am liebsten )?(?:nicht mehr da|tot|weg|nie "
        r"geboren)",
        r"verschwinden und nie (?:mehr |wieder )?(?:wiederkommen|zuruckkommen)|keinen "
        r"lebenswillen|lebenswille",
        r"(?:dass|das) alles (?:fur immer |endgultig |fur immer und ewig )aufhort|fur immer "
        r"aufhoren|nicht (?:mehr )?aufzuwachen|nie (?:mehr|wieder) aufzuwachen",
        rf"(?:will|mochte|mochte gern|wurde gern|wurde lieber|wunsche mir|wunschte|"
        rf"wollte|sehne mich danach|hoffe) {F}(?:sterben|tot sein|nicht mehr (?:leben|sein|da sein|"
        rf"existieren|aufwachen|hier sein|weiterleben|weitermachen)|einschlafen und nicht|nie "
        rf"wieder aufwachen|nicht aufwachen|fur immer (?:verschwinden|einschlafen|schlafen)|"
        rf"verschwinden fur immer)",
        r"(?:ware|wurde) (?:lieber |am liebsten |besser |einfach )*(?:tot|gestorben|nie "
        r"geboren|nicht geboren)|(?:will|mag|kann) nicht mehr (?:leben|weiterleben|sein|da sein|"
        r"existieren|aufwachen)|will (?:einfach |echt |wirklich |halt |eben |jetzt )?nicht mehr(?=[.!?,;]|$| und| aber)|lebensmud[a-z]*|"
        r"todessehnsucht|sehnsucht nach dem tod|keine (?:lust|kraft) mehr (?:zu leben|auf (?:das|"
        r"dieses|mein)? ?leben|weiterzuleben)|nicht mehr aufwachen|nie (?:mehr|wieder) aufwachen",
        r"(?:kein|keinen) (?:sinn|grund) mehr (?:zu leben|weiterzuleben|im leben|"
        r"weiterzumachen|aufzustehen)|(?:das )?leben (?:hat|macht) keinen sinn mehr|(?:das )?leben "
        r"ist (?:nicht|nichts) mehr (?:lebenswert|wert)|nicht (?:mehr )?lebenswert|wozu (?:noch )?"
        r"(?:leben|weiterleben|weitermachen|aufstehen|aufwachen)|(?:will|mag) nicht mehr "
        r"aufstehen|leben satt|(?:mude|satt) (?:vom|des) leben",
    ],
    "thoughts": [
        r"bring dich (?:doch )?um\b|mich\b[^.!?]{0,25}\bselbst aus der welt (?:zu )?schaff\w*|mich aus der welt "
        r"(?:zu )?schaff\w*",
        r"bringe? mich (?:einfach |selbst |halt )?um|beende es (?:selbst|einfach|endgultig)|mach(?:e)? mich (?:einfach )?weg|(?:mir|mich) (?:selbst )?das leben (?:zu )?nehmen",
        r"vor,? tot zu sein|mich tot vor|(?:mache|setze) (?:ich )?(?:dem |allem |meinem leben )?ein "
        r"ende",
        r"(?:vom|von der|aus dem) (?:balkon|dach|fenster|brucke|hochhaus) (?:zu )?springen",
        r"mich (?:abknallen|erschiessen|erhangen|vergiften|ertranken)|abknallen",
        r"um zu sterben",
        r"aus dem leben (?:zu )?(?:verabschieden|scheiden|gehen|treten)",
        r"(?:denke|dachte|gedanken)(?: (?!nicht\b|nie\b|kein)[a-z]+){0,2} (?:ans sterben|an den tod|"
        r"an selbstmord|an "
        r"suizid)|nehme ich mir das leben|bringe ich mich um|tu ich mir was an",
        r"(?:nehme|nehmen|nahm) mir das leben|mir das leben (?:zu )?nehmen|(?:uberdosis|"
        r"tabletten) nehmen",
        r"suizid[a-z]*|selbstmord[a-z]*|freitod|(?:mich|mir) (?:(?!nie\b|nicht\b|niemals\b|kein)\w+ ){0,3}(?:umbringen|"
        r"umzubringen|umbringe|toten|zu toten|tote|aufhangen|aufzuhangen|erhangen|erschiessen|"
        r"vergiften|das leben (?:nehmen|zu nehmen)|(?:was|etwas) (?:antun|anzutun|an tun))|"
        r"(?:mein|meinem) leben (?:ein ende|beenden|zu beenden)|(?:alles|es) (?:beenden|zu beenden)"
        r"\b(?! mit)|schluss machen(?! mit)|schluss zu machen(?! mit)|(?:suizid|todes|"
        r"selbstmord)gedanken|(?:denke|dachte|gedanken) (?:oft |viel |standig )?(?:an|uber) "
        r"(?:den tod|das sterben|sterben|suizid|selbstmord|mein ende|das ende)",
        r"(?:von|vor|unter) (?:der|die|den|einer|einen|einem|dem) (?:brucke|zug|u-bahn|"
        r"s-bahn|lkw|auto|dach|hochhaus|klippe|balkon|fenster) (?:zu )?(?:springen|werfen|"
        r"gesprungen|legen|stellen)|(?:springe|spring|sprang) (?:von|vor)|mich (?:vor|unter) "
        r"(?:den|einen|die) (?:zug|lkw|bus|u-bahn) (?:werfen|zu werfen|legen)|fur immer "
        r"verschwinden|nicht mehr (?:da|hier) sein",
    ],
    "method": [
        r"kohlenmonoxid (?:gelesen|recherchiert|gegoogelt)|(?:fon|haartrockner|toaster)[^.!?]{0,30}badewanne",
        r"(?:giftige\w*|toxic|poisonous|toxiques|venenosas) (?:garten)?(?:pflanzen|plants|plantes|plantas)"
        r"[^.!?]{0,60}(?:nicht fur|not for|pas pour|no para)",
        r"(?:hochsten|hohen) (?:brucken|hochhauser|gebaude) (?:der stadt|in der nahe|hier|in meiner "
        r"nahe|im ort)|wie viele (?:meiner |von meinen )?"
        r"(?:tabletten|pillen)[^.!?]{0,20}(?:brauchte|brauche|reichen|notig)",
        r"dosis[^.!?]{0,20}(?:todlich|letal)|welche dosis",
        r"wie man stirbt|(?:arten|methoden|wege) zu sterben",
        r"schlinge|wie man (?:einen )?strick (?:knotet|bindet)",
        r"(?:hohe|tiefe) (?:der|des|vom) (?:brucke|hochhaus|dach|parkhaus|turm|fluss)|wie tief "
        r"(?:der|das|die) (?:fluss|wasser|see)",
        rf"(?:gegoogelt|googel[a-z]*|gesucht|gesucht|suche|recherchiert|nachgelesen|"
        rf"nachgeschaut|geschaut|gelesen|informiert|angeschaut)[^.!?]{{0,40}}(?:wie (?:man|ich) "
        rf"(?:sich |mich )?(?:umbringt|umbringen|sterben|stirbt|tote|erhangt|aufhangt)|todlich|"
        rf"letal|uberdosis|wie viele {PILLS}|wie viel [a-z]+ (?:todlich|reicht)|schmerzlos|wie "
        rf"hoch|methoden)|wie viele {PILLS} (?:man|es|reichen|braucht|sind todlich|notig)",
        r"(?:todliche|letale|toxische)[nr]? (?:dosis|menge)|uberdosis|schmerzlos(?:este|e|en)? "
        r"(?:methode|art|weg|tod|sterben)|(?:schnellste|sicherste|einfachste) (?:methode|art|weg) "
        r"(?:zu sterben|sich umzubringen|mich umzubringen)|wie hoch (?:eine|die) (?:brucke|fall)",
    ],
    "means": [
        r"holzkohle und klebeband",
        r"(?:an)?statt sie zu nehmen",
        r"(?:tabletten|pillen|medikamente|klinge|seil|strick)[^.!?]{0,40}fur alle falle",
        r"schublade voller (?:tabletten|pillen|medikamente|schlaftabletten)",
        r"damit ich genug (?:habe|hab)|(?:zwei|mehreren|verschiedenen) apotheken",
        r"(?:messer|klinge|rasierklinge|tabletten) (?:unter dem|unterm) kopfkissen",
        r"(?:vorrat|monatsvorrat) (?:an|von) (?:tabletten|pillen|medikamenten|schlaftabletten)|"
        r"(?:tabletten|pillen|medikamente)[^.!?]{0,20}zuruckgelegt",
        r"(?:waffe|pistole|gewehr|knarre) (?:zu hause|im haus|daheim|in der wohnung|im schrank)|"
        r"habe (?:eine|ne) (?:waffe|pistole)",
        rf"(?:gesammelt|sammle|sammele|gehortet|horte|aufgehoben|gespart|spare|versteckt|"
        rf"verstecke|gebunkert|bunker|zur seite gelegt|beiseitegelegt|gezahlt)[^.!?]{{0,25}}{PILLS}|"
        rf"{PILLS}[^.!?]{{0,25}}(?:gesammelt|gehortet|aufgehoben|gespart|versteckt|gebunkert|zur "
        rf"seite gelegt|beiseitegelegt|in der schublade)|genug {PILLS}|(?:ganze|volle) "
        rf"(?:packung|schachtel|dose) {PILLS}",
        r"(?:seil|strick) (?:gekauft|besorgt|liegt|bereit|im keller|hangt|geknupft|ist da)|strick\b|"
        r"galgen|(?:eine|die|"
        r"meine|seine|eine geladene) (?:waffe|pistole|knarre|flinte|klinge|rasierklinge)[^.!?]{0,20}"
        r"(?:besorgt|gekauft|versteckt|liegt|griffbereit|geladen|im|unter|in der|habe|hab)|"
        r"rasierklingen (?:versteckt|gekauft|gesammelt|liegen)",
    ],
    "plan": [
        r"bis (?:nachste woche|morgen|freitag|zum wochenende)[^.!?]{0,10}ist alles vorbei",
        r"es wird (?:am|an meinem|nach|heute|morgen)[^.!?]{0,20}passieren",
        r"es ist entschieden|am [0-9]+\.? ist es soweit|(?:mache|mach) (?:ich )?es[^.!?]{0,30}"
        r"(?:wenn|sobald|wahrend)",
        r"alles fur (?:sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|heute nacht|"
        r"morgen|das wochenende) (?:geplant|vorbereitet)",
        r"weiss(?: schon| genau| bereits)?,? wie ich es (?:mache|tue|tun werde)",
        r"(?:geplant|vorgenommen|beschlossen),? es [^.!?]{0,30}zu tun|wie und wann|wann und wie",
        r"(?<!dafur gibt's jetzt )(?<!dafur gibt es jetzt )(?:einen|den|meinen) plan(?: gemacht| gefasst)?(?! (?:fur|b\b|zur|zum|wie ich "
        r"(?:mich bewerbe|die)))|(?:datum|tag|termin|ort|zeitpunkt) (?:steht|ist gewahlt|"
        r"festgelegt|ausgesucht|gewahlt)|(?:am|bis) (?:freitag|samstag|sonntag|montag|dienstag|"
        r"mittwoch|donnerstag|wochenende|geburtstag|[0-9]+\.?)[^.!?]{0,25}(?:ist es vorbei|mache "
        r"ich es|mach ich es|mach ich schluss|mache ich schluss|bin ich weg|bin ich tot|ist "
        r"schluss|bin ich nicht mehr)|(?:heute nacht|morgen|nachste woche|diese woche)[^.!?]{0,15}"
        r"(?:mache ich|mach ich|tu ich) (?:es|schluss)|(?:meine|mein) letzte[rns]? (?:woche|"
        r"nacht|tag|eintrag|nachricht|geburtstag)|bald nicht mehr (?:da|hier)",
    ],
    "conditional": [
        r"(?:bei der nachsten|nach der nachsten|noch eine) absage[^.!?]{0,20}(?:tue ich es|mache "
        r"ich es|ist schluss|tu ich es)",
        r"(?:noch (?:ein|eine|so ein|so eine)|eine weitere) [^.!?]{0,30}(?:und|dann) (?:ich bin "
        r"weg|bin ich weg|ich bin raus|war's das|ist schluss)|(?:ich bin|bin ich) weg[.!,]+ "
        r"(?:diesmal wirklich|fur immer|wirklich)",
        r"(?:noch (?:eine|so eine|ein)|eine weitere|eine einzige) (?:absage|"
        r"ablehnung|nein|niederlage)[^.!?]{0,30}(?:und|dann) [^.!?]{0,30}(?:schluss|bin ich weg|"
        r"mach ich|war's das|ist es vorbei|fur immer|bringe ich mich|tu ich mir)|wenn [^.!?]{0,60}"
        r"(?:dann )?(?:mache? ich schluss|bringe ich mich um|ist es vorbei mit mir|bin ich weg|"
        r"war's das fur mich|tu ich mir was an|bin ich nicht mehr da)|fur immer (?:schluss|weg)",
    ],
    "preparation": [
        r"ins tierheim gebracht[^.!?]{0,40}(?:erzahlt|gesagt)",
        r"nach meinem tod",
        r"(?:weil|da) ich (?:sie|es|ihn|die|das) nicht mehr brauche",
        r"eigene trauerrede|(?:meinen )?eigenen nachruf",
        r"(?:fast |beinahe )?alles verschenkt|wohnung ausgeraumt|(?:falls|wenn) ich (?:mal |"
        r"einmal )?nicht mehr (?:da|hier) bin",
        r"falls mir (?:etwas|was) (?:passiert|zustosst)",
        r"(?:briefe?|nachrichten?|zettel|abschiedsworte) (?:fur|an) (?:meine|alle|jeden|meinen)",
        r"(?:liebsten|besten|wertvollsten|schonsten) (?:sachen|dinge)[^.!?]{0,30}verschenkt",
        r"fur danach(?=[.!?;]|$)|lieblings[a-z]+[^.!?]{0,30}(?:verschenkt|verschenke|weggegeben)"
        r"|als ware es das letzte mal|damit sich niemand um [^.!?]{0,20}kummern muss",
        r"abschiedsbrief[a-z]*|abschiedsnachricht[a-z]*|abschied (?:genommen|nehmen)"
        r" von (?:allen|allem|der welt|meiner familie)|von allen verabschiedet|(?:meine|alle meine"
        r"|meine ganzen) (?:sachen|dinge|bucher|platten|sachen|habseligkeiten)[^.!?]{0,20}"
        r"(?:verschenkt|weggegeben|verteilt|verschenke)|verschenke (?:meine|alles)|brauche "
        r"(?:sie|es|das) (?:bald )?nicht mehr|lebensversicherung[^.!?]{0,40}(?:zahlt|auszahl|ausgezahlt|suizid|"
        r"wenn ich|bekommen|mehr wert)|tot mehr wert|(?:testament|"
        r"nachlass) (?:gemacht|geschrieben|geregelt)|(?:alles|meine angelegenheiten|meine "
        r"papiere) (?:geregelt|geordnet|in ordnung gebracht)|passworter[^.!?]{0,20}"
        r"(?:aufgeschrieben|hinterlassen|hinterlegt)|briefe an (?:alle|meine familie|meine "
        r"kinder)",
    ],
    "self-harm": [
        r"(?:buschelweise )?haare (?:buschelweise )?ausgerissen",
        r"schneid\w* (?:i|ich) mir\b[^.!?]{0,25}\b(?:unterarme?|arme?|handgelenke?|beine?|haut)\b",
        r"nichts gegessen[^.!?]{0,30}\b(?:strafe|bestrafen)",
        r"(?:verbrannt|geschnitten|gekratzt|geschlagen|gebissen)[^.!?]{0,50}\babsichtlich\b|"
        r"absichtlich[^.!?]{0,30}(?:verbrannt|geschnitten|gekratzt|geschlagen)",
        r"\bsvv\b|selbstverletz\w*",
        r"(?:arme|handgelenke|haut|beine) (?:aufgeschnitten|aufgeschlitzt|aufgeritzt)",
        r"schlage mir[^.!?]{0,30}(?:beine|arme|kopf|gesicht|bauch)",
        r"pulsadern (?:aufgeschnitten|aufschneiden|aufgeritzt|geritzt)",
        r"(?:schneide|ritze|schnitt|ritzte) (?:mich|mir)[^.!?]{0,30}(?:in die|in den|in meine) "
        r"(?:arme|arm|beine|bein|haut|handgelenke?)|mit (?:einer|der) (?:klinge|rasierklinge)",
        r"(?:kratze|schneide|ritze|verbrenne|schlage|beisse|verletze)[a-z]* (?:mich|mir) "
        r"(?:absichtlich |wieder |selbst |extra )*(?:die|den|meine|in die|in den) (?:arme|haut|"
        r"beine|handgelenke|arm|hande|hand|finger|gesicht|oberschenkel)|absichtlich (?:verbrannt|"
        r"geschnitten|verletzt|geritzt|geschlagen|gekratzt)|mir absichtlich",
        r"(?:schlage|schlug|haue|knalle|hau) (?:meinen|den|mir den) kopf (?:gegen|an)|(?:esse|"
        r"trinke) nichts mehr,? um mich zu bestrafen|um mich zu bestrafen",
        r"(?:mir|mich) (?:die |den |meine )?(?:arme|haut|beine|handgelenke|arm|oberschenkel) "
        r"(?:auf|blutig|kaputt)|(?:kratze|schneide|ritze|verbrenne|schlage|beisse)[a-z]* mir (?:die|"
        r"den|meine) (?:arme|haut|beine|handgelenke|arm)",
        r"(?:mich|mir) (?:(?!nie\b|nicht\b|niemals\b|kein|beim\b|am\b|mit\b)\w+ ){0,3}(?:geritzt|ritzen|ritze|verbrannt|verbrenne|verbrennen|"
        r"gekratzt|kratze|kratzen|geschlagen|schlage|schlagen|verletzt|verletze|verletzen|weh "
        r"getan|wehtun|weh tun|wehgetan|bestrafen|bestrafe|bestraft|geschnitten|schneide|"
        r"schneiden|gebissen|beisse|die haut|blutig)\b(?! (?:beim|am|mit dem (?:kuchen|brot)))|"
        r"(?:ritze|ritzte|verbrenne|verbrannte|kratze|kratzte|schlage|schlug|verletze|verletzte|"
        r"schneide|schnitt|bestrafe|bestrafte|beisse|biss|quale|qualte) mich\b(?: selbst)?(?! "
        r"(?:beim|am|an (?:der|dem)|mit dem (?:messer|papier) beim|durch))|selbstverletz[a-z]*|ritzen|geritzt|ritze mich|blutig (?:gekratzt|gebissen)|(?:hungere|"
        r"hungern|gehungert) (?:mich|absichtlich)|verbiete mir (?:zu essen|das essen)|verdiene "
        r"(?:kein essen|es nicht zu essen|schmerzen)|narben (?:am|an meinen?) (?:arm|armen|"
        r"handgelenk|beinen|oberschenkel)|bis es (?:blutet|weh tut)",
    ],
    "reckless": [
        r"wollte nicht (?:unbedingt |wirklich |mehr )?ankommen",
        r"lehne mich[^.!?]{0,30}(?:gelander|balkon|fenster|brucke)",
        r"vor (?:einem|einen|den|einen) (?:lastwagen|lkw|auto|bus|zug)[^.!?]{0,30}(?:gerannt|"
        r"gelaufen|gesprungen)",
        r"absichtlich (?:meine )?[a-z]*medikamente nicht mehr",
        r"mehr (?:tabletten|pillen|medikamente) als (?:verschrieben|erlaubt)",
        r"(?:gleisen|gleis|schienen)[^.!?]{0,40}(?:gehofft|hoffe|zug)|auf einen zug gehofft",
        r"getrunken[^.!?]{0,40}(?:schwimmen|gefahren|auto)",
        r"wenn ich (?:verungluck|sterbe|drauf gehe|draufgehe)[a-z]*,? (?:dann )?ist es (?:eben|halt) "
        r"so",
        r"(?:trinke|trinken|getrunken|trank) (?:zu|mit|auf) (?:meinen |den )?(?:tabletten|"
        r"medikamenten|pillen)",
        r"(?:hoffe|hoffte|gehofft|in der hoffnung)[^.!?]{0,30}(?:unfall|nicht (?:ankomme|"
        r"uberlebe|zuruckkomme|aufwache)|uberfahrt|erwischt|ein auto|mich (?:erwischt|trifft))|"
        r"(?:(?:ware|ist) mir|mir (?:ist|ware)) (?:es )?egal,? (?:wenn|ob) ich (?:sterbe|sterben|tot|uberlebe|lebe|ankomme)|"
        r"egal ob ich (?:lebe|sterbe|ankomme|uberlebe)|ohne (?:gurt|zu schauen|zu gucken|helm)"
        r"[^.!?]{0,30}(?:hoffe|egal|absichtlich)|{PILLS} mit (?:alkohol|wein|wodka|schnaps)|"
        r"(?:am|an der) (?:rand|kante) (?:des|der|vom) (?:bahnsteigs?|dachs?|brucke|klippe)".replace(
            "{PILLS}", PILLS
        ),
    ],
    "past-attempt": [
        r"krankenhaus[^.!?]{0,30}uberdos[a-z]*|uberdos[a-z]*[^.!?]{0,30}krankenhaus",
        r"versucht,? mich (?:zu )?(?:ertranken|toten|erhangen|vergiften|umzubringen)",
        r"das letzte mal,? als ich mich[^.!?]{0,40}(?:notaufnahme|krankenhaus|tabletten|"
        r"versucht)",
        r"versuch (?:uberlebt|hinter mir)|uberlebt[^.!?]{0,20}versuch|der drang ist wieder",
        r"(?:schon (?:mal|einmal)|fruher schon) versucht[^.!?]{0,30}(?:wieder|zuruck)",
        r"(?:packung|schachtel|alle|ganze) (?:tabletten|pillen)[^.!?]{0,10}geschluckt|das letzte "
        r"mal,? als ich mich so",
        r"(?:schon (?:mal|einmal|zweimal)|fruher|damals|letztes jahr|vor [a-z]+ "
        r"jahren)[^.!?]{0,30}(?:versucht|versuch) (?:mich|mir|zu sterben)|(?:suizidversuch|"
        r"selbstmordversuch)|versucht(?:,)? mich umzubringen|versucht(?:,)? mir das leben|"
        r"(?:die|diese|dunklen|alten) gedanken (?:sind|kommen) (?:wieder|zuruck)|magen "
        r"ausgepumpt|wie (?:damals|beim letzten mal),? als ich",
    ],
    "burden": [
        r"wurd(?:e)? ich (?:morgen |heute )?sterben[^.!?]{0,50}(?:merken|keiner|niemand)",
        r"versicherungsgeld[^.!?]{0,40}(?:besser|als mit mir)",
        r"klotz am bein",
        r"niemand (?:wird|wurde) sich (?:darum )?kummern",
        r"bin (?:zeit- und )?geldverschwendung|bin (?:eine |nur )?(?:zeit)?verschwendung",
        r"mache (?:allen|jedem|meiner familie) das leben schwer|mich nicht mehr (?:ertragen|"
        r"aushalten)",
        r"sich nicht (?:mehr )?um mich kummern",
        r"erleichtert,? wenn ich (?:ginge|gehe|weg ware|tot ware|sterbe|nicht mehr da|verschwinden "
        r"wurde|verschwande|sterben wurde)",
        r"(?:bin|ware) (?:allen |euch |ihnen |meiner familie )?(?:nur |bloss )?(?:eine |ein )?"
        r"(?:last|belastung)\b|wenn ich nicht mehr (?:da|hier|am leben) (?:ware|bin)|wenn ich (?:weg|"
        r"tot) (?:ware|bin)",
        r"(?:eine |ein )?(?:last|belastung|klotz am bein) fur (?:alle|meine|euch|sie|die "
        r"familie|jeden|andere|alle anderen)|(?:allen|ihnen|euch|meiner familie) (?:nur |bloss )?zur last|"
        r"(?<!\ber )(?<!\bsie )(?<!\bes )falle[n]? [^.!?]{0,25}zur last|"
        r"(?:ohne mich|wenn ich (?:weg|tot|nicht mehr da) (?:ware|bin))[^.!?]{0,30}(?:besser|"
        r"leichter|glucklicher|einfacher)|(?:besser|glucklicher|leichter) (?:dran )?ohne mich|"
        r"(?:niemand|keiner|keinem|niemandem) (?:wurde|wird|wurde es) (?:es |mich )?(?:merken|"
        r"bemerken|vermissen|auffallen|fehlen)|wurde (?:niemandem|keinem) (?:auffallen|fehlen)|"
        r"(?:einziger|einzige|letzter) ausweg|der tod (?:ware|ist|scheint) (?:der einzige|eine "
        r"erlosung|die losung|die einzige|mein einziger)|keinen ausweg mehr",
    ],
}

# Oblique wording: plans, means and goodbyes in everyday logistics (round-2 misses, extra_c).
# No sign that the news was good ("gutartig", "kein Krebs").
_GOOD = r"\b(?:kein\w*|nicht|gutartig\w*|negativ|entfernt|weg|operabel)\b"
_NO_GOOD = rf"(?:(?!{_GOOD})[^.!?])"
_OBLIQUE: dict[str, list[str]] = {
    "wish-dead": [
        r"(?:ware|war|wa?r'|bin|sei) (?:ich )?(?:(?:einfach|echt|gerade|grad) )*(?:am )?(?:lieber|liebsten|eher) "
        r"(?:(?:einfach|echt|gerade) )?tot|"
        r"wunsch,? tot zu "
        r"sein|(?:will|mochte|wollte) (?:einfach )?tot sein",
        r"(?:wunschte|wunsche|hatte gern)[^.!?]{0,40}(?:aus der narkose|nach der (?:op|operation)) "
        r"(?:nicht|nie) (?:mehr )?(?:aufgewacht|aufwachen)|(?:op|operation) (?:ware|hatte)[^.!?]{0,20}schiefgehen "
        r"(?:sollen|mussen)",
        r"enttauscht,? dass ich (?:wieder |noch )?(?:aufwache|lebe|da bin)|tot umfall[a-z]*"
        r"[^.!?]{0,40}erleichterung",
        rf"(?:tumor|krebs|unheilbar|metastase\w*){_NO_GOOD}{{0,50}}\berleichter(?:ung|t)\b|"
        rf"\berleichter(?:ung|t)\b{_NO_GOOD}{{0,40}}(?:tumor|krebs|unheilbar|metastase)(?![^.!?]*{_GOOD})",
    ],
    "method": [
        r"wie (?:schnell|lange) ertrinkt man|(?:gelesen|gesucht|nachgeschaut|recherchiert)"
        r"[^.!?]{0,40}(?:ertrinken|hohe der (?:brucke|talbrucke)|medikamente, die todlich)",
    ],
    "means": [r"(?:drei|vier|funf|mehrere|verschiedene) apotheken"],
    "plan": [
        r"(?:hat|hielt|haben) (?:mich )?gehalten,? leider|leider (?:hat es|hat's) gehalten",
        r"(?:dann|danach) spring(?:e)? ich\b|(?:werde|erleb\w*) (?:den |das |die )?(?:januar|"
        r"februar|marz|fruhling|sommer|weihnachten|neue jahr|silvester) nicht mehr",
        r"(?:vom|aus dem) leben abmelden|abmelden[^.!?]{0,30}vom leben",
        r"(?:keine|ohne) ruckfahrt|komme? (?:nicht|nie) (?:mehr )?(?:zuruck|runter)\b|ist "
        r"schluss fur mich",
    ],
    "preparation": [
        r"falls ich nicht mehr da bin|brief (?:fur|an) jed|ohne dass (?:sie|er|es) (?:es )?merk",
        r"(?:brief|zettel|nachricht)[^.!?]{0,60}(?:nicht (?:ihre|seine|deine|eure) schuld|keine schuld)",
        r"(?:katze|kater|hund|pferd|hase|kaninchen|vogel|haustier\w*)\b[^.!?]{0,80}(?:angeblich|"
        r"vorgeblich|als ausrede|unter dem vorwand)[^.!?]{0,60}[.!?]\s*(?:es gibt (?:gar )?kein\w*|"
        r"da ist kein\w*)",
    ],
    "burden": [
        r"ohne mich (?:waren|ware|hatten|hatte|wurden)[^.!?]{0,30}(?:besser|billiger|leichter|"
        r"frei)|welt wa?e?r'? ohne mich|(?:einzige|letzte) ausweg[^.!?]{0,60}\btot\b",
    ],
}
for _category, _patterns in _OBLIQUE.items():
    CUES[_category].extend(_patterns)

DENIALS: list[str] = [r"nicht|nie|niemals|kein|keine|keinen|keiner|nein|nimmer"]
# "nicht mehr" (no longer) keeps the cue that follows.
NOT_DENIALS = r"(?:mehr|sicher|sicher,? ob|so sicher|ob|wirklich sicher)"
