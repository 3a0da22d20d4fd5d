import { roleAllows } from '../../../src/auth/roles';

describe('roleAllows', () => {
  it('orders roles viewer < editor < admin', () => {
    expect(roleAllows('admin', 'editor')).toBe(true);
    expect(roleAllows('admin', 'viewer')).toBe(true);
    expect(roleAllows('editor', 'viewer')).toBe(true);
    expect(roleAllows('editor', 'admin')).toBe(false);
    expect(roleAllows('viewer', 'editor')).toBe(false);
    expect(roleAllows('viewer', 'viewer')).toBe(true);
  });
});
