package ru.officialpages.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The styles of a workbook: one fixed set, written once as {@code xl/styles.xml}, that cells name
 * by number. Excel allows about 64,000 styles per file, so a style per cell would break a large
 * export; and a fixed set needs no lookup while rows stream.
 */
final class CellStyles {
    static final String DATE_FORMAT = "dd.mm.yyyy";
    static final String DATE_TIME_FORMAT = "dd.mm.yyyy hh:mm";
    /** Built-in number formats 3 and 4: «#,##0» and «#,##0.00» need no entry of their own. */
    private static final int INTEGER_FORMAT = 3;
    private static final int DECIMAL_FORMAT = 4;
    private static final int DATE_FORMAT_ID = 164;
    private static final int DATE_TIME_FORMAT_ID = 165;
    static final short TITLE_POINTS = 14;
    static final short BODY_POINTS = 11;

    /** Fonts in the order of styles.xml: Excel's default first, as every reader expects font 0 to be. */
    private static final int BODY = 1;
    private static final int BOLD = 2;
    private static final int TITLE = 3;
    private static final int LINK = 4;
    /** Fills: 0 and 1 are the two every workbook must start with (none, gray125); 2 the header's grey. */
    private static final int GREY = 2;
    /** Borders: 0 none, 1 thin all round. */
    private static final int THIN = 1;

    private record Style(int font, int fill, int border, int format, boolean wrap, String horizontal, String vertical) {
    }

    private final List<Style> all = new ArrayList<>();

    final int title;
    final int subtitle;
    final int footer;
    final int header;
    /** A section heading kept with what follows it (bold, no border). */
    final int heading;
    /** The name of a key figure beside its text (bold, top-aligned). */
    final int figureLabel;
    /** A link whose text is longer than its column: wrapped, still blue and underlined. */
    final int wrappedLink;
    /** Text that could not be shown as its column's type, e.g. a date before 1900. */
    final int fallbackText;
    private final Map<ColumnType, Integer> data = new EnumMap<>(ColumnType.class);
    private final Map<ColumnType, Integer> totals = new EnumMap<>(ColumnType.class);

    CellStyles() {
        add(new Style(0, 0, 0, 0, false, null, null));
        title = add(new Style(TITLE, 0, 0, 0, true, null, "top"));
        subtitle = add(new Style(BODY, 0, 0, 0, true, null, "top"));
        footer = add(new Style(BODY, 0, 0, 0, true, null, "top"));
        // Tables go to print; without borders the printed rows run together.
        header = add(new Style(BOLD, GREY, THIN, 0, true, "center", "center"));
        fallbackText = add(new Style(BODY, 0, THIN, 0, false, null, "top"));
        heading = add(new Style(BOLD, 0, 0, 0, false, null, "bottom"));
        wrappedLink = add(new Style(LINK, 0, THIN, 0, true, null, "top"));
        figureLabel = add(new Style(BOLD, 0, 0, 0, true, null, "top"));
        for (ColumnType type : ColumnType.values()) {
            int font = type == ColumnType.HYPERLINK ? LINK : BODY;
            int format = switch (type) {
                case INTEGER -> INTEGER_FORMAT;
                case DECIMAL -> DECIMAL_FORMAT;
                case DATE -> DATE_FORMAT_ID;
                case DATE_TIME -> DATE_TIME_FORMAT_ID;
                default -> 0;
            };
            int totalFormat = type.summable() ? format : 0;
            data.put(type, add(new Style(font, 0, THIN, format, type == ColumnType.WRAPPED_TEXT,
                    type == ColumnType.BOOLEAN_YES_NO ? "center" : null, "top")));
            totals.put(type, add(new Style(BOLD, 0, THIN, totalFormat, false, null, "top")));
        }
    }

    private int add(Style s) {
        all.add(s);
        return all.size() - 1;
    }

    int data(ColumnType type) {
        return data.get(type);
    }

    int totals(ColumnType type) {
        return totals.get(type);
    }

    boolean wraps(int style) {
        return all.get(style).wrap();
    }

    /** The styles part, its elements in the order the schema (and Excel) demands. */
    String xml() {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                .append("<numFmts count=\"2\"><numFmt numFmtId=\"").append(DATE_FORMAT_ID).append("\" formatCode=\"")
                .append(DATE_FORMAT).append("\"/><numFmt numFmtId=\"").append(DATE_TIME_FORMAT_ID).append("\" formatCode=\"")
                .append(DATE_TIME_FORMAT).append("\"/></numFmts>")
                .append("<fonts count=\"5\">")
                .append("<font><sz val=\"11\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>")
                // The body size named outright: a style without a font printed at 10 pt in LibreOffice.
                .append("<font><sz val=\"").append(BODY_POINTS).append("\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
                .append("<font><b/><sz val=\"").append(BODY_POINTS).append("\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
                .append("<font><b/><sz val=\"").append(TITLE_POINTS).append("\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
                .append("<font><u/><sz val=\"").append(BODY_POINTS)
                .append("\"/><color indexed=\"12\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
                .append("</fonts>")
                .append("<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>")
                .append("<fill><patternFill patternType=\"gray125\"/></fill>")
                .append("<fill><patternFill patternType=\"solid\"><fgColor indexed=\"22\"/><bgColor indexed=\"64\"/></patternFill></fill>")
                .append("</fills>")
                .append("<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>")
                .append("<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/></border>")
                .append("</borders>")
                .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
                .append("<cellXfs count=\"").append(all.size()).append("\">");
        for (Style s : all) {
            x.append("<xf numFmtId=\"").append(s.format()).append("\" fontId=\"").append(s.font()).append("\" fillId=\"")
                    .append(s.fill()).append("\" borderId=\"").append(s.border()).append("\" xfId=\"0\"");
            if (s.format() != 0) {
                x.append(" applyNumberFormat=\"1\"");
            }
            if (s.font() != 0) {
                x.append(" applyFont=\"1\"");
            }
            if (s.fill() != 0) {
                x.append(" applyFill=\"1\"");
            }
            if (s.border() != 0) {
                x.append(" applyBorder=\"1\"");
            }
            if (s.wrap() || s.horizontal() != null || s.vertical() != null) {
                x.append(" applyAlignment=\"1\"><alignment");
                if (s.horizontal() != null) {
                    x.append(" horizontal=\"").append(s.horizontal()).append('"');
                }
                if (s.vertical() != null) {
                    x.append(" vertical=\"").append(s.vertical()).append('"');
                }
                if (s.wrap()) {
                    x.append(" wrapText=\"1\"");
                }
                x.append("/></xf>");
            } else {
                x.append("/>");
            }
        }
        return x.append("</cellXfs>")
                .append("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
                .append("<dxfs count=\"0\"/><tableStyles count=\"0\"/>")
                .append("</styleSheet>").toString();
    }
}
