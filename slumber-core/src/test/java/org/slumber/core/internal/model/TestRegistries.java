package org.slumber.core.internal.model;

import java.util.ArrayList;
import java.util.List;
import org.slumber.core.app.SlumberApp;
import org.slumber.core.internal.auth.AuthAppDefinition;
import org.slumber.core.internal.server.BuiltInOperations;
import org.slumber.core.internal.server.GetProfileOperation;
import org.slumber.core.operation.InstanceOperation;
import org.slumber.core.operation.ModelOperation;
import org.slumber.core.operation.OperationCall;

/** Compiles small registries for tests, always with the built-in auth app installed. */
public final class TestRegistries {

    /** The auth app's name. */
    public static final String AUTH = "django.contrib.auth";

    private TestRegistries() {
    }

    /** The declaration of the built-in auth app. */
    public static AppDeclaration authApp() {
        return AppDeclaration.of(new AuthAppDefinition(AUTH, () -> null, new GetProfileOperation()));
    }

    /** Compiles the auth app and these apps, mounted at {@code /slumber/} as service {@code svc}. */
    public static Registry compile(SlumberApp... apps) {
        return compile("/slumber/svc/", apps);
    }

    /** Compiles the auth app and these apps under another service root. */
    public static Registry compile(String rootUrl, SlumberApp... apps) {
        List<AppDeclaration> declarations = new ArrayList<>();
        declarations.add(authApp());
        for (SlumberApp app : apps) {
            declarations.add(AppDeclaration.of(app));
        }
        return compiler(rootUrl).compile(declarations);
    }

    /** The compiler the tests use. */
    public static RegistryCompiler compiler(String rootUrl) {
        return new RegistryCompiler("/slumber/", rootUrl, AUTH, BuiltInOperations.all());
    }

    /** A model operation answering GET with nothing. */
    public static ModelOperation modelOperation() {
        return new ModelOperation() {
            @Override
            protected void get(OperationCall call) {
            }
        };
    }

    /** An instance operation answering GET with nothing. */
    public static InstanceOperation instanceOperation() {
        return new InstanceOperation() {
            @Override
            protected void get(OperationCall call, String pk) {
            }
        };
    }
}
