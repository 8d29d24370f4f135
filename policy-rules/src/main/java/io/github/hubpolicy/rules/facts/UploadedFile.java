package io.github.hubpolicy.rules.facts;

import io.github.hubpolicy.api.ItemFile;
import io.github.hubpolicy.api.MalwareScan;
import io.github.hubpolicy.api.internal.WireNames;
import java.util.List;

/** A file in the artifact's repository ({@code files[index]}). */
public final class UploadedFile {
    private final int index;
    private final ItemFile file;

    public UploadedFile(int index, ItemFile file) {
        this.index = index;
        this.file = file;
    }

    public int getIndex() {
        return index;
    }

    public String getPath() {
        return file.path();
    }

    /** The malware scan completed and found malware. */
    public boolean isInfected() {
        return file.malwareScan() == MalwareScan.INFECTED;
    }

    public List<String> evidence() {
        return List.of("files[" + index + "].malwareScan=" + WireNames.of(file.malwareScan()));
    }

    @Override
    public String toString() {
        return "files[" + index + "]";
    }
}
