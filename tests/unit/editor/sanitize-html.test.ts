// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizePastedHtml } from '../../../renderer/src/editor/paste/sanitize-html';

function clean(html: string): string {
  const fragment = sanitizePastedHtml(new DOMParser().parseFromString(html, 'text/html'));
  const box = document.createElement('div');
  box.appendChild(fragment);
  return box.innerHTML;
}

describe('sanitizePastedHtml', () => {
  it('removes scripts, styles and event handlers with their content', () => {
    const out = clean(
      '<style>p{color:red}</style><p onclick="steal()">Hallo <script>alert("x")</script>wereld</p>' +
        '<script>document.title = "weg"</script><noscript>geen js</noscript>',
    );
    expect(out).toBe('<p>Hallo wereld</p>');
  });

  it('drops every attribute and inline style, keeping the words', () => {
    const out = clean(
      '<p style="color:red;text-align:center" class="lead" id="a" data-x="1">' +
        '<span style="font-family:Comic Sans MS;color:blue;font-size:30px">Tekst</span> ' +
        '<font color="red" face="Arial">in kleur</font> en <u>onderstreept</u></p>',
    );
    expect(out).toBe('<p>Tekst in kleur en onderstreept</p>');
  });

  it('cleans Word HTML down to plain paragraphs, formatting and a real list', () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {margin:0cm; font-family:"Calibri"} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head>
<body lang=NL style='tab-interval:35.4pt'>
<!--StartFragment-->
<div class=WordSection1>
<p class=MsoNormal style='margin-bottom:0cm'><span style='font-size:12.0pt;mso-bidi-font-family:Calibri'>Eerste alinea over de sociale basis.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b><span style='mso-bidi-font-weight:normal'>Vet</span></b> en <i>schuin</i><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Buurthuizen<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Vrijwilligers<o:p></o:p></p>
<p class=MsoNormal>Slot.</p>
</div>
<!--EndFragment-->
</body></html>`;
    expect(clean(word)).toBe(
      '<p>Eerste alinea over de sociale basis.</p>' +
        '<p><strong>Vet</strong> en <em>schuin</em></p>' +
        '<ul><li>Buurthuizen</li><li>Vrijwilligers</li></ul>' +
        '<p>Slot.</p>',
    );
  });

  it('turns numbered, nested Word lists into nested ordered lists', () => {
    const item = (level: number, marker: string, text: string) =>
      `<p class=MsoListParagraphCxSpMiddle style='mso-list:l1 level${level} lfo2'><span style='mso-list:Ignore'>${marker}<span>&nbsp;&nbsp;</span></span>${text}</p>`;
    const out = clean(item(1, '1.', 'Een') + item(2, 'a.', 'Een-a') + item(1, '2.', 'Twee'));
    expect(out).toBe('<ol><li>Een<ol><li>Een-a</li></ol></li><li>Twee</li></ol>');
  });

  it('does not make Google Docs text bold because of its wrapper, but keeps real bold and italic', () => {
    const gdocs =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c">' +
      '<p dir="ltr" style="line-height:1.38;margin-top:0pt"><span style="font-size:11pt;font-family:Arial;font-weight:400;">Gewone tekst en </span>' +
      '<span style="font-size:11pt;font-weight:700;">vette</span><span style="font-weight:400;"> en </span>' +
      '<span style="font-style:italic;font-weight:400;">schuine</span></p><br></b>';
    expect(clean(gdocs)).toBe('<p>Gewone tekst en <strong>vette</strong> en <em>schuine</em></p>');
  });

  it('keeps only http(s) and mailto links and drops unsafe ones but not their text', () => {
    const out = clean(
      '<p><a href="javascript:alert(1)">een</a> <a href=" JaVa&#x0A;ScRiPt:alert(1)">twee</a> ' +
        '<a href="data:text/html,<script>alert(1)</script>">drie</a> <a href="/relatief">vier</a> ' +
        '<a href="https://www.gemeente.nl/beleid" target="_blank" rel="opener" onclick="x()">vijf</a> ' +
        '<a href="mailto:loket@gemeente.nl">zes</a> <a name="anker">zeven</a></p>',
    );
    expect(out).toBe(
      '<p>een twee drie vier <a href="https://www.gemeente.nl/beleid">vijf</a> ' +
        '<a href="mailto:loket@gemeente.nl">zes</a> zeven</p>',
    );
  });

  it('keeps nested lists nested, also in the shape some browsers produce', () => {
    expect(clean('<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li><li>d</li></ul>')).toBe(
      '<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li><li>d</li></ul>',
    );
    expect(clean('<ol><li>a</li><ol><li>b</li></ol><li>c</li></ol>')).toBe('<ol><li>a<ol><li>b</li></ol></li><li>c</li></ol>');
  });

  it('flattens paragraphs inside list items into lines of the item', () => {
    expect(clean('<ul>\n  <li><p>Eerste regel</p><p>Tweede <b>regel</b></p></li>\n  <li><p></p></li>\n</ul>')).toBe(
      '<ul><li>Eerste regel<br>Tweede <strong>regel</strong></li></ul>',
    );
  });

  it('maps h4–h6 to h3 and turns divs and table cells into paragraphs', () => {
    const out = clean(
      '<h1>Titel</h1><h2>Deel</h2><h5 style="color:red">Klein kopje</h5>' +
        '<div>Los <div>genest</div></div><table><tr><td>Cel 1</td><td>Cel 2</td></tr></table>',
    );
    expect(out).toBe(
      '<h1>Titel</h1><h2>Deel</h2><h3>Klein kopje</h3><p>Los</p><p>genest</p><p>Cel 1</p><p>Cel 2</p>',
    );
  });

  it('removes embedded content: images, frames, objects, svg and forms', () => {
    const out = clean(
      '<p>Voor<img src="x" onerror="alert(1)"><iframe src="https://evil.example"></iframe>' +
        '<svg><script>alert(1)</script><text>svg-tekst</text></svg><object data="x.swf">fallback</object>' +
        '<input value="veld"><template><p>sjabloon</p></template>na</p>',
    );
    expect(out).toBe('<p>Voorna</p>');
  });

  it('drops text that was hidden in the source', () => {
    expect(clean('<p>Zichtbaar<span style="display: none">verborgen</span><span style="mso-hide:all">ook weg</span></p>')).toBe(
      '<p>Zichtbaar</p>',
    );
  });

  it('keeps line breaks of preformatted text and collapses source whitespace elsewhere', () => {
    expect(clean('<pre>regel 1\nregel 2</pre><p>  veel\n\n   ruimte  </p>')).toBe(
      '<p>regel 1<br>regel 2</p><p>veel ruimte</p>',
    );
  });

  it('returns nothing for markup without visible text', () => {
    expect(clean('<p>&nbsp;</p><div><br></div><script>x</script>')).toBe('');
  });
});
