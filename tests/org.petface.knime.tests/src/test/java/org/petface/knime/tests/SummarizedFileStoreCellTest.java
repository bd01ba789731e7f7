package org.petface.knime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.lang.reflect.ParameterizedType;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellSerializer;
import org.petface.knime.data.FaceRenderCell;
import org.petface.knime.data.MeshCell;
import org.petface.knime.data.VolumeCell;

/** The serializers the file-store cells share. */
class SummarizedFileStoreCellTest {

    /**
     * KNIME's DataCellSerializer.getCellClass() takes the cell class from the serializer's generic superclass when the
     * interface's own type argument is a type variable, as it is for the shared base: each serializer must name its
     * own cell there.
     */
    @Test
    void eachSerializerNamesItsCellClassAsTheGenericArgument() throws Exception {
        final Map<Class<? extends DataCell>, Class<?>> serializers = Map.of(VolumeCell.class,
            VolumeCell.VolumeSerializer.class, MeshCell.class, MeshCell.MeshSerializer.class, FaceRenderCell.class,
            FaceRenderCell.FaceRenderSerializer.class);
        for (final var entry : serializers.entrySet()) {
            assertInstanceOf(DataCellSerializer.class, entry.getValue().getConstructor().newInstance());
            final ParameterizedType superclass = (ParameterizedType)entry.getValue().getGenericSuperclass();
            assertEquals(entry.getKey(), superclass.getActualTypeArguments()[0], entry.getValue().getName());
        }
    }
}
