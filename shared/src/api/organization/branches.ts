/** A branch's own detail. */
import { BranchDetailSchema } from '../../schemas/organization';
import { defineEndpoint } from '../endpoint';
import { BranchParams, thisBranch } from './params';

export const getBranch = defineEndpoint({
  method: 'get',
  path: '/api/branches/:id',
  summary: '支部详情',
  tag: 'organization',
  access: { kind: 'branch', branch: thisBranch, minRole: 'masses', regionAdmin: true },
  params: BranchParams,
  response: BranchDetailSchema,
});
