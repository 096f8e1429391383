/** A region's discipline contacts (纪检联系人), who handle the 廉政监督 reports sent past the branches. */
import { IdSchema } from '../../schemas/common';
import { AppointDisciplineContactSchema, DisciplineContactSchema } from '../../schemas/organization';
import * as z from '../../zod';
import { defineEndpoint } from '../endpoint';
import { RegionParams } from './params';

export const listDisciplineContacts = defineEndpoint({
  method: 'get',
  path: '/api/regions/:id/discipline-contacts',
  summary: '区域的纪检联系人：办理越过支部直接报送区域的廉政监督（区域管理员）',
  tag: 'organization',
  access: { kind: 'regionAdmin', regionParam: 'id' },
  params: RegionParams,
  response: z.object({ contacts: z.array(DisciplineContactSchema) }),
});

export const appointDisciplineContact = defineEndpoint({
  method: 'post',
  path: '/api/regions/:id/discipline-contacts',
  summary: '指定纪检联系人：本区域支部的成员或区域管理员（区域管理员）',
  tag: 'organization',
  access: { kind: 'regionAdmin', regionParam: 'id' },
  params: RegionParams,
  body: AppointDisciplineContactSchema,
  response: DisciplineContactSchema,
  status: 201,
  errors: ['roster_cannot_organize'],
});

export const removeDisciplineContact = defineEndpoint({
  method: 'delete',
  path: '/api/regions/:id/discipline-contacts/:userId',
  summary: '取消纪检联系人；还有未办结的区域廉政监督时，不能取消最后一位（区域管理员）',
  tag: 'organization',
  access: { kind: 'regionAdmin', regionParam: 'id' },
  params: z.strictObject({ id: IdSchema, userId: IdSchema }),
  response: null,
  status: 204,
  errors: ['conflict'],
});
