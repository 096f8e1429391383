/** What the 廉政监督 tests share: a report about the branch's own staff, and submitting feedback to the branch. */
import { call, type World } from '../../../test/fixtures';

export const integrity = { category: 'integrity', text: '项目部材料员验收时收受分包单位购物卡' };
export const submit = (world: World, body: object, token = world.people.masses.token) =>
  call('POST', `/api/branches/${world.branchId}/feedback`, { token, body });
