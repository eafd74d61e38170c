package org.quoteexplorer.gui.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    @Property(tries = 30)
    void anImageReaderGetsBackEveryPixelWithItsAlpha(@ForAll @IntRange(min = 1, max = 40) int width,
            @ForAll @IntRange(min = 1, max = 40) int height, @ForAll long seed) throws Exception {
        java.util.Random random = new java.util.Random(seed);
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = random.nextInt();
        }

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(width, height, argb)));

        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        int[] back = image.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < argb.length; i++) {
            int alpha = argb[i] >>> 24;
            // A fully transparent pixel has no colour to keep.
            if (alpha != 0) {
                assertThat(back[i]).as("pixel %d", i).isEqualTo(argb[i]);
            } else {
                assertThat(back[i] >>> 24).isZero();
            }
        }
    }

    @Test
    void pixelsThatDoNotFillTheSizeAreRefused() {
        assertThatThrownBy(() -> PngEncoder.encode(3, 2, new int[5])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 x 2");
    }
}
