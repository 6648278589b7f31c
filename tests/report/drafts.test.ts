/**
 * The drafted prose: only from workbook data. Every number in it is traced back to the
 * workbook; every award row of every catalogue gets a sentence with the right verb, issuer
 * and kinds; 1.2's count and list agree; the sections still to write are listed.
 */
import { CATALOGUES, DEFAULT_CATALOGUE, formatCount, inputsFromJson, type Catalogue } from '../../src/core';
import { formatNumber, parseCellDate } from '../../src/core/format/vietnamese';
import { REPORT_DATA_FIELDS } from '../../src/core/layout/reportData';
import { computeTally } from '../../src/core/tally';
import { columnAllowed } from '../../src/core/tally';
import {
  awardSentences,
  buildReport,
  documentSentences,
  kindOf,
  parseDocumentReference,
  type Paragraph,
  type ReportDocument,
} from '../../src/core/report';
import { REPORT_TEXT } from '../../src/core/text/report';
import { bacSonJson } from './helpers';

const cat = DEFAULT_CATALOGUE;
const text = (p: Paragraph) => p.runs.map((r) => r.text).join('');

function paragraphs(doc: ReportDocument): Paragraph[] {
  return doc.sections[0]!.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
}

/** Drafted paragraphs under a heading that starts with `number` (up to the next heading). */
function under(doc: ReportDocument, number: string, role: Paragraph['role'] = 'drafted'): string[] {
  const ps = paragraphs(doc);
  const i = ps.findIndex((p) => p.role.startsWith('heading') && text(p).startsWith(number));
  const out: string[] = [];
  for (const p of ps.slice(i + 1)) {
    if (p.role.startsWith('heading')) break;
    if (p.role === role) out.push(text(p));
  }
  return out;
}

/** The Bắc Sơn example with the sheet "Nội dung báo cáo" empty. */
function emptyNarrativeExample() {
  const json = bacSonJson();
  return inputsFromJson(cat, { ...json, narrative: undefined });
}

