/**
 * What kind of actor a name is, from the words in it: "Department", "Ministerio", "Court" name
 * government bodies; "Ltd", "S.L.", "Logistics" companies; other institutional words
 * organisations. `null` when the words do not say.
 */
export type ActorKind = 'person' | 'organization' | 'government-body' | 'company' | 'country' | 'group';

const GOVERNMENT =
  /(?:^|\s)(?:Department|Ministry|Secretariat|Secretary\s+of|Agency|Council|Court|Courts|Police|Government|Embassy|Office|Commission|Parliament|Congress|Senate|Assembly|Authority|Inspectorate|Regulator|Treasury|Army|Navy|Guard|Prosecutor|Attorney|Legislature|Municipality|County|Ayuntamiento|Secretaría|Ministerio|Fiscalía|Tribunal|Audiencia|Guardia|Comisión|Cámara|Congreso|Auditoría|Procuraduría|Juzgado|Gobierno|Policía|Ejército|Marina|Unidad|Dirección|Senado|Agencia|Consejería|Diputación|Generalitat|Junta|Alcaldía|Presidencia|Órgano|Organismo|Bureau|Squad|Brigade|Administration|Directorate|Executive|Ombudsman|Cabinet|Commons|Lords|Representatives|Bundestag|Knesset|Cortes)(?=\s|$)/u;
const COMPANY =
  /(?:^|\s)(?:Inc\.?|Ltd\.?|LLC|LLP|Corp\.?|Corporation|Co\.|Company|Group|Holdings|Partners|Logistics|Dredging|Vehicles|Motors|Airlines|Bank|Energy|Technologies|Systems|Industries|Construction|Consulting|Foods|Pharma|Pharmaceuticals|Media|Insurance|Capital|Investments|Properties|Telecom|Mining|Shipping|Airways|Railways|Utilities|Software|Labs|Brewery|Developments|Restructuring|Ventures|Limited|Brokers|Marine|Mutual|Resources|Therapeutics|Biosciences|Homes|Builders|Enterprises|Associates|Advisers|Advisors|Solutions|Trading|Securities|Studios|Productions|Chemicals|Petroleum|Steel|Electronics|Communications|S\.L\.?|S\.A\.?|SA|SL|Construcciones|Industrias|Grupo|Compañía|Empresa|Aguas|Servicios|Transportes|Farmacéutica|Minera|Inmobiliaria|Constructora|Aerolíneas|Banco|Seguros|Editorial|Alimentos|Desarrollos|Inversiones|Comercializadora|Distribuidora|Soluciones|Tecnologías|Recursos)(?=\s|$)/u;
const ORGANIZATION =
  /(?:^|\s)(?:Association|Trust|Foundation|Institute|Center|Centre|Hospital|School|University|College|Club|Party|Union|Federation|League|Board|Committee|Society|Network|Coalition|Alliance|Organization|Organisation|Rovers|United|Athletic|City|FC|Town|Wanderers|Albion|Rangers|Service|Services|Lifeboat|Journal|Letters|Gazette|Herald|Times|Review|Courier|Tribune|Post|Chronicle|Ledger|Weekly|News|Watch|Museum|Library|Church|Atlético|Deportivo|Racing|Sporting|Unión|Asociación|Fundación|Instituto|Hospital|Universidad|Partido|Sindicato|Federación|Colectivo|Club|Consejo|Comité|Centro|Organización|Colegio|Movimiento|Frente|Observatorio|Coordinadora|Confederación|Cooperativa|Patronato|Academia|Academy|Clinic|Clinics|Clínica|Laboratory|Laboratorio)(?=\s|$)/u;

/** Words that name places and things, not actors ("the Felipe Ángeles Airport", "Linden Street"). */
const PLACE =
  /(?:^|\s)(?:Airport|Refinery|Port|Station|Stadium|Arena|Hotel|Bridge|River|Lake|Bay|Street|Road|Avenue|Square|Park|Tower|Plant|Mine|Island|Mountain|Mountains|Range|Glacier|Forest|Sea|Ocean|Canal|Harbour|Harbor|Estuary|Hospice|Cemetery|Valley|Building|Hall|Highway|Route|Motorway|Freeway|Expressway|Aeropuerto|Ruta|Carretera|Autopista|Troncal|Refinería|Puerto|Estación|Estadio|Hotel|Puente|Río|Lago|Bahía|Calle|Avenida|Plaza|Parque|Torre|Planta|Mina|Isla)(?=\s|$)/u;

