/**
 * The names of the files' sheets and columns that the program writes (report) and reads back
 * (imports): one vocabulary beside both, so neither calls the other. Names only, through
 * {@code i18n}; no file is read or written here.
 */
package ru.officialpages.formats;
