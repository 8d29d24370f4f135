package io.github.hubpolicy.rules.detect;

import java.util.Objects;
import java.util.Set;

/**
 * Classifies the imports a pickle performs, each written {@code module.name} (section 4, pickle
 * imports). The module is everything before the last dot.
 */
public final class PickleImports {
    private static final Set<String> SAFE = Set.of(
            "collections.OrderedDict",
            "torch._utils._rebuild_tensor_v2",
            "torch._utils._rebuild_parameter",
            "torch.Size",
            "torch.device",
            "numpy.dtype",
            "numpy.ndarray",
            "numpy.core.multiarray._reconstruct",
            "numpy.core.multiarray.scalar",
            "numpy._core.multiarray._reconstruct",
            "numpy._core.multiarray.scalar");

    /** Modules whose every name, and every submodule's, is dangerous. */
    private static final Set<String> DANGEROUS_MODULES = Set.of(
            "os", "nt", "posix", "subprocess", "_posixsubprocess", "sys", "socket", "shutil", "runpy",
            "pty", "pip", "venv", "webbrowser", "pickle", "_pickle", "marshal", "ctypes", "asyncio",
            "multiprocessing", "importlib", "code", "timeit", "pydoc", "pdb", "bdb", "requests",
            "urllib", "http.client", "aiohttp", "numpy.testing._private.utils", "numpy.f2py",
            "torch.hub");

    /** The most dotted components of any dangerous module ({@code numpy.testing._private.utils}). */
    private static final int DANGEROUS_MODULE_DEPTH = DANGEROUS_MODULES.stream()
            .mapToInt(m -> m.split("\\.").length)
            .max()
            .orElse(1);

    private static final Set<String> DANGEROUS_BUILTINS = Set.of(
            "eval", "exec", "compile", "getattr", "setattr", "open", "breakpoint", "__import__");

    private static final Set<String> DANGEROUS_NAMES = Set.of(
            "functools.partial", "operator.attrgetter", "operator.methodcaller",
            "torch.serialization.load", "torch.load");

    private PickleImports() {
    }

    /**
     * The risk of one import.
     *
     * @param moduleDotName the import as {@code module.name}; a string with no dot is suspicious
     */
    public static ImportRisk classify(String moduleDotName) {
        Objects.requireNonNull(moduleDotName, "moduleDotName");
        int lastDot = moduleDotName.lastIndexOf('.');
        if (lastDot < 0) {
            return ImportRisk.SUSPICIOUS;
        }
        String module = moduleDotName.substring(0, lastDot);
        String name = moduleDotName.substring(lastDot + 1);
        if (isDangerousModule(module)
                || DANGEROUS_NAMES.contains(moduleDotName)
                || (module.equals("builtins") || module.equals("__builtin__")) && DANGEROUS_BUILTINS.contains(name)) {
            return ImportRisk.DANGEROUS;
        }
        if (SAFE.contains(moduleDotName)
                || (module.equals("torch") || module.equals("torch.cuda")) && isStorageType(name)) {
            return ImportRisk.SAFE;
        }
        return ImportRisk.SUSPICIOUS;
    }

    /**
     * The module itself or any submodule of it: {@code os.path} is as dangerous as {@code os}. Only
     * prefixes as deep as the deepest listed module are looked up, so a long name costs linear time.
     */
    private static boolean isDangerousModule(String module) {
        int dot = module.indexOf('.');
        for (int depth = 1; dot >= 0 && depth <= DANGEROUS_MODULE_DEPTH; depth++) {
            if (DANGEROUS_MODULES.contains(module.substring(0, dot))) {
                return true;
            }
            dot = module.indexOf('.', dot + 1);
        }
        return DANGEROUS_MODULES.contains(module);
    }

    /**
     * {@code <Type>Storage} where {@code <Type>} is a capital letter followed by letters or digits.
     * "Followed by" is read as at least one more character: every real storage type has one, and
     * the stricter reading errs toward a warning.
     */
    private static boolean isStorageType(String name) {
        String suffix = "Storage";
        if (!name.endsWith(suffix) || name.length() < suffix.length() + 2) {
            return false;
        }
        int typeEnd = name.length() - suffix.length();
        if (name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < typeEnd; i++) {
            if (!Ascii.isLetterOrDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
