import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../shared/schemas.ts';
import { PERMISSIONS } from './permissions.ts';

export const PermissionSchema = z.enum(PERMISSIONS);
const Password = z.string().min(1).max(128);

export const SignInBody = z.strictObject({
  tenant: z
    .string()
    .max(32)
    .optional()
    .describe('Tenant code; may be left out when the deployment has one tenant'),
  username: z.string().min(1).max(64),
  password: Password,
});

export const UserSchema = z
  .object({
    id: IdSchema,
    username: z.string(),
    displayName: z.string(),
    phone: z.string(),
    status: z.enum(['active', 'disabled']),
    allStores: z.boolean(),
    roles: z.array(z.object({ id: IdSchema, code: z.string(), name: z.string() })),
    storeIds: z.array(IdSchema),
    createdAt: TimestampSchema,
  })
  .meta({ id: 'User' });

export const MeSchema = z.object({
  user: UserSchema,
  tenant: z.object({
    id: IdSchema,
    code: z.string(),
    name: z.string(),
    timezone: z.string().describe("IANA time zone the tenant's days (reports, expiry) are counted in"),
  }),
  permissions: z.array(PermissionSchema),
  stores: z.array(
    z.object({ id: IdSchema, code: z.string(), name: z.string(), status: z.enum(['active', 'closed']) }),
  ),
});

export const ChangePasswordBody = z.strictObject({ currentPassword: Password, newPassword: Password });

const Username = z
  .string()
  .regex(/^[A-Za-z0-9_.@-]{2,64}$/, '2–64 letters, digits or _.@-')
  .describe('Sign-in name; stored in lower case');

export const CreateUserBody = z.strictObject({
  username: Username,
  displayName: z.string().min(1).max(64),
  phone: z.string().max(32).optional(),
  password: Password,
  roleIds: z.array(IdSchema).max(20),
  storeIds: z.array(IdSchema).max(500),
  allStores: z.boolean().optional(),
});

export const UpdateUserBody = z.strictObject({
  displayName: z.string().min(1).max(64).optional(),
  phone: z.string().max(32).optional(),
  roleIds: z.array(IdSchema).max(20).optional(),
  storeIds: z.array(IdSchema).max(500).optional(),
  allStores: z.boolean().optional(),
});

export const ResetPasswordBody = z.strictObject({ newPassword: Password });

export const RoleSchema = z
  .object({
    id: IdSchema,
    code: z.string(),
    name: z.string(),
    permissions: z.array(PermissionSchema),
    builtin: z.boolean(),
  })
  .meta({ id: 'Role' });

export const CreateRoleBody = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,31}$/, '2–32 lowercase letters, digits or _'),
  name: z.string().min(1).max(64),
  permissions: z.array(PermissionSchema).max(PERMISSIONS.length),
});

export const UpdateRoleBody = z.strictObject({
  name: z.string().min(1).max(64).optional(),
  permissions: z.array(PermissionSchema).max(PERMISSIONS.length).optional(),
});
