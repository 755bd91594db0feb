"""French: idioms to take out and warning signs by category, over `normalise(text)` (no accents)."""

from __future__ import annotations

# Up to two words that are not a negation ("je veux vraiment juste mourir").
F = r"(?:(?!pas\b|jamais\b|point\b)[a-z']+ ){0,2}"
MEDS = (
    r"(?:cachets|comprimes|medicaments|medocs|pilules|somniferes|anxiolytiques|doliprane|"
    r"paracetamol|antidepresseurs|calmants|xanax|lexomil|tramadol|boites?)"
)

IDIOMS: list[str] = [
    r"ne suis (?:un fardeau|une charge|un poids) pour personne",
    # "C'est à se flinguer" (it is dreadful): impersonal, never "j'ai envie de me flinguer".
    r"(?:c'est |c'etait )?a se (?:flinguer|pendre|tirer une balle|jeter par la fenetre)",
    r"(?:cdd|contrat|mission|stage|cdi|periode d'essai|interim) (?:se termine|finit|prend fin|s'arrete)",
    r"(?:formation|these|memoire|cours|conference|atelier|module) (?:sur|a propos)[^.!?]{0,40}(?:suicid[a-z]*|automutil[a-z]*|scarification)|ligne d'ecoute",
    r"ne s'automutile plus|(?:avant|autrefois|ado) je m'automutilais[^.!?]{0,40}[.!?;,]\s*(?:plus maintenant|c'est fini|je ne le fais plus)",
    r"demande si [^.!?]{0,60}[.?!,]+\s*(?:[a-z]+[ ,:]+){0,2}(?:non|jamais|pas du tout)\b|(?:va|"
    r"vont|allait|allaient) me tuer|(?:documentaire|article|livre|film|etude) sur le suicide",
    r"(?:prefere|prefererais) mourir (?:que de|plutot que de) (?:refaire|faire|retourner|passer|"
    r"ecrire|porter|travailler|repasser)",
    r"(?:je )?les ai (?:tous )?tues",
    r"mort[e]?s? de (?:fatigue|rire|honte|peur|faim|froid|chaud|trouille|ennui|stress)",
    r"(?:mourir|meurs|meurt|mourais|mourrais|mourir) (?:de|d') ?(?:rire|honte|faim|soif|ennui|"
    r"envie|peur|chaud|froid|impatience|fatigue|trouille)",
    r"(?:ca|cela|ce [a-z]+|cette [a-z]+|le [a-z]+|la [a-z]+|il|elle|tu|vous|ils|les [a-z]+) "
    r"(?:va |vont )?(?:me tue|me tuent|m'a tue|me tuera|me tuer|va me tuer)",
    r"me tue(?:r)? (?:a la tache|au travail|a le dire|a leur dire|a vous dire)|tuer le temps|"
    r"tue dans l'oeuf|c'est mortel|trop mortel|a mort\b|mort de rire|mdr",
    r"en finir avec (?:le|la|les|ce|cette|ces|mon|ma|mes|l')(?! vie\b)(?!s? jours)[a-z' ]{0,20}"
    r"(?:candidature|cv|lettre|dossier|recherche|entretien|boulot|projet|boite|agence|"
    r"recruteur|tache|ennui|attente|cours)s?",
    r"(?:couper|coupe|raccourcir|tailler) (?:mon|le|ma) (?:cv|lettre|texte)|"
    r"me (?:suis )?(?:coupe|brule)e? (?:en|avec le|avec la|au|a la) (?:cuisin|four|fer|"
    r"couteau|rasant|papier|plaque|cafe|the)[a-z]*(?![^.!?]{0,40}\b(?:expres|volontairement))",
    r"je (?:suis|me sens) creve|crevant|creve de (?:fatigue|faim)|une corde a sauter|"
    r"(?:sauter|saute) (?:le pas|sur l'occasion|de joie|une etape)",
    r"(?:me suis )?tire une balle dans le pied|tuer la concurrence",
    r"corde (?:pour|a) (?:le |la |l'|mon |ma )?(?:bateau|tente|jardin|escalade|linge|"
    r"balancoire|chien)|prevention du suicide|prevention suicide|ligne d'ecoute|numero national de prevention",
]