describe('drafted prose from the Bắc Sơn example with an empty "Nội dung báo cáo"', () => {
  const inputs = emptyNarrativeExample();
  const { document: doc } = buildReport(cat, inputs);
  const drafted = paragraphs(doc)
    .filter((p) => p.role === 'drafted')
    .map(text);

  it('is at least 1,500 words (headings, header block and signature excluded), each paragraph said once', () => {
    // Issue 22: 461 words before "Số liệu báo cáo"; 760 with its fields, 1,173 with its campaigns table,
    // 1,271 with its events; 1,540 with 2.1, 2.2, 3 and III.1 drafted from them and the fields added since.
    const words = drafted.join(' ').split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(1500);
    expect(new Set(drafted).size).toBe(drafted.length);
  });

  it('has every number traced to the workbook (tally, totals, rates, Phụ lục I, period)', () => {
    const computed = computeTally(cat, inputs.tally);
    const known = new Set<string>();
    for (const [, c] of computed) {
      for (const k of ['collective', 'individual', 'household', 'directCollective', 'directIndividual'] as const)
        known.add(formatCount(c[k]));
      for (const r of [c.directCollectiveRate, c.directIndividualRate])
        if (r !== undefined) known.add(r.toFixed(2).replace('.', ',').replace(/,00$/, ''));
    }
    known.add(formatCount(inputs.documents.length));
    for (const d of inputs.documents)
      for (const n of `${d.reference} ${d.summary}`.match(/\d+/g) ?? []) known.add(n).add(n.padStart(2, '0'));
    known.add(String(inputs.info.year));
    known.add('6'); // "6 tháng đầu năm"
    // Issue 22: "Số liệu báo cáo" — each number as typed in its cell, as Vietnamese writes it.
    for (const f of REPORT_DATA_FIELDS) {
      const v = inputs.reportData?.[f.key];
      const d = f.kind === 'date' ? parseCellDate(v) : undefined;
      if (d) for (const x of [d.day, d.month]) known.add(String(x).padStart(2, '0'));
      if (d) known.add(String(d.year));
      else if (typeof v === 'number') known.add(formatNumber(v)).add(String(v));
      else if (typeof v === 'string') for (const n of v.match(/\d+(?:[.,]\d+)*/g) ?? []) known.add(n);
    }
    known.add(formatCount(String(inputs.reportData?.ethnicGroups ?? '').split(',').length)); // "04 dân tộc"
    // The campaigns table: how many rows and of each kind, their dates, the numbers in their names.
    const campaigns = inputs.campaigns ?? [];
    known.add(formatCount(campaigns.length));
    for (const k of new Set(campaigns.map((r) => r.kind)))
      known.add(formatCount(campaigns.filter((r) => r.kind === k).length));
    for (const r of campaigns) {
      for (const v of [r.from, r.to, r.reviewed]) {
        const d = typeof v === 'number' ? parseCellDate(v) : undefined;
        if (d)
          [String(d.day).padStart(2, '0'), String(d.month).padStart(2, '0'), String(d.year)].forEach((x) =>
            known.add(x),
          );
      }
      for (const v of [r.name, r.document])
        for (const n of String(v ?? '').match(/\d+(?:[.,]\d+)*/g) ?? []) known.add(n);
    }
    // The events table: how many, the numbers in their texts.
    known.add(formatCount((inputs.events ?? []).length));
    for (const r of inputs.events ?? [])
      for (const v of [r.content, r.result])
        for (const n of String(v ?? '').match(/\d+(?:[.,]\d+)*/g) ?? []) known.add(n);
    // 2.1: how many the table says each launcher launched; its pointer to section 2.3.
    for (const who of new Set(campaigns.map((r) => r.launchedBy).filter(Boolean)))
      known.add(formatCount(campaigns.filter((r) => r.launchedBy === who).length));
    known.add('2.3');
    known.add('30').add('06'); // the period's last day, 30/06, after which a phong trào runs on (Phần thứ hai, I)
    const untraced: string[] = [];
    for (const t of drafted)
      for (const m of t.matchAll(/\d+(?:[.,]\d+)*/g)) {
        const n = m[0]!;
        // "04/34", "10/01/2024": each part is a number of its own.
        if (!known.has(n) && !n.split(/[/]/).every((x) => known.has(x))) untraced.push(`${n} in “${t}”`);
      }
    expect(untraced).toEqual([]);
  });

  it('changes with the workbook: a different count gives a different sentence', () => {
    const json = bacSonJson();
    const changed = inputsFromJson(cat, {
      ...json,
      narrative: undefined,
      tally: { ...json.tally, 'IV.2': { collective: 7, individual: 12 } },
    });
    const first = under(buildReport(cat, changed).document, '4.3.')[0];
    expect(first).toBe(
      'Trong 6 tháng đầu năm 2024, tổng số 09 tập thể và 34 cá nhân được khen thưởng (chi tiết tại Phụ lục II).',
    );
  });

  it('1.2: the count and the list agree, one sentence per document, grouped by kind', () => {
    const s = under(doc, '1.2.');
    expect(s[0]).toBe(
      'Trong 6 tháng đầu năm 2024, đã ban hành 06 văn bản chỉ đạo, triển khai công tác thi đua, khen thưởng (chi tiết tại Phụ lục I):',
    );
    expect(s.slice(1)).toHaveLength(inputs.documents.length);
    expect(s[1]).toBe(
      '- Ủy ban nhân dân thị trấn đã ban hành Kế hoạch số 01/KH-UBND ngày 10/01/2024 về công tác thi đua khen thưởng năm 2024.',
    );
    expect(s[3]).toContain('Kế hoạch số 69/KH-UBND ngày 24/03/2024 về phát động phong trào thi đua “Con người Bắc Sơn');
  });

  it('4.2: the rates of TỔNG CỘNG, then each level where some are direct labour, then "[…]" for the giải pháp', () => {
    const s = under(doc, '4.2.');
    expect(s).toEqual([
      'Trong 6 tháng đầu năm 2024, 04/34 cá nhân được khen thưởng là người lao động trực tiếp, đạt 11,76%; chưa có tập thể được khen thưởng nào là tập thể trực tiếp lao động sản xuất (chi tiết tại Phụ lục II).',
      '- Khen thưởng cấp huyện: 04/22 cá nhân được khen thưởng là người lao động trực tiếp, đạt 18,18%.',
    ]);
    expect(s.join(' ')).not.toMatch(/00\/05|0 %/);
    expect(under(doc, '4.2.', 'placeholder')).toEqual(['[…]']);
  });

  it('4.3: the total, levels and kinds; no "[…]"', () => {
    expect(under(doc, '4.3.')).toEqual([
      'Trong 6 tháng đầu năm 2024, tổng số 05 tập thể và 34 cá nhân được khen thưởng (chi tiết tại Phụ lục II).',
      '- Khen thưởng cấp tỉnh: tặng Bằng khen của Chủ tịch UBND tỉnh (khen chuyên đề) cho 01 tập thể.',
      '- Khen thưởng cấp huyện: 01 tập thể và 22 cá nhân, gồm:',
      '+ Công nhận danh hiệu “Lao động tiên tiến” cho 18 cá nhân.',
      '+ Tặng Giấy khen của Chủ tịch UBND huyện cho 01 tập thể và 04 cá nhân. Trong đó, khen chuyên đề: 01 tập thể và 02 cá nhân; khen thường xuyên: 02 cá nhân.',
      '- Khen thưởng cấp cơ sở: tặng Giấy khen của Chủ tịch UBND thị trấn Bắc Sơn (khen thường xuyên) cho 03 tập thể và 12 cá nhân.',
    ]);
    expect(under(doc, '4.3.', 'placeholder')).toEqual([]);
  });

  it('III.1: the activities\' results (pinned in dataDrafts.test.ts), no count repeated from 1.2, 4.2, 4.3; "[…]" for the clerk', () => {
    expect(under(doc, '1. Khái quát')).toHaveLength(2);
    expect(under(doc, '1. Khái quát').join(' ')).not.toMatch(/06 văn bản|05 tập thể|04\/34|11,76/);
    expect(under(doc, '1. Khái quát', 'placeholder')).toEqual(['[…]']);
  });

  it('lists the sections still holding "[…]", numbered through their roman heading', () => {
    const { missing } = buildReport(cat, inputs);
    const numbers = missing.map((m) => m.number);
    expect(numbers).toContain('II.4.2.');
    expect(numbers).toContain('III.1.');
    expect(numbers).toContain('Phần thứ hai, I.');
    expect(numbers).not.toContain('II.4.3.');
    expect(numbers).not.toContain('II.1.2.');
    // With the clerk's text, only the sections left empty remain.
    const full = buildReport(cat, inputsFromJson(cat, bacSonJson())).missing.map((m) => m.number);
    expect(full).not.toContain('II.4.3.');
    expect(full).toContain('II.4.2.');
    expect(full.length).toBeLessThan(numbers.length);
  });
});

