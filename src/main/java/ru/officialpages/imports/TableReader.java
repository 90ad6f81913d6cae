package ru.officialpages.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import ru.officialpages.i18n.Tr;

/**
 * Reads a table the user exported from Excel or another program: .xlsx (the first sheet) or
 * .csv (UTF-8 with or without BOM, or Windows-1251; {@code ;}, {@code ,} or tab). The format
 * is told by the content, not the name, because files get renamed. Everything that can go
 * wrong ends in a {@link TableException} with a Russian message.
 */
public final class TableReader {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final TableLimits limits;

    public TableReader() {
        this(TableLimits.DEFAULT);
    }

    public TableReader(TableLimits limits) {
        this.limits = limits;
    }

    public Table read(Path file) {
        try {
            // Size first: a 2 GB file must be refused before it is read into memory.
            if (Files.size(file) > limits.maxBytes()) {
                throw tooBig();
            }
            byte[] head;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(ZIP.length);
            }
            if (startsWith(head, ZIP)) {
                // From disk: the archive's parts are read as needed, not the whole file into memory.
                return XlsxTableReader.read(file, limits);
            }
            return read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new TableException(0, Tr.tr("table.error.read", file.getFileName()), e);
        }
    }

    public Table read(byte[] content) {
        if (content.length > limits.maxBytes()) {
            throw tooBig();
        }
        if (content.length == 0) {
            throw new TableException(0, Tr.tr("table.error.empty"));
        }
        if (startsWith(content, ZIP)) {
            return XlsxTableReader.read(content, limits);
        }
        if (startsWith(content, OLE2)) {
            throw new TableException(0, Tr.tr("table.error.xls"));
        }
        return CsvTableReader.read(content, limits);
    }

    private TableException tooBig() {
        return new TableException(0, Tr.tr("table.error.tooBig", limits.maxBytes() / (1024 * 1024)));
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
