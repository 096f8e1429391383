import type { BranchRole } from '@sitebranch/shared';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { RoleTag } from './role-tag';
import { Toggle } from './toggle';

function CareModeSetting() {
  const [on, setOn] = useState(false);
  return <Toggle checked={on} label="关怀模式（大字体）" onChange={setOn} />;
}

describe('Toggle', () => {
  it('is a named switch that says whether it is on, and flips when tapped', () => {
    render(<CareModeSetting />);
    const toggle = screen.getByRole('switch', { name: '关怀模式（大字体）' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(toggle.className).toContain('sb-toggle--on');
  });
});

describe('RoleTag', () => {
  it('names each role in Chinese', () => {
    // RoleTag's `role` is the person's role in the branch (BranchRole), not an ARIA role.
    const roles: BranchRole[] = ['secretary', 'committee', 'member', 'masses'];
    const { container } = render(roles.map((role) => <RoleTag key={role} role={role} />));
    expect(container.textContent).toBe('书记支委党员群众');
    expect(container.querySelector('.sb-role--secretary')).toBeTruthy();
  });
});
