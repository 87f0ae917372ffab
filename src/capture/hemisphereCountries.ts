/**
 * Every country of the world, and a few territories with seasons of their own, placed by where most
 * of its people live, in English and Spanish: south of the tropics' edge, where the seasons are the
 * Southern Hemisphere's, or not (north of the equator, or near it, where a season is no cue to the
 * south). Names that are also a first name or a common word, or part of a larger region's name,
 * are left out (Chad, Jordan, Mauricio, Trinidad alone, Antigua, America).
 */

/** Names separated by commas, over as many lines as they take. */
const names = (list: string): readonly string[] => list.split(',').map((name) => name.trim());

/** Countries whose people live mostly south of the equator, with winter in June–August. */
export const SOUTHERN_COUNTRIES = names(`
  Argentina, Chile, Uruguay, Paraguay, South Africa, Sudáfrica, Namibia, Botswana, Lesotho,
  Eswatini, Swaziland, Suazilandia, Zimbabue, Zimbabwe, Mozambique, Australia, New Zealand,
  Nueva Zelanda, Aotearoa, Brazil, Brasil, Peru, Perú, Bolivia, Angola, Zambia, Malawi, Malaui,
  Madagascar, Mauritius, Fiji, Fiyi, Tonga, Samoa, Vanuatu, New Caledonia, Nueva Caledonia
`);

/** Countries and territories north of the equator or on it, in English and Spanish. */
export const OTHER_COUNTRIES = [
  // Europe.
  ...names(`
    England, Inglaterra, Scotland, Escocia, Wales, Gales, Northern Ireland, Ireland, Irlanda,
    Britain, Gran Bretaña, United Kingdom, Reino Unido, Spain, España, Portugal, France, Francia,
    Germany, Alemania, Italy, Italia, Malta, Greece, Grecia, Cyprus, Chipre, Netherlands,
    Países Bajos, Holland, Holanda, Belgium, Bélgica, Luxembourg, Luxemburgo, Switzerland, Suiza,
    Austria, Liechtenstein, Monaco, Mónaco, Andorra, San Marino, Denmark, Dinamarca, Norway, Noruega,
    Sweden, Suecia, Finland, Finlandia, Iceland, Islandia, Poland, Polonia, Czech Republic, Czechia,
    Chequia, República Checa, Slovakia, Eslovaquia, Hungary, Hungría, Slovenia, Eslovenia, Croatia,
    Croacia, Bosnia, Serbia, Montenegro, Kosovo, Albania, North Macedonia, Macedonia del Norte,
    Bulgaria, Romania, Rumania, Rumanía, Moldova, Moldavia, Ukraine, Ucrania, Belarus, Bielorrusia,
    Russia, Rusia, Estonia, Latvia, Letonia, Lithuania, Lituania
  `),
  // Asia and the Middle East.
  ...names(`
    Turkey, Türkiye, Turquía, Armenia, Azerbaijan, Azerbaiyán, Kazakhstan, Kazajistán, Uzbekistan,
    Uzbekistán, Turkmenistan, Turkmenistán, Kyrgyzstan, Kirguistán, Tajikistan, Tayikistán,
    Afghanistan, Afganistán, Pakistan, Pakistán, India, Nepal, Bhutan, Bután, Bangladesh, Bangladés,
    Sri Lanka, Maldives, Maldivas, China, Hong Kong, Taiwan, Taiwán, Mongolia, Japan, Japón,
    North Korea, South Korea, Korea, Corea, Vietnam, Laos, Cambodia, Camboya, Thailand, Tailandia,
    Myanmar, Burma, Birmania, Malaysia, Malasia, Singapore, Singapur, Indonesia, Philippines,
    Filipinas, Brunei, Brunéi, East Timor, Timor-Leste, Timor Oriental, Papua New Guinea,
    Papúa Nueva Guinea, Iran, Irán, Iraq, Irak, Syria, Siria, Lebanon, Líbano, Israel, Palestine,
    Palestina, Jordania, Saudi Arabia, Arabia Saudita, Arabia Saudí, Yemen, Oman, Omán,
    United Arab Emirates, Emiratos Árabes Unidos, Qatar, Catar, Bahrain, Baréin, Kuwait
  `),
  // Africa north of the tropics, and on the equator.
  ...names(`
    Egypt, Egipto, Libya, Libia, Tunisia, Túnez, Algeria, Argelia, Morocco, Marruecos, Mauritania,
    Mali, Malí, Niger, Níger, Nigeria, Sudan, Sudán, South Sudan, Sudán del Sur, Ethiopia, Etiopía,
    Eritrea, Djibouti, Yibuti, Somalia, Kenya, Kenia, Uganda, Rwanda, Ruanda, Burundi, Tanzania,
    Congo, Gabon, Gabón, Cameroon, Camerún, Central African Republic, República Centroafricana,
    Equatorial Guinea, Guinea Ecuatorial, Guinea, Guinea-Bissau, Senegal, Gambia, Sierra Leone,
    Sierra Leona, Liberia, Ivory Coast, Côte d'Ivoire, Costa de Marfil, Ghana, Togo, Benin, Benín,
    Burkina Faso, Cape Verde, Cabo Verde, São Tomé, Santo Tomé, Seychelles, Comoros, Comoras
  `),
  // North and Central America, the Caribbean, and South America on the equator.
  ...names(`
    United States, Estados Unidos, EE.UU., EE. UU., EEUU, U.S., U.S.A., USA, Canada, Canadá, Mexico,
    México, Guatemala, Belize, Belice, Honduras, El Salvador, Nicaragua, Costa Rica, Panama, Panamá,
    Cuba, Jamaica, Haiti, Haití, Dominican Republic, República Dominicana, Puerto Rico, Bahamas,
    Barbados, Trinidad and Tobago, Trinidad y Tobago, Grenada, Saint Lucia, Santa Lucía, Dominica,
    Bermuda, Bermudas, Colombia, Venezuela, Ecuador, Guyana, Suriname, Surinam, French Guiana,
    Guayana Francesa
  `),
];