describe('Phụ lục I references', () => {
  it.each([
    ['Số 01/KH-UBND, ngày 10/01/2024 của UBND thị trấn', 'Kế hoạch', '01/KH-UBND', '10/01/2024', 'UBND thị trấn'],
    ['12/2024/QĐ-UBND ngày 5/3/2024', 'Quyết định', '12/2024/QĐ-UBND', '5/3/2024', ''],
    ['Số: 15/UBND-VP ngày 02/02/2024 của UBND xã', 'Công văn', '15/UBND-VP', '02/02/2024', 'UBND xã'],
    ['Số 03/HD-HĐTĐKT ngày 01.02.2024', 'Hướng dẫn', '03/HD-HĐTĐKT', '01/02/2024', ''],
    ['Kế hoạch tháng 3', '', '', '', ''],
  ])('%s', (ref, kind, number, date, issuer) => {
    expect(parseDocumentReference(ref)).toMatchObject({ kind, number, date, issuer });
  });

  it('groups by kind (Kế hoạch, Hướng dẫn, Công văn, Quyết định) and writes unreadable ones as typed', () => {
    const s = documentSentences(
      [
        { reference: 'Số 12/QĐ-UBND ngày 05/3/2024 của UBND xã', summary: 'V/v khen thưởng', note: '' },
        { reference: 'Số 15/UBND-VP ngày 02/02/2024', summary: 'Triển khai công tác thi đua', note: '' },
        { reference: 'Số 01/KH-UBND ngày 10/01/2024', summary: 'Về thi đua năm 2024', note: '' },
        { reference: 'Kế hoạch tháng 3', summary: 'Về đợt thi đua', note: '' },
      ],
      'năm 2024',
    );
    expect(s).toEqual([
      'Trong năm 2024, đã ban hành 04 văn bản chỉ đạo, triển khai công tác thi đua, khen thưởng, gồm 01 kế hoạch, 01 công văn, 01 quyết định và 01 văn bản khác (chi tiết tại Phụ lục I):',
      '- Ban hành Kế hoạch số 01/KH-UBND ngày 10/01/2024 về thi đua năm 2024.',
      '- Ban hành Công văn số 15/UBND-VP ngày 02/02/2024 về triển khai công tác thi đua.',
      '- Ủy ban nhân dân xã đã ban hành Quyết định số 12/QĐ-UBND ngày 05/03/2024 về khen thưởng.',
      '- Kế hoạch tháng 3: về đợt thi đua.',
    ]);
    expect(kindOf('05/CTr-UBND')).toBe('Chương trình');
  });
});

