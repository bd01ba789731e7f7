package org.petface.reader;

/** Where a scanned series comes from. */
public enum SourceKind { DICOM, NIFTI }
