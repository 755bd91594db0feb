"""Spanish: idioms to take out and warning signs by category, over `normalise(text)`."""

from __future__ import annotations

# Up to two words that are not a negation ("quiero solo morirme").
F = r"(?:(?!no\b|nunca\b|jamas\b)[a-z']+ ){0,2}"
PILLS = (
    r"(?:pastillas|pildoras|comprimidos|medicamentos|medicinas|somniferos|ansioliticos|"
    r"antidepresivos|paracetamol|ibuprofeno|tranquilizantes|calmantes|cajas|blisters?)"
)

IDIOMS: list[str] = [
    r"lleva \w+ (?:anos|meses|semanas) sin autolesionarse",
    r"no soy (?:una carga|un estorbo) para nadie",
    # "Me mató el final de la novela" (it moved me), never "me mato el lunes".
    r"me mato (?:el|la|lo) (?!(?:dia|lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde|mes|"
    r"ano|semana|proximo|proxima)\b)[a-z]+",
    # "Mi vieja me va a colgar / matar" (someone else will be furious), never "me voy a colgar".
    r"(?:me|te|nos) (?:va|van) a (?:colgar|matar|ahorcar)",
    r"(?:contrato|sustitucion|interinidad|practicas) (?:termina|acaba|finaliza|se acaba)",
    r"(?:formacion|capacitacion|curso|tesis|tfg|tfm|taller) (?:sobre|de|acerca de)[^.!?]{0,40}(?:suicidio|autolesion[a-z]*)|linea de prevencion del suicidio",
    r"recuperad[oa] de (?:las |sus )?autolesiones|(?:antes|de adolescente) me autolesionaba[^.!?]{0,40}[.!?;,]\s*(?:ya no|ahora no)",
    r"pregunto si [^.!?]{0,60}[.?!,]+\s*(?:[a-z]+[ ,:]+){0,2}(?:no|nunca|para nada)\b|[a-z ]{0,30}"
    r" no entra en mis planes|(?:documental|articulo|libro|pelicula|estudio) sobre el suicidio",
    r"prefiero morir(?:me)? (?:antes )?que (?:repetir|hacer|volver|pasar|escribir|trabajar|ir)",
    r"me muero (?:de|por) (?:ganas|hambre|sueno|risa|verguenza|calor|frio|aburrimiento|miedo|"
    r"envidia|nervios|saber|ver|conseguir|que|un|una|ese|esa|este|esta|el|la|tener|empezar)",
    r"(?:muert[oa]s?|morir(?:me)?|muriendo(?:me)?) (?:de|del) (?:cansancio|sueno|hambre|risa|"
    r"miedo|verguenza|frio|calor|aburrimiento|asco|ganas|nervios)",
    r"(?:me mata|me esta matando|me estan matando|me matan|me va a matar|me van a matar)"
    r"(?! (?:a mi mism[oa]|yo))(?= (?:el|la|los|las|este|esta|ese|esa|con|de|\.|,)|$)",
    r"(?:me mato|matandome|matarme|me estoy matando) (?:a|trabajando|estudiando|en el gimnasio)"
    r"(?: (?:trabajar|estudiar|entrenar|preparar))?|matar el (?:tiempo|rato)|(?:esto|eso|"
    r"la espera|el trayecto|el trafico|este proceso|esta busqueda) me (?:mata|esta matando)",
    r"(?:acabar|terminar|acabe|termine) con (?:este|esta|el|la|los|las|mi) (?:cv|carta|"
    r"solicitud|proceso|curriculum|tarea|informe|reclutador|agencia|empresa|entrevista)s?",
    r"(?:movil|portatil|telefono|bateria|ordenador|coche|planta) (?:se (?:me )?(?:murio|"
    r"muere|ha muerto)|esta muert[oa])|(?:se )?(?:me )?murio (?:el|la|mi) (?:movil|portatil|"
    r"telefono|bateria|ordenador|planta)",
    r"me (?:corte|he cortado|corto) el (?:pelo|dedo|flequillo)|me queme (?:cocinando|con (?:el "
    r"horno|la sarten|el cafe|la plancha|aceite))|me (?:golpee|di) (?:la cabeza )?con la "
    r"(?:puerta|mesa|esquina)|recortar (?:mi|el) (?:cv|curriculum)",
    r"(?:esta|es) de muerte|de muerte lenta|pegarme un tiro en el pie|me tire a la piscina",
    r"cuerda (?:para|de) (?:el |la |mi )?(?:barco|tienda|jardin|escalada|ropa|columpio|perro|"
    r"saltar)|(?:este|esta|ese|esa|el|la|mi|tu|su) (?!(?:dia|noche|lunes|martes|miercoles|jueves|viernes|sabado|domingo|mes|ano|momento|finde)\b)[a-z]+(?: (?:por|de|del|en) [a-z]+)? me (?:mato|mata|esta matando|va a matar)|"
    r"prevencion del suicidio|prevencion de suicidio|linea de prevencion",
]