CUES: dict[str, list[str]] = {
    "wish-dead": [
        r"envie sa place dans (?:le cercueil|la tombe)",
        r"que dieu me rappelle|j'envie [^.!?]{0,30}(?:morts?|defunts?)",
        r"regrette d'avoir survecu",
        r"(?:veux|voudrais) plus etre en vie|plus etre en vie",
        r"(?:espere|souhaite|prie)[^.!?]{0,25}coeur (?:va )?(?:juste )?s'arrete",
        r"mentirais si je (?:disais|dis) que je (?:ne )?veux pas mourir",
        r"espere (?:juste |vraiment )?(?:mourir|ne pas me reveiller|crever)|que (?:ca|tout) "
        r"s'arrete[^.!?a-z]{0,5}(?:definitivement|pour de bon|pour toujours)",
        r"plus (?:simple|facile) de (?:mourir|partir|disparaitre|en finir)|mieux (?:vaut|"
        r"vaudrait) mourir|(?:aimerais|voudrais|veux) que tout s'arrete",
        r"(?:espere|prie|souhaite)[^.!?]{0,10}ne pas (?:voir|passer|survivre a) (?:le matin|la "
        r"nuit|demain|le jour)",
        r"(?:ne jamais|ne pas|ne plus) m'etre reveillee?",
        r"disparaitre et ne (?:jamais|plus) revenir|plus (?:gout|envie) a la vie|souhaite mourir",
        r"(?:m'endormir|dormir) et (?:que ce soit fini|que tout s'arrete|ne plus)",
        r"envie d'(?:exister|etre la|etre en vie)|si je (?:mourais|meurs|mourrais|disparaissais)"
        r"[^.!?]{0,40}(?:soulagement|tant mieux|mieux|delivrance|egal)|(?:que )?tout s'arrete "
        r"(?:pour de bon|pour toujours|definitivement|a jamais)",
        rf"(?:envie|envies|besoin) de {F}(?:mourir|crever|disparaitre (?:pour toujours|a "
        rf"jamais|definitivement|pour de bon)|ne plus (?:etre la|exister|vivre|me reveiller)|ne pas "
        rf"me reveiller|dormir pour toujours|plus etre la)",
        rf"(?:veux|voudrais|voulais|aimerais|souhaite|souhaiterais|prefererais|prefere|"
        rf"reve de) {F}(?:mourir|crever|etre morte?|disparaitre pour|ne plus (?:etre|exister|vivre|"
        rf"me reveiller)|ne pas (?:me reveiller|exister|etre ne)|dormir pour toujours|m'endormir "
        rf"pour toujours|m'endormir et ne)",
        r"(?:ne )?(?:veux|voudrais|ai|peux) plus (?:envie de |la force de )?(?:vivre|"
        r"exister|etre la|me reveiller|continuer|avancer)|(?:marre|fatiguee?|lasse?) de (?:vivre|la "
        r"vie|exister|respirer|cette vie)",
        r"(?:la )?vie ne vaut (?:plus|pas|rien)|(?:plus|aucune?|pas de|sans) (?:aucune )?"
        r"(?:raison|but|sens) de (?:vivre|continuer|rester|me lever)|a quoi bon (?:vivre|continuer|"
        r"me lever|me reveiller|exister|tout ca|rester)|(?:plus|pas) de sens a (?:ma )?vie",
        r"(?:ne pas|ne plus|jamais) me reveiller|(?:dormir|m'endormir) et ne (?:plus|"
        r"jamais|pas) me reveiller|mieux vaudrait (?:que je sois )?morte?|(?:serais|serait) mieux "
        r"morte?|j'aurais prefere ne (?:pas|jamais) (?:naitre|etre nee?)|pas (?:demande|voulu) a "
        r"naitre|plus (?:la force|le courage) de (?:vivre|continuer)",
    ],
    "thoughts": [
        r"de ma propre main|voulais que ce soit la fin",
        r"(?:souffle|dit|repete|murmure|crie|voix)[^.!?]{0,25}\btue[- ]toi\b",
        r"me (?:tirer|mettre) une balle|je me supprime|me supprimerai",
        r"me vois morte?|m'imagine morte?",
        r"pour mourir\b",
        r"me donner la mort|(?:me|m'en) (?:tuer|finir) (?:ce soir|demain|bientot)|(?:fait|faire|une) overdose",
        r"suicid[a-z]*|me tuer|me supprimer|me flinguer|me buter|me foutre en l'air|"
        r"me (?:jeter|balancer) (?:sous|du|d'un|par|dans)|me pendre|en finir(?! avec (?:le|la|les|"
        r"ce|cette|ces|mon|ma|mes)\b(?! vie))|en finir avec (?:la vie|tout|ma vie|moi)|mettre fin a "
        r"(?:mes jours|ma vie|tout|mon existence)|(?:idees|pensees) (?:noires|suicidaires|de mort|"
        r"de suicide|de (?:me tuer|mourir|disparaitre))",
        r"(?:sauter|saute|sauterais|sauter) (?:du|d'un|d'une|par la|de la|sous) "
        r"(?:pont|immeuble|toit|falaise|fenetre|train|metro|balcon)|pass(?:er|e|erai|erais) a l'acte|tout arreter "
        r"(?:pour de bon|definitivement)|disparaitre (?:pour de bon|a jamais|pour toujours|"
        r"definitivement)|(?:pense|pensais|je pense) (?:souvent |beaucoup )?a (?:la mort|mourir|"
        r"en finir|me tuer|disparaitre)",
    ],
    "method": [
        r"(?:electricite|seche-cheveux|grille-pain)[^.!?]{0,30}baignoire|baignoire[^.!?]{0,30}(?:electricite|"
        r"seche-cheveux|grille-pain)",
        r"combien de temps[^.!?]{0,40}(?:perdre connaissance|mourir|pour en finir)",
        r"(?:ponts?|immeubles?|batiments?|falaises?|tours?) les plus hauts? (?:de la ville|du coin|"
        r"pres de chez moi|de la region|d'ici|du quartier)|combien de (?:cachets|"
        r"comprimes|medicaments|pilules)[^.!?]{0,30}(?:faudrait|faut|suffirai|suffit)",
        r"(?:facons|manieres|moyens|methodes) de mourir",
        r"noeud (?:coulant|de pendu)",
        r"hauteur (?:du|d'un|d'une|de la|de l') ?(?:pont|immeuble|toit|falaise|parking|tour|"
        r"viaduc|fenetre)",
        r"(?:medicaments|cachets|comprimes|doses?|pilules) (?:sont |qui sont )?(?:mortel|letal|"
        r"fatal)[a-z]*",
        rf"(?:cherche|chercher|cherchais|recherche|google|googlise|regarde|lu|lis|lire|"
        rf"renseigne)[a-z]*[^.!?]{{0,40}}(?:comment (?:mourir|me tuer|en finir|se tuer|se suicider|"
        rf"se pendre|faire une overdose|partir sans)|combien de {MEDS}|dose (?:mortelle|letale|"
        rf"fatale)|la dose|methodes? (?:pour|de) (?:mourir|suicide|en finir)|sans douleur|"
        rf"quelle hauteur)",
        rf"dose (?:mortelle|letale|fatale|toxique)|(?:dose|quantite)[^.!?]{{0,30}}(?:mortelle|"
        rf"letale|fatale)|combien de {MEDS} (?:il faut|faut|pour|"
        rf"faudrait|sont)|(?:facon|maniere|moyen|methode) (?:la plus )?(?:rapide|indolore|douce|"
        rf"sure|simple) (?:de|pour) (?:mourir|en finir|partir|me tuer)|(?:sans douleur|indolore) "
        rf"pour (?:mourir|en finir|partir)|quelle hauteur (?:pour|faut)",
    ],
    "means": [
        r"(?:pique|vole|chope|pris)e? (?:la |les |le |une |des )?(?:boite|boites|flacon|plaquettes?)? ?"
        r"(?:de |d')?(?:tramadol|somniferes|morphine|oxycodone|cachets|medocs|anxiolytiques)",
        r"charbon (?:de bois )?et (?:du )?(?:scotch|ruban adhesif)",
        r"(?:lames|rasoirs?|cachets|medicaments|comprimes)[^.!?]{0,30}(?:les ai cachee?s|caches|"
        r"cachees)|au lieu de les prendre",
        r"tiroir (?:plein|rempli) de (?:medocs|medicaments|cachets|comprimes)",
        r"(?:couteau|lame|rasoir|arme|cachets) (?:sous|dans) (?:mon|l') ?oreiller",
        r"de quoi (?:en finir|me tuer|le faire|mourir)",
        rf"(?:garde|gardes|mis de cote|met de cote|stocke|stocker|stockes|accumule|amasse|"
        rf"cache|caches|economise|rassemble|recupere|compte|collectionne)[^.!?]{{0,25}}{MEDS}|"
        rf"{MEDS} (?:de cote|caches|en reserve|dans (?:le|mon|un) (?:tiroir|placard|sac))|"
        rf"assez de {MEDS}|(?:toute|tout) (?:la|une|le) (?:boite|plaquette|flacon|tube) de {MEDS}",
        r"(?:achete|acheter|trouve|j'ai|il y a|cache|prepare|garde) (?:une|la|ma) (?:corde|"
        r"lame|arme)\b|(?:la|une) corde (?:est|dans|au|sous|prete|qui)|(?:un|le|mon) (?:noeud "
        r"coulant|fusil|pistolet|revolver|flingue|rasoir|cutter)(?: de (?:mon|ma) [a-z]+)? "
        r"(?:est|dans|sous|pret|charge|cache|a portee)|(?:des|mes|les) lames (?:de rasoir )?"
        r"(?:cachees|dans|sous)",
    ],
    "plan": [
        r"(?:au|dans le) garage avec (?:le moteur|la voiture)",
        r"ce sera (?:le soir|le jour|la nuit) de",
        r"c'est decide,? (?:ce sera|le|ce soir|demain|samedi|dimanche|vendredi)|(?:le faire|le "
        r"ferai|je le fais|vais le faire)[^.!?]{0,30}(?:pendant que|quand|des que)",
        r"(?:tout )?(?:planifie|prevu|organise|prepare) pour (?:dimanche|lundi|mardi|mercredi|jeudi|"
        r"vendredi|samedi|ce soir|demain|cette nuit|le [0-9]+)|je le ferai (?:ce soir|cette nuit)",
        r"sais (?:deja |exactement )?comment (?:je vais (?:le )?faire|je vais m'y prendre|le faire)",
        r"(?:prevu|decide|planifie|compte|vais) de le faire\b|(?:comment et quand|quand et comment)"
        r"(?: je vais| le faire| je le)",
        r"(?:j'ai|il y a) (?:un|mon|le) plan\b(?! (?:b\b|(?:de|pour) (?:carriere|candidature|"
        r"action|formation|securite|crise)))|(?:choisi|fixe|prevu|decide|trouve) (?:la|une|le|un) (?:date|jour|"
        r"nuit|heure|endroit|moment|facon|pont)\b(?! (?:de|pour) (?:l'entretien|mon entretien|"
        r"la reunion|l'appel))|tout est pret pour|c'est (?:ma|mon) (?:derniere?|ultime) (?:nuit|"
        r"semaine|journee|jour|message|entree|soir|anniversaire|noel)",
        r"(?:ce soir|cette nuit|demain|samedi|vendredi|dimanche|lundi|le [0-9]+|a mon "
        r"anniversaire|apres noel|ce week-end|la semaine prochaine)[^.!?]{0,45}(?:c'est fini|j'en "
        r"finis|je le fais|je passe a l'acte|je (?:pars|partirai) pour de bon|je ne serai plus la|"
        r"tout sera fini|je me tue|ce sera fini)|je (?:ne serai|serai) plus la (?:demain|ce soir|"
        r"la semaine|dans|pour|a)",
    ],
    "conditional": [
        r"au prochain (?:refus|non|echec),? (?:je le fais|je passe a l'acte|j'en finis|c'est fini)",
        r"c'est fini[,. ]+(?:pour de vrai|pour de bon|pour moi|cette fois)",
        r"(?:encore un|un autre|un|une) (?:refus|non|rejet|echec|mail comme ca|"
        r"ghosting)(?: de plus)?[^.!?]{0,30}(?:et|alors) (?:j'arrete tout|c'est fini pour moi|je "
        r"(?:me tue|m'en vais pour de bon|disparais|mets fin|me foutrai|passe a l'acte|saute)|"
        r"j'en finis|c'est la fin)|(?:si|quand)[^.!?]{0,60}(?:j'en finis|j'en finirai|je (?:me tue"
        r"|me tuerai|disparais|disparaitrai|mets fin|me fous en l'air|passe a l'acte)|c'est fini "
        r"pour (?:moi|de bon)|je ne serai plus la)|pour de bon\b(?! (?:avec|ce|cette))",
    ],
    "preparation": [
        r"(?:trouve|cherche) une (?:famille|maison) pour (?:mon|ma|mes) (?:deux |trois )?(?:chats?|chiens?|"
        r"lapins?|perroquets?)[^.!?]{0,40}en (?:racontant|disant|pretextant)",
        r"(?:pour )?apres ma mort",
        r"mon (?:propre )?eloge funebre|ma (?:propre )?notice necrologique",
        r"donne (?:presque |quasiment )?tout|vide mon (?:appartement|appart|logement)|si (?:un "
        r"jour )?je ne suis plus la|quand je ne serai plus la",
        r"messages? d'adieu",
        r"s'il m'arrive (?:quelque chose|malheur)|mot d'explication|lettre d'explication",
        r"(?:laisse|ecrit|laisser|ecrire|laissant) (?:des|un|une|mes|quelques) (?:mots?|lettres?|"
        r"messages?) (?:pour|a) (?:ma famille|mes (?:enfants|parents|proches|amis)|chacun|tout le "
        r"monde|mon mari|ma femme)",
        r"personne n'(?:ait|aura|aurait) a (?:s'occuper|gerer|ranger|trier)|comme si c'etait la "
        r"derniere fois|(?:tout|mes affaires) (?:regle|range|organise)e?s? pour (?:que|apres)|pour "
        r"apres(?=[.!?;]|$)",
        r"lettres? d'adieu|mots? d'adieu|(?:dire|dit|dis) adieu|fait mes adieux|"
        r"(?:mes|derniers) adieux|lettres? (?:pour|a) (?:chacun|mes (?:enfants|parents|proches|"
        r"amis)|ma famille)[^.!?]{0,30}(?:au cas|apres|pour expliquer|quand je)",
        r"(?:donne|donner|donnes|distribue|distribuer|offert|offrir) (?:toutes )?"
        r"(?:mes affaires|mes objets|mes livres|tout ce que j'ai|mes biens|mon chat|mon chien|mes "
        r"plantes)|(?:n'en aurai|n'en aurais) plus besoin|assurance[- ]vie[^.!?]{0,40}(?:paie|paierait|verse|verserait|suicide|"
        r"toucher|toucheraient|si je (?:meurs|mourais)|mort)|"
        r"(?:vaux|vaudrais|vaut) plus (?:cher )?morte?|mis (?:de l'ordre|en ordre) (?:dans )?mes "
        r"(?:affaires|papiers|comptes)|(?:laisse|note) mes (?:codes|mots de passe)|mon testament|"
        r"(?:prevu|organise|choisi) (?:mes|mon) (?:funerailles|enterrement|obseques)",
    ],
    "self-harm": [
        r"me brule avec [^.!?]{0,20}quand",
        r"(?:me suis )?re(?:coupee?|scarifiee?)s?(?= ce soir| cette nuit| hier| encore|[.!,]|$)",
        r"(?:mange|manger) (?:plus )?rien[^.!?]{0,30}pour me punir",
        r"(?:rien mange|pas mange|sans manger)[^.!?]{0,30}\b(?:punition|me punir)",
        r"(?:brule|coupe|griffe|tape|frappe|mordu)e?s?[^.!?]{0,50}\b(?:expres|volontairement)\b",
        r"(?:ouvert|ouvrir|taillade|tailler) les veines",
        r"me suis recoupee?|me recoupe|recommence a me (?:couper|bruler|scarifier)",
        r"me (?:suis )?(?:encore |deja |de nouveau |a nouveau )?(?:couper|coupe|coupee|coupais|scarifier|scarifie|scarifiee|scarifiais|"
        r"bruler|brule|brulee|brulais|griffer|griffe|griffee|frapper|frappe|frappee|taper|tape|"
        r"cogner|cogne|mutiler|mutile|punir|puni|punie|mordre|mords|mordu|affamer|blesser|blesse|"
        r"blessee|lacerer|taillader|taillade)\b(?! (?:les cheveux|le doigt en|au|a la|en cuisinant|"
        r"avec (?:le|la) (?:four|fer|couteau de cuisine)))|scarification|automutil[a-z]*|"
        r"auto-?mutil[a-z]*|me faire du mal|me fais du mal|me suis fait du mal|mal a moi-meme",
        r"jusqu'au sang|jusqu'a (?:saigner|ce que (?:ca|je) saigne)|(?:cicatrices|"
        r"coupures|brulures|marques) (?:sur|aux?) (?:mes |les )?(?:bras|poignets|cuisses|jambes)|"
        r"(?:cacher|cache) (?:mes|les) (?:cicatrices|coupures|brulures|marques)|(?:je ne merite|je "
        r"merite) (?:pas|plus) de manger|(?:arrete|plus) de manger pour me punir|me prive de "
        r"(?:manger|nourriture)",
    ],
    "reckless": [
        r"(?:voie rapide|autoroute|rails|periph\w*)[^.!?]{0,60}(?:en fermant les yeux|les yeux fermes)",
        r"penche[^.!?]{0,45}(?:rambarde|balcon|fenetre|pont)",
        r"traverse[^.!?]{0,30}devant (?:un|une) (?:camion|voiture|bus|train)",
        r"arrete (?:mon|mes) (?:traitement|medicaments|insuline)[^.!?]{0,20}expres",
        r"plus de (?:cachets|comprimes|medicaments) que (?:prescrit|prevu|ce qu'il faut)",
        r"(?:rails|voies)[^.!?]{0,30}(?:esperant|espere)|esperant qu'un train",
        r"\bbu\b[^.!?]{0,40}(?:nager|conduire|conduit|roule)",
        r"si je me (?:plante|tue|crashe|fais renverser),? tant pis",
        r"(?:bois|boire|bu|buvant)[^.!?]{0,30}(?:cachets|medicaments|comprimes|medocs)|"
        r"(?:cachets|medicaments|comprimes) avec (?:de l'alcool|du vin|de la vodka)",
        r"(?:m'en fiche|m'en fous|me fiche|me fous|m'est egal|je m'en moque) (?:de mourir|si je "
        r"meurs|de crever|de vivre|de ne pas rentrer)",
        r"(?:en esperant|j'espere|j'esperais|esperant)[^.!?]{0,30}(?:ne pas (?:m'en "
        r"sortir|survivre|revenir|arriver)|ne jamais (?:rentrer|revenir|arriver)|(?:une voiture|"
        r"un camion|un accident)|me (?:percute|renverse|tue))|(?:ca m'est|c'est|m'est|me serait) "
        r"(?:bien )?egal (?:de mourir|si je meurs|de vivre|si je ne (?:rentre|reviens|survis))|"
        r"(?:conduit|roule|traverse|nage)[a-z]*[^.!?]{0,30}(?:sans (?:ceinture|regarder)|les yeux "
        r"fermes|en esperant|expres)|(?:melange|mélangé|pris) [^.!?]{0,20}"
        + MEDS
        + r" (?:avec|et) "
        r"(?:de l'alcool|du vin|de la vodka|l'alcool)|(?:debout|assise?) au bord (?:du|de la) "
        r"(?:quai|toit|pont|falaise)",
    ],
    "past-attempt": [
        r"(?:j'avais|j'ai) essaye de mourir|(?:re)?pense a le refaire",
        r"hopital[^.!?]{0,30}overdoses?",
        r"(?:essaye|tente) de me (?:noyer|pendre|tuer|jeter|empoisonner)",
        r"la derniere fois que je me sentais[^.!?]{0,40}(?:urgences|hopital|cachets|tente|"
        r"essaye|avale)",
        r"deja (?:essaye|tente) une fois|une fois (?:essaye|tente)",
        r"avale (?:une boite|tous mes|toute la|une plaquette|tout le flacon)|la derniere fois "
        r"que je me sentais (?:comme ca|ainsi)",
        r"(?:deja |une fois )?(?:tente|essaye|essaie|tentee) de (?:me tuer|me "
        r"suicider|mourir|en finir|mettre fin|me pendre)|(?:ma|une|mon|la derniere|premiere) "
        r"(?:tentative(?: de suicide)?|\bts\b|overdose)|(?:les|ces|mes) (?:idees|pensees|envies) "
        r"(?:noires |suicidaires )?(?:sont |)(?:reviennent|revenues|de retour)|comme (?:la derniere"
        r" fois|avant) (?:quand|ou) (?:j'ai|je suis)|lavage d'estomac",
    ],
    "burden": [
        r"argent de l'assurance[^.!?]{0,30}qu'avec moi|meilleure vie[^.!?]{0,40}sans moi",
        r"personne ne s'en (?:souciera|rendra compte|apercevra)|quand je serai partie?\b",
        r"suis une perte de (?:temps|d'argent|place)",
        r"gache la vie (?:de tout le monde|de mes proches|de ma famille|de tous)",
        r"si j'etais plus la|si j'existais plus",
        r"(?:s'occuper|se soucier|s'inquieter) de moi\b(?! (?:pendant|quand|au|a|ce|cette))",
        r"(?:soulages?|soulagees?|mieux|plus heureux) si je (?:partais|mourais|disparaissais|"
        r"n'etais plus la)",
        r"la mort (?:est|serait|me semble|semble|me parait|parait) (?:la |ma |une )?(?:seule |"
        r"unique |meilleure )?(?:issue|solution|sortie|porte de sortie|option|delivrance|"
        r"soulagement)|seule porte de sortie",
        r"suis (?:qu'|que )?(?:un|une) (?:fardeau|poids|boulet|charge)\b|si je n'etais (?:plus|pas) "
        r"la|si je (?:disparaissais|mourais|partais pour de bon)",
        r"(?:un |une )?(?:fardeau|poids|boulet|charge) (?:pour|a) (?:tout le monde|eux|"
        r"ma famille|mes proches|mes parents|les autres|tous|vous|ceux)|(?:mieux|plus heureux|plus "
        r"heureuse|plus heureuses|mieux lotis?|plus tranquilles?|soulages?) sans moi|"
        r"personne (?:ne )?(?:remarquerait|verrait|s'apercevrait|me regretterait|remarquera|"
        r"s'en rendrait compte|me manquerait|ne pleurerait|viendrait|se soucierait)|(?:seule?|"
        r"unique|derniere) (?:issue|solution|sortie|echappatoire|option)|la mort (?:est|serait|me "
        r"semble|semble) (?:la seule|une delivrance|la solution|un soulagement|ma seule|plus douce)"
        r"|aucune (?:issue|sortie)|(?:tout|la vie) serait (?:plus simple|mieux|plus facile) (?:pour "
        r"[a-z ]+ )?si je (?:n'etais|netais|etais) (?:plus la|pas la|morte?)",
    ],
}

