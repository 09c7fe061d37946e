/**
 * The shared kernel: the application, the roles, {@link org.jiceng.Scope} and the exceptions every module
 * answers with. Everything else lives in one top-level package per module.
 */
package org.jiceng;
