package ru.officialpages.domain;

/** A moderation record as the list shows it: with its page's address, network and organization. */
public record ModerationEntry(ModerationRecord record, String pageAddress, String networkCode, String organizationName) {
}
