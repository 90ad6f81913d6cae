package ru.officialpages.report;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The styles of one workbook, made once: Excel allows about 64,000 styles per file, so a style
 * per cell would break a large export.
 */
final class CellStyles {
    static final String DATE_FORMAT = "dd.mm.yyyy";
    static final String DATE_TIME_FORMAT = "dd.mm.yyyy hh:mm";
    static final String INTEGER_FORMAT = "#,##0";
    static final String DECIMAL_FORMAT = "#,##0.00";
    static final short TITLE_POINTS = 14;
    static final short BODY_POINTS = 11;

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle footer;
    final CellStyle header;
    /** A section heading kept with what follows it (bold, no border). */
    final CellStyle heading;
    /** The name of a key figure beside its text (bold, top-aligned). */
    final CellStyle figureLabel;
    /** A link whose text is longer than its column: wrapped, still blue and underlined. */
    final CellStyle wrappedLink;
    /** Text that could not be shown as its column's type, e.g. a date before 1900. */
    final CellStyle fallbackText;
    private final Map<ColumnType, CellStyle> data = new EnumMap<>(ColumnType.class);
    private final Map<ColumnType, CellStyle> totals = new EnumMap<>(ColumnType.class);

    CellStyles(Workbook wb) {
        DataFormat formats = wb.createDataFormat();
        // The body size named outright: a style without a font printed at 10 pt in LibreOffice.
        Font body = wb.createFont();
        body.setFontHeightInPoints(BODY_POINTS);
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints(BODY_POINTS);
        Font titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints(TITLE_POINTS);
        Font link = wb.createFont();
        link.setUnderline(Font.U_SINGLE);
        link.setColor(IndexedColors.BLUE.getIndex());
        link.setFontHeightInPoints(BODY_POINTS);

        title = wb.createCellStyle();
        title.setFont(titleFont);
        title.setWrapText(true);
        title.setVerticalAlignment(VerticalAlignment.TOP);
        subtitle = wb.createCellStyle();
        subtitle.setFont(body);
        subtitle.setWrapText(true);
        subtitle.setVerticalAlignment(VerticalAlignment.TOP);
        footer = wb.createCellStyle();
        footer.setFont(body);
        footer.setWrapText(true);
        footer.setVerticalAlignment(VerticalAlignment.TOP);

        header = bordered(wb);
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        fallbackText = bordered(wb);
        fallbackText.setFont(body);
        heading = wb.createCellStyle();
        heading.setFont(bold);
        heading.setVerticalAlignment(VerticalAlignment.BOTTOM);
        wrappedLink = bordered(wb);
        wrappedLink.setFont(link);
        wrappedLink.setWrapText(true);
        figureLabel = wb.createCellStyle();
        figureLabel.setFont(bold);
        figureLabel.setWrapText(true);
        figureLabel.setVerticalAlignment(VerticalAlignment.TOP);

        for (ColumnType type : ColumnType.values()) {
            CellStyle plain = bordered(wb);
            plain.setFont(body);
            CellStyle total = bordered(wb);
            total.setFont(bold);
            switch (type) {
                case WRAPPED_TEXT -> plain.setWrapText(true);
                case INTEGER -> {
                    plain.setDataFormat(formats.getFormat(INTEGER_FORMAT));
                    total.setDataFormat(formats.getFormat(INTEGER_FORMAT));
                }
                case DECIMAL -> {
                    plain.setDataFormat(formats.getFormat(DECIMAL_FORMAT));
                    total.setDataFormat(formats.getFormat(DECIMAL_FORMAT));
                }
                case DATE -> plain.setDataFormat(formats.getFormat(DATE_FORMAT));
                case DATE_TIME -> plain.setDataFormat(formats.getFormat(DATE_TIME_FORMAT));
                case BOOLEAN_YES_NO -> plain.setAlignment(HorizontalAlignment.CENTER);
                case HYPERLINK -> plain.setFont(link);
                case TEXT, AS_GIVEN -> { }
            }
            data.put(type, plain);
            totals.put(type, total);
        }
    }

    CellStyle data(ColumnType type) {
        return data.get(type);
    }

    CellStyle totals(ColumnType type) {
        return totals.get(type);
    }

    private static CellStyle bordered(Workbook wb) {
        CellStyle s = wb.createCellStyle();
        // Tables go to print; without borders the printed rows run together.
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }
}
