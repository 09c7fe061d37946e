/**
 * Platform: the database (embedded PostgreSQL in demo mode), per-module Flyway migrations, the command
 * line, and the mapping of errors to problem+json. Every module may use its API; it uses none of theirs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.jiceng.platform;