/** Every award row of every catalogue: a sentence with the verb of its conferral, its issuer, its counts. */
describe.each(Object.values(CATALOGUES).map((c) => [`${c.formId}/${c.version}`, c] as [string, Catalogue]))(
  '4.3 sentences for every award row of %s',
  (_key, catalogue) => {
    const awards = catalogue.rows.filter((r) => r.kind === 'award');
    it.each(awards.map((r) => [r.id, r] as const))('%s', (_id, row) => {
      const counts = { collective: 0, individual: 0, household: 0 } as Record<string, number>;
      (['collective', 'individual', 'household'] as const).forEach((s, i) => {
        if (columnAllowed(row, s)) counts[s] = i + 1;
      });
      const tally: Record<string, Record<string, number>> = { [row.id]: counts };
      const kids = catalogue.rows.filter((r) => r.kind === 'breakdown' && r.parent === row.id);
      for (const k of kids) {
        const sub: Record<string, number> = {};
        for (const s of ['collective', 'individual', 'household'] as const)
          if (columnAllowed(k, s) && columnAllowed(row, s)) sub[s] = 1;
        tally[k.id] = sub;
      }
      const sentences = awardSentences({
        catalogue,
        computed: computeTally(catalogue, tally),
        period: 'năm 2025',
        unitName: 'xã Hữu Vĩnh',
      });
      const line = sentences.find((s) => s.startsWith('- '))!;
      const level = catalogue.rows.find((r) => r.kind === 'level' && r.level === row.level)!;
      expect(line.startsWith(`- ${level.label}: `)).toBe(true);
      const verbs = REPORT_TEXT.drafts.verbs;
      expect(row.conferral).toBeDefined();
      if (row.conferral === 'reward') {
        expect(line).toContain(`${verbs.reward} ${row.label.replace(/^Danh hiệu\b/u, 'danh hiệu')}`);
        // The issuer is named: by the label, by the row, or by its level.
        const lvl = catalogue.levels.find((l) => l.id === row.level)!;
        if (!/\scủa\s/.test(` ${row.label} `) && (row.issuer ?? lvl.issuer))
          expect(line).toMatch(new RegExp(`${row.label} của \\S`));
      } else {
        const verb = row.conferral === 'honorary' ? verbs.honorary : verbs.title;
        expect(line).toContain(`${verb} danh hiệu “`);
        expect(line).not.toMatch(/danh hiệu “Danh hiệu/i);
      }
      expect(line).not.toContain('{unit}');
      for (const [s, n] of Object.entries(counts))
        if (n) expect(line).toContain(`${formatCount(n)} ${REPORT_TEXT.subjectNouns[s as 'collective']}`);
      for (const k of kids) {
        const label = k.label.replace(/^trong đó\s*:\s*/iu, '');
        if (Object.keys(tally[k.id]!).length) {
          const kind = `${label.charAt(0).toLocaleLowerCase('vi')}${label.slice(1)}`;
          // Several kinds: "kind: 01 …"; one kind covering every count: "(kind)" after the award.
          expect(line.includes(`${kind}: 01`) || line.includes(`(${kind})`)).toBe(true);
        }
      }
      // Received awards are never called proposals.
      expect(sentences.join(' ')).not.toContain('đề nghị');
    });
  },
);

