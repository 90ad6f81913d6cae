package ru.officialpages.domain;

/** The formats the orders ask to vary (novokubansky-1740 app.2 §7, mineralnye-vody order §5). */
public enum PostFormat {
    TEXT, PHOTO, VIDEO, INFOGRAPHIC, ANIMATION, LIVE_STREAM, POLL, CONTEST, REPOST, OTHER
}
