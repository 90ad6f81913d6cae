package ru.officialpages.report;

import java.util.List;

/**
 * A native chart's part ({@code c:chartSpace}): a bar chart of pages or a line chart of weeks,
 * each series with the cells it reads and a cache of their values, so a viewer that does not
 * calculate (a preview, a phone) still draws it. Written as text, as the rest of the workbook.
 */
final class ChartXml {
    /** One series: its name, the cells of its values and the values they hold now. */
    record Series(String name, String valuesRef, List<? extends Number> values, String color) {
    }

    /** Colours of DrawingML's preset list, as the PDF's charts use. */
    static final String BLUE = "steelBlue";
    static final String ORANGE = "dkOrange";

    private ChartXml() {
    }

    /** Horizontal bars, categories top to bottom in the order given. */
    static String bars(String title, String categoriesRef, List<String> categories, List<Series> series) {
        StringBuilder x = start(title);
        x.append("<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>");
        series(x, categoriesRef, categories, series, (i, s) -> "<c:spPr><a:solidFill><a:prstClr val=\"" + s.color()
                + "\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>", "");
        x.append("<c:gapWidth val=\"150\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>");
        // Pages down the left, top to bottom as in the table; the counts along the bottom.
        axes(x, "maxMin", "l", "b", "between");
        return end(x);
    }

    /** Lines over the weeks, the first series with round markers. */
    static String lines(String title, String categoriesRef, List<String> categories, List<Series> series) {
        StringBuilder x = start(title);
        x.append("<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>");
        series(x, categoriesRef, categories, series, (i, s) -> "<c:spPr><a:ln w=\"25400\"><a:solidFill><a:prstClr val=\""
                + s.color() + "\"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val=\"" + (i == 0 ? "circle" : "none")
                + "\"/></c:marker>", "<c:smooth val=\"0\"/>");
        x.append("<c:marker val=\"1\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:lineChart>");
        // The weeks on the ticks, the lines from edge to edge.
        axes(x, "minMax", "b", "l", "midCat");
        return end(x);
    }

    /** Each series: its name, {@code look} (colour, marker), its data, then {@code tail}, in the schema's order. */
    private static void series(StringBuilder x, String categoriesRef, List<String> categories, List<Series> series,
            java.util.function.BiFunction<Integer, Series, String> look, String tail) {
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            x.append("<c:ser><c:idx val=\"").append(i).append("\"/><c:order val=\"").append(i).append("\"/>")
                    .append("<c:tx><c:v>").append(XmlText.of(s.name())).append("</c:v></c:tx>").append(look.apply(i, s));
            data(x, categoriesRef, categories, s);
            x.append(tail).append("</c:ser>");
        }
    }

    private static StringBuilder start(String title) {
        StringBuilder x = new StringBuilder(4096)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"")
                .append(" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"")
                .append(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
                .append("<c:roundedCorners val=\"0\"/><c:chart>");
        // A title at the size of the table's text, not Excel's default 18 pt that fills half the chart.
        x.append("<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1100\" b=\"1\"/></a:pPr>")
                .append("<a:r><a:rPr lang=\"ru-RU\" sz=\"1100\" b=\"1\"/><a:t>").append(XmlText.of(title))
                .append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>")
                .append("<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>");
        return x;
    }

    private static void data(StringBuilder x, String categoriesRef, List<String> categories, Series s) {
        x.append("<c:cat><c:strRef><c:f>").append(XmlText.of(categoriesRef)).append("</c:f><c:strCache><c:ptCount val=\"")
                .append(categories.size()).append("\"/>");
        for (int i = 0; i < categories.size(); i++) {
            x.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(XmlText.of(categories.get(i))).append("</c:v></c:pt>");
        }
        x.append("</c:strCache></c:strRef></c:cat>");
        x.append("<c:val><c:numRef><c:f>").append(XmlText.of(s.valuesRef())).append("</c:f><c:numCache>")
                .append("<c:formatCode>General</c:formatCode><c:ptCount val=\"").append(s.values().size()).append("\"/>");
        for (int i = 0; i < s.values().size(); i++) {
            x.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(s.values().get(i)).append("</c:v></c:pt>");
        }
        x.append("</c:numCache></c:numRef></c:val>");
    }

    /** The category axis (id 1) and the value axis (id 2), crossing at zero. */
    private static void axes(StringBuilder x, String categoryOrder, String categoryPosition, String valuePosition,
            String crossBetween) {
        x.append("<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"").append(categoryOrder)
                .append("\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"").append(categoryPosition).append("\"/>")
                .append("<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"out\"/>")
                .append("<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"2\"/>")
                .append("<c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/>")
                .append("<c:noMultiLvlLbl val=\"0\"/></c:catAx>");
        x.append("<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>")
                .append("<c:axPos val=\"").append(valuePosition).append("\"/>")
                .append("<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"out\"/>")
                .append("<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/>")
                .append("<c:crosses val=\"autoZero\"/><c:crossBetween val=\"").append(crossBetween).append("\"/></c:valAx>");
    }

    private static String end(StringBuilder x) {
        return x.append("</c:plotArea><c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend>")
                .append("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>").toString();
    }
}
