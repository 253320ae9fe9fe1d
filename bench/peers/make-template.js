// Builds the peer's workload from ReportKit's own output, so both sides make the same document:
// every text run (<w:t>) of the DOCX's document and footnotes becomes a docxtemplater tag {tN},
// and its text goes into the data file under tN. docxtemplater then fills the tags back in and
// writes a DOCX whose parts and text equal ReportKit's (what ReportKit computes -- layout, numbers,
// widths -- is already baked into the template, so the peer only substitutes text and zips).
//   node make-template.js <reportkit.docx> <template.docx> <data.json>
"use strict";
const fs = require("fs");
const PizZip = require("pizzip");

const [source, templateOut, dataOut] = process.argv.slice(2);
if (!dataOut) {
  console.error("usage: node make-template.js <reportkit.docx> <template.docx> <data.json>");
  process.exit(2);
}
const unescape = (s) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const zip = new PizZip(fs.readFileSync(source));
const data = {};
let n = 0;
for (const part of ["word/document.xml", "word/footnotes.xml"]) {
  const file = zip.file(part);
  if (!file) continue;
  const xml = file.asText().replace(/<w:t( [^>]*)?>([^<]*)<\/w:t>/g, (whole, attrs, text) => {
    if (text.length === 0) return whole;
    if (/[{}]/.test(text)) throw new Error(`${part}: text with braces would read as a tag: ${text}`);
    const tag = "t" + n++;
    data[tag] = unescape(text);
    return `<w:t xml:space="preserve">{${tag}}</w:t>`;
  });
  zip.file(part, xml);
}
fs.writeFileSync(templateOut, zip.generate({ type: "nodebuffer", compression: "DEFLATE" }));
fs.writeFileSync(dataOut, JSON.stringify(data, null, 1));
console.log(`${templateOut}: ${n} tags; ${dataOut}`);
