package org.petface.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.petface.core.Status;

/** Hostile files become ERROR rows (never a StackOverflowError or OutOfMemoryError) and the walk goes on. */
class MalformedDicomTest {

    @TempDir
    Path temp;

    @Test
    void tenThousandNestedSequences() throws Exception {
        Files.write(temp.resolve("deep.dcm"), new DicomFiles().nestedSequences(10_000)
                .element(0x0028, 0x0010, "US", new byte[] {16, 0}).bytes());
        SeriesRecord row = onlyRow();
        assertEquals(Status.Code.ERROR, row.status().code());
        assertTrue(row.status().reason().contains("nested deeper than 16"), row.status().reason());
    }

    @Test
    void absurdLengthOnASmallFile() throws Exception {
        Files.write(temp.resolve("huge.dcm"), new DicomFiles()
                .element(0x0008, 0x0060, "CS", "CT".getBytes(StandardCharsets.US_ASCII))
                .longHeader(0x0042, 0x0011, "OB", 0xFFFFFFF0L).padTo(1024).bytes());
        SeriesRecord row = onlyRow();
        assertEquals(Status.Code.ERROR, row.status().code());
        assertTrue(row.status().reason().contains("4294967280 bytes"), row.status().reason());
    }

    @Test
    void absurdPixelDataLength() throws Exception {
        Files.write(temp.resolve("pixels.dcm"), new DicomFiles()
                .longHeader(0x7FE0, 0x0010, "OW", 0x7FFFFFF0L).padTo(1024).bytes());
        SeriesRecord row = onlyRow();
        assertEquals(Status.Code.ERROR, row.status().code());
        assertTrue(row.status().reason().startsWith("truncated"), row.status().reason());
    }

    @Test
    void elementLongerThanItsItem() throws Exception {
        Files.write(temp.resolve("item.dcm"), new DicomFiles()
                .longHeader(0x0008, 0x1115, "SQ", 24).item(16)
                .longHeader(0x0008, 0x1155, "UN", 100).padTo(1024).bytes());
        SeriesRecord row = onlyRow();
        assertEquals(Status.Code.ERROR, row.status().code());
        assertTrue(row.status().reason().contains("more than its enclosing item holds"), row.status().reason());
    }

    @Test
    void noPixelData() throws Exception {
        Files.write(temp.resolve("empty.dcm"), new DicomFiles()
                .element(0x0008, 0x0060, "CS", "CT".getBytes(StandardCharsets.US_ASCII)).bytes());
        SeriesRecord row = onlyRow();
        assertEquals(Status.Code.WARNING, row.status().code());
        assertEquals("no pixel data", row.status().reason());
    }

    private SeriesRecord onlyRow() {
        ScanResult result = new SeriesScanner(ScanOptions.defaults()).apply(temp);
        assertEquals(1, result.rows().size(), result.rows().toString());
        return result.rows().get(0);
    }
}
