"""Spanish template families for the inbox classifier (all text written for NextYes)."""

from __future__ import annotations

from family import Family as F

FAMILIES: list[F] = [
    F(
        "es-rej-ats",
        "rejection",
        "es",
        False,
        ["{company} Selección <no-reply@{ats}>"],
        ["Tu candidatura en {company}", "Actualización sobre tu candidatura – {role}"],
        [
            ["Hola {first}:", "Estimado/a {first}:"],
            [
                "Gracias por tu interés en {company} y por presentar tu candidatura al puesto de {role}.",
                "Hemos revisado con atención tu candidatura para {role}.",
            ],
            [
                "Lamentablemente, hemos decidido no continuar con tu candidatura en esta ocasión.",
                "Sentimos comunicarte que tu perfil no ha sido seleccionado para la siguiente fase.",
            ],
            [
                "Te deseamos mucho éxito en tu búsqueda.",
                "Guardaremos tu CV en nuestra base de datos para futuras oportunidades.",
            ],
            ["Un saludo,\nEquipo de Selección"],
        ],
    ),
    F(
        "es-rej-warm",
        "rejection",
        "es",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Gracias por todo, {first}", "Sobre el puesto de {role}"],
        [
            ["Hola {first}:"],
            [
                "Quería agradecerte de corazón el tiempo que nos dedicaste; al equipo le encantó tu presentación y tu forma de trabajar.",
                "Muchas gracias por participar en todo el proceso, fue un placer conocerte.",
            ],
            [
                "Ha sido una decisión muy difícil, pero finalmente hemos elegido a otra persona cuyo perfil encaja un poco más con lo que necesitamos ahora.",
                "Al final nos hemos decantado por otro candidato, así que no podremos seguir adelante contigo.",
            ],
            [
                "Ojalá coincidamos en el futuro.",
                "Nos encantaría que volvieras a presentarte más adelante.",
            ],
            ["Un abrazo,\n{recruiter}"],
        ],
    ),
    F(
        "es-rej-held",
        "rejection",
        "es",
        True,
        ["RR. HH. {company} <rrhh@{domain}>"],
        ["Respuesta a tu solicitud", "Proceso de selección: {role}"],
        [
            ["Buenos días, {first}:"],
            [
                "Te escribimos para informarte de que el puesto de {role} ya ha sido cubierto.",
                "Hemos recibido muchísimas candidaturas y el nivel ha sido muy alto.",
            ],
            [
                "Por ello, no podemos seguir adelante con tu solicitud.",
                "Tras valorar todos los perfiles, lamentamos decirte que no has sido seleccionado/a.",
            ],
            ["Agradecemos tu interés y te deseamos lo mejor.\nRecursos Humanos"],
        ],
    ),
    F(
        "es-int-schedule",
        "interview",
        "es",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>", "{company} Empleo <no-reply@{ats}>"],
        ["Invitación a entrevista – {role}", "Entrevista para el puesto de {role}"],
        [
            ["Hola {first}:"],
            [
                "Tu candidatura para {role} nos ha parecido muy interesante y nos gustaría conocerte.",
                "Nos gustaría invitarte a una primera entrevista para el puesto de {role}.",
            ],
            [
                "¿Te vendría bien el {day} a las {time} por videollamada?",
                "Por favor, elige el horario que mejor te venga en este enlace: {link}",
            ],
            ["La entrevista durará unos 45 minutos.", "Quedamos a la espera de tu respuesta."],
            ["Saludos,\n{recruiter}"],
        ],
    ),
    F(
        "es-int-test",
        "interview",
        "es",
        False,
        ["{company} Tech <seleccion-tech@{domain}>"],
        ["Prueba técnica – {role}", "Siguiente paso: ejercicio práctico"],
        [
            ["Hola {first}:"],
            [
                "Nos alegra contarte que pasas a la siguiente fase: una prueba técnica online.",
                "Buenas noticias: queremos proponerte un pequeño ejercicio práctico.",
            ],
            [
                "Tienes hasta el {day} para completarla: {link}",
                "Calcula unas dos horas; el enlace estará activo una semana: {link}",
            ],
            ["¡Mucha suerte!\nEquipo {company}"],
        ],
    ),
    F(
        "es-int-held",
        "interview",
        "es",
        True,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Nuevo horario para la entrevista", "RE: entrevista {role}"],
        [
            ["Hola {first}:"],
            [
                "Perdona las molestias: el horario que habías reservado ya no está disponible porque lo ocupó otra persona.",
                "Te escribo porque el hueco que teníamos previsto se ha ocupado.",
            ],
            [
                "¿Podríamos hacer la entrevista el {day} a las {time}? En cuanto me confirmes te envío la invitación.",
                "Te propongo vernos el {day} a las {time} en nuestra oficina con la responsable del equipo.",
            ],
            ["Gracias por tu comprensión,\n{recruiter}"],
        ],
    ),
    F(
        "es-off",
        "offer",
        "es",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>", "RR. HH. {company} <rrhh@{domain}>"],
        ["Oferta de empleo – {role}", "Tu oferta de {company}"],
        [
            ["Hola {first}:"],
            [
                "Nos complace ofrecerte el puesto de {role} en {company}.",
                "Tras las entrevistas, estamos encantados de hacerte una propuesta para unirte al equipo.",
            ],
            [
                "Adjuntamos la carta de oferta: salario bruto anual de {salary} e incorporación el {start}.",
                "La retribución propuesta es de {salary} al año, con fecha de incorporación el {start}.",
            ],
            [
                "Te agradeceríamos una respuesta antes del {day}.",
                "¡Esperamos darte pronto la bienvenida!",
            ],
            ["Un saludo,\n{recruiter}"],
        ],
    ),
    F(
        "es-off-held",
        "offer",
        "es",
        True,
        ["{recruiter} | {agency} <{recruiter_mail}@{agency_domain}>"],
        ["¡{company} quiere contratarte!", "Buenas noticias: tienes una oferta"],
        [
            ["Hola {first}:"],
            [
                "Acabo de hablar con {company} y quieren contratarte como {role}. ¡Enhorabuena!",
                "El cliente ha decidido hacerte una oferta formal.",
            ],
            [
                "Ofrecen {salary} fijos, incorporación a partir del {start}. Llámame y lo repasamos.",
                "El contrato llegará esta semana; el salario es de {salary}.",
            ],
            ["{recruiter}"],
        ],
    ),
    F(
        "es-rec",
        "received",
        "es",
        False,
        ["{company} Empleo <no-reply@{ats}>"],
        ["Hemos recibido tu candidatura", "Confirmación de tu solicitud – {role}"],
        [
            ["Hola {first}:"],
            [
                "Gracias por tu interés. Confirmamos que hemos recibido tu candidatura para el puesto de {role}.",
                "Tu solicitud se ha registrado correctamente.",
            ],
            [
                "Nuestro equipo la revisará y, si tu perfil encaja, nos pondremos en contacto contigo.",
                "El proceso de revisión puede tardar hasta tres semanas.",
            ],
            ["Equipo de Selección", "Este es un mensaje automático, por favor no respondas."],
        ],
    ),
    F(
        "es-rec-held",
        "received",
        "es",
        True,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["RE: candidatura {role}", "Gracias por escribirnos"],
        [
            ["Hola {first}:"],
            [
                "Solo quería decirte que tu CV nos ha llegado bien.",
                "Gracias por tu mensaje y por tu candidatura.",
            ],
            [
                "Vamos a revisar todas las solicitudes la semana que viene y te diremos algo antes del {day}.",
                "Ahora mismo el equipo está revisando tu perfil.",
            ],
            ["Un saludo,\n{recruiter}"],
        ],
    ),
    F(
        "es-oth-alert",
        "other",
        "es",
        False,
        ["{board} Alertas <alertas@{board_domain}>"],
        ["Nuevas ofertas de empleo: {role}", "10 ofertas coinciden con tu búsqueda"],
        [
            ["Hola {first}:"],
            [
                "Estas son las últimas ofertas que coinciden con tu alerta «{role}»:",
                "Se han publicado nuevas ofertas de empleo cerca de ti:",
            ],
            [
                "{role} – {company} – Indefinido\n{role} junior – {company2} – Remoto",
                "{company} busca {role}. Inscríbete con un clic.",
            ],
            ["Gestionar alertas | Darse de baja"],
        ],
    ),
    F(
        "es-oth-tips",
        "other",
        "es",
        False,
        [
            "{board} Consejos <consejos@{board_domain}>",
            "{recruiter} <{recruiter_mail}@{agency_domain}>",
        ],
        ["Cómo preparar una entrevista de trabajo", "Oportunidad como {role}"],
        [
            ["Hola {first}:"],
            [
                "Preparar una entrevista se aprende: infórmate sobre la empresa y practica cómo presentar tu trayectoria.",
                "He visto tu perfil y creo que encajarías en un puesto de {role} con uno de mis clientes.",
            ],
            ["Tienes todos los consejos en nuestro blog.", "¿Te apetece que hablemos esta semana?"],
            ["¡Hasta pronto!"],
        ],
    ),
    F(
        "es-oth-held",
        "other",
        "es",
        True,
        ["{board} <avisos@{board_domain}>", "{first} {last} <{first_mail}@{own_domain}>"],
        ["Han visto tu candidatura", "Candidatura para el puesto de {role}"],
        [
            ["Hola {first}:", "Estimados señores:"],
            [
                "{company} ha visto tu candidatura.",
                "Me dirijo a ustedes para presentar mi candidatura al puesto de {role}. Adjunto mi currículum.",
            ],
            ["Descubre ofertas parecidas: {link}", "Quedo a su disposición para una entrevista."],
            ["El equipo de {board}", "Atentamente,\n{first} {last}"],
        ],
    ),
]
