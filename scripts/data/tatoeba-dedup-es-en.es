Las cosas están cambiando.
No me di cuenta de que el semáforo se había puesto en rojo.
Le dije que fuera mejor sola.
Tienes que ser más agresivo.
Estoy molido.
¿Qué clase de tipo pensás que soy?
Desgraciadamente me topé con el horario punta de la mañana.
Creo que estabas más guapo con el pelo largo.
¿Estoy interrumpiendo algo?
Tom todavía debería estar en la biblioteca.
Necesitamos más tiempo para completar la tarea.
Ella está cantando con una guitarra.
Japón no es lo que era hace 15 años.
No te estoy hablando a vos.
Quiero a Tom fuera de mi casa.
Tom estaba llorando.
Vos siempre tenés un plan.
Tengo que llamar al médico.
A mi madre le encanta el requesón.
Volveré a Australia en dos días.
Tom le compró a Mary un lindo obsequio.
Empiecen a escribir.
Solía ir a pescar con mi padre cuando era un niño.
Sólo quiero volverme a la cama.
Tom hizo el café demasiado fuerte.
Confieso que en realidad no me llamo Tom.
Tengo otra pregunta.
Ella revolvió la sopa con una cuchara.
Siempre he querido conocerles.
¿Por qué eres tan feo?
A Tom le gustó el nuevo corte de cabello de Mary.
Necesitáis trabajar juntas.
La verdad, no creo que quieras saberlo.
Quisiera abrir una cuenta de ahorros.
¿Quién va allí?
Tom está tratando de entender.
¿Quieres que deje la luz encendida?
No olvides pasar algo de tiempo repasando los apuntes antes del examen.
Casi se me olvida.
La casa de Tom tiene tres habitaciones.
Eso será todo.
La fiesta será al aire libre si el tiempo lo permite.
Me alegro de que te guste.
Pensé exactamente lo mismo.
A Tom le había gustado Mary desde hacía varios años, pero, en algún momento, sus sentimientos hacia ella se convirtieron en amor.
Tom no pudo entender lo que Mary estaba diciendo.
¿Has visto alguna vez un panda?
Tom parece deprimido.
Mi departamento no queda lejos de aquí.
No vuelvas nunca.
Él reprobó el examen.
Los gemelos se ven exactamente iguales.
Tom me apoya siempre que tengo problemas.
Ayer estaba enferma.
Tom se cansa con facilidad.
Tom me guardó un asiento.
He roto mis lentes.
El cazador estaba despellejando al ciervo.
Él es soltero todavía.
Denme tiempo.
Dinos qué quieres hacer.
La lata está vacía.
Se va al extranjero dentro de 6 meses.
Ese coche es mío.
Mirate en el espejo.
Ella lo hizo con facilidad.
No puede ser bueno sentarse todo el día al sol.
¿Te gustaría ser rico?
Vengo de Australia.
Deberías obedecer a tus padres.
Está preocupada por su seguridad.
El pan está viejo y duro.
Él compró un par de zapatos.
Me gustaba Boston.
Te he dicho una y otra vez que no hagas eso.
Llevo mi traje de baño debajo de la ropa.
Mary acaba de llegar a casa.
Me iré directo a casa.
Él es todo menos un hombre confiable.
Ellos esperaron en fila el bus.
Le di un reloj de oro.
Tom sufre a menudo de dolores de cabeza.
Dos pasajes a San Diego, por favor.
Al principio él encontraba difícil el inglés, pero ahora lo encuentra fácil.
Por favor, diga que sí.
Aquel esfuerzo no dio fruto.
Vayamos por aquí.
Me arrepentí de hacer eso.
Él me echó de casa.
Tengan fe.
¿Qué clase de persona es Tom?
Sé perfectamente que Tom no querría esto.
Es triste.
Mi casa está lejos de aquí.
Esto son tarimas.
¿Te duele cuando respiras?
¿Quiere whisky puro o lo mezclo con agua?
¿Mary llevaba una capa?
¿Por qué no vemos si Tom quiere jugar cartas con nosotras?
Llegué a las dos y media.
¿Cuál fue el acuerdo?
Ella se quedó despierta hasta tarde ayer por la noche.
No puedo encontrar mi maletín.
Ella es una rubia estúpida.
El lugar de la mujer es en la casa.
Esto es para ti, Tom.
¡No saltéis!
No te enojes.
Deben ser pasadas la medianoche.
Hay alguien acá.
¿Puedo ir con él?
Estoy simplemente haciendo mi trabajo.
¿A quién le está hablando Tom?
Respetad a vuestros mayores.
Estoy de vuelta al mando.
Con suerte, vamos a ganar.
No entiendo este poema.
Vendí mis libros por poco dinero.
"¿Cómo te sientes esta mañana?" "Bastante bien, gracias."
La tiré un puñetazo a la mandíbula.
Quiero ver lo que hay dentro.
Estoy demasiado cansado para volver a casa en bicicleta.
No pude poner mi coche en marcha.
¿Cuál es tu marca de jabón favorita?
A esta hora viene él siempre.
Tom se burló del acento de Mary.
Esa chica de allí está muy gorda.
Deberíamos quedarnos aquí.
Tenés un don para la música.
Su casa está rodeada por una valla blanca.
Sé que no me recuerdas.
Esperen a la policía.
Un conejo tiene orejas largas y cola corta.
Nadie puede culparte por estar un poco nervioso.
Había muchas casas en llamas.
Pídele que me llame, por favor.
¡Visitemos a mi abuelo este fin de semana!
¿Te has aprendido el poema de memoria?
Creo que es hora de que cambie mis planes.
Tom es un hombre difícil de tratar.
Ellos son mis hijos.
Tom lee el periódico cada día.
Él es muy viejo.
Comprendo que eso no es justo.
Tom empezó a llorar.
No creo que debamos cerrar la ventana.
No cierres los ojos.
Gracias por llamar.
Tom le dio propina al taxista.
¿Ustedes vienen conmigo?
Él taló un cerezo.
¿Por qué siempre parece que Tom está tan cansado?
Sé que dije que lo haría, pero hoy no puedo.
¿Por qué no te nos unes?
Tom no pudo comprar el libro que quería.
Tom adoptó nuestro método de contabilidad.
Disneylandia fue construido en 1955.
Quiero hablarte antes de que salgas.
Tengo dos coches.
Vi cómo le regañaba su padre.
Tom no es ángel.
Estoy vendiendo mis cabras.
Nosotros somos siempre cuidadosos.
Tom no hizo caso de la sugerencia.
Tom tomó raticida por accidente.
Sus zapatos están desatados.
Ellos tuvieron vidas maravillosas.
Ya he memorizado tu número de teléfono.
Estoy aquí para salvarte.
¿Qué te haría feliz?
Tom fue el primero en reconocer el don para la música de María.
A él le gusta la ensalada de papas.
Eso fue un chiste muy malo.
No me gustas nada.
Tom dice que Mary está mintiendo.
La palabra es plata y el silencio oro.
Cualquiera podría cometer un desliz como ese.
Aún estamos juntos.
¿Eres japonés?
Él le entregó el dinero al vendedor.
¡Qué lástima que no pueda venir!
Él es nuestro profesor y es una persona que debiéramos respetar.
Puedes hacer la clara del huevo cociéndola.
Tom se aflojó su corbata.
Ella iría a Washington con él.
¿Qué quieres exactamente?
Toma el dinero y corre.
Él estaba enfermo, así que se quedó en cama el día entero.
Él dijo que volvería aquí mañana.
Mi compañero de habitación se quejó del ruido.
Los otros niños se reían.
¿Vas a ir a algún lado este verano?
Puedes decir lo que quieras.
No vamos a encontrar nada.
¿El señor es médico?
La mujer se probó un sombrero detrás de otro, luego se marchó de la sombrerería.
Alguien que sabe bien inglés debió haberlo escrito.
Aquí estarás a salvo de cualquier peligro.
¿Eso es de un libro?
Quiero disculparme por todas las cosas terribles que dije.
¿Cuánto tiempo llevas viajando?
No quiero volver a verte.
Un auténtico científico no pensaría así.
Bastantes de éstos son míos.
Ella dará a luz en Julio.
Hazte cargo de esto.
Hablo rápido.
¿Realmente podremos aprender una lengua extranjera como un nativo?
Soy obeso.
Es importante.
Tom no está tan ocupado como lo estás tú.
Eso es simplemente una rotura del contrato.
Comprendo los riesgos.
¿Comprendéis?
Es fácil de recordar.
Ella es sólo una niña.
La gente estaba quitando la nieve de la calle.
Me levanté pronto por la mañana.
Estuve todo el día en casa ayer.
No hay mucha diferencia entre los dos.
Mi padre cogió una neumonía el mes pasado.
Tom quería comprarlo.
En la puerta hay un hombre que quiere verte.
Tom casi fue despedido.
Tom no cree que pueda ganar.
Tom ha anunciado su retiro.
Tomé dinero prestado de mi padre.
¿Qué te pasa en los ojos?
Necesitamos barrer el polvo.
¿De qué es esa cicatriz?
Perdí las ganas.
Tom reprimió una sonrisa burlona.
No puedo besarte ahora.
Adoro el sonido de las risas de los niños.
Ayúdame a quitar esta tapa, por favor.
¿Usted fuma?
Deberían tener derecho a decidir por sí mismas.
Deberías ser profesor.
No trates esto en casa.
No estás cumpliendo con tu parte.
Tom estaba desesperado.
Lea el libro en voz alta.
Es mayor, pero no más sabio.
Ese no era Tom.
¿Eso es una peluca?
¿Tienes alguna idea de cuándo se tomaron esas fotos?
¿Cuánto tarda llegar de aquí hasta allá?
A ella no le gustaba ese caballo al principio.
Me reúno con él una vez cada seis meses.
La chica lee con su abuelo.
Lo voy a leer.
Debiste haberme dicho que necesitabas dinero.
Deberíamos abolir estas viejas reglas.
Haré una profunda investigación.
Se la llevaré a Tom.
Tom estaba sentado en el bar a 3 taburetes de donde se encontraba Mary.
No apruebo la forma en que él intimida a otros.
No eché en falta mi monedero hasta que llegué a casa.
Todos elogian al niño.
La novia se veía muy bella.
Usualmente Tom se deja sus asuntos para sí mismo.
Tom hizo trampa en su prueba de historia.
Ella nunca es puntual.
En California, la mayoría de las casas tienen armazón de madera.
Te sentirás mejor si tomas este remedio.
No me pongas una cara tan triste.
Dijo que tenía mucho dinero.
Nada más no enciendas esa vela.
Fue muy cortez de él ofrecer su asiento al anciano.
No creo que aún nadie le haya dicho a Tom.
Tom estuvo todo el día reunido.
Ayer yo llegué a mi casa al mediodía.
El que con perros se acuesta, con pulgas se despierta.
Yo soy más rápido.
La bruja le lanzó un hechizo al niño travieso.
Escribe tu nombre con lápiz, por favor.
La habitación está cubierta de polvo.
En realidad él no es el gerente.
Iré cuando esté listo.
Pienso que a lo mejor no tendré suficiente tiempo para comer antes de la reunión.
Yo estoy seguro de que todo saldrá bien al final.
Debes comprar leche, huevos, mantequilla, etcétera.
Mira, se te desataron los cordones.
Él cometió un gran error.
Empezó a llover a cántaros hace más de tres horas.
Las llaves están sobre la mesa.
Debería haber ido a la reunión de ayer.
Quiero matar a alguien.
Quiero hablar con el doctor.
Él me pidió permiso para utilizar el teléfono.
Esta es lejos la más interesante de sus novelas.
Mi padre se casó a sus 20 años.
Nunca jugué golf.
Ellos no tienen un cobertizo.
Hasta los hombres lloran.
Ni siquiera puedo pensar en eso.
El calor era insoportable.
¿De verdad piensas que Tom no vendrá?
Tom rechina sus dientes mientras duerme.
Lo más probable es que Tom sepa lo que deberíamos hacer.
Cierra las ventanas antes de acostarte.
La conozco de nombre, pero no de vista.
Degas nació hace más de 150 años.
No te atrevas a tocar nada.
Lo vi todo.
Él quería ir a ver una corrida de toros, pero su padre no le dejaba.
Para mí es fácil jugar tenis.
Tom le pidió a Mary que refregara el retrete.
Pregúntele cuándo sale el próximo avión.
Los ingresos de esta fuente son libres de impuestos.
Tom preguntó a Mary por qué John era tan infeliz.
Ella no es mi hermana, es mi esposa.
Finalmente, él golpeó el objetivo.
Tom miró a Mary.
Nuestro apellido se echará a perder si Tom es condenado.
Este es un libro tremendamente viejo.
Tom conducía el coche.
Me gustan las caricaturas.
El estanque amaneció completamente helado.
Ella le ayudó al anciano a cruzar la calle.
A Tom no le gusta hablar en francés.
Usted es el jefe de Tom, ¿no es verdad?
Él es un hombre mal educado.
Hubo un silencio inquietante.
¿Qué es lo que más te gusta de trabajar aquí?
No me gusta que él venga a mi casa tan seguido.
Me agarré un resfrío terrible.
Aprender una lengua extranjera requiere mucho tiempo.
Gracias por dibujar un pájaro para mí.
La verdad es que no estoy para nada de acuerdo.
Ellos no dijeron nada.
¿Por qué no estás trabajando?
¿Cómo entraste en mi casa?
Tres de las carreras fueron ganadas por Tom.
¿Cuántos libros crees que has leído hasta el momento?
Él sorprendió a su adversario.
Alguien debe haber visto algo.
Tom entró a la habitación sin golpear la puerta.
Se nos ha golpeado.
Josh me invitó a salir, pero yo lo mandé a la punta del cerro.
Para cuando él se jubile, mi padre habrá trabajado durante casi treinta años.
Ayer escuché una canción muy bonita.
Podría hacerla hablar.
Un gran pilar obstruye la vista al lago.
Tengo que verlo.
Fue estúpido de tu parte haber rechazado la oferta.
¿Te importa si fumo aquí?
Para mí es difícil levantarme antes de las seis.
¿Hace cuánto que estás en Australia?
Este es el último trozo de torta.
El anciano me habló en francés.
Mi respuesta es igual a la tuya.
Tu coche es más caro que el mío.
¿Dónde está el resto de los archivos?
El cuchillo está romo.
Mientras más pienso en ello, menos me gusta.
Tom buscó a tientas su linterna, que había caído detrás del sofá.
Creo que es hora de que consiga un nuevo par de anteojos.
Estaba realmente asustado.
Sucedieron cosas extrañas en su cumpleaños.
No me jodas ahora.
Tom dejó caer pintura en su camisa mientras pintaba la cerca.
Me gusta leer libros.
Los científicos están trabajando duro para ponerle fin al SIDA.
Eso no pasará el lunes.
¿Quieres que me espere?
Él era persistente.
Sus palabras emocionaron a todos, incluso a la oposición.
El niño ya habla bastante bien.
¿Ayer Tom estaba en casa?
Le doy de comer a mi perro dos tazas de comida de perro cada tarde.
Tom dijo que no le gusta este color.
Renunciemos.
Papas grandes por favor.
Tom quería cortar ese árbol en su patio delantero, pero María no quiere que lo corten.
Era casi imposible circular por esa calle.
Nunca somos tan felices o tan infelices como imaginamos.
Mi hermano el mayor es soltero.
No veo ese show.
Tomás no puede ganar.
Damasco queda en Siria.
Si viene, dale este papel.
Máire salió herida en un accidente.
Ayer compré esto.
La guerra se debe evitar a toda costa.
Tu casa es el triple de grande que la mía.
Supuse que ella estaba allá.
La viruela no era conocida por los nativos americanos.
Este es un evento importante.
¿Alguna vez has reprobado un examen?
El oso comió una manzana.
El cocinero asó la carne a la parrilla.
No sabía que estaba ahí.
Él sufría de reumatismo.
No entiendo la estrategia de Tom.
Necesito encontrar algo con qué cortar esto.
Creo que ya te has hartado de Tom.
¿Hablaste con todos?
Me temo que no puedo hacer eso.
Voy a estar en mi habitación.
No voy a usar ese vestido.
Él no mintió. De hecho, dijo toda la verdad.
La tasa de delitos de esté país está en aumento.
Él estaba furioso por no haber sido invitado.
¿Oíste eso?
Los perros ladran.
Es muy lento.
Mi madre ha estado muerta estos tres años.
Él perdió su vida en un accidente.
El gobierno declaró explícita su intención de bajar los impuestos.
Mi hermana es la madrina de mi hija.
El amor no garantiza un matrimonio exitoso.
¿Están listos?
María aún vive en la casa de sus padres.
El cielo se abrirá pronto.
Ten piedad de mí.
¿Cuáles son las cosas más difíciles de dibujar?
Todo lo que quier es algo de compañía.
¿Cuándo fue la última vez que hiciste una torta?
Creí que Tom no vendría.
Tom quería a su perro.
Su concierto fue un gran éxito.
¿Cuán hambriento estás?
No lo van a entender.
Este material aguantará un montón de lavados.
Ella pasa más tiempo pensando en el trabajo que haciéndolo.
¿Alguien sabe dónde está Tom?
Nos hemos quedado sin gasolina.
¿Cuál es mi número de habitación?
¿Cuándo la viste?
Eres un tacaño.
Él no la quiere.
Siempre que te veo me recuerdas a mi hermano.
Ella le escribió una carta larga, pero él no la leyó.
Probemos eso.
Él es tres años mayor que yo.
Solo necesito cinco minutos.
Llegaste demasiado pronto.
Me gustó.
¿Qué habéis hecho esta semana?
Juntémonos y conversémoslo.
Tom quería que tengas esto.
Si tienes una piscina interior, probablemente seas bastante rico.
Trabajo en la tienda de mi amigo.
Esa es la respuesta correcta.
Trasnochemos.
Han puesto precio a su cabeza.
¿Te gusta estudiar?
Parece que todo el mundo está listo.
Odio tener que aparentar que me interesa.
Él tiene una voz fuerte.
¿Por qué llevas un suéter?
Me costó escribir esta carta en francés.
¿Podría darme cambio de un billete de cien dólares?
Tomás duerme desnudo en verano.
Se rumorea que van a casarse.
Mucha gente comete ese error.
Eres una pésima cocinera.
Pareces cansado.
Yo siento mi edad.
¿Quién murió y te hizo rey?
Él es un experto para mentir.
Quiero algo para comer.
¿Cómo me puedo poner en contacto con un médico que hable japonés?
Tú hablas francés muy bien. Ojalá yo lo pudiera hablar tan bien como tú.
La puerta se cerró desde fuera.
Tomo vitaminas todos los días.
¿Te gusta China?
Los ladrones salieron por detrás de los árboles y lo atacaron.
Mi hermana tiene un trabajo.
¡Eh!, no eres Tom.
¿Podés llevarme mañana por la mañana al aeropuerto?
Estoy al límite de mi paciencia.
Tom rompió con su novia.
¿Qué quiere usted después de la comida, café, té o agüita de menta?
Tom está profundamente agradecido de la ayuda prestada por Mary.
Trae tu taza a la cocina.
He hecho antes este tipo de cosas.
Puede que Tom no sepa la respuesta.
Los aullidos se hicieron más y más fuertes.
Tom se quitó el casco y se refregó la frente.
No debemos permitir que esta noticia salga a la luz.
¿Es seguro comer pescado crudo durante el embarazo?
Él no tenía nada que ver con el caso.
Hay poca esperanza de que estén vivos.
¡Déjame marchar!
No puedo creer que tu lo recordaste.
¿Podéis ir más rápido?
¿Dónde está el zoológico?
Compré una cámara buena.
¿Qué estás mirando?
Esas son mis órdenes.
Tom pesa más de 90 kilos.
Estoy cuidando el jardín estos días sólo para matar el tiempo.
Es necesario que te vayas.
Ella trató de prevenir que se difundiera el rumor.
Mira a ambos lados antes de cruzar la calle.
Justo cuando le iba a telefonear, llegó una carta de ella.
¿Importa la verdad?
Tom no está de buen humor hoy.
Te veíamos.
Eres una persona amable.
Me lo encontré en la estación.
¿Cuándo darán ellos un concierto?
Tom tenía un gran moretón en la frente después de que chocó contra la puerta.
Para evitar que se echen a perder, los peces atrapados mar adentro son refrigerados inmediatamente.
No pierdas tiempo.
Tengo problemas para compilar este programa.
La vida en el campo es más saludable que en la ciudad.
Parece que están satisfechos con el resultado.
Hay un asunto más que discutir.
No puedes permitir que eso pase.
Lo siento, se me olvidó hacer los deberes.
Ya están muertos.
Él se convirtió en un actor famoso.
El clima es suave en este país.
Él pagó con una tarjeta de crédito.
Parece que me agarré un resfriado.
No teníamos nada en común.
¡La cena está lista!
Me concentré en lo que estaba diciendo.
Quiero irme de París.
Nadie sabía quién era él.
No deberías juzgar a una persona sólo por su apariencia.
¿Dónde estábais cuando de verdad necesitaba vuestra ayuda?
Ella fue incapaz de renunciar completamente a su sueño de viajar al extranjero.
Tu abuela es una dama encantadora.
¿Te crees que quiero hacerle daño a Tom?
Nuestro refrigerador no funciona.
Deberías dejar de fumar.
Él es ciudadano británico, pero vive en la India.
Dame un beso.
Ella empezó a cantar.
Hablemos de esto cuando llegue a casa.
No soy un estudiante.
Tom no quiere que compartas esta información con nadie.
Corría como un conejo asustado.
Tomás todavía está desocupado.
Puedes pasar la noche con nosotras.
Lo hice yo.
El cinco de mayo es el día del niño.
Encontramos el arma homicida.
¿Ustedes van también?
Pidamos un especial todo-lo-que-puedas-comer.
El plástico no se rompe con facilidad.
Los Países Bajos son un país pequeño.
¡Salga de mi oficina!
No te puedo decir cuándo llegará aquí Tom.
Cada vez que voy a su casa, él está fuera.
Tienes a la persona incorrecta.
¿Viste la película?
Él tiene ocho años.
Tom era un fracasado.
Voy a una escuela privada.
Me corresponde a mí contarle la triste noticia.
Aflójala.
Se acicaló completamente para su gran cita.
No creo que haya sido una sabia decisión.
No estuviste casado mucho tiempo, ¿verdad?
Nunca dije que no.
¿Dije algo gracioso?
Él era lo suficientemente listo para oír su consejo.
En nuestro parque, tenemos un magnífico tobogán para que los niños jueguen.
Solo quisiera hablar con Tom antes de que nos vayamos.
Estaba en venta.
Estoy fumando un cigarro cubano.
Ella admitió que no sabía hablar francés.
Tom se rehusó a pagar su cuenta.
Tom apenas come nada.
El trabajo del abogado es demostrar la inocencia de su cliente.
Una banda de ladrones asaltó el banco.
"Madeira" es el nombre de un vino.
¿Cuándo se acaba la escuela?
Ellos estaban atrapados en una isla desierta.
Todos aman ese lugar.
Él vaciló un instante.
Ella tiende a llegar tarde al colegio.
No puedo comer nada hoy.
Tomás es un amigo personal.
Podés usar mi bicicleta.
La leche venció.
Leo una revista.
Tom se resbaló.
Nunca había estado tan orgulloso de Tom.
¿Qué quieren tus padres para Navidad?
Él talló una imagen budista en madera.
Tom está mezclando harina con azúcar.
Tom odiaba molestar a Mary tan tarde de noche, pero era una emergencia.
Arrestamos a Tom.
Nosotros podemos pagar.
Tom no está muy feliz.
No duermo bien últimamente.
Voy a dejar los maletines en la habitación de Tom.
Siempre estás inventando excusas para no hacer tu parte del trabajo.
Después de vosotras.
Tom no tenía quien lo ayudara.
Despiértate, Tom.
¿Por qué me estás diciendo esto ahora?
Quiero comprar otra.
La mayoría de la gente piensa que estoy loca.
El domingo no voy a ir a ningún lado.
Ojalá fuera rica.
Hay muchos turistas extranjeros en Asakusa.
Yo hice un negocio.
¿El jurado ha alcanzado un veredicto?
No siempre estoy en la casa los domingos.
Mi hermano pequeño está viendo la televisión.
Ella no pudo haber hecho tal cosa.
Ambos somos estudiantes.
Te quiero más que a nadie.
Los chicos traen sus libros todos los días.
No te cortes el dedo.
Corta el queso en rodajas finas o en cubos.
¿Quieres hablar en mi oficina?
¿Qué es esa lucecita intermitente?
A Tom no le gustaba la idea de que Mary saliese con John.
Tom no lo ha traído.
Desplegué el gran mapa sobre la mesa.
El policía miró a Tom con sospecha.
Yo jugaba al tenis con él los domingos.
¿Quién la ayuda?
Está derecho por este callejón.
La buena disposición a tomar responsabilidad es una señal de madurez.
Tom hace las cosas a su manera.
Es una excelente solución.
¿Dónde hacen eso?
Podría ordenarte que te quedes.
¡Date prisa! Ya deberías estar preparado.
¿Hay muchas flores en el jardín?
El trabajo nunca se acaba, ¿verdad?
Es difícil adaptar esta historia para niños.
Tenemos una casa estupenda.
¿En qué vuelo estabas?
¿Has leído algún libro interesante últimamente?
Tom no miró hacia donde iba.
¿Por qué quieres ir a Alemania?
La felicidad depende, no tanto de las circunstancias, sino de la forma de mirar la vida.
Te agradezco de todo corazón.
Desde la ventana se ven las chimeneas de la fábrica.
Yo regresaré pronto.
Estoy familiarizado con este barrio.
Tom fue de borrachera.
Tom no sube de peso aunque coma mucho.
Tom apenas gana lo suficiente para sustentarse.
Necesito algo de tiempo para pensármelo.
Quisiera estar unos minutos a solas con Tom.
Él parecía seguro de sí mismo.
"¿Sabes tocar la guitarra?" "Sí."
Llamo porque he perdido mi carta de crédito.
Ahora sigue.
Al fin te encuentro.
Me avergüenza que mi hijo sea semejante gandul.
No estoy seguro de qué está mal. Deberíamos haber oído de él por ahora.
Está aprendiendo francés para que así pueda obtener un mejor salario.
Él sigue pidiéndome dinero.
¿Te interesa la política?
Bali es tremendamente bochornoso en diciembre.
¿Quieren decir algo?
¿Cómo sabés que Tom no estaba ocultando algo?
Era evidente que estaba avergonzado.
Tom le disparó a Mary.
Tú estás murmurando.
Tomás todavía es joven.
Aprendan de sus errores.
Yo quiero comer comida coreana.
Acabaron con el enemigo.
Te veré mañana en la mañana a las nueve.
Según la Biblia, Dios creó el mundo en seis días.
Quisiera saber por qué ha hecho eso.
Me gusta estar a solas.
¿Podría verle un minuto, por favor?
La causa principal de su fracaso es la pereza.
Antes yo pensaba que Tom era apuesto.
Yo no hablo alemán.
¿Cuánto tiempo hace que llevas tocando la batería?
A veces voy, otras veces no.
No fui honesto.
Me faltan el pasaporte y la cartera.
Los deberes de Tom incluyen rastrillar las hojas.
La electricidad volvió luego de unos poco minutos.
¿Hay algún problema aquí?
Dos vasos de jugo de naranja, por favor.
Sigo leyendo cada día.
Su perspectiva única ayudó a arrojar luz sobre la situación.
¿Tienes algo que hacer mañana a esta hora?
Ella quería que él le cantara una canción.
Yo solo pude sentir cómo se hundía el cuchillo por mi espalda.
Tom es de grupo sanguíneo 0 negativo.
Eres la más alta.
A veces los empleadores explotan a sus trabajadores.
Tom fue allá a ver a Mary.
Vivo en este hotel.
¿Qué más podría querer?
Tom ciertamente no sonaba alarmado.
Hemos hecho varias mejoras a nuestra casa desde que la compramos.
Podríamos aprender mucho el uno del otro.
Dije que la haría feliz.
Hoy tengo un fuerte dolor de cabeza.
Debo refrescar el inglés.
Pida cita.
Puede que Tom haya estado enfermo.
Él sabe hablar diez lenguas.
Puede ser usado como un cuchillo.
Eso es por lo que se le paga a Tom.
La violencia engendra más violencia.
¿Le ha pedido la cuenta al camarero?
Estoy aquí extraoficialmente.
¿Los ha visto?
Estoy dubitativo.
Aunque su veterinario le dijo que no, ella continuó dando de comer a su perro verduras crudas.
Este lugar es escalofriante.
Bajé en ascensor.
Dejen de pelear por favor.
Yo hice eso.
Llevará algún tiempo, pero eventualmente Tom podrá caminar nuevamente.
¿Necesitas una ambulancia?
Ellos bajaron en la siguiente parada de autobús.
El tren acaba de salir.
Tom no puede ver lo que está escrito en la pizarra.
Vuestra hija ya no es una niña.
Tengo que bajar en la próxima parada.
Hoy hace sol.
¿Quieres que pase?
El niño poco a poco hizo algunos nuevos amigos.
Estaba a punto de ir a trabajar.
¿Estabas enfermo?
Cuanto más mires, más verás, y más interesantes se volverán.
Estoy completamente molido.
No entres en ese edificio.
Nunca te olvides de apagar el fuego.
Hoy hace calor.
Mi padre salía a correr después de la cena.
Tu deseo se ha vuelto realidad.
Sería bueno pasar el verano en las montañas.
Tom dejó en la casa a su esposa con el niño.
¿Qué me aconsejas hacer?
Mi ingreso se ha reducido en un 10 porciento.
Tom respetaba a Mary.
Tienes que prepararte para lo peor.
El modo de ser de Tom ha cambiado.
Tenemos más clientes de los que podemos contar.
¿Cómo vamos a hacerlo?
Mi padre enseña inglés en un liceo.
¿Quién da la vez?
Confieso que no lo entiendo.
Es demasiado bajo para alcanzar el libro del estante.
¿Exactamente cómo lo hiciste?
Demos un paseo por el parque.
Los fumadores son una banda de idiotas.
Tenemos tarea.
¿Qué idioma usa cuando habla con sus padres?
Si no es tan malo como suena.
En cuanto tengamos los billetes, os los enviaremos.
Llegó a casa exactamente a las diez.
Para ser sincera, no quiero ir con ellos.
Puedes nadar todo el tiempo que quieras.
¿A qué hora te levantas los domingos?
Me gustaría ser joven nuevamente.
Mi familia es pequeña.
¿Amigo de quién eres?
Las antigüedades que dejó mi padre al morir resultaron no ser más que basura inútil.
El abogado creía en la inocencia de su cliente.
Tom sabe jugar al fútbol.
Él se enoja muy fácilmente.
Nunca dejes tu bebida desatendida.
Tom llevó a Mary hasta su casa.
Parece que interrumpo.
No estoy contento con mi trabajo.
Puedo ayudar a Tom.
¿Quieres que te lleve al aeropuerto?
Este es mi problema.
Él entró en mi habitación sin permiso.
Él volvió de China.
Vamos al zoo.
¿Puedo apagar la radio?
Últimamente no hay muchos temas buenos.
Tom no vino al colegio ayer.
Hay tantas estrellas en el cielo que no puedo contarlas todas.
Tom tiene pelo corto.
Tokio está más poblada que cualquier otra ciudad de Japón.
Quería verlos.
Me gustan tus amigos.
Quiero hablar con su hija.
Ese anciano murió de cáncer.
No puedes estar tan seguro.
Tu mano está tan fría como el hielo.
Tom asintió con la cabeza.
Sabe mucho de animales.
¿Puedes resolver este problema?
Tomé un taxi para llegar allá a tiempo.
No me importa que haga calor.
¿Quién haría eso?
Eso no es mi culpa.
¿Pasó algo bueno?
¿Es Alemania tan bella como Holanda?
Corrió hasta Shinjuku.
Se está poniendo helado.
¿Pueden nadar como Tom?
Me desperté tres veces durante la noche.
Puedo ir.
Eres la última persona que esperaba encontrarme.
Tal vez algunos de ustedes han visto pandas en el zoológico.
El problema es que no tenemos donde quedarnos esta noche.
Cogí un taxi hacia la estación de trenes.
Nunca me sentí así antes de conocerte.
Él pensó que yo estaba exhausto.
Si no hubiera sido por la guerra civil, ahora ellos serían ricos.
Sólo la paz puede salvar el mundo.
¿Qué son esos ruidos?
Mary era una camarera.
Tom nunca ha tocado guitarra con Mary.
Ayer conocí a un estudiante americano.
Espero volver a visitar este aeropuerto.
La tecnología moderna nos da muchas cosas.
¿Conseguiste un regalo de Navidad para Tom este año?
Al parecer estás en lo correcto.
No fuméis.
Nosotros cenamos a las siete.
No necesita hacerlo inmediatamente.
¿Cómo se puede parar esto?
Creo que esto es estúpido.
Lo miraré.
Me divorcié.
No pensamos en eso.
Eso es comprensible.
¿Quién está diciendo la verdad?
Espera a que me siente.
Yo crucé la calle.
Entramos en su carro y nos fuimos al mar.
Te veo la semana que viene, Tom.
¿De qué hablaste?
Ellos te vieron.
Tom siempre insiste en que él tiene razón, incluso cuando todos sabemos que está equivocado.
Venga, ven aquí.
¿Cuántos libros tienes más o menos?
Mi profesor me guió en la elección de mi carrera.
Te traje algo para comer.
Todos miraron a Tom para ver qué haría.
¿Alguna vez se cortaron el dedo con un cuchillo?
Dejame pensar un rato.
¿En cuánto tiempo se llenará la bañera?
Eres mi novia.
Nadie estaba de acuerdo conmigo.
Hay una bolsa sobre el escritorio.
Tom murió hace tres años.
Necesitamos un poco más de tiempo para preparar.
La educación temprana de los niños normalmente empieza en el hogar.
Si no puedes conseguir un abogado que conozca la ley, consigue uno que conozca al juez.
He sido profesor por dos años.
Casi me mato.
¿Cuál de los dos es el más pesado?
¿Qué estás haciendo con esto?
Rusia es un país muy grande.
Ve y descúbrelo.
Quien siembra vientos, recoge tempestades.
Necesito unas tijeras.
Descansad.
Él empezó a sudar.
Sal de aquí.
Tú eliges a tu representante votando.
Escuché que tienen muchos problemas con los túneles en Nueva Zelanda.
Pensamos que eras casado.
Apenas abrió la puerta salió un gato corriendo.
Esta es la casa en la que él nació.
Tom no habla nada de francés.
Una ampolleta entrega luz.
Me gustaría volver a verlas.
Estas ventanas no están limpias.
El avión ya había despegado cuando llegué al aeropuerto.
Salimos aunque hacía mucho frío.
Esta clase de vestido ahora está de moda.
Si querés ver a Tom, tenés que apurarte.
Fracasaremos.
Tom estaba con nosotros.
Tom está jugando al tenis con Mary.
Dolerá un poco, pero no mucho.
No voy en serio.
Esta es mi hija.
El francés se habla en Francia.
Lo que él dijo es verdad en cierto sentido.
Estoy de acuerdo con usted en que necesitamos más mujeres en esta empresa.
Él evitó encontrarla en el camino.
Japón es un bonito país.
¿Te pusiste bloqueador solar?
Eso quieres hacer, ¿no es así?
Tom finalmente resolvió el crucigrama.
Tom es un excelente jugador de críquet.
La empresa proporciona seguro médico y beneficios de seguro de vida a todos sus empleados.
Esta es la primera vez que he jugado este juego.
Tenemos algo para ti.
No quiero oírte decir una palabra más.
¿Cuánto han cambiado vuestras vidas?
No pude dormir bien anoche porque hacía mucho calor.
No hice nada.
Mañana no tenemos clases.
Saqué algo de dinero de un cajero automático.
Es adorable.
¿Contiene cafeína la Coca-Cola?
Su mujer es nuestra profesora de italiano.
Anoche hizo calor.
Puedes arrendar un bote por horas.
Así es la vida.
Puedo empezar en cualquier momento.
Su familia está muy bien.
Eso es ofensivo.
Me gusta esta casa así como es.
¿Eso iba como broma?
¡No te olvides de nosotros!
Eso no tiene nada que ver.
A la tienda donde compras comestibles se le llama almacén.
Tomás tiene sus propios problemas.
¿Puedes aclarar eso?
Hoy muchos estudiantes están ausentes.
¿Quién asistió a la reunión?
¿Qué debería decirle a Tom?
Quiero que te levantes.
Hay alguien en la puerta principal. Mira a ver quien es.
Busco a alguien que hable portugués.
¿Qué tenéis?
Tom ha vendido su casa en Boston.
Tom se sentó en la cama.
Yo no entiendo esto.
Tom quería lustrarse los zapatos.
Tom apostó $300 dólares en la carrera.
Tom vendió su casa en Boston.
Millones de personas perdieron todos sus ahorros.
Me estoy haciendo a este tiempo.
Pensaba que ella tenía 30 años como mucho.
No entiendo para nada.
La policía encontró la bicicleta de Tom.
Desayuné a las 7:30.
No tengo tiempo para relajarme.
Apágalo.
Estoy teniendo problemas para concentrarme.
Los doctores ocupan equipo médico.
No me gusta cuando él hace eso.
Los niños estaban en fila.
Arrodíllate.
La policia cree que Tomás se envenenó.
En cuanto vuelvan, te llamo.
¿Puede parar de cantar, por favor?
Él la salvó a costas de su vida propia.
¿Viste lo que yo vi?
Nunca olvidaremos el día en que el huracán arruinó las cosechas.
¿Cuándo volverás a Japón?
Uso lentes de contacto.
¿Cuándo es el próximo vuelo a Boston?
¿Qué tren vas a coger?
¿Por qué no te acuestas por un rato?
Me ha hecho quedar como un mentiroso.
El rey oprimió a su pueblo.
Mi tío fue el único que salió afectado en el accidente automovilístico.
Tom invitó a Mary a su fiesta.
Por favor vete y deja de molestarme.
Él me golpeó en la cabeza.
Él dijo que quería algo de dinero.
¡No lo hagas!
Empezó a irse pronto a la cama.
Llegué aquí hacia las cinco.
Ya que tú preparaste la comida, yo fregaré los platos.
Tom y yo nos pusimos tan cómodos como pudimos.
Tom titubeó a plantear el tema.
Han recibido tu mensaje.
¿Por qué gritaste?
Tom saludó a Mary con una sonrisa.
Tomás tiene que decidir qué hacer de una vez.
No son las Olimpíadas.
Tom estaba siendo interrogado por la Policía en el cuarto contiguo.
¿Qué importa cómo ellos críen a sus hijos?
Él se mueve rápido.
La región más al norte de la ciudad es un laberinto de callejones.
Descubre cuál es el problema.
Alí es una buena persona.
La guerra se terminó en 1954.
No quiero que esto suceda otra vez.
No se puede huir de la edad.
Ella pensó en un buen plan.
Él fue a Kioto en auto.
Seré tu aliado sólo por esta vez.
El agua goteaba por el codo de la cañería.
¿Me daría un cuchillo y un tenedor, por favor?
Él tiene manchas rojas en todo el cuerpo.
No puedo expresarte cuánto significa esto para mí.
No disfruto estudiando porque no hago ningún progreso.
Ella era más linda que todas las demás.
Él le aconsejó dejar de beber.
Mi pasatiempos es ir de compras.
A mi madre no le gusta que yo mire televisión.
Bueno, ¿y qué le pasó a ella?
Él es detestado por todos.
Ellos ganaron la medalla de plata.
De alguna manera, se escaqueó de su deber como jurado.
Yo tengo el doble de tu edad.
Ella se parece enormemente a su abuela.
Tom quiere saber cuánto helado comió María.
Hay bonitas flores en el jardín.
Me he estado sintiendo un poco agitado.
¿Por qué no fuiste a la oficina?
Sigo sin saber bailar.
Un peso ahorrado es un peso ganado.
Él está muy despierto.
Ella no prometió venir aquí de nuevo.
Sería cuidadoso.
Creo que hay alguien ahí afuera.
Tom puede usar mi bicicleta cuando quiera.
Tom se sintió como un hombre nuevo.
Tom es despistado, ¿O no?
En 1969, Roger Miller grabó una canción llamada "Tú no quieres mi amor". Hoy, esta canción es más conocida como "En el verano". Es la primera canción que escribió y cantó que se convirtió popular.
Tom y María van al colegio juntos casi todas las mañanas.
Tiene que hacer el doblez bien derecho.
Tom dice que los fantasmas no son reales.
Vive en su coche.
¿Puedo hablar con el profesor?
Ella puede cantar muy bien.
Él comió arroz dos veces al día por muchos años.
¿El almuerzo va incluido en este precio?
¿Necesitabas algo?
Él agotó su paciencia.
Tom nunca comete dos veces el mismo error.
Nadie dijo que no podías ir a pescar.
¿Le puedo pedir que me ayude con algo?
No está permitido nadar en este río.
Tom le dio respiración boca a boca a Mary y le salvó la vida.
Necesito hacer otra llamada.
Nunca me dejas hacer nada.
Londres era muy importante por razones económicas y culturales.
Los niños sienten curiosidad por todo.
El tren ha pasado el cambio de agujas.
Tom no estaría aquí si tuviera dinero.
Algo muy raro sucedió en la ciudad de Salvador.
Hay 150 museos en Kazakstán.
Nunca olvidéis cerrar la puerta con llave.
Yo nunca he estado en la casa de mi abuelo.
Él es más rico que cualquiera en esta ciudad.
La leche se procesa para hacer mantequilla o queso.
Tiene que estar loco para actuar de esa manera.
Ella estaba deseando irse a casa.
El acantilado es casi vertical.
Él no entendió su broma.
Eso es de ayuda.
Tienen que haber tenido un accidente.
¿Qué te mantiene despierto hasta tan tarde?
Tom se comió la manzana que había dejado Mary sobre la mesa del comedor.
¿Qué quieres decir?
¿Pensaste que estaba bromeando?
Algunas personas ven una conspiración detrás de casi cualquier cosa.
Se te olvidó decir, "gracias."
Él decidió presentar su dimisión.
Tom huyó a Canadá.
Trata de dar un buen ejemplo.
No puedo evitar pensar que estás en un error.
Quiero este.
Mi casa está a solo una milla de aquí.
No le hecho azúcar al café.
Tom no quiere hablar de eso.
Espero con ganas a oír de ti pronto.
No puedo correr tan rápido como Tom.
Llevo tres años enseñando francés.
Olvidá tus dolores.
Tom usó una identificación falsa.
Tom sacó un papel doblado del bolsillo de su camisa.
Es más barato viajar en colectivo.
Sentí el sudor escurriendo por mi frente.
Le aconsejó que fumara menos.
Deberían quedarse en cama.
Por favor, no se levante.
Estoy escuchando una canción.
Tom parece estar en buena forma.
Tom quería estudiar japonés con un hablante nativo.
Tom fue despedido el lunes.
¿Puedes asegurarte de que Tom aparezca a tiempo?
Tom está intentando despertar a Mary.
Tom necesita a alguien que lo ayude.
Tom intentó asfixiarme.
El cuarto estaba alfombrado con recortes de papel.
Lo intentó duramente solo para descubrir que no era válido para el trabajo.
Quiero estar contigo pase lo que pase.
No tengo ninguna habilidad especial.
El agua ahí estaba tan profunda que no podía tocar el fondo.
Tengo un serio problema a la piel.
La policía la perseguirá por mucho tiempo.
A ti te habría gustado.
Ayudé a mi hermano a mover su escritorio.
¿Qué dijo tu esposa?
Al principio puede ser confuso.
Puedes tomarte el día libre.
Tom le dijo a Mary que ya no se tenía que preocupar más de John.
Tom se separó a un lado para dejar pasar a Mary.
Ya no estamos juntos.
Espero una carta suya.
He perdido mi paraguas.
Tom no intentó ocultar el hecho de que estaba enamorado de Mary.
Estoy detrás de ti.
Puedes usar el inglés en casi todos los hoteles del mundo.
Soy más rápido que tú.
Yo querría ser millonario.
Si tienes tiempo, envíame una línea de vez en cuando.
No hay prisa.
No quería que te pusieras nerviosa.
Tom nos ayudó a hacer eso.
Este juguete es para niños.
Tom nos ha pedido que le compremos algo para comer.
Yo nunca puedo predecir nada.
¡Qué extraña es la vida!
Me temo que tengo que irme ahora.
Espero que gane nuestro equipo.
Aunque estaba ocupada, ayudé a mi madre.
Ella siente un gran cariño por sus padres.
Él está leyendo el periódico en pijama.
Por mucho que lo intente, él no tendrá éxito.
Tom habló con Mary.
¿Vas a hacer los deberes esta tarde?
Lo haré el próximo lunes.
Había trabajado todo el día, así que estaba muy cansado.
¿Tú crees que soy muy viejo para tener otro bebé?
No estamos en peligro.
¿Crees que significa algo?
Lo hice a la ligera.
Tom no puede hablar inglés aún cuando vive en Estados Unidos.
Dame solo una oportunidad más.
El colegio queda a cinco minutos a pie desde la estación.
Lo haría si pudiera.
Tom se desmayó a causa del calor.
¿Puedes bajar la radio?
Detesto su manera de hablar.
Hay miles de millones de estrellas en el universo.
¿Cuál es la diferencia entre esto y aquello?
Prefiero andar descalza por la casa.
Tom sobrevivió a Mary.
Yo tampoco confío en ti.
Estás llevando esto demasiado lejos.
Esta carta es personal, no quiero que la lea otra persona.
Eso nos dará algo de tiempo.
¿Me llevarás al hospital?
¿Quién le dio a Tom todo ese dinero?
Mi hermano es ingeniero.
Te daremos todo lo que quieras.
Las minorías étnicas combaten contra el prejuicio y la pobreza.
Ustedes son mis enemigas.
Llevo mucho tiempo esperando.
¿Quién ha pintado este cuadro?
¿No es un simple incendio forestal?
Me voy la semana que viene.
Nació ciega.
Pregúntale a Tom si él votó.
Tom debería postular para este trabajo.
No me gusta visitar ciudades grandes.
Ellos tienen doce hijos.
Tuvo la cara dura de pedirme que lo ayudara.
Tom se rascó.
Ella arregló sus ropas viejas para que se vean más a la moda.
La investigación está aún activa.
Dile que estoy ocupado.
Tenía la intención de visitar Roma el año pasado.
No soy capaz de traducir esta frase.
Deberíamos entrar en la casa.
Esta idea de hecho es muy buena.
El plan no va a funcionar.
Tom se siente muy culpable acerca de lo sucedido.
La rosas de mi jardín son preciosas.
He estado preocupada.
Él se puede hacer entender en inglés.
Alguien está parado atrás del arbusto sacándonos fotos.
Soy un gran aficionado del béisbol.
Debes responder estas preguntas.
Todos te echamos mucho de menos.
¿A quién más has preguntado?
Él era muy feliz.
Haré lo que pides.
Tom trató de recordar la última vez que había visitado un museo de arte.
Tom se cortó el dedo y está sangrando harto.
No tienes que ir a la fiesta si no quieres.
Enseño francés a adultos.
Pedí un aumento.
No lo toques.
Hasta el aire olía distinto.
Soy el asistente de Tom.
Él estuvo muy malhumorado anoche.
Vas a haber adivinado su significado para el final del capítulo.
Tom y Mary parecen un poco confusos.
Tom dice que Mary le prometió el trabajo.
Los zorros son animales salvajes.
La tripulación está ocupada preparándose para el viaje al espacio exterior.
Toda rosa tiene sus espinas.
Tuvimos un verano muy caluroso este año.
Soy el abuelo de Tomás.
¿Te tienes que ir?
Creo haber olvidado algo.
Voy a la escuela los sábados.
El policía prometió investigar el caso.
No soy rico, ni deseo serlo.
No se ganó Zamora en una hora.
Dio una descripción minuto a minuto de la cena.
Llueve mucho.
Me comí el queso.
La manguera no funcionaba.
Estoy con un terrible dolor de cabeza.
Era un antiguo profesor universitario e investigador.
Ya me he cansado de tus tonterías.
Era todo sonrisas.
Creo que perdí mis llaves.
Cuándo estuve en Boston lo visité a Tomás.
Tom estaba desorientado.
¿Dónde hay un espejo?
Yo sé por qué Tom está ocupado.
Paraguay es un país de Sudamérica.
¿Qué me estás ocultando?
Quiero saber la verdad.
Tom tiene dos casas y un bote.
Él me dio su palabra.
Lincoln murió en 1865.
No importa si venís o no.
Vayámonos de aquí.
Tom tiene perilla.
Te mataré.
La reunión se llevó a cabo la semana pasada.
No puedo explicar todo ahora.
No se comprometa usted en eso.
¿Te divierte vivir así?
Eso es lo que nos diferencia.
Su nombre a menudo se me escapa.
Es el reloj de Tom.
No puedo averiguar cómo transferir archivos MP3 a mi iPod.
Sabía que no eras tú.
La economía progresaba lentamente.
Sé discreto.
Las hojas son para las plantas lo que los pulmones son para los animales.
¿Estás tú escondiendo algo, Tom?
Él se asustó cuando el mono le saltó encima.
Dejame hablar.
Soy neutral.
Ella tiene algún dinero propio.
La causa del accidente es desconocida.
Él será un buen profesor.
Se descubrió oro allí.
Tom sostiene que no sabe nada acerca de Mary.
Tom le dio las gracias a Mary por ayudarle a decorar su árbol de Navidad.
Al principio no me gustaba.
Iba a salir cuando sonó el teléfono.
A Tomás se le da muy bien el ajedrez.
La energía atómica puede ser utilizada para propósitos pacíficos.
La llave está en la mesa.
¿Qué significa esto?
Tom está desnudo.
Una vez más, por favor.
Llamaron.
A veces nos encontramos con ellos.
¿Adónde crees que lleva el camino?
Nunca antes había tomado comida china.
Louis Braille, que fue ciego desde la edad de tres años, inventó una forma para que el ciego leyera.
Esos zapatos están pasados de moda.
El próximo domingo iremos a visitar a nuestra tía.
Voy a permitirlo.
El gobierno rechazó la demanda.
¡Ese tío me ha robado la cartera! ¡Deténganlo!
Deberían hacerlo sin demora.
No tengo toda la noche.
Él iba muy retrasado con el pago del alquiler. Como consecuencia, lo desahuciaron del apartamento.
He oído acerca de ti.
Me siento genial.
Caminamos por la carretera.
Vende frutas.
Tom tenía expectativas demasiado altas.
Tom tuvo suerte de que no lo mataran.
A ella no le gusta nadie y ella no le gusta a nadie.
Él estará esperándote.
¿Cambiémonos de puesto?
Obedece a los profesores.
Llévales las llaves a tu hermano.
Yo disfruto jugar ajedrez.
No podemos irnos de Boston hasta que terminemos este trabajo.
¿Qué cultivas en tu granja?
¿Qué te parece si hacemos footing?
Por favor no me chilles.
¿Tienes algunas alternativas al plan?
Trabajo hasta muy tarde.
Esa guitarra nunca sonaba tan bien cuando yo la tocaba.
Les dije que me mandaran otro boleto.
Tom parece estar divirtiéndose.
Él se recostó sobre la cama.
Compraron los muebles en un remate.
Se cansa en seguida.
¿Estás seguro de que nadie te siguió?
Tom le retorció el cuello a la gallina.
¡Déjame sola!
Todos saben que dos más dos es cuatro.
Esperemos aquí hasta que ella vuelva.
Vivir tan cerca de la estación es conveniente.
Te felicito por un trabajo bien hecho.
Yo pensaba que la pena de muerte debía ser abolida.
No hay que hacer comentarios.
Tom no quería que eso sucediera.
Si yo fuera tú no iría allí.
Tom no quería pasar demasiado tiempo discutiendo eso.
¿Tú puedes hacer contabilidad?
Ellos no ayudan.
Todos los meses recibo noticias de mi madre.
Todavía no lo sé.
Él se entretuvo en el aula después de que terminaran las clases.
Todavía no se lo digas a nadie.
Sólo queda una alternativa.
Ya está.
Esto debería ser ilegal.
¿Tenés vergüenza?
No debería haberte contado nada.
Lo que Tom verdaderamente quería eran unas vacaciones de dos semanas.
Pasé muchas horas leyendo libros.
¿Cómo puedo conectar mi iPod al estéreo de un auto.
Tenemos que solucionarlo.
¿Este diamante es auténtico?
Eres muy observador.
Todos ellos están persiguiendo a Tom.
Él me hizo cargar su equipaje.
Quiero hablar con todos ellos.
Las patatas están muy baratas.
Tanto su padre como su madre están muertos.
No vivo con nadie.
¿Tú piensas que Tom estaría interesado en eso?
Me golpeé muy fuerte la cabeza contra la pared.
No sabe llevar el compás.
Casi se me olvidó decirle a Tom lo de la fiesta.
No te puedo dar esa información.
Eso nos debería dar algo de tiempo.
Tom animó a Mary.
A Mary le gustan las películas de Bollywood.
Tom a veces no entiende a Mary.
Tom pedaleó con su bicicleta hasta el colegio.
Tengo miedo de que llueva mañana.
Los estadounidenses admiran a Lincoln por su honestidad.
El trabajo no es adecuado para mujeres adolescentes.
Dile que estoy arreglando el frigorífico.
Un director conduce una orquesta.
Lo encontré en el ático.
¿Cómo podés ser tan cínico?
No puedo ir contigo el lunes.
No quiero dejar este trabajo.
La Tierra es pequeña comparada con el Sol.
Está fresco.
Tus O's lucen como A's.
Tom está disfrutando bajo el sol.
Él lo hizo de nuevo.
Tom no hace caso de lo que piensa la gente de él.
Nunca he visto nada como esto.
Los expertos declaran que los precios del café están subiendo fundamentalmente porque la gente está dispuesta a pagar más.
¿Con quién hablo?
Este es nuestro amigo Tom.
Gracias por preocuparte de mí.
Hemos revuelto cielo y tierra por ese libro.
¿Estás estudiando?
Él dijo a sus niños que no hicieran tanto ruido.
Le di un mapa.
No es culpa tuya, Tom.
¿Han ido?
No te perdiste la reunión.
Lamento haberte hecho esperar tanto tiempo.
Tom hizo que Mary cambiara sus planes.
Tom murió en un accidente de tren.
¿Estoy aprobado?
Él es un chico amable.
No me puedo imaginar porque alguien querría robar algo así.
¿Cómo de lejos está el museo?
No me quiero arriesgar a perder el último tren.
Aquí es donde empieza la diversión.
Él era bienvenido a dondequiera que iba.
No besé a Tom.
El abrigo me ha durado tres años.
¿Cuánto tiempo dura?
¿Qué te lleva a pensar que yo quiero pasar la Navidad con Tom?
Ella es una exitosa mujer de negocios.
El café está tal y como me gusta.
Tom tiene dos hermanos que viven en Boston.
Este libro tiene unos cuantos errores, pero es interesante.
Responde en francés, por favor.
Sentémonos en la banca.
La nariz del niño está sangrando.
Averigüé dónde está ella.
Tom no está en muy buena forma.
Yo no pienso en ti.
Fui el primero en empezar a hablar.
Él lo cortó con el cuchillo que recibió como regalo de su hermano.
Todo es muy simple.
Ese museo resultó ser enorme.
Tom está bien de salud.
Supón que tuvieras diez millones de yenes, ¿qué harías?
Estaré esperando.
Ellas son mis hermanas.
Tom ya no habla de nada conmigo.
El Presidente Polk retiró la oferta.
Ella compró verduras ayer.
Pusimos trampas para atrapar cucarachas.
Las anotaciones están al pie de la página.
Su madre estaba en lo correcto
No te subas al muro.
Tom no pudo hacer lo que quería.
Es virtualmente imposible.
Quisiera volver a verte algún día.
Eso es bastante impresionante.
Tomé un taxi porque estaba lloviendo.
Pienso todo el día en Tom.
¿Es demasiado temprano para pedir del menú del almuerzo?
No volveré a dejarla sola.
Saldremos mañana por la mañana.
Llovía muy fuerte en Osaka.
Empezaron a besarse.
Estoy enterado de eso.
Son dos millas de aquí a la estación.
¡Pero qué bella noche!
Las acciones de la compañía cayeron.
Tom pensó que él podría contar con Mary para hacer un buen trabajo.
Realmente me siento muy mal.
Tom está ayudando a Mary a hacer su tarea.
Ella estuvo en América el mes pasado.
Tom vino al mundo en dos mil trece.
A mí también me gusta pintar.
Él iba borracho y olvidó cerrar la puerta trasera.
Él me ayudó a hacer mis tareas.
¿Qué dijo el médico?
Los cantantes más grandes del mundo y la mayoría de los músicos famosos han estado gordos, o al menos han estado claramente entrados en carne.
La conozco desde hace mucho tiempo.
¿En dónde aprendió Tom eso?
Tom piensa que Mary es culpable.
Casi son las once y media.
¿Te gusta perder?
Te proporcionaremos todo lo que necesites.
Él ha estado en la India.
No dejes la ventana del cuarto abierta.
No tengo tiempo para estar enfermo.
¿Quién encontró mi billetera?
¿Por qué la gente tiene hijos?
Tom ha estado buscando a Mary durante tres años.
Estamos entre amigos.
Os vi en la televisión.
Tom tiene mala salud.
Tom le dijo a Mary que volvería en seguida.
Quiero ayudarte, pero no puedo.
¿Cuándo esperas que vuelva?
Él cerró furiosamente la puerta.
Debiste haber comenzado hace media hora.
Tom no estaba de humor para hablar con Mary.
¿Tu crees que yo quiero hacer esto?
Solía haber un gran pino en frente de mi casa.
La profesora la trató como una más de sus estudiantes.
A veces un lapsus linguae es fatal para un político.
Necesito renovar mi pasaporte.
Quiero mi propia habitación.
Los perros no son capaces de distinguir colores.
Quiero ser abogado.
Tom no mantiene su habitación muy limpia.
Me parece una locura.
Me ayudó a llevar la silla.
Eventualmente se convirtió en su hábito.
Tom y Mary cogieron una galleta cada uno.
Soy una mujer.
No es posible predecir qué pasará.
Tom me preguntó cómo hacerlo.
Algunos estaban borrachos la mayor parte del tiempo.
Ella se hizo amiga suya en Boston.
Siguió escribiendo historias sobre animales.
Osaka es la segunda ciudad más grande de Japón.
Finalmente encontré un trabajo.
Tengo una reunión esta tarde.
No lo puedo aguantar.
Creo que es hora de que haga un poco de ejercicio.
No tenemos más tiempo.
Creo que querrás ponerte en contacto con Tom lo antes posible.
Me quedé hasta tarde preparándome para el examen.
Tom me dijo que no podía esperar por salir de ahí.
Ella fingía no oírme.
Eres muy lista.
Se ve bastante injusto.
¿Tenemos más cerveza?
Él es un pionero en este campo.
¿Qué quieres aprender?
Asumo que tu fiesta fue un éxito.
Toma un cruasán.
Pensé que tal vez quisieran saber.
Tom quería hablar con Mary al respecto.
Todos los billetes americanos son similares en color.
No me agrada tu jefe.
Ella le ayudó a atarse la corbata.
No podía mirarle a la cara.
La bomba voló la casa de Tom en cenizas. Por suerte, él no estaba en casa en aquel momento.
¿Quiere hacer el favor de acompañarme?
Él nos dio una descripción detallada de sus experiencias en África.
Agradecería cualquier información que puedas enviarnos.
La caída del muro de Berlin fue verdaderamente un acontecimiento trascendental.
El crimen no compensa.
La Policía intervino en el disturbio.
Bueno, pero no digas que no te advertí.
Mi hijo es periodista.
Puedo ser viejo, pero todavía puedo andar en bicicleta.
Me gusta escribir canciones en francés.
Tom puede levantar pesos pesados.
Los quiero a ambos.
El perro de al lado ladra todo el tiempo.
Ella está resfriada y en cama.
Usted tiene que coger el autobús número 5.
El taxi atrasado llegó.
¿Qué sabía Tom?
Tom y Mary quedaron de acuerdo en un precio.
Sé que Tom fue quien lo hizo, pero no podré probarlo.
Soy de Canadá.
Tom fue a la peluquería pero debería estar de vuelta pronto.
Esos son mis libros.
El propósito de una rotonda es alentar el tráfico.
Tom contuvo un grito.
Era maravilloso.
Él murió cuando tenía 54 años.
Ven aquí arriba.
A decir verdad, estoy cansado de películas violentas.
Tom tiene buen oído.
Él fue un pionero en este campo.
No hay nadie que no desee la paz.
¿Esto está hecho en Suiza?
¿Cuándo emigraste a nuestro país?
Hay que cepillarse los dientes al menos dos veces al día.
Vámonos.
Tom quiere lo mismo que tú.
Todos tenían hambre.
Fue difícil al principio.
A ella le gusta el pop ruso.
El chico grabó su nombre en el árbol.
Es una cantante famosa.
Alguien te está llamando.
Yo no lo dejé.
Te perdiste un montón.
Te daré un buen consejo.
Más tarde te llamo de vuelta.
¿Tú la entiendes?
Muchos criminales en América son adictos a las drogas.
¿No es eso excesivo?
Tengo que cocinar las verduras.
Tom y Mary juegan al Uno.
¿Quién plantó estos árboles?
He oído que no vienes.
¿Qué come Tom de almuerzo?
Un día tiene 86.400 segundos.
Cuando pides acceso a una universidad americana, tu nota en el TOEFL es sólo uno de los factores.
No quiero lastimar a nadie.
Los pescadores tomaron fotos de su captura.
Tom no come pescado.
¿En qué llave vas a tocar esa canción?
¿Querés una calculadora?
Él critica todo.
Las hojas empiezan a caer en octubre.
¿En qué consiste su trabajo?
Tom debería estar en casa ahora.
Tom y Mary están de acuerdo.
Hable despacio, por favor.
Ella nos preparó una comida maravillosa.
Ella lo hizo conducir.
No te preocupes. Ellos estarán supervisados.
¿Qué estás haciendo ahora?
Soy tan estúpido.
Se quedó huérfano a los tres años, y fue criado por un pariente lejano.
Está prohibido fumar en los restaurantes de California.
Ojalá no hubiera comprado algo tan inútil.
Me he dejado la puerta abierta.
El barrio donde él nació está lejos de aquí.
Te respeto por lo que has hecho.
A ella le gusta pasear conmigo.
¿Tienes una mesa en tu pieza?
Nosotros medimos la profundidad del río.
Puedes darle este boleto a quien sea que lo quiera.
Está leyendo un libro, dejémosle solo.
Admito que me equivoqué.
Tú nos has dado largas demasiado tiempo, Tom.
Tom le dio a Mary el beneficio de la duda.
¿Quieres jugar al baloncesto con nosotros?
Escojan un vestido que les guste.
Conduce con cuidado.
Él lo hizo lo mejor que pudo.
Usted tomó demasiado.
Tom quería que sus hijos aprendieran francés.
Tom viene cada dos meses a Boston.
El trabajo debería estar terminado.
Acepto vuestro desafío.
¿Por qué has aplazado el ir al dentista?
No pronuncies su nombre.
Tom es mucho más alto que cualquiera otro aquí.
¿Cuántos más hay?
Llegaste rápido.
Su aliento huele a queso de cabra.
Me pregunto si alguien nos puede ayudar.
Contestaré dentro de tres días.
Bueno, ¿qué quieres que diga?
Mándalo adentro.
Tengo cosas serias que hablar.
¿Qué hiciste con mi bolsa?
Mi casa está cerca de la escuela.
Haz exactamente lo que te digamos.
Ella fue acusada de mentir.
La niña me sonrió.
Te dije que Tom no nos decepcionaría.
Tom tiene tres hijas.
¿Qué antigüedad tiene el avión?
Estamos estupefactos.
¿Es realmente tan difícil hablar francés?
Los dos éramos felices.
El que adivina el número, gana.
Ella le hizo un abrigo nuevo.
Es probable que ella tenga éxito.
La gente casi murió de hambre durante el terrible invierno.
Ambos de sus hijos murieron durante la guerra.
¿Está reservado este asiento?
Apunta. ¡Fuego!
Cuando termines de inflar esos globos, ¿podrías barrer la sala?
¿Por qué Dios me está castigando?
Ahora ella entiende a que me refiero.
Los hombres son todos iguales.
Toma tiempo superar un divorcio.
El perro de Tom necesita ir afuera.
Tom levantó sus manos.
Tom sacó un pequeño sobre del bolsillo de su camisa y se lo dio a María.
Él se cayó y se hizo daño en la pierna.
¿Dónde está tu campera?
Por favor, paga al cajero.
¿Os importa que os haga una pregunta?
Él ya almorzó.
¿Te interesan los idiomas extranjeros?
El helado se está derritiendo.
Tom se pudo haber hecho daño.
No me gustan las reuniones a primera hora de la mañana.
¿No lo crees?
¿Qué hora es allí?
Creemos que es nuestro deber pagar los impuestos.
Los pies se me están helando.
No nos emocionemos.
No debemos recurrir a la violencia.
Me pasé todo el día leyendo una novela.
Póngalo usted a mano.
Yo no duermo tanto.
Yo sentí exactamente lo mismo.
El barco no pudo dejar el puerto debido a la tormenta.
Él fue lo suficientemente amable para atarme los cordones.
Tomémoslo con calma.
Sus novedosas ideas lo meten en problemas con sus colegas más conservadores una y otra vez.
Mi hermano no ha superado el examen.
No tengo hogar.
Vigila a Tom.
Tom no entiende por qué Mary se comporta de la manera que lo hace.
Detén la guerra, por favor.
Soy desasosegado.
Todos observaron.
No sólo me dio el consejo, sino también el dinero.
Este libro es tan pequeño como aquel.
¿De qué estábamos hablando?
¿Por qué no me dices cómo hacer esto?
No tengo tiempo de ayudarte en tus deberes.
¿Cuál es su número?
Quiero una habitación propia.
¿Estás libre el martes?
No estoy acostumbrado a conducir un camión tan grande.
Él parecía sorprendido al oír las noticias.
Voy a Boston.
Tom compró una webcam.
Tom vio a Mary con otro hombre.
Mi sueño se ha hecho realidad.
¿Quieres que yo ayude?
Hablé con ella durante una hora.
Oí que una mujer apuñaló a un hombre por comerse su almuerzo.
Tuvimos que posponer la reunión a causa de la lluvia.
Casi me matan.
Parece que has tenido un día ajetreado.
Este es mi gran momento.
El perro se comió mi zapato.
Siéntate en el sofá y ponte cómodo.
Estoy enfadado con ella.
Él me dijo que el libro era interesante.
No puedo ir contigo esta noche.
¿Te estás divirtiendo?
Él ya no vive ahí.
Ella es incapaz de hacer nada por si sola.
Todo el mundo estará en casa por Navidad.
¿Cuántas horas sueles trabajar?
Me pregunto que tendrán ellos en común.
Tom se cortó el dedo con un pedazo de vidrio.
Tom creció en un orfanato.
Lo siento Tom, me tengo que ir.
¿Qué tienen esos de malo?
Ella va a tener un hijo el mes que viene.
Han venido.
El sótano es feo, oscuro y apestoso.
Por supuesto que Tomás tiene razón.
Él es el dueño de esta tierra.
¿Quieren comer?
Compramos una lavadora nueva.
¿Dónde escribe usted?
La paciencia es la clave.
Me encanta tu coche.
Todos me quieren.
Deja el plato pelado o no tienes postre.
Deja la ciudad.
El oficial a cargo me dejó entrar.
Tom alzó sus manos.
La gente tímida puede desarrollar dependencia a la droga como una defensa.
Vi a Tom y a su perro en el parque.
No hay mal que por bien no venga.
El cole empieza a las nueve y termina a las seis.
¿Cuál es tu juego de mesa favorito?
Nunca he estado en el extranjero.
No sabía que tuvieras una hermana.
Se ha concluido que Europa está ya completamente libre de nuevos casos de esta enfermedad.
Pocas personas notaron su ausencia a la fiesta.
Mary llevaba una blusa de seda.
Tom parece exhausto.
Tom no gana mucho dinero.
Visité Canadá hace mucho tiempo.
La entrada es gratis.
Voy a jugar tenis.
La caja está agujereada.
Tomás es joven e ingenuo.
Quiero comprar esta chaqueta.
Tom está dispuesto a prestarnos tres mil dólares.
No sé si Tom nadará o no.
Son demasiado peligrosos.
Terminaron de comer.
¿Alguien de tu familia habla francés?
Él no es nuestro enemigo.
Tengo un agudo dolor aquí.
Tom es ciertamente patoso.
Entre.
El miserable hombre no volvería a ver a su esposa otra vez.
Por favor, despiértame a las siete de la mañana.
¿Quién es el dueño de esta casa?
A Tom no le gustan las mujeres que beben mucho.
Podemos abrir las ventanas.
Tom dejó sola a María en la habitación.
Lo siento, ¿puede repetir, por favor?
Duerme un poco, ¿vale?
Me quedé dormido en clases.
Sé que está usted contento por eso.
Nunca dije que no fuera una buena idea.
Nunca olvidaré el día en que nos conocimos.
No reconocí a Tom la última vez que lo vi.
¿Y Tom cuándo ha vuelto?
Estoy harta de comer pescado.
Intentó escribir una historia corta.
La economía va bien.
Tom no va a comer.
Ahora debes reposar.
Me encantaría ver la película.
Espero oír pronto de ti.
Él pasó tres meses en el mar el año pasado.
La chica se parecía a su madre.
¿Cuánto tiempo tendrás que estar en Boston?
Tenés la misma edad que mi novia.
Vamos a repasar la Lección 5.
Tom toca el acordeón bastante bien.
En aquel entonces Mary era la novia de Tom.
La policía no pudo controlar a la turba.
Quiero hacer esquí acuático.
Estoy a cargo del curso de tercer año.
No tenía amigos en Boston.
Voy a encender el calefactor porque hace mucho frío.
Es inglés.
Fui a pescar el lunes pasado.
Tom dijo que no quiere lastimarte, pero si vienes otra vez por acá, te va a dar una paliza.
Los dos países estaban unidos bajo un solo Gobierno.
Su pérdida supone nuestra ganancia.
Sabía que lo encontrarías.
Es hora de que nos vayamos.
Últimamente he perdido peso.
¿Es esto una trampa?
Él tiene acceso a la embajada de los Estados Unidos.
Entrad.
No debería tener que soportar este ruido.
Pon un poco más de pimienta.
Tres cuartos de la superficie de la Tierra están cubiertos de agua.
Ellos nos vieron ayer.
Vamos a hablar en la otra habitación.
Ella y yo tenemos la misma posición en la compañía, pero gana más que yo.
Tengo una cita.
Tom despertó a Mary.
Mary se miró en el espejo.
La abuela de Tom parece estar sana.
Eso fue como hablarme en chino.
Él tiene un montón de dinero.
Me sentía aturdido cuando me levanté.
Tengo hambre, así que voy a buscar algo para comer.
Tom llegó tarde a clase.
Hey, no olvide esto.
Sentiría defraudar a Tom.
La mayoría de la gente es idiota.
¿Hay algo que podamos hacer?
Arruinaste todos mis planes.
Abandonó el país después de la muerte del abuelo.
Mi mujer y yo compartimos una cuenta bancaria.
Cazaron ciervos y zorros.
Estaré contigo en diez minutos.
Cayó una gran bomba y muchísimas personas murieron.
Pensé que era un secreto.
Estaré libre en 10 minutos.
No suena cierto.
Mi hijo no me obedece.
Sé que puede ser duro.
¿Quién es su profesor jefe?
Voy a ayudar a Tom.
¿Tienes alguna idea acerca del porqué de la desaparición de Tom?
Esperar es aburrido.
El niño entró corriendo a la habitación.
Apenas podía trabajar.
Encontré a Tom bastante entretenido.
No es eso en absoluto.
Marie nos ayudará mañana.
Debe de ser difícil para vosotros.
Todos buscaron al niño perdido.
Ella decidió estudiar en el extranjero.
Por favor, está en casa a las tres.
Tom pudo haber estado en Boston con Mary la semana pasada.
Por favor abróchense el cinturón de su asiento y observen la señal de "NO FUMAR" hasta que se apague.
Tom no sabe cómo explicarlo.
Le conocí en Francia.
Te hablaré de él.
Tuve un día realmente duro.
Todavía estoy muy débil para levantarme de la cama.
¿Alguna vez has besado a otra chica?
No juego al tenis después del colegio.
No quiero irme.
Di que me amas.
¿Cuándo me vas a responder?
Este diccionario, del cual falta el tercer tomo, me costó cien dólares.
Más café, por favor.
Mi madre tiene dos años menos que mi padre.
Esa clase de cosas no puede encontrarse en cualquier parte.
Acusó al hombre de robo.
¿Qué es lo que haces?
Vivo en una casa que fue construida en dos mil trece.
Tom se cambió de ropa.
¿Cómo lo arreglarás?
Yo lo persuadí de entregarse a la policía.
Te mostraré cómo separar el oro de la arena.
¿Estarías dispuesto a compartir tu código conmigo?
La fuerte lluvia nos impidió ir a pescar.
Gracias por el consejo. Lo voy a probar.
Todo está terminando.
No quiero que me veas desnuda.
Tom quiere aprender.
¿Qué tipo de libro quieres?
Comienza a cantar.
Un día quiero ir a América.
Está muy ocupada.
Tom escondió el cuchillo con el que había matado a Mary en la habitación de John.
Tom trató de no oír a Mary y a John discutir su situación financiera.
¿Cuándo irá a casa?
Siempre decís eso.
Tom tuvo que hacer un desvío.
No quiero trabajar para ti.
Desearía poder ayudarte a encontrar un buen empleo.
Sapporo es la quinta ciudad más grande de Japón.
María se depila las piernas todos los meses.
Me parece estupendo que hayas conseguido el empleo.
La gente joven tiende a pensar eso.
Mis padres no tenían mucho dinero.
Estoy muy contento de verte.
A Tomás no le importa dormir en el piso.
Me gusta tu idea.
Él no puede haber hecho eso solo.
Ayer fue que Mary compró esta falda.
No te puedo decir nada más.
El comentario de Tom fue inapropiado.
Tom es nuevo.
Tom metió la pata.
Tom me hace muchos favores.
Haz todos los ejercicios que están al final del capítulo.
No confiéis en él.
Quiero pasar mi vida con Tom.
¿Cuál es la hora exacta?
Tom no quiere nada.
Los veré allá.
Fue culpa mía.
Ven a visitarme mañana.
Agradecemos tus comentarios.
¿Es vuestro?
Acabo de terminar de desayunar.
El clima de Japón es más moderado que el de la India.
No tenía ninguna duda de que Tom haría lo que le pedimos.
No discutas cuando estés enfadado ni comas cuando estés lleno.
Yo te amaba.
¿Qué crees que pasa cuando morimos?
Mi casa queda en una colina.
Eso puede haber sido verdad.
Esto ya no es relevante.
Ella estaba cocinando la cena en ese momento.
Las líneas rojas en el mapa representan ferrovias.
La situación del paciente cambia a cada día que pasa.
Solo un tonto no le teme al mar.
¿A qué se parece?
Tom trabajó toda la noche.
A Tom le está costando mucho decidir qué ponerse para la fiesta.
Deja de interferir.
Condujimos a través de la ciudad.
Me encanta el golf.
Tom y yo no nos guardamos secretos el uno del otro.
No te rindas a la presión de los compañeros.
Está completamente loco.
Estaré junto a ti en tiempo de necesidad.
Puedo hablar chino.
Le pidió a Lincoln que dijera unas pocas palabras.
Había una mujer en silla de ruedas que quería hablar contigo.
¿Porqué hiciste caso omiso de lo que te recomendé?
Tom es bastante bueno en la cocina.
¿Creés que los peces pueden oír?
Tengo algo bueno que contarte.
Él casó a su hija con un abogado.
Tom parece estar perdido.
Quiero vivir en una gran ciudad.
Tom obtuvo un aumento.
El nuevo plan funcionó bien.
Tom ayudó a Mary con su trabajo.
Abrió la boca como si fuera a hablar, pero no dijo nada.
No chilles.
Deberías haber visto lo que hizo Tom.
Caminaron.
¿Por qué él nunca puede hacer nada?
¿Cuándo fue la última vez que hiciste feliz a tu esposa?
¡Pásenle!
Hay alguien afuera.
No lo puedes vender.
Puedes ir a la estación en autobús.
Tom solía salir con Mary.
Él olvidó cerrar la puerta con llave.
Por favor, hágalo.
Tom sospecha de los europeos.
Tom tan solo no sabe qué hacer.
Tom echó agua caliente en la taza.
Ella está separada de sus padres.
Tom y Mary se lo pasaron bien juntos.
Me duele la garganta y tengo un poco de fiebre.
He descubierto que es muy típico de él llegar muy tarde.
Haz que Tom te ayude.
Creo poder hacerlo.
¿A qué hora llegamos a San Francisco?
No dejes que nadie te vea.
Todos nos hemos hecho comunistas.
El autobús paró en todos los pueblos.
Ella se ha estado tiñendo el pelo de negro durante años.
Alguien está dentro de la casa.
Espero con ganas a recibir su carta.
Nunca voy a dejar de intentarlo.
Tom es su líder.
Estuvieron tomando el sol en la playa.
Tom es muy dulce.
Conoces todo.
Él estará aquí hoy.
Sin su ayuda, yo estaría muerto.
Levante sus manos.
Llevo tres horas esperándote.
Mi abuela solo puede comer comida blanda.
Nos gustaría una habitación doble con baño.
¿Tiene que ser hoy?
Ella es muy mala para el tenis.
Estamos intrigados.
Muchos senadores se opusieron.
Por favor, apaga las luces al salir.
Él se enamoró de ella.
¿Podrías por favor repetirme cuándo supuestamente empezaríala reunión?
No sé qué le ha sucedido.
No echo de menos a Tom en absoluto.
Hubo dos asesinatos este mes.
Supongo que nadie lo notará.
La tarifa del bus no ha cambiado en dos años.
No quiero ver a nadie.
¿Puedes ir ahorita al cine?
No cuentes con su ayuda.
Hemos terminado el trabajo concorde con sus instrucciones.
Voy a seguir tu consejo.
Condimenté el pescado con sal y pimienta.
¿Tienes alguna idea de cómo es mi vida?
Quiero ir contigo esta noche.
El francés de Tom va mejorando.
Pronto te acostumbrarás a hablar en público.
Creo que Tom está buscando sus llaves.
Leer libros le hará más inteligente.
Tom todavía no está seguro.
Sigamos leyendo donde nos detuvimos la semana pasada.
¿Son tuyos todos esos libros?
Él suele achacar sus fracasos a la mala suerte.
Casi es hora de empezar.
A mi abrigo se le cayó un botón.
Comieron bombones.
No me involucres.
La lastimosa escena nos conmovió hasta las lágrimas.
Lamento mucho lo que dije.
Mi maletín está lleno de papeles.
Ellos estaban ocupados.
Si no tenés nada que decir, no digas nada.
Él no muestra sus verdaderos sentimientos.
Un camión atropelló al perro.
Ella no es la clase de persona que piensas.
Tom no sabía como responder la pregunta de Mary.
Este año ha crecido tres centímetros.
El juego era muy interesante.
Tom ha estado en el corredor de la muerte durante tres años.
¿Cuánto aguantan los árboles de Navidad?
Yo viví en Tokio hace unos años atrás, pero ahora vivo en Kioto.
Su sueño se ha hecho realidad.
Pensé que Tom estaba en peligro.
¿Has visto nieve alguna vez?
Resultaron gravemente heridos en un accidente automovilístico.
