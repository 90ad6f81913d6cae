package ru.officialpages.domain;

/** A post as the log lists it: with the page's address, network and organization. */
public record PostEntry(Post post, String pageAddress, String networkCode, String organizationName) {
}
