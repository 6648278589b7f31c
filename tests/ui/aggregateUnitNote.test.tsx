/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render } from '@testing-library/react';
import { AGGREGATE_TEXT as T } from '../../src/core/text/aggregate';
import { BreakableName, forTheUnit } from '../../src/ui/aggregate/renderAggregate';

describe('Tổng hợp: a unit’s findings are the unit’s to fix', () => {
  it('issue 23.3: the advice to use “Sửa biểu mẫu” is left out of what the receiving office sees and sends', () => {
    expect(
      forTheUnit('Ô D45 có công thức bị ghi đè. Hãy dùng “Sửa biểu mẫu” để khôi phục. Số đã nhập được giữ nguyên.'),
    ).toBe('Ô D45 có công thức bị ghi đè. Số đã nhập được giữ nguyên.');
    expect(T.unitNote('xa-hoa-lac.xlsx', 'xã Hòa Lạc', ['Biểu tổng hợp!D45: “mười một” không phải số.'])).toBe(
      'Đơn vị xã Hòa Lạc: tệp xa-hoa-lac.xlsx còn 1 lỗi cần sửa trước khi gửi lại.\n' +
        '- Biểu tổng hợp!D45: “mười một” không phải số.',
    );
  });

  it('issue 23.3: a file name may wrap only after its separators, never inside a word', () => {
    const { container } = render(<BreakableName name="xa-hoa-lac-gui-lai.xlsx" />);
    expect(container.textContent).toBe('xa-hoa-lac-gui-lai.xlsx');
    expect(container.innerHTML.split('<wbr>')).toEqual(['xa-', 'hoa-', 'lac-', 'gui-', 'lai.', 'xlsx']);
  });
});
