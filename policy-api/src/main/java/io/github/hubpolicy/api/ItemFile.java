package io.github.hubpolicy.api;

import java.util.List;

/**
 * A file in an artifact's repository.
 *
 * @param path          the file's path in the repository, non-blank
 * @param sizeBytes     its size, or {@code null} when unknown
 * @param pickleImports the {@code module.name} imports its pickle data performs
 * @param malwareScan   the state of its malware scan ({@code PENDING} when unknown)
 */
public record ItemFile(String path, Long sizeBytes, List<String> pickleImports, MalwareScan malwareScan) {
    public ItemFile {
        Checks.nonBlank("path", path);
        if (sizeBytes != null) {
            Checks.nonNegative("sizeBytes", sizeBytes);
        }
        pickleImports = Checks.list("pickleImports", pickleImports);
        malwareScan = malwareScan == null ? MalwareScan.PENDING : malwareScan;
    }

    /** A file with no pickle imports whose scan is pending. */
    public static ItemFile of(String path) {
        return new ItemFile(path, null, List.of(), MalwareScan.PENDING);
    }
}
