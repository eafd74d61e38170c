package org.quoteexplorer.gui.corpus;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes ARGB pixels as a PNG file. JavaFX alone cannot save an image (its bridge to ImageIO is
 * in a separate module the app does not ship), and a chart needs only truecolour with alpha,
 * no filters: a few dozen lines instead of a dependency.
 */
public final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngEncoder() {
    }

    /**
     * @param argb row by row from the top, one int per pixel (alpha in the high byte), as
     *             {@code PixelReader.getPixels} gives them
     */
    public static byte[] encode(int width, int height, int[] argb) {
        if (width <= 0 || height <= 0 || argb.length != (long) width * height) {
            throw new IllegalArgumentException(width + " x " + height + " does not match " + argb.length + " pixels");
        }
        try {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.writeByte(8); // bits per channel
            h.writeByte(6); // RGBA
            h.writeByte(0);
            h.writeByte(0);
            h.writeByte(0);
            chunk(file, "IHDR", header.toByteArray());
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(compressed)) {
                byte[] row = new byte[1 + width * 4];
                for (int y = 0; y < height; y++) {
                    row[0] = 0; // no filter
                    for (int x = 0; x < width; x++) {
                        int p = argb[y * width + x];
                        int at = 1 + x * 4;
                        row[at] = (byte) (p >>> 16);
                        row[at + 1] = (byte) (p >>> 8);
                        row[at + 2] = (byte) p;
                        row[at + 3] = (byte) (p >>> 24);
                    }
                    z.write(row);
                }
            }
            chunk(file, "IDAT", compressed.toByteArray());
            chunk(file, "IEND", new byte[0]);
            return file.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
    }

    private static void chunk(ByteArrayOutputStream file, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(file);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
