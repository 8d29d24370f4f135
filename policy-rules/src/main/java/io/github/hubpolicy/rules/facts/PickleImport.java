package io.github.hubpolicy.rules.facts;

import io.github.hubpolicy.api.internal.SafeText;
import io.github.hubpolicy.rules.detect.ImportRisk;
import java.util.List;

/**
 * One {@code module.name} import that a file's pickle data performs, classified by the pickle
 * import detector (guidelines.md, section 4).
 */
public final class PickleImport {
    private final int fileIndex;
    private final int importIndex;
    private final String path;
    private final String name;
    private final ImportRisk risk;

    public PickleImport(int fileIndex, int importIndex, String path, String name, ImportRisk risk) {
        this.fileIndex = fileIndex;
        this.importIndex = importIndex;
        this.path = path;
        this.name = name;
        this.risk = risk;
    }

    /** The path of the file that performs it. */
    public String getPath() {
        return path;
    }

    /** The import, e.g. {@code os.system}. */
    public String getName() {
        return name;
    }

    public ImportRisk getRisk() {
        return risk;
    }

    /** Runs code, touches the system or the network, or loads more pickles. */
    public boolean isDangerous() {
        return risk == ImportRisk.DANGEROUS;
    }

    /** Neither known safe nor known dangerous. */
    public boolean isSuspicious() {
        return risk == ImportRisk.SUSPICIOUS;
    }

    public List<String> evidence() {
        return List.of("files[" + fileIndex + "].pickleImports[" + importIndex + "]=" + SafeText.masked(name));
    }

    /** How a rationale names it: {@code os.system in model.bin}, anything secret-looking masked. */
    public String describe() {
        return SafeText.masked(name) + " in " + SafeText.masked(path);
    }

    @Override
    public String toString() {
        return describe();
    }
}
