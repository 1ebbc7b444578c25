package vn.taphuan.reporting.scope;

import vn.taphuan.kit.refusal.Reason;

/** Why a province's scope cannot be read; the words are in {@code messages_*.properties}. */
public sealed interface ScopeRefusal extends Reason {

    record NoSuchTenant(String tenantId) implements ScopeRefusal {
    }
}
