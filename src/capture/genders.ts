import type { Gender } from './compromiseNames.ts';

const MALE_TITLE = /^(?:Mr|Sir|Lord|Sr|Don|Father|Padre)\.?\s/u;
const FEMALE_TITLE =
  /^(?:(?:Mrs|Ms|Miss|Dame|Lady|Sra|Srta|Doña)\.?\s|(?:\p{Lu}\p{Ll}+\s+)?(?:Presidenta|Ministra|Secretaria|Gobernadora|Senadora|Diputada|Directora|Jueza|Alcaldesa|Consejera|Magistrada|Doctora|Licenciada|Regidora|Rectora|Profesora|Comisionada)\s)/u;

/** The gender a title in front of a name says ("Mrs Justice Eleanor Fairbrother", "Sir Alan", "la Ministra"). */
export function genderOfTitle(name: string): Gender | null {
  if (MALE_TITLE.test(name)) return 'male';
  if (FEMALE_TITLE.test(name)) return 'female';
  return null;
}

/** The gender a pronoun refers to ("she", "ella" → female), or null. */
export function genderOfPronoun(word: string): Gender | null {
  const w = word.toLowerCase();
  if (w === 'she' || w === 'her' || w === 'ella') return 'female';
  if (w === 'he' || w === 'him' || w === 'his' || w === 'él') return 'male';
  return null;
}
