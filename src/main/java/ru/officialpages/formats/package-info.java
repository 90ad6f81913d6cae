/**
 * The names of the files' sheets and columns that the program writes (report) and reads back
 * (imports): one vocabulary beside both, so neither calls the other. Names only, through
 * {@code i18n}; no file is read or written here. Also how the bytes of a text file the user
 * brings are decoded ({@link ru.officialpages.formats.TextEncoding}), shared by imports and text.
 */
package ru.officialpages.formats;
