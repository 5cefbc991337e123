package org.slumber.examples.clienttests;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every test of the annotated {@link ClientTestBase} subclass once per {@link Mode}, each
 * run shown as "over HTTP" or "through the in-process shortcut"; the mode is injected into
 * {@link ClientTestBase#mode}, and each run starts its own server and client (see
 * {@link ClientTestBase}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedClass(name = "{argumentSetName}")
@MethodSource("org.slumber.examples.clienttests.Mode#named")
@interface InBothModes {
}
