/**
 * Platform: the database (embedded PostgreSQL in demo mode), per-module Flyway migrations, the command
 * line, and the mapping of errors to problem+json. Every module may use its API; it uses none of theirs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "平台")
package org.jiceng.platform;
