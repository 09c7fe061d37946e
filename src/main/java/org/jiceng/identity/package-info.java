/**
 * Identity: users, roles held at territory nodes, login, API tokens and the audit log of security events.
 * Other modules see the signed-in person as {@link org.jiceng.CurrentUser}; they record security-relevant
 * acts through {@link org.jiceng.identity.AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "身份与权限")
package org.jiceng.identity;
