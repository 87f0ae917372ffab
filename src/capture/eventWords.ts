/**
 * Words that name the same kind of event, so that "the day after the sinking" finds "she sank",
 * "a week before his appearance" finds "he gave evidence" and "al día siguiente de la votación"
 * finds "fue reelegido": irregular forms of a verb, and the nouns a story uses for one act. Each
 * line is one group; a word of any group counts as the group's first word when anchors are matched.
 */
const GROUPS = `
sink sank sunk sinking
buy bought purchase purchased acquisition acquired compra compró adquisición adquirió
sell sold sale venta vendió
leave left departure departed resign resigned resignation quit quitting exit renuncia renunció dimisión dimitió salida
meet met meeting reunión reunió
hold held
win won victory
lose lost defeat
break broke broken
steal stole stolen theft robbery robbed robo
shoot shot shooting tiroteo
begin began begun
pay paid payment pago pagó
send sent
find found discovery discovered hallazgo halló
strike struck walkout huelga
seize seized seizure raid raided search searched registro registraron cateo catearon allanamiento allanaron
vote voted voting ballot poll polls election elected votación votó elección elecciones elegido comicios
testify testified testimony appearance appeared evidence comparecencia compareció declaró
hearing trial juicio audiencia
arrest arrested detention detained detención detenciones detenido detenidos detuvo detuvieron arrestado
complaint complained complain grievance queja denuncia denunció
fire blaze burn burned burnt incendio quemó ardió incendiaron
funeral burial buried bury interred entierro sepelio enterrado enterraron sepultado sepultaron
die died death killed muerte murió falleció
crash collision collided choque
explosion exploded blast explosión
spill spilled spilt leak leaked escape escaped derrame fuga
verdict ruling ruled judgment sentencia fallo
dismiss dismissed dismissal fired sacked sacking despido destitución destituyó
close closed closure shut cierre clausura cerró
announce announced announcement anuncio anunció
protest protested demonstration marcha protesta manifestación
attack attacked assault ataque atentado
flood flooded flooding inundación
`;

/** Each group's words and their stems ("raids", "searches"), to the group's first word. */
export function eventWordGroups(stem: (word: string) => string): Map<string, string> {
  const groups = new Map<string, string>();
  for (const line of GROUPS.trim().split('\n')) {
    const words = line.trim().split(/\s+/);
    const head = `=${words[0] as string}`;
    for (const word of words) {
      if (!groups.has(word)) groups.set(word, head);
      if (!groups.has(stem(word))) groups.set(stem(word), head);
    }
  }
  return groups;
}