CUES: dict[str, list[str]] = {
    "wish-dead": [
        r"(?:dios|senor|diosito)[^.!?]{0,25}(?:que )?(?:ya )?me (?:lleve|recoja)\b",
        r"quer\w* que (?:fuera|sea|fuese) el final|por mi propia mano",
        r"(?:dios|el senor) (?:me )?(?:lleve|llame|recoja)|envidi[a-z]* [^.!?]{0,30}(?:muert[oa]s?|difunt[oa]s?|fallecid[oa]s?)|le tuve envidia",
        r"ojala no hubiera sobrevivido",
        r"espero[^.!?]{0,25}corazon (?:simplemente )?se me pare",
        r"mentiria si dijera que no quiero morir",
        r"(?:no tengo|sin|ya no tengo) fuerzas? para (?:vivir|seguir viviendo)|espero morir(?:me)?|"
        r"que (?:esto|todo) (?:pare|termine|acabe),? (?:definitivamente|para siempre)",
        r"(?:me da|me daria) (?:igual|lo mismo) no despertar",
        r"palmarla|estirar la pata|irme al otro barrio|dinarla|espicharla|ojala no me "
        r"(?:despierte|despertara)",
        r"mas (?:facil|sencillo) (?:morir|morirme|desaparecer)|mejor morir(?:me)?\b|(?:ojala|"
        r"quisiera que) todo se (?:detuviera|detenga|parara|pare|acabara)",
        r"(?:rezo|espero|ruego|pido)(?: para)? no (?:ver|llegar a|vivir) (?:la manana|manana|otro "
        r"dia|el dia)",
        r"(?:desearia|ojala|quisiera|preferiria) no haber (?:despertado|nacido)|desaparecer y no "
        r"volver(?: nunca)?|(?:no le encuentro|perdi el|sin) sentido a la vida",
        r"(?:dormirme|dormir) y que todo (?:se acabe|termine)",
        r"(?:no tengo|sin|perdi las|ya no tengo|no me quedan) ganas de vivir|(?:que )?todo (?:termine|"
        r"acabe|se acabe) (?:para siempre|de una vez)|si (?:me muriera|muriera|me muero|"
        r"desapareciera)[^.!?]{0,40}(?:alivio|mejor|igual|descanso)",
        rf"(?:quiero|quisiera|queria|deseo|desearia|me gustaria|ojala pudiera|prefiero|"
        rf"preferiria|sueno con) {F}(?:morir(?:me)?|estar muert[oa]|dejar de (?:existir|vivir|"
        rf"respirar)|desaparecer (?:para siempre|del todo|de este mundo|del mapa)|no despertar(?:me)?"
        rf"|dormir(?:me)? (?:y no despertar|para siempre)|irme para siempre|no existir|no estar)",
        r"ganas de (?:morir(?:me)?|desaparecer para siempre|no despertar|dejar de vivir|"
        r"no existir|no vivir|no estar|morirme)|ojala (?:me muriera|me muera|estuviera muert[oa]|"
        r"no despertara|no despierte|no hubiera nacido|no existiera|desapareciera)|"
        r"no quiero (?:seguir viviendo|vivir(?! (?:en|asi en|con|lejos|cerca|alli|alla))|"
        r"despertar(?:me)?|existir|seguir aqui|estar aqui|estar viv[oa]|seguir en este mundo|"
        r"seguir(?=[.!?,;]|$| mas))",
        r"(?:cansad[oa]|hart[oa]) de (?:vivir|la vida|existir|estar viv[oa])|(?:la vida|"
        r"vivir) no (?:vale|merece) la pena|no vale la pena (?:vivir|seguir(?: viviendo)?)|"
        r"(?:no tengo|sin|no hay) (?:ninguna |ningun )?(?:razon|razones|motivo|motivos|nada) "
        r"(?:para|por (?:la )?que) (?:vivir|seguir|levantarme|despertar)|para que (?:seguir "
        r"viviendo|vivir|despertar|levantarme|seguir)|mejor muert[oa]|preferiria estar muert[oa]|"
        r"no puedo (?:mas con (?:la vida|esto)|seguir (?:asi|viviendo))",
    ],
    "thoughts": [
        r"si [^.!?]{0,80}\bme mato\b|me mato(?=\s*[.!?,]|\s*$)",
        r"me quito de en medio|me quitare de en medio",
        r"me (?:imagino|veo) muert[oa]",
        r"para morir(?:me)?\b",
        r"quitarme de en medio",
        r"\bme mato\b|me voy a quitar la vida",
        r"sobredosis",
        r"suicid[a-z]*|matarme|me voy a matar|me quiero matar|quitarme la vida|me quite "
        r"la vida|(?:acabar|terminar|acabe|termine|acabare|terminare) con (?:mi vida|todo(?! (?:el|lo|esto de las))|"
        r"mi existencia)|poner fin a (?:mi vida|todo|mi existencia)|me quiero morir|no estar mas|"
        r"colgarme|ahorcarme|pegarme un tiro(?! en el pie)|tirarme (?:de|del|desde|por|a las vias|"
        r"bajo|al|a un|delante)|(?:pensamientos|ideas) (?:suicidas|de muerte|de (?:matarme|morir|"
        r"quitarme|desaparecer))|(?:pienso|pensando|pense) (?:mucho |mucho en |a menudo )?en (?:la "
        r"muerte|morir(?:me)?|matarme|desaparecer|quitarme|acabar con todo)",
        r"saltar (?:de|del|desde) (?:un|el|la|una) (?:puente|edificio|azotea|balcon|"
        r"ventana|acantilado)|(?:lanzarme|tirarme|echarme) (?:a|bajo|delante de) (?:un|el|las) "
        r"(?:tren|metro|camion|coche|vias)|desaparecer (?:para siempre|de este mundo|del todo)",
    ],
    "method": [
        r"ahorcarse|suicidarse|(?:como|forma de|manera de) (?:matarse|colgarse|tirarse)",
        r"cantidad de [a-z]+ (?:es|seria|sea) (?:mortal|letal)",
        r"(?:puentes|edificios) mas altos (?:de la ciudad|cerca|de aqui|del barrio|de mi zona)|cuant[ao]s (?:de mis )?(?:pastillas|pildoras)[^.!?]{0,20}"
        r"(?:necesitaria|necesito|harian falta)",
        r"dosis (?:seria |es |sea )?(?:mortal|letal)",
        r"(?:formas|maneras|metodos) de morir",
        r"nudo (?:de horca|corredizo)|\bhorca\b",
        r"altura (?:del|de un|de una|de la) (?:puente|edificio|azotea|tejado|acantilado|torre|"
        r"ventana)",
        r"(?:medicamentos|pastillas|dosis) (?:que )?(?:son |es )?(?:mortales|letales)",
        rf"(?:busque|buscado|buscando|busco|buscar|investigue|googl[a-z]*|mire|mirando|lei|"
        rf"leido|leyendo)[^.!?]{{0,40}}(?:como (?:matarme|morir|suicidarme|ahorcarme|quitarme la "
        rf"vida|matarse|suicidarse)|cuant[ao]s? {PILLS}|dosis (?:letal|mortal)|la dosis|metodos? "
        rf"(?:para|de) (?:morir|suicid)|sin dolor|que altura|formas? de morir)",
        rf"dosis (?:letal|mortal|toxica)|cuant[ao]s? {PILLS} (?:hacen falta|se necesitan|"
        rf"harian falta|necesito|para|son (?:mortales|letales))|(?:forma|manera|metodo) (?:mas )?"
        rf"(?:rapida|indolora|sin dolor|facil|segura) de (?:morir|matarme|irme|acabar)|que altura"
        rf" (?:hace falta|necesito|para)",
    ],
    "means": [
        r"(?:segundo|otro) (?:psiquiatra|medico)[^.!?]{0,50}sin (?:contarle|decirle)|junto las (?:dos )?recetas",
        r"carbon y cinta",
        r"(?:cuchillas|pastillas|navajas)[^.!?]{0,30}(?:las escondi|escondid[oa]s)|en (?:vez|lugar) "
        r"de tomarl[oa]s",
        r"cajon (?:lleno|repleto) de (?:pastillas|medicamentos|somniferos)",
        r"(?:dos|varias|distintas) farmacias|para tener suficientes",
        r"(?:cuchillo|navaja|cuchilla|pastillas) (?:bajo|debajo de) la almohada",
        r"(?:tengo|ya tengo) (?:lo necesario|todo lo necesario|con que|lo que necesito) para hacerlo",
        rf"(?:guardado|guardando|guarde|guardo|juntado|juntando|junte|acumulado|acumulando|"
        rf"acumule|ahorrado|escondido|escondo|escondi|reservado|reuniendo|contando|conte)"
        rf"[^.!?]{{0,25}}{PILLS}|{PILLS} (?:guardad[oa]s|escondid[oa]s|en el cajon|de reserva)|"
        rf"suficientes {PILLS}|(?:toda|una) (?:la )?(?:caja|tableta) (?:entera )?de {PILLS}",
        r"(?:comprado|compre|compro|tengo|consegui|escondi|guardo|hay) (?:una|la|un|el|mi) "
        r"(?:cuerda|soga|pistola|arma|escopeta|revolver|cuchilla)\b|(?:la|una) (?:cuerda|soga) "
        r"(?:esta|en|bajo|lista|colgada)|(?:cuchillas|navajas) (?:escondidas|guardadas|en)|"
        r"(?:pistola|arma|escopeta) (?:de mi [a-z]+ )?(?:esta|cargada|en el|guardada)",
    ],
    "plan": [
        r"(?:alla|ahi|alli) (?:lo voy a hacer|lo hare|voy a hacerlo)",
        r"para (?:la semana que viene|manana|el viernes|el lunes) todo habra (?:terminado|acabado)",
        r"sera (?:la noche|el dia) de",
        r"esta decidido,? (?:sera|el|esta noche|manana)|(?:hacerlo|lo hago|lo hare|lo voy a hacer)"
        r"[^.!?]{0,30}(?:cuando|mientras)",
        r"(?:todo )?(?:planeado|preparado|organizado) para (?:el )?(?:domingo|lunes|martes|"
        r"miercoles|jueves|viernes|sabado|esta noche|manana|el [0-9]+)|lo hare esta noche",
        r"(?:se|sabe) (?:como|cuando) lo voy a hacer",
        r"(?:planeo|tengo planeado|he planeado|pienso) hacerlo|(?:como y cuando|cuando y como) "
        r"(?:lo voy|voy|hacerlo)",
        r"(?:tengo|ya tengo|hay|tengo ya) (?:la |una )?fecha\b(?! (?:de|para) (?:la |el |mi )?(?:[a-z]+ )?"
        r"(?:entrevista|inicio|incorporacion|examen|reunion|llamada|boda|mudanza|entrega))",
        r"(?:tengo|hice|he hecho|ya tengo) (?:un|el|mi) plan\b(?! (?:de (?:carrera|busqueda|"
        r"estudio|accion)|para (?:la|el|mi) (?:entrevista|busqueda|cv)|b\b))|(?:elegi|he elegido|"
        r"escogi|decidi|puse|fije|tengo) (?:la|una|el) (?:fecha|dia|hora|lugar|sitio|manera|forma|"
        r"puente)\b(?! (?:de|para) (?:la|el|mi) (?:entrevista|reunion|llamada|mudanza))|(?:el|"
        r"este|esta) (?:viernes|sabado|domingo|lunes|martes|miercoles|jueves|fin de semana|noche|"
        r"dia [0-9]+|[0-9]+|cumpleanos)[^.!?]{0,20}(?:lo hago|me voy para siempre|se acaba todo|"
        r"acabo con todo|termino con todo|sera el ultimo|todo termina|me mato|ya no estare)|"
        r"mi ultim[oa] (?:noche|dia|semana|entrada|mensaje|cumpleanos)|ya no estare (?:aqui|"
        r"para|el|en)",
    ],
    "conditional": [
        r"no tengo (?:para que|por que) seguir viv[oa]",
        r"(?:con|tras|despues de) el proximo (?:rechazo|no)[^.!?]{0,10}lo hago",
        r"se acabo[,. ]+(?:esta vez de verdad|de verdad|para siempre|para mi)",
        r"\bsi [^.!?]{0,60}(?:me mato|acabo con todo|me quito la vida|me suicido)",
        r"(?:un|otro|una|otra) (?:rechazo|no|negativa|entrevista fallida|correo asi)"
        r"(?: mas)?[^.!?]{0,25}(?:y|entonces) [^.!?]{0,25}(?:se acabo(?: todo)?|me mato|acabo con "
        r"todo|desaparezco|me voy para siempre|para siempre|me quito|no sigo viviendo|lo dejo todo"
        r" para siempre)|si (?:no|me|vuelven)[^.!?]{0,60}(?:me mato|acabo con todo|me quito la "
        r"vida|se acabo todo para mi|me voy para siempre|desaparezco para siempre|no sigo (?:mas|"
        r"viviendo))|para siempre y punto",
    ],
    "preparation": [
        r"funeraria[^.!?]{0,60}a mi nombre",
        r"despues de mi muerte|cuando me muera",
        r"mi propio (?:elogio funebre|obituario)",
        r"regale (?:casi )?todo|vacie mi (?:piso|casa|apartamento)|si (?:algun dia )?ya no estoy|"
        r"cuando ya no este",
        r"mensajes? de despedida",
        r"por si me pasa (?:algo|algo malo)",
        r"(?:deje|dejo|escribi|dejando|dejado|escrito) (?:unas |las |mis )?(?:notas|cartas|mensajes) "
        r"(?:para|a) (?:mi familia|mis (?:hijos|padres|amigos)|todos|cada uno)",
        r"como si fuera la ultima vez|para despues(?=[.!?;]|$)|para que nadie tenga que "
        r"(?:ocuparse|encargarse|ordenar)",
        r"cartas? de despedida|notas? de despedida|(?:escribi|escribiendo|escrito|"
        r"dejar|deje|dejado|dejando) (?:una|unas|mi|mis) (?:carta|cartas|nota|notas|mensajes?) "
        r"(?:de despedida|para (?:mi|mis|cada|todos))|despedirme de (?:todos|todo el mundo|mi "
        r"familia)|(?:me estoy|estoy) despidiendo de (?:todos|todo|la vida)|(?:regalando|regale|"
        r"he regalado|regalar|repartiendo|reparti|di|doy) (?:todas )?(?:mis cosas|mis pertenencias|"
        r"todo lo que tengo)|ya no (?:lo|los|"
        r"las|la) (?:voy a )?necesitar|seguro de vida[^.!?]{0,40}(?:paga|pagaria|cobrar|cobrarian|suicidio|si "
        r"muero|si me muero|muert[oa])|valgo mas muert[oa]|(?:dejar|deje|dejando|"
        r"dejado) (?:todo|mis cosas|mis papeles|mis cuentas) (?:en orden|arreglad[oa]s?|"
        r"ordenad[oa]s?)|(?:mis )?contrasenas (?:apuntadas|anotadas|para)|mi testamento",
    ],
    "self-harm": [
        r"me arranco (?:el pelo|los pelos|el cabello) a mechones",
        r"(?:no comi|sin comer|no he comido)[^.!?]{0,30}\b(?:castigo|castigarme)",
        r"(?:queme|corte|arane|golpee|mordi)[^.!?]{0,50}\b(?:a proposito|adrede|aposta)\b",
        r"(?:me he vuelto|volvi|vuelvo|he vuelto) a (?:cortar(?:me)?|hacerme dano|autolesionarme|quemarme|lastimarme)",
        r"\bme (?:raje|rajo)\b|rajarme",
        r"(?:corte|cortarme|cortado|cortar) las venas",
        r"me volvi a (?:cortar|quemar|lastimar)|volvi a (?:cortarme|quemarme|lastimarme)",
        r"(?:me (?:he |estoy )?)(?:corto|corte|cortado|cortando|quemo|queme|quemado|"
        r"quemando|arano|arane|aranado|aranando|golpeo|golpee|golpeado|golpeando|pego|pegue|"
        r"lastimo|lastime|lastimado|lastimando|castigo|castigue|muerdo|mordi|rasguno|rasgune)\b"
        r"(?! (?:el pelo|el dedo|cocinando|con (?:el horno|la sarten|la puerta|la mesa)|la "
        r"cabeza con\b))|(?:cortarme|quemarme|aranarme|golpearme|lastimarme|castigarme|hacerme dano"
        r"|me hago dano|me hice dano|haciendome dano|autolesion[a-z]*|autolesiones)|"
        r"hasta (?:sangrar|que sangr[ea])|cicatrices (?:en|de) (?:los|mis) (?:brazos|munecas|"
        r"piernas|muslos)|(?:esconder|escondo|tapar) (?:los|mis) (?:cortes|cicatrices|quemaduras)|"
        r"no merezco (?:comer|comida)|(?:dejar|deje|dejo) de comer (?:para castigarme|a proposito|"
        r"porque no merezco)|matarme de hambre",
    ],
    "reckless": [
        r"asomo[^.!?]{0,30}(?:barandilla|balcon|ventana|puente)",
        r"(?:cruce|cruzo|corri)[^.!?]{0,30}delante de (?:un|una) (?:camion|coche|autobus|tren)",
        r"deje de tomar [^.!?]{0,40}a proposito",
        r"mas (?:pastillas|medicamentos) de (?:las|los) (?:recetad[oa]s|indicad[oa]s)",
        r"(?:vias|rieles)[^.!?]{0,30}esperando|esperando que (?:viniera|venga|pasara) un tren",
        r"(?:bebi|bebido|bebiendo)[^.!?]{0,40}(?:nadar|conducir|manejar)",
        r"si me (?:estrello|mato|muero|atropellan),? (?:me da igual|pues vale|que sea lo que sea)",
        r"(?:semaforos?|en rojo) a proposito|esperando que (?:alguien|algo|un coche|un camion) me "
        r"(?:choque|atropelle|mate|golpee)",
        r"(?:bebo|bebi|beber|bebiendo|tomo alcohol) con (?:mis |las )?(?:pastillas|medicamentos)",
        rf"(?:ojala|espero|esperaba|esperando|con la esperanza de)[^.!?]{{0,25}}"
        rf"(?:me atropell[a-z]+|un coche|un camion|no (?:llegar|volver|sobrevivir|despertar)|"
        rf"tener un accidente|chocar|matarme)|me (?:da|daria|daba) (?:igual|lo mismo) (?:morir|si "
        rf"muero|vivir o morir|si me pasa algo|si no vuelvo|si me mato|si me atropellan)|"
        rf"(?:conduje|conduzco|conduciendo|manejo|maneje|manejando|cruce|cruzo|cruzando)"
        rf"[^.!?]{{0,40}}(?:esperando|sin cinturon|a proposito|con los ojos cerrados|sin mirar)|"
        rf"(?:mezcle|mezclo|mezclando|tome|tomo)[^.!?]{{0,20}}{PILLS} (?:con|y) (?:alcohol|vino|"
        rf"vodka|cerveza|whisky)|al borde del (?:anden|tejado|puente|acantilado)",
    ],
    "past-attempt": [
        r"hospital[^.!?]{0,30}sobredosis",
        r"intente (?:ahogarme|tirarme|envenenarme|colgarme)",
        r"la ultima vez que me senti[^.!?]{0,40}(?:urgencias|hospital|pastillas|intente)",
        r"(?:ya )?lo intente (?:una vez|antes|hace)",
        r"(?:ya )?(?:intente|he intentado|trate de|trate|intentado) (?:de )?"
        r"(?:matarme|suicidarme|quitarme la vida|morir|acabar con (?:todo|mi vida)|ahorcarme)|"
        r"(?:mi|un|el|primer|ultimo) intento(?: de suicidio)?\b(?! de (?:entrevista|conseguir|"
        r"negociar|llamar))|(?:los|esos|mis) (?:pensamientos|ideas) (?:oscuros?|suicidas|de antes)?"
        r" ?(?:han vuelto|vuelven|regresaron|volvieron|estan de vuelta)|como (?:la ultima vez|"
        r"antes) cuando (?:lo intente|intente|me tome|acabe en)|lavado de estomago|lavaron el "
        r"estomago",
    ],
    "burden": [
        r"(?:me siento|sentirme|me sentia|siento que soy) (?:una|un) (?:carga|estorbo|lastre)",
        r"dinero del seguro[^.!?]{0,30}(?:que conmigo|sin mi)",
        r"a nadie le importara|cuando me haya ido",
        r"soy una perdida de (?:tiempo|dinero)",
        r"(?:arruino|amargo) la vida a (?:todo el mundo|todos|mi familia)|tendrian que "
        r"(?:aguantarme|cuidarme|soportarme)",
        r"si (?:yo )?ya no (?:estuviera|existiera)",
        r"ocuparse de mi\b|(?:mejor|mas felices) si no tuvieran que",
        r"aliviad[oa]s? si (?:me fuera|muriera|desapareciera|me muriera|no estuviera)",
        r"si (?:yo )?no (?:estuviera|existiera)|si (?:yo )?(?:desapareciera|me muriera|me fuera "
        r"para siempre)",
        r"(?:una |un )?(?:carga|estorbo|lastre|peso muerto) para (?:todos|mi familia|los "
        r"demas|ellos|mis padres|todo el mundo|mi pareja|mis hijos)|soy (?:una|un) (?:carga|"
        r"estorbo|lastre)|(?:mejor|mas felices|mas tranquil[oa]s|mejor sin mi|aliviad[oa]s) sin mi|"
        r"nadie (?:me )?(?:echaria de menos|extranaria|notaria|se daria cuenta|lo notaria|se "
        r"enteraria|vendria|lloraria)|(?:a )?nadie le importaria (?:si|que)|(?:la )?(?:unica|sola)"
        r" (?:salida|solucion|opcion|escapatoria)|la muerte (?:es|seria|parece) (?:la unica|un "
        r"alivio|la solucion|mi unica|un descanso)|no (?:hay|veo|tengo) (?:otra )?salida|(?:todo|"
        r"la vida) (?:seria|sera) (?:mas facil|mejor) (?:para [a-z ]+ )?si (?:yo )?no (?:estuviera"
        r"|existiera)",
    ],
}

