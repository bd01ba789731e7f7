package org.petface.knime.data;

import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider;

/** The dialog's choice of mesh columns. */
public final class MeshColumns extends CompatibleColumnsProvider {

    public MeshColumns() {
        super(MeshValue.class);
    }
}
