package ru.officialpages.storage;

import ru.officialpages.domain.Page;

/**
 * A second page of one organization in one network (novoaltaysk-608 §1.5): the organization's and the
 * network's names, and the page already there, for the refusal to name.
 */
public final class PageConflictException extends StorageException {
    private static final long serialVersionUID = 1L;
    private final String organization;
    private final String network;
    private final transient Page existing;

    public PageConflictException(String organization, String network, Page existing) {
        super("second page in a network: " + existing.address());
        this.organization = organization;
        this.network = network;
        this.existing = existing;
    }

    public String organization() {
        return organization;
    }

    public String network() {
        return network;
    }

    public Page existing() {
        return existing;
    }
}
