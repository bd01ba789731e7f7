package org.petface.phantom;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Throwaway look at the cohort: writes a montage of CT (top) and PET (bottom) frontal renders to a PNG. */
final class PhantomPreview {

    private PhantomPreview() {
    }

    public static void main(String[] args) throws IOException {
        long seed = Long.parseLong(args[0]);
        int subjects = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        double petThreshold = args.length > 3 ? Double.parseDouble(args[3]) : 0.5;
        int session = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        PhantomGenerator generator = new PhantomGenerator(seed, 1.0);
        int tile = 300;
        BufferedImage montage = new BufferedImage(tile * subjects, 3 * tile, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = montage.createGraphics();
        for (int s = 0; s < subjects; s++) {
            long t0 = System.nanoTime();
            PhantomStudy study = generator.generate(s, session);
            long t1 = System.nanoTime();
            System.out.printf("subject %d: %.0f ms, ct %dx%dx%d, pet %dx%dx%d%n", s, (t1 - t0) / 1e6,
                    study.ct().grid().nx(), study.ct().grid().ny(), study.ct().grid().nz(),
                    study.petSuv().grid().nx(), study.petSuv().grid().ny(), study.petSuv().grid().nz());
            BufferedImage ct = FrontalRender.shade(study.ct(), -300, false);
            BufferedImage pet = FrontalRender.shade(study.petSuv(), petThreshold, false);
            BufferedImage side = FrontalRender.shade(study.ct(), -300, true);
            g.drawImage(side.getSubimage(side.getWidth() / 2 - 200 * side.getWidth() / 500, 0,
                    300 * side.getWidth() / 500, Math.min(side.getHeight(), 300 * side.getWidth() / 500)), s * tile, 2 * tile, tile, tile, null);
            // crop the head: centre 300 mm wide, top 300 mm
            g.drawImage(ct.getSubimage(ct.getWidth() / 2 - 150 * ct.getWidth() / 500, 0,
                    300 * ct.getWidth() / 500, Math.min(ct.getHeight(), 300 * ct.getWidth() / 500)), s * tile, 0, tile, tile, null);
            g.drawImage(pet.getSubimage(pet.getWidth() / 2 - 150 * pet.getWidth() / 500, 0,
                    300 * pet.getWidth() / 500, Math.min(pet.getHeight(), 300 * pet.getWidth() / 500)), s * tile, tile, tile, tile, null);
        }
        g.dispose();
        ImageIO.write(montage, "png", out.toFile());
    }
}