describe('register names and decisions slot into 4.3 (issue 10 supplies them)', () => {
  it('adds the decisions after the counts and the names in a sentence of their own', () => {
    const s = awardSentences({
      catalogue: cat,
      computed: computeTally(cat, { 'IV.2': { collective: 2 } }),
      period: 'năm 2024',
      unitName: 'thị trấn Bắc Sơn',
      recipients: new Map([
        [
          'IV.2',
          {
            names: { collective: ['Chi bộ khối phố 1', 'Chi bộ khối phố 2'] },
            decisions: ['Quyết định số 15/QĐ-UBND ngày 12/6/2024'],
          },
        ],
      ]),
    });
    expect(s).toContain(
      '- Khen thưởng cấp cơ sở: tặng Giấy khen của Chủ tịch UBND thị trấn Bắc Sơn cho 02 tập thể theo Quyết định số 15/QĐ-UBND ngày 12/6/2024. Tập thể: Chi bộ khối phố 1, Chi bộ khối phố 2.',
    );
  });
});

describe('consistency warnings (findings, not errors)', () => {
  it('text citing a plan that Phụ lục I does not list → one warning naming the section and the cell', () => {
    const json = bacSonJson();
    const inputs = inputsFromJson(cat, {
      ...json,
      narrative: {
        sections: {
          'movements.campaigns':
            'Ban hành Kế hoạch số 01/KH-UBND ngày 10/01/2024 và Kế hoạch số 99/KH-UBND ngày 02/5/2024; Kế hoạch số 99/KH-UBND được triển khai.',
        },
      },
    });
    const r = buildReport(cat, inputs);
    expect(r.document).toBeDefined();
    const f = r.findings.filter((x) => x.code === 'consistency');
    expect(f).toHaveLength(1); // 01/KH-UBND is listed; 99/KH-UBND twice → once
    expect(f[0]).toMatchObject({ severity: 'warning', sheet: 'Nội dung báo cáo' });
    expect(f[0]!.message).toContain('Mục II.2.3.');
    expect(f[0]!.message).toContain('văn bản số 99/KH-UBND');
    expect(f[0]!.message).toContain(`ô ${f[0]!.address}`);
  });

  it('Kính gửi given → printed under the trích yếu (Nghị định 30/2020), never dropped silently', () => {
    const texts = paragraphs(buildReport(cat, emptyNarrativeExample()).document).map(text);
    const i = texts.indexOf('Kính gửi: Phòng Nội vụ huyện Bắc Sơn.');
    expect(i).toBeGreaterThan(texts.indexOf('BÁO CÁO'));
    expect(i).toBeLessThan(texts.indexOf('Phần thứ nhất'));
  });
});
