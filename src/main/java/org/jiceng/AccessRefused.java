package org.jiceng;

/**
 * Published when a request is refused with 403 (a role or scope refusal raised by any module), so the
 * identity module can write it to the audit log without every module knowing about auditing. Consumed by
 * {@code identity.internal.SecurityEvents}.
 */
public record AccessRefused(String method, String path, String reason) {
}
