import { CLEAN, describeRule, type RuleCase } from '../claims/rule-cases';

const RULE = 'privileged-claims';

const many = (n: number) => Array.from({ length: n }, (_, i) => `grp-${i}-engineering`);

const cases: RuleCase[] = [
  { name: "jwt.io's 2025 default payload", payload: { sub: '1234567890', name: 'John Doe', admin: true, iat: 1516239022 }, expected: 'info' },
  { name: 'isAdmin true', payload: { ...CLEAN, isAdmin: true }, expected: 'info' },
  { name: 'is_admin "true"', payload: { ...CLEAN, is_admin: 'true' }, expected: 'info' },
  { name: 'role admin', payload: { ...CLEAN, role: 'admin' }, expected: 'info' },
  { name: 'roles with ROLE_ADMIN', payload: { ...CLEAN, roles: ['user', 'ROLE_ADMIN'] }, expected: 'info' },
  { name: 'groups with root', payload: { ...CLEAN, groups: ['root'] }, expected: 'info' },
  { name: 'groups with superuser', payload: { ...CLEAN, groups: ['staff', 'superuser'] }, expected: 'info' },
  { name: 'namespaced cognito:groups', payload: { ...CLEAN, 'cognito:groups': ['Administrators'] }, expected: 'info' },
  { name: 'namespaced URL roles (Auth0)', payload: { ...CLEAN, 'https://example.com/roles': ['admin'] }, expected: 'info' },
  { name: 'Keycloak realm_access.roles', payload: { ...CLEAN, realm_access: { roles: ['offline_access', 'realm-admin'] } }, expected: 'info' },
  { name: 'Keycloak resource_access.app.roles', payload: { ...CLEAN, resource_access: { app: { roles: ['admin'] } } }, expected: 'info' },
  { name: 'scope with admin', payload: { ...CLEAN, scope: 'read admin:org' }, expected: 'info' },
  { name: 'scope *', payload: { ...CLEAN, scope: '*' }, expected: 'info' },
  { name: 'scp array with write:*', payload: { ...CLEAN, scp: ['read', 'write:*'] }, expected: 'info' },
  { name: 'admin false', payload: { ...CLEAN, admin: false }, expected: undefined },
  { name: 'isAdmin "false"', payload: { ...CLEAN, isAdmin: 'false' }, expected: undefined },
  { name: 'ordinary roles', payload: { ...CLEAN, roles: ['user', 'editor'] }, expected: undefined },
  { name: 'role word inside another word', payload: { ...CLEAN, groups: ['groot', 'badminton-club'] }, expected: undefined },
  { name: 'ordinary scope', payload: { ...CLEAN, scope: 'openid profile email' }, expected: undefined },
  { name: 'admin as a name elsewhere', payload: { ...CLEAN, name: 'admin' }, expected: undefined },
  { name: 'clean token', payload: CLEAN, expected: undefined },
  // The array's JSON text is searched once before its strings: an escape must not hide a role.
  { name: 'groups with an escaped admin', payload: JSON.stringify({ ...CLEAN, groups: ['staff', 'ADMIN'] }).replace('ADMIN', '\\u0041DMIN'), expected: 'info' },
  { name: 'thousands of ordinary groups', payload: { ...CLEAN, groups: many(5000) }, expected: undefined },
  { name: 'thousands of groups, the last an admin one', payload: { ...CLEAN, groups: [...many(5000), 'team-admins'] }, expected: 'info' },
  { name: 'admin only across two groups', payload: { ...CLEAN, groups: ['ad', 'min', 'xadmin', 'adminx'] }, expected: undefined },
];

describeRule(RULE, cases);
