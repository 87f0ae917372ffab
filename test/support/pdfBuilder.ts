/**
 * Minimal PDFs written by hand, for the tests of reading a PDF's text layer: one page per entry of
 * `pages`, each line set in 12-point Helvetica (WinAnsi), 14 points below the one before; an empty
 * string leaves a blank line. A page given as `null` has no text at all (a drawn rectangle, as a
 * scanned page would have an image). The cross-reference table carries the real byte offsets.
 */
export function buildPdf(pages: readonly (readonly string[] | null)[], options: { title?: string } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add(''); // 1: catalog, written last
  add(''); // 2: page tree, written last
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'); // 3
  const info = options.title === undefined ? undefined : add(`<< /Title (${escape(options.title)}) >>`);
  const kids: number[] = [];
  for (const lines of pages) {
    const ops: string[] = [];
    if (lines === null) ops.push('0.5 g 72 72 468 648 re f');
    else {
      ops.push('BT', '/F1 12 Tf');
      let y = 750;
      for (const line of lines) {
        if (line !== '') ops.push(`1 0 0 1 72 ${y} Tm`, `(${escape(line)}) Tj`);
        y -= 14;
      }
      ops.push('ET');
    }
    const stream = ops.join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[0] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(out, 'latin1');
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${info ? ` /Info ${info} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** A PDF string literal's body: WinAnsi bytes for the characters Latin-1 shares with it, and “ ” ’. */
function escape(text: string): string {
  const winAnsi: Record<string, string> = { '“': '\x93', '”': '\x94', '’': '\x92', '‘': '\x91', '—': '\x97' };
  return text.replace(/[“”’‘—]/g, (c) => winAnsi[c]!).replace(/[\\()]/g, (c) => `\\${c}`);
}