# Oblique wording: plans, means and goodbyes in everyday logistics (round-2 misses, extra_c).
# No sign that the news was good ("benigno", "no es cancer").
_GOOD = r"\b(?:no|ni|benign[oa]|nada|negativo|operable|extirpad[oa])\b"
_NO_GOOD = rf"(?:(?!{_GOOD})[^.!?])"
_OBLIQUE: dict[str, list[str]] = {
    "wish-dead": [
        r"(?:me decepciona|decepcionad[oa] de) (?:despertarme|seguir vivo|seguir aqui)",
        r"no volver a (?:abrir los ojos|despertar(?:me)?)|dormir(?:me)? y no (?:volver a )?despertar",
        r"ojala[^.!?]{0,40}(?:no (?:me )?hubiera despertado|hubiera salido mal)[^.!?]{0,30}"
        r"(?:operacion|anestesia|quirofano)|ojala (?:la operacion|la anestesia)[^.!?]{0,20}(?:hubiera salido mal|"
        r"no me hubiera despertado)",
        rf"(?:tumor|cancer|incurable|metastasis){_NO_GOOD}{{0,50}}\b(?:alivio|aliviad[oa])\b(?! del dolor)|"
        rf"\b(?:alivio|aliviad[oa])\b{_NO_GOOD}{{0,40}}(?:tumor|cancer|incurable|metastasis)(?![^.!?]*{_GOOD})",
    ],
    "method": [
        r"(?:cuanto tarda|como) (?:uno en |se puede )?ahogarse|(?:busque|lei|mire|busquedas)"
        r"[^.!?]{0,40}(?:ahogarse|altura del (?:puente|viaducto)|medicamentos que (?:pueden )?"
        r"matar)",
    ],
    "means": [r"(?:tres|cuatro|cinco) farmacias"],
    "plan": [
        r"a (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
        r"diciembre|navidad|fin de ano|ano nuevo|mi cumpleanos|la primavera|el verano) no llego",
        r"sin billete de vuelta|no (?:pienso|voy a) (?:volver|bajar)\b|(?:he decidido|decidi) que "
        r"sera el|se acaba todo para mi",
    ],
    "preparation": [
        r"por si ya no estoy|una carta para cada uno|sin que (?:se dieran|se den|lo noten|lo "
        r"notaran)",
        r"(?:carta|nota|mensaje)[^.!?]{0,60}no (?:es|fue|era|ha sido) (?:su|tu|vuestra) culpa",
        r"(?:gato|gata|perro|perra|caballo|conejo|pajaro|loro|mascota)s?\b[^.!?]{0,80}(?:con la "
        r"excusa|supuestamente|con el pretexto)[^.!?]{0,60}[.!?]\s*(?:no hay|no existe)\b",
    ],
    "burden": [
        r"mejor me quito(?=\s*[.!?,;]|\s*$)|viviria(?:n)? mejor (?:viud[oa]|huerfan[oa]s?|sin mi)",
        r"sin mi (?:se )?(?:ahorrarian|estarian mejor|vivirian mejor|serian libres?|seria libre)",
    ],
}
for _category, _patterns in _OBLIQUE.items():
    CUES[_category].extend(_patterns)

DENIALS: list[str] = [r"no|nunca|jamas|ni|tampoco|ningun|ninguna|nada"]
# "no se si" (not sure if), "no sabe que" (does not know that) and "no como" (I do not eat) keep the
# cue that follows.
NOT_DENIALS = r"(?:se|sabe|saben|sabia|sabian|estoy segur[oa]|creo que pueda|como|comi|duermo|tendrian|tendria)"
