package io.github.hubpolicy.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PickleImportsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            collections.OrderedDict,               SAFE
            torch._utils._rebuild_tensor_v2,       SAFE
            torch._utils._rebuild_parameter,       SAFE
            torch.Size,                            SAFE
            torch.device,                          SAFE
            torch.FloatStorage,                    SAFE
            torch.BFloat16Storage,                 SAFE
            torch.cuda.HalfStorage,                SAFE
            numpy.dtype,                           SAFE
            numpy.ndarray,                         SAFE
            numpy.core.multiarray._reconstruct,    SAFE
            numpy.core.multiarray.scalar,          SAFE
            numpy._core.multiarray._reconstruct,   SAFE
            numpy._core.multiarray.scalar,         SAFE

            os.system,                             DANGEROUS
            os.path.join,                          DANGEROUS
            nt.system,                             DANGEROUS
            posix.system,                          DANGEROUS
            subprocess.Popen,                      DANGEROUS
            _posixsubprocess.fork_exec,            DANGEROUS
            sys.modules,                           DANGEROUS
            socket.socket,                         DANGEROUS
            shutil.rmtree,                         DANGEROUS
            runpy._run_code,                       DANGEROUS
            pty.spawn,                             DANGEROUS
            pip.main,                              DANGEROUS
            venv.create,                           DANGEROUS
            webbrowser.open,                       DANGEROUS
            pickle.loads,                          DANGEROUS
            _pickle.loads,                         DANGEROUS
            marshal.loads,                         DANGEROUS
            ctypes.CDLL,                           DANGEROUS
            asyncio.subprocess.create_subprocess_exec, DANGEROUS
            multiprocessing.Process,               DANGEROUS
            importlib.import_module,               DANGEROUS
            code.InteractiveInterpreter,           DANGEROUS
            timeit.timeit,                         DANGEROUS
            pydoc.pipepager,                       DANGEROUS
            pdb.run,                               DANGEROUS
            bdb.Bdb,                               DANGEROUS
            requests.get,                          DANGEROUS
            urllib.request.urlopen,                DANGEROUS
            http.client.HTTPConnection,            DANGEROUS
            aiohttp.ClientSession,                 DANGEROUS
            numpy.testing._private.utils.runstring, DANGEROUS
            numpy.f2py.compile,                    DANGEROUS
            torch.hub.load,                        DANGEROUS
            builtins.eval,                         DANGEROUS
            builtins.exec,                         DANGEROUS
            builtins.compile,                      DANGEROUS
            builtins.getattr,                      DANGEROUS
            builtins.setattr,                      DANGEROUS
            builtins.open,                         DANGEROUS
            builtins.breakpoint,                   DANGEROUS
            builtins.__import__,                   DANGEROUS
            __builtin__.eval,                      DANGEROUS
            __builtin__.exec,                      DANGEROUS
            __builtin__.__import__,                DANGEROUS
            functools.partial,                     DANGEROUS
            operator.attrgetter,                   DANGEROUS
            operator.methodcaller,                 DANGEROUS
            torch.serialization.load,              DANGEROUS
            torch.load,                            DANGEROUS

            torch.hub,                             SUSPICIOUS
            numpy.random,                          SUSPICIOUS
            nodot,                                 SUSPICIOUS
            torch.floatStorage,                    SUSPICIOUS
            torch.Storage,                         SUSPICIOUS
            torch.Float_Storage,                   SUSPICIOUS
            torch.nn.FloatStorage,                 SUSPICIOUS
            torch.cuda.amp.HalfStorage,            SUSPICIOUS
            builtins.print,                        SUSPICIOUS
            builtins.list,                         SUSPICIOUS
            operator.add,                          SUSPICIOUS
            functools.reduce,                      SUSPICIOUS
            torch.serialization.save,              SUSPICIOUS
            http.server.HTTPServer,                SUSPICIOUS
            osmosis.run,                           SUSPICIOUS
            numpy.testing.assert_equal,            SUSPICIOUS
            numpy.core.multiarray.frombuffer,      SUSPICIOUS
            collections.defaultdict,               SUSPICIOUS
            OS.system,                             SUSPICIOUS

            commands.getoutput,                                    DANGEROUS
            httplib.HTTPSConnection,                               DANGEROUS
            ssl.get_server_certificate,                            DANGEROUS
            distutils.file_util.write_file,                        DANGEROUS
            ensurepip._run_pip,                                    DANGEROUS
            cProfile.run,                                          DANGEROUS
            profile.run,                                           DANGEROUS
            trace.Trace,                                           DANGEROUS
            doctest.debug_script,                                  DANGEROUS
            idlelib.pyshell.main,                                  DANGEROUS
            lib2to3.pgen2.pgen.ParserGenerator,                    DANGEROUS
            builtins.apply,                                        DANGEROUS
            __builtin__.apply,                                     DANGEROUS
            operator.itemgetter,                                   DANGEROUS
            torch._dynamo.guards.GuardBuilder.get,                 DANGEROUS
            torch._inductor.codecache.compile_file,                DANGEROUS
            torch.fx.experimental.symbolic_shapes.ShapeEnv.evaluate_guards_expression, DANGEROUS
            torch.jit.unsupported_tensor_ops.execWrapper,          DANGEROUS
            torch.utils._config_module.ConfigModule.load_config,   DANGEROUS
            torch.utils.bottleneck.__main__.run_cprofile,          DANGEROUS
            torch.utils.bottleneck.__main__.run_autograd_prof,     DANGEROUS
            torch.utils.collect_env.run,                           DANGEROUS
            torch.utils.data.datapipes.utils.decoder.basichandlers, DANGEROUS

            torch.profiler.profile,                                SUSPICIOUS
            traceback.format_exc,                                  SUSPICIOUS
            profile,                                               SUSPICIOUS
            cProfiler.run,                                         SUSPICIOUS
            cprofile.run,                                          SUSPICIOUS
            sslkeylog.patch,                                       SUSPICIOUS
            distutils.util.strtobool,                              SUSPICIOUS
            distutils.file_utility.x,                              SUSPICIOUS
            doctests.run,                                          SUSPICIOUS
            commandsx.run,                                         SUSPICIOUS
            operator.getitem,                                      SUSPICIOUS
            builtins.applyx,                                       SUSPICIOUS
            torch._inductor.codecache.compile_files,               SUSPICIOUS
            torch._dynamo.guards.GuardBuilder.get_guard,           SUSPICIOUS
            torch.utils.collect_env.get_pretty_env_info,           SUSPICIOUS
            torch.utils.bottleneck.__main__.main,                  SUSPICIOUS
            torch.utils.data.datapipes.utils.decoder.imagehandler, SUSPICIOUS
            '',                                    SUSPICIOUS
            .,                                     SUSPICIOUS
            """)
    void classifies(String name, ImportRisk risk) {
        assertThat(PickleImports.classify(name)).isEqualTo(risk);
    }
}
