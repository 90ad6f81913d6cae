package ru.officialpages.report;

/** How a sheet lies on A4 paper. */
public enum PageOrientation {
    PORTRAIT,
    LANDSCAPE
}
