package ru.officialpages.domain;

/** A blacklist entry as the list shows it: with its page's address, network and organization. */
public record BlacklistListing(BlacklistEntry entry, String pageAddress, String networkCode, String organizationName) {
}
