package io.github.hubpolicy.rules.detect;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Classifies the imports a pickle performs, each written {@code module.name} (section 4, pickle
 * imports, catalog revision 2). The module is everything before the last dot. Dangerous wins over
 * safe; anything on neither list, a string with no dot included, is suspicious. A module is
 * matched whole, dot by dot: {@code profile} is not {@code torch.profiler}, and {@code trace}
 * is not {@code traceback}.
 */
final class PickleImports {
    private static final Set<String> SAFE_NAMES = Set.of(
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
            "torch.hub",
            // Catalog revision 2: the rest of what the hub's pickle scanner (picklescan) calls dangerous.
            "commands", "httplib", "ssl", "distutils.file_util", "ensurepip", "cProfile", "profile", "trace",
            "doctest", "idlelib", "lib2to3");

    private static final Set<String> DANGEROUS_NAMES = dangerousNames();

    private static final int LONGEST_DANGEROUS_MODULE = longest(DANGEROUS_MODULES);
    private static final int LONGEST_NAME = Math.max(longest(SAFE_NAMES), longest(DANGEROUS_NAMES));

    private PickleImports() {
    }

    /**
     * The risk of one import.
     *
     * @param moduleDotName the import as {@code module.name}
     */
    static ImportRisk classify(String moduleDotName) {
        Objects.requireNonNull(moduleDotName, "moduleDotName");
        int lastDot = moduleDotName.lastIndexOf('.');
        if (lastDot < 0) {
            return ImportRisk.SUSPICIOUS;
        }
        // Listed names are short: a longer import is never looked up whole, so it costs linear time.
        boolean mayBeListed = moduleDotName.length() <= LONGEST_NAME;
        if (isInDangerousModule(moduleDotName, lastDot) || mayBeListed && DANGEROUS_NAMES.contains(moduleDotName)) {
            return ImportRisk.DANGEROUS;
        }
        if (mayBeListed && SAFE_NAMES.contains(moduleDotName) || isStorageType(moduleDotName, lastDot)) {
            return ImportRisk.SAFE;
        }
        return ImportRisk.SUSPICIOUS;
    }

    /**
     * Whether the module (everything before {@code lastDot}) is a dangerous module or a submodule
     * of one: {@code os.path} is as dangerous as {@code os}. Only prefixes that end at a dot and are
     * no longer than the longest dangerous module are looked up.
     */
    private static boolean isInDangerousModule(String name, int lastDot) {
        for (int dot = name.indexOf('.'); dot >= 0 && dot <= lastDot && dot <= LONGEST_DANGEROUS_MODULE;
                dot = name.indexOf('.', dot + 1)) {
            if (DANGEROUS_MODULES.contains(name.substring(0, dot))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code torch.<Type>Storage} or {@code torch.cuda.<Type>Storage}, where {@code <Type>} is a
     * capital letter followed by letters or digits. "Followed by" is read as at least one more
     * character: every real storage type has one, and the stricter reading errs toward a warning.
     */
    private static boolean isStorageType(String name, int lastDot) {
        boolean torchModule = lastDot == "torch".length() && name.startsWith("torch.")
                || lastDot == "torch.cuda".length() && name.startsWith("torch.cuda.");
        String suffix = "Storage";
        int typeStart = lastDot + 1;
        int typeEnd = name.length() - suffix.length();
        if (!torchModule || !name.endsWith(suffix) || typeEnd - typeStart < 2
                || !Ascii.isUpper(name.charAt(typeStart))) {
            return false;
        }
        for (int i = typeStart + 1; i < typeEnd; i++) {
            if (!Ascii.isLetterOrDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> dangerousNames() {
        Set<String> names = new HashSet<>(Set.of(
                "functools.partial", "operator.attrgetter", "operator.methodcaller",
                "torch.serialization.load", "torch.load",
                // Catalog revision 2.
                "operator.itemgetter",
                "torch._dynamo.guards.GuardBuilder.get",
                "torch._inductor.codecache.compile_file",
                "torch.fx.experimental.symbolic_shapes.ShapeEnv.evaluate_guards_expression",
                "torch.jit.unsupported_tensor_ops.execWrapper",
                "torch.utils._config_module.ConfigModule.load_config",
                "torch.utils.bottleneck.__main__.run_cprofile",
                "torch.utils.bottleneck.__main__.run_autograd_prof",
                "torch.utils.collect_env.run",
                "torch.utils.data.datapipes.utils.decoder.basichandlers"));
        // Python 3's builtins and their Python 2 twin, __builtin__ (apply: catalog revision 2).
        Stream.of("eval", "exec", "compile", "getattr", "setattr", "open", "breakpoint", "__import__", "apply")
                .forEach(builtin -> {
                    names.add("builtins." + builtin);
                    names.add("__builtin__." + builtin);
                });
        return Set.copyOf(names);
    }

    private static int longest(Set<String> names) {
        return names.stream().mapToInt(String::length).max().orElse(0);
    }
}
