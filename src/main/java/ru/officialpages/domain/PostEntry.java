package ru.officialpages.domain;

/**
 * A post as the log lists it: with the page's address, network and organization, and the topic
 * of the plan item it fulfils ("" when it is tied to none).
 */
public record PostEntry(Post post, String pageAddress, String networkCode, String organizationName, long planItemId,
        String planTopic) {
}
