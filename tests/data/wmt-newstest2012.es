# repair test fixture: the first 400 lines of WMT newstest2012, Spanish side (statmt.org/wmt12), research use; credit the WMT shared tasks
El parlamento no apoyó una enmienda para liberar a Tymoshenko
El Parlamento de Ucrania ha rechazado hoy la propuesta de derogar la enmienda de la sección del Código Penal en la que se condena a la líder de la oposición Yulia Tymoshenko.
La modificación abriría las puertas a la excarcelación de la exprimer ministra, pero los parlamentarios rechazaron la propuesta de reducir las penas por delitos económicos en la segunda lectura.
En octubre, Tymoshenko fue sentenciada a siete años de prisión por la presunta firma de un acuerdo con Rusia desventajoso para Ucrania sobre compra de gas natural.
La sentencia aún no es firme, el tribunal de apelación tiene la obligación de revisarla en diciembre.
Tymoshenko se mostró convencida de que se trataba de una venganza política del régimen, e incluso en Occidente han surgido dudas sobre la imparcialidad del tribunal.
La propuesta de que se retirase el párrafo 365 del Código Penal con el que se condenó a la ex primer ministra fue apoyada por 147 diputados en la votación.
Para su aprobación se requerían 226 votos.
La victoria de Libia
La historia de la liberación libia, o de la rebelión libia, ya tiene sus perdedores.
Muammar el-Gaddafi fue enterrado en un lugar secreto en el desierto y sin él ya no hay guerra.
Queda por definir quién es el vencedor
Como es ya costumbre en la región, los islamistas ganaron las elecciones, pero ahora se trata de dilucidar si se trata de moderados o radicales
El Consejo Nacional de Transición ha hecho entrar en vigor la ley tradicional, la sharía, que ya en cierto modo conocemos.
Libia se convertirá en un país sin delincuencia, porque a los ladrones se les cortará la mano.
Las mujeres ya se pueden ir olvidando de emanciparse y los apóstatas esperando su ejecución y así sucesivamente.
En lugar de por la persona del dictador, la sociedad, compuesta de tribus guerreras, se unirá por el Corán.
En Libia se establecerá un orden que no nos podemos ni imaginar y que ciertamente no podemos.
Sin embargo, nuestra forma de vida no es ni la única ni objetivamente la mejor y, probablemente, no les convenía, en cambio, a los libios ya mencionados.
Lo cierto es que no deja de sorprender que los combatientes islámicos aceptaran agradecidos la ayuda de los perros infieles.
La única justificación fue que, desde su punto de vista, los ataques de la OTAN no los dirigía un general estadounidense, pero grande sea Alá, cuya grandeza celebraron tras cada una de las intervenciones exitosas.
Cuando se buscan vencedores en Libia, Occidente no está entre ellos.
Estamos atrapados en un tiroteo del que se sirven los islamistas y nuestros políticos para deshacerse de un dictador en la persona de un aliado político sin que haya garantías de obtener beneficios.
Tras las recientes malas experiencias de Afganistán e Irak, no ocupamos Libia militarmente.
En este caso, a los locales no les supone un problema expulsar a los "cruzados"
Pero, sin ocupación ¿conseguirán las petroleras hacerse con el oro negro libio solo con buenas palabras?
Es bastante posible que no, pero puede ser que finalmente Occidente pueda presumir de proteger los derechos humanos.
Siempre que los seguidores de la sharía no se nos crucen.
Empieza una nueva era de la crisis
Francia y el resto de Europa van a la caza del buscador de inversores
Un torbellino estadístico se ha extendido por Europa
Los Estados individuales han publicado sus datos del PIB para Q3.
La economía checa en el periodo intercuatrimestral se ha estancado, mientras que Francia y Alemania han crecido.
Sin embargo, el mercado de bonos hoy ha roto récords.
Los inversores ya no se fijan solo en Italia, sino también en España, Francia, Austria y otros.
Los gabinetes estadísticos de la Eurozona, Alemania, Chequia y otros países europeos, ya han publicado sus estimaciones preliminares sobre crecimiento económico en el tercer trimestre.
El PIB de Alemania creció el 0,5% previsto, el de Francia el 0,4%
Ambos países han hecho públicos los datos del segundo cuatrimestre, en Alemania ha mejorado más de lo esperado (crecimiento del 0,3% en vez del previsto 0,1%), aunque en Francia se dio una ligera reducción del 0,1% (los datos originales hablaban de estancamiento).
La economía checa creció interanualmente un 1,5% en el tercer trimestre de este año.
Sin embargo, en el periodo intercuatrimestral, el producto interior bruto (PIB) se ha estancado y según la ČSÚ se conforma la tendencia a la desaceleración gradual en el crecimiento del desarrollo económico.
Los resultados son aún peores que las previsiones de los analistas.
Eventos principales:
Interanualmente, la economía checa creció en el tercer trimestre de este año un 1,5%, pero cuatrimestralmente se ha estancado.
En el tercer trimestre, la economía alemana, según los datos previos y recalculados estacionalmente, creció un 0,5%.
La economía de la Eurozona y también de la Unión Europea, entre julio y setiembre y en comparación con el trimestre anterior, creció un 0,2%, lo que concuerda con las expectativas de los analistas.
La economía griega ha caído interanualmente el 5,2%.
El interés de sus bonos a diez años es del 28,45%.
El interés de los bonos italianos y españoles ha crecido hasta límites críticos.
La situación problemática empieza a afectar también a Austria, Holanda, Francia, Bélgica, etc.
Los intereses de los bonos checos a diez años se mantienen en el 4%, aunque en la zona la situación está empeorando.
En Alemania se alzan voces que dicen que el BCE debería conceder préstamos en última instancia.
Los checos se clasifican para la Eurocopa.
Vencieron 1:0 y celebran la clasificación con una prima 200 millones.
¡El equipo de fútbol cumple con el cometido más difícil de toda la temporada!
En Montenegro, gracias al excelente Čech y al brillante portero Petr Jiráček, se dio la victoria por 1:0.
El equipo checo, junto con una buena dosis de suerte en el segundo tiempo, se defendió fantásticamente de los ataques del equipo local, de modo que no faltará a la cita del campeonato europeo.
IHNED.cz siguió detalladamente el desarrollo del partido en un reportaje minucioso.
No hubo casi emoción en la primera mitad y una buena dosis de suerte en la segunda.
El equipo checo, gracias al derrumbe del equipo local hacia el final, y también al excelente juego de Čech y al heroico Jiráček, venció por 1:0 en Montenegro y celebra su pase al Campeonato de Europa.
A causa de la correctísima defensa checa, los montenegrinos no presionaron hasta la segunda mitad.
Los dos perjudicados del partido fueron Damjanovič y Vučinič, que dejaron pasar dos grandes ocasiones.
Además, gracias al genial Petr Čech, el once checo no faltará a la cita de la Copa de Europa, por lo que a las arcas del fútbol nacional le llegará una gratificación aproximada de 200 millones de coronas.
Ya desde los primeros minutos se dio un buen juego ofensivo.
Ambos equipos se empeñaron tan solo en mantener las líneas y jugaron nada más en torno al centro del campo.
No hubo presión de los jugadores locales en la primera mitad, patadones al otro campo en defensa, justamente lo que la defensa checa supo evitar.
Los estudiantes iraníes están dispuestos a morir por el programa nuclear de su país.
Formaron un escudo humano.
Varios centenares de estudiantes universitarios formaron escudos humanos alrededor de instalaciones nucleares en Irán.
Con su gesto quieren expresar su apoyo al programa nuclear de su país ante un posible ataque israelí.
Los estudiantes se pusieron a orar el martes al mediodía ante las instalaciones y después corearon eslóganes de muerte a EEUU e Israel.
Varios centenares de estudiantes universitarios formaron el martes en la ciudad iraní de Isfahán escudos humanos alrededor del centro tecnológico nuclear en que se trabaja con uranio.
Pretenden demostrar que están dispuestos a defender el programa nuclear de su país con sus propias vidas.
La Agencia Internacional para la Energía Atómica (AIEA), en un reciente informe, constató que Irán, según todos los indicios, se afana por conseguir armas nucleares.
En Israel se habla de un posible ataque a las instalaciones nucleares iraníes.
Los estudiantes se pusieron a orar al mediodía ante las instalaciones nucleares de Isfahán y luego lanzaron eslóganes de muerte contra EE.UU. e Israel.
En caso de ataque, cuyo objetivo sería paralizar el programa nuclear iraní, se alcanzaría, según fuentes israelíes, no solo la central de Isfahán, sino también las instalaciones de Natanz, donde se enriquece uranio.
Menú diario de un niño obeso: no desayuna y cena embutidos
Más de un tercio de los niños con edades comprendidas entre los 9 y 13 años tienen problemas de sobrepeso, donde el sobrepeso afecta al 9% de la población escolar y la obesidad al 5%.
Los niños obesos proceden en su mayoría de familias con un estilo de vida que no es saludable, según se desprende de investigaciones actuales.
Se vuelve a demostrar cuál es la importancia del ambiente donde se crece para un desarrollo sano de la persona, así como los modelos que sirven de referencia.
En la mesa, los niños obsesos se alimentan, por ejemplo, de embutidos al menos con el doble de frecuencia que los niños de familias con peso normal.
Para cenar, más del 19% de los obesos habían cenado patatas fritas el día antes del análisis, el cual está vinculado al programa de prevención "La obesidad no es una casualidad".
En las familias de niños con sobrepeso no existe costumbre de practicar deportes, lo cual es aplicable a la mayoría de las familias actuales, donde solo el 15% de los niños respondió que sus padres, al menos una vez por semana, encuentran tiempo para el ejercicio físico.
Encuesta realizada a 900 niños
La encuesta se realizó a finales del pasado año escolar y participaron en la misma casi 900 niños de Educación Básica de toda Chequia.
Ya era la segunda edición del programa de "La obesidad de no es una casualidad", que apoya la Compañía de Seguro Sanitario General y la empresa Unilever.
Hasta ahora, han participado en el proyecto más de 12 mil niños desde el 4º hasta el 8º curso.
Una dieta adecuada y bastante ejercicio en familia son factores determinantes, que hacen disminuir notablemente el número de niños con sobrepeso e incluso obesidad.
"Solo la mitad de los niños encuestados han respondido que tienen cinco comidas diarias según el régimen: desayuno, almuerzo, comida, merienda y cena, que es una de las condiciones básicas para una dieta saludable", recoge uno de los resultados de la encuesta.
Sin desayuno pero con embutido para cenar
Los especialistas avisan de que, en un desarrollo sano, son importantes, además, los detalles, que también cuentan, como por ejemplo tener una hora fija para el desayuno en familia.
En Chequia, no obstante, solo el 23% de las familias de escolares desayunan a la misma hora.
En la mayoría de las familias, cada uno desayuna solo.
Pero lo peor fue descubrir que en el 10% de los hogares no se desayuna nada.
El desayuno es, sin embargo, la base de una dieta diaria correcta.
El estudio muestra que en las familias de niños obesos se consumen con mucha más frecuencia las insanas patatas fritas.
Casi todos - independientemente del peso - beben a diario refrescos dulces (70%).
Por norma general hacen deporte más del 40% de los niños encuestados, sin embargo, entres sus padres este resultado se reduce a menos de la mitad, solo el 15%.
Fabrícate tu dieta
La siguiente fase del estudio posibilitó que los chavales elegidos (204 chicos y 172 chicas de 13 colegios) se creasen sus propias dietas a partir de todas las ofertas posibles según sus gustos y opiniones.
"Las preferencias alimentarias de los niños checos en edades comprendidas entre los 12 y 15 años, desde el punto de vista de una alimentación sana, están muy alejadas de lo ideal."
Entre sus alimentos favoritos se encuentran la pasta, la carne y los dulces
"Es sobre todo alarmante la popularidad de los refrescos dulces", se avisa en el informe final del estudio.
Como comida principal se lleva la palma la pasta y le sigue de cerca la carne de ave.
Prácticamente, los niños rechazan siempre la legumbre y el gusto por el pescado y la verdura es muy bajo.
Cambio a hábitos saludables
Al mismo tiempo, el estudio muestra que los niños están dispuestos a cambiar sus hábitos alimentarios si reciben la información justa.
"En el grupo de control de los participantes en el estudio, que rellenaron el cuestionario después de acabar el programa de prevención "La obesidad no es una casualidad", se dio en muchos casos un cambio importante a favor de los principios de una alimentación sana", se apunta en los resultados del estudio.
Llama la atención, por ejemplo, lo relativo a los refrescos dulces, donde muchos niños empezarían a preferir el agua normal y corriente.
Los niños también elegirían con más frecuencia en el cuestionario la carne de ave y el pescado para la comida principal y restringirían el consumo de comida dulce y los derivados de harina.
El estilista ha de ser también un buen psicólogo, sostienen los profesionales
En el artículo introductorio, Cómo aprenden los estilistas, ya me quejé un poco de que las lecciones iniciales ya estaban bastante cargadas.
No tenía ni idea de cómo iría aquello.
Conferencias de tres profesionales del ramo, cómo vestir a personajes problemáticos y, además, un seminario sobre cómo funciona en el mundo del espectáculo.
Y será peor.
Cuanto más cerca están los exámenes finales, más información y tareas prácticas nos aguardan
Y aunque el curso se desarrolla cada sábado y domingo, ya no cabe un alfiler.
Estamos vez hemos estudiado con la directora, Alena, (en el curso no hay ningún hombre) sobre cómo vestir a la mujer que no tiene una simetría perfecta.
Y así es la gran mayoría.
Alguien es cuellicorto, alguien tiene una figura estilizada sin las curvas adecuadas y alguien sufre sobrepeso.
El estilista ha de saber suavizar ópticamente unos hombros anchos, alargar un cuello o recrear las curvas necesarias
Nos han dado ciertos trucos sobre cómo hacer destacar el cuerpo de mujeres del tipo de Jennifer López, de pechos y caderas enormes pero cintura estrecha y al mismo tiempo no vestirla de un modo demasiado desafiante
Si, por ejemplo, la diferencia entre la cintura y las caderas es tanta que la falda o los pantalones no se adaptan, vale la pena hacerse coser al menos un trozo de tela extra a medida.
Sin duda no se arrepentirán, porque la ropa que sienta perfectamente es impagable.
Con una falda a medida se sentirá mucho mejor que con una que no para de moverse, levantarse, baila en la cintura, etc.
El cuerpo estilizado se puede permitir vestir ropa con pliegues, adornos, bordados o drapeados.
Hay ciertamente muchos tipos de informaciones diversas y de cuerpos, así que estoy contenta de que dispongo de toda la semana para poner orden en mi cabeza toda esta información.
E incluso así, me temo que con la tarea asignada, ya tengo más que de sobra.
A cada participante en el curso se le han asignado dos famosos, a los que deberá diseñar dos vestuarios: uno para el día y otro para la noche.
Hay que tener en cuenta el aspecto actual, el estilo de moda que se adecue a la persona en cuestión.
Me ha tocado "vestir" a Miranda Kerr, quizás la conozcáis de la campaña de Victoria's Secret.
Grito por dentro, para mí es mucho mejor que, por ejemplo, Britney Spears o Christina Aguilera, que últimamente habrá engordado unos cien kilos (por favor, tengan en cuenta la exageración), o la jovencísima Selena Gómez.
Los vestidos tenemos que recortarlos de las revistas o buscarlos en internet e imprimirlos, para después elaborarlos gráficamente.
El moodboard, que es como se llama al resultado completo, expresa además nuestro estilo personal y nuestra relación con el diseño gráfico.
Es importante también pensar en la parte gráfica del estilismo.
El estilista, por tanto, no viste solo físicamente, sino que también se ocupa, por ejemplo, de las páginas de productos en las revistas (de temas concretos, como tendencias, bolsos, abrigos, etc.).
De todo ello nos habló el estilista y diseñador Mario Kameník.
Pero todo esto ya queda para el domingo.
El estilista ha de tener una visión global.
Los tres invitados especialistas animaron la conferencia del sábado con informaciones sobre todo tipo de cuerpos.
El estilista Honza Pokorný, el diseñador de moda Jakub Polanka y el fotógrafo de moda Ben Renč.
Jakub nos recordó que la moda es una ilusión y el estilista debería saberle sacar partido a esto.
Y un buen estilista sabe trabajar con una misma prenda de vestir de formas diversas.
La variabilidad es, en este caso, fundamental.
Así, la tal gabardina (o como dicen en inglés, trench-coat) se puede vestir a lo clásico con vaqueros y camiseta, pero también sirve para vestir el cuerpo desnudo con zapatos de tacón y fotografiarlo como si fuese en realidad un vestido.
O bien basta arremangarla y subir el cuello para obtener una imagen totalmente distinta.
"Jugad con ello", nos insistió.
Lo que más valoro es el siguiente consejo: "Para empezar a trabajar, hace falta que primero conozcáis todas las reglas".
"Luego ya podéis romperlas", dijo Jakub.
Por fin me queda claro por qué memorizamos todas esas fórmulas, qué se combina con qué, por qué, si luego resulta que en las revistas de moda nos encontramos resultados distintos.
Eso sin hablar de los desfiles.
Gracias al fotógrafo Ben, sé que un estilista tiene que tener más tipos de ropa en la reserva de la que pretende fotografiar.
Así, para una historia de moda que tenga diez páginas (por tanto, diez outfits), hay que tener preparadas, listas para usar, al menos quince.
Y además que las fotos la ropa funciona en combinación con otras prendas, todas ellas diferentes a las que se usan en la realidad.
Todo ello hay que tenerlo en cuenta a la hora de diseñar el outfit.
Honza Pokorný nos aseguró que la imagen y el estilo suponen ellos solos, en muchos casos, la mitad del éxito.
Basta mirar a Madonna, que no es precisamente una cantante extraordinaria, pero la imagen y el márquetin han hecho de ella una estrella mundial.
En Chequia, por el momento, no hay aún una tendencia clara a usar los servicios de los estilistas.
Hasta los personajes famosos también lo encuentran inútil (me bastan mis habilidades, mi aspecto físico no tiene tanta importancia).
Y cuando alguien nos pida nuestros servicios, hay que tener en cuenta que es muy probable que nos indiquen una talla muy distinta a la suya real (menor).
Luego solo queda guglear y averiguar si las revistas del corazón ya han escrito sobre el tema, si una cierta celebridad ha engordado/adelgazado, etc.
El domingo, Honza y Mario nos insistieron en que al estilista no le basta orientarse en la moda, sino que tiene que entender de outfit.
Durante su trabajo, sobre todo se debe comunicar con la gente a la que viste, por lo que es fundamental ser un buen psicólogo.
Sabe valorar a la gente, no se hace de menos, defiende sus opiniones.
"Cuando una directora os contrata para que le clasifiquéis el vestuario y se lo completéis con prendas bonitas, no podéis coger y tirar todo lo que había y decir: "huy qué horror"".
"Encontrad al menos un par de cosas que podáis ponderar y recomendar para que alguien se las pueda poner", dice Mario.
Él mismo también nos mostró que todo debe caber en la llamada "placovka", es decir, la bolsa de trabajo.
Esta se fija alrededor de la cintura y se tienen ahí todas las herramientas necesarias.
Son objetos como tijeras, como tijeras, quitapelusas, o imperdibles. Hay también hilo de nailon (que le sirve al estilista durante la sesión de fotos de productos tales que bolsos o gorros), pinzas especiales de enganche de prendas por delante, si esta fuera mayor (los alfileres y otro tipo de enganches no están permitidos, pues podrían dañar el tejido), o un juego de costura.
Para no quedarnos en la escucha pasiva y poner algo en práctica, hemos aprendido a revestir la suela de los zapatos.
Incluso durante las sesiones de fotos en el estudio, en una superficie plana, se podía dañar la suela y mucho más aún el exterior.
Y no hicimos más que revestir y revestir.
No podíamos tocar los zapatos con las tijeras para no dañarlos por accidente.
Así que había que ser muy hábil.
Mario me ha dado una alegría al elogiar mi trabajo sin reservas.
La verdad es que no se me dan muy bien esas habilidades.
Esto es solo una pequeña parte de todo los que hemos escuchado durante todo el fin de semana, en la segunda parte del curso.
Ya me he dado cuenta que dedicarme al estilismo a nivel profesional no es un camino de rosa, pero me da exactamente igual lo que diga la gente.
En Need for Speed: The Run se compite por toda América.
Reseña
Un viaje, en principio despreocupado, se complica a causa de una serie de descuidos impropios de un viaje rutinario durante el turno de mañana.
En cierta medida se consiguió cubrir las expectativas, pero ello no sirve de nada, si, en realidad, no se pretendía hacer nada extraordinario.
La nueva entrega, a la que al título se añade The Run, despertó grandes expectativas ya antes de su estreno.
Prometía que daría nuevos aires a la antigua saga de carreras Need for Speed y, a raíz de lo mostrado, aparece como un juego que no debería acabar siendo otra vez un género de acción sin más.
También nos sentimos curiosos por saber cómo quedarían las escenas insertadas, donde el personaje principal desciende del coche y camina por su propio pie.
Como suele suceder en las series de NFS, los resultados no varían gran cosa respecto a lo que nos esperábamos.
Hay carreras que se pueden dar por aceptables, pero en el cómputo total se pierden puntos a causa de fallos absurdos, que ya vienen apareciendo en la serie desde hace años.
En realidad no se pueden ni denominar errores, sino que se trata más bien de la desgana incomprensible de los programadores.
La aventura empieza muy bien.
Se os introduce en una historia, cuyo protagonista, Jack, tiene ciertos problemas personales; para resolverlos, se le ofrece participar en una carrera ilegal por toda América.
Os sentáis al volante en la costa oeste, en San Francisco, y vuestra misión es llegar los primeros a Nueva York.
La idea es ofrecer algo interesante.
La ruta se divide en diez etapas y, luego, en más de cincuenta carreras.
De ello se deduce que cada carrera tiene lugar por una ruta distinta y las etapas están localizadas en distintos entornos, que resultan bastante diversos e interesantes.
De ese modo, uno no tiene ni remotamente la sensación de que el juego ofrezca siempre lo mismo.
Algunos de los entornos resultan incluso agradables a la vista, aunque el nivel técnico del gráfico es equivalente al de entregas anteriores de la serie.
Por tanto, no es nada del otro mundo.
Pero el paseo por el desierto, el paisaje otoñal o las altas montañas cubiertas de nieve producen un efecto visual muy agradable.
Además, las carreras se diversifican de vez en cuando por un elemento atípico.
Así, por ejemplo, en el desierto os encontráis una tormenta de arena que disminuye la visibilidad.
En cambio, en las montañas hay que tener cuidado para que no os sepulte una avalancha.
Según eso, cada una de las carreras está muy bien desarrollada.
Solo hay un par de modelos, pero con eso basta.
Durante un momento, intentáis adelantar a una cantidad de rivales exigida (lo normal en una carrera clásica), después tratáis de ganar tiempo (duelo clásico cronometrado) y luego os espera un duelo contra un solo adversario.
En medio de todo esto aparece a veces la policía, que no hace sino dificultar aún más las cosas.
La novedad son los paisajes fuera del coche.
Se presentan animaciones interactivas cuando Jack, en la mayoría de los casos, ha de escapar de alguien y vosotros tenéis que ayudarlo, siempre pulsando el botón justo en el momento justo.
Nada complicado.
Resulta sorprendente, sin embargo, que haya bastantes menos paisajes en el juego de lo que cabría esperar (en concreto hay solo tres).
Pero el resultado final es positivo, porque este elemento no llega a ser molesto y, en el contexto ya mencionado, es uno de los elementos que hacen que el juego resulte más interesante.
El modelo de conducción sigue las huellas de los episodios anteriores.
Eso quiere decir que a día de hoy ya no sea gran cosa, pero no se puede afirmar que sea malo.
Si buscáis una simulación realista, ya podéis buscar en otra parte.
Pero a una carrera concebida con bastante acción le conviene bastante este estilo de conducción, aunque podremos encontrar algo mejor entre los juegos de la competencia.
Hasta aquí, todo en orden.
Pero los problemas surgen después de un cierto tiempo.
A diferencia de lo correcto de los modelos de conducción, ya no ocurre lo mismo con las colisiones.
De juegos de este tipo no cabe esperar que recree deformaciones y colisiones complicadas, pero de hecho antes de un golpe contra cualquier objeto, no podéis predecir cómo reaccionará vuestro auto, con lo cual no todo está en orden.
Es típico que, al hacer un adelantamiento muy ajustado o circular el auto con un tráfico normal, tan solo haya ligeros roces, pero en otras situaciones casi idénticas, vuestro auto acaba haciendo piruetas descontroladas.
O incluso acaba totalmente destruido.
Gracias al sistema de reseteo, no surgen grandes problemas, pero puede poneros de mal humor.
Los reseteos están programados de tal forma que, cuando sufres un accidente o te sales de la pista, el juego te restituye al último punto de rescate en la pista.
Sin embargo, en cada carrera solo se dispone de cinco reseteos disponibles.
Si las consumís todas, tenéis que reiniciar la carrera desde el principio.
Así pues no es más que una ayuda en caso de que algo no vaya bien, pero no es muy de fiar.
A veces, ni el reseteo ayuda, solo ayuda el aprenderse la etapa dada de memoria.
Una gran desventaja del juego es que los mismos hechos se repiten en distintos lugares.
En algunas curvas, por ejemplo, hay que entrar de un modo específico; de otro modo, son imposibles de tomar.
Otras veces os encontráis en algún sitio vehículos "civiles" siempre con la misma configuración, aunque estéis los primeros, quintos o lleguéis cinco minutos antes o después.
Esto hace de rabiar sobre todo en situaciones, cuando veis que dos autos que van al encuentro en direcciones opuestas, tu contrincante adelanta sin problemas, pero cuando llegáis, debéis girar o bien frenar.
Es igual cuándo lleguéis, porque está programado por que la "sorpresa" siempre sucederá delante de vuestras narices.
Los adversarios tienen además una ventaja más.
Durante toda la partida llegaréis a sitios donde, sin tener en cuenta el momento, siempre os adelantará el mismo adversario en el mismo sitio.
Además esto ocurre al final de la partida, en un largo puente, lo cual resulta aún más chocante.
Vuestro oponente debe llegar antes que vosotros, al precio que sea.
Cuando va delante de vosotros, os dificulta la visión de los autos que vienen de frente, así que al principio podéis hacer papilla el coche.
Se puede entender la idea de crear un juego con máximas dosis de suspense y adrenalina, pero la ejecución es tan aparente que seguramente os decepcione enseguida.
Y es una pena, porque aunque el modelo del viaje sea simple, el juego es divertido y con acción, de modo que a menudo no es posible seguir al detalle lo que sucede ni dónde.
Y realmente da igual, si el mérito se lleva la idea con cincuenta pistas exclusivas o la clasificación en la carrera para que no quepa el aburrimiento, o cualquier otra cosa.
Una idea inhabitual es el cambio de autos durante las carreras.
Tenéis que estar atentos a los surtidores de gasolina al lado de la carretera, porque justamente ahí tenéis que cambiar de auto, aunque en la gran mayoría de los casos os bastará lo que tenéis.
Los autos se dividen en tres categorías.
Los deportivos son adecuados para zonas urbanas, los autos fuertes americanos para las autopistas rectas y los exóticos superdeportivos para una conducción técnica, por ejemplo, por carreteras de montaña con curvas.
Además hilo narrativo principal también aparece un hilo de desafíos paralelo, es decir, hay carreras en lugares concretos que conoceréis por las historias.
Aquí conseguiréis no solo medallas, sino también puntos de experiencia para vuestro perfil, que sirve tanto para los desafíos como los cuentos.
Al alcanzar el nivel superior, el conductor se le abren varias posibilidades, empezando por el auto y acabando con fondos para el perfil.
Al mismo tiempo, hay conectada una función Autolog en línea, que compara vuestros resultados con los de otros jugadores y disponibiliza otras funciones comunitarias.
Uno de los elementos más difíciles de entender es cómo está hecha la última carrera en la historia.
Con el coche llegáis hasta el túnel del metro (pase), donde os ponéis a correr a oscuras por las vías (pase).
El velocímetro os marca entre 150 y 200 km/h (pase) y, de repente, por detrás os llega el convoy del metro y se os lleva por delante sin más.
En la redacción seguramente tendremos una discusión sobre esto durante varios días, sobre si durante la programación del juego ninguno pensó siquiera un poco o si los autores de verdad nos toman por una panda de bobos.
La parte técnica del juego no es nada extraordinario, pero al menos los efectos visuales generales resultan en la mayoría de los casos agradables, a veces hasta soberbios.
Pues qué pena que, en los momentos más tensos se reduce la calidad de imagen y, en ocasiones, de un modo grave.
Esto afecta sobre todo a los accidentes donde hay involucrados muchos participantes, cuando la calidad de imagen continua ya no es válida.
El audio está bien y la banda sonora es una cuestión de gustos.
A fin de que sea del agrado a la mayor parte del grupo juvenil, la banda sonora pertenece a la categoría "cada uno de su padre y de su madre", pero se puede suponer que nadie compraría el juego solo por su música.
La sensación final de Need for Speed: The Run es pues bastante confusa.
Si el juego evitase errores absolutamente tontos, nos tendríamos problemas en afirmar que The Run es el mejor juego de NFS de los últimos años.
Da la sensación de que el juego no esté concluido.
La diversión está asegurada, pero preparaos porque los errores os golpearán en los ojos con la fuerza de unos reflectores de aeropuerto.
Los coros de la Universidad Carolina participarán en el concierto "Estudiantes de Terciopelo".
La celebración conjunta del Día Internacional de los Estudiantes y el aniversario de la Revolución de Terciopelo como experiencia musical tendrá lugar por tercera vez en el festival Festa Academica.
Durante el mismo, se presentarán veinte corales de centros de secundaria y universitarios.
El festival gira en torno a dos conciertos el 17 de noviembre.
"La Universidad Carolina tiene una alta participación en el festival".
Entre los coros actuales están la coral de la Facultad de Pedagogía y la Facultad de Humanidades, en el comité del festival se encuentra el rector Václav Hampl", afirmó el responsable de la organización, Jakub Čaloun.
La cumbre de todo el festival es la entrada gratuita para todos los públicos al concierto de los coros de secundaria, que se celebrará el 17 de marzo a las 14 horas delante de la Libraría Técnica Nacional en Dejvice.
El programa cuenta con la participación del jazzista checo Karel Růžička y su Celebration Jazz Mass.
Por la noche se celebrará en los lugares de celebración de la Casa Municipal en Vynohrady el concierto "Estudiantes de Terciopelo", en que participarán corales universitarias, incluido el coro de la Uninversidad Carolina.
La Festa Academica tiene como finalidad no solo celebrar dignamente el Día Internacional de los Estudiantes y recordar el 22º aniversario de la Revolución de Terciopelo, sino también presentar al público la música coral al más alto nivel y favorecer la creación colaborativa entre jóvenes.
El organizador principal es la Unión Checa de Corales en colaboración con el Instituto de Secundaria Jan Kepler.
Todos los actos contaron con el apoyo del alcalde de Praga, Bohuslav Svoboda, y del rector de la Universidad Carolina, Václav Hampl.
El Festival transcurrirá entre el 16 y el 20 de noviembre entre Praga y Pardubice.
El calendario ofrece, además de los conciertos celebrativos, toda una serie de eventos musicales, espectáculos improvisados de estudiantes y conciertos matinales.
Los interesados podrán encontrar más información en la página del festival www.festaacademica.cz
La embajadora ante la UE, Vicenová:
Los checos tienen una reputación de negativistas y euroescépticos.
"El tratado de Lisboa ha afectado significativamente al equilibrio entre las instituciones individuales"
"No me esperaba que se montase una guerra sin cuartel".
"Durará cinco, seis años, antes de que la situación se estabilice un poco, se calme y los nuevos jugadores se acostumbren a sus nuevos papeles", así empezó con convicción su conferencia en la Facultad de Derecho la embajadora checa ante la UE, Milena Vicenová.
Cómo no tomarse en serio su lema "clara y abiertamente sobre Europa", que dijo ya en la primera parte de su conferencia, cuando consiguió describir cada órgano de la UE y sus relaciones con tal precisión y claridad, pues sería la envidia de muchos conferenciantes de la Facultad de Derecho de la U. Carolina.
Vicenová también ponderó el trabajo de del nuevo presidente permanente del Consejo Europeo, Herman van Rompuy:
"Lo primero surgen las críticas, que si es insulso, un funcionario gris, capaz de asumir cualquier rol, pero he de decir que dejó a todos desconcertados, porque asume sus roles a la perfección".
"Es un hombre que sabe escuchar a los miembros de los veintisiete estados, comunicarse con ellos y que tiene una visión clarísima de hacia dónde debe ir la UE".
El nuevo puesto de representante de la Política Exterior y Seguridad se explica a partir de la pregunta: "¿Quién es esta UE? ¿A qué número puedo llamarla?". Se trata pues de un paso importante hacia la unificación y la clarificación de de la unión política de cara a Estados como China o India.
Nadie quiere prohibirnos el queso de Olomouc
Vicenová se ha ocupado también de la agenda seguía, sigue y seguirá el Consejo Europeo en el futuro próximo.
La presidencia checa de hace dos años fue un éxito.
Los checos se ocuparon de la crisis económica emergente, resolvieron la crisis del gas y organizaron una cumbre para la Asociación Oriental.
La caída del gobierno en aquel momento se identificó como un aspecto muy negativo, que afectó seriamente a Chequia.
La representación checa en la UE tiene por el momento muchos compromisos.
En palabras de la embajadora: "un buen alboroto", no solo la presidencia, sino también la crisis financiera, que se está tratando ahora.
Por otro lado, hay que aprobar el presupuesto para siete años de la UE, causado por la actual situación económica, mucho más complicada.
Si el presupuesto es más simple y efectivo, ¿qué sectores tendrán prioridad, qué países recibirán mayor apoyo y cuáles menos? Eso es algo que estará presente en la agenda de la próxima reunión.
La embajadora recordó también sus lemas principales, con los que llegó a Europa: "Acerca de Europa con claridad".
"Lo cierto es que no me gustan las abreviaciones feas, los extranjerismos o las jergas que la gente no entiende".
"¿Cómo puede un ciudadano entender que en Bruselas no se inventan de verdad los pepinos los pepinos curvos o redondos, plátanos de diversos tamaños o que nadie nos va a prohibir el queso de Olomouc?".
También pretende sacar más provecho del ambiente de la UE y acercar a más ciudadanos checos a las instituciones europeas.
Nos espera la Europa de las velocidades
Según la embajadora, los checos tienen fama de euroescépticos y la gente percibe más bien los aspectos negativos que los positivos.
Además, lamentó la baja participación de los checos en las instituciones europeas.
La culpa es de multitud de factores, como la modestia de nuestros candidatos, su incapacidad para escribir mensajes de motivación, pero también el poco apoyo de los checos.
Además del éxito de la presidencia checa, puso de relieve la fuerza y la colaboración del Grupo de Visegrad.
"Créanme que cuando acuden a mí un polaco y un húngaro y se me acerca un eslovaco, un francés a mi lado me dice: "¿Qué, ya habéis quedado, los del Grupo de Visegrad?", y se ve que no le hace ninguna gracia".
En el futuro, a la UE, según Vicenová, le aguardan nuevas normativas durísimas de política presupuestaria para los Estados miembros.
Se percibe como algo muy real del concepto de las dos velocidades, si no son más, en Europa, más que el nuevo de "la Federación Europea".
"Tenemos países en la Eurozona y países fuera de la Eurozona".
"Tenemos el espacio Schengen y tenemos además el procedimiento de cooperación reforzada".
"Se dijo por primera vez que solo cooperen los países que quieran y los que no, que se queden fuera".
"Estos procedimientos serán cada vez más y reforzarán la Europa de las dos velocidades", se espera Vicenová.
En este sentido, también destacó el papel de Chequia y de Herman van Rompuy en la aplicación del principio, según el cual todos los temas que afectan a la totalidad de la UE se deben debatir entre los estados miembros, no solo entre los miembros de la Eurozona.
Brand story:
La innovadora IBM inicia su segundo siglo de existencia
Si alguien buscase un término que definiese con gran precisión la estrategia de IBM, la más aproximada sería "largo plazo".
Para el público general, IBM es el símbolo de una revolución tecnológica, una empresa que se percibe como actual y, sin embargo, ya han transcurrido cien años desde su fundación.
La base de este carácter largoplacista la puso el primer jefe de la firma, el visionario Thomas J. Watson Sr.
Ya él acuñó el lema de que muchos problemas del mundo tienen solución si la gente está dispuesta a pensar.
Su lema "Think!" se convirtió en su sello, en torno al cual se irá construyendo la vida del futuro gigante (fue también el título de una revista interna que IBM empezó a publicar en 1935).
Watson fue además la base de una cultura de empresa cuidadosamente levantada.
"Para nosotros, IBM implica un pensamiento a largo plazo, un movimiento continuo en dirección al futuro.
IBM ha sobrevivido y prosperado durante cien años por esa razón, porque se mantuvo fiel a sus principios básicos, pero sin temer a los cambios alrededor.
Eso nos ha permitido, durante nuestro primer siglo, transformar la tecnología, el negocio y la sociedad.
Esperamos prosperar aún más en nuestro segundo siglo", afirmó durante su aniversario, el actual director de la empresa Samuel J. Palmisano.
Un sistema sofisticado
Watson, ya en los años 30, se preocupó del cuidado de sus empleados como el empresario de Baťa en Chequia (los empleados de IBM fueron de los primeros operarios estadounidenses que gozaron de vacaciones pagadas, seguro, uniformes elegantes y un sofisticado sistema de remuneración que premiaba a los mejores inventores y vendedores.
La misma sofisticación a largo plazo la mantiene IBM en la relación con el cliente.
Ya desde el principio la empresa supo descubrir talentos (al ser una de las primeras empresas mundiales en acabar con cualquier tipo de discriminación, podía elegir sin problemas).
En la línea de la estrategia antidiscriminación está el plan actual de IBM, por el que a Palmisano lo sustituirá el año que viene una mujer: Virginia Rometty.
Ella ya lleva trabajando treinta años en IBM, donde ha sido jefe de ventas, márquetin y estrategias.
Durante los últimos años IBM ha participado de los llamados encuentros virtuales, lluvia de ideas en línea, de la que surgen infinidad de futuras estrategias e innovaciones.
No es de sorprender que sobren ideas, pues en la firma trabajan casi medio millón de personas.
Una institución con buena reputación
La posición fija en el negocio proporciona a la compañía una imagen interna y externa fuerte.
"Desde el principio, IBM mantuvo un concepto de institución más que de empresa tecnológica", afirma la economista profesora de la Harvard Business School y autora del libro sobre IBM Rosabeth Moss Kanter.
"IBM no es una empresa tecnológica, sino una empresa que intenta resolver problemas de negocios para usuarios de la tecnología", puntualiza George Colony de la consultora Forrester Research.
Como la propia empresa dice existe una diferencia entre entrar en el negocio y crear directamente un negocio.
IBM - o la "Gran Verde" - como se la conoce en los EE.UU. familiarmente a causa de su logo, se ha convertido en los últimos cien años en una de los mayores empresas del mundo.
Es posiblemente la empresa tecnológica más versátil (desarrolla tanto equipos como programas, infraestructuras y servicios alojamiento web dentro de una amplia gama de servicios, que van desde servidores hasta nanotecnología).
Ostenta el mayor número de patentes de todas las empresas tecnológicas norteamericanas y cinco de sus empleados han recibido el premio Nobel.
Entre sus inventos se encuentran el cajero automático, las tarjetas de pago, las permutas financieras, los códigos de barras y los disquetes.
IBM facturará este año 220 mil millones de dólares. Este año se ha convertido en la segunda firma tecnológica por capitalización de mercado (la primera es Apple), cuando superó por primera vez en 1996 a Microsoft.
Mirando al futuro
No todos los productos e innovaciones acaban de satisfacer el gusto de los clientes y el momento (IBM no apostó por su propio sistema operativo, OS/2, servicios en línea Prodigy u ordenadores IBM PCjr).
"Si su negocio se basa en avanzar, no puede anclarse emocionalmente en el pasado", reconocía Samuel J. Palmisano.
Por eso, IBM no tiene problemas en construir sus bases en otras plataformas (e igualmente, si no funcionan, las abandona).
Y ello la diferencia de la competencia, Microsoft, que básicamente se mantiene y cae siempre exclusivamente con Windows.
Tecnología de futuro
En cuestión de ventas, IBM se dedica sobre todo a servicios, de los que aproximadamente una quinta parte son de programas y otra quinta de equipos.
Con todo, aún en 1990 los equipos representaban más de la mitad de la cuota de los proveedores.
A partir del año 2000, IBM ha vendido activos de bajo rendimiento por un valor total de 15 mil millones de dólares. Durante en el mismo periodo, ha invertido 58 mil millones de dólares en la compra de tecnología de futuro.
Las inversiones han seguido desde 2008, cuando por primera vez se manifestó la moderna crisis financiera mundial.
IBM actúa según las premisas de su primer jefe, Thomas J. Watson, quien durante la gran crisis económica del 29 aumentó las inversiones.
Parece que hasta ahora la empresa IBM ha sabido capear la crisis.
El valor de las acciones de IBM desde el inicio del año 2008 ha crecido estratosféricamente hasta un 120%, el beneficio neto de la empresa no ha dejado de aumentar.
La divisa de IBM es cambiarlo todo, salvo su valor.
Se puede, pues, esperar que cuando venga la siguiente crisis, este gigante flexible aguantará.
Historia de IBM: desde la cortadora de quesos hasta los vuelos espaciales
La empresa IBM (International Business Machines) se fundó en Nueva York hace cien años, siendo su nombre original Computing Tabulating Recording Corporation.
El nombre IBM se adopta ya en el año 1924 - originalmente se trataba de una marca utilizada en las sucursales de Canadá y América del Sur.
La base que dio lugar al nacimiento de IBM surge de la fusión de cuatro empresas que se remontan a la década de 1880.
Poseía inventos como el famoso "reloj de fichar", que permite controlar la entrada y salida de los empleados.
El arquitecto de la nueva empresa fue el hombre de negocios Charles Ranlett Flint, quien hasta 1930 también presidió su consejo supervisor.
Flint fichó al jefe de una empresa de la competencia, Thomas J. Watson, para que lo ayudase con la gestión de la empresa.
El nuevo líder eclipsó al fundador de IBM (las ideas de Watson siguen siendo la base firme sobre la que se sustentan la cultura e identidad corporativas).
Watson dirigió la empresa hasta el año 1952.
IBM, tal como indica su nombre, empezó con la producción y venta de todo tipo de aparatos para negocios, desde cortadores de carne y queso hasta cajas registradoras.
Durante los cuatro primeros años que Watson dirigió la empresa, la facturación se duplicó en 9 millones de dólares y empezó la gran expansión de la empresa por los continentes.
Watson fue tan crucial para la empresa que, casi tras cuarenta años ocupando la silla del jefe, fue sustituido por su hijo, Thomas Watson Junior.
Bajo su dirección, IBM empezó a trabajar en el desarrollo de la inteligencia artificial y desarrolló el primer lenguaje de programación.
En los años 60 el personal y los ordenadores de IBM ayudaron a la NASA a guiar los vuelos al espacio (a Mercurio, Saturno y en 1969 el famoso vuelo a la Luna).
Mientras tanto, en 1964 IBM desarrolló la primera generación de ordenadores, la serie IBM System/360.
Los clásicos "pecés", que instauraron el estándar de ordenadores de aquel tiempo, llegaron al mercado con el nombre de IBM 5150 en 1981.
Veinte años después, IBM vendió su producción de ordenadores a la empresa china Lenovo, la cual, por su parte, adquirió la parte de consultoría de la empresa Pricewaterhouse Coopers y empezó a ofrecer un completo asesoramiento y servicios de alto valor añadido.
La estrategia que ha pagado IBM estos tres últimos años es el concepto Smarter Planet, es decir, "un planeta más inteligente".
Su objetivo es hacer un uso más racional de la tecnología, aunque todavía no se han planificado las áreas ni se ha mejorado las circunstancias, por ejemplo, en lo relativo al transporte y la administración de ciudades.
Para el sector del comercio, IBM presentó no hace mucho la plataforma "Smart Commerce" que permite a los minoristas gestionar el ciclo comercial completo.
IBM tiene una larga historia en este país.
Ya en 1932 abrió una sucursal en la Checoslovaquia de entonces, el primer país que la tuvo en la Europa Central y Oriental.
Hoy aquí, la IBM ČR opera además el centro estratégico de externalización en Brno.
La sede para Europa Central y Oriental tiene está en Praga. También aquí hay un equipo de investigación de fama mundial que trabaja con el reconocimiento de voz.
Rychtářová acerca de su marido infiel:
¡Iveta, quédate a ese burro, que ya no lo quiero!
Darina Rychtářová (53) dijo ¡se acabó!
Después de que su marido Josef Rychtář (53) se hubiese convertido en el único protector de Iveta Bartošová (45), pero también su amante, Darina seguía teniendo la esperanza de que Josef se despertara de su sueño rosa y volvería a casa.
Sin embargo ya no va a esperar y ha establecido reglas claras para la vida en el futuro.
"Pepe puede volver a casa, pero ya no como mi pareja", explicó Rychtářová.
Cuando Darina Rychtářová acogió durante el verano a Bartošové en su casa, no podía ni imaginarse cómo acabaría su matrimonio.
A pesar de la petición, Iveta no se había movido treinta días después de Říčany y Pepe no abandonó a la cantante.
Hasta declaró públicamente que la amaba.
Con el tiempo, Darina se resignó, aparentemente aceptó la relación de su marido e incluso se despidió de él para siempre.
A Rychytář no le importa con quién se acuesta su mujer.
Si un día Rychtář rompiera con Bartošová, su mujer no lo esperaría en casa con los brazos abiertos.
Es el padre biológico de mis hijos y, si quiere vivir el resto de su vida en nuestra casa, nadie lo echará".
"Pero aquí viviría no ya como mi querido y viejo borrico que se equivocó, sino como un hombre al que me unen ciertos lazos", dijo Rychtářová y agregó que ya se había desenganchado de su marido e insistía solamente en el respeto mutuo.
A Josef hasta ahora no le importa que se mujer le haya cerrado la puerta de atrás.
"Acepto la decisión de mi mujer".
"Estaré con Iveta y no hay cambio posible".
"Mi mujer estableció esto como un matrimonio sobre el papel y yo lo respeto".
"La empresa sigue en vigor, hago los arreglos de casa, cuido el jardín, el hogar, hago las compras".
"Darina y yo nos hablamos con normalidad, lo único es que no compartimos cama, dijo Rychtář.
