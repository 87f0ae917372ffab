/**
 * A slug (`[a-z0-9][a-z0-9-]{0,79}`) from any text: accents dropped, other characters turned into
 * hyphens, cut at a word boundary within `max` characters.
 *
 * @example
 * slugify('Secretaría de la Función Pública') //=> 'secretaria-de-la-funcion-publica'
 */
export function slugify(text: string, max = 60): string {
  const plain = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  const at = cut.lastIndexOf('-');
  return (at > 10 ? cut.slice(0, at) : cut).replace(/-+$/, '');
}