# Oblique wording: plans, means and goodbyes in everyday logistics (round-2 misses, extra_c).
# No sign that the news was good ("benigne", "pas de cancer").
_GOOD = r"\b(?:pas|ni|benigne?|rien|negatif|negative|operable|partie?|disparue?)\b"
_NO_GOOD = rf"(?:(?!{_GOOD})[^.!?])"
_OBLIQUE: dict[str, list[str]] = {
    "wish-dead": [
        r"decue? de (?:me reveiller|me reveiller encore|etre encore (?:la|en vie))",
        r"(?:aurais (?:voulu|prefere|aime)|si seulement)[^.!?]{0,40}(?:ne pas|jamais) (?:me )?reveill\w*[^.!?]{0,20}"
        r"(?:operation|anesthesie|bloc)|(?:operation|anesthesie)[^.!?]{0,30}(?:aurais (?:voulu|prefere)|si seulement)"
        r"[^.!?]{0,30}(?:mal tourne|ne pas (?:me )?reveill)",
        rf"(?:tumeur|cancer|incurable|metastase\w*){_NO_GOOD}{{0,50}}\bsoulage(?:ment|e)\b|"
        rf"\bsoulage(?:ment|e)\b{_NO_GOOD}{{0,40}}(?:tumeur|cancer|incurable|metastase)(?![^.!?]*{_GOOD})",
    ],
    "method": [
        r"(?:doses?|quantites?) (?:dangereuses?|mortelles?|letales?)|comment se noyer|"
        r"(?:cherche|lu|regarde|recherches?)[^.!?]{0,40}(?:se noyer|noyade|hauteur du (?:pont|"
        r"viaduc)|medicaments qui (?:peuvent )?tuer)",
    ],
    "means": [r"(?:trois|quatre|cinq|plusieurs|differentes) pharmacies"],
    "plan": [
        r"(?:ne )?(?:verrai|passerai|tiendrai) pas (?:jusqu'a )?(?:janvier|fevrier|mars|avril|mai|juin|"
        r"juillet|aout|septembre|octobre|novembre|decembre|noel|le nouvel an|l'annee prochaine|"
        r"mon anniversaire|le printemps|l'ete|l'hiver)",
        r"(?:ne )?(?:redescendrai|redescends|reviendrai|rentrerai) pas\b|(?:pas de|sans) billet "
        r"(?:de )?retour|c'est (?:pour )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
        r"ce soir|demain) que je le fais|(?:c'est|ce sera) fini pour moi",
    ],
    "preparation": [
        r"tout est en ordre|lettre pour chacun|pour (?:celui|celle|ceux) qui viendr[a-z]* apres|"
        r"au cas ou je ne serais plus la|(?:sans qu'ils|sans qu'elle|sans qu'il) s'en "
        r"(?:rendent|rende) compte",
        r"(?:lettre|mot|message)[^.!?]{0,60}(?:pas|jamais) (?:de )?(?:sa|ta|leur|votre) faute",
        r"(?:chat|chatte|chien|chienne|cheval|lapin|oiseau|perroquet)s?\b[^.!?]{0,80}(?:soi-disant|"
        r"soi disant|sous pretexte|pretendument|officiellement)[^.!?]{0,60}[.!?]\s*(?:il n'y a "
        r"(?:pas|aucun\w*)|y a pas de)\b",
    ],
    "burden": [
        r"sans moi (?:ils|elle|il|tout le monde|ma famille)[^.!?]{0,30}(?:economiser|mieux|"
        r"respirer|libres?)|(?:ne suis qu'un|un) fardeau pour",
    ],
}
for _category, _patterns in _OBLIQUE.items():
    CUES[_category].extend(_patterns)

DENIALS: list[str] = [
    r"pas|jamais|aucun|aucune|non|ni|nullement|guere|rien",
]
NOT_DENIALS = (
    r"(?:sur|sure|si|certain|certaine|sais|vraiment sur|de raison|envie de vivre|la force|"
    r"de penser|d'y penser)"
)