export function isPlaceName(name: string): boolean {
  return PLACE.test(name);
}

/**
 * A name opening or ending with a noun of a place that is no one's first name or surname: "Colonia Las Tunitas",
 * "Sierra de Ameyalco", "San Jerónimo Tlacuilco", "Mount Keira", "Puerto Santo Tomás de Castilla", "Kestle Quay",
 * "Aire Point", "Chaihuín Bajo", "Lady Young Road", "Lac Rouge", "Vantage Hills".
 */
const PLACE_OPENING =
  /^(?:Colonia|Sierra|Monte|Cerro|Paso|Barrio|Valle|Loma|Lomas|Laguna|Cañada|Quebrada|Villa|San|Santa|Santo|Mount|Fort|Puerto|Port|Cape|Isla|Río|Calle|Avenida|Bahía|Lac|Lake|Lago)\s/u;
const PLACE_ENDING =
  /\s(?:Quay|Isles|Point|Heights|Springs|Creek|Baths|Bajo|Alto|Arriba|Road|Avenue|Boulevard|Lane|Drive|Street|Highway|Hills|Valley|Beach|Harbour|Harbor)$/u;

/** Whether the words a name opens or ends with make it a place's, however a tagger reads the rest. */
export function namesPlace(name: string): boolean {
  return PLACE_OPENING.test(name) || PLACE_ENDING.test(name);
}

export function kindOfName(name: string): ActorKind | null {
  if (/^(?:US|UK|USA|EU|UN|AM|PM|TV|CEO|ID|OK)$/.test(name)) return null;
  if (GOVERNMENT.test(name)) return 'government-body';
  if (COMPANY.test(name)) return 'company';
  if (ORGANIZATION.test(name)) return 'organization';
  if (/^[\p{Lu}&]{2,6}$/u.test(name)) return 'organization';
  return null;
}

/** Titles in front of a person's name, left out of the name ("Ambassador Ken Salazar" → "Ken Salazar"). */
export const TITLE =
  /^(?:(?:Former|Foreign|Prime|Vice|Deputy|Chief|Acting|Interim|US|U\.S\.|\p{Lu}\p{Ll}+)\s+){0,3}(?:Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Rep|Sgt|Lt|Col|Capt|Judge|Justice|Mayor|President|Minister|Secretary|Ambassador|Governor|Senator|Councillor|Councilor|Chairman|Chairwoman|Chair|Director|Commissioner|Sheriff|Officer|Executive|Representative|Congressman|Congresswoman|Assemblyman|Assemblywoman|Councilman|Councilwoman|Superintendent|Chancellor|Commander|Admiral|Bishop|Cardinal|Constable|Trooper|Agent|Professor|Pastor|Rabbi|Imam|Detective|Inspector|Manager|Coach|Captain|Sir|Dame|Lord|Lady|Rev|Father|Sr|Sra|Srta|Dra|Lic|Ing|Gral|Don|Doña|Juez|Jueza|Alcalde|Alcaldesa|Presidente|Presidenta|Ministro|Ministra|Secretario|Secretaria|Embajador|Embajadora|Gobernador|Gobernadora|Senador|Senadora|Diputado|Diputada|Director|Directora|Fiscal|Magistrado|Magistrada|Licenciado|Licenciada|Doctor|Doctora|Regidor|Regidora|Síndico|Síndica|Comisionado|Comisionada|Procurador|Procuradora|Auditor|Auditora|Consejero|Consejera|Subsecretario|Subsecretaria|Canciller|Vocero|Vocera|Coronel|Capitán|Teniente|Almirante|Obispo|Padre|Rector|Rectora|Gerente|Profesor|Profesora|Maestro|Maestra|Mtro|Mtra|Dip)\.?\s+/u;
