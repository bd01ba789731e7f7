package org.petface.phantom;

import org.petface.core.Volume;
import org.petface.core.VoxelUnit;

/**
 * One generated PET/CT session of a subject: the CT in HU and the FDG PET in SUVbw, with the
 * acquisition parameters from which the PET's activity concentration and SUV relate.
 */
public record PhantomStudy(PhantomSubject subject, PhantomSession session, Volume ct, Volume petSuv) {

    /** The PET as a scanner stores it: activity concentration (Bq/ml) decay-corrected to scan start. */
    public Volume petBqml() {
        float[] suv = petSuv.voxels();
        float[] bqml = new float[suv.length];
        double bqmlPerSuv = 1 / session.pet().suvPerBqml();
        for (int n = 0; n < suv.length; n++) {
            bqml[n] = (float) (suv[n] * bqmlPerSuv);
        }
        return petSuv.withVoxels(bqml, VoxelUnit.BQML);
    }
}
