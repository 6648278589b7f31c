import { DEFAULT_CATALOGUE as cat, grandTotal } from '../../src/core';
import { addTallies, computeTally } from '../../src/core/tally';
import { paperFormInputs } from '../helpers/paperForm';

describe('tally arithmetic on the paper form example', () => {
  const computed = computeTally(cat, paperFormInputs().tally);

  it('TỔNG CỘNG: Tập thể 05, Cá nhân 34, Gia đình 0', () => {
    const t = grandTotal(cat, computed);
    expect([t.collective, t.individual, t.household]).toEqual([5, 34, 0]);
  });

  it('direct-labour individuals 04 of 34 → 11.76 %, collectives blank... 0 of 5 → 0', () => {
    const t = grandTotal(cat, computed);
    expect(t.directIndividual).toBe(4);
    expect(t.directIndividualRate).toBe(11.76);
    expect(t.directCollectiveRate).toBe(0);
  });

  it('Giấy khen cấp huyện cá nhân 04 of 04 → 100 %', () => {
    expect(computed.get('III.4')!.directIndividualRate).toBe(100);
  });

  it('level subtotals never add the "Trong đó" rows', () => {
    expect(computed.get('II')!.collective).toBe(1);
    expect(computed.get('III')!.individual).toBe(22);
    expect(computed.get('IV')!.individual).toBe(12);
  });

  it('rate blank where the count is 0', () => {
    expect(computed.get('I')!.directIndividualRate).toBeUndefined();
  });
});

describe('group row', () => {
  it('sums its children once into the level', () => {
    const c = computeTally(cat, {
      'I.5.huanChuong': { collective: 2, individual: 3 },
      'I.5.huyChuong': { individual: 4, household: 1 },
    });
    expect(c.get('I.5')).toMatchObject({ collective: 2, individual: 7, household: 1 });
    expect(c.get('I')).toMatchObject({ collective: 2, individual: 7, household: 1 });
    expect(grandTotal(cat, c)).toMatchObject({ collective: 2, individual: 7, household: 1 });
  });
});

describe('addTallies', () => {
  it('adds unit tallies column by column', () => {
    const sum = addTallies([{ 'IV.1': { individual: 3 } }, { 'IV.1': { individual: 4 }, 'IV.2': { collective: 1 } }]);
    expect(sum).toEqual({ 'IV.1': { individual: 7 }, 'IV.2': { collective: 1 } });
  });
});
